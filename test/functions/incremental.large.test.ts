/**
 * What an edit costs in a 100 000-line convention (bench/generate.ts: 100 000 EJ lines and
 * 100 000 payments over 20 UO): one cell typed reads that cell, in one sync, where the first
 * read takes every cell in two. Rows inserted read that sheet again, and only it. Each case
 * prints its counts (README, section "Excel functions").
 */
/** Rows the ledgers' readings read, as against lines taken from the last reading. */
const mockRowsRead = { n: 0 };
jest.mock("../../src/domain/read/ledger-memo", () => {
  const actual = jest.requireActual("../../src/domain/read/ledger-memo");
  return {
    ...actual,
    readLines: (reader: unknown, readRow: (...a: unknown[]) => unknown, reuse: unknown) =>
      actual.readLines(
        reader,
        (...a: unknown[]) => {
          mockRowsRead.n++;
          return readRow(...a);
        },
        reuse
      ),
  };
});

import { generate } from "../../bench/generate";
import { DEBOUNCE_MS } from "../../src/functions/store";
import {
  Functions,
  installOfficeGlobals,
  invoke,
  loadFunctions,
  MockWorkbook,
  removeOfficeGlobals,
  settle,
  useClock,
} from "./helpers";

const data = generate({ uos: 20, ejLines: 100_000, payments: 100_000 });
const cellsOf = (wb: MockWorkbook) =>
  wb.sheets.reduce((n, s) => n + s.values.length * (s.values[0]?.length ?? 0), 0);

let wb: MockWorkbook;
let fns: Functions;
beforeEach(() => {
  useClock();
  wb = MockWorkbook.fromRawSheets(data.sheets);
  installOfficeGlobals(wb);
  fns = loadFunctions();
});
afterEach(() => {
  jest.useRealTimers();
  removeOfficeGlobals();
});

/** The syncs and cells read by what `edit` triggers. */
async function cost(edit: () => Promise<void>): Promise<{ syncs: number; cells: number }> {
  const syncs = wb.syncs;
  const read = wb.cellsPerSync.length;
  await edit();
  jest.advanceTimersByTime(DEBOUNCE_MS);
  await settle();
  return { syncs: wb.syncs - syncs, cells: wb.cellsPerSync.slice(read).reduce((a, b) => a + b, 0) };
}

/** What a fresh runtime reads on the same workbook now; its cell then leaves (it reads no more). */
async function fresh(name: string, ...args: unknown[]): Promise<unknown> {
  const cell = invoke(loadFunctions(), name, ...args);
  await settle();
  cell.cancel();
  return cell.value;
}

test("one cell typed: ≤ 2 syncs, ≤ 1 % of the cells, the whole read's figures", async () => {
  const paid = invoke(fns, "paidCp", null, null);
  const summary = invoke(fns, "summary");
  await settle();
  const total = cellsOf(wb);
  const first = { syncs: wb.syncs, cells: wb.cellsPerSync.reduce((a, b) => a + b, 0) };
  expect(BigInt(Math.round((paid.value as number) * 100))).toBe(data.expected.paidCents);

  // a payment of row 50 001 goes from its amount to 1 234,56 €
  mockRowsRead.n = 0;
  const edit = await cost(() => wb.setCell("Paiements", 50_001, 3, 1234.56));
  // its line alone is read again: the 199 999 others are taken from the last reading
  const linesRead = mockRowsRead.n;
  expect(linesRead).toBe(1);
  expect(edit.syncs).toBeLessThanOrEqual(2);
  expect(edit.cells).toBeLessThanOrEqual(total / 100);
  expect(paid.value).not.toBe(Number(data.expected.paidCents) / 100);
  expect([paid.value, summary.value]).toEqual([
    await fresh("paidCp", null, null),
    await fresh("summary"),
  ]);
  console.log(
    `CONV on ${total} cells (200 000 lines): first read ${first.syncs} syncs, ${first.cells} cells; one cell typed ${edit.syncs} sync(s), ${edit.cells} cell(s) read (${((100 * edit.cells) / total).toFixed(4)} %), ${linesRead} ledger line(s) read again`
  );
});

test("a line typed under the last one, a paste of 100 lines: only those cells", async () => {
  const engaged = invoke(fns, "engagedAe", null, null);
  await settle();
  const total = cellsOf(wb);
  const below = 100_000 + 2;
  const line = await cost(async () => {
    const row = [
      "2199999999",
      43900,
      "0113-BENC-U000",
      "0113-07-16",
      "011301MB0601",
      "DININCUB75",
      "F",
      "Devops",
      1000,
    ];
    for (let c = 0; c < row.length; c++) await wb.setCell("Engagements", below, c, row[c]);
  });
  expect(line.syncs).toBeLessThanOrEqual(2);
  expect(line.cells).toBe(9);
  expect(engaged.value).toBe(await fresh("engagedAe", null, null));
  const paste = await cost(async () => {
    for (let r = 0; r < 100; r++) await wb.setCell("Engagements", 1000 + r, 8, 500 + r);
  });
  expect(paste.syncs).toBe(1); // 100 rectangles past 64: their bounding box, 100 cells
  expect(paste.cells).toBe(100);
  expect(paste.cells).toBeLessThanOrEqual(total / 100);
  expect(engaged.value).toBe(await fresh("engagedAe", null, null));
  console.log(
    `CONV: a line typed below the last (9 cells) ${line.syncs} sync(s), ${line.cells} cells read; 100 amounts edited in a burst ${paste.syncs} sync(s), ${paste.cells} cells read`
  );
});

test("rows inserted: that sheet is read again whole, the others not", async () => {
  const paid = invoke(fns, "paidCp", null, null);
  await settle();
  const insert = await cost(() => wb.shiftRows("Paiements", 10, 1));
  const paiements = wb.sheet("Paiements");
  const sheetCells = paiements.values.length * paiements.values[0].length;
  expect(insert.syncs).toBeLessThanOrEqual(2);
  expect(insert.cells).toBe(sheetCells);
  expect(paid.value).toBe(await fresh("paidCp", null, null));
  console.log(
    `CONV: a row inserted in Paiements ${insert.syncs} syncs, ${insert.cells} cells read (that sheet)`
  );
});
