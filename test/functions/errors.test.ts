/**
 * Bad arguments give #VALUE! with a French message, a workbook without a convention #N/A naming
 * what is missing; nothing throws and nothing is written to the workbook.
 */
import { StreamHub } from "../../src/functions/hub";
import type { RawSheet } from "../../src/grid";
import { READ_ONLY_CALLS } from "../workbook/office/excelMock";
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
  AMOUNT_FUNCTIONS,
} from "./helpers";

const CF_FORMAT = "programme-BOP-UO (ex. 0113-PEBC-ELAB)";

let wb: MockWorkbook;
let fns: Functions;
function open(sheets: RawSheet[]): void {
  wb = MockWorkbook.fromRawSheets(sheets);
  installOfficeGlobals(wb);
  fns = loadFunctions();
}
beforeEach(() => useClock());
afterEach(() => {
  jest.useRealTimers();
  removeOfficeGlobals();
});

describe("bad arguments: #VALUE! at once, without reading the workbook", () => {
  beforeEach(() => open(exampleSheets("camino-2020.xlsx")));

  test.each([
    [
      ["0113-PEBC", null],
      `Le centre financier « 0113-PEBC » ne respecte pas le format ${CF_FORMAT}.`,
    ],
    [
      ["BG00/0113-PEBC-ELAB-X", 2020],
      `Le centre financier « 0113-PEBC-ELAB-X » ne respecte pas le format ${CF_FORMAT}.`,
    ],
    [
      [113, null],
      "Le centre financier doit être un texte de la forme programme-BOP-UO (ex. 0113-PEBC-ELAB).",
    ],
    [
      [null, 2020.5],
      "Exercice « 2020.5 » invalide : indiquez une année sur quatre chiffres (ex. 2020).",
    ],
    [[null, 99], "Exercice « 99 » invalide : indiquez une année sur quatre chiffres (ex. 2020)."],
    [
      [null, "deux mille"],
      "Exercice « deux mille » invalide : indiquez une année sur quatre chiffres (ex. 2020).",
    ],
    [
      [null, true],
      "Exercice « VRAI » invalide : indiquez une année sur quatre chiffres (ex. 2020).",
    ],
    [
      [[["0113-PEBC-ELAB"]], null],
      "Le centre financier doit être un texte de la forme programme-BOP-UO (ex. 0113-PEBC-ELAB).",
    ],
  ])("%j", async (args, message) => {
    const cells = AMOUNT_FUNCTIONS.map((name) => invoke(fns, name, ...args));
    for (const cell of cells) expect(cell.results).toEqual([new ExcelError("#VALUE!", message)]);
    await settle();
    expect(wb.runs).toBe(0);
  });

  test("CHECK_IMPUTATION takes text (or a number typed without quotes), not a boolean", async () => {
    const cells = [
      invoke(fns, "checkImputation", true, "0113-PEBC-ELAB", "011301MB0601", "DININCUB75"),
      invoke(fns, "checkImputation", "0113-07-16", "0113-PEBC-ELAB", 11301, "DININCUB75"),
    ];
    await settle();
    expect(cells[0].results).toEqual([
      new ExcelError("#VALUE!", "Domaine fonctionnel : un texte est attendu."),
    ]);
    expect(cells[1].value).toMatch(/^L'activité « 11301 » ne respecte pas le format/);
  });

  test("blank filters (empty text, an empty cell's 0) mean the whole convention", async () => {
    const cells = [
      invoke(fns, "ceilingAe", "  ", 0),
      invoke(fns, "ceilingAe", null, null),
      invoke(fns, "ceilingAe", undefined, ""),
    ];
    await settle();
    expect(cells.map((c) => c.value)).toEqual([320000, 320000, 320000]);
  });
});

describe("no convention: #N/A saying what is missing", () => {
  const withoutPlafonds = () =>
    exampleSheets("camino-2020.xlsx").filter((s) => s.name !== "Plafonds");

  test("every figure, SUMMARY and ISSUES name the missing sheet", async () => {
    open(withoutPlafonds());
    const cells = [...AMOUNT_FUNCTIONS, "summary", "issues"].map((name) =>
      name === "summary" || name === "issues" ? invoke(fns, name) : invoke(fns, name, null, null)
    );
    await settle();
    const na = new ExcelError(
      "#N/A",
      "La feuille « Plafonds » est absente : ce classeur n'est pas un classeur de convention Plafond (voir l'exemple examples/camino-2020.xlsx)."
    );
    for (const cell of cells) expect(cell.results).toEqual([na]);
  });

  test("an empty workbook names the three required sheets", async () => {
    open([{ name: "Feuil1", values: [], origin: { row: 0, col: 0 }, tables: [] }]);
    const cell = invoke(fns, "remainingCp", null, null);
    await settle();
    expect(cell.value).toEqual(
      new ExcelError(
        "#N/A",
        "Les feuilles « Convention », « Plafonds » et « Imputations » sont absentes : ce classeur n'est pas un classeur de convention Plafond (voir l'exemple examples/camino-2020.xlsx)."
      )
    );
  });

  test("a required column missing: #N/A with the reader's message", async () => {
    const sheets = exampleSheets("camino-2020.xlsx").map((s) =>
      s.name === "Plafonds" ? { ...s, values: s.values.map((r) => r.slice(0, 6)) } : s
    );
    open(sheets);
    const cell = invoke(fns, "ceilingCp", null, null);
    await settle();
    const error = cell.value as ExcelError;
    expect(error.code).toBe("#N/A");
    // One rule for every entry: the reader's own sentence about the missing column.
    expect(error.message).toBe(
      "La colonne « CP » est absente de la feuille « Plafonds » : ajoutez-la à la ligne d'en-tête."
    );
  });

  test("Excel refusing the read: #N/A, then reads again after 2 s, 4 s, … until it can", async () => {
    open(exampleSheets("camino-2020.xlsx"));
    wb.failure = new Error("RichApi.Error: le classeur est occupé");
    const cell = invoke(fns, "paidCp", null, null);
    await settle();
    expect(cell.results).toEqual([
      new ExcelError(
        "#N/A",
        "Lecture du classeur impossible : RichApi.Error: le classeur est occupé"
      ),
    ]);
    expect(wb.handlerCount("onChanged")).toBe(0); // no event registered: only the retry can help
    jest.advanceTimersByTime(2000);
    await settle();
    expect([wb.runs, cell.results.length]).toEqual([2, 1]); // same failure, same answer: not pushed again
    wb.failure = null;
    jest.advanceTimersByTime(3999);
    await settle();
    expect(wb.runs).toBe(2);
    jest.advanceTimersByTime(1);
    await settle();
    expect([wb.runs, cell.value, wb.handlerCount("onChanged")]).toEqual([3, 213500, 1]);
    jest.advanceTimersByTime(60000);
    await settle();
    expect(wb.runs).toBe(3); // no more retries once a read succeeded
  });

  test("CHECK_IMPUTATION still checks formats and programme (no Imputations to check against)", async () => {
    open(withoutPlafonds().filter((s) => s.name !== "Imputations"));
    const cells = [
      invoke(fns, "checkImputation", "0113-07-16", "0113-PEBC-ELAB", "011301MB0602", "DININCUB75"),
      invoke(fns, "checkImputation", "0113-07", "0113-PEBC-ELAB", "011301MB0601", "DININCUB7"),
    ];
    await settle();
    expect(cells[0].value).toBe("OK");
    expect(cells[1].value).toBe(
      "Le centre de coûts « DININCUB7 » ne respecte pas le format 10 lettres majuscules ou chiffres (ex. DININCUB75)."
    );
  });
});

test("the functions only read: every Office.js call made is a read", async () => {
  open(exampleSheets("camino-2020.xlsx"));
  for (const name of AMOUNT_FUNCTIONS) invoke(fns, name, "0113-PEBC-ELAB", 2020);
  invoke(fns, "summary");
  invoke(fns, "issues");
  await settle();
  await wb.setCell("Paiements", 2, 3, 1);
  jest.advanceTimersByTime(1000);
  await settle();
  expect(wb.runs).toBe(2);
  expect([...wb.calls].sort()).toEqual(
    expect.arrayContaining(["getUsedRangeOrNullObject", "load", "sync"])
  );
  expect([...wb.calls].filter((c) => !READ_ONLY_CALLS.includes(c))).toEqual([]);
});

test("a computation that fails answers #N/A to its cells, never an exception", () => {
  installOfficeGlobals(new MockWorkbook());
  const source = {
    latest: () => ({ kind: "unavailable" as const, message: "" }),
    subscribe: () => () => undefined,
  };
  const hub = new StreamHub(source);
  const results: unknown[] = [];
  const call = { key: "X", compute: () => { throw new Error("boum"); } }; // prettier-ignore
  expect(() => hub.open(call, { setResult: (v) => results.push(v) })).not.toThrow();
  expect(results).toEqual([new ExcelError("#N/A", "Erreur interne de Plafond : boum")]);
});
