import * as fs from "fs";
import * as path from "path";
import { camino } from "../../scripts/examples/camino";
import { analyse } from "../../src/domain/analyse";
import { buildReport } from "../../src/domain/report/build";
import { summarize } from "../../src/domain/summary";
import { SummarySchema } from "../../src/domain/summary-schema";
import { loadConvention } from "../../src/app/open-convention";
import { openXlsx } from "../../src/workbook/xlsx";
import { caminoSheets, sheet } from "../helpers/book";
import { EXAMPLES } from "../helpers/cli";
import { fixtureInput, fixtureSheet, located, runWith } from "./helpers";

const CAMINO_EXTRACT = "camino-infbud53-2020.csv";
const withoutLedgers = () =>
  caminoSheets().filter((s) => s.name !== "Engagements" && s.name !== "Paiements");

async function caminoBeside(options = { chorus: [fixtureInput(CAMINO_EXTRACT)] }) {
  const read = await loadConvention(
    openXlsx(new Uint8Array(fs.readFileSync(path.join(EXAMPLES, "camino-2020.xlsx")))),
    options
  );
  const analysis = analyse(read.data!, read.issues, "2020-12-31", read.sheetNames);
  return {
    read,
    analysis,
    summary: summarize(analysis.reconciliation, analysis.issues, read.chorus),
  };
}

describe("rapprochement of Camino's Engagements / Paiements with its INFBUD53 extract", () => {
  test("EJ on one side only and the planted differences, per EJ and per UO, in the JSON summary", async () => {
    const { summary } = await caminoBeside();
    expect(SummarySchema.parse(summary)).toBeTruthy();
    expect(summary.chorus).toEqual([
      { file: CAMINO_EXTRACT, rows: 19, skipped: 0, exercice: 2020 },
    ]);
    expect(summary.reconciliation).toEqual({
      matched: 16,
      onlyInWorkbook: ["2103104801"],
      onlyInChorus: ["2103104890"],
      mismatches: [
        // The DP entered twice in Paiements (rows 19 and 24): Chorus paid it once.
        {
          ej: "2103104388",
          workbookAE: "30000.00",
          chorusAE: "30000.00",
          workbookCP: "30000.00",
          chorusCP: "20000.00",
        },
        // The order was raised in Chorus, not in the workbook.
        {
          ej: "2103104610",
          workbookAE: "12000.00",
          chorusAE: "12500.00",
          workbookCP: "6000.00",
          chorusCP: "6000.00",
        },
      ],
      exercices: [2020],
      byCentreFinancier: [
        {
          centreFinancier: "0113-PEBC-ELAB",
          workbookAE: "180000.00",
          chorusAE: "174800.00",
          workbookCP: "144500.00",
          chorusCP: "134500.00",
        },
        {
          centreFinancier: "0181-CPRI-ELAB",
          workbookAE: "95000.00",
          chorusAE: "95000.00",
          workbookCP: "79000.00",
          chorusCP: "79000.00",
        },
      ],
      // The payment of 15/01/2021 (Paiements row 32) is outside the extract's exercice.
      total: {
        workbookAE: "275000.00",
        chorusAE: "269800.00",
        workbookCP: "223500.00",
        chorusCP: "213500.00",
      },
    });
  });

  test("the findings are issues located on the workbook or on the extract's line; the figures stay the workbook's", async () => {
    const { summary } = await caminoBeside();
    const found = located(
      summary.issues.filter((i) =>
        ["EJ_ONLY_IN_WORKBOOK", "EJ_ONLY_IN_CHORUS", "CHORUS_MISMATCH"].includes(i.code)
      )
    );
    expect(found).toEqual([
      "CHORUS_MISMATCH@Engagements:15:Montant AE",
      "EJ_ONLY_IN_WORKBOOK@Engagements:20:N° EJ",
      "CHORUS_MISMATCH@Paiements:13:Montant CP",
      `EJ_ONLY_IN_CHORUS@${CAMINO_EXTRACT}:18:N° EJ`,
    ]);
    const severities = Object.fromEntries(summary.issues.map((i) => [i.code, i.severity]));
    expect(severities).toMatchObject({
      CHORUS_MISMATCH: "error",
      EJ_ONLY_IN_WORKBOOK: "warning",
      EJ_ONLY_IN_CHORUS: "warning",
    });
    expect(
      summary.issues.find((i) => i.code === "CHORUS_MISMATCH" && i.sheet === "Paiements")!.message
    ).toMatch(/CP 30\u202f000,00\u00a0€ dans le classeur, 20\u202f000,00\u00a0€ dans Chorus/);
    expect(summary.lines).toEqual(camino.expected.lines);
    expect(summary.total).toEqual(camino.expected.total);
    // Lines of the extract outside the convention (0113-PEBC-PILO) are neither compared nor reported.
    expect(summary.issues.filter((i) => i.sheet === CAMINO_EXTRACT).map((i) => i.code)).toEqual([
      "EJ_ONLY_IN_CHORUS",
    ]);
  });
});

describe("the Rapport's Chorus section", () => {
  test("an extract pasted on a sheet: its EJ and its anomalies link to the sheet's cells", async () => {
    const wb = openXlsx(new Uint8Array(fs.readFileSync(path.join(EXAMPLES, "camino-2020.xlsx"))));
    const pasted = fixtureSheet(CAMINO_EXTRACT, "INFBUD53");
    const source = {
      sheetNames: () => [...wb.sheetNames(), "INFBUD53"],
      readSheets: async (names: readonly string[]) =>
        names.map((n) => (n === "INFBUD53" ? pasted : wb.readSheet(n))),
    };
    const read = await loadConvention(source);
    const analysis = analyse(read.data!, read.issues, "2020-12-31", read.sheetNames);
    const rows = buildReport(analysis, read.data!, read.chorus).rows;
    const row = (first: string) => rows.find((r) => r[0]?.value === first)!;
    expect(row("2103104890")[0]!.link).toEqual({ sheet: "INFBUD53", row: 18, column: 5 });
    expect(row("2103104801")[0]!.link).toEqual({ sheet: "Engagements", row: 20, column: 0 });
    expect(row("INFBUD53").map((c) => c?.value)).toEqual(["INFBUD53", "INFBUD53", 19, 0, 2020]);
    const anomaly = rows.find((r) => r[1]?.value === "EJ_ONLY_IN_CHORUS")!;
    expect(anomaly[3]!.link).toEqual({ sheet: "INFBUD53", row: 18, column: 5 });
  });
});

describe("execution from Chorus: a workbook without Engagements / Paiements", () => {
  test("every figure, check and breakdown comes from the extract pasted on a sheet", () => {
    const { summary, analysis } = runWith([
      ...withoutLedgers(),
      fixtureSheet(CAMINO_EXTRACT, "Extraction Chorus"),
    ]);
    expect(
      summary.lines.map((l) => [
        l.centreFinancier,
        l.year,
        l.engagedAE,
        l.paidCP,
        l.availableAE,
        l.engagementRate,
      ])
    ).toEqual([
      ["0113-PEBC-ELAB", 2020, "174800.00", "134500.00", "45200.00", "0.7945"],
      ["0181-CPRI-ELAB", 2020, "95000.00", "79000.00", "5000.00", "0.9500"],
    ]);
    expect(summary.total).toMatchObject({
      engagedAE: "269800.00",
      paidCP: "213500.00",
      outstanding: "56300.00",
    });
    expect(located(summary.issues.filter((i) => i.code !== "UNDER_CONSUMPTION"))).toEqual([
      "AE_CEILING_NEAR@Plafonds:4:AE",
      "IMPUTATION_NOT_AUTHORISED@Extraction Chorus:15:Référentiel de programmation",
      "IMPUTATION_NOT_AUTHORISED@Extraction Chorus:28:Centre financier",
      "UO_WITHOUT_CEILING@Extraction Chorus:28:Centre financier",
    ]);
    expect(summary.chorus).toEqual([
      {
        file: "Extraction Chorus",
        sheet: "Extraction Chorus",
        rows: 19,
        skipped: 0,
        exercice: 2020,
      },
    ]);
    expect(summary.reconciliation).toBeUndefined();
    // Two postes of EJ 2103104533 are one engagement; months come from the extract's dates.
    expect(
      analysis.reconciliation.bySupplier.map((b) => [b.key, b.ejCount, b.engagedAE.toFixed(2)])
    ).toContainEqual(["FABRIQUE LOGICIELLE DES COMMUNS", 3, "67000.00"]);
    expect(
      analysis.reconciliation.monthly.find((m) => m.month === "2020-11")!.paidCP.toFixed(2)
    ).toBe("48500.00");
  });

  test("the same extract given as a file gives the same figures, its issues located on the file's lines", () => {
    const { summary } = runWith(withoutLedgers(), { chorus: [fixtureInput(CAMINO_EXTRACT)] });
    expect(summary.total).toMatchObject({ engagedAE: "269800.00", paidCP: "213500.00" });
    expect(located(summary.issues.filter((i) => i.sheet === CAMINO_EXTRACT))).toEqual([
      `IMPUTATION_NOT_AUTHORISED@${CAMINO_EXTRACT}:15:Référentiel de programmation`,
      `IMPUTATION_NOT_AUTHORISED@${CAMINO_EXTRACT}:28:Centre financier`,
      `UO_WITHOUT_CEILING@${CAMINO_EXTRACT}:28:Centre financier`,
    ]);
  });
});

describe("an extract without centre financier takes the one of the matching authorised imputation", () => {
  const convention2023 = (imputation: string[]) => [
    sheet("Convention", [
      ["Référence", "DREETS-2023"],
      ["Délégant", "DGEFP"],
      ["Délégataire", "DREETS Bretagne"],
      ["Date de début", "01/01/2023"],
    ]),
    sheet("Plafonds", [
      ["Centre financier", "Exercice", "AE", "CP"],
      ["0103-DR35-DT35", 2023, 60000, 60000],
    ]),
    sheet("Imputations", [
      ["Centre financier", "Domaine fonctionnel", "Activité", "Centre de coûts"],
      imputation,
    ]),
  ];

  test("chorus_ae.csv and financial_cp.csv: AE on the resolved UO, payments through their EJ, DP postes summed", () => {
    const { summary } = runWith(
      convention2023(["0103-DR35-DT35", "0103-01-01", "010300000108", "DREETS0035"]),
      {
        chorus: [fixtureInput("chorus_ae.csv"), fixtureInput("financial_cp.csv")],
      },
      "2023-12-31"
    );
    expect(summary.lines).toEqual([
      expect.objectContaining({
        centreFinancier: "0103-DR35-DT35",
        year: 2023,
        engagedAE: "52500.12",
        paidCP: "1209.28",
        engagementRate: "0.8750",
      }),
    ]);
    expect(located(summary.issues)).toEqual([
      // Since issue 11, under-consumption is judged on AE as well as on CP.
      "UNDER_CONSUMPTION@Plafonds:2:AE",
      "UNDER_CONSUMPTION@Plafonds:2:CP",
      "DATE_INVALID@chorus_ae.csv:6:null",
      "PROGRAMME_MISMATCH@chorus_ae.csv:11:Programme",
      // The two DP without EJ ("SANS AE") cannot be attached to the convention.
      "EJ_UNKNOWN@financial_cp.csv:9:N° EJ",
      "EJ_UNKNOWN@financial_cp.csv:10:N° EJ",
    ]);
    expect(summary.chorus!.map((c) => [c.file, c.rows, c.skipped])).toEqual([
      ["chorus_ae.csv", 3, 0],
      ["financial_cp.csv", 5, 0],
    ]);
  });

  test("when no authorised imputation matches, the AE lines are reported and counted nowhere", () => {
    const { summary } = runWith(
      convention2023(["0103-DR35-DT35", "0103-02", "", ""]),
      { chorus: [fixtureInput("chorus_ae.csv")] },
      "2023-12-31"
    );
    expect(summary.total.engagedAE).toBe("0.00");
    const notAuthorised = summary.issues.filter((i) => i.code === "IMPUTATION_NOT_AUTHORISED");
    expect(notAuthorised.map((i) => `${i.row}:${i.column}`)).toEqual([
      "9:Domaine fonctionnel",
      "10:Domaine fonctionnel",
      "11:Domaine fonctionnel",
    ]);
    expect(notAuthorised[0].message).toMatch(/n'ayant pas de centre financier/);
  });
});
