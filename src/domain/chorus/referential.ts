/**
 * The Chorus referential as the "calculette" gives it: one sheet per kind of code ("08 -
 * Activités (OS,OP,OB,ACT)", "07 - Domaines Fonct. (DF)", "09 - Centres de coûts (CCOU)", …),
 * with title rows, a row marking the key column ("Identifiant unique ↓"), then a header and the
 * codes. Codes that are well formed but absent from it are likely typos or closed codes: no tool
 * of the controller checks them today.
 */
import type { RawSheet } from "../../grid";
import { cleanCode, normalizeProgramme, PATTERNS } from "../codes";
import { issue, Issue } from "../issues";
import { cellText, normalizeKey } from "../text";
import { MSG_NOT_IN_REFERENTIAL } from "./messages";

export type RefField =
  | "programme"
  | "domaineFonctionnel"
  | "activite"
  | "centreDeCouts"
  | "groupeMarchandises"
  | "centreFinancier";

export interface RefTable {
  readonly sheet: string;
  /** Code → label ("" when the sheet gives none). */
  readonly codes: ReadonlyMap<string, string>;
}

export type Referential = ReadonlyMap<RefField, RefTable>;

const NOUNS: Record<RefField, string> = {
  programme: "Le programme",
  domaineFonctionnel: "Le domaine fonctionnel",
  activite: "L'activité",
  centreDeCouts: "Le centre de coûts",
  groupeMarchandises: "Le groupe de marchandises",
  centreFinancier: "Le centre financier",
};

/** The kind of codes a sheet lists, from its name; null for any other sheet. */
export function referentialField(sheetName: string): RefField | null {
  const k = normalizeKey(sheetName);
  if (k.includes("activite")) return "activite";
  if (/domaines?fonct/.test(k)) return "domaineFonctionnel";
  if (/centres?decouts?/.test(k)) return "centreDeCouts";
  if (/centres?financiers?/.test(k)) return "centreFinancier";
  if (/groupes?(de)?marchandises?/.test(k)) return "groupeMarchandises";
  if (/programmes?$|programmes/.test(k)) return "programme";
  return null;
}

const codeOf = (field: RefField, value: Parameters<typeof cleanCode>[0]) =>
  field === "programme" ? (normalizeProgramme(value) ?? cleanCode(value)) : cleanCode(value);

/**
 * The key column: the one marked "Identifiant unique", else the one whose cells match the
 * field's pattern most often (a referential pasted without its marker row).
 */
function keyColumn(sheet: RawSheet, field: RefField): { col: number; from: number } | null {
  for (let i = 0; i < Math.min(sheet.values.length, 30); i++) {
    const c = sheet.values[i].findIndex((v) =>
      normalizeKey(cellText(v)).startsWith("identifiantunique")
    );
    if (c >= 0) return { col: c, from: i + 1 };
  }
  const hits = new Map<number, number>();
  for (const row of sheet.values.slice(0, 500)) {
    row.forEach((v, c) => {
      if (PATTERNS[field].test(codeOf(field, v))) hits.set(c, (hits.get(c) ?? 0) + 1);
    });
  }
  const best = [...hits.entries()].sort((a, b) => b[1] - a[1])[0];
  return best ? { col: best[0], from: 0 } : null;
}

export function readReferentialSheet(sheet: RawSheet): [RefField, RefTable] | null {
  const field = referentialField(sheet.name);
  if (field === null) return null;
  const key = keyColumn(sheet, field);
  if (!key) return null;
  const { col } = key;
  // Data start at the first code of the right form; the header is the last row above with text there.
  let first = -1;
  for (let i = key.from; i < sheet.values.length && first < 0; i++)
    if (PATTERNS[field].test(codeOf(field, sheet.values[i][col]))) first = i;
  if (first < 0) return null;
  let header = first - 1;
  while (header >= key.from && cellText(sheet.values[header][col]) === "") header--;
  const headerRow = header >= 0 ? sheet.values[header] : [];
  let labelCol = headerRow.findIndex(
    (v, c) => c > col && /^(intitule|libelle)/.test(normalizeKey(cellText(v)))
  );
  if (labelCol < 0) labelCol = col + 1;
  const codes = new Map<string, string>();
  for (let i = first; i < sheet.values.length; i++) {
    const row = sheet.values[i];
    const code = codeOf(field, row[col]);
    if (code !== "" && !codes.has(code)) codes.set(code, cellText(row[labelCol]));
  }
  return [field, { sheet: sheet.name, codes }];
}

/** The referential of the given sheets (those that are not referential sheets are ignored). */
export function readReferential(sheets: readonly RawSheet[]): Map<RefField, RefTable> {
  const out = new Map<RefField, RefTable>();
  for (const sheet of sheets) {
    const read = readReferentialSheet(sheet);
    if (!read) continue;
    const [field, table] = read;
    const known = out.get(field);
    out.set(
      field,
      known ? { sheet: known.sheet, codes: new Map([...known.codes, ...table.codes]) } : table
    );
  }
  return out;
}

/** A code used somewhere, with where it is first used and the label given beside it, if any. */
export interface CodeUse {
  readonly field: RefField;
  readonly code: string;
  readonly sheet: string;
  readonly row: number;
  readonly column: string | null;
  readonly label?: string;
}

/** One warning per well-formed code absent from the referential, at its first use. */
export function checkReferential(referential: Referential, uses: Iterable<CodeUse>): Issue[] {
  const seen = new Map<string, { use: CodeUse; count: number; label: string | null }>();
  for (const use of uses) {
    const table = referential.get(use.field);
    if (
      !table ||
      use.code === "" ||
      table.codes.has(use.code) ||
      !PATTERNS[use.field].test(use.code)
    )
      continue;
    const key = `${use.field}|${use.code}`;
    const found = seen.get(key);
    if (found) {
      found.count++;
      found.label ??= use.label || null;
    } else seen.set(key, { use, count: 1, label: use.label || null });
  }
  return [...seen.values()].map(({ use, count, label }) =>
    issue(
      "CODE_NOT_IN_REFERENTIAL",
      use.sheet,
      use.row,
      use.column,
      MSG_NOT_IN_REFERENTIAL(
        NOUNS[use.field],
        use.code,
        label,
        referential.get(use.field)!.sheet,
        count
      )
    )
  );
}
