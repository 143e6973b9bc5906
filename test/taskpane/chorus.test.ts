/**
 * Chorus in the pane: the Camino workbook with its INFBUD53 extract pasted on a sheet
 * (test/fixtures/chorus/CAMINO.md says what differs). The pane's view carries the
 * rapprochement, its anomalies point at cells of the workbook (the extract's sheet included)
 * and are grouped by that sheet, and the Rapport written by either host holds the
 * "Rapprochement avec Chorus" section, as the command line's does.
 */
jest.mock("office-addin-manifest", () => ({
  // office-addin-mock (imported by the fakes' helpers) needs only this enum of the package
  OfficeApp: { Excel: "excel" },
}));

import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { FileHost } from "../../src/preview/file-host";
import { groupIssues } from "../../src/taskpane/anomaly-groups";
import { reconciliationRows, sourceSentence } from "../../src/taskpane/components/ChorusSummary";
import { OfficeHost } from "../../src/taskpane/office-host";
import { csvInput } from "../../src/workbook/chorus-files";
import { openXlsx } from "../../src/workbook/xlsx";
import { fakeExcelFromXlsx } from "../workbook/office/write-fake-excel";

const ROOT = path.join(__dirname, "..", "..");
const EXTRACT_FILE = path.join(ROOT, "test", "fixtures", "chorus", "camino-infbud53-2020.csv");
const SHEET = "Extrait INFBUD53";
const extractRows = csvInput(new Uint8Array(fs.readFileSync(EXTRACT_FILE)), "x.csv").values;

/** examples/camino-2020.xlsx with the extract pasted, as exported, on a sheet of its own. */
async function caminoWithExtract(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path.join(ROOT, "examples", "camino-2020.xlsx"));
  book.addWorksheet(SHEET).addRows(extractRows.map((r) => [...r]));
  return new Uint8Array(await book.xlsx.writeBuffer());
}

const urls = { create: () => "blob:test", revoke: () => undefined };

/** The sheet's texts, row by row, as the xlsx reader gives them. */
async function rapportTexts(bytes: Uint8Array): Promise<string[]> {
  const sheet = openXlsx(bytes).readSheet("Rapport");
  return sheet.values.flat().filter((v): v is string => typeof v === "string");
}

describe("Camino with its INFBUD53 extract pasted on a sheet", () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await caminoWithExtract();
  });

  test("the view carries the rapprochement: 16 EJ matched, one on each side only, 2 mismatches", async () => {
    const outcome = await new FileHost("camino.xlsx", bytes, urls).analyse("2020-12-31");
    if (outcome.kind !== "ok") throw new Error("Camino is a convention");
    const { summary, extractSheets } = outcome.view;
    expect(extractSheets).toEqual([SHEET]);
    expect(summary.chorus).toEqual([
      { file: SHEET, sheet: SHEET, rows: 19, skipped: 0, exercice: 2020 },
    ]);
    expect(sourceSentence(summary.chorus![0])).toBe(
      "Extrait « Extrait INFBUD53 » : 19 lignes lues, exercice 2020."
    );
    const rows = reconciliationRows(summary.reconciliation!).map(([t, v]) => [
      t,
      v.replace(/[\u202f\u00a0]/g, " "),
    ]);
    expect(rows).toEqual([
      ["EJ rapprochés", "16"],
      ["EJ seulement dans le classeur", "1"],
      ["EJ seulement dans Chorus", "1"],
      ["EJ avec un écart de montant", "2"],
      ["AE : classeur / Chorus", "275 000,00 € / 269 800,00 €"],
      ["CP : classeur / Chorus", "223 500,00 € / 213 500,00 €"],
    ]);
  });

  test("its anomalies point at their cells, the extract's included, and are grouped by sheet", async () => {
    const outcome = await new FileHost("camino.xlsx", bytes, urls).analyse("2020-12-31");
    if (outcome.kind !== "ok") throw new Error("Camino is a convention");
    const { issues, extractSheets } = outcome.view;
    const cells = (code: string) => issues.filter((i) => i.code === code).map((i) => i.cell);
    const row890 = extractRows.findIndex((r) => r[5] === "2103104890") + 1;
    expect(cells("EJ_ONLY_IN_CHORUS")).toEqual([{ sheet: SHEET, row: row890, column: 5 }]);
    expect(cells("EJ_ONLY_IN_WORKBOOK")).toEqual([
      expect.objectContaining({ sheet: "Engagements", column: 0 }),
    ]);
    expect(cells("CHORUS_MISMATCH").map((c) => c?.sheet)).toEqual(["Engagements", "Paiements"]);

    const groups = groupIssues(issues, extractSheets).map((g) => [
      g.title,
      g.sheets.map((s) => `${s.label}:${s.issues.map((i) => i.code).join(",")}`),
    ]);
    expect(groups[0]).toEqual([
      "Erreurs",
      [
        "Engagements:IMPUTATION_NOT_AUTHORISED,CHORUS_MISMATCH",
        // Issue 11: at 31/12/2020 the 2021 payment is later: no CP_CEILING_EXCEEDED on 2021.
        "Paiements:CHORUS_MISMATCH",
      ],
    ]);
    // The contract's sheets first, then the extract, named as one.
    const warnings = groups[1][1] as string[];
    expect(warnings[warnings.length - 1]).toBe(`${SHEET} (extrait Chorus):EJ_ONLY_IN_CHORUS`);
    expect(
      warnings.some((w) => w.startsWith("Engagements:") && w.includes("EJ_ONLY_IN_WORKBOOK"))
    ).toBe(true);
  });

  test("the preview's Rapport holds the Rapprochement avec Chorus section", async () => {
    let blob: Blob | null = null;
    const host = new FileHost("camino.xlsx", bytes, {
      create: (b) => ((blob = b), "blob:test"),
      revoke: () => undefined,
    });
    expect((await host.generate("2020-12-31", () => undefined)).kind).toBe("ok");
    const texts = await rapportTexts(new Uint8Array(await blob!.arrayBuffer()));
    expect(texts).toEqual(expect.arrayContaining(["Extraits Chorus", "Rapprochement avec Chorus"]));
    expect(texts).toContain("2103104890");
  });

  test("the Rapport written in Excel holds it too, its EJ linked to the extract's row", async () => {
    const fake = fakeExcelFromXlsx(bytes);
    const written = await new OfficeHost((batch) => batch(fake.context)).generate(
      "2020-12-31",
      () => undefined
    );
    expect(written.kind).toBe("ok");
    const rapport = fake.sheet("Rapport")!;
    const cells = [...rapport.cells.values()];
    expect(cells.some((c) => c.value === "Rapprochement avec Chorus")).toBe(true);
    const link = cells.find((c) => c.value === "2103104890")?.hyperlink?.documentReference;
    const row890 = extractRows.findIndex((r) => r[5] === "2103104890") + 1;
    expect(link).toBe(`'${SHEET}'!F${row890}`);
    expect(fake.syncs).toBe(3);
  });
});
