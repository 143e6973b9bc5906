/**
 * Rows collected while scanning a sheet, turned at the end into the used rectangle
 * (from the first used row and column to the last, null for empty cells).
 */
import type { CellValue } from "../../grid";

export interface ParsedSheet {
  readonly values: CellValue[][];
  readonly origin: { readonly row: number; readonly col: number };
}

export class RowStore {
  readonly rows: number[] = [];
  readonly cells: CellValue[][] = [];
  minRow = Infinity;
  maxRow = -1;
  minCol = Infinity;
  maxCol = -1;

  set(row: CellValue[], rowIndex: number, col: number, v: CellValue): void {
    if (col === row.length) row.push(v);
    else if (col > row.length) {
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
    const width = maxCol - minCol + 1;
    const values: CellValue[][] = new Array(maxRow - minRow + 1);
    for (let k = 0; k < this.rows.length; k++) {
      const i = this.rows[k] - minRow;
      const src = this.cells[k];
      if (i < 0 || i >= values.length || src.length === 0) continue;
      let out: CellValue[];
      if (minCol === 0 && src.length <= width && values[i] === undefined) out = src;
      else {
        out = values[i] ?? new Array<CellValue>(width).fill(null);
        for (let j = minCol; j < src.length && j <= maxCol; j++)
          if (src[j] !== null && src[j] !== undefined) out[j - minCol] = src[j];
      }
      values[i] = out;
    }
    for (let i = 0; i < values.length; i++) {
      const r = values[i];
      if (r === undefined) values[i] = new Array<CellValue>(width).fill(null);
      else if (r.length < width) while (r.length < width) r.push(null);
    }
    return { values, origin: { row: minRow, col: minCol } };
  }
}
