/**
 * The skeleton of a convention: its articles and annexes. Figures are read article by article
 * (a table never spans two articles), and dates only in the article on the convention's period,
 * so that the dates of a previous convention quoted in the preamble are never taken.
 */
import { fold } from "./normalize";

export interface Section {
  readonly start: number;
  readonly end: number;
  /** The heading line, folded ("article 7 : duree et resiliation"); "" before the first one. */
  readonly heading: string;
}

/** "Article 7 : Durée", "ARTICLE 2 –", "Article 1er", "Annexe 2 :"; not "Article 5 du décret". */
const HEADING =
  /^[ \t]*(?:(?:ARTICLE|Article|Artic[l1I]e)\s+(?:\d+|premier|1er|[IVX]+)\b[ \t]*(?:[:.\-–—)]|\n|$)|(?:ANNEXE|Annexe)S?\b)[^\n]*/gm;

export function headingStarts(text: string): number[] {
  return [...text.matchAll(HEADING)].map((m) => m.index);
}

export function sections(text: string): Section[] {
  const starts = headingStarts(text);
  const isStart = new Set(starts);
  const bounds = [0, ...starts.filter((s) => s > 0), text.length];
  const out: Section[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const start = bounds[i];
    const lineEnd = text.indexOf("\n", start);
    const isHeading = isStart.has(start);
    out.push({
      start,
      end: bounds[i + 1],
      heading: isHeading ? fold(text.slice(start, lineEnd < 0 ? undefined : lineEnd)).trim() : "",
    });
  }
  return out;
}

/** Headings of the article on the period: "Durée" (OCR "Ourée"), "Date d'effet", "Entrée en vigueur". */
const PERIOD_HEADING = /\b[do0]uree\b|\beffet\b|\bvigueur\b|\bperiode\b|\bvalidite\b/;

/** Where the convention's own period is stated: its period article, else all its articles. */
export function periodZones(text: string): Section[] {
  const all = sections(text);
  const period = all.filter(
    (s) => s.heading.startsWith("article") && PERIOD_HEADING.test(s.heading)
  );
  if (period.length > 0) return period;
  const articles = all.filter((s) => s.heading.startsWith("article"));
  return articles.length > 0 ? articles : all;
}
