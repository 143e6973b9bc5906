/**
 * Lines of the text with their offsets, and the classification of table scaffolding: a header
 * naming the AE and CP columns (and maybe their unit or years), a lone year heading a group of
 * rows. Tables extracted from PDFs arrive flattened: these lines are what is left of their grid.
 */
import { amountsWithUnit } from "./amounts";
import { CF_IN_TEXT, creditMarkers, type Credit, yearsIn } from "./lexicon";
import { fold } from "./normalize";

export interface Line {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export function splitLines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (const part of text.split("\n")) {
    out.push({ index: out.length, start, end: start + part.length, text: part });
    start += part.length + 1;
  }
  return out;
}

export interface TableHeader {
  /** Column order of the credits ("AE CP" or "CP AE"). */
  readonly order: readonly Credit[];
  /** Unit stated in the header, which makes bare numbers of its rows amounts; null: none. */
  readonly unit: "" | "k" | "M" | null;
}

function words(line: string): string[] {
  return line.split(/[\s|;:,()[\]/]+/).filter((w) => w !== "" && !/^[-–—.]+$/.test(w));
}

function unitOf(folded: string): TableHeader["unit"] {
  if (/\bk\s?€|\bkeur\b|milliers? d'euros/.test(folded)) return "k";
  if (/\bm\s?€|\bmeur\b|millions? d'euros/.test(folded)) return "M";
  if (/€|\beur\b|\beuros\b/.test(folded)) return "";
  return null;
}

/** "AE CP", "Exercice | AE | CP (en €)", "Autorisations d'engagement Crédits de paiement". */
export function tableHeader(line: string): TableHeader | null {
  if (amountsWithUnit(line).length > 0 || new RegExp(CF_IN_TEXT.source).test(line)) return null;
  const markers = creditMarkers(line);
  const credits = [...new Set(markers.map((m) => m.credit))];
  if (credits.length !== 2 || words(line).length > 12) return null;
  return { order: credits, unit: unitOf(fold(line)) };
}

/** A line that is only years: column headings ("2020 2021") or a row group heading ("2020"). */
export function yearLine(line: string): number[] | null {
  if (amountsWithUnit(line).length > 0) return null;
  const rest = fold(line)
    .replace(new RegExp(CF_IN_TEXT.source, "gi"), " ")
    .replace(/\b(?:19[5-9]\d|2[01]\d\d)\b/g, " ")
    .replace(/\b(?:exercices?|annees?|en|uo|gestion|centre|financier)\b/g, " ");
  if (words(rest).length > 0) return null;
  const years = yearsIn(line);
  return years.length > 0 ? years : null;
}
