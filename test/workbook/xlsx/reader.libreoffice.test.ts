/**
 * A workbook saved by LibreOffice Calc 7.4 (fixtures/libreoffice.xlsx: an exceljs workbook
 * re-saved with `soffice --convert-to xlsx`): explicit t="n", formulas with aca, rich text.
 */
import * as fs from "fs";
import * as path from "path";
import { openXlsx, writeReportCopy } from "../../../src/workbook/xlsx";
import { unzipAll } from "./helpers";

const bytes = fs.readFileSync(path.join(__dirname, "fixtures", "libreoffice.xlsx"));

describe("a LibreOffice workbook", () => {
  it("reads values and tables", async () => {
    const wb = openXlsx(bytes);
    expect(wb.sheetNames()).toEqual(["Convention", "Engagements d'été"]);
    const [conv, eng] = await wb.readSheets(wb.sheetNames());
    expect(conv.values).toEqual([
      ["Référence", "MTES-DINUM-2020"],
      ["Date de signature", 43916],
      ["Seuil d'alerte", 0.9],
      ["Actif", true],
      ["Code", "00123"],
      ["Riche", "Bonjour le monde"],
      ["Erreur", { error: "#DIV/0!" }],
      ["Formule", 1.8],
    ]);
    expect(eng.tables).toEqual([
      {
        name: "TabEngagements",
        range: { top: 3, left: 2, bottom: 5, right: 3 },
        hasHeader: true,
        totalsRows: 0,
      },
    ]);
    expect(eng.origin).toEqual({ row: 3, col: 2 });
    expect(eng.values).toEqual([
      ["N° EJ", "Montant AE"],
      ["EJ1", 100.5],
      ["EJ2", -20.25],
    ]);
  });

  it("gets a report sheet, every part kept", async () => {
    const out = writeReportCopy(bytes, {
      columnWidths: [10],
      frozenRows: 1,
      charts: [],
      rows: [[{ value: "Titre", format: "text", emphasis: "title" }]],
    });
    const before = unzipAll(bytes);
    const after = unzipAll(out.bytes);
    for (const [name, data] of before) {
      if (
        [
          "[Content_Types].xml",
          "xl/workbook.xml",
          "xl/_rels/workbook.xml.rels",
          "xl/styles.xml",
        ].includes(name)
      )
        continue;
      expect(Buffer.from(after.get(name)!).equals(Buffer.from(data))).toBe(true);
    }
    const [r] = await openXlsx(out.bytes).readSheets(["Rapport"]);
    expect(r.values).toEqual([["Titre"]]);
  });
});
