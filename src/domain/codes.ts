/**
 * Chorus imputation codes (domain.md, "Chorus imputation codes"): their formats, the programme
 * cross-check between DF, CF and activité, and the convention's authorised combinations.
 */
import type { CellValue } from "../grid";
import type { IssueCode } from "./issues";
import { cellText } from "./text";

export const PATTERNS = {
  programme: /^\d{4}$/,
  domaineFonctionnel: /^\d{4}-\d{2}(-\d{2})?$/,
  centreFinancier: /^\d{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/,
  activite: /^\d{4}[A-Z0-9]{8}$/,
  centreDeCouts: /^[A-Z0-9]{10}$/,
  ej: /^\d{10}$/,
  dp: /^\d{9}$/,
  compteGeneral: /^PCE\/\d{10}$/,
  groupeMarchandises: /^\d{2}\.\d{2}\.\d{2}$/,
} as const;

/** Management-area prefix of Chorus report exports ("BG00/0217-SGAC-ASPR"). */
export const AREA_PREFIX = /^[A-Z]{2}\d{2}\//;

/**
 * The code in a cell: trimmed text, management-area prefix stripped, Chorus's "#" (empty) as "".
 * Case is kept: a lowercase code is a format error for the user to fix, not to hide.
 */
export function cleanCode(value: CellValue | undefined): string {
  const text = cellText(value);
  // AREA_PREFIX told by hand: two capitals, two digits, "/" (every code of a Chorus export).
  const code = text.length > 5 && hasAreaPrefix(text) ? text.slice(5).trim() : text;
  return code === "#" ? "" : code;
}

const isCapital = (c: number) => c >= 65 && c <= 90;
const isDigit = (c: number) => c >= 48 && c <= 57;
/** What AREA_PREFIX tests, without a regular expression for each of an extract's codes. */
const hasAreaPrefix = (t: string) =>
  t.charCodeAt(4) === 47 &&
  isCapital(t.charCodeAt(0)) &&
  isCapital(t.charCodeAt(1)) &&
  isDigit(t.charCodeAt(2)) &&
  isDigit(t.charCodeAt(3));

/** "105", 105 or "0105" → "0105"; null when not 1 to 4 digits. */
export function normalizeProgramme(value: CellValue | undefined): string | null {
  const code = cleanCode(value);
  return /^\d{1,4}$/.test(code) ? code.padStart(4, "0") : null;
}

/**
 * The value of `s` (from position `from`) when it is exactly `length` ASCII digits, else -1. What PATTERNS.ej and .dp
 * say, without a regular expression per ledger line (400 000 of them: issue 14).
 */
export function digitsValue(s: string, length: number, from = 0): number {
  if (s.length - from !== length) return -1;
  let v = 0;
  for (let i = from; i < s.length; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

export const isEj = (s: string): boolean => digitsValue(s, 10) >= 0;
export const isDp = (s: string): boolean => digitsValue(s, 9) >= 0;

export type CodeField = "centreFinancier" | "domaineFonctionnel" | "activite" | "centreDeCouts";

export interface Imputation {
  centreFinancier: string;
  domaineFonctionnel: string;
  activite: string;
  centreDeCouts: string;
}

export interface CodeProblem {
  code: IssueCode;
  field: CodeField;
  message: string;
}

/** The order in which fields are checked and problems reported. */
export const CODE_FIELDS: readonly CodeField[] = [
  "centreFinancier",
  "domaineFonctionnel",
  "activite",
  "centreDeCouts",
];

interface FieldInfo {
  issue: IssueCode;
  /** Name with its article, capitalised and in running text. */
  the: string;
  theLower: string;
  noun: string;
  feminine: boolean;
  form: string;
}

const FIELDS: Record<CodeField, FieldInfo> = {
  centreFinancier: {
    issue: "CF_FORMAT",
    the: "Le centre financier",
    theLower: "le centre financier",
    noun: "Centre financier",
    feminine: false,
    form: "programme-BOP-UO (ex. 0113-PEBC-ELAB)",
  },
  domaineFonctionnel: {
    issue: "DF_FORMAT",
    the: "Le domaine fonctionnel",
    theLower: "le domaine fonctionnel",
    noun: "Domaine fonctionnel",
    feminine: false,
    form: "programme-action[-sous-action] (ex. 0105-06-08 ou 0181-11)",
  },
  activite: {
    issue: "ACTIVITE_FORMAT",
    the: "L'activité",
    theLower: "l'activité",
    noun: "Activité",
    feminine: true,
    form: "programme suivi de 8 lettres majuscules ou chiffres (ex. 011301MB0601)",
  },
  centreDeCouts: {
    issue: "CC_FORMAT",
    the: "Le centre de coûts",
    theLower: "le centre de coûts",
    noun: "Centre de coûts",
    feminine: false,
    form: "10 lettres majuscules ou chiffres (ex. DININCUB75)",
  },
};

export function codeMissing(field: CodeField): string {
  return `${FIELDS[field].noun} ${FIELDS[field].feminine ? "manquante" : "manquant"}`;
}

export function codeMalformed(field: CodeField, code: string): string {
  const f = FIELDS[field];
  const hint = PATTERNS[field].test(code.toUpperCase())
    ? " Les lettres doivent être en majuscules."
    : "";
  return `${f.the} « ${code} » ne respecte pas le format ${f.form}.${hint}`;
}

export function checkFormat(field: CodeField, code: string): CodeProblem | null {
  const issue = FIELDS[field].issue;
  if (code.trim() === "") return { code: issue, field, message: codeMissing(field) };
  return PATTERNS[field].test(code)
    ? null
    : { code: issue, field, message: codeMalformed(field, code) };
}

/** The programme a well-formed code names (its first 4 digits); the centre de coûts names none. */
export function programmeOf(field: CodeField, code: string): string | null {
  if (field === "centreDeCouts" || checkFormat(field, code) !== null) return null;
  return code.slice(0, 4);
}

export function programmeMismatch(field: CodeField, code: string, cf: string): string {
  return `${FIELDS[field].the} ${code} relève du programme ${code.slice(0, 4)}, mais le centre financier ${cf} relève du programme ${cf.slice(0, 4)}.`;
}

/** Values listed in a message: enough to correct the line, not a whole referential. */
const LIST_MAX = 10;

/**
 * `context` holds the fields before `field` to name after "pour": the caller passes the
 * centre financier and those that narrowed the authorised rows, so the list is not misread.
 */
export function notAuthorised(
  field: CodeField,
  imp: Imputation,
  allowed: readonly string[],
  context: readonly CodeField[] = []
): string {
  const f = FIELDS[field];
  const named = context.map((g) => `${FIELDS[g].theLower} ${imp[g]}`);
  const pour =
    named.length === 0
      ? ""
      : ` pour ${named.slice(0, -1).join(", ")}${named.length > 1 ? " et " : ""}${named[named.length - 1]}`;
  const agreed = (f.feminine ? "autorisée" : "autorisé") + (allowed.length > 1 ? "s" : "");
  const shown =
    allowed.slice(0, LIST_MAX).join(", ") +
    (allowed.length > LIST_MAX ? `, … (${allowed.length - LIST_MAX} autres)` : "");
  const list = allowed.length === 0 ? "aucune imputation autorisée" : `${agreed} : ${shown}`;
  return `${f.the} ${imp[field]} n'est pas ${f.feminine ? "autorisée" : "autorisé"} par la convention${pour} (${list}).`;
}

/**
 * Whether an authorised value covers a line's value:
 * - an empty authorised value is a wildcard (the convention does not restrict that field);
 * - an authorised domaine fonctionnel of the action form "0113-07" covers its sous-actions
 *   "0113-07-xx" (and itself);
 * - otherwise the codes must be equal.
 */
export function covers(field: CodeField, authorised: string, value: string): boolean {
  const a = authorised.trim();
  if (a === "" || a === value) return true;
  return field === "domaineFonctionnel" && /^\d{4}-\d{2}$/.test(a) && value.startsWith(a + "-");
}

/**
 * The problems of a line's imputation, in this order and stopping at the first stage that finds
 * any: formats (CF, DF, activité, CC); programme cross-check anchored on the CF; then, when the
 * convention lists authorised imputations, whether one of them covers the line.
 */
export function checkImputation(
  imp: Imputation,
  authorised?: readonly Imputation[]
): CodeProblem[] {
  const problems = CODE_FIELDS.map((f) => checkFormat(f, imp[f])).filter(
    (p): p is CodeProblem => p !== null
  );
  if (problems.length > 0) return problems;

  const cf = imp.centreFinancier;
  for (const field of ["domaineFonctionnel", "activite"] as const) {
    if (programmeOf(field, imp[field]) !== programmeOf("centreFinancier", cf)) {
      return [
        { code: "PROGRAMME_MISMATCH", field, message: programmeMismatch(field, imp[field], cf) },
      ];
    }
  }

  if (authorised === undefined) return [];
  // The field reported is the first one that no authorised row accepts together with the
  // fields before it: the message can then list what is allowed there.
  let candidates: readonly Imputation[] = authorised;
  const context: CodeField[] = [];
  for (const field of CODE_FIELDS) {
    const matching = candidates.filter((row) => covers(field, row[field], imp[field]));
    if (matching.length === 0) {
      const allowed = [...new Set(candidates.map((row) => row[field].trim()))];
      return [
        {
          code: "IMPUTATION_NOT_AUTHORISED",
          field,
          message: notAuthorised(field, imp, allowed, context),
        },
      ];
    }
    if (field === "centreFinancier" || matching.length < candidates.length) context.push(field);
    candidates = matching;
  }
  return [];
}
