/** `--chorus` and `--referential`: the files read beside the workbook, or one clear line and exit 2. */
import { MSG_NOT_AN_EXTRACT, type ChorusInput, type ChorusOptions } from "../domain/chorus";
import type { Summary } from "../domain/summary";
import { chorusInputsOf, isZip, referentialSheets } from "../workbook/chorus-files";
import { bytesInMemory, type FileBytes } from "../workbook/file-bytes";
import { XlsxReadError } from "../workbook/xlsx";

export const MSG_CHORUS_UNREADABLE = (file: string, why: string) => `${file} : ${why}`;
export const MSG_REFERENTIAL_NOT_XLSX = (file: string) =>
  `${file} : le référentiel Chorus (« calculette ») doit être un classeur .xlsx`;
export const MSG_REFERENTIAL_EMPTY = (file: string) =>
  `${file} : aucune feuille de référentiel reconnue (activités, programmes, domaines fonctionnels, centres de coûts, groupes de marchandises)`;

type ReadBytes = (file: string) => Uint8Array;
type Fail = (message: string) => Error;
/** An extract's file, read only as far as needed (its head decides whether it is one). */
type OpenFile = (file: string) => FileBytes;

export function readChorusOptions(
  files: readonly string[],
  referential: string | null,
  read: ReadBytes,
  fail: Fail,
  open: OpenFile = (file) => bytesInMemory(read(file))
): ChorusOptions {
  const chorus: ChorusInput[] = [];
  for (const file of files) {
    let inputs: ChorusInput[];
    try {
      inputs = chorusInputsOf(open(file), file);
    } catch (e) {
      if (e instanceof XlsxReadError) throw fail(MSG_CHORUS_UNREADABLE(file, e.message));
      throw e;
    }
    if (inputs.length === 0) throw fail(MSG_CHORUS_UNREADABLE(file, MSG_NOT_AN_EXTRACT));
    chorus.push(...inputs);
  }
  if (referential === null) return { chorus };
  const bytes = read(referential);
  if (!isZip(bytes)) throw fail(MSG_REFERENTIAL_NOT_XLSX(referential));
  let sheets;
  try {
    sheets = referentialSheets(bytes);
  } catch (e) {
    if (e instanceof XlsxReadError) throw fail(MSG_CHORUS_UNREADABLE(referential, e.message));
    throw e;
  }
  if (sheets.length === 0) throw fail(MSG_REFERENTIAL_EMPTY(referential));
  return { chorus, referential: sheets };
}

/** The terminal lines about Chorus: sources read, then the rapprochement's findings. */
export function formatChorus(s: Summary): string[] {
  if (!s.chorus) return [];
  const out = [""];
  for (const c of s.chorus) {
    out.push(
      `Extrait Chorus ${c.file}${c.sheet && c.sheet !== c.file ? ` (feuille ${c.sheet})` : ""} : ${c.rows} ligne(s) lue(s), ${c.skipped} ignorée(s)`
    );
  }
  const r = s.reconciliation;
  if (r) {
    out.push(
      `Rapprochement : ${r.matched} EJ rapproché(s), ${r.onlyInWorkbook.length} seulement dans le classeur, ${r.onlyInChorus.length} seulement dans Chorus, ${r.mismatches.length} en écart`
    );
  }
  return out;
}
