/**
 * 10^6 anomalies through the summary and report path (issue 12): every step that lists them —
 * reading's issue list, sorting, the JSON summary, the Rapport's model, the terminal view —
 * must loop, never spread them as call arguments ("Maximum call stack size exceeded").
 */
import { analyse, sortIssues } from "../../src/domain/analyse";
import { appendAll, maxOf, minOf } from "../../src/domain/arrays";
import { issue, type Issue } from "../../src/domain/issues";
import { buildReport } from "../../src/domain/report/build";
import { summarize } from "../../src/domain/summary";
import { formatSummary } from "../../src/cli/format";
import { readConventionData, resolveSheetNames } from "../../src/domain/read";
import { loadConvention } from "../../src/app/open-convention";
import type { RawSheet } from "../../src/grid";
import { openXlsx } from "../../src/workbook/xlsx";
import { baseSheets, ENG_HEADER, ej } from "./base";
import { buildXlsx } from "./xlsx-builder";

const N = 1_000_000;

function manyIssues(): Issue[] {
  const out: Issue[] = new Array(N);
  for (let i = 0; i < N; i++)
    out[i] = issue("AMOUNT_INVALID", "Engagements", N - i + 1, "Montant AE", "Montant illisible");
  return out;
}

describe("a million anomalies", () => {
  test("the array helpers hold past the call-argument limit", () => {
    const big = Array.from({ length: N }, (_, i) => i);
    expect(() => Math.max(...big)).toThrow(RangeError); // what the helpers replace
    expect(maxOf(big)).toBe(N - 1);
    expect(minOf(big)).toBe(0);
    expect(appendAll([-1], big)).toHaveLength(N + 1);
  });

  test("read: 500 000 engagement lines with an unreadable date and amount give 10^6 located anomalies", async () => {
    const book = openXlsx(buildXlsx(baseSheets()));
    const roles = resolveSheetNames(book.sheetNames());
    const sheets = Object.fromEntries(
      Object.entries(roles).map(([k, name]) => [k, book.readSheet(name!)])
    );
    const rows: unknown[][] = [ENG_HEADER];
    for (let i = 0; i < N / 2; i++)
      rows.push(ej(String(2100000001 + i), "pas une date", "illisible") as unknown[]);
    const engagements: RawSheet = {
      name: "Engagements",
      values: rows as RawSheet["values"],
      origin: { row: 0, col: 0 },
      tables: [],
    };
    const read = readConventionData({ ...sheets, engagements });
    const codes = new Map<string, number>();
    for (const i of read.issues) codes.set(i.code, (codes.get(i.code) ?? 0) + 1);
    expect(codes.get("AMOUNT_INVALID")).toBe(N / 2);
    expect(codes.get("DATE_INVALID")).toBe(N / 2);
  }, 120_000);

  test("sorted, summarised, laid out in the Rapport and printed", async () => {
    const read = await loadConvention(openXlsx(buildXlsx(baseSheets())));
    const analysis = analyse(read.data!, manyIssues(), "2020-12-31", read.sheetNames);
    expect(analysis.issues.length).toBeGreaterThanOrEqual(N);
    expect(analysis.issues[0].row).toBe(2); // sorted by row
    expect(sortIssues(analysis.issues)).toHaveLength(analysis.issues.length);
    const summary = summarize(analysis.reconciliation, analysis.issues);
    expect(summary.issues.length).toBe(analysis.issues.length);
    const model = buildReport(analysis, read.data!);
    expect(model.rows.length).toBeGreaterThan(1000); // the Rapport lists the first ones, then says how many more
    const text = formatSummary(summary, null);
    expect(text).toContain(`${N} erreur(s)`);
    // 130 000 UO-year lines in the terminal table (its column widths were a Math.max spread).
    const wide = formatSummary(
      { ...summary, lines: new Array(130_000).fill(summary.lines[0]) },
      null
    );
    expect(wide.split("\n").length).toBeGreaterThan(130_000);
  }, 120_000);
});
