import type { Money } from "../money";
import { formatAmount } from "../money";
import type { CellEmphasis, CellLink, ReportCell } from "./model";

/** Small constructors so that sections read as tables. */
export const text = (value: string | null, emphasis?: CellEmphasis, link?: CellLink): ReportCell => ({
  value,
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
  r === null ? text("—", emphasis) : { value: r.toDecimalPlaces(4).toFixed(4), format: "percent", ...(emphasis ? { emphasis } : {}) };

export const date = (iso: string | null, emphasis?: CellEmphasis): ReportCell =>
  iso === null ? text("non renseignée", "muted") : { value: iso, format: "date", ...(emphasis ? { emphasis } : {}) };

export const integer = (n: number | null, emphasis?: CellEmphasis, link?: CellLink): ReportCell => ({
  value: n,
  format: "integer",
  ...(emphasis ? { emphasis } : {}),
  ...(link ? { link } : {}),
});

export const headers = (...titles: string[]): ReportCell[] => titles.map((t) => text(t, "header"));
