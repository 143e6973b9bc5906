/**
 * Whole workbooks, generated with noise, through the whole pipeline in process (src/app, as every
 * entry calls it: open, summary, Rapport copy): only typed, located issues; the identities of domain.md hold on the printed figures; no line
 * is lost or counted twice; the Rapport read back says what the summary says.
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import { ISSUE_SEVERITY, IssueCode, SEVERITY_BY_CASE } from "../../src/domain/issues";
import { SummarySchema, type Summary } from "../../src/domain/summary";
import { openConvention } from "../../src/app/open-convention";
import { reportModel, summaryOf } from "../../src/app/report";
import { openXlsx, writeReportCopy } from "../../src/workbook/xlsx";
import { AS_OF } from "./harness";
import { expectReportMatchesSummary } from "./report-check";
import { expectedTotals, sheetsOf, workbookArb, type GenWorkbook } from "./workbook-arbitrary";
import { buildXlsx, type Cell, type SheetSpec } from "./xlsx-builder";

const RUNS = 100;

/** The same sheets written by exceljs (another writer's idea of shared strings, dates and formulas). */
async function viaExceljs(sheets: readonly SheetSpec[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((row, i) =>
      row.forEach((v: Cell, j) => {
        if (v === null) return;
        const cell = ws.getCell(i + 1, j + 1);
        if (typeof v !== "object") cell.value = v;
        else if ("date" in v) {
          cell.value = new Date(`${v.date}T00:00:00Z`);
          cell.numFmt = "dd/mm/yyyy";
        }
        else if ("error" in v) cell.value = { error: v.error as ExcelJS.CellErrorValue["error"] };
        else if ("quoted" in v) cell.value = v.quoted;
        else if ("f" in v) cell.value = typeof v.cached === "number" ? { formula: v.f, result: v.cached } : { formula: v.f, date1904: false };
        else throw new Error(`no exceljs form for ${JSON.stringify(v)}`);
      })
    );
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** "-1234.56" → -123456n: printed amounts compared exactly. */
const cents = (s: string) => {
  const [int, dec] = s.replace("-", "").split(".");
  const v = BigInt(int) * 100n + BigInt(dec);
  return s.startsWith("-") ? -v : v;
};

function checkIdentities(f: Summary["total"], where: string): void {
  const c = (k: keyof Summary["total"]) => cents(f[k] as string);
  expect({ where, availableAE: c("availableAE") }).toEqual({ where, availableAE: c("ceilingAE") - c("engagedAE") });
  // CP to restore are not available until received (no date given here: all still awaited).
  expect({ where, availableCP: c("availableCP") }).toEqual({ where, availableCP: c("ceilingCP") - c("paidCP") - c("awaitedReestablishment") });
  expect({ where, awaited: c("awaitedReestablishment") }).toEqual({ where, awaited: c("pendingReestablishment") });
  // One year: the restes à payer of the UO's EJs are its engaged AE less its paid CP.
  expect({ where, outstanding: c("outstanding") }).toEqual({ where, outstanding: c("engagedAE") - c("paidCP") });
  for (const [rate, part, whole] of [["engagementRate", "engagedAE", "ceilingAE"], ["cpConsumptionRate", "paidCP", "ceilingCP"]] as const) {
    const w = c(whole);
    if (w === 0n) expect({ where, rate: f[rate] }).toEqual({ where, rate: null });
    else expect(Math.abs(Number(f[rate]) - Number(c(part)) / Number(w))).toBeLessThanOrEqual(0.00005 + 1e-9);
  }
}

const stats = { runs: 0, issues: 0, lines: 0, exceljs: 0, codes: {} as Record<string, number> };

/** What `plafond report --json --out` does, in process: the summary, and the copy's bytes. */
async function report(bytes: Uint8Array): Promise<{ summary: Summary; copy: Uint8Array }> {
  const opened = await openConvention(openXlsx(bytes), { asOf: AS_OF });
  if (!opened.ok) throw new Error(`not a convention: ${opened.message}`);
  return { summary: SummarySchema.parse(summaryOf(opened)), copy: writeReportCopy(bytes, reportModel(opened)).bytes };
}

async function pipeline(w: GenWorkbook): Promise<void> {
  const sheets = sheetsOf(w);
  const { summary, copy } = await report(w.writer === "exceljs" ? await viaExceljs(sheets) : buildXlsx(sheets));

  const rowsOf = new Map(sheets.map((s) => [s.name, s.rows.length]));
  for (const i of summary.issues) {
    if (!SEVERITY_BY_CASE.has(i.code as IssueCode)) expect(ISSUE_SEVERITY[i.code as keyof typeof ISSUE_SEVERITY]).toBe(i.severity);
    expect(rowsOf.has(i.sheet)).toBe(true);
    if (i.row !== null) {
      expect(i.row).toBeGreaterThanOrEqual(1);
      expect(i.row).toBeLessThanOrEqual(rowsOf.get(i.sheet)!);
    }
    expect(i.message).toMatch(/[a-zàâçéèêëîïôûù]{3}/);
    expect(i.message).not.toMatch(/undefined|\[object |NaN/);
  }

  summary.lines.forEach((l) => checkIdentities(l, `${l.centreFinancier} ${l.year}`));
  checkIdentities(summary.total, "total");
  for (const key of ["ceilingAE", "ceilingCP", "pendingReestablishment", "engagedAE", "paidCP", "availableAE", "availableCP", "outstanding"] as const) {
    expect({ key, sum: summary.lines.reduce((s, l) => s + cents(l[key]), 0n) }).toEqual({ key, sum: cents(summary.total[key]) });
  }
  const expected = expectedTotals(w);
  expect({ ceilingAE: cents(summary.total.ceilingAE), ceilingCP: cents(summary.total.ceilingCP), engagedAE: cents(summary.total.engagedAE), paidCP: cents(summary.total.paidCP) }).toEqual(expected);

  expectReportMatchesSummary(copy, summary);
  stats.runs++;
  stats.issues += summary.issues.length;
  for (const i of summary.issues) stats.codes[i.code] = (stats.codes[i.code] ?? 0) + 1;
  stats.lines += summary.lines.length;
  if (w.writer === "exceljs") stats.exceljs++;
}

describe("generated workbooks through the whole pipeline", () => {
  afterAll(() => {
    // Shown with --verbose: what the property actually exercised.
    process.stdout.write(`property runs: ${JSON.stringify(stats)}\n`);
  });

  test(`${RUNS} noisy workbooks: typed located issues, exact identities, nothing lost, the Rapport equals the summary`, async () => {
    // A fixed number of runs, never a time limit: a loaded machine takes longer, it does not fail.
    await fc.assert(fc.asyncProperty(workbookArb, pipeline), { numRuns: RUNS });
    expect(stats.runs).toBeGreaterThanOrEqual(RUNS);
  });
});
