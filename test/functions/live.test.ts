/**
 * Live: when a controller edits a payment, a ceiling or an imputation, every CONV cell shows the
 * new figure, with no recalculation asked (the change event feeds the streams).
 */
import { DEBOUNCE_MS } from "../../src/functions/store";
import {
  exampleSheets,
  ExcelError,
  Functions,
  installOfficeGlobals,
  invoke,
  loadFunctions,
  MockWorkbook,
  removeOfficeGlobals,
  settle,
  useClock,
} from "./helpers";

let wb: MockWorkbook;
let fns: Functions;
beforeEach(() => {
  useClock();
  wb = MockWorkbook.fromRawSheets(exampleSheets("camino-2020.xlsx"));
  installOfficeGlobals(wb);
  fns = loadFunctions();
});
afterEach(() => {
  jest.useRealTimers();
  removeOfficeGlobals();
});

/** Waits for the debounce of the change events and the read that follows. */
async function afterEdit(): Promise<void> {
  jest.advanceTimersByTime(DEBOUNCE_MS);
  await settle();
}

const COL = { D: 3, F: 5 };

test("a payment edited: paid and remaining CP, rates and SUMMARY follow; other cells are left alone", async () => {
  const paid = invoke(fns, "paidCp", "0113-PEBC-ELAB", 2020);
  const remaining = invoke(fns, "remainingCp", null, null);
  const rate = invoke(fns, "rateCp", null, null);
  const ceiling = invoke(fns, "ceilingCp", null, null);
  const summary = invoke(fns, "summary");
  await settle();
  // Issue 11: the duplicated DP counts once, the 2021 payment is later than the reporting date,
  // and available CP are less the ONF's 80 000 still awaited.
  expect([paid.value, remaining.value, ceiling.value]).toEqual([134500, 26500, 320000]);

  await wb.setCell("Paiements", 2, COL.D, 22000); // DP 100041012: 12 000 → 22 000
  await settle();
  expect(paid.results).toHaveLength(1); // still within the debounce
  await afterEdit();
  expect([paid.value, remaining.value, rate.value]).toEqual([144500, 16500, 223500 / 320000]);
  expect((summary.value as unknown[][])[1].slice(0, 7)).toEqual([
    "0113-PEBC-ELAB",
    2020,
    220000,
    220000,
    80000,
    180000,
    144500,
  ]);
  expect([paid.results.length, remaining.results.length, summary.results.length]).toEqual([
    2, 2, 2,
  ]);
  expect(ceiling.results).toEqual([320000]); // unchanged: not pushed again
});

test("a ceiling edited: ceiling, remaining AE and rate of that UO follow", async () => {
  const ceiling = invoke(fns, "ceilingAe", "0181-CPRI-ELAB", null);
  const remaining = invoke(fns, "remainingAe", "0181-CPRI-ELAB", 2020);
  const rate = invoke(fns, "rateAe", "0181-CPRI-ELAB", 2020);
  await settle();
  expect([ceiling.value, remaining.value, rate.value]).toEqual([100000, 5000, 0.95]);
  await wb.setCell("Plafonds", 4, COL.F, "150 000,00 €");
  await afterEdit();
  expect([ceiling.value, remaining.value, rate.value]).toEqual([150000, 55000, 95000 / 150000]);
});

test("an imputation edited: CHECK_IMPUTATION follows the convention's Imputations", async () => {
  const planted = invoke(
    fns,
    "checkImputation",
    "0113-07-16",
    "0113-PEBC-ELAB",
    "011301MB0602",
    "DININCUB75"
  );
  const usual = invoke(
    fns,
    "checkImputation",
    "0113-07-16",
    "0113-PEBC-ELAB",
    "011301MB0601",
    "DININCUB75"
  );
  await settle();
  expect(usual.value).toBe("OK");
  expect(planted.value).toMatch(/^L'activité 011301MB0602 n'est pas autorisée par la convention/);
  await wb.setCell("Imputations", 2, 2, "011301MB0602");
  await afterEdit();
  expect(planted.value).toBe("OK");
  expect(usual.value).toMatch(/^L'activité 011301MB0601 n'est pas autorisée par la convention/);
});

test("edits on the Rapport sheet (Plafond's output, never an input) read nothing", async () => {
  const cell = invoke(fns, "paidCp", null, null);
  await settle();
  await wb.addSheet({
    name: "Rapport",
    values: [["Rapport d'exécution"]],
    origin: { row: 0, col: 0 },
    tables: [],
  });
  await afterEdit();
  expect(wb.runs).toBe(2); // a new sheet may hold convention data: read once
  for (let i = 0; i < 5; i++) await wb.setCell("Rapport", 2 + i, 0, i);
  await afterEdit();
  expect(wb.runs).toBe(2);
  // Issue 11: the duplicated DP counts once and the 2021 payment is later than the reporting date.
  expect(cell.results).toEqual([213500]);
});

test("edits on any sheet that was read (a Chorus extract may be pasted anywhere) read again", async () => {
  invoke(fns, "paidCp", null, null);
  await settle();
  await wb.addSheet({
    name: "Notes",
    values: [["à faire"]],
    origin: { row: 0, col: 0 },
    tables: [],
  });
  await afterEdit();
  await wb.setCell("Notes", 2, 0, "relancer le délégant");
  await afterEdit();
  expect(wb.runs).toBe(3);
});

test("Plafonds deleted then added back: #N/A, then the figures again", async () => {
  const cell = invoke(fns, "ceilingAe", null, null);
  await settle();
  const plafonds = exampleSheets("camino-2020.xlsx").find((s) => s.name === "Plafonds")!;
  await wb.deleteSheet("Plafonds");
  await afterEdit();
  expect(cell.value).toEqual(
    new ExcelError(
      "#N/A",
      "Feuille « Plafonds » absente : ce classeur ne contient pas de convention Plafond."
    )
  );
  await wb.addSheet(plafonds);
  await afterEdit();
  expect(cell.results.slice(1)).toEqual([expect.any(ExcelError), 320000]);
});

test("a canceled cell gets nothing more; with no cell left, edits read nothing; a new cell reads afresh", async () => {
  const a = invoke(fns, "paidCp", null, null);
  const b = invoke(fns, "paidCp", null, null);
  await settle();
  a.cancel();
  await wb.setCell("Paiements", 2, COL.D, 22000);
  await afterEdit();
  // Issue 11: the duplicated DP counts once and the 2021 payment is later than the reporting date.
  expect([a.results, b.results]).toEqual([[213500], [213500, 223500]]);

  b.cancel();
  await wb.setCell("Paiements", 2, COL.D, 32000);
  await afterEdit();
  expect(wb.runs).toBe(2);

  const c = invoke(fns, "paidCp", null, null);
  await settle();
  expect([wb.runs, c.results]).toEqual([3, [233500]]);
});
