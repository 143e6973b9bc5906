/**
 * Reading used ranges in row blocks, for Excel on the web: it refuses a request or a response
 * over 5 MB (RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded); and for every
 * Excel on a read of more than five million cells, which it refuses (RangeExceedsLimit) or
 * answers without values (null). Only used after the one-sync read failed in one of these ways.
 *
 * Round trips: one for the dimensions of the used ranges and the tables' addresses, then one
 * per ~4 MB of cells: blocks of several sheets share a request, and each block's row count comes
 * from the bytes per row measured on the sheet's previous blocks (a first block of a sheet is
 * kept small, as nothing is known of its cells yet).
 */

import { utf8Length } from "./grid";

/** Error codes after which reading in blocks may succeed (Excel's `OfficeExtension.Error.code`). */
export const TOO_LARGE_CODES: ReadonlySet<string> = new Set([
  "RequestPayloadSizeLimitExceeded",
  "ResponsePayloadSizeLimitExceeded",
  "RangeExceedsLimit",
]);

/**
 * What one request may bring back: under Excel on the web's 5 MB, the rest a margin for the
 * envelope and for rows further down fuller than the ones measured.
 */
export const BLOCK_RESPONSE_LIMIT = 4_000_000;
/**
 * Cells one request may ask for, all blocks together: well under Excel's five million, so that
 * a sparse sheet (few bytes per cell) is still cut before that limit.
 */
export const BLOCK_CELL_LIMIT = 1_000_000;
/** Budget of a sheet's first block, before its bytes per row are known. */
const PROBE_BYTES = 1_000_000;
/** Bytes per cell assumed before measuring: a short text and its type ("String"). */
const GUESSED_CELL_BYTES = 24;

export const MSG_ROW_TOO_LARGE = (sheet: string, row: number) =>
  `La ligne ${row} de la feuille « ${sheet} » dépasse à elle seule ce qu'Excel sur le web accepte de transmettre (5 Mo) : raccourcissez ses cellules.`;

export function isTooLarge(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const e = error as { code?: unknown; debugInfo?: { code?: unknown } };
  return [e.code, e.debugInfo?.code].some((c) => typeof c === "string" && TOO_LARGE_CODES.has(c));
}

/** The rectangle of a used range, as loaded. */
export interface Extent {
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

/** Values and types of a rectangle, as `range.values` and `range.valueTypes` give them. */
export interface BlockValues {
  readonly values: unknown[][];
  readonly valueTypes: string[][];
}

/** UTF-8 size of a response's JSON for these rows, counted without building the JSON. */
export function responseBytes(values: readonly unknown[][], types: readonly string[][]): number {
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const row = values[i];
    const rowTypes = types[i] ?? [];
    n += 3;
    for (let j = 0; j < row.length; j++) {
      const v = row[j];
      n +=
        typeof v === "string"
          ? utf8Length(v) + 3
          : typeof v === "number"
            ? String(v).length + 1
            : 6;
      n += (rowTypes[j]?.length ?? 5) + 3;
    }
  }
  return n;
}

interface Cursor {
  readonly sheet: string;
  readonly extent: Extent;
  /** Rows read so far (from the top of the used range). */
  next: number;
  /** Bytes per row to plan with: null until a block was read (or refused). */
  rowBytes: number | null;
  /** Largest bytes per row measured so far (a block's average). */
  measured: number;
  readonly blocks: Array<{ first: number; data: BlockValues }>;
}

interface Block {
  readonly cursor: Cursor;
  readonly first: number;
  readonly count: number;
}

/** Asks Excel for the values of rows `first`..`first+count-1` of a used range, answered at sync. */
export type QueueBlock = (
  sheet: string,
  extent: Extent,
  first: number,
  count: number
) => () => BlockValues;

function planRequest(cursors: readonly Cursor[], limit: number): Block[] {
  const blocks: Block[] = [];
  let budget = limit;
  let cells = BLOCK_CELL_LIMIT;
  for (const cursor of cursors) {
    const left = cursor.extent.rowCount - cursor.next;
    if (left <= 0) continue;
    const width = Math.max(1, cursor.extent.columnCount);
    const perRow = cursor.rowBytes ?? width * GUESSED_CELL_BYTES + 4;
    const share = cursor.rowBytes === null ? Math.min(budget, PROBE_BYTES) : budget;
    let count = Math.min(left, Math.floor(share / perRow), Math.floor(cells / width));
    if (count <= 0 && blocks.length === 0) count = 1; // one wide row still goes, alone
    if (count <= 0) break;
    blocks.push({ cursor, first: cursor.next, count });
    budget -= count * perRow;
    cells -= count * width;
    if (budget <= 0 || cells <= 0) break;
  }
  return blocks;
}

/** Excel answers a read over its cell limit with null values instead of refusing it. */
export function hasValues(data: { readonly values: unknown }): boolean {
  return Array.isArray(data.values);
}

/** The error of a single row that Excel will not give, however it is asked. */
function rowTooLarge(only: Block): Error {
  return new Error(
    MSG_ROW_TOO_LARGE(only.cursor.sheet, only.cursor.extent.rowIndex + only.first + 1)
  );
}

/**
 * Reads every extent in blocks, `sync` sending each request (the context's). Returns each
 * sheet's rows in order: a `values` and a `valueTypes` array per sheet.
 */
export async function readInBlocks(
  extents: ReadonlyArray<{ readonly sheet: string; readonly extent: Extent }>,
  queue: QueueBlock,
  sync: () => Promise<void>,
  limit = BLOCK_RESPONSE_LIMIT
): Promise<Map<string, BlockValues>> {
  const cursors: Cursor[] = extents.map(({ sheet, extent }) => ({
    sheet,
    extent,
    next: 0,
    rowBytes: null,
    measured: 0,
    blocks: [],
  }));
  for (;;) {
    const blocks = planRequest(cursors, limit);
    if (blocks.length === 0) break;
    const answers = blocks.map((b) => queue(b.cursor.sheet, b.cursor.extent, b.first, b.count));
    let refused = false;
    try {
      await sync();
    } catch (e) {
      if (!isTooLarge(e)) throw e;
      refused = true;
    }
    const answered = refused ? [] : answers.map((answer) => answer());
    if (refused || !answered.every(hasValues)) {
      const [only] = blocks;
      if (blocks.length === 1 && only.count === 1) throw rowTooLarge(only);
      // Fuller rows than measured (or more cells than Excel gives): half as many next time.
      for (const b of blocks) b.cursor.rowBytes = (2 * limit) / Math.max(1, b.count);
      continue;
    }
    blocks.forEach((b, i) => {
      const data = answered[i];
      const measured = responseBytes(data.values, data.valueTypes) / b.count;
      b.cursor.measured = Math.max(b.cursor.measured, measured);
      b.cursor.rowBytes = b.cursor.measured;
      b.cursor.blocks.push({ first: b.first, data });
      b.cursor.next = b.first + b.count;
    });
  }
  const out = new Map<string, BlockValues>();
  for (const c of cursors) {
    const values: unknown[][] = [];
    const valueTypes: string[][] = [];
    // Not push(...rows): a block of 100 000 rows would overflow the stack.
    for (const { data } of c.blocks) {
      for (const row of data.values) values.push(row);
      for (const row of data.valueTypes) valueTypes.push(row);
    }
    out.set(c.sheet, { values, valueTypes });
  }
  return out;
}
