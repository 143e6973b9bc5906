/** Import a convention: its text → what it says (with evidence) → the contract's sheets. */
import {
  importConvention,
  importedSheets,
  type ImportedSheet,
  type ImportResult,
} from "../domain/import";
import { conventionFileText, type PdfTextReader } from "./convention-file";

export {
  describeField,
  importResultJson,
  type CellStyle,
  type Evidence,
  type ImportedSheet,
  type ImportResult,
} from "../domain/import";

export interface Imported {
  readonly result: ImportResult;
  readonly sheets: readonly ImportedSheet[];
}

export function importText(text: string): Imported {
  const result = importConvention(text);
  return { result, sheets: importedSheets(result) };
}

export async function importFile(
  name: string,
  bytes: Uint8Array,
  readPdf: PdfTextReader
): Promise<Imported> {
  return importText(await conventionFileText(name, bytes, readPdf));
}
