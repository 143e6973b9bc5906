/**
 * A programme-wide extract repeats the same codes, dates and labels on every line, and a text
 * parser's fields are substrings that keep the whole file's text alive. Sharing one copy of each
 * distinct string (values unchanged) divides the extract's memory by about three (300 000 lines:
 * 216 → 75 Mo of heap), which is what lets 200 conventions and their extract stay under 600 Mo.
 */
import type { CellValue } from "../../grid";

/** Replaces, in place, each string cell of the rows by one shared, flat copy of equal value. */
export function internStrings(rows: readonly (readonly CellValue[])[]): void {
  const pool = new Map<string, string>();
  for (const row of rows) {
    const cells = row as CellValue[];
    for (let c = 0; c < cells.length; c++) {
      const v = cells[c];
      // V8 copies a substring shorter than 13 characters: only the longer ones hold the text.
      if (typeof v !== "string" || v.length < 13) continue;
      let shared = pool.get(v);
      if (shared === undefined) {
        // A new flat string: the substring's link to the file's text is cut.
        shared = [...v].join("");
        pool.set(shared, shared);
      }
      cells[c] = shared;
    }
  }
}
