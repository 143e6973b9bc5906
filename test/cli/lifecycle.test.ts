import * as path from "path";
import ExcelJS from "exceljs";
import { EXAMPLES, plafond, tmpDir } from "../helpers/cli";
import { SummarySchema } from "../../src/domain/summary-schema";
import { camino } from "../../scripts/examples/camino";

const CAMINO = path.join(EXAMPLES, "camino-2020.xlsx");

describe("plafond report at any date", () => {
  const dir = tmpDir();

  test("at 30/06/2020: later lines are counted, said on the terminal and in the Rapport", async () => {
    const out = path.join(dir, "juin.xlsx");
    const r = plafond(["report", CAMINO, "--as-of", "2020-06-30", "--out", out]);
    expect(r.status).toBe(0);
    const ejs = camino.engagements.filter((e) => e.date > "2020-06-30").length;
    const dps = camino.payments.filter((p) => p.date > "2020-06-30").length;
    expect([ejs, dps]).toEqual([12, 25]);
    expect(r.stdout).toContain(
      `\n37 lignes postérieures au 30/06/2020, non comptées (12 d'engagement, 25 de paiement)\n`
    );
    const json = JSON.parse(
      plafond(["report", CAMINO, "--json", "--as-of", "2020-06-30", "--out", out]).stdout
    );
    expect(SummarySchema.parse(json)).toBeTruthy();
    expect(json.later.engagements + json.later.payments).toBe(
      Number(/(\d+) lignes postérieures/.exec(r.stdout)![1])
    );
    expect(json.openEJ).toBeUndefined();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const texts: unknown[] = [];
    wb.getWorksheet("Rapport")!.eachRow((row) => texts.push(...(row.values as unknown[])));
    expect(texts).toContain(
      /(\d+ lignes postérieures au 30\/06\/2020, non comptées.*)\n/.exec(`${r.stdout}\n`)![1]
    );
    expect(texts).not.toContain("Compte rendu de fin de convention");
  });

  test("--open-ej lists the EJs still open at any date; at term they are listed anyway, with the compte rendu", async () => {
    const june = JSON.parse(
      plafond([
        "report",
        CAMINO,
        "--json",
        "--open-ej",
        "--as-of",
        "2020-06-30",
        "--out",
        path.join(dir, "a.xlsx"),
      ]).stdout
    );
    expect(june.openEJ.length).toBeGreaterThan(0);
    const sumOpen = june.openEJ.reduce(
      (t: number, o: { outstanding: string }) => t + Math.round(Number(o.outstanding) * 100),
      0
    );
    expect(sumOpen).toBe(Math.round(Number(june.total.outstanding) * 100));
    const human = plafond([
      "report",
      CAMINO,
      "--open-ej",
      "--as-of",
      "2020-06-30",
      "--out",
      path.join(dir, "b.xlsx"),
    ]);
    expect(human.stdout).toMatch(/EJ non soldés \(\d+\) :\nN° EJ +Centre financier/);

    const out = path.join(dir, "fin.xlsx");
    const end = JSON.parse(
      plafond(["report", CAMINO, "--json", "--as-of", "2020-12-31", "--out", out]).stdout
    );
    expect(end.openEJ.map((o: { ej: string }) => o.ej)).toContain("2103104521");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const texts: unknown[] = [];
    wb.getWorksheet("Rapport")!.eachRow((row) => texts.push(...(row.values as unknown[])));
    expect(texts).toEqual(
      expect.arrayContaining([
        "Compte rendu de fin de convention",
        "Situation par exercice",
        "EJ non soldés (restes à payer à reprendre par une convention suivante ou à solder)",
      ])
    );
  });
});
