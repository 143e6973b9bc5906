/**
 * The Rapport as a host-free grid: the domain decides what the sheet holds and where;
 * the xlsx and Excel adapters only render it. Coordinates are 0-based.
 */
export type CellFormat = "text" | "euro" | "percent" | "date" | "integer";

export type CellEmphasis =
  "title" | "subtitle" | "header" | "bold" | "alert" | "warning" | "muted" | "total";

import type { CellLink } from "../../grid";

export { isValidLink, MAX_COLS, MAX_ROWS, type CellLink } from "../../grid";

export interface ReportCell {
  /**
   * text: any string (written as text, never as a formula);
   * euro: exact decimal string such as "-1234.50";
   * percent: fraction as decimal string such as "0.9018";
   * date: ISO "YYYY-MM-DD"; integer: a number.
   */
  readonly value: string | number | null;
  readonly format: CellFormat;
  readonly emphasis?: CellEmphasis;
  readonly link?: CellLink;
}

/** A line chart drawn from a block of the grid (Excel adapter only; the xlsx copy has none). */
export interface ReportChart {
  readonly title: string;
  /** Row range (0-based, inclusive) of the data, excluding the header row at `headerRow`. */
  readonly headerRow: number;
  readonly firstRow: number;
  readonly lastRow: number;
  readonly categoryColumn: number;
  readonly seriesColumns: readonly number[];
  /** Where to anchor the chart: top-left cell. */
  readonly anchor: { readonly row: number; readonly column: number };
}

export interface ReportModel {
  /** Column widths in characters. */
  readonly columnWidths: readonly number[];
  /** Sparse rows: `rows[r][c]` may be undefined or null for an empty cell. */
  readonly rows: ReadonlyArray<ReadonlyArray<ReportCell | null | undefined>>;
  readonly charts: readonly ReportChart[];
  /** Rows to keep visible when scrolling (0 = none). */
  readonly frozenRows: number;
  /** What the printed pages' header says (print.ts): the convention and the reporting date. */
  readonly print?: { readonly reference: string | null; readonly asOf: string };
}

/** The name Plafond gives the defined name that marks a sheet it created. */
export const REPORT_MARK = "PLAFOND_RAPPORT";
export const REPORT_SHEET = "Rapport";
