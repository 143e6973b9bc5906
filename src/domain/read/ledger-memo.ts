/**
 * A ledger read again after an edit. A line depends on its row's cells, its row number and the
 * sheet's columns alone, so the line of a row whose cells are the very array of the last reading
 * is taken as it was, with the issues its reading reported, instead of being read again. The CONV
 * functions keep their sheets between reads and patch them copy-on-write (an edited row is a new
 * array, an untouched one stays the same array): after one edit in `Paiements`, the 100 000 lines
 * of `Engagements`, and every other line of `Paiements`, are not read again.
 */
import type { CellValue } from "../../grid";
import type { Issue } from "../issues";
import type { SheetReader } from "./sheet-reader";

export interface LedgerMemo<L> {
  /** The sheet's name and its columns (index and header of each field) the lines were read with. */
  readonly key: string;
  /** Each line's row, as the sheet's own array of it. */
  readonly cells: readonly (readonly CellValue[])[];
  readonly lines: readonly L[];
  /** How many of the reading's issues had been reported once each line was read. */
  readonly issueEnds: readonly number[];
  readonly issues: readonly Issue[];
}

/** Asks a reading to keep its memo, and gives it the last one (null: nothing to reuse). */
export interface Reuse<L> {
  readonly previous: LedgerMemo<L> | null;
}

/** What a line depends on besides its row: the sheet's name, each field's column and header. */
function keyOf(reader: SheetReader): string {
  const fields = Object.keys(reader.columns).sort();
  return JSON.stringify([reader.sheet, ...fields.map((f) => [f, reader.columns[f]])]);
}

/**
 * The lines of the reader's rows, `readRow` reporting each row's issues on the reader. With
 * `reuse`, the lines of rows unchanged since `reuse.previous` are taken from it, and the result
 * carries the memo of this reading.
 */
export function readLines<L extends { readonly row: number }>(
  reader: SheetReader,
  readRow: (row: number, cells: readonly CellValue[]) => L,
  reuse?: Reuse<L>
): { lines: L[]; memo?: LedgerMemo<L> } {
  const lines: L[] = [];
  if (!reuse) {
    reader.table.eachRow((row, cells) => lines.push(readRow(row, cells)));
    return { lines };
  }
  const key = keyOf(reader);
  const last = reuse.previous?.key === key ? reuse.previous : null;
  const cells: (readonly CellValue[])[] = [];
  const issueEnds: number[] = [];
  const issues = reader.issues;
  let k = 0; // rows come in increasing order, in both readings
  reader.table.eachRow((row, rowCells, source) => {
    if (last) {
      while (k < last.lines.length && last.lines[k].row < row) k++;
      if (k < last.lines.length && last.lines[k].row === row && last.cells[k] === source) {
        for (let i = k === 0 ? 0 : last.issueEnds[k - 1]; i < last.issueEnds[k]; i++)
          issues.push(last.issues[i]);
        lines.push(last.lines[k]);
        k++;
      } else lines.push(readRow(row, rowCells));
    } else lines.push(readRow(row, rowCells));
    cells.push(source);
    issueEnds.push(issues.length);
  });
  return { lines, memo: { key, cells, lines, issueEnds, issues } };
}
