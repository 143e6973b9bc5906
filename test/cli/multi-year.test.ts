import * as path from "path";
import ExcelJS from "exceljs";
import { multiYear } from "../../scripts/examples/camino-multi-year";
import { EXAMPLES, plafond, tmpDir } from "../helpers/cli";

const BOOK = path.join(EXAMPLES, "camino-2020-2021.xlsx");
const dir = tmpDir();
const json = (asOf: string, ...more: string[]) =>
  JSON.parse(
    plafond([
      "report",
      BOOK,
      "--json",
      "--as-of",
      asOf,
      "--out",
      path.join(dir, `${asOf}.xlsx`),
      ...more,
    ]).stdout
  );
const at = (s: { issues: { code: string; sheet: string; row: number; column: string }[] }) =>
  s.issues.map((i) => `${i.code} ${i.sheet}:${i.row} ${i.column}`);

describe("the multi-year Camino example (examples/camino-2020-2021.xlsx)", () => {
  test("at 30/06/2021: figures per UO and year and in total, as examples/README.md computes them", () => {
    const s = json("2021-06-30");
    expect(s.lines).toHaveLength(3);
    multiYear.expectedAt20210630.lines.forEach((l, i) => expect(s.lines[i]).toMatchObject(l));
    expect(s.total).toMatchObject(multiYear.expectedAt20210630.total);
    expect(s.later).toEqual({ engagements: 0, payments: 0, ceilings: 0 });
    expect(at(s).sort()).toEqual([
      "AE_CEILING_EXCEEDED Plafonds:4 AE",
      "CREDITS_LAPSED Plafonds:2 AE",
      "CREDITS_LAPSED Plafonds:4 AE",
      "EJ_CARRIED_OVER Engagements:2 Date",
    ]);
  });

  test("at 30/09/2020: the avenant of 01/10 and everything of 2021 are later; the ONF's CP are received on 15/09", () => {
    const s = json("2020-09-30");
    expect(s.later).toEqual({ engagements: 2, payments: 4, ceilings: 2 });
    expect(
      s.lines.find((l: { centreFinancier: string }) => l.centreFinancier === "0181-CPRI-ELAB")
    ).toMatchObject({ ceilingAE: "100000.00", engagedAE: "120000.00", availableAE: "-20000.00" });
    expect(s.lines[0]).toMatchObject({
      year: 2020,
      awaitedReestablishment: "0.00",
      availableCP: "165000.00",
    });
    expect(json("2020-09-14").lines[0]).toMatchObject({
      awaitedReestablishment: "80000.00",
      availableCP: "85000.00",
    });
  });

  test("at term: every EJ still open, with its supplier and restes à payer", () => {
    const s = json("2021-12-31");
    expect(
      s.openEJ.map((o: { ej: string; outstanding: string }) => `${o.ej} ${o.outstanding}`)
    ).toEqual([
      "2103099001 5000.00",
      "2103104101 30000.00",
      "2103104230 5000.00",
      "2103104610 15000.00",
      "2103104102 60000.00",
    ]);
    expect(s.total.outstanding).toBe("115000.00");
  });

  test("the Rapport shows a total per year, never one available CP summed across years", async () => {
    json("2021-06-30");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, "2021-06-30.xlsx"));
    const rows: unknown[][] = [];
    wb.getWorksheet("Rapport")!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const find = (label: string) => rows.find((r) => r[0] === label)!;
    // Plafond AE, Plafond CP, dont à rétablir, AE engagées, CP payés, AE disponibles, CP disponibles.
    expect(find("Total 2020").slice(1, 9)).toEqual([
      2020, 350000, 350000, 80000, 250000, 135000, 100000, 215000,
    ]);
    expect(find("Total 2021").slice(1, 9)).toEqual([
      2021, 60000, 60000, 0, 29000, 44000, 31000, 16000,
    ]);
    expect(find("Total").slice(7, 9)).toEqual(["par exercice", "par exercice"]);
    const situation = rows.findIndex((r) => r[0] === "Situation par exercice");
    expect(rows[situation + 2].slice(0, 10)).toEqual([
      2020,
      "clos",
      350000,
      350000,
      250000,
      135000,
      "—",
      "—",
      100000,
      215000,
    ]);
  });

  test("at term the Rapport renders the compte rendu de fin de convention: consumed and not consumed per UO and year, open EJs", async () => {
    json("2021-12-31");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, "2021-12-31.xlsx"));
    const rows: unknown[][] = [];
    wb.getWorksheet("Rapport")!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const start = rows.findIndex((r) => r[0] === "Compte rendu de fin de convention");
    expect(rows[start + 1][0]).toBe("Convention échue le 31/12/2021 ; situation au 31/12/2021.");
    // Centre financier, Exercice, AE engagées, CP payés, AE non consommées, CP non consommés, Restes à payer.
    expect(rows.slice(start + 3, start + 6)).toEqual([
      ["0113-PEBC-ELAB", 2020, 130000, 75000, 90000, 145000, 75000],
      ["0113-PEBC-ELAB", 2021, 29000, 44000, 31000, 16000, 55000],
      ["0181-CPRI-ELAB", 2020, 120000, 60000, 10000, 70000, 60000],
    ]);
    const open = rows.findIndex((r) => r[0] === "N° EJ" && r[1] === "Centre financier");
    expect(rows[open + 1]).toEqual([
      "2103099001",
      "0113-PEBC-ELAB",
      2019,
      "Cap Agilité Publique SAS",
      20000,
      15000,
      5000,
    ]);
  });
});
