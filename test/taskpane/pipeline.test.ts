/** The pane's view of an analysis: figures, anomalies with their cells, groups, French formats. */
import * as fs from "fs";
import * as path from "path";
import { groupIssues } from "../../src/ui/anomaly-groups";
import { count, dateFr, euro, messageOf, percent } from "../../src/ui/format";
import { openConvention } from "../../src/app/open-convention";
import { paneView } from "../../src/app/pane-view";
import { openXlsx } from "../../src/workbook/xlsx";
import type { RawSheet, WorkbookSource } from "../../src/grid";

const CAMINO = new Uint8Array(
  fs.readFileSync(path.join(__dirname, "..", "..", "examples", "camino-2020.xlsx"))
);

function source(sheets: RawSheet[]): WorkbookSource {
  return {
    sheetNames: () => sheets.map((s) => s.name),
    readSheets: async (names) => names.map((n) => sheets.find((s) => s.name === n)!),
  };
}
const sheet = (name: string, values: RawSheet["values"]): RawSheet => ({
  name,
  values,
  origin: { row: 0, col: 0 },
  tables: [],
});

describe("paneView on Camino as of 2020-12-31", () => {
  test("figures from the summary and each anomaly with the cell it points at", async () => {
    const analysed = await openConvention(openXlsx(CAMINO), { asOf: "2020-12-31" });
    if (!analysed.ok) throw new Error("Camino is a convention");
    const view = paneView(analysed);
    expect(view.summary.total).toMatchObject({
      ceilingAE: "320000.00",
      engagedAE: "275000.00",
      // As of 31/12/2020: the DP entered twice counts once, the DP of 2021 is later (not counted).
      paidCP: "213500.00",
      pendingReestablishment: "80000.00",
    });
    const where = (code: string) => view.issues.find((i) => i.code === code)?.cell;
    expect(where("IMPUTATION_NOT_AUTHORISED")).toEqual({
      sheet: "Engagements",
      row: 12,
      column: 4,
    });
    expect(where("AE_CEILING_NEAR")).toEqual({ sheet: "Plafonds", row: 4, column: 5 });
    expect(where("DUPLICATE_ROW")).toEqual({ sheet: "Paiements", row: 24, column: 0 });
    expect(where("DATE_OUTSIDE_PERIOD")).toBeUndefined(); // the late DP is after the date
    expect(view.summary.later).toEqual({ engagements: 0, payments: 1, ceilings: 0 });
    expect(new Set(view.issues.map((i) => i.id)).size).toBe(view.issues.length);
  });

  test("grouped by severity, then by sheet in workbook order", async () => {
    const analysed = await openConvention(openXlsx(CAMINO), { asOf: "2020-12-31" });
    if (!analysed.ok) throw new Error("Camino is a convention");
    const groups = groupIssues(paneView(analysed).issues);
    expect(
      groups.map((g) => [g.title, g.count, g.sheets.map((s) => `${s.sheet}:${s.issues.length}`)])
    ).toEqual([
      ["Erreurs", 1, ["Engagements:1"]],
      // AE_CEILING_NEAR and UNDER_CONSUMPTION on AE and CP of both UO-years, the duplicate DP.
      ["Avertissements", 6, ["Plafonds:5", "Paiements:1"]],
    ]);
    expect(groupIssues([])).toEqual([]);
  });
});

describe("a workbook that is not a convention", () => {
  test("the missing sheets, and only them", async () => {
    const analysed = await openConvention(
      source([sheet("Convention", [["Référence", "X"]]), sheet("Feuil2", [])]),
      { asOf: "2020-12-31" }
    );
    expect(analysed.ok).toBe(false);
    if (analysed.ok) return;
    expect(analysed.problems.map((p) => [p.code, p.sheet])).toEqual([
      ["SHEET_MISSING", "Plafonds"],
      ["SHEET_MISSING", "Imputations"],
    ]);
    expect(analysed.problems[0].message).toMatch(/^La feuille « Plafonds » est absente/);
  });

  test("a missing column is named with its sheet", async () => {
    const analysed = await openConvention(
      source([
        sheet("Convention", [
          ["Référence", "X"],
          ["Délégant", "A"],
          ["Délégataire", "B"],
        ]),
        sheet("Plafonds", [
          ["Centre financier", "Exercice", "AE"],
          ["0113-PEBC-ELAB", 2020, 10],
        ]),
        sheet("Imputations", [
          ["Centre financier", "Domaine fonctionnel", "Activité", "Centre de coûts"],
        ]),
      ]),
      { asOf: "2020-12-31" }
    );
    if (analysed.ok) throw new Error("CP is missing");
    expect(analysed.problems.map((p) => [p.code, p.sheet, p.column])).toEqual([
      ["COLUMN_MISSING", "Plafonds", "CP"],
    ]);
  });
});

describe("French formats of the pane", () => {
  test("amounts, rates, dates, counts, errors", () => {
    expect(euro("220000.00")).toBe("220\u202f000,00\u00a0€");
    expect(euro("-8000.00")).toBe("-8\u202f000,00\u00a0€");
    expect(percent("0.8182")).toBe("81,82\u00a0%");
    expect(percent(null)).toBe("—");
    expect([dateFr("2020-12-31"), dateFr(null), dateFr("2020-02-30")]).toEqual([
      "31/12/2020",
      "non renseignée",
      "non renseignée",
    ]);
    expect([
      count(0, "erreur", "erreurs"),
      count(1, "erreur", "erreurs"),
      count(2, "erreur", "erreurs"),
    ]).toEqual(["0 erreur", "1 erreur", "2 erreurs"]);
    expect([messageOf(new Error("x")), messageOf("y"), messageOf(undefined)]).toEqual([
      "x",
      "y",
      "erreur inconnue",
    ]);
  });
});
