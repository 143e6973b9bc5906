/**
 * Chorus files given beside the workbook: an extract as CSV (or any text export) or as an
 * .xlsx workbook, and the referential ("calculette", .xlsx). Bytes in, 2-D values out.
 */
import {
  locateExtract,
  referentialField,
  SCAN_ROWS,
  sheetInput,
  type ChorusInput,
} from "../domain/chorus";
import { textLooksLikeExtract } from "./chorus-sniff";
import { decodeText, parseCsv } from "./csv";
import { bytesInMemory, type FileBytes } from "./file-bytes";
import type { RawSheet } from "./port";
import { openXlsx } from "./xlsx";

/** "dir/sub/extract.csv" or "C:\\dir\\extract.csv" → "extract.csv" (no `path`: hosts differ). */
export function baseName(file: string): string {
  return file.split(/[\\/]/).pop() || file;
}

/** Zip files (an .xlsx) start with "PK\x03\x04". */
export function isZip(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 4 &&
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    bytes[2] === 0x03 &&
    bytes[3] === 0x04
  );
}

/** A text extract: its records, numbered by the file's lines, and their doubtful readings. */
export function csvInput(bytes: Uint8Array, file: string): ChorusInput {
  const table = parseCsv(decodeText(bytes).text);
  return {
    name: baseName(file),
    file,
    values: table.rows,
    rowOf: (i) => table.lines[i],
    alternatives: table.alternatives,
    strictWidth: true,
  };
}

/**
 * The extracts of a file: a CSV is one; an .xlsx gives each of its sheets that holds one, named
 * "[extract.xlsx]Feuil1" as Excel names a sheet of another workbook. Empty when none is found.
 */
export function chorusInputs(bytes: Uint8Array, file: string): ChorusInput[] {
  return chorusInputsOf(bytesInMemory(bytes), file);
}

/**
 * The same, reading no more of the file than needed: a text file that holds no header among
 * its first records is refused from its head; a sheet without one is not turned into values.
 */
export function chorusInputsOf(bytes: FileBytes, file: string): ChorusInput[] {
  if (!isZip(bytes.head(4))) {
    if (!textLooksLikeExtract(bytes)) return [];
    const input = csvInput(bytes.all(), file);
    return locateExtract(input.values) ? [input] : [];
  }
  const workbook = openXlsx(bytes.all());
  const inputs: ChorusInput[] = [];
  for (const name of workbook.sheetNames()) {
    const sheet = workbook.readSheetIf(
      name,
      SCAN_ROWS,
      (head) => locateExtract(head.values) !== null
    );
    if (sheet && locateExtract(sheet.values))
      inputs.push({ ...sheetInput(sheet), name: `[${baseName(file)}]${name}`, file, sheet: name });
  }
  return inputs;
}

/** The sheets of a referential workbook that list codes (others are not even read). */
export function referentialSheets(bytes: Uint8Array): RawSheet[] {
  const workbook = openXlsx(bytes);
  return workbook
    .sheetNames()
    .filter((name) => referentialField(name) !== null)
    .map((name) => workbook.readSheet(name));
}
