/** Links to a cell of the user's workbook, and Excel's sheet limits. */
import { columnLetter } from "./cells";

/** A cell of the user's workbook (row 1-based as Excel shows it, column 0-based). */
export interface CellLink {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
}

/** Excel's sheet limits: a reader refuses what lies past them, a writer never writes past them. */
export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

/** A link every host can follow: a named sheet, a row and a column inside Excel's limits. */
export function isValidLink(link: CellLink | undefined): link is CellLink {
  return (
    link !== undefined &&
    typeof link.sheet === "string" &&
    link.sheet !== "" &&
    Number.isInteger(link.row) &&
    link.row >= 1 &&
    link.row <= MAX_ROWS &&
    Number.isInteger(link.column) &&
    link.column >= 0 &&
    link.column < MAX_COLS
  );
}

/** `'Sheet name'!C12`, apostrophes doubled: the target of a hyperlink inside the workbook. */
export function linkLocation(link: CellLink): string {
  return `'${link.sheet.replace(/'/g, "''")}'!${columnLetter(link.column)}${link.row}`;
}
