/**
 * Every CONV function on the example workbooks gives the command line's figures, to the cent,
 * whole convention or filtered by centre financier and year.
 */
import Decimal from "decimal.js";
import { formatRate } from "../../src/domain/money";
import type { Summary } from "../../src/domain/summary";
import {
  Cell,
  cliSummary,
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

const AMOUNTS = {
  ceilingAe: "ceilingAE",
  ceilingCp: "ceilingCP",
  engagedAe: "engagedAE",
  paidCp: "paidCP",
  remainingAe: "availableAE",
  remainingCp: "availableCP",
  outstanding: "outstanding",
} as const;
const RATES = { rateAe: ["engagedAE", "ceilingAE"], rateCp: ["paidCP", "ceilingCP"] } as const;

type Line = Summary["lines"][number];
type Amounts = Record<(typeof AMOUNTS)[keyof typeof AMOUNTS] | "ceilingAE" | "ceilingCP", string>;

/** Sum of the command line's amount strings, exactly (decimal). */
function sumOf(lines: readonly Line[], field: keyof Amounts): Decimal {
  return lines.reduce((s, l) => s.plus(l[field]), new Decimal(0));
}

function expectedRate(part: Decimal, whole: Decimal): number | ExcelError {
  return whole.isZero() ? new ExcelError("#DIV/0!") : part.dividedBy(whole).toNumber();
}

afterEach(() => {
  jest.useRealTimers();
  removeOfficeGlobals();
});

describe.each(["camino-2020.xlsx", "meae-disinfo-2020.xlsx"])("%s", (file) => {
  const cli = cliSummary(file);
  let fns: Functions;
  beforeEach(() => {
    useClock();
    installOfficeGlobals(MockWorkbook.fromRawSheets(exampleSheets(file)));
    fns = loadFunctions();
  });

  /** Filters as Excel passes them (null: omitted), with the command line's lines they select. */
  const filters: [string, [unknown, unknown], Line[]][] = [
    ["no filter", [null, null], cli.lines],
    ...[...new Set(cli.lines.map((l) => l.centreFinancier))].map(
      (cf): [string, [unknown, unknown], Line[]] => [
        cf,
        [cf, null],
        cli.lines.filter((l) => l.centreFinancier === cf),
      ]
    ),
    ...[...new Set(cli.lines.map((l) => l.year))].map((y): [string, [unknown, unknown], Line[]] => [
      String(y),
      [null, y],
      cli.lines.filter((l) => l.year === y),
    ]),
    ...cli.lines.map((l): [string, [unknown, unknown], Line[]] => [
      `${l.centreFinancier} ${l.year}`,
      [l.centreFinancier, l.year],
      [l],
    ]),
  ];

  test.each(filters)("amounts and rates, %s", async (_, args, lines) => {
    const cells = new Map<string, Cell>();
    for (const name of [...Object.keys(AMOUNTS), ...Object.keys(RATES)])
      cells.set(name, invoke(fns, name, ...args));
    await settle();
    for (const [name, field] of Object.entries(AMOUNTS)) {
      expect([name, cells.get(name)!.value]).toEqual([name, sumOf(lines, field).toNumber()]);
    }
    for (const [name, [part, whole]] of Object.entries(RATES)) {
      expect([name, cells.get(name)!.value]).toEqual([
        name,
        expectedRate(sumOf(lines, part), sumOf(lines, whole)),
      ]);
    }
  });

  test("no filter is the command line's total, amounts to the cent and rates to its 4 decimals", async () => {
    const cells = Object.fromEntries(
      [...Object.keys(AMOUNTS), ...Object.keys(RATES)].map((n) => [n, invoke(fns, n, null, null)])
    );
    await settle();
    for (const [name, field] of Object.entries(AMOUNTS))
      expect((cells[name].value as number).toFixed(2)).toBe(cli.total[field]);
    expect(formatRate(new Decimal(cells.rateAe.value as number))).toBe(cli.total.engagementRate);
    expect(formatRate(new Decimal(cells.rateCp.value as number))).toBe(cli.total.cpConsumptionRate);
  });

  test("SUMMARY spills the per-UO table with its header and total rows", async () => {
    const cell = invoke(fns, "summary");
    await settle();
    const figures = (f: Summary["total"]) => [
      ...(
        [
          "ceilingAE",
          "ceilingCP",
          "pendingReestablishment",
          "engagedAE",
          "paidCP",
          "availableAE",
          "availableCP",
          "outstanding",
        ] as const
      ).map((k) => Number(f[k])),
      ...(
        [
          ["engagedAE", "ceilingAE"],
          ["paidCP", "ceilingCP"],
        ] as const
      ).map(([p, w]) => (Number(f[w]) === 0 ? "" : new Decimal(f[p]).dividedBy(f[w]).toNumber())),
    ];
    expect(cell.value).toEqual([
      [
        "Centre financier",
        "Exercice",
        "Plafond AE",
        "Plafond CP",
        "dont à rétablir",
        "AE engagées",
        "CP payés",
        "AE disponibles",
        "CP disponibles",
        "Restes à payer",
        "Taux d'engagement",
        "Taux de consommation CP",
      ],
      ...cli.lines.map((l) => [l.centreFinancier, l.year, ...figures(l)]),
      ["Total", "", ...figures(cli.total)],
    ]);
  });

  test("ISSUES spills the command line's anomalies as of today, in its order", async () => {
    const cell = invoke(fns, "issues");
    await settle();
    const severity = { error: "Erreur", warning: "Avertissement" };
    expect(cell.value).toEqual([
      ["Gravité", "Code", "Feuille", "Ligne", "Message"],
      ...cli.issues.map((i) => [severity[i.severity], i.code, i.sheet, i.row ?? "", i.message]),
    ]);
    expect(cli.issues.some((i) => i.code === "UNDER_CONSUMPTION")).toBe(true);
  });

  test("an unknown centre financier has no credits: 0, and no rate", async () => {
    const remaining = invoke(fns, "remainingCp", "0999-XXXX-YYYY", null);
    const rate = invoke(fns, "rateAe", "0999-XXXX-YYYY", 2020);
    const otherYear = invoke(fns, "ceilingAe", null, 2031);
    await settle();
    expect([remaining.value, rate.value, otherYear.value]).toEqual([
      0,
      new ExcelError("#DIV/0!"),
      0,
    ]);
  });
});

describe("camino-2020.xlsx: filters written loosely, imputations checked against the convention", () => {
  const cli = cliSummary("camino-2020.xlsx");
  let fns: Functions;
  beforeEach(() => {
    useClock();
    installOfficeGlobals(MockWorkbook.fromRawSheets(exampleSheets("camino-2020.xlsx")));
    fns = loadFunctions();
  });

  test("centre financier trimmed, upper-cased, BG00/ stripped; year as text", async () => {
    const line = cli.lines.find((l) => l.centreFinancier === "0113-PEBC-ELAB" && l.year === 2020)!;
    const cells = [
      invoke(fns, "paidCp", " bg00/0113-pebc-elab ", "2020"),
      invoke(fns, "paidCp", "0113-PEBC-ELAB", 2020),
    ];
    await settle();
    expect(cells.map((c) => c.value)).toEqual([Number(line.paidCP), Number(line.paidCP)]);
  });

  test("ISSUES lists 5 000 anomalies at most, then says how many more", async () => {
    const extra = Array.from({ length: 5003 }, (_, i) => [
      String(200000000 + i),
      44000,
      "2103109999",
      10,
    ]);
    const sheets = exampleSheets("camino-2020.xlsx").map((s) =>
      s.name === "Paiements" ? { ...s, values: [...s.values, ...extra] } : s
    );
    installOfficeGlobals(MockWorkbook.fromRawSheets(sheets));
    fns = loadFunctions();
    const cell = invoke(fns, "issues");
    await settle();
    const rows = cell.value as unknown[][];
    expect(rows).toHaveLength(1 + 5000 + 1);
    expect(rows.filter((r) => r[1] === "EJ_UNKNOWN").length).toBeGreaterThan(4000);
    expect(rows[5001]).toEqual([
      "",
      "",
      "",
      "",
      `… et ${cli.issues.length + 5003 - 5000} autres anomalies (voir le volet Plafond ou le rapport).`,
    ]);
  });

  test("the late payment of 2021 counts from its date on: on a line without ceiling, its CP rate is #DIV/0!", async () => {
    const at = (asOf: unknown) => [
      invoke(fns, "paidCp", "0113-PEBC-ELAB", 2021, asOf),
      invoke(fns, "rateCp", "0113-PEBC-ELAB", 2021, asOf),
    ];
    const [today, todayRate] = at(null); // today is 31/12/2020: the DP of 15/01/2021 is later
    const [january, januaryRate] = at("2021-01-31");
    const [serial] = at(44227); // 31/01/2021 as an Excel date cell gives it
    const [french] = at("31/01/2021");
    const bad = invoke(fns, "paidCp", null, null, "demain");
    await settle();
    expect([today.value, todayRate.value]).toEqual([0, new ExcelError("#DIV/0!")]);
    expect([january.value, januaryRate.value, serial.value, french.value]).toEqual([
      8000,
      new ExcelError("#DIV/0!"),
      8000,
      8000,
    ]);
    expect(bad.value).toEqual(
      new ExcelError(
        "#VALUE!",
        "Date « demain » invalide : indiquez une date (ex. 30/06/2020) ou laissez vide pour aujourd'hui."
      )
    );
  });

  test("SUMMARY and ISSUES at a past date: nothing dated later counts", async () => {
    const june = invoke(fns, "summary", "2020-06-30");
    const december = invoke(fns, "summary", null);
    await settle();
    const paid = (t: unknown) => (t as unknown[][]).at(-1)![6];
    expect(paid(december.value)).toBe(213500);
    expect(paid(june.value)).toBeLessThan(213500);
  });

  test("CHECK_IMPUTATION: OK, or the report's message for the same imputation", async () => {
    const planted = cli.issues.find((i) => i.code === "IMPUTATION_NOT_AUTHORISED" && i.row === 12)!;
    const cells = [
      invoke(fns, "checkImputation", "0113-07-16", "0113-PEBC-ELAB", "011301MB0601", "DININCUB75"),
      invoke(fns, "checkImputation", " BG00/0113-07-16", "0113-PEBC-ELAB", "011301MB0601", "#"),
      invoke(fns, "checkImputation", "0113-07-16", "0113-PEBC-ELAB", "011301MB0602", "DININCUB75"),
      invoke(fns, "checkImputation", "0181-11-03", "0113-PEBC-ELAB", "011301MB0601", "DININCUB75"),
      invoke(fns, "checkImputation", "0113-07-16", "0113-pebc-elab", "011301MB0601", "DININCUB75"),
      invoke(fns, "checkImputation", null, "0113-PEBC-ELAB", "011301MB0601", "DININCUB75"),
    ];
    await settle();
    expect(cells[0].value).toBe("OK");
    expect(cells[1].value).toBe("Centre de coûts manquant");
    expect(cells[2].value).toBe(planted.message);
    expect(cells[3].value).toBe(
      "Le domaine fonctionnel 0181-11-03 relève du programme 0181, mais le centre financier 0113-PEBC-ELAB relève du programme 0113."
    );
    expect(cells[4].value).toMatch(
      /^Le centre financier « 0113-pebc-elab » ne respecte pas le format .* Les lettres doivent être en majuscules\.$/
    );
    expect(cells[5].value).toBe("Domaine fonctionnel manquant");
  });
});
