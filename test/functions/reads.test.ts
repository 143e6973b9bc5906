/**
 * One read per change, not one per cell: 1 000 CONV cells cost one read of the convention sheets
 * (one Excel.run, two context.sync) and one reconciliation; an edit costs exactly one more.
 */
jest.mock("../../src/domain/analyse", () => {
  const actual = jest.requireActual("../../src/domain/analyse");
  return { ...actual, analyse: jest.fn(actual.analyse) };
});

import { DEBOUNCE_MS } from "../../src/functions/store";
import {
  Cell,
  exampleSheets,
  Functions,
  installOfficeGlobals,
  invoke,
  MockWorkbook,
  removeOfficeGlobals,
  settle,
  useClock,
  AMOUNT_FUNCTIONS as AMOUNTS,
} from "./helpers";

let wb: MockWorkbook;
let fns: Functions;
let analyses: () => number;
beforeEach(() => {
  useClock();
  wb = MockWorkbook.fromRawSheets(exampleSheets("camino-2020.xlsx"));
  installOfficeGlobals(wb);
  jest.isolateModules(() => {
    fns = require("../../src/functions/functions");
    const mocked = require("../../src/domain/analyse").analyse as jest.Mock;
    mocked.mockClear();
    analyses = () => mocked.mock.calls.length;
  });
});
afterEach(() => {
  jest.useRealTimers();
  removeOfficeGlobals();
});

const FILTERS: [unknown, unknown][] = [
  [null, null],
  ["0113-PEBC-ELAB", null],
  ["0181-CPRI-ELAB", 2020],
  [null, 2020],
  ["bg00/0113-pebc-elab", "2020"],
];

/** 1 000 cells: 45 distinct amount calls repeated, SUMMARY, ISSUES and CHECK_IMPUTATION among them. */
function thousandCells(): Cell[] {
  const cells: Cell[] = [];
  for (let i = 0; cells.length < 1000; i++) {
    if (i % 50 === 0) cells.push(invoke(fns, "summary"));
    else if (i % 50 === 1) cells.push(invoke(fns, "issues"));
    else if (i % 50 === 2)
      cells.push(
        invoke(fns, "checkImputation", "0113-07-16", "0113-PEBC-ELAB", "011301MB0602", "DININCUB75")
      );
    else
      cells.push(
        invoke(
          fns,
          AMOUNTS[i % AMOUNTS.length],
          ...FILTERS[Math.floor(i / AMOUNTS.length) % FILTERS.length]
        )
      );
  }
  return cells;
}

test("1 000 cells: one Excel.run, two syncs, one reconciliation; every cell answered once", async () => {
  const cells = thousandCells();
  await settle();
  expect({ runs: wb.runs, syncs: wb.syncs, analyses: analyses() }).toEqual({
    runs: 1,
    syncs: 2,
    analyses: 1,
  });
  for (const cell of cells) expect(cell.results).toHaveLength(1);
  // the change events rode on the first sync
  expect(
    ["onChanged", "onAdded", "onDeleted"].map((e) => wb.handlerCount(e as "onChanged"))
  ).toEqual([1, 1, 1]);
});

test("an edit: exactly one more read and one more reconciliation; cells whose figure changed get it once", async () => {
  const cells = thousandCells();
  await settle();
  const before = cells.map((c) => c.value);
  await wb.setCell("Paiements", 2, 3, 22000);
  jest.advanceTimersByTime(DEBOUNCE_MS);
  await settle();
  // the edit is read alone: one sync (names, the sheet's used range, the edited cell)
  expect({ runs: wb.runs, syncs: wb.syncs, analyses: analyses() }).toEqual({
    runs: 2,
    syncs: 3,
    analyses: 2,
  });
  expect(wb.cellsPerSync[2]).toBe(1);
  const changed = cells.filter((c, i) => c.value !== before[i]);
  expect(changed.length).toBeGreaterThan(100);
  for (const cell of changed) expect(cell.results).toHaveLength(2);
  for (const cell of cells.filter((c) => !changed.includes(c)))
    expect(cell.results).toHaveLength(1);
  expect(wb.handlerCount("onChanged")).toBe(1); // events are registered once
});

test("a burst of 20 edits (a paste, a macro): one read", async () => {
  thousandCells();
  await settle();
  for (let i = 0; i < 20; i++) {
    await wb.setCell("Engagements", 2 + i, 8, 1000 + i);
    jest.advanceTimersByTime(DEBOUNCE_MS / 3);
  }
  jest.advanceTimersByTime(DEBOUNCE_MS);
  await settle();
  expect({ runs: wb.runs, analyses: analyses() }).toEqual({ runs: 2, analyses: 2 });
});

test("an edit while a read is under way: that read is shared, then exactly one more", async () => {
  const cell = invoke(fns, "paidCp", null, null);
  jest.advanceTimersByTime(0);
  await wb.setCell("Paiements", 2, 3, 22000); // before the first read's syncs have run
  for (let i = 0; i < 200; i++) invoke(fns, "paidCp", null, null);
  await settle();
  jest.advanceTimersByTime(DEBOUNCE_MS);
  await settle();
  jest.advanceTimersByTime(10 * DEBOUNCE_MS);
  await settle();
  expect({ runs: wb.runs, analyses: analyses() }).toEqual({ runs: 2, analyses: 2 });
  expect(cell.value).toBe(223500);
});
