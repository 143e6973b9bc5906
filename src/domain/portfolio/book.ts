/**
 * A new workbook as host-free sheets (the portfolio): cells with a value, a style and, for a
 * Rapport copy, a link to a file. Text stays text (a writer writes it as an inline string, never
 * as a formula); amounts are the contract's decimal strings until the writer turns them into cells.
 */
export type BookStyle =
  | "title"
  | "header"
  | "text"
  | "bold"
  | "amount"
  | "totalAmount"
  | "rate"
  | "totalRate"
  | "date"
  | "integer"
  | "link"
  | "error"
  | "warning";

export interface BookCell {
  /** A string is text; a number is a number (amounts, rates, counts); an ISO date needs style "date". */
  readonly value: string | number | null;
  readonly style?: BookStyle;
  /** A file beside the workbook (a path relative to it, with "/"), opened by a click. */
  readonly link?: string;
}

export interface BookSheet {
  readonly name: string;
  readonly rows: readonly (readonly BookCell[])[];
  /** Column widths, in characters. */
  readonly widths: readonly number[];
  /** Rows kept in view at the top (the header). */
  readonly frozenRows: number;
}
