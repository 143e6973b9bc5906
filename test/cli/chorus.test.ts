import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { SummarySchema } from "../../src/domain/summary-schema";
import { decodeText, parseCsv } from "../../src/workbook/text/csv";
import { EXAMPLES, parts, plafond, tmpDir } from "../helpers/cli";

const CAMINO = path.join(EXAMPLES, "camino-2020.xlsx");
const FIXTURES = path.join(__dirname, "..", "fixtures", "chorus");
const EXTRACT = path.join(FIXTURES, "camino-infbud53-2020.csv");
const rel = (p: string) => path.relative(path.join(__dirname, "..", ".."), p);

/** The extract as Excel shows it once pasted: numbers, real dates, "#" and texts kept. */
function pastedValues(): (string | number | Date | null)[][] {
  const rows = parseCsv(decodeText(fs.readFileSync(EXTRACT)).text).rows;
  return rows.map((r) =>
    r.map((v) => {
      const date = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(v);
      if (date) return new Date(Date.UTC(+date[3], +date[2] - 1, +date[1]));
      if (/^\d+,\d{2}$/.test(v)) return Number(v.replace(",", "."));
      return v === "" ? null : v;
    })
  );
}

async function caminoWith(edit: (wb: ExcelJS.Workbook) => void, file: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(CAMINO);
  edit(wb);
  await wb.xlsx.writeFile(file);
  return file;
}

describe("plafond report --chorus: the rapprochement", () => {
  const dir = tmpDir();
  const out = path.join(dir, "camino.rapport.xlsx");
  const run = plafond([
    "report",
    CAMINO,
    "--chorus",
    rel(EXTRACT),
    "--json",
    "--as-of",
    "2020-12-31",
    "--out",
    out,
  ]);
  const summary = run.status === 0 ? JSON.parse(run.stdout) : null;

  test("the summary lists the source read and the rapprochement", () => {
    expect(run.stderr).toBe("");
    expect(SummarySchema.parse(summary)).toBeTruthy();
    expect(summary.chorus).toEqual([{ file: rel(EXTRACT), rows: 19, skipped: 0, exercice: 2020 }]);
    expect(summary.reconciliation).toMatchObject({
      matched: 16,
      onlyInWorkbook: ["2103104801"],
      onlyInChorus: ["2103104890"],
    });
    expect(summary.reconciliation.mismatches.map((m: { ej: string }) => m.ej)).toEqual([
      "2103104388",
      "2103104610",
    ]);
  });

  test("the Rapport holds the section, EJ linked to the workbook, and no link to a row of the CSV file", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const texts: unknown[][] = [];
    wb.getWorksheet("Rapport")!.eachRow((row) =>
      texts.push(
        (row.values as unknown[])
          .slice(1)
          .map((v) =>
            typeof v === "object" && v !== null && "text" in v ? (v as { text: string }).text : v
          )
      )
    );
    const firstCells = texts.map((r) => r[0]);
    expect(firstCells).toEqual(
      expect.arrayContaining([
        "Extraits Chorus",
        "Rapprochement avec Chorus",
        "Rapprochement par unité opérationnelle",
      ])
    );
    expect(texts.find((r) => r[0] === rel(EXTRACT))!.slice(2, 5)).toEqual([19, 0, 2020]);
    expect(texts.find((r) => r[0] === "2103104610")!.slice(1, 8)).toEqual([
      "Écart",
      12000,
      12500,
      -500,
      6000,
      6000,
      0,
    ]);
    expect(texts.find((r) => r[0] === "2103104890")![1]).toBe("Absent du classeur");
    const uoTotal = texts.filter((r) => r[0] === "Total").pop()!;
    expect(uoTotal.slice(2, 8)).toEqual([275000, 269800, 5200, 223500, 213500, 10000]);
    const added = Object.entries(parts(out)).find(([n]) => !(n in parts(CAMINO)))!;
    const xml = Buffer.from(added[1]).toString("utf8");
    expect(xml).toMatch(/location="'Engagements'!A20"/);
    expect(xml).not.toMatch(/location="[^"]*csv/);
  });

  test("the human summary says what was read and found", () => {
    const r = plafond([
      "report",
      CAMINO,
      "--chorus",
      EXTRACT,
      "--as-of",
      "2020-12-31",
      "--out",
      path.join(dir, "h.xlsx"),
    ]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`Extrait Chorus ${EXTRACT} : 19 ligne(s) lue(s), 0 ignorée(s)`);
    expect(r.stdout).toContain(
      "Rapprochement : 16 EJ rapproché(s), 1 seulement dans le classeur, 1 seulement dans Chorus, 2 en écart"
    );
  });
});

describe("plafond report: an extract pasted in the workbook, or given as .xlsx, and the referential", () => {
  test("a workbook without Engagements / Paiements gets its figures from the extract pasted on a sheet", async () => {
    const dir = tmpDir();
    const input = await caminoWith(
      (wb) => {
        wb.removeWorksheet(wb.getWorksheet("Engagements")!.id);
        wb.removeWorksheet(wb.getWorksheet("Paiements")!.id);
        wb.addWorksheet("Extraction Chorus").addRows(pastedValues());
      },
      path.join(dir, "camino-chorus.xlsx")
    );
    const r = plafond([
      "report",
      input,
      "--json",
      "--as-of",
      "2020-12-31",
      "--out",
      path.join(dir, "o.xlsx"),
    ]);
    expect(r.stderr).toBe("");
    const s = JSON.parse(r.stdout);
    expect(s.total).toMatchObject({ engagedAE: "269800.00", paidCP: "213500.00" });
    expect(s.chorus).toEqual([
      {
        file: "Extraction Chorus",
        sheet: "Extraction Chorus",
        rows: 19,
        skipped: 0,
        exercice: 2020,
      },
    ]);
    expect(
      s.issues.map(
        (i: { code: string; sheet: string; row: number }) => `${i.code}@${i.sheet}:${i.row}`
      )
    ).toContain("UO_WITHOUT_CEILING@Extraction Chorus:28");
    expect(s.reconciliation).toBeUndefined();
  });

  test("an .xlsx extract is read sheet by sheet; several --chorus add up", async () => {
    const dir = tmpDir();
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Notes").addRow(["rien ici"]);
    wb.addWorksheet("INFBUD53").addRows(pastedValues());
    const xlsx = path.join(dir, "extrait.xlsx");
    await wb.xlsx.writeFile(xlsx);
    const r = plafond([
      "report",
      CAMINO,
      "--chorus",
      xlsx,
      "--chorus",
      path.join(FIXTURES, "financial_cp.csv"),
      "--json",
      "--as-of",
      "2020-12-31",
      "--out",
      path.join(dir, "o.xlsx"),
    ]);
    expect(r.stderr).toBe("");
    const s = JSON.parse(r.stdout);
    expect(
      s.chorus.map((c: { file: string; sheet?: string; rows: number }) => [
        path.basename(c.file),
        c.sheet ?? null,
        c.rows,
      ])
    ).toEqual([
      ["extrait.xlsx", "INFBUD53", 19],
      ["financial_cp.csv", null, 5],
    ]);
    expect(s.issues.some((i: { sheet: string }) => i.sheet === "[extrait.xlsx]INFBUD53")).toBe(
      true
    );
    expect(s.reconciliation.matched).toBe(16);
  });

  test("--referential flags the codes the calculette does not hold", () => {
    const dir = tmpDir();
    const r = plafond([
      "report",
      CAMINO,
      "--referential",
      path.join(FIXTURES, "Calculette_Chorus_test.xlsx"),
      "--json",
      "--as-of",
      "2020-12-31",
      "--out",
      path.join(dir, "o.xlsx"),
    ]);
    expect(r.status).toBe(0);
    const flagged = JSON.parse(r.stdout).issues.filter(
      (i: { code: string }) => i.code === "CODE_NOT_IN_REFERENTIAL"
    );
    expect(flagged.map((i: { message: string }) => i.message.split(" est absent")[0])).toEqual(
      expect.arrayContaining([
        "Le programme 0113",
        "Le domaine fonctionnel 0113-07-16",
        "L'activité 011301MB0601",
        "Le centre de coûts DININCUB75",
      ])
    );
  });

  test.each([
    ["a missing extract", ["--chorus", "absent.csv"], /fichier introuvable : absent\.csv/],
    [
      "a file that is no extract",
      ["--chorus", path.join(FIXTURES, "README.md")],
      /README\.md : aucune ligne d'en-tête d'extrait Chorus/,
    ],
    // A path that cannot even be looked at (a file taken for a folder): the French line, not a
    // raw ENOTDIR from the size count that decides the collections (report.ts).
    [
      "a referential under a file",
      ["--referential", path.join(FIXTURES, "README.md", "x.xlsx")],
      /fichier introuvable : .*README\.md\/x\.xlsx/,
    ],
    [
      "an extract under a file",
      ["--chorus", path.join(FIXTURES, "README.md", "x.csv")],
      /fichier introuvable : .*README\.md\/x\.csv/,
    ],
    [
      "a referential that is not a workbook",
      ["--referential", path.join(FIXTURES, "aife_cp.csv")],
      /doit être un classeur \.xlsx/,
    ],
  ])("exit 2 and one line for %s, nothing written", (_, extra, message) => {
    const dir = tmpDir();
    const out = path.join(dir, "never.xlsx");
    const r = plafond(["report", CAMINO, ...extra, "--out", out]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(message);
    expect(fs.existsSync(out)).toBe(false);
  });
});
