/**
 * The Excel writer (src/workbook/office/write.ts) against the typed fake of write-fake-excel.ts:
 * round trips, what lands in the cells, formula safety, the mark, names, charts, the split.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { buildReport } from "../../../src/domain/report/build";
import { REPORT_MARK, type ReportModel } from "../../../src/domain/report/model";
import { text } from "../../../src/domain/report/cells";
import { openConvention } from "../../../src/app/open-convention";
import { EURO_FORMAT, renderGrid, TEXT_FORMAT } from "../../../src/workbook/office/grid";
import { MARK_COMMENT, writeReport } from "../../../src/workbook/office/write";
import { openXlsx } from "../../../src/workbook/xlsx";
import { FakeExcel, type FakeSheet } from "./write-fake-excel";

const CAMINO = path.join(__dirname, "..", "..", "..", "examples", "camino-2020.xlsx");
const CAMINO_SHEETS = [
  "Convention",
  "Plafonds",
  "Imputations",
  "Engagements",
  "Paiements",
  "Prévisions",
];

async function caminoModel(): Promise<ReportModel> {
  const analysed = await openConvention(openXlsx(new Uint8Array(fs.readFileSync(CAMINO))), {
    asOf: "2020-12-31",
  });
  if (!analysed.ok) throw new Error("Camino should be a convention workbook");
  return buildReport(analysed.analysis, analysed.data);
}

function workbook(...names: string[]): FakeExcel {
  const fake = new FakeExcel();
  for (const n of names) fake.addSheet(n);
  return fake;
}

/** Row index (0-based) of the first row whose column A holds `label`. */
function rowOf(sheet: FakeSheet, label: string): number {
  for (const [key, cell] of sheet.cells)
    if (cell.value === label && key.endsWith(",0")) return Number(key.split(",")[0]);
  throw new Error(`no row "${label}"`);
}

describe("writeReport on Camino", () => {
  let model: ReportModel;
  beforeAll(async () => {
    model = await caminoModel();
  });

  test("two round trips when the sheet names are known, three otherwise; one request suspends calculation and screen", async () => {
    const known = workbook(...CAMINO_SHEETS);
    const a = await writeReport(known.context, model, { sheetNames: CAMINO_SHEETS });
    expect([a.syncs, known.syncs, a.requests]).toEqual([2, 2, 1]);
    const unknown = workbook(...CAMINO_SHEETS);
    const b = await writeReport(unknown.context, model);
    expect([b.syncs, unknown.syncs]).toEqual([3, 3]);
    const write = known.requests[1];
    expect(write.suspendedCalculation && write.suspendedScreen).toBe(true);
    expect(write.actions.filter((a) => a === "values")).toHaveLength(1);
  });

  test("values, number formats, emphasis, links, widths, the hidden mark, the chart", async () => {
    const fake = workbook(...CAMINO_SHEETS);
    const result = await writeReport(fake.context, model, { sheetNames: CAMINO_SHEETS });
    expect(result).toMatchObject({
      sheetName: "Rapport",
      replaced: false,
      rows: model.rows.length,
    });
    const sheet = fake.sheet("Rapport")!;
    expect(fake.sheets.map((s) => s.name)).toEqual([...CAMINO_SHEETS, "Rapport"]);

    const total = rowOf(sheet, "Total");
    const figures = [2, 3, 4, 5, 6].map((c) => sheet.peek(total, c)!);
    // Paid CP changed with issue 11: the duplicated DP counts once, the 2021 payment is later than the date.
    expect(figures.map((c) => c.value)).toEqual([320000, 320000, 80000, 275000, 213500]);
    expect(figures.every((c) => c.numberFormat === EURO_FORMAT && c.formula === null)).toBe(true);
    expect(sheet.peek(total, 0)!.format).toMatchObject({
      font: { bold: true },
      borders: { top: { style: "Continuous" } },
    });
    const rate = sheet.peek(total, 10)!;
    expect([rate.value, rate.numberFormat]).toEqual([0.8594, "0.00%"]);
    const asOf = sheet.peek(rowOf(sheet, "Situation arrêtée au"), 1)!;
    expect([asOf.value, asOf.numberFormat]).toEqual([44196, "dd/mm/yyyy"]);

    const anomaly = rowOf(sheet, "Erreur");
    const link = sheet.peek(anomaly, 3)!;
    expect(sheet.peek(anomaly, 1)!.value).toBe("IMPUTATION_NOT_AUTHORISED");
    expect([link.value, link.hyperlink?.documentReference]).toEqual([12, "'Engagements'!E12"]);
    expect(sheet.peek(anomaly, 0)!.format).toMatchObject({
      font: { bold: true, color: "#9C0006" },
      fill: { color: "#FFC7CE" },
    });
    // Months stay text ("2020-09" typed into a General cell would become a date).
    const month = sheet.peek(rowOf(sheet, "2020-09"), 0)!;
    expect([month.value, month.numberFormat]).toEqual(["2020-09", TEXT_FORMAT]);

    expect(sheet.columnWidths.get(0)).toBeCloseTo((model.columnWidths[0] * 7 + 5) * 0.75);
    expect(sheet.columnWidths.size).toBe(model.columnWidths.length);
    expect(sheet.names.items.get(REPORT_MARK)).toMatchObject({
      visible: false,
      comment: MARK_COMMENT,
      // The mark names the sheet it was written on: a copy of the sheet names another (domain/report/mark.ts).
      formula: '="Rapport"',
    });
    expect([fake.active?.name, fake.selection]).toEqual(["Rapport", "Rapport!A1"]);

    expect(sheet.charts.list).toHaveLength(1);
    const chart = sheet.charts.list[0];
    const spec = model.charts[0];
    expect(chart.title.text).toBe("AE et CP cumulés face aux plafonds");
    expect(chart.seriesList.map((s) => s.name)).toEqual([
      "AE cumulées",
      "CP cumulés",
      "AE cumulées + prévisions",
      "CP cumulés + prévisions",
      "Plafond AE",
      "Plafond CP",
    ]);
    const months = spec.lastRow - spec.firstRow + 1;
    expect(
      chart.seriesList.every(
        (s) => s.xValues?.left === 0 && s.xValues.top === spec.firstRow && s.xValues.rows === months
      )
    ).toBe(true);
    expect(chart.seriesList.map((s) => s.values?.left)).toEqual([3, 4, 7, 8, 9, 10]);
    expect(chart.position?.[0]).toBe(`N${spec.headerRow + 1}`);
  });

  test("a second report replaces Plafond's sheet: one Rapport, one chart, nothing left of the first", async () => {
    const fake = workbook(...CAMINO_SHEETS);
    await writeReport(fake.context, model);
    fake.sheet("Rapport")!.cell(5000, 2).value = "reste d'un rapport plus long";
    const again = await writeReport(fake.context, model);
    expect(again).toMatchObject({ sheetName: "Rapport", replaced: true });
    expect(fake.sheets.filter((s) => /^rapport/i.test(s.name))).toHaveLength(1);
    const sheet = fake.sheet("Rapport")!;
    expect(sheet.peek(5000, 2)).toBeUndefined();
    expect(sheet.charts.list).toHaveLength(1);
  });

  test("a user's sheet named like the report is never touched: Rapport (2), then Rapport (3)", async () => {
    const fake = workbook(...CAMINO_SHEETS, "rapport", "RAPPORT (2)");
    fake.sheet("rapport")!.cell(0, 0).value = "mes notes";
    const result = await writeReport(fake.context, model);
    expect(result).toMatchObject({ sheetName: "Rapport (3)", replaced: false });
    expect(fake.sheet("rapport")!.peek(0, 0)!.value).toBe("mes notes");
    expect(fake.sheet("rapport")!.charts.list).toHaveLength(0);
  });

  test("a sheet the command line marked (sheet-scoped PLAFOND_RAPPORT) is reused under its own name", async () => {
    const fake = workbook(...CAMINO_SHEETS, "Rapport CLI");
    const marked = fake.sheet("Rapport CLI")!;
    marked.names.items.set(REPORT_MARK, {
      name: REPORT_MARK,
      visible: false,
      comment: "",
      ref: "'Rapport CLI'!$A$1",
    });
    const result = await writeReport(fake.context, model);
    expect(result).toMatchObject({ sheetName: "Rapport CLI", replaced: true });
    expect(fake.sheets).toHaveLength(CAMINO_SHEETS.length + 1);
  });
});

describe("a copy of Plafond's sheet (the mark copied with it)", () => {
  let model: ReportModel;
  beforeAll(async () => {
    model = await caminoModel();
  });
  test("the sheet the mark names is reused; the copy, which names another, stays the user's", async () => {
    const fake = workbook(...CAMINO_SHEETS, "Archive juin", "Rapport");
    for (const name of ["Archive juin", "Rapport"]) {
      fake.sheet(name)!.names.items.set(REPORT_MARK, {
        name: REPORT_MARK,
        visible: false,
        comment: "",
        ref: "",
        formula: '="Rapport"',
      });
    }
    fake.sheet("Archive juin")!.getRangeByIndexes(0, 0, 1, 1).values = [["mes notes de juin"]];
    const result = await writeReport(fake.context, model);
    expect(result).toMatchObject({ sheetName: "Rapport", replaced: true });
    expect(fake.sheet("Archive juin")!.peek(0, 0)!.value).toBe("mes notes de juin");
  });

  test("earlier marks (a reference) on two sheets: neither is taken, a new sheet is written", async () => {
    const fake = workbook(...CAMINO_SHEETS, "Archive juin", "Rapport");
    for (const name of ["Archive juin", "Rapport"]) {
      fake.sheet(name)!.names.items.set(REPORT_MARK, {
        name: REPORT_MARK,
        visible: false,
        comment: "",
        ref: `'${name}'!$A$1`,
      });
    }
    const result = await writeReport(fake.context, model);
    expect(result).toMatchObject({ sheetName: "Rapport (2)", replaced: false });
  });
});

describe("text never becomes a formula", () => {
  const hostile = ['=HYPERLINK("http://x";"clic")', "+1+1", "@SUM(A1)", "-2", "2020-09", "=1+1"];

  test("the fake does turn these strings into formulas or numbers when typed into a General cell", async () => {
    const fake = workbook("Feuil1");
    const range = fake.sheet("Feuil1")!.getRangeByIndexes(0, 0, 1, hostile.length);
    range.values = [hostile];
    const cells = hostile.map((_, c) => fake.sheet("Feuil1")!.peek(0, c)!);
    expect(cells.filter((c) => c.formula !== null || typeof c.value === "number")).toHaveLength(
      hostile.length
    );
  });

  test("written by the report, each stays the exact text", async () => {
    const model: ReportModel = {
      columnWidths: [],
      rows: [
        hostile.map((h) => text(h)),
        [text("Fournisseur", "header"), text(hostile[0], "bold")],
      ],
      charts: [],
      frozenRows: 0,
    };
    const fake = workbook("Feuil1");
    await writeReport(fake.context, model);
    const sheet = fake.sheet("Rapport")!;
    hostile.forEach((h, c) =>
      expect(sheet.peek(0, c)).toMatchObject({ value: h, formula: null, numberFormat: TEXT_FORMAT })
    );
    expect(sheet.peek(1, 1)).toMatchObject({ value: hostile[0], formula: null });
  });

  test("suppliers named like formulas in the user's Engagements sheet come out as text", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(CAMINO);
    const engagements = book.getWorksheet("Engagements")!;
    hostile.slice(0, 4).forEach((h, i) => (engagements.getCell(2 + i, 7).value = h)); // G: Fournisseur
    const bytes = new Uint8Array(await book.xlsx.writeBuffer());
    const analysed = await openConvention(openXlsx(bytes), { asOf: "2020-12-31" });
    if (!analysed.ok) throw new Error("still a convention");
    const fake = workbook(...CAMINO_SHEETS);
    await writeReport(fake.context, buildReport(analysed.analysis, analysed.data));
    const sheet = fake.sheet("Rapport")!;
    for (const h of hostile.slice(0, 4)) {
      const found = [...sheet.cells.values()].filter((c) => c.value === h);
      expect(found.length).toBeGreaterThan(0);
      expect(found.every((c) => c.formula === null && c.numberFormat === TEXT_FORMAT)).toBe(true);
    }
    expect([...sheet.cells.values()].filter((c) => c.formula !== null)).toEqual([]);
  });
});

describe("requests stay under Excel on the web's 5 MB", () => {
  /** A report far larger than any real one: 40 000 rows of 10 text cells. */
  const big: ReportModel = {
    columnWidths: [20],
    rows: Array.from({ length: 40_000 }, (_, r) =>
      Array.from({ length: 10 }, (_, c) => text(`ligne ${r} colonne ${c} – éléments`))
    ),
    charts: [],
    frozenRows: 1,
  };

  test("split into a few requests, each suspended and under the limit, with every cell written", async () => {
    const fake = workbook("Feuil1");
    const result = await writeReport(fake.context, big, { sheetNames: ["Feuil1"] });
    const bytes = renderGrid(big).rowBytes.reduce((a, b) => a + b, 0);
    expect(bytes).toBeGreaterThan(10_000_000);
    // Split only as much as needed: every request but the last is filled to 4 MB at least.
    expect(result.requests).toBeGreaterThan(1);
    expect(result.requests).toBeLessThanOrEqual(Math.ceil(bytes / 4_000_000));
    expect(fake.syncs).toBe(1 + result.requests);
    const writes = fake.requests.slice(1);
    expect(writes.every((r) => r.suspendedCalculation && r.suspendedScreen)).toBe(true);
    expect(Math.max(...writes.map((r) => r.bytes))).toBeLessThan(5 * 1024 * 1024);
    const sheet = fake.sheet("Rapport")!;
    expect(sheet.peek(39_999, 9)!.value).toBe("ligne 39999 colonne 9 – éléments");
    expect(sheet.peek(20_000, 0)!.numberFormat).toBe(TEXT_FORMAT);
    expect(sheet.frozenRows).toBe(1);
  });

  test("a lower limit gives more, smaller requests with the same cells", async () => {
    const fake = workbook("Feuil1");
    const result = await writeReport(fake.context, big, { payloadLimit: 400_000 });
    expect(result.requests).toBeGreaterThan(10);
    expect(Math.max(...fake.requests.slice(2).map((r) => r.bytes))).toBeLessThan(500_000);
    expect(fake.sheet("Rapport")!.peek(39_999, 9)!.value).toBe("ligne 39999 colonne 9 – éléments");
  });
});
