/**
 * The header row of a Chorus extract. Headers vary between reports and ministries: "Centre de
 * coûts", "Centre de coûts - Clé (non composée)" then "Centre de coûts - Texte de longueur
 * moyenne", or the same header twice (code, then label), or a label column with no header at
 * all. They are matched by normalised name; of a code/label pair, the code is read.
 */
import { ownCopy } from "../text-interner";
import type { CellValue } from "../../grid";
import { cellText, normalizeKey } from "../text";
import type { ChorusField, CodedField, DateField, MeasureKind } from "./types";

const exact = (...keys: string[]) => {
  const set = new Set(keys);
  return (k: string) => set.has(k);
};

/** Fields by the normalised name of their column (before any " - Clé" qualifier). */
const BASE_FIELDS: ReadonlyArray<[ChorusField, (k: string) => boolean]> = [
  ["programme", exact("programme", "prog", "programmebudgetaire", "codeprogramme")],
  [
    "centreFinancier",
    exact("centrefinancier", "cf", "uo", "unitoperationnelle", "centrefinancieruo"),
  ],
  ["domaineFonctionnel", exact("domainefonctionnel", "df")],
  ["centreDeCouts", exact("centredecouts", "centredecout", "centresdecouts", "cc")],
  ["activite", exact("referentieldeprogrammation", "activite", "codeactivite")],
  [
    "groupeMarchandises",
    exact("groupedemarchandises", "groupemarchandises", "groupedemarchandise", "gm"),
  ],
  [
    "ej",
    (k) =>
      ["nej", "noej", "numeroej", "numerodej", "ej"].includes(k) ||
      k.startsWith("nejbondecommande"),
  ],
  ["poste", exact("nposteej", "posteej", "noposteej")],
  ["posteDp", exact("npostedp", "postedp", "nopostedp", "numerodepostedp")],
  ["dp", exact("ndp", "nodp", "numerodp", "numerodedp", "dp")],
  ["fournisseur", (k) => k.startsWith("fournisseur")],
  ["exercice", exact("exercicecomptable", "exercice", "exercicebudgetaire", "annee")],
  ["typeMontant", exact("typemontant", "typedemontant")],
];

/** Date columns, by their whole normalised header. */
const DATE_FIELDS: ReadonlyArray<[DateField, (k: string) => boolean]> = [
  [
    "ejDate",
    (k) =>
      k.startsWith("nejdatedereplication") ||
      [
        "datedereplication",
        "datedecreation",
        "datedecreationdelej",
        "datedelej",
        "dateej",
        "datedengagement",
      ].includes(k),
  ],
  ["ejModifDate", (k) => k.startsWith("datededernieremodif")],
  ["dpDate", exact("datedebasedeladp", "datedebase", "datedp", "datedeladp")],
  ["dpLastDate", (k) => k.startsWith("datedederniereoperation")],
  ["sfDate", exact("datecomptabledusf", "datecomptable", "datedusf")],
  ["date", exact("date")],
];

const CODED = new Set<ChorusField>([
  "programme",
  "centreFinancier",
  "domaineFonctionnel",
  "activite",
  "centreDeCouts",
  "groupeMarchandises",
  "fournisseur",
]);

/** Columns holding an amount whose measure is named in a title row above ("EUR"). */
const UNIT_KEYS = new Set(["eur", "euro", "euros", "montanteur", "montant", "valeur"]);

/** The measure a header or a title names, or null when it names none. */
export function measureKind(text: string): MeasureKind | null {
  const k = normalizeKey(text);
  if (!/^(montant|bascule|engag|paie|paye)/.test(k) || k.startsWith("typ")) return null;
  if (k.includes("bascule")) return k.includes("engage") ? "aeYear" : "bascule";
  if (k.includes("engage")) return "engage";
  if (k.includes("paye") || k.startsWith("paie")) return "paye";
  return UNIT_KEYS.has(k) ? null : "other";
}

export interface MeasureColumn {
  readonly index: number;
  readonly header: string;
  kind: MeasureKind | null;
}

export interface HeaderPlan {
  /** Code columns (relative index in the row). */
  readonly fields: Partial<Record<ChorusField, number>>;
  /** Label columns of coded fields. */
  readonly labels: Partial<Record<CodedField, number>>;
  /** Measure columns; a unit column ("EUR") has kind null until the title rows name it. */
  readonly measures: MeasureColumn[];
  readonly headers: ReadonlyMap<number, string>;
  readonly others: number[];
  readonly width: number;
}

type Qualifier = "code" | "label" | "attribute" | null;

/** "Centre de coûts - Clé (non composée)" → base "Centre de coûts", qualifier "code". */
function split(header: string): { base: string; qualifier: Qualifier } {
  const at = header.search(/\s[-–]\s/);
  if (at < 0) return { base: header, qualifier: null };
  const q = normalizeKey(header.slice(at + 3));
  if (/^(cle|code)(noncomposee|composee)?$/.test(q))
    return { base: header.slice(0, at), qualifier: "code" };
  if (/^(texte|libelle|designation|intitule|description)/.test(q))
    return { base: header.slice(0, at), qualifier: "label" };
  return { base: header, qualifier: "attribute" };
}

function fieldOf(header: string, base: string, qualifier: Qualifier): ChorusField | null {
  const whole = normalizeKey(header);
  if (whole.startsWith("centrefinancierprogramme")) return "programme";
  for (const [field, test] of DATE_FIELDS) if (test(whole)) return field;
  if (qualifier === "attribute") return null;
  const key = normalizeKey(base);
  for (const [field, test] of BASE_FIELDS) if (test(key)) return field;
  return null;
}

export function planHeader(cells: readonly CellValue[]): HeaderPlan {
  const fields: Partial<Record<ChorusField, number>> = {};
  const labels: Partial<Record<CodedField, number>> = {};
  const measures: MeasureColumn[] = [];
  const headers = new Map<number, string>();
  const others: number[] = [];
  let previousCoded: CodedField | null = null;
  let width = 0;
  for (let c = 0; c < cells.length; c++) {
    const header = typeof cells[c] === "object" && cells[c] !== null ? "" : cellText(cells[c]);
    const follows: CodedField | null = previousCoded;
    previousCoded = null;
    if (header === "") {
      // BW exports leave the header of a code's label column empty.
      if (follows && labels[follows] === undefined) labels[follows] = c;
      continue;
    }
    // The header names every issue of its column: its own copy, not a slice of the file's text.
    headers.set(c, ownCopy(header));
    width = c + 1;
    const kind = measureKind(header);
    if (kind !== null || UNIT_KEYS.has(normalizeKey(header))) {
      measures.push({ index: c, header, kind });
      continue;
    }
    const { base, qualifier } = split(header);
    const field = fieldOf(header, base, qualifier);
    if (field === null) {
      others.push(c);
      continue;
    }
    if (CODED.has(field)) {
      const coded = field as CodedField;
      const isLabel = qualifier === "label" || (qualifier === null && fields[coded] !== undefined);
      if (isLabel) {
        if (labels[coded] === undefined) labels[coded] = c;
        else others.push(c);
      } else if (fields[coded] === undefined) {
        fields[coded] = c;
        previousCoded = coded;
      } else others.push(c);
    } else if (fields[field] === undefined) fields[field] = c;
    else others.push(c);
  }
  return { fields, labels, measures, headers, others, width: Math.max(width, cells.length) };
}

/** Enough for a header row: an EJ or DP column and at least one amount column. */
export function looksLikeHeader(plan: HeaderPlan): boolean {
  return (plan.fields.ej !== undefined || plan.fields.dp !== undefined) && plan.measures.length > 0;
}
