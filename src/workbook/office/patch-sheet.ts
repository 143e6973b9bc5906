/**
 * Patching a sheet read earlier with the cells re-read where it changed, so that the result is
 * exactly what a whole read of the sheet would give now: the used range's rectangle (values
 * only), every cell in it. Pure: the Office.js side is read-rows.ts.
 *
 * Why it is exact: outside the changed rectangles nothing changed (the change events say where),
 * a cell outside the old used range was empty, and inside a changed rectangle every cell is
 * known (its used part was read, the rest is empty). The patched grid is then checked against
 * the used range Excel reports now: when its non-empty cells do not span exactly that rectangle,
 * something changed that no event named, and the caller reads the sheet whole.
 */
import type { CellRange, CellValue, RawSheet } from "../../grid";

/** A used range as Excel gives it (0-based first row and column, counts). */
export interface UsedExtent {
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

/** The non-empty part of a changed rectangle, as read now: `values[i][j]` at (top + i, left + j). */
export interface ReadPart {
  readonly top: number;
  readonly left: number;
  readonly values: readonly (readonly CellValue[])[];
}

/** The old cells moved onto the new extent: rows are reused when the columns did not move. */
function regrid(old: RawSheet, extent: UsedExtent): CellValue[][] {
  const width = old.values[0]?.length ?? 0;
  const sameColumns = extent.columnIndex === old.origin.col && extent.columnCount === width;
  const grid: CellValue[][] = new Array<CellValue[]>(extent.rowCount);
  for (let r = 0; r < extent.rowCount; r++) {
    const oldRow = old.values[extent.rowIndex + r - old.origin.row];
    if (oldRow && sameColumns) {
      grid[r] = oldRow;
      continue;
    }
    const row = new Array<CellValue>(extent.columnCount).fill(null);
    if (oldRow)
      for (let c = 0; c < extent.columnCount; c++) {
        const v = oldRow[extent.columnIndex + c - old.origin.col];
        if (v !== undefined) row[c] = v;
      }
    grid[r] = row;
  }
  return grid;
}

/** Whether the non-empty cells of the grid touch its four edges (Excel's used range is their box). */
function spansWhole(grid: readonly (readonly CellValue[])[], cols: number): boolean {
  let left = cols;
  let right = -1;
  for (const row of grid)
    for (let c = 0; c < row.length; c++)
      if (row[c] !== null) {
        if (c < left) left = c;
        if (c > right) right = c;
      }
  const filled = (row: readonly CellValue[] | undefined) => !!row && row.some((v) => v !== null);
  return left === 0 && right === cols - 1 && filled(grid[0]) && filled(grid[grid.length - 1]);
}

/**
 * The sheet as a whole read would give it now, or null when the cells read do not account for
 * the used range Excel reports (`extent`, null for an empty sheet). The old sheet's rows are
 * reused where nothing was written in them, and never written to.
 */
export function patchSheet(
  old: RawSheet,
  extent: UsedExtent | null,
  changed: readonly CellRange[],
  parts: readonly ReadPart[]
): RawSheet | null {
  if (extent === null || extent.rowCount === 0 || extent.columnCount === 0)
    return parts.length === 0 ? { ...old, values: [], origin: { row: 0, col: 0 } } : null;
  const grid = regrid(old, extent);
  // Copy-on-write: a row written below is a copy, and every row left as it was is still the old
  // sheet's array, which is how the reading tells the rows an edit did not touch (ledger-memo.ts).
  const copied = new Uint8Array(grid.length);
  const writable = (i: number): CellValue[] | undefined => {
    if (i < 0 || i >= grid.length) return undefined;
    if (!copied[i]) {
      grid[i] = grid[i].slice();
      copied[i] = 1;
    }
    return grid[i];
  };
  const bottom = extent.rowIndex + extent.rowCount - 1;
  const right = extent.columnIndex + extent.columnCount - 1;
  for (const r of changed) {
    for (let row = Math.max(r.top, extent.rowIndex); row <= Math.min(r.bottom, bottom); row++) {
      const cells = writable(row - extent.rowIndex)!;
      for (let col = Math.max(r.left, extent.columnIndex); col <= Math.min(r.right, right); col++)
        cells[col - extent.columnIndex] = null;
    }
  }
  for (const part of parts) {
    for (let i = 0; i < part.values.length; i++) {
      const cells = writable(part.top + i - extent.rowIndex);
      const line = part.values[i];
      for (let j = 0; j < line.length; j++) {
        const c = part.left + j - extent.columnIndex;
        if (!cells || c < 0 || c >= extent.columnCount) return null; // a used cell off the used range
        cells[c] = line[j];
      }
    }
  }
  if (!spansWhole(grid, extent.columnCount)) return null;
  return { ...old, values: grid, origin: { row: extent.rowIndex, col: extent.columnIndex } };
}
