/**
 * OfficeWorkbookSource: the workbook open in Excel gives the same RawSheets as the .xlsx reader,
 * in two syncs whatever its size, and is never written to.
 */
import * as fs from "fs";
import * as path from "path";
import { MockWorkbook, READ_ONLY_CALLS, rectangular } from "./excelMock";
import { OfficeWorkbookSource } from "../../../src/workbook/office/read";
import { rangeOfAddress } from "../../../src/workbook/office/address";
import { loadConvention } from "../../../src/app/open-convention";
import { openXlsx } from "../../../src/workbook/xlsx";
import { analyse } from "../../../src/domain/analyse";
import { summarize } from "../../../src/domain/summary";
import type { RawSheet } from "../../../src/grid";

const EXAMPLES = path.join(__dirname, "..", "..", "..", "examples");
const example = (name: string) => openXlsx(fs.readFileSync(path.join(EXAMPLES, name)));

async function open(wb: MockWorkbook) {
  return wb.run((context) => OfficeWorkbookSource.open(context));
}

describe.each(["camino-2020.xlsx", "meae-disinfo-2020.xlsx"])("%s open in Excel", (file) => {
  const xlsx = example(file);
  const raws = xlsx.sheetNames().map((n) => xlsx.readSheet(n));

  test("every sheet reads as the .xlsx reader reads it (values, origin, tables), in 2 syncs", async () => {
    const wb = MockWorkbook.fromRawSheets(raws);
    const sheets = await wb.run(async (context) => {
      const source = await OfficeWorkbookSource.open(context);
      expect(source.sheetNames()).toEqual(xlsx.sheetNames());
      return source.readSheets(source.sheetNames());
    });
    expect(wb.syncs).toBe(2);
    expect(sheets).toEqual(raws.map((r) => ({ ...r, values: rectangular(r.values) })));
  });

  test("the convention read through Excel gives the command line's summary", async () => {
    const wb = MockWorkbook.fromRawSheets(raws);
    const viaExcel = await wb.run(async (context) =>
      loadConvention(await OfficeWorkbookSource.open(context))
    );
    const viaFile = await loadConvention(xlsx);
    const summary = (r: typeof viaFile) =>
      summarize(analyse(r.data!, r.issues, "2020-12-31", r.sheetNames).reconciliation, r.issues);
    expect(viaExcel.data).not.toBeNull();
    expect(summary(viaExcel)).toEqual(summary(viaFile));
    expect(wb.runs).toBe(1);
    expect(wb.syncs).toBe(2);
    expect([...wb.calls].filter((c) => !READ_ONLY_CALLS.includes(c))).toEqual([]);
  });
});

test("a ledger of 20 000 rows is still two syncs", async () => {
  const rows = Array.from({ length: 20000 }, (_, i) => [
    String(100000000 + i),
    44000,
    "2103104101",
    10,
  ]);
  const wb = MockWorkbook.fromRawSheets([
    {
      name: "Paiements",
      values: [["N° DP", "Date", "N° EJ", "Montant CP"], ...rows],
      origin: { row: 0, col: 0 },
      tables: [],
    },
  ]);
  const [sheet] = await wb.run(async (context) =>
    (await OfficeWorkbookSource.open(context)).readSheets(["Paiements"])
  );
  expect(sheet.values).toHaveLength(20001);
  expect(wb.syncs).toBe(2);
});

describe("cells and ranges as Excel gives them", () => {
  const raw = (
    name: string,
    values: RawSheet["values"],
    origin = { row: 0, col: 0 }
  ): RawSheet => ({ name, values, origin, tables: [] });

  test("Excel errors become { error }, empty cells null; a text that looks like an error stays text", async () => {
    const wb = MockWorkbook.fromRawSheets([
      raw("Paiements", [
        ["Montant CP", "Note"],
        [{ error: "#N/A" }, "#N/A"],
        [null, true],
      ]),
    ]);
    const source = await open(wb);
    const [sheet] = await wb.run(async (context) =>
      (await OfficeWorkbookSource.open(context)).readSheets(["Paiements"])
    );
    expect(source.sheetNames()).toEqual(["Paiements"]);
    expect(sheet.values).toEqual([
      ["Montant CP", "Note"],
      [{ error: "#N/A" }, "#N/A"],
      [null, true],
    ]);
  });

  test("a used range away from A1 keeps its origin; an empty sheet is a null object", async () => {
    const wb = MockWorkbook.fromRawSheets([
      raw("Plafonds", [["AE"], [1]], { row: 4, col: 2 }),
      raw("Vide", []),
    ]);
    const sheets = await wb.run(async (context) =>
      (await OfficeWorkbookSource.open(context)).readSheets(["Plafonds", "Vide"])
    );
    expect(sheets.map((s) => [s.name, s.origin, s.values])).toEqual([
      ["Plafonds", { row: 4, col: 2 }, [["AE"], [1]]],
      ["Vide", { row: 0, col: 0 }, []],
    ]);
  });

  test("tables are read only for the sheets asked for, with header and totals flags", async () => {
    const table = {
      name: "T1",
      range: { top: 1, left: 1, bottom: 5, right: 3 },
      hasHeader: true,
      totalsRows: 1,
    };
    const wb = MockWorkbook.fromRawSheets([
      { ...raw("L'autre feuille", [["x"]]), tables: [{ ...table, name: "T0" }] },
      { ...raw("Engagements", [["x"]]), tables: [table] },
    ]);
    const [sheet] = await wb.run(async (context) =>
      (await OfficeWorkbookSource.open(context)).readSheets(["Engagements"])
    );
    expect(sheet.tables).toEqual([table]);
  });

  test("sheet ids are known by name; an unknown sheet is refused in French", async () => {
    const wb = MockWorkbook.fromRawSheets([raw("Plafonds", [["AE"]])]);
    await wb.run(async (context) => {
      const source = await OfficeWorkbookSource.open(context);
      expect(source.sheetId("Plafonds")).toBe(wb.sheet("Plafonds").id);
      expect(source.sheetId("Absente")).toBeUndefined();
      await expect(source.readSheets(["Absente"])).rejects.toThrow(
        "La feuille « Absente » n'existe pas"
      );
    });
  });
});

describe("rangeOfAddress", () => {
  test.each([
    ["Engagements!A1:J20", { top: 0, left: 0, bottom: 19, right: 9 }],
    ["'Feuille ! 1'!$B$2:$D$9", { top: 1, left: 1, bottom: 8, right: 3 }],
    ["Feuil1!C3", { top: 2, left: 2, bottom: 2, right: 2 }],
    ["Feuil1!AA10:AB12", { top: 9, left: 26, bottom: 11, right: 27 }],
  ])("%s", (address, range) => expect(rangeOfAddress(address)).toEqual(range));

  test.each(["Feuil1!#REF!", "Feuil1!A1:B2:C3", "Feuil1!1:3", ""])(
    "%s is not a rectangle",
    (address) => expect(rangeOfAddress(address)).toBeNull()
  );
});
