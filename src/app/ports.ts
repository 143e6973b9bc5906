/** The ports the use cases take from the hosts, for the entries to name them. */
export type { RawSheet, WorkbookSource } from "../grid";
export type { ReportTarget, WrittenReport } from "./generate";
export type { ChorusFileReaders, WorkbookFile } from "./chorus-files";
export type { PdfTextReader } from "./convention-file";
export type { FileBytes } from "../grid";
