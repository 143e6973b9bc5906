/**
 * Excel's grid: 16 384 columns (A…XFD) and 1 048 576 rows. A cell reference beyond it is no
 * valid workbook and, read as is, would make the reader allocate for cells that cannot exist:
 * it is refused, naming the sheet and the cell as the part wrote it.
 */
import { XlsxReadError } from "./errors";

export { MAX_COLS, MAX_ROWS } from "../../grid";

export const MSG_BEYOND_GRID = (sheet: string, cell: string) =>
  `Le classeur est endommagé : la feuille « ${sheet} » a une cellule ${cell} hors de la grille d'Excel (au-delà de la colonne XFD ou de la ligne 1 048 576).`;

/** Thrown by the sheet parser, which does not know the sheet's name; the reader names it. */
export class BeyondGridError extends Error {
  constructor(readonly cell: string) {
    super(cell);
    Object.setPrototypeOf(this, BeyondGridError.prototype);
  }
}

export function beyondGrid(sheet: string, cell: string): XlsxReadError {
  return new XlsxReadError("CORRUPT", MSG_BEYOND_GRID(sheet, cell));
}

/** The reference as written, shortened so that a hostile one cannot flood the message. */
export function cellLabel(col: number, row: number, written: string | null): string {
  if (written !== null) return written.length > 24 ? `${written.slice(0, 24)}…` : written;
  return `(ligne ${row + 1}, colonne ${col + 1})`;
}
