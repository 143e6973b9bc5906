/**
 * `plafond portfolio` through the real command line on real .xlsx files: the example portfolio,
 * each convention's share of the extract equal to `plafond report --chorus` on an extract holding
 * only its lines, the workbook read back, and the hostile cases (unreadable files among good ones,
 * no convention at all, outputs that exist, formulas and escape sequences in the users' cells).
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { strFromU8 } from "fflate";
import { SummarySchema } from "../../src/domain/summary-schema";
import { EXAMPLES, parts, plafond, sha256, tmpDir } from "../helpers/cli";

const CAMINO = path.join(EXAMPLES, "camino-2020.xlsx");
const MEAE = path.join(EXAMPLES, "meae-disinfo-2020.xlsx");
const EXTRACT = path.join(EXAMPLES, "portfolio", "infbud53-dinum-2020.csv");
const AS_OF = "2020-12-31";

/** A folder holding copies of the workbooks and the extract, under the names given. */
function folder(files: Record<string, string | Buffer>): string {
  const dir = tmpDir();
  for (const [name, from] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), typeof from === "string" ? fs.readFileSync(from) : from);
  }
  return dir;
}

const json = (stdout: string) => JSON.parse(stdout);

const EXTRACT_LINES = fs.readFileSync(EXTRACT, "utf8").split("\r\n");
/** The file line (1-based) of the extract's line holding this text. */
const lineOf = (text: string) => EXTRACT_LINES.findIndex((l) => l.includes(text)) + 1;
const CAMINO_LINE = (l: string) =>
  (l.includes("0113-PEBC-ELAB,") && l.includes("/011301MB0601,")) ||
  (l.includes("0181-CPRI-ELAB,") && l.includes("/018111AM0303,"));
const MEAE_LINE = (l: string) => l.includes("0105-CRES-CDSI,") && l.includes("/010501A61404,");

describe("the example portfolio: two conventions and one extract for both", () => {
  const dir = folder({
    "camino-2020.xlsx": CAMINO,
    "meae-disinfo-2020.xlsx": MEAE,
    "extrait.csv": EXTRACT,
  });
  const before = ["camino-2020.xlsx", "meae-disinfo-2020.xlsx", "extrait.csv"].map((f) =>
    sha256(path.join(dir, f))
  );
  const args = [
    "portfolio",
    "camino-2020.xlsx",
    "meae-disinfo-2020.xlsx",
    "--chorus",
    "extrait.csv",
    "--as-of",
    AS_OF,
    "--reports",
    "rapports",
    "--out",
    "portefeuille.xlsx",
    "--json",
  ];
  const run = plafond(args, dir);
  const out = run.status === 0 ? json(run.stdout) : null;

  test("exits 0 and leaves every input as it was", () => {
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(
      ["camino-2020.xlsx", "meae-disinfo-2020.xlsx", "extrait.csv"].map((f) =>
        sha256(path.join(dir, f))
      )
    ).toEqual(before);
  });

  test("each convention's summary is the contract's, with its own share of the extract", () => {
    expect(out.conventions.map((c: { file: string }) => c.file)).toEqual([
      "camino-2020.xlsx",
      "meae-disinfo-2020.xlsx",
    ]);
    for (const c of out.conventions) SummarySchema.parse(c.summary);
    const [camino, meae] = out.conventions.map(
      (c: { summary: { chorus: { rows: number }[] } }) => c.summary
    );
    // Camino's lines less the one whose activité it does not authorise (011301MB0602).
    expect(camino.chorus[0].rows).toBe(EXTRACT_LINES.filter(CAMINO_LINE).length);
    expect(camino.chorus[0].rows).toBe(17);
    expect(meae.chorus[0].rows).toBe(EXTRACT_LINES.filter(MEAE_LINE).length);
    expect(meae.chorus[0].rows).toBe(10);
    expect(meae.reconciliation.matched).toBe(10);
    expect(meae.reconciliation.mismatches).toEqual([]);
  });

  /** The extract with only the lines a convention's imputations authorise, the others blanked (same line numbers). */
  function onlyLines(keep: (line: string) => boolean): string {
    const header = EXTRACT_LINES.findIndex((l) => l.startsWith("Centre financier,"));
    return EXTRACT_LINES.map((l, i) => (i <= header || keep(l) ? l : "")).join("\r\n");
  }

  test.each([
    ["camino-2020.xlsx", 0, CAMINO_LINE],
    ["meae-disinfo-2020.xlsx", 1, MEAE_LINE],
  ])(
    "the share of %s equals plafond report --chorus on an extract of its lines only",
    (file, index, keep) => {
      const alone = folder({
        [file]: path.join(EXAMPLES, file),
        "extrait.csv": Buffer.from(onlyLines(keep), "utf8"),
      });
      const report = plafond(
        ["report", file, "--chorus", "extrait.csv", "--as-of", AS_OF, "--json", "--out", "r.xlsx"],
        alone
      );
      expect(report.status).toBe(0);
      expect(out.conventions[index].summary).toEqual(json(report.stdout));
    }
  );

  test("the lines of no convention are listed with their totals per centre financier", () => {
    expect(
      out.horsConvention.lines.map((l: { row: number; centreFinancier: string; ej: string }) => [
        l.row,
        l.centreFinancier,
        l.ej,
      ])
    ).toEqual([
      [lineOf("2103104521"), "0113-PEBC-ELAB", "2103104521"],
      [lineOf("2103099001"), "0113-PEBC-PILO", "2103099001"],
    ]);
    expect(out.horsConvention.byCentreFinancier).toEqual([
      { centreFinancier: "0113-PEBC-ELAB", lines: 1, ae: "12000.00", cp: "6000.00" },
      { centreFinancier: "0113-PEBC-PILO", lines: 1, ae: "0.00", cp: "0.00" },
    ]);
  });

  test("totals per délégant and per year are the sums of the conventions' lines", () => {
    expect(out.totals.total.ceilingAE).toBe("480000.00");
    expect(out.totals.total.engagedAE).toBe("415000.00");
    expect(
      out.totals.byYear.map((g: { year: number; paidCP: string }) => [g.year, g.paidCP])
    ).toEqual([
      // As of 31/12/2020 (the rules of time): the DP entered twice counts once, the DP of 2021 is later.
      [2020, "327500.00"],
    ]);
    expect(out.totals.byDelegant).toHaveLength(2);
  });

  test("the portfolio workbook: one row per convention × UO × year, linked to its Rapport copy", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, "portefeuille.xlsx"));
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Portefeuille",
      "Anomalies",
      "Hors convention",
    ]);
    const sheet = wb.getWorksheet("Portefeuille")!;
    const header = (sheet.getRow(3).values as unknown[]).slice(1);
    const col = (name: string) => header.indexOf(name) + 1;
    const rows = [4, 5, 6].map((r) => sheet.getRow(r));
    expect(
      rows.map((r) => [
        r.getCell(col("Référence")).value,
        r.getCell(col("Centre financier")).value,
        r.getCell(col("Exercice")).value,
      ])
    ).toEqual([
      ["MTES-DINUM-2020", "0113-PEBC-ELAB", 2020],
      ["MTES-DINUM-2020", "0181-CPRI-ELAB", 2020],
      ["MEAE-DINUM-2020", "0105-CRES-CDSI", 2020],
    ]);
    expect(rows[2].getCell(col("AE engagées")).value).toBe(140000);
    expect(rows[2].getCell(col("AE non consommées (exercice clos)")).value).toBe(
      Number(out.conventions[1].summary.lines[0].lapsedAE ?? 0)
    );
    expect(sheet.getRow(7).getCell(1).value).toBe("Total");
    expect(sheet.getRow(7).getCell(col("Plafond AE")).value).toBe(480000);
    const link = rows[0].getCell(col("Rapport")).value as { hyperlink: string };
    expect(link.hyperlink).toBe("rapports/camino-2020.rapport.xlsx");
    expect(fs.existsSync(path.join(dir, "rapports", "camino-2020.rapport.xlsx"))).toBe(true);
    const anomalies = wb.getWorksheet("Anomalies")!;
    const first = (anomalies.getRow(2).values as unknown[]).slice(1);
    expect(first.slice(0, 2)).toEqual(["camino-2020.xlsx", "MTES-DINUM-2020"]);
    const issues = out.conventions.reduce(
      (n: number, c: { summary: { issues: unknown[] } }) => n + c.summary.issues.length,
      0
    );
    expect(anomalies.rowCount).toBe(1 + issues + out.issues.length);
  });

  test("the Rapport copy is the one plafond report writes", () => {
    const alone = folder({
      "camino-2020.xlsx": CAMINO,
      "extrait.csv": Buffer.from(onlyLines(CAMINO_LINE), "utf8"),
    });
    expect(
      plafond(
        [
          "report",
          "camino-2020.xlsx",
          "--chorus",
          "extrait.csv",
          "--as-of",
          AS_OF,
          "--out",
          "r.xlsx",
        ],
        alone
      ).status
    ).toBe(0);
    const mine = parts(path.join(dir, "rapports", "camino-2020.rapport.xlsx"));
    const theirs = parts(path.join(alone, "r.xlsx"));
    const sheets = (p: Record<string, Uint8Array>) =>
      Object.keys(p)
        .filter((k) => k.startsWith("xl/worksheets/"))
        .sort();
    expect(sheets(mine)).toEqual(sheets(theirs));
    for (const k of sheets(mine)) expect(strFromU8(mine[k])).toBe(strFromU8(theirs[k]));
  });

  test("nothing in the portfolio workbook is a formula; texts are inline strings", () => {
    const p = parts(path.join(dir, "portefeuille.xlsx"));
    const sheets = Object.keys(p).filter((k) => /^xl\/worksheets\/sheet\d+\.xml$/.test(k));
    expect(sheets).toHaveLength(3);
    for (const k of sheets) expect(strFromU8(p[k])).not.toMatch(/<f[ >]/);
    expect(Object.keys(p)).not.toContain("xl/sharedStrings.xml");
  });

  test("refuses to write over a file: the portfolio itself, or an input", () => {
    const again = plafond(args, dir);
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/portefeuille\.xlsx existe déjà/);
    const onInput = plafond(
      ["portfolio", "camino-2020.xlsx", "--out", "camino-2020.xlsx", "--as-of", AS_OF],
      dir
    );
    expect(onInput.status).toBe(2);
    expect(onInput.stderr).toMatch(/un des fichiers lus/);
    expect(sha256(path.join(dir, "camino-2020.xlsx"))).toBe(before[0]);
  });
});

test("the ends and notice dates within three months after the date are listed", () => {
  const dir = folder({ "camino-2020.xlsx": CAMINO, "meae-disinfo-2020.xlsx": MEAE });
  const run = plafond(
    ["portfolio", ".", "--as-of", "2020-10-15", "--json", "--out", "p.xlsx"],
    dir
  );
  expect(run.status).toBe(0);
  // Both end on 31/12/2020; their notice dates (30/09/2020, three months before) are past.
  expect(json(run.stdout).deadlines).toEqual([
    { file: "camino-2020.xlsx", reference: "MTES-DINUM-2020", kind: "end", date: "2020-12-31" },
    {
      file: "meae-disinfo-2020.xlsx",
      reference: "MEAE-DINUM-2020",
      kind: "end",
      date: "2020-12-31",
    },
  ]);
  const early = json(
    plafond(["portfolio", ".", "--as-of", "2020-07-01", "--json", "--out", "q.xlsx"], dir).stdout
  );
  expect(early.deadlines.map((d: { kind: string; date: string }) => [d.kind, d.date])).toEqual([
    ["notice", "2020-09-30"],
    ["notice", "2020-09-30"],
  ]);
});

describe("two conventions that authorise the same imputation", () => {
  const dir = folder({ "a.xlsx": MEAE, "b.xlsx": MEAE, "extrait.csv": EXTRACT });
  const run = plafond(
    ["portfolio", "a.xlsx", "b.xlsx", "--chorus", "extrait.csv", "--as-of", AS_OF, "--json"],
    dir
  );

  test("each of their lines is an error naming both, counted in neither", () => {
    expect(run.status).toBe(0);
    const out = json(run.stdout);
    const ambiguous = out.issues.filter(
      (i: { code: string }) => i.code === "CHORUS_LINE_AMBIGUOUS"
    );
    expect(ambiguous).toHaveLength(10);
    expect(ambiguous[0]).toMatchObject({
      severity: "error",
      sheet: "extrait.csv",
      row: lineOf("2103106201"),
    });
    expect(ambiguous[0].message).toContain("MEAE-DINUM-2020 (a.xlsx) et MEAE-DINUM-2020 (b.xlsx)");
    expect(
      out.conventions.map(
        (c: { summary: { chorus: { rows: number }[] } }) => c.summary.chorus[0].rows
      )
    ).toEqual([0, 0]);
  });
});

async function caminoWith(edit: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(CAMINO);
  edit(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe("a folder with files that are no convention among good ones", () => {
  let dir = "";
  let run: ReturnType<typeof plafond>;
  const hashes: Record<string, string> = {};
  beforeAll(async () => {
    const noPlafonds = await caminoWith((wb) =>
      wb.removeWorksheet(wb.getWorksheet("Plafonds")!.id)
    );
    dir = folder({
      "dossier/camino-2020.xlsx": CAMINO,
      "dossier/sous-dossier/meae.xlsx": MEAE,
      "dossier/corrompu.xlsx": Buffer.from("PK\u0003\u0004 pas un zip"),
      "dossier/texte.xlsx": Buffer.from("Centre financier;AE\n0113-PEBC-ELAB;1\n"),
      "dossier/sans-plafonds.xlsx": noPlafonds,
      "dossier/camino-2020.rapport.xlsx": CAMINO,
      "dossier/notes.txt": Buffer.from("ignoré"),
    });
    for (const f of fs.readdirSync(path.join(dir, "dossier")))
      if (f.endsWith(".xlsx")) hashes[f] = sha256(path.join(dir, "dossier", f));
    run = plafond(["portfolio", "dossier", "--as-of", AS_OF, "--json", "--out", "p.xlsx"], dir);
  });

  test("the good ones go through (exit 0), each other file is listed with the reason", () => {
    expect(run.status).toBe(0);
    const out = json(run.stdout);
    expect(out.conventions.map((c: { file: string }) => c.file)).toEqual([
      path.join("dossier", "camino-2020.xlsx"),
      path.join("dossier", "sous-dossier", "meae.xlsx"),
    ]);
    const skipped = Object.fromEntries(
      out.skipped.map((s: { file: string; reason: string }) => [path.basename(s.file), s.reason])
    );
    expect(Object.keys(skipped).sort()).toEqual([
      "camino-2020.rapport.xlsx",
      "corrompu.xlsx",
      "sans-plafonds.xlsx",
      "texte.xlsx",
    ]);
    expect(skipped["sans-plafonds.xlsx"]).toMatch(/feuille « Plafonds » est absente/);
    expect(skipped["camino-2020.rapport.xlsx"]).toMatch(/copie de rapport Plafond/);
    for (const name of ["corrompu.xlsx", "texte.xlsx"])
      expect(run.stderr).toContain(`${path.join("dossier", name)} écarté : `);
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  test("the Anomalies sheet lists the files set aside; no input was modified", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, "p.xlsx"));
    const codes = wb
      .getWorksheet("Anomalies")!
      .getColumn(4)
      .values.filter((v) => v === "FILE_SKIPPED");
    expect(codes).toHaveLength(4);
    for (const [f, h] of Object.entries(hashes))
      expect(sha256(path.join(dir, "dossier", f))).toBe(h);
  });

  test("no convention at all: exit 2, nothing written", () => {
    const none = plafond(
      [
        "portfolio",
        path.join("dossier", "corrompu.xlsx"),
        "absent.xlsx",
        "--as-of",
        AS_OF,
        "--out",
        "rien.xlsx",
      ],
      dir
    );
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/aucun classeur de convention n'a pu être lu/);
    expect(none.stderr).toMatch(/absent\.xlsx écarté : fichier introuvable/);
    expect(fs.existsSync(path.join(dir, "rien.xlsx"))).toBe(false);
  });
});

describe("hostile cells: formulas and escape sequences", () => {
  let run: ReturnType<typeof plafond>;
  let dir = "";
  beforeAll(async () => {
    const hostile = await caminoWith((wb) => {
      const c = wb.getWorksheet("Convention")!;
      c.eachRow((row) => {
        if (row.getCell(1).value === "Délégant")
          row.getCell(2).value = '=HYPERLINK("http://x";"clic")';
        if (row.getCell(1).value === "Référence")
          row.getCell(2).value = "REF\u001b]0;pwned\u0007\u001b[2J";
      });
    });
    dir = folder({
      "d/hostile.xlsx": hostile,
      "d/x\u001b[31m\u202erouge.xlsx": Buffer.from("pas un classeur"),
    });
    run = plafond(["portfolio", "d", "--as-of", AS_OF, "--out", "p.xlsx"], dir);
  });

  test("the terminal gets no control character, from a cell or a file name", () => {
    expect(run.status).toBe(0);

    const unsafe = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/;
    for (const text of [run.stdout, run.stderr]) expect(text).not.toMatch(unsafe);
    expect(run.stdout).toContain("REF]0;pwned[2J"); // the reader already drops control characters from cells
    expect(run.stderr).toContain("x\\x1B[31m\\u202Erouge.xlsx écarté : "); // terminal.ts, as every human output
  });

  test("the workbook holds the texts as inline strings, never a formula", () => {
    const p = parts(path.join(dir, "p.xlsx"));
    const xml = strFromU8(p["xl/worksheets/sheet1.xml"]);
    expect(xml).not.toMatch(/<f[ >]/);
    expect(xml).toContain(
      't="inlineStr"><is><t xml:space="preserve">=HYPERLINK("http://x";"clic")</t>'
    );
  });
});

describe("a workbook whose imputations took lines but that is no convention", () => {
  let run: ReturnType<typeof plafond>;
  beforeAll(async () => {
    const broken = await caminoWith((wb) => {
      const header = wb.getWorksheet("Engagements")!.getRow(1);
      header.eachCell((cell) => {
        if (cell.value === "Montant AE") cell.value = "Autre chose";
      });
    });
    const dir = folder({
      "camino-sans-montant.xlsx": broken,
      "meae.xlsx": MEAE,
      "extrait.csv": EXTRACT,
    });
    run = plafond(
      [
        "portfolio",
        "camino-sans-montant.xlsx",
        "meae.xlsx",
        "--chorus",
        "extrait.csv",
        "--as-of",
        AS_OF,
        "--json",
        "--out",
        "p.xlsx",
      ],
      dir
    );
  });

  test("is set aside, and its lines are counted hors convention with a warning", () => {
    expect(run.status).toBe(0);
    const out = json(run.stdout);
    expect(out.skipped.map((s: { file: string }) => s.file)).toEqual(["camino-sans-montant.xlsx"]);
    expect(out.horsConvention.total.lines).toBe(EXTRACT_LINES.filter(CAMINO_LINE).length + 2);
    const warning = out.issues.find((i: { code: string }) => i.code === "CHORUS_SHARE_OUTSIDE");
    expect(warning.message).toContain(`${EXTRACT_LINES.filter(CAMINO_LINE).length} ligne(s)`);
  });
});
