/**
 * Reading only what changed gives what a whole read gives: after random sequences of edits
 * (cells of the ledgers, ceilings and imputations, rows inserted and deleted, sheets renamed,
 * added and deleted, some within one debounce, some not), every CONV cell of the live workbook
 * answers what a fresh runtime answers after one whole read of the same workbook, to the cent.
 */
jest.mock("../../src/workbook/office/patch-sheet", () => {
  const actual = jest.requireActual("../../src/workbook/office/patch-sheet");
  return { ...actual, patchSheet: jest.fn(actual.patchSheet) };
});

import fc from "fast-check";
import type { CellValue } from "../../src/grid";
import { patchSheet } from "../../src/workbook/office/patch-sheet";
import { DEBOUNCE_MS } from "../../src/functions/store";
import {
  Cell,
  exampleSheets,
  Functions,
  installOfficeGlobals,
  invoke,
  loadFunctions,
  MockWorkbook,
  removeOfficeGlobals,
  settle,
  useClock,
  AMOUNT_FUNCTIONS as AMOUNTS,
} from "./helpers";

const globals = globalThis as Record<string, unknown>;
const CAMINO = exampleSheets("camino-2020.xlsx");

beforeEach(() => {
  useClock();
  // ExcelApi 1.17: renames are events too (without it a rename is seen only at the next edit)
  globals.Office = { context: { requirements: { isSetSupported: () => true } } };
});
afterEach(() => {
  jest.useRealTimers();
  removeOfficeGlobals();
  delete globals.Office;
});

const FILTERS: unknown[][] = [
  [null, null],
  ["0113-PEBC-ELAB", null],
  ["0181-CPRI-ELAB", 2020],
  [null, 2021],
];

/** Every CONV function, the amounts under several filters. */
function everyFunction(fns: Functions): Cell[] {
  const cells = AMOUNTS.flatMap((f) => FILTERS.map((args) => invoke(fns, f, ...args)));
  cells.push(invoke(fns, "summary"), invoke(fns, "issues"));
  cells.push(
    invoke(fns, "checkImputation", "0113-07-16", "0113-PEBC-ELAB", "011301MB0602", "DININCUB75")
  );
  cells.push(
    invoke(fns, "checkImputation", "0181-11-03", "0181-CPRI-ELAB", "018111AM0303", "DININCUB75")
  );
  return cells;
}

type Op =
  | { kind: "set"; sheet: number; row: number; col: number; value: CellValue }
  | { kind: "rows"; sheet: number; row: number; count: number }
  | { kind: "rename"; sheet: number; to: string }
  | { kind: "add"; name: string }
  | { kind: "delete"; sheet: number };

const value = fc.oneof(
  fc.constantFrom<CellValue>(
    null,
    "",
    "abc",
    "1 234,56 €",
    "0113-PEBC-ELAB",
    "2103104101",
    "100041012",
    43966,
    { error: "#N/A" }
  ),
  fc.integer({ min: -500_000, max: 20_000_000 }).map((c) => c / 100)
);
const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record({
      kind: fc.constant("set" as const),
      sheet: fc.nat(),
      row: fc.nat(),
      col: fc.nat(),
      value,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant("rows" as const),
      sheet: fc.nat(),
      row: fc.nat(),
      count: fc.constantFrom(-2, -1, 1, 2),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("rename" as const),
      sheet: fc.nat(),
      to: fc.constantFrom("Paiements", "Paiements 2020", "Notes", "Rapport", "Plafonds"),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("add" as const),
      name: fc.constantFrom("Notes", "Rapport", "Paiements"),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("delete" as const), sheet: fc.nat() }) }
);
/** Mostly the convention's own sheets, so that edits reach the figures. */
const LEDGERS = ["Engagements", "Paiements", "Plafonds", "Imputations"];

function target(wb: MockWorkbook, n: number) {
  const byName = LEDGERS.map((l) => wb.sheets.find((s) => s.name === l)).filter(
    (s) => s !== undefined
  );
  const pool = n % 3 === 0 || byName.length === 0 ? wb.sheets : byName;
  return pool[n % pool.length];
}

async function apply(wb: MockWorkbook, o: Op): Promise<void> {
  if (o.kind === "add") {
    if (!wb.sheets.some((s) => s.name === o.name))
      await wb.addSheet({
        name: o.name,
        values: [["Note", 1200]],
        origin: { row: 0, col: 0 },
        tables: [],
      });
    return;
  }
  const s = target(wb, o.sheet);
  if (!s) return;
  const rows = s.values.length;
  if (o.kind === "set")
    await wb.setCell(
      s.name,
      1 + (o.row % (rows + 3)),
      o.col % ((s.values[0]?.length ?? 0) + 2),
      o.value
    );
  else if (o.kind === "rows") await wb.shiftRows(s.name, 2 + (o.row % Math.max(1, rows)), o.count);
  else if (o.kind === "rename") {
    if (!wb.sheets.some((x) => x.name === o.to)) await wb.renameSheet(s.name, o.to);
  } else if (wb.sheets.length > 1) await wb.deleteSheet(s.name);
}

const answers = (cells: readonly Cell[]) => cells.map((c) => c.value);

test("incremental = whole read: random edit sequences, every CONV answer", async () => {
  const patched = patchSheet as jest.Mock;
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.tuple(op, fc.boolean()), { minLength: 1, maxLength: 12 }),
      async (ops) => {
        const wb = MockWorkbook.fromRawSheets(CAMINO);
        installOfficeGlobals(wb);
        const live = everyFunction(loadFunctions());
        await settle();
        for (const [o, wait] of ops) {
          await apply(wb, o);
          if (wait) {
            jest.advanceTimersByTime(DEBOUNCE_MS);
            await settle();
          }
        }
        jest.advanceTimersByTime(DEBOUNCE_MS);
        await settle();
        const fresh = everyFunction(loadFunctions());
        await settle();
        expect(answers(live)).toEqual(answers(fresh));
      }
    ),
    { numRuns: 40, seed: 14 }
  );
  // the property held on patched reads, not only on whole ones
  expect(patched.mock.results.filter((r) => r.value !== null).length).toBeGreaterThan(30);
});

test("formula cells recalculated by an edit elsewhere are read again (they fire no event)", async () => {
  const wb = MockWorkbook.fromRawSheets(CAMINO);
  installOfficeGlobals(wb);
  const fns = loadFunctions();
  const paid = invoke(fns, "paidCp", null, null);
  const ceiling = invoke(fns, "ceilingAe", null, null);
  await settle();
  // Paiements!D3 = D2 / 2 and Plafonds!F2 = Paiements!D2 * 10, as Excel would recalculate them
  wb.sheet("Paiements").formulaCells = [{ row: 2, col: 3 }];
  wb.sheet("Plafonds").formulaCells = [{ row: 1, col: 5 }];
  wb.sheet("Paiements").values[2][3] = 11000;
  wb.sheet("Plafonds").values[1][5] = 220000;
  const syncs = wb.syncs;
  const read = wb.cellsPerSync.length;
  await wb.setCell("Paiements", 2, 3, 22000);
  jest.advanceTimersByTime(DEBOUNCE_MS);
  await settle();
  // one sync for the edit and the formula areas, one for the two formula cells' values
  expect(wb.syncs - syncs).toBe(2);
  expect(wb.cellsPerSync.slice(read)).toEqual([1, 2]);
  const fresh = loadFunctions();
  const again = [invoke(fresh, "paidCp", null, null), invoke(fresh, "ceilingAe", null, null)];
  await settle();
  expect([paid.value, ceiling.value]).toEqual(again.map((c) => c.value));
  expect(ceiling.results).toHaveLength(2);
});

test("an Excel refusing the reads of what changed: whole reads, the right figures, tried 3 times only", async () => {
  const wb = MockWorkbook.fromRawSheets(CAMINO);
  installOfficeGlobals(wb);
  const paid = invoke(loadFunctions(), "paidCp", null, null);
  await settle();
  wb.refused.add("getRangeByIndexes");
  for (let i = 0; i < 5; i++) {
    await wb.setCell("Paiements", 2, 3, 20000 + i);
    jest.advanceTimersByTime(DEBOUNCE_MS);
    await settle();
  }
  // Camino as of 31/12/2020 (the rules of time): 213 500 € paid, then each edit on top.
  expect(paid.results).toEqual([213500, 221500, 221501, 221502, 221503, 221504]);
  // refused while queueing, before any sync: each update is one whole read, 2 syncs
  expect([wb.refusals, wb.runs, wb.syncs]).toEqual([3, 6, 2 + 5 * 2]);
});

test("a sheet deleted: the update reads no cell (the sheet list says it), the figures as a whole read's", async () => {
  const wb = MockWorkbook.fromRawSheets(CAMINO);
  installOfficeGlobals(wb);
  const summary = invoke(loadFunctions(), "summary");
  await settle();
  const read = wb.cellsPerSync.length;
  await wb.deleteSheet("Prévisions");
  jest.advanceTimersByTime(DEBOUNCE_MS);
  await settle();
  expect(wb.cellsPerSync.slice(read)).toEqual([0]);
  const fresh = invoke(loadFunctions(), "summary");
  await settle();
  expect(summary.value).toEqual(fresh.value);
});
