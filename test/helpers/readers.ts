/** The file adapters as the command line composes them, for tests of src/app/chorus-files. */
import type { ChorusFileReaders } from "../../src/app/chorus-files";
import { csvInput } from "../../src/workbook/csv";
import { openXlsx } from "../../src/workbook/xlsx";

export const fileReaders: ChorusFileReaders = { openWorkbook: openXlsx, textInput: csvInput };
