/**
 * Round trips on a 100 000-line convention (bench/generate.ts: 100 000 EJ lines and 100 000
 * payments over 20 UO), read by OfficeWorkbookSource and written by writeReport in the Excel
 * fake: reading takes 2 syncs, writing 1, whatever the number of rows or of anomalies; in Excel
 * on the web, whose responses stop at 5 MB, reading takes one more sync per ~4 MB.
 */
import { generate } from "../../../bench/generate";
import type { RawSheet } from "../../../src/grid";
import { analyseInExcel, generateInExcel } from "../../../src/taskpane/excel";
import { BLOCK_RESPONSE_LIMIT } from "../../../src/workbook/office/read-blocks";
import { FakeExcel, WEB_PAYLOAD_LIMIT } from "./write-fake-excel";

const SIZE = { uos: 20, ejLines: 100_000, payments: 100_000 };

function excelWith(sheets: readonly RawSheet[]): FakeExcel {
  const fake = new FakeExcel();
  for (const s of sheets) fake.addSheet(s.name, s.values);
  return fake;
}

/** Every EJ line imputed on an activity the convention does not authorise: 100 000 anomalies. */
function withAnomalies(sheets: readonly RawSheet[]): RawSheet[] {
  return sheets.map((s) =>
    s.name !== "Engagements"
      ? s
      : {
          ...s,
          values: s.values.map((row, i) =>
            i === 0 ? row : row.map((v, c) => (c === 4 ? "011301MB0602" : v))
          ),
        }
  );
}

describe("a 100 000-line convention in Excel", () => {
  const data = generate(SIZE);
  const lines = SIZE.ejLines + SIZE.payments;

  test("the pane's analysis reads it in 2 syncs", async () => {
    const fake = excelWith(data.sheets);
    const outcome = await analyseInExcel(fake.context, "2020-12-31");
    expect(outcome.kind).toBe("ok");
    if (outcome.kind !== "ok") return;
    expect(BigInt(outcome.view.summary.total.engagedAE.replace(".", ""))).toBe(
      data.expected.engagedCents
    );
    expect(fake.syncs).toBe(2);
    console.log(
      `read ${lines} lines: ${fake.syncs} syncs, response ${(Math.max(...fake.requests.map((r) => r.responseBytes)) / 1e6).toFixed(1)} MB`
    );
  });

  test("in Excel on the web (responses up to 5 MB) it reads it in blocks, the same figures", async () => {
    const fake = excelWith(data.sheets);
    fake.responseLimit = WEB_PAYLOAD_LIMIT;
    const outcome = await analyseInExcel(fake.context, "2020-12-31");
    if (outcome.kind !== "ok") throw new Error("the bench convention is a convention");
    expect(BigInt(outcome.view.summary.total.engagedAE.replace(".", ""))).toBe(
      data.expected.engagedCents
    );
    const read = fake.requests.slice(3).reduce((n, r) => n + r.responseBytes, 0);
    expect(fake.refusedSyncs).toBe(1);
    expect(fake.syncs - 3).toBeLessThanOrEqual(Math.ceil(read / BLOCK_RESPONSE_LIMIT) + 1);
    console.log(
      `web read ${lines} lines (${(read / 1e6).toFixed(1)} MB): ${fake.syncs} syncs, 1 refused`
    );
  });

  test.each([
    ["clean", data.sheets],
    ["with 100 000 anomalies", withAnomalies(data.sheets)],
  ])("the report (%s): 2 syncs to read, 1 to write, each request under 5 MB", async (_, sheets) => {
    const fake = excelWith(sheets);
    const outcome = await generateInExcel(fake.context, "2020-12-31");
    expect(outcome.kind).toBe("ok");
    if (outcome.kind !== "ok") return;
    expect(fake.syncs).toBe(3);
    const write = fake.requests[2];
    expect(write.suspendedCalculation && write.suspendedScreen).toBe(true);
    expect(write.bytes).toBeLessThan(5 * 1024 * 1024);
    const rapport = fake.sheet("Rapport")!;
    expect(rapport.charts.list).toHaveLength(1);
    expect(outcome.rows).toBeGreaterThan(20);
    console.log(
      `report ${_}: ${outcome.rows} rows, ${outcome.view.issues.length} anomalies, write request ${(write.bytes / 1e6).toFixed(2)} MB, syncs ${fake.syncs}`
    );
  });
});
