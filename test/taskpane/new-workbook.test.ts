/**
 * The preview's new workbook (src/workbook/xlsx/newWorkbook.ts, on fflate) read back by exceljs
 * as Excel would show it: texts as text, dates and euros formatted, headers bold on a fill,
 * widths, frozen header rows, and the formats of the columns the controller will fill.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { importConvention, importedSheets, type ImportedSheet } from "../../src/domain/import";
import { DATE_FORMAT, EURO_FORMAT } from "../../src/workbook/xlsx/reportStyles";
import { newWorkbook } from "../../src/workbook/xlsx/newWorkbook";
import { openXlsx } from "../../src/workbook/xlsx";

/** exceljs gives number formats without Excel's backslash escapes. */
const EURO = EURO_FORMAT.replace(/\\/g, "");

const TEXT = fs.readFileSync(
  path.join(__dirname, "..", "e2e", "fixtures", "mtes-dinum-camino-2020.txt"),
  "utf8"
);

async function load(sheets: readonly ImportedSheet[]): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(newWorkbook(sheets)) as unknown as ArrayBuffer);
  return book;
}

describe("newWorkbook with Camino", () => {
  let book: ExcelJS.Workbook;
  beforeAll(async () => {
    book = await load(importedSheets(importConvention(TEXT)));
  });

  test("the seven sheets, in order", () => {
    expect(book.worksheets.map((w) => w.name)).toEqual([
      "Convention",
      "Plafonds",
      "Imputations",
      "Engagements",
      "Paiements",
      "Prévisions",
      "Sources",
    ]);
  });

  test("cells: text, dates, euros; the header bold on its fill and frozen", () => {
    const convention = book.getWorksheet("Convention")!;
    expect(convention.getCell("B1").value).toBe("MTES-DINUM-2020");
    expect(convention.getCell("B1").numFmt).toBe("@");
    expect(convention.getCell("B7").value).toEqual(new Date(Date.UTC(2020, 11, 31)));
    expect(convention.getCell("B7").numFmt).toBe(DATE_FORMAT);
    expect(convention.getCell("B5").numFmt).toBe(DATE_FORMAT); // the signature, to type
    const plafonds = book.getWorksheet("Plafonds")!;
    expect(plafonds.getCell("F3").value).toBe(80000);
    expect(plafonds.getCell("F3").numFmt).toBe(EURO);
    expect(plafonds.getCell("D3").value).toBe("À rétablir");
    expect(plafonds.getCell("A1").font?.bold).toBe(true);
    expect(plafonds.getCell("A1").fill).toMatchObject({
      pattern: "solid",
      fgColor: { argb: "FFDDEBF7" },
    });
    expect(plafonds.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(plafonds.getColumn(1).width).toBe(18);
  });

  test("columns to fill carry their formats: codes as text, dates, amounts", () => {
    const engagements = book.getWorksheet("Engagements")!;
    expect([1, 2, 9].map((c) => engagements.getColumn(c).numFmt)).toEqual(["@", DATE_FORMAT, EURO]);
    expect(book.getWorksheet("Prévisions")!.getColumn(2).numFmt).toBe("@"); // "2020-09" stays a month
  });

  test("hostile text stays text, and the project's own reader agrees", async () => {
    const sheet: ImportedSheet = {
      name: "Convention",
      values: [
        ["Délégant", '=HYPERLINK("x") & <b> _x0041_'],
        ["Préavis (mois)", 3],
      ],
      styles: [
        ["label", "wrap"],
        ["label", "integer"],
      ],
      columnStyles: [],
      widths: [20, 100],
      frozenRows: 0,
    };
    const cell = (await load([sheet])).getWorksheet("Convention")!.getCell("B1");
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(String(cell.value)).toMatch(/^=HYPERLINK\("x"\) & <b> /);
    // OOXML's _xHHHH_ escapes (which exceljs leaves as they are): the project's reader decodes them.
    expect(openXlsx(newWorkbook([sheet])).readSheet("Convention").values).toEqual([
      ["Délégant", '=HYPERLINK("x") & <b> _x0041_'],
      ["Préavis (mois)", 3],
    ]);
  });
});
