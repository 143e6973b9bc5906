/**
 * The drifts the four copies of the pipeline had, each pinned now that it exists once (src/app):
 * one "not a convention" rule for every entry, one copy name, one reading of a convention's text,
 * gauges judged on exact amounts, one euro format in every imported workbook.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { reportCopyName } from "../../src/app/copy-name";
import { conventionFileText } from "../../src/app/convention-file";
import { importText } from "../../src/app/import-convention";
import { openConvention } from "../../src/app/open-convention";
import { paneView } from "../../src/app/pane-view";
import { reportModel } from "../../src/app/report";
import { NUMBER_FORMATS } from "../../src/domain/styles";
import type { RawSheet, WorkbookSource } from "../../src/grid";
import { FileHost } from "../../src/preview/file-host";
import { importGrid } from "../../src/workbook/office/import-grid";
import { newWorkbook } from "../../src/workbook/xlsx/newWorkbook";
import { caminoSheets, sheet } from "../helpers/book";
import { plafond, tmpDir } from "../helpers/cli";
import {
  exampleSheets,
  ExcelError,
  installOfficeGlobals,
  invoke,
  loadFunctions,
  MockWorkbook,
  removeOfficeGlobals,
  settle,
} from "../functions/helpers";
import { buildXlsx } from "../hostile/xlsx-builder";

const source = (sheets: RawSheet[]): WorkbookSource => ({
  sheetNames: () => sheets.map((s) => s.name),
  readSheets: async (names) => names.map((n) => sheets.find((s) => s.name === n)!),
});

const urls = { create: () => "blob:x", revoke: () => undefined };

describe("one rule for 'not a convention workbook', the same words everywhere", () => {
  const cases: Array<[string, RawSheet[]]> = [
    ["Plafonds missing", exampleSheets("camino-2020.xlsx").filter((s) => s.name !== "Plafonds")],
    ["an empty workbook", [sheet("Feuil1", [])]],
    [
      "a required column missing",
      exampleSheets("camino-2020.xlsx").map((s) =>
        s.name === "Plafonds" ? { ...s, values: s.values.map((r) => r.slice(0, -1)) } : s
      ),
    ],
  ];

  test.each(cases)(
    "%s: the command line, the pane and the CONV functions say the one message",
    async (_, sheets) => {
      const opened = await openConvention(source(sheets), { asOf: "2020-12-31" });
      if (opened.ok) throw new Error("should not be a convention");
      expect(
        opened.problems.every((p) => p.code === "SHEET_MISSING" || p.code === "COLUMN_MISSING")
      ).toBe(true);

      // The command line: exit 2 and the message after the file's name.
      const dir = tmpDir();
      const file = path.join(dir, "classeur.xlsx");
      fs.writeFileSync(file, buildXlsx(sheets.map((s) => ({ name: s.name, rows: s.values }))));
      const cli = plafond(["report", file, "--out", path.join(dir, "copie.xlsx")]);
      expect({ status: cli.status, stderr: cli.stderr.trim() }).toEqual({
        status: 2,
        stderr: `plafond: ${file} : ${opened.message}`,
      });

      // The pane (preview host): the same problems and message.
      const bytes = fs.readFileSync(file);
      const pane = await new FileHost("classeur.xlsx", bytes, urls).analyse("2020-12-31");
      expect(pane).toEqual({
        kind: "notConvention",
        problems: opened.problems,
        message: opened.message,
      });

      // The CONV functions: #N/A with the same message.
      const wb = MockWorkbook.fromRawSheets(sheets);
      installOfficeGlobals(wb);
      try {
        const cell = invoke(loadFunctions(), "remainingCp", null, null);
        await settle();
        expect(cell.value).toEqual(new ExcelError("#N/A", opened.message));
      } finally {
        removeOfficeGlobals();
        fs.rmSync(dir, { recursive: true, force: true });
      }
    }
  );
});

describe("the copy's name", () => {
  test("a macro-enabled workbook's copy stays .xlsm in the preview as in the command line", async () => {
    const bytes = fs.readFileSync(path.join(__dirname, "../../examples/camino-2020.xlsx"));
    const host = new FileHost("Budget 2020.xlsm", bytes, urls);
    const written = await host.generate("2020-12-31", () => undefined);
    if (written.kind !== "ok") throw new Error("Camino is a convention");
    expect(written.download?.fileName).toBe("Budget 2020.rapport.xlsm");
    expect(reportCopyName("Budget 2020.xlsm")).toBe("Budget 2020.rapport.xlsm");
  });
});

describe("a convention's text, read the same by the command line and the pane", () => {
  const TEXT = fs.readFileSync(
    path.join(__dirname, "../e2e/fixtures/mtes-dinum-camino-2020.txt"),
    "utf8"
  );
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, "utf16le")]);
  const noPdf = async () => {
    throw new Error("no PDF here");
  };

  test("UTF-16 with its mark: `plafond import` reads it as the pane does, to the same figures", async () => {
    expect(await conventionFileText("c.txt", utf16, noPdf)).toBe(TEXT);
    const dir = tmpDir();
    const file = path.join(dir, "convention.txt");
    fs.writeFileSync(file, utf16);
    const r = plafond(["import", file, "--json", "--out", path.join(dir, "c.xlsx")]);
    fs.rmSync(dir, { recursive: true, force: true });
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.ceilings.map((c: { ae: string }) => c.ae)).toEqual([
      "140000.00",
      "80000.00",
      "100000.00",
    ]);
  });
});

describe("gauges are judged on exact amounts", () => {
  test("100 004 € engaged on 100 000 €: exceeded in the gauge, the Rapport and the anomalies alike", async () => {
    const sheets = caminoSheets([
      [
        "2103100001",
        "15/05/2020",
        "0181-CPRI-ELAB",
        "0181-11-03",
        "018111AM0303",
        "DININCUB75",
        "X",
        "Devops",
        100004,
      ],
    ]);
    const opened = await openConvention(source(sheets), { asOf: "2020-12-31" });
    if (!opened.ok) throw new Error("a convention");
    const line = opened.analysis.reconciliation.lines.find(
      (l) => l.centreFinancier === "0181-CPRI-ELAB"
    )!;
    expect(line.engagementRate?.toFixed(4)).toBe("1.0000"); // what a rounded rate would show
    expect(opened.analysis.issues.map((i) => i.code)).toContain("AE_CEILING_EXCEEDED");
    // Total: 100 004 on 320 000 → within; the line of 0181 is exceeded, and its Rapport cell says so.
    const row = reportModel(opened).rows.find((r) => r[0]?.value === "0181-CPRI-ELAB")!;
    expect(row[5]).toMatchObject({ value: "100004.00", emphasis: "alert" });
    const only0181 = caminoSheets([
      [
        "2103100001",
        "15/05/2020",
        "0181-CPRI-ELAB",
        "0181-11-03",
        "018111AM0303",
        "DININCUB75",
        "X",
        "Devops",
        100004,
      ],
    ]).map((s) => (s.name === "Plafonds" ? sheet("Plafonds", [s.values[0], s.values[3]]) : s));
    const alone = await openConvention(source(only0181), { asOf: "2020-12-31" });
    if (!alone.ok) throw new Error("a convention");
    expect(paneView(alone).gauges.ae).toEqual({ rate: "1.0000", standing: "exceeded" });
    // 90 000 of 100 000 at a 90 % threshold is near, 89 999,99 is not.
    const near = (amount: number) =>
      openConvention(
        source(
          only0181.map((s) =>
            s.name === "Engagements"
              ? sheet("Engagements", [s.values[0], [...s.values[1].slice(0, 8), amount]])
              : s
          )
        ),
        { asOf: "2020-12-31" }
      );
    const [at, below] = await Promise.all([near(90000), near(89999.99)]);
    expect([at, below].map((o) => (o.ok ? paneView(o).gauges.ae.standing : null))).toEqual([
      "near",
      "within",
    ]);
  });
});

describe("one euro format in every imported workbook", () => {
  const { sheets } = importText(
    fs.readFileSync(path.join(__dirname, "../e2e/fixtures/mtes-dinum-camino-2020.txt"), "utf8")
  );

  test("`plafond import`, the preview's download and Excel's sheets all take the style table's", async () => {
    const dir = tmpDir();
    const out = path.join(dir, "c.xlsx");
    const text = path.join(dir, "c.txt");
    fs.copyFileSync(path.join(__dirname, "../e2e/fixtures/mtes-dinum-camino-2020.txt"), text);
    expect(plafond(["import", text, "--out", out]).status).toBe(0);
    const cli = new ExcelJS.Workbook();
    await cli.xlsx.load(fs.readFileSync(out) as unknown as ArrayBuffer);
    const preview = new ExcelJS.Workbook();
    await preview.xlsx.load(Buffer.from(newWorkbook(sheets)) as unknown as ArrayBuffer);
    fs.rmSync(dir, { recursive: true, force: true });
    const euroOf = (wb: ExcelJS.Workbook) => wb.getWorksheet("Plafonds")!.getCell("F2").numFmt;
    expect(euroOf(cli)).toBe(euroOf(preview));
    expect(euroOf(cli).replace(/\\/g, "")).toBe(NUMBER_FORMATS.euro.replace(/\\/g, ""));
    const plafonds = sheets.find((s) => s.name === "Plafonds")!;
    expect(importGrid(plafonds).numberFormats[1][5]).toBe(NUMBER_FORMATS.euro);
  });
});
