/**
 * .xlsx files without Excel: a fast reader (WorkbookSource) and a writer that adds the report
 * sheet to a copy of the workbook, keeping every other part of the package byte for byte.
 */
export { XlsxReadError, XLSX_MESSAGES, type XlsxReadErrorCode } from "./errors";
export { openXlsx, XlsxWorkbook } from "./reader";
export type { DefinedName } from "./workbookPart";
export type { OpenOptions, SheetInfo, SheetKind } from "./xlsxPackage";
export { MAX_INFLATED_BYTES } from "./zipRead";
export { useZipCodec, type ZipCodec } from "./codec";
export { isoToSerial } from "../../grid";
export {
  writeReportCopy,
  uniqueSheetName,
  type ReportCopy,
  type ReportCopyOptions,
} from "./writer";
