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
 * Whether a row holds only lines later than the date: what its reading reported (a malformed
 * code, an unreadable amount) is then not said at this date. A row of a Chorus extract gives an
 * AE line and a CP line, which may fall on either side of the date: such a row is checked.
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
  for (const c of data.ceilings) if (isLaterCeiling(c, asOf)) mark(c);
  for (const e of data.engagements) if (isLater(e, asOf)) mark(e);
  for (const p of data.payments) if (isLater(p, asOf)) mark(p);
  if (later.size === 0) return () => false;
  const unmark = (l: { readonly sheet: string; readonly row: number }) =>
    later.get(l.sheet)?.delete(l.row);
  for (const e of data.engagements) if (!isLater(e, asOf)) unmark(e);
  for (const p of data.payments) if (!isLater(p, asOf)) unmark(p);
  return (sheet, row) => row !== null && later.get(sheet)?.has(row) === true;
}
