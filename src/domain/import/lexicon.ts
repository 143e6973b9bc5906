/**
 * Small vocabulary shared by the readers of figures: Chorus code anchors as they appear in text,
 * AE/CP markers, years, financeur acronyms.
 */
import { fold } from "./normalize";

/** A centre financier in running text (programme-BOP-UO). */
export const CF_IN_TEXT = /(?<![A-Z0-9-])\d{4}-[A-Z0-9]{4}-[A-Z0-9]{4}(?![A-Z0-9-])/g;

export interface Mention {
  readonly code: string;
  readonly start: number;
  readonly end: number;
}

export function cfMentions(text: string): Mention[] {
  return [...text.matchAll(CF_IN_TEXT)].map((m) => ({
    code: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
}

export type Credit = "AE" | "CP";

/** AE and CP as written: the abbreviations (case kept: "ae" is no word) or their long forms. */
const AE_WORD = /\bAE\b|\b[Aa]utorisations? d'[Ee]ngagement/g;
const CP_WORD = /\bCP\b|\b[Cc]r[ée]dits? de [Pp]aiements?/g;

export interface Marker {
  readonly credit: Credit;
  readonly start: number;
  readonly end: number;
}

export function creditMarkers(text: string): Marker[] {
  const out: Marker[] = [];
  for (const m of text.matchAll(AE_WORD))
    out.push({ credit: "AE", start: m.index, end: m.index + m[0].length });
  for (const m of text.matchAll(CP_WORD))
    out.push({ credit: "CP", start: m.index, end: m.index + m[0].length });
  return out.sort((a, b) => a.start - b.start);
}

const MONTH_BEFORE =
  /(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|\d{1,2}[/.]\d{1,2}[/.])\s*$/;

/** Years named in a label ("DGALN 2020", "exercice 2021"), not those of a date or a decree. */
export function yearsIn(text: string): number[] {
  const folded = fold(text);
  const out: number[] = [];
  for (const m of folded.matchAll(/(?<![\d/.-])(19[5-9]\d|2[01]\d\d)(?![\d-])/g)) {
    if (MONTH_BEFORE.test(folded.slice(Math.max(0, m.index - 12), m.index))) continue;
    if (/n\s*°\s*$/.test(folded.slice(Math.max(0, m.index - 4), m.index))) continue;
    out.push(Number(m[1]));
  }
  return out;
}

/** Uppercase words that are never a financeur. */
const NOT_FINANCEUR = new Set([
  "AE",
  "CP",
  "EUR",
  "KEUR",
  "MEUR",
  "UO",
  "RUO",
  "BOP",
  "CF",
  "DF",
  "CC",
  "HT",
  "TTC",
  "TVA",
  "EJ",
  "DP",
  "SF",
  "CHORUS",
  "N°",
  "II",
  "III",
  "IV",
  "VI",
  "RH",
  "PDF",
  "UX",
  "UI",
]);

/** Acronyms in a label that may name a financeur ("DGALN", "ONF"), in order. */
export function acronymsIn(text: string, exclude: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(?<![\p{L}\d])[A-Z][A-Z0-9]{1,9}(?![\p{L}\d])/gu)) {
    const word = m[0];
    if (
      NOT_FINANCEUR.has(word) ||
      exclude.has(word) ||
      /^P\d+$/.test(word) ||
      !/[A-Z].*[A-Z]/.test(word)
    )
      continue;
    out.push(word);
  }
  return out;
}

/** "à rétablir", "rétablissement de crédits". */
export const RETABLIR = /r[ée]tabli(?:r|ssement|e|es|s)?\b/i;
