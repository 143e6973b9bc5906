import { columnIndex } from "../../grid";
import type { CellRange } from "../../grid";

const CELL = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/;

function cell(ref: string): { row: number; col: number } | null {
  const m = CELL.exec(ref);
  return m ? { row: Number(m[2]) - 1, col: columnIndex(m[1]) } : null;
}

/**
 * The rectangle of an Office.js range address ("Engagements!A1:J20", "'Feuille 1'!$B$2:$D$9",
 * "A1"), 0-based and inclusive; null when it is not a single A1 rectangle. The sheet part is
 * dropped: the caller knows the sheet, and a quoted name may itself hold "!" or ":".
 */
export function rangeOfAddress(address: string): CellRange | null {
  const a1 = address.slice(address.lastIndexOf("!") + 1).toUpperCase();
  const [first, last = first, extra] = a1.split(":");
  if (extra !== undefined) return null;
  const from = cell(first);
  const to = cell(last);
  if (!from || !to) return null;
  return {
    top: Math.min(from.row, to.row),
    left: Math.min(from.col, to.col),
    bottom: Math.max(from.row, to.row),
    right: Math.max(from.col, to.col),
  };
}
