/**
 * Where an extract's header row is, below its title rows ("INF-BUD-53 : Pilotage de la gestion",
 * "Dernière MàJ des données :", "Exercice comptable 2023", the measure), and what the title rows
 * say: the exercice, and the measure of an amount column headed only "EUR".
 */
import type { CellValue } from "../../grid";
import { parseYear } from "../date";
import { cellText, normalizeKey } from "../text";
import { HeaderPlan, looksLikeHeader, measureKind, MeasureColumn, planHeader } from "./headers";
import type { MeasureKind } from "./types";

/** Title rows are few: the header is looked for among the first rows only. */
export const SCAN_ROWS = 50;

export interface ExtractLayout {
  readonly headerIndex: number;
  readonly plan: HeaderPlan;
  /** Exercice named in the title rows; `exerciceText` keeps an unreadable one for the message. */
  readonly exercice: number | null;
  readonly exerciceText: string | null;
  /** Index of the title row naming the exercice. */
  readonly exerciceIndex: number | null;
  /** Long format: one amount column whose measure is named by a `Type montant` column. */
  readonly long: boolean;
}

interface TitleMeasure {
  readonly col: number;
  readonly kind: MeasureKind;
}

/** Exercice ("Exercice comptable" then its value, on the same row) and measures of the title rows. */
function readTitles(values: readonly (readonly CellValue[])[], end: number) {
  let exercice: number | null = null;
  let exerciceText: string | null = null;
  let exerciceIndex: number | null = null;
  const measures: TitleMeasure[] = [];
  for (let i = 0; i < end; i++) {
    const row = values[i] ?? [];
    for (let c = 0; c < row.length; c++) {
      const text = cellText(row[c]);
      if (text === "") continue;
      const key = normalizeKey(text);
      if (key === "exercicecomptable" || key === "exercice") {
        let v = c + 1;
        while (v < row.length && cellText(row[v]) === "") v++;
        const value = cellText(row[v]);
        exercice = parseYear(row[v]) ?? parseYear(value);
        exerciceText = exercice === null && value !== "" ? value : null;
        exerciceIndex = i;
        c = v;
        continue;
      }
      const kind = measureKind(text);
      if (kind !== null) measures.push({ col: c, kind });
    }
  }
  return { exercice, exerciceText, exerciceIndex, measures };
}

/** A unit column takes the measure named above it, else the nearest one to its left, else any. */
function nameUnits(measures: MeasureColumn[], titles: readonly TitleMeasure[]): void {
  for (const m of measures) {
    if (m.kind !== null || titles.length === 0) continue;
    const same = titles.find((t) => t.col === m.index);
    const left = titles.filter((t) => t.col < m.index).sort((a, b) => b.col - a.col)[0];
    m.kind = (same ?? left ?? titles[0]).kind;
  }
}

const USABLE = new Set<MeasureKind | null>(["engage", "aeYear", "paye"]);

/** The extract's layout, or null when the values hold no Chorus extract of AE or CP. */
export function locateExtract(values: readonly (readonly CellValue[])[]): ExtractLayout | null {
  const scan = Math.min(values.length, SCAN_ROWS);
  for (let i = 0; i < scan; i++) {
    const row = values[i];
    if (!row || row.length < 2) continue;
    const plan = planHeader(row);
    if (!looksLikeHeader(plan)) continue;
    const titles = readTitles(values, i);
    const long = plan.fields.typeMontant !== undefined;
    if (!long) nameUnits(plan.measures, titles.measures);
    if (!long && !plan.measures.some((m) => USABLE.has(m.kind))) continue;
    return {
      headerIndex: i,
      plan,
      exercice: titles.exercice,
      exerciceText: titles.exerciceText,
      exerciceIndex: titles.exerciceIndex,
      long,
    };
  }
  return null;
}
