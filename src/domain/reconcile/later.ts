/**
 * What is later than the reporting date, and so counts nowhere (domain.md, "Only what happened by
 * then counts"): not in the figures, and not checked either (workbook.md: "every figure and every
 * check is at asOf"). A line without a date is never later: it counts, and is reported.
 */
import { NATURE_RETABLIR } from "../contract";
import type { IsoDate } from "../date";
import type { CeilingLine, ConventionData } from "../model";

/** An EJ line or a payment dated after the date. */
export const isLater = (line: { readonly date: string | null }, asOf: IsoDate): boolean =>
  line.date !== null && line.date > asOf;

/** A ceiling line available after the date (an À rétablir line counts from the start). */
export const isLaterCeiling = (c: CeilingLine, asOf: IsoDate): boolean =>
  c.nature !== NATURE_RETABLIR && c.availableFrom != null && c.availableFrom > asOf;

/**
 * Whether a row of a ledger holds only lines later than the date: what its reading reported (a
 * malformed EJ, DP or centre financier, an unreadable amount) is then not said at this date.
 * Kept whatever the date: what the reading of `Plafonds` reports (a misspelt nature decides
 * whether a dated line is later at all), and the rows of a Chorus extract whose rows give two
 * lines (AE and CP, or AE and bascule): one of them may have been summed into an earlier row's
 * line, which leaves no trace of the row it came from.
 */
export function laterRows(
  data: ConventionData,
  asOf: IsoDate
): (sheet: string, row: number | null) => boolean {
  const later = new Map<string, Set<number>>();
  const mark = (l: { readonly sheet: string; readonly row: number }) => {
    let rows = later.get(l.sheet);
    if (!rows) later.set(l.sheet, (rows = new Set()));
    rows.add(l.row);
  };
  for (const e of data.engagements) if (isLater(e, asOf)) mark(e);
  for (const p of data.payments) if (isLater(p, asOf)) mark(p);
  if (later.size === 0) return () => false;
  const twoLines = new Set<string>();
  for (const e of data.engagements) if (e.carriedOver) twoLines.add(e.sheet);
  const withAE = new Set<string>();
  for (const e of data.engagements) withAE.add(e.sheet);
  for (const p of data.payments) if (withAE.has(p.sheet)) twoLines.add(p.sheet);
  for (const sheet of twoLines) later.delete(sheet);
  return (sheet, row) => row !== null && later.get(sheet)?.has(row) === true;
}
