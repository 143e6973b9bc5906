import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { camino } from "../../scripts/examples/camino";
import { meae } from "../../scripts/examples/meae";
import { SummarySchema } from "../../src/domain/summary-schema";
import { EXAMPLES, parts, plafond, sha256, tmpDir } from "../helpers/cli";

const CAMINO = path.join(EXAMPLES, "camino-2020.xlsx");
const MEAE = path.join(EXAMPLES, "meae-disinfo-2020.xlsx");
const INDEX_PARTS = new Set([
  "[Content_Types].xml",
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
  "xl/styles.xml",
  "xl/sharedStrings.xml",
]);

describe("plafond report on the example conventions", () => {
  const dir = tmpDir();
  const out = path.join(dir, "camino.rapport.xlsx");
  const before = sha256(CAMINO);
  const run = plafond(["report", CAMINO, "--json", "--as-of", "2020-12-31", "--out", out]);
  const summary = run.status === 0 ? JSON.parse(run.stdout) : null;

  test("exits 0 and prints a summary that follows the contract", () => {
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(SummarySchema.parse(summary)).toBeTruthy();
    expect(summary.convention).toMatchObject({
      reference: "MTES-DINUM-2020",
      delegataire: "DINUM",
      start: "2020-03-26",
      end: "2020-12-31",
    });
    expect(summary.asOf).toBe("2020-12-31");
  });

  test("Camino figures per UO and year, exact to the cent", () => {
    expect(summary.lines).toEqual(camino.expected.lines);
    expect(summary.total).toEqual(camino.expected.total);
  });

  test("the planted anomalies are found at their rows and columns", () => {
    const found = summary.issues.map(
      (i: { code: string; sheet: string; row: number; column: string }) =>
        `${i.code} ${i.sheet}:${i.row} ${i.column}`
    );
    expect(found).toEqual(
      expect.arrayContaining([
        "IMPUTATION_NOT_AUTHORISED Engagements:12 Activité",
        "DUPLICATE_ROW Paiements:24 N° DP",
        "AE_CEILING_NEAR Plafonds:4 AE",
      ])
    );
    // Changed (issue 11): the 2021 payment is later than 31/12/2020, counted and checked nowhere.
    expect(summary.later).toEqual({ engagements: 0, payments: 1, ceilings: 0 });
    const in2021 = JSON.parse(
      plafond([
        "report",
        CAMINO,
        "--json",
        "--as-of",
        "2021-01-31",
        "--out",
        path.join(dir, "2021.xlsx"),
      ]).stdout
    );
    const found2021 = in2021.issues.map(
      (i: { code: string; sheet: string; row: number; column: string }) =>
        `${i.code} ${i.sheet}:${i.row} ${i.column}`
    );
    expect(found2021).toEqual(
      expect.arrayContaining([
        "DATE_OUTSIDE_PERIOD Paiements:32 Date",
        "CP_CEILING_EXCEEDED Paiements:32 Montant CP",
      ])
    );
  });

  test("the input file is left untouched", () => {
    expect(sha256(CAMINO)).toBe(before);
  });

  test("the copy keeps every part of the input package byte for byte", () => {
    const input = parts(CAMINO);
    const output = parts(out);
    for (const [name, bytes] of Object.entries(input)) {
      expect(output[name]).toBeDefined();
      if (INDEX_PARTS.has(name) || name.startsWith("docProps/")) continue;
      expect(Buffer.from(output[name]).equals(Buffer.from(bytes))).toBe(true);
    }
    const added = Object.keys(output).filter((n) => !(n in input));
    expect(added).toEqual([expect.stringMatching(/^xl\/worksheets\/sheet\d+\.xml$/)]);
  });

  test("the Rapport read back (with exceljs) holds the same figures and the anomalies with links", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Convention",
      "Plafonds",
      "Imputations",
      "Engagements",
      "Paiements",
      "Prévisions",
      "Rapport",
    ]);
    const ws = wb.getWorksheet("Rapport")!;
    const rows: unknown[][] = [];
    ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const texts = rows.map((r) =>
      r.map((v) =>
        typeof v === "object" && v !== null && "text" in v ? (v as { text: string }).text : v
      )
    );
    const line = texts.find((r) => r[0] === "0181-CPRI-ELAB")!;
    expect(line.slice(1, 7)).toEqual([2020, 100000, 100000, 0, 95000, 79000]);
    const total = texts.find((r) => r[0] === "Total")!;
    expect(total[5]).toBe(275000);
    // Changed (issue 11): the duplicated DP counts once and the 2021 payment is later than the date.
    expect(total[6]).toBe(213500);
    const anomaly = texts.find((r) => r[1] === "IMPUTATION_NOT_AUTHORISED")!;
    expect(anomaly.slice(0, 5)).toEqual([
      "Erreur",
      "IMPUTATION_NOT_AUTHORISED",
      "Engagements",
      12,
      "Activité",
    ]);
    // The row number links to the cell (exceljs does not expose internal links: read the XML).
    const added = Object.entries(parts(out)).find(([n]) => !(n in parts(CAMINO)))!;
    expect(Buffer.from(added[1]).toString("utf8")).toMatch(
      /<hyperlink ref="D\d+" location="'Engagements'!E12"/
    );
    const numFmt = ws.getRow(rows.indexOf(rows[texts.indexOf(total)]) + 1).getCell(3).numFmt;
    expect(numFmt).toMatch(/€/);
  });

  test("MEAE figures", () => {
    const r = plafond([
      "report",
      MEAE,
      "--json",
      "--as-of",
      "2020-12-31",
      "--out",
      path.join(dir, "meae.xlsx"),
    ]);
    expect(r.status).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(s.lines).toEqual(meae.expected.lines);
    expect(s.total).toEqual(meae.expected.total);
    expect(s.issues.filter((i: { severity: string }) => i.severity === "error")).toEqual([]);
  });
});

describe("plafond report: files and options", () => {
  test("default output beside the input, human table on the terminal", () => {
    const dir = tmpDir();
    const input = path.join(dir, "ma convention é.xlsx");
    fs.copyFileSync(CAMINO, input);
    const r = plafond(["report", input, "--as-of", "2020-12-31"]);
    expect(r.status).toBe(0);
    const expectedOut = path.join(dir, "ma convention é.rapport.xlsx");
    expect(fs.existsSync(expectedOut)).toBe(true);
    expect(r.stdout).toContain("0113-PEBC-ELAB");
    expect(r.stdout).toContain("220 000,00");
    expect(r.stdout).toContain(`Rapport écrit dans ${expectedOut}`);
  });

  test("running again on the copy replaces Plafond's Rapport instead of adding another", async () => {
    const dir = tmpDir();
    const first = path.join(dir, "a.xlsx");
    const second = path.join(dir, "b.xlsx");
    expect(plafond(["report", CAMINO, "--out", first, "--as-of", "2020-06-30"]).status).toBe(0);
    expect(plafond(["report", first, "--out", second, "--as-of", "2020-12-31"]).status).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(second);
    expect(wb.worksheets.filter((w) => w.name.startsWith("Rapport")).map((w) => w.name)).toEqual([
      "Rapport",
    ]);
  });

  test("a user's own sheet named Rapport is kept and the report goes to Rapport (2)", async () => {
    const dir = tmpDir();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(CAMINO);
    wb.addWorksheet("rapport").getCell("A1").value = "mes notes";
    const input = path.join(dir, "with-rapport.xlsx");
    await wb.xlsx.writeFile(input);
    const out = path.join(dir, "out.xlsx");
    expect(plafond(["report", input, "--out", out]).status).toBe(0);
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(out);
    expect(back.getWorksheet("rapport")!.getCell("A1").value).toBe("mes notes");
    expect(back.getWorksheet("Rapport (2)")).toBeDefined();
  });

  test.each([
    ["a missing file", (d: string) => path.join(d, "absent.xlsx"), /fichier introuvable/],
    ["a folder", (d: string) => d, /est un dossier/],
    [
      "a text file named .xlsx",
      (d: string) => (
        fs.writeFileSync(path.join(d, "t.xlsx"), "a;b\n1;2\n"),
        path.join(d, "t.xlsx")
      ),
      /fichier texte|classeur/,
    ],
    [
      "an empty file",
      (d: string) => (fs.writeFileSync(path.join(d, "e.xlsx"), ""), path.join(d, "e.xlsx")),
      /vide|classeur/,
    ],
  ])("exit 2 and one French line for %s, nothing written", (_, make, message) => {
    const dir = tmpDir();
    const input = make(dir);
    const out = path.join(dir, "never.xlsx");
    const r = plafond(["report", input, "--out", out]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe("");
    expect(fs.existsSync(out)).toBe(false);
  });

  test("exit 2 for a workbook without the Plafonds sheet, naming it", async () => {
    const dir = tmpDir();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(CAMINO);
    wb.removeWorksheet(wb.getWorksheet("Plafonds")!.id);
    const input = path.join(dir, "sans-plafonds.xlsx");
    await wb.xlsx.writeFile(input);
    const r = plafond(["report", input]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/feuille « Plafonds » est absente/);
  });

  test("exit 2 for a missing column, naming sheet and column", async () => {
    const dir = tmpDir();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(CAMINO);
    wb.getWorksheet("Paiements")!.spliceColumns(3, 1);
    const input = path.join(dir, "sans-ej.xlsx");
    await wb.xlsx.writeFile(input);
    const r = plafond(["report", input]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/colonne « N° EJ » est absente de la feuille « Paiements »/);
  });

  test("--out equal to the input is refused; a bad --as-of too; an unwritable output exits 3", () => {
    const dir = tmpDir();
    const input = path.join(dir, "c.xlsx");
    fs.copyFileSync(CAMINO, input);
    const same = plafond(["report", input, "--out", path.join(dir, ".", "c.xlsx")]);
    expect(same.status).toBe(2);
    expect(same.stderr).toMatch(/ne peut pas être le classeur d'origine/);
    expect(plafond(["report", input, "--as-of", "31/12/2020"]).status).toBe(2);
    const unwritable = plafond(["report", input, "--out", path.join(dir, "no-such-dir", "x.xlsx")]);
    expect(unwritable.status).toBe(3);
    expect(unwritable.stderr).toMatch(/impossible d'écrire/);
    expect(fs.readdirSync(dir)).toEqual(["c.xlsx"]);
  });
});
