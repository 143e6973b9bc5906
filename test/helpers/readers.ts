/** The file adapters as the command line composes them, for tests of src/app/chorus-files. */
import type { ChorusFileReaders } from "../../src/app/chorus-files";
import { csvInput } from "../../src/workbook/text/csv";
import { textLooksLikeExtract } from "../../src/workbook/text/sniff";
import { openXlsx } from "../../src/workbook/xlsx";

export const fileReaders: ChorusFileReaders = {
  openWorkbook: openXlsx,
  textInput: csvInput,
  textLooksLikeExtract,
};
