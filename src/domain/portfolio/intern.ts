/**
 * A programme-wide extract repeats the same codes, dates and labels on every line, and a text
 * parser's fields are substrings that keep the whole file's text alive. Sharing one copy of each
 * repeated string (values unchanged) divides the extract's memory by about three (300 000 lines:
 * 216 → 75 Mo of heap), which is what lets 200 conventions and their extract stay under 600 Mo.
 */
import type { CellValue } from "../../grid";
import { ownCopy } from "../text-interner";
/** Rows looked at before judging a column: one of mostly distinct values (N° EJ, amounts) is not pooled. */
const SAMPLE = 2000;

/** Replaces, in place, each string cell of the rows by one shared, flat copy of equal value. */
export function internStrings(rows: readonly (readonly CellValue[])[]): void {
  const pools: Map<string, string>[] = [];
  const distinct: boolean[] = [];
  rows.forEach((row, r) => {
    const cells = row as CellValue[];
    for (let c = 0; c < cells.length; c++) {
      const v = cells[c];
      if (typeof v !== "string" || v.length === 0) continue;
      const pool = (pools[c] ??= new Map());
      if (distinct[c]) {
        cells[c] = ownCopy(v);
        continue;
      }
      let shared = pool.get(v);
      if (shared === undefined) pool.set(v, (shared = ownCopy(v)));
      cells[c] = shared;
    }
    if (r === SAMPLE) pools.forEach((p, c) => (distinct[c] = p.size > SAMPLE / 2));
  });
}
