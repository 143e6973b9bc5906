import type { Money } from "../money";
import { formatAmount } from "../money";
import type { CellEmphasis, CellLink, ReportCell } from "./model";

/** Excel's limit on a cell's text: a longer one makes the file one Excel repairs (or refuses). */
export const MAX_CELL_CHARS = 32767;
const ELLIPSIS = "…";

/** A text cut to Excel's limit, with "…" saying it was cut (never half a surrogate pair). */
export function fitCell(value: string): string {
  if (value.length <= MAX_CELL_CHARS) return value;
  let end = MAX_CELL_CHARS - ELLIPSIS.length;
  const code = value.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return value.slice(0, end) + ELLIPSIS;
}

/** Small constructors so that sections read as tables. */
export const text = (
  value: string | null,
  emphasis?: CellEmphasis,
  link?: CellLink
): ReportCell => ({
  value: value === null ? null : fitCell(value),
  format: "text",
  ...(emphasis ? { emphasis } : {}),
  ...(link ? { link } : {}),
});

/** Amounts stay exact: the cell holds the decimal string, rounded to the cent. */
export const euro = (m: Money, emphasis?: CellEmphasis): ReportCell => ({
  value: formatAmount(m),
  format: "euro",
  ...(emphasis ? { emphasis } : {}),
});

export const percent = (r: Money | null, emphasis?: CellEmphasis): ReportCell =>
  r === null
    ? text("—", emphasis)
    : {
        value: r.toDecimalPlaces(4).toFixed(4),
        format: "percent",
        ...(emphasis ? { emphasis } : {}),
      };

export const date = (iso: string | null, emphasis?: CellEmphasis): ReportCell =>
  iso === null
    ? text("non renseignée", "muted")
    : { value: iso, format: "date", ...(emphasis ? { emphasis } : {}) };

export const integer = (
  n: number | null,
  emphasis?: CellEmphasis,
  link?: CellLink
): ReportCell => ({
  value: n,
  format: "integer",
  ...(emphasis ? { emphasis } : {}),
  ...(link ? { link } : {}),
});

export const headers = (...titles: string[]): ReportCell[] => titles.map((t) => text(t, "header"));
