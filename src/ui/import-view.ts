/**
 * What the pane shows of an import: each figure in French with the sentences it was read from,
 * then what is left to fill and the doubts. Host-free: tested without a browser.
 */
import { formatDateFr } from "../app/format";
import { NATURE_RETABLIR } from "../app/format";
import { describeField, type Evidence, type ImportResult } from "../app/import-convention";
import { formatEuroFr, type Money } from "../app/format";
import { count } from "./format";
import { NOT_FOUND } from "./import-messages";

/** A sentence of the convention, and how a value was derived from it when it does not say it whole. */
export interface Source {
  readonly text: string;
  readonly note?: string;
}

export interface FoundField {
  readonly key: string;
  readonly label: string;
  /** The value in French, or NOT_FOUND. */
  readonly value: string;
  readonly found: boolean;
  readonly sources: readonly Source[];
}

export interface FoundCeiling {
  readonly key: string;
  readonly centreFinancier: string;
  /** "2020 · ONF", what tells the line apart from the others of its UO. */
  readonly detail: string;
  readonly pending: boolean;
  readonly ae: string;
  readonly cp: string;
  readonly sources: readonly Source[];
}

export interface FoundImputation {
  readonly key: string;
  readonly centreFinancier: string;
  /** Domaine fonctionnel, activité, centre de coûts: "label : code" each. */
  readonly codes: ReadonlyArray<readonly [string, string]>;
  readonly sources: readonly Source[];
}

export interface ImportView {
  readonly fields: readonly FoundField[];
  readonly ceilings: readonly FoundCeiling[];
  readonly imputations: readonly FoundImputation[];
  /** What the text does not give, in French ("Date de signature", "Plafond 2 (…) : CP"). */
  readonly missing: readonly string[];
  readonly warnings: readonly string[];
}

const FIELDS: ReadonlyArray<[keyof ImportResult & string, string]> = [
  ["reference", "Référence"],
  ["delegant", "Délégant"],
  ["delegataire", "Délégataire"],
  ["signature", "Date de signature"],
  ["start", "Date de début"],
  ["end", "Date de fin"],
  ["noticeMonths", "Préavis"],
];

const euro = (m: Money | null) => (m === null ? NOT_FOUND : formatEuroFr(m));

function shown(r: ImportResult, key: string): string | null {
  const v = r[key as keyof ImportResult];
  if (v === null || v === undefined) return null;
  if (key === "noticeMonths") return `${v} mois`;
  if (key === "signature" || key === "start" || key === "end") return formatDateFr(v as string);
  return String(v);
}

/** The sentences behind the fields of `paths`, each once, in the order they were found. */
function sourcesOf(evidence: readonly Evidence[], paths: readonly string[]): Source[] {
  const wanted = new Set(paths);
  const seen = new Set<string>();
  const out: Source[] = [];
  for (const e of evidence) {
    const key = `${e.text}\u0000${e.note ?? ""}`;
    if (!wanted.has(e.field) || seen.has(key)) continue;
    seen.add(key);
    out.push(e.note ? { text: e.text, note: e.note } : { text: e.text });
  }
  return out;
}

export function importView(r: ImportResult): ImportView {
  const fields = FIELDS.map(([key, label]): FoundField => {
    const value = shown(r, key);
    return {
      key,
      label,
      value: value ?? NOT_FOUND,
      found: value !== null,
      sources: sourcesOf(r.evidence, [key]),
    };
  });
  const ceilings = r.ceilings.map((c, i): FoundCeiling => {
    const detail = [c.year ?? `exercice ${NOT_FOUND}`, c.financeur].filter((x) => x !== null);
    return {
      key: `ceilings[${i}]`,
      centreFinancier: c.centreFinancier,
      detail: detail.join(" · "),
      pending: c.nature === NATURE_RETABLIR,
      ae: euro(c.ae),
      cp: euro(c.cp),
      sources: sourcesOf(r.evidence, [`ceilings[${i}].ae`, `ceilings[${i}].cp`]),
    };
  });
  const imputations = r.imputations.map((imp, i): FoundImputation => {
    const codes: Array<[string, string]> = [
      ["Domaine fonctionnel", imp.domaineFonctionnel || NOT_FOUND],
      ["Activité", imp.activite || NOT_FOUND],
      ["Centre de coûts", imp.centreDeCouts || NOT_FOUND],
    ];
    const fields = ["centreFinancier", "domaineFonctionnel", "activite", "centreDeCouts"];
    return {
      key: `imputations[${i}]`,
      centreFinancier: imp.centreFinancier || NOT_FOUND,
      codes,
      sources: sourcesOf(
        r.evidence,
        fields.map((f) => `imputations[${i}].${f}`)
      ),
    };
  });
  return {
    fields,
    ceilings,
    imputations,
    missing: r.unresolved.map((u) => describeField(r, u)),
    warnings: [...r.warnings],
  };
}

/** A name for the new workbook: the file's, else the convention's reference, safe on every disk. */
export function workbookBaseName(fileName: string | null, reference: string | null): string {
  const base = fileName ? fileName.replace(/\.[^.]*$/, "") : (reference ?? "");
  const safe = base
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, "-")
    .replace(/^[\s.]+|[\s.]+$/g, "")
    .slice(0, 100);
  return safe || "convention";
}

/** "Convention lue : 3 plafonds, 2 imputations, 2 champs à compléter.", for screen readers. */
export function readSentence(view: ImportView): string {
  const parts = [
    count(view.ceilings.length, "plafond", "plafonds"),
    count(view.imputations.length, "imputation", "imputations"),
    count(view.missing.length, "champ à compléter", "champs à compléter"),
  ];
  return `Convention lue : ${parts.join(", ")}.`;
}
