/**
 * What is later than the reporting date, and so counts nowhere (domain.md, "Only what happened by
 * then counts"): not in the figures, and not checked either (workbook.md: "every figure and every
 * check is at asOf"). A line without a date is never later: it counts, and is reported.
 */
import { NATURE_RETABLIR } from "../contract";
import type { IsoDate } from "../date";
import type { Issue } from "../issues";
import type { CeilingLine, ConventionData } from "../model";

/** An EJ line or a payment dated after the date. */
export const isLater = (line: { readonly date: string | null }, asOf: IsoDate): boolean =>
  line.date !== null && line.date > asOf;

/** A ceiling line available after the date (an À rétablir line counts from the start). */
export const isLaterCeiling = (c: CeilingLine, asOf: IsoDate): boolean =>
  c.nature !== NATURE_RETABLIR && c.availableFrom != null && c.availableFrom > asOf;

/**
 * The reading's issues at the date: those the reading of the workbook's own `Engagements` and
 * `Paiements` found on a line later than the date (a malformed EJ, DP or centre financier, an
 * unreadable amount) are not said before the date reaches the line (`ledger`: where they lie in
 * `issues`; one line per row on those sheets). Every other issue of the reading is said at any
 * date: those of `Plafonds` (a misspelt nature decides whether a dated line is later at all), and
 * those of Chorus extracts and of their comparison with the workbook, whose rows give lines that
 * may be summed into an earlier row's, or whose issues are placed on an EJ's first line.
 */
export function readIssuesAt(
  data: ConventionData,
  issues: readonly Issue[],
  ledger: { readonly from: number; readonly to: number } | undefined,
  asOf: IsoDate
): readonly Issue[] {
  if (!ledger || ledger.to <= ledger.from) return issues;
  const later = new Map<string, Set<number>>();
  const mark = (l: { readonly sheet: string; readonly row: number }) => {
    let rows = later.get(l.sheet);
    if (!rows) later.set(l.sheet, (rows = new Set()));
    rows.add(l.row);
  };
  for (const e of data.engagements) if (isLater(e, asOf)) mark(e);
  for (const p of data.payments) if (isLater(p, asOf)) mark(p);
  if (later.size === 0) return issues;
  return issues.filter(
    (i, k) =>
      k < ledger.from || k >= ledger.to || i.row === null || later.get(i.sheet)?.has(i.row) !== true
  );
}
