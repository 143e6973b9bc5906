import { type CellValue, isBlank, type RawSheet } from "../../grid";

/** A header row and the data rows under it, with Excel row numbers kept. */
export interface LocatedTable {
  readonly sheet: string;
  /** Header texts as the user wrote them, by absolute 0-based column. */
  readonly headers: ReadonlyMap<number, string>;
  /** 1-based Excel row of the header. */
  readonly headerRow: number;
  /** Data rows: `cells[c]` is the value at absolute 0-based column c. */
  readonly rows: ReadonlyArray<{ readonly row: number; readonly cells: readonly CellValue[] }>;
  /**
   * The same rows without building a wrapper object per row (for ledgers of 100 000s of rows);
   * `source` is the sheet's own array of the row (`cells` is a copy when the sheet does not start
   * in column A), which tells an unchanged row from an edited one (ledger-memo.ts).
   */
  eachRow(
    visit: (row: number, cells: readonly CellValue[], source: readonly CellValue[]) => void
  ): void;
}

export type HeaderMatcher = (header: string) => boolean;

function headerText(value: CellValue): string {
  if (value === null || typeof value === "object") return "";
  return String(value).trim();
}

/** Absolute-column rows of a sheet (padding the origin's offset once, so cells[c] is column c). */
function rowCells(sheet: RawSheet, i: number): CellValue[] {
  const row = sheet.values[i] ?? [];
  if (sheet.origin.col === 0) return row;
  return new Array<CellValue>(sheet.origin.col).fill(null).concat(row);
}

function isEmptyRow(row: readonly CellValue[]): boolean {
  // A long row from the xlsx reader is sparse (a note in XFD): walk its present cells only.
  if (row.length > 1024) {
    for (const k in row) if (!isBlank(row[k as unknown as number])) return false;
    return true;
  }
  for (let c = 0; c < row.length; c++) if (!isBlank(row[c])) return false;
  return true;
}

function headersOf(row: readonly CellValue[], from = 0, to = row.length - 1): Map<number, string> {
  const headers = new Map<number, string>();
  for (let c = from; c <= to && c < row.length; c++) {
    const text = headerText(row[c] ?? null);
    if (text !== "") headers.set(c, text);
  }
  return headers;
}

function score(headers: ReadonlyMap<number, string>, wanted: readonly HeaderMatcher[]): number {
  let n = 0;
  for (const match of wanted) {
    for (const h of headers.values()) {
      if (match(h)) {
        n++;
        break;
      }
    }
  }
  return n;
}

/**
 * Finds the table of a sheet. An Excel table (ListObject) wins when it has the best header
 * match; otherwise the header is the first non-empty row, unless a later row among the first
 * ones matches more of the wanted headers (a title above the header is common).
 */
export function locateTable(
  sheet: RawSheet,
  wanted: readonly HeaderMatcher[],
  scanRows = 30
): LocatedTable | null {
  const { top } = { top: sheet.origin.row };
  let best: {
    index: number;
    headers: Map<number, string>;
    score: number;
    endIndex: number;
    from: number;
    to: number;
  } | null = null;

  for (const table of sheet.tables) {
    if (!table.hasHeader) continue;
    const index = table.range.top - top;
    if (index < 0 || index >= sheet.values.length) continue;
    const headers = headersOf(rowCells(sheet, index), table.range.left, table.range.right);
    const s = score(headers, wanted);
    const endIndex = table.range.bottom - table.totalsRows - top;
    if (!best || s > best.score)
      best = { index, headers, score: s, endIndex, from: table.range.left, to: table.range.right };
  }

  if (!best || best.score < wanted.length) {
    let seen = 0;
    for (let i = 0; i < sheet.values.length && seen < scanRows; i++) {
      const cells = rowCells(sheet, i);
      if (isEmptyRow(cells)) continue;
      seen++;
      const headers = headersOf(cells);
      const s = score(headers, wanted);
      if (!best || s > best.score) {
        best = {
          index: i,
          headers,
          score: s,
          endIndex: sheet.values.length - 1,
          from: 0,
          to: Number.MAX_SAFE_INTEGER,
        };
      }
      if (s === wanted.length) break;
    }
  }
  if (!best) return null;

  const first = best.index + 1;
  const last = Math.min(best.endIndex, sheet.values.length - 1);
  const eachRow = (
    visit: (row: number, cells: readonly CellValue[], source: readonly CellValue[]) => void
  ) => {
    for (let i = first; i <= last; i++) {
      const cells = rowCells(sheet, i);
      if (!isEmptyRow(cells)) visit(top + i + 1, cells, sheet.values[i] ?? cells);
    }
  };
  return {
    sheet: sheet.name,
    headers: best.headers,
    headerRow: top + best.index + 1,
    eachRow,
    get rows() {
      const rows: { row: number; cells: readonly CellValue[] }[] = [];
      eachRow((row, cells) => rows.push({ row, cells }));
      return rows;
    },
  };
}
