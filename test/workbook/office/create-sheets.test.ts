/**
 * The imported Camino convention written into the workbook open in Excel (the typed fake of
 * write-fake-excel.ts): 2 round trips, text kept as text, dates and amounts formatted, columns
 * ready for what the controller types, and never a user's sheet overwritten.
 */
import * as fs from "fs";
import * as path from "path";
import { importConvention, importedSheets, type ImportedSheet } from "../../../src/domain/import";
import { analyseInExcel } from "../../../src/taskpane/excel";
import { collisions, createSheetsInExcel } from "../../../src/workbook/office/create-sheets";
import { DATE_FORMAT, EURO_FORMAT, TEXT_FORMAT } from "../../../src/workbook/office/grid";
import { HEADER_FILL, importGrid } from "../../../src/workbook/office/import-grid";
import { FakeExcel } from "./write-fake-excel";
import { enter } from "./write-fake-range";

const TEXT = fs.readFileSync(
  path.join(__dirname, "..", "..", "e2e", "fixtures", "mtes-dinum-camino-2020.txt"),
  "utf8"
);
const SHEETS = importedSheets(importConvention(TEXT));
const NAMES = [
  "Convention",
  "Plafonds",
  "Imputations",
  "Engagements",
  "Paiements",
  "Prévisions",
  "Sources",
];

/** Excel's fake with the sheets a new workbook (or a user) has. */
function excel(...names: string[]): FakeExcel {
  const fake = new FakeExcel();
  for (const n of names) fake.addSheet(n, [[`données de ${n}`]]);
  return fake;
}

describe("createSheetsInExcel with Camino", () => {
  test("7 sheets in 2 syncs, beside the sheet already there; Convention shown", async () => {
    const fake = excel("Feuil1");
    const result = await createSheetsInExcel(fake.context, SHEETS);
    expect(result).toEqual({ kind: "created", sheets: NAMES, syncs: 2 });
    expect(fake.syncs).toBe(2);
    expect(fake.sheets.map((s) => s.name)).toEqual(["Feuil1", ...NAMES]);
    expect(fake.requests[1].suspendedCalculation).toBe(true);
    expect([fake.active?.name, fake.selection]).toEqual(["Convention", "Convention!A1"]);
  });

  test("texts are text, figures are numbers with their formats, headers stand out", async () => {
    const fake = excel();
    await createSheetsInExcel(fake.context, SHEETS);
    const convention = fake.sheet("Convention")!;
    expect(convention.peek(0, 1)).toMatchObject({
      value: "MTES-DINUM-2020",
      numberFormat: TEXT_FORMAT,
    });
    expect(convention.peek(6, 1)).toMatchObject({ value: 44196, numberFormat: DATE_FORMAT }); // 31/12/2020
    expect(convention.peek(4, 1)).toMatchObject({ value: null, numberFormat: DATE_FORMAT }); // signature: to type
    const plafonds = fake.sheet("Plafonds")!;
    expect([1, 2, 3].map((r) => [plafonds.peek(r, 0)!.value, plafonds.peek(r, 5)!.value])).toEqual([
      ["0113-PEBC-ELAB", 140000],
      ["0113-PEBC-ELAB", 80000],
      ["0181-CPRI-ELAB", 100000],
    ]);
    expect(plafonds.peek(2, 3)!.value).toBe("À rétablir");
    expect(plafonds.peek(2, 6)!.numberFormat).toBe(EURO_FORMAT);
    expect(plafonds.peek(0, 0)!.format).toMatchObject({
      font: { bold: true },
      fill: { color: HEADER_FILL },
    });
    expect(plafonds.frozenRows).toBe(1);
    // Seven columns of the contract and "Disponible le", the date an avenant or a rétablissement counts from.
    expect(plafonds.columnWidths.size).toBe(8);
    const imputations = fake.sheet("Imputations")!;
    expect(imputations.peek(1, 1)).toMatchObject({ value: "0113-07-16", formula: null });
  });

  test("what the controller types later lands as the contract wants it", async () => {
    const fake = excel();
    await createSheetsInExcel(fake.context, SHEETS);
    const typed = (sheet: string, r: number, c: number, v: string) => {
      const cell = fake.sheet(sheet)!.cell(r, c);
      enter(cell, v);
      return cell;
    };
    // Excel would turn "2020-09" into a date and drop an EJ number's text: not in these columns.
    expect(typed("Prévisions", 5, 1, "2020-09").value).toBe("2020-09");
    expect(typed("Engagements", 40, 0, "2103104101").value).toBe("2103104101");
    expect(fake.sheet("Engagements")!.cell(40, 1).numberFormat).toBe(DATE_FORMAT);
    expect(fake.sheet("Paiements")!.cell(40, 3).numberFormat).toBe(EURO_FORMAT);
  });

  test("a text that looks like a formula stays text", async () => {
    const sheet: ImportedSheet = {
      name: "Convention",
      values: [
        ["Délégant", '=HYPERLINK("http://x")'],
        ["Référence", "-2020"],
      ],
      styles: [
        ["label", "wrap"],
        ["label", "text"],
      ],
      columnStyles: [],
      widths: [20, 100],
      frozenRows: 0,
    };
    const fake = excel();
    await createSheetsInExcel(fake.context, [sheet]);
    const c = fake.sheet("Convention")!;
    expect([c.peek(0, 1), c.peek(1, 1)].map((x) => [x!.value, x!.formula])).toEqual([
      ['=HYPERLINK("http://x")', null],
      ["-2020", null],
    ]);
  });

  test("the sheets read back as a convention: the pane's figures come out", async () => {
    const fake = excel();
    await createSheetsInExcel(fake.context, SHEETS);
    const outcome = await analyseInExcel(fake.context, "2020-12-31");
    if (outcome.kind !== "ok") throw new Error(JSON.stringify(outcome.problems));
    expect(outcome.view.summary.total).toMatchObject({
      ceilingAE: "320000.00",
      pendingReestablishment: "80000.00",
      engagedAE: "0.00",
    });
  });

  test("a sheet of one of these names already there: nothing is written, the names come back", async () => {
    const fake = excel("Feuil1", "plafonds", "Sources", "Previsions");
    const result = await createSheetsInExcel(fake.context, SHEETS);
    expect(result).toEqual({
      kind: "exists",
      existing: ["plafonds", "Sources", "Previsions"],
      syncs: 1,
    });
    expect(fake.syncs).toBe(1);
    expect(fake.sheets.map((s) => s.name)).toEqual(["Feuil1", "plafonds", "Sources", "Previsions"]);
    expect(fake.requests.flatMap((r) => r.actions)).toEqual(["load worksheets"]);
  });
});

describe("importGrid", () => {
  test("empty cells take their column's format; a number in a text column shows as a number", () => {
    const grid = importGrid({
      name: "Sources",
      values: [
        ["Champ", "Valeur"],
        ["Préavis (mois)", 3],
      ],
      styles: [
        ["header", "header"],
        ["wrap", "text"],
      ],
      columnStyles: ["wrap", "text"],
      widths: [10, 10],
      frozenRows: 1,
    });
    expect(grid.numberFormats).toEqual([
      [TEXT_FORMAT, TEXT_FORMAT],
      [TEXT_FORMAT, "General"],
    ]);
    expect(grid.columnFormats).toEqual([TEXT_FORMAT, TEXT_FORMAT]);
  });

  test("names collide as the reader would confuse them", () => {
    expect(collisions(["Feuil1", " PLAFONDS ", "Prevision", "Rapport"], NAMES)).toEqual([
      " PLAFONDS ",
    ]);
  });
});
