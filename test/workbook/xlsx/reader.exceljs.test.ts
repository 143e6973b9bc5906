/** The reader on workbooks written by exceljs (shared strings, styles, tables, merges). */
import { openXlsx } from "../../../src/workbook/xlsx";
import { excelBytes } from "./helpers";

/** Rows are ragged (a reader reads `cells[c] ?? null`): the rectangle they stand for. */
const padded = (values: readonly (readonly unknown[])[], width: number) =>
  values.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? null));

const SERIAL_2020_03_26 = 43916;

async function sample(): Promise<Uint8Array> {
  return excelBytes((wb) => {
    const conv = wb.addWorksheet("Convention");
    conv.addRow(["Référence", "MTES-DINUM-2020"]);
    conv.addRow(["Date de signature", new Date(Date.UTC(2020, 2, 26))]);
    conv.addRow(["Préavis (mois)", 3]);
    conv.addRow(["Seuil d'alerte", 0.9]);
    conv.addRow(["Actif", true]);
    conv.addRow(["Code", "00123"]);
    conv.addRow([
      "Riche",
      { richText: [{ text: "Bonjour ", font: { bold: true } }, { text: "le monde" }] },
    ]);
    conv.addRow(["Erreur", { error: "#N/A" }]);
    conv.addRow(["Formule", { formula: "C3*2", result: 6 }]);
    conv.addRow(["Texte calculé", { formula: 'A1&"!"', result: "Référence!" }]);
    conv.addRow(["Sans cache", { formula: "1+1" }]);
    conv.addRow(["Fusion", "valeur fusionnée"]);
    conv.mergeCells("B12:C13");
    conv.getRow(5).hidden = true;
    conv.addRow(["Entités", 'a < b & "c" > d']);

    const eng = wb.addWorksheet("Engagements d'été 2020");
    eng.getCell("A1").value = "Titre au-dessus du tableau";
    eng.addTable({
      name: "TabEngagements",
      ref: "C4",
      headerRow: true,
      totalsRow: true,
      columns: [
        { name: "N° EJ" },
        { name: "Date" },
        { name: "Montant AE", totalsRowFunction: "sum" },
      ],
      rows: [
        ["EJ1", new Date(Date.UTC(2020, 3, 1)), 100.5],
        ["EJ2", new Date(Date.UTC(2020, 3, 2)), -20.25],
        ["EJ3", null, 1234567.89],
      ],
    });

    const pl = wb.addWorksheet("Plafonds");
    pl.getCell("B3").value = "Centre financier";
    pl.getCell("D3").value = "AE";
    pl.getCell("B4").value = "0113-PEBC-ELAB";
    pl.getCell("D4").value = 220000;
    pl.getCell("C6").value = 0.1 + 0.2;
  });
}

describe("openXlsx on an exceljs workbook", () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await sample();
  });

  it("lists sheets in workbook order", () => {
    expect(openXlsx(bytes).sheetNames()).toEqual([
      "Convention",
      "Engagements d'été 2020",
      "Plafonds",
    ]);
  });

  it("reads every kind of value", async () => {
    const [conv] = await openXlsx(bytes).readSheets(["Convention"]);
    expect(conv.origin).toEqual({ row: 0, col: 0 });
    expect(padded(conv.values, 2)).toEqual(
      [
        ["Référence", "MTES-DINUM-2020", null],
        ["Date de signature", SERIAL_2020_03_26, null],
        ["Préavis (mois)", 3, null],
        ["Seuil d'alerte", 0.9, null],
        ["Actif", true, null],
        ["Code", "00123", null],
        ["Riche", "Bonjour le monde", null],
        ["Erreur", { error: "#N/A" }, null],
        ["Formule", 6, null],
        ["Texte calculé", "Référence!", null],
        ["Sans cache", null, null],
        ["Fusion", "valeur fusionnée", null],
        [null, null, null],
        ["Entités", 'a < b & "c" > d', null],
      ].map((row) => row.slice(0, 2))
    );
    expect(conv.tables).toEqual([]);
  });

  it("reads a table that does not start at A1, with its totals row", async () => {
    const [eng] = await openXlsx(bytes).readSheets(["Engagements d'été 2020"]);
    expect(eng.tables).toEqual([
      {
        name: "TabEngagements",
        range: { top: 3, left: 2, bottom: 7, right: 4 },
        hasHeader: true,
        totalsRows: 1,
      },
    ]);
    expect(eng.origin).toEqual({ row: 0, col: 0 });
    expect(eng.values[3].slice(2)).toEqual(["N° EJ", "Date", "Montant AE"]);
    expect(eng.values[4].slice(2)).toEqual(["EJ1", 43922, 100.5]);
    expect(eng.values[5].slice(2)).toEqual(["EJ2", 43923, -20.25]);
    expect(eng.values[6].slice(2)).toEqual(["EJ3", null, 1234567.89]);
    expect(padded([eng.values[0]], 5)).toEqual([
      ["Titre au-dessus du tableau", null, null, null, null],
    ]);
  });

  it("gives the used rectangle from its first used cell, numbers exact", async () => {
    const [pl] = await openXlsx(bytes).readSheets(["Plafonds"]);
    expect(pl.origin).toEqual({ row: 2, col: 1 });
    expect(padded(pl.values, 3)).toEqual([
      ["Centre financier", null, "AE"],
      ["0113-PEBC-ELAB", null, 220000],
      [null, null, null],
      [null, 0.1 + 0.2, null],
    ]);
  });

  it("reads several sheets in one call, in the order asked", async () => {
    const sheets = await openXlsx(bytes).readSheets(["Plafonds", "Convention"]);
    expect(sheets.map((s) => s.name)).toEqual(["Plafonds", "Convention"]);
  });

  it("rejects an unknown sheet name", async () => {
    await expect(openXlsx(bytes).readSheets(["Nope"])).rejects.toThrow(
      "La feuille « Nope » n'existe pas dans le classeur."
    );
  });
});
