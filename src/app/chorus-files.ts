/**
 * Chorus files given beside the workbook (`--chorus`, `--referential`, the preview's extract): an
 * extract as CSV (or any text export) or as an .xlsx workbook, and the referential ("calculette",
 * .xlsx). Which reader a file takes is decided here, once; the readers themselves are adapters.
 */
import { bytesInMemory, UnreadableInput, type FileBytes, type RawSheet } from "../grid";
import {
  locateExtract,
  MSG_NOT_AN_EXTRACT,
  referentialField,
  SCAN_ROWS,
  sheetInput,
  type ChorusInput,
  type ChorusOptions,
} from "../domain/chorus";

export interface WorkbookFile {
  sheetNames(): readonly string[];
  readSheet(name: string): RawSheet;
  /** The sheet, read past its first `rows` rows only when `keep` says they are worth it (else null). */
  readSheetIf?(name: string, rows: number, keep: (head: RawSheet) => boolean): RawSheet | null;
}

/** The file adapters: an .xlsx opened as sheets, a text export read as rows. Both throw UnreadableInput. */
export interface ChorusFileReaders {
  openWorkbook(bytes: Uint8Array): WorkbookFile;
  textInput(bytes: Uint8Array, file: string): ChorusInput;
  /** Whether a text file's head holds an extract's header (its first records only are read). */
  textLooksLikeExtract?(file: FileBytes): boolean;
}

export const MSG_CHORUS_UNREADABLE = (file: string, why: string) => `${file} : ${why}`;
export const MSG_REFERENTIAL_NOT_XLSX = (file: string) =>
  `${file} : le référentiel Chorus (« calculette ») doit être un classeur .xlsx`;
export const MSG_REFERENTIAL_EMPTY = (file: string) =>
  `${file} : aucune feuille de référentiel reconnue (activités, programmes, domaines fonctionnels, centres de coûts, groupes de marchandises)`;

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

/**
 * The extracts of a file, reading no more of it than needed: a text file is one, refused from its
 * head when its first records hold no header; an .xlsx gives each of its sheets that holds one,
 * named "[extract.xlsx]Feuil1" as Excel names a sheet of another workbook, and a sheet without a
 * header in its first rows is not turned into values. Empty when none is found.
 */
export function chorusInputs(
  file: FileBytes | Uint8Array,
  name: string,
  readers: ChorusFileReaders
): ChorusInput[] {
  const bytes = file instanceof Uint8Array ? bytesInMemory(file) : file;
  if (!isZip(bytes.head(4))) {
    if (readers.textLooksLikeExtract && !readers.textLooksLikeExtract(bytes)) return [];
    const input = readers.textInput(bytes.all(), name);
    return locateExtract(input.values) ? [input] : [];
  }
  const workbook = readers.openWorkbook(bytes.all());
  const inputs: ChorusInput[] = [];
  for (const sheetName of workbook.sheetNames()) {
    const sheet = workbook.readSheetIf
      ? workbook.readSheetIf(sheetName, SCAN_ROWS, (head) => locateExtract(head.values) !== null)
      : workbook.readSheet(sheetName);
    if (sheet && locateExtract(sheet.values))
      inputs.push({
        ...sheetInput(sheet),
        name: `[${baseName(name)}]${sheetName}`,
        file: name,
        sheet: sheetName,
      });
  }
  return inputs;
}

/** The sheets of a referential workbook that list codes (others are not even read). */
export function referentialSheets(bytes: Uint8Array, readers: ChorusFileReaders): RawSheet[] {
  const workbook = readers.openWorkbook(bytes);
  return workbook
    .sheetNames()
    .filter((name) => referentialField(name) !== null)
    .map((name) => workbook.readSheet(name));
}

const named = <T>(file: string, step: () => T): T => {
  try {
    return step();
  } catch (e) {
    if (e instanceof UnreadableInput)
      throw new UnreadableInput(MSG_CHORUS_UNREADABLE(file, e.message));
    throw e;
  }
};

/** Extracts and referential given as files; an unreadable one throws an UnreadableInput naming it. */
export function readChorusFiles(
  files: readonly string[],
  referential: string | null,
  read: (file: string) => Uint8Array,
  readers: ChorusFileReaders,
  /** An extract's file read only as far as needed (its head decides whether it is one). */
  open: (file: string) => FileBytes = (file) => bytesInMemory(read(file))
): ChorusOptions {
  const chorus: ChorusInput[] = [];
  for (const file of files) {
    const inputs = named(file, () => chorusInputs(open(file), file, readers));
    if (inputs.length === 0)
      throw new UnreadableInput(MSG_CHORUS_UNREADABLE(file, MSG_NOT_AN_EXTRACT));
    for (const input of inputs) chorus.push(input);
  }
  if (referential === null) return { chorus };
  const bytes = read(referential);
  if (!isZip(bytes)) throw new UnreadableInput(MSG_REFERENTIAL_NOT_XLSX(referential));
  const sheets = named(referential, () => referentialSheets(bytes, readers));
  if (sheets.length === 0) throw new UnreadableInput(MSG_REFERENTIAL_EMPTY(referential));
  return { chorus, referential: sheets };
}
