/**
 * Rows collected while scanning a sheet, turned at the end into the used rectangle's rows (from
 * the first used row and column to the last). Memory follows the cells that hold something:
 * rows are ragged (a consumer reads `cells[c] ?? null`), every row holding nothing is one shared
 * frozen empty row, and a far cell (XFD) leaves a hole instead of thousands of nulls.
 */
import type { CellValue } from "../../grid";

export interface ParsedSheet {
  readonly values: CellValue[][];
  readonly origin: { readonly row: number; readonly col: number };
}

/** The row of every empty line: frozen, so that no consumer can write into all of them at once. */
export const EMPTY_ROW = Object.freeze([]) as unknown as CellValue[];

/** Up to this many missing cells are filled with null (a packed array); beyond, a hole is left. */
const PAD_GAP = 64;
/** Rows longer than this are walked by their present cells only (a sparse row stays cheap). */
const SPARSE_LENGTH = 1024;
/**
 * A new row is made as long as the row before it, up to this many cells: rows of a ledger hold the
 * same cells, and a row grown by push keeps room for 17 (a 4-cell row of payments: 200 bytes with
 * its amount, 96 sized). Beyond, it grows by push (a far cell must not size every row after it).
 */
const MAX_SIZED = 64;

/** Calls `visit` for each present cell of a row, without walking the holes of a sparse row. */
export function forEachPresent(
  row: readonly CellValue[],
  visit: (c: number, v: CellValue) => void
): void {
  if (row.length <= SPARSE_LENGTH) {
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (v !== null && v !== undefined) visit(c, v);
    }
    return;
  }
  for (const key in row) {
    const v = row[key as unknown as number];
    if (v !== null && v !== undefined) visit(Number(key), v);
  }
}

export class RowStore {
  readonly rows: number[] = [];
  readonly cells: CellValue[][] = [];
  minRow = Infinity;
  maxRow = -1;
  minCol = Infinity;
  maxCol = -1;

  /** A new row, registered at `rowIndex`: sized like the row before it (see MAX_SIZED). */
  newRow(rowIndex: number): CellValue[] {
    const n = this.cells.length;
    // The row before, without the room it kept: one wide row must not size every row after it.
    const hint = n > 0 ? trimmed(this.cells[n - 1]).length : 0;
    const row: CellValue[] = hint > 0 && hint <= MAX_SIZED ? new Array(hint) : [];
    this.rows.push(rowIndex);
    this.cells.push(row);
    return row;
  }

  set(row: CellValue[], rowIndex: number, col: number, v: CellValue): void {
    if (col === row.length) row.push(v);
    else if (col > row.length && col - row.length <= PAD_GAP) {
      while (row.length < col) row.push(null);
      row.push(v);
    } else row[col] = v;
    if (rowIndex < this.minRow) this.minRow = rowIndex;
    if (rowIndex > this.maxRow) this.maxRow = rowIndex;
    if (col < this.minCol) this.minCol = col;
    if (col > this.maxCol) this.maxCol = col;
  }

  rectangle(): ParsedSheet {
    if (this.maxRow < 0) return { values: [], origin: { row: 0, col: 0 } };
    const { minRow, maxRow, minCol, maxCol } = this;
    // Every row but the last was trimmed when the next one was made (newRow).
    trimmed(this.cells[this.cells.length - 1]);
    const values: CellValue[][] = new Array(maxRow - minRow + 1);
    for (let k = 0; k < this.rows.length; k++) {
      const i = this.rows[k] - minRow;
      const src = this.cells[k];
      if (i < 0 || i >= values.length || src.length === 0) continue;
      const existing = values[i];
      if (minCol === 0 && existing === undefined) {
        values[i] = src;
        continue;
      }
      // A shifted origin, or the same row written twice: copy the present cells only.
      const out: CellValue[] = existing ?? [];
      forEachPresent(src, (c, v) => {
        if (c >= minCol && c <= maxCol) placeCell(out, c - minCol, v);
      });
      values[i] = out;
    }
    for (let i = 0; i < values.length; i++) if (values[i] === undefined) values[i] = EMPTY_ROW;
    return { values, origin: { row: minRow, col: minCol } };
  }
}

/**
 * A sized row as a grown one would be: without the room it kept at its end, and its missing cells
 * null (a grown row pads them with null; a consumer may walk it with forEach, which skips holes).
 */
function trimmed(row: CellValue[]): CellValue[] {
  let n = row.length;
  if (n === 0 || n > MAX_SIZED) return row;
  while (n > 0 && row[n - 1] === undefined) n--;
  if (n < row.length) row.length = n;
  for (let c = 0; c < n; c++) if (row[c] === undefined) row[c] = null;
  return row;
}

function placeCell(out: CellValue[], j: number, v: CellValue): void {
  if (j < out.length) out[j] = v;
  else if (j - out.length <= PAD_GAP) {
    while (out.length < j) out.push(null);
    out.push(v);
  } else out[j] = v;
}
