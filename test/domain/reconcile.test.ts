import { summarize } from "../../src/domain/summary";
import type { CellValue } from "../../src/grid";
import { caminoSheets, EJ_0113, run, sheet, read } from "../helpers/book";

const codes = (a: ReturnType<typeof run>) =>
  a.issues.map((i) => `${i.code}@${i.sheet}:${i.row}:${i.column}`);

describe("reconciliation per UO and year", () => {
  test("Camino with no execution: ceilings, dont à rétablir, nothing engaged", () => {
    const a = run(caminoSheets(), "2020-06-30");
    const s = summarize(a.reconciliation, a.issues);
    expect(s.lines).toEqual([
      {
        centreFinancier: "0113-PEBC-ELAB",
        year: 2020,
        ceilingAE: "220000.00",
        ceilingCP: "220000.00",
        pendingReestablishment: "80000.00",
        engagedAE: "0.00",
        paidCP: "0.00",
        availableAE: "220000.00",
        // Changed (issue 11): the ONF's 80 000 € à rétablir are not received (no "Disponible le"),
        // so they are not available yet: 220 000 − 80 000.
        availableCP: "140000.00",
        outstanding: "0.00",
        engagementRate: "0.0000",
        cpConsumptionRate: "0.0000",
        awaitedReestablishment: "80000.00",
        carriedOverAE: "0.00",
        priorYearWithdrawals: "0.00",
        lapsedAE: "0.00",
        lapsedCP: "0.00",
      },
      expect.objectContaining({
        centreFinancier: "0181-CPRI-ELAB",
        ceilingAE: "100000.00",
        pendingReestablishment: "0.00",
      }),
    ]);
    expect(s.total.ceilingAE).toBe("320000.00");
    expect(s.convention).toMatchObject({
      reference: "MTES-DINUM-2020",
      start: "2020-03-26",
      end: "2020-12-31",
      delegataire: "DINUM",
    });
  });

  test("engaged AE includes negative retrait lines; paid CP, restes à payer and rates follow", () => {
    const a = run(
      caminoSheets(
        [
          EJ_0113("2103100001", "15/04/2020", "50 000,00 €"),
          EJ_0113("2103100001", "20/06/2020", "–10 000,00 €"),
          EJ_0113("2103100002", 43983, 25000.5),
        ],
        [
          ["100000001", "30/05/2020", "2103100001", 12000.25],
          ["100000002", "30/07/2020", "2103100002", "(1 000,25)"],
        ]
      )
    );
    const line = summarize(a.reconciliation, a.issues).lines[0];
    expect(line).toMatchObject({
      engagedAE: "65000.50",
      paidCP: "11000.00",
      availableAE: "154999.50",
      // Changed (issue 11): less the 80 000 € à rétablir still awaited.
      availableCP: "129000.00",
      outstanding: "54000.50",
      engagementRate: "0.2955",
      cpConsumptionRate: "0.0500",
    });
  });

  test("a line in a year without ceiling creates that year's line and exceeds it", () => {
    const a = run(caminoSheets([EJ_0113("2103100001", "15/01/2021", 1000)]), "2021-02-01");
    const s = summarize(a.reconciliation, a.issues);
    expect(s.lines.map((l) => `${l.centreFinancier}/${l.year}`)).toEqual([
      "0113-PEBC-ELAB/2020",
      "0113-PEBC-ELAB/2021",
      "0181-CPRI-ELAB/2020",
    ]);
    expect(codes(a)).toContain("AE_CEILING_EXCEEDED@Engagements:2:Montant AE");
  });

  test("an undated line counts in the convention's start year", () => {
    const a = run(caminoSheets([EJ_0113("2103100001", "", 1000)]));
    expect(summarize(a.reconciliation, a.issues).lines[0].engagedAE).toBe("1000.00");
  });
});

describe("every anomaly names its sheet, row and column", () => {
  test("reading problems", () => {
    const a = run(
      caminoSheets(
        [
          EJ_0113("2103100001", "31/02/2020", "abc"),
          EJ_0113("21031", "01/05/2020", 10, { df: "113-07", act: "01130MB0601", cc: "dininc" }),
          EJ_0113("2103100003", "01/05/2020", 10, { cf: "0113-PEBC" }),
        ],
        [["1234", "01/06/2020", "2103100001", "#N/A"]]
      )
    );
    expect(codes(a)).toEqual(
      expect.arrayContaining([
        "DATE_INVALID@Engagements:2:Date",
        "AMOUNT_INVALID@Engagements:2:Montant AE",
        "EJ_FORMAT@Engagements:3:N° EJ",
        "DF_FORMAT@Engagements:3:Domaine fonctionnel",
        "ACTIVITE_FORMAT@Engagements:3:Activité",
        "CC_FORMAT@Engagements:3:Centre de coûts",
        "CF_FORMAT@Engagements:4:Centre financier",
        "DP_FORMAT@Paiements:2:N° DP",
        "AMOUNT_INVALID@Paiements:2:Montant CP",
      ])
    );
    const amount = a.issues.find((i) => i.code === "AMOUNT_INVALID" && i.sheet === "Engagements")!;
    expect(amount.message).toMatch(/abc/);
    expect(amount.severity).toBe("error");
  });

  test("Chorus rules: programme, authorisation, UO without ceiling", () => {
    const a = run(
      caminoSheets([
        EJ_0113("2103100001", "01/05/2020", 10, { df: "0181-11-03" }),
        EJ_0113("2103100002", "01/05/2020", 10, { act: "011301MB0602" }),
        EJ_0113("2103100003", "01/05/2020", 10, { cf: "0113-PEBC-AUTR" }),
      ])
    );
    expect(codes(a)).toEqual(
      expect.arrayContaining([
        "PROGRAMME_MISMATCH@Engagements:2:Domaine fonctionnel",
        "IMPUTATION_NOT_AUTHORISED@Engagements:3:Activité",
        "UO_WITHOUT_CEILING@Engagements:4:Centre financier",
      ])
    );
    // The unauthorised line still counts (the money is engaged); the UO without ceiling does not.
    expect(summarize(a.reconciliation, a.issues).lines[0].engagedAE).toBe("20.00");
  });

  test("payments: unknown EJ, CP above the EJ, duplicates, dates outside the period", () => {
    const a = run(
      caminoSheets(
        [
          EJ_0113("2103100001", "01/05/2020", 1000),
          EJ_0113("2103100001", "01/05/2020", 1000),
          EJ_0113("2103100002", "01/01/2020", 100),
        ],
        [
          ["100000001", "01/06/2020", "2103100001", 1500],
          ["100000002", "01/07/2020", "2103100001", 600],
          ["100000003", "01/07/2020", "2109999999", 50],
          ["100000003", "01/07/2020", "2109999999", 50],
          ["100000004", "15/01/2021", "2103100002", 10],
        ]
      ),
      // Changed (issue 11): at 31/12/2020 the 2021 payment is later than the date and checked nowhere.
      "2021-01-31"
    );
    expect(codes(a)).toEqual(
      expect.arrayContaining([
        "DUPLICATE_ROW@Engagements:3:N° EJ",
        "DATE_OUTSIDE_PERIOD@Engagements:4:Date",
        "CP_EXCEEDS_EJ@Paiements:3:Montant CP",
        "EJ_UNKNOWN@Paiements:4:N° EJ",
        "DUPLICATE_ROW@Paiements:5:N° DP",
        "DATE_OUTSIDE_PERIOD@Paiements:6:Date",
      ])
    );
    expect(
      a.issues.find((i) => i.code === "DUPLICATE_ROW" && i.sheet === "Paiements")!.message
    ).toMatch(/ligne 4/);
  });

  test("an EJ's AE and CP stay exact past the cent and past 2^53 cents: CP_EXCEEDS_EJ on the row that crosses", () => {
    const crossing = (ejLines: CellValue[], paid: CellValue[]) =>
      codes(
        run(
          caminoSheets(
            ejLines.map((amount, i) => EJ_0113("2103100001", `${10 + i}/05/2020`, amount)),
            paid.map((amount, i) => [String(100000001 + i), "01/06/2020", "2103100001", amount])
          ),
          "2020-12-31"
        )
      ).filter((c) => c.startsWith("CP_EXCEEDS_EJ"));
    // 100,005 € engaged: 100 + 0,004 stay within, 0,002 more crosses (row 4), not before.
    expect(crossing(["100,005"], [100, "0,004", "0,002", 1])).toEqual([
      "CP_EXCEEDS_EJ@Paiements:4:Montant CP",
    ]);
    // Ten lines of 999 999 999 999 999 cents each (integer cents, below 10^15): 9 999 999 999 999 990
    // cents engaged, beyond 2^53, where doubles are 2 cents apart. Paid: nine such lines, one of a
    // cent less, then 0,01 (exactly the AE), 0,01 (one cent over: row 13), 0,02. Summed in doubles,
    // each of these cents would be lost to rounding and no row would cross.
    const line = "9 999 999 999 999,99";
    const nine: CellValue[] = new Array<CellValue>(9).fill(line);
    expect(
      crossing([...nine, line], [...nine, "9 999 999 999 999,98", "0,01", "0,01", "0,02"])
    ).toEqual(["CP_EXCEEDS_EJ@Paiements:13:Montant CP"]);
  });

  test("ceilings: exceeded, near the alert threshold, under-consumption with forecasts", () => {
    const prev = sheet("Prévisions", [
      ["Centre financier", "Mois", "AE prévus", "CP prévus"],
      ["0181-CPRI-ELAB", "2020-11", 0, 5000],
      ["0181-CPRI-ELAB", "2020-09", 0, 99999],
    ]);
    const a = run(
      caminoSheets(
        [
          EJ_0113("2103100001", "01/05/2020", 230000),
          EJ_0113("2103100002", "01/05/2020", 95000, {
            cf: "0181-CPRI-ELAB",
            df: "0181-11-03",
            act: "018111AM0303",
          }),
        ],
        [
          ["100000001", "01/06/2020", "2103100001", 225000],
          ["100000002", "01/06/2020", "2103100002", 50000],
        ],
        [prev]
      ),
      "2020-10-15"
    );
    expect(codes(a)).toEqual(
      expect.arrayContaining([
        "AE_CEILING_EXCEEDED@Plafonds:2:AE",
        "CP_CEILING_EXCEEDED@Plafonds:2:CP",
        "AE_CEILING_NEAR@Plafonds:4:AE",
        "UNDER_CONSUMPTION@Plafonds:4:CP",
      ])
    );
    // UNDER_CONSUMPTION now covers AE and CP (issue 11): the CP one, in the CP column.
    const under = a.issues.find((i) => i.code === "UNDER_CONSUMPTION" && i.column === "CP")!;
    // September is before the reporting date: only November's 5 000 € are still to come.
    expect(under.message).toMatch(/5\u202f000,00\u00a0€ prévus/);
    expect(under.severity).toBe("warning");
  });

  test("missing sheet and missing column are fatal, with the column named", () => {
    const noPlafonds = caminoSheets().filter((s) => s.name !== "Plafonds");
    expect(read(noPlafonds).issues).toEqual([
      expect.objectContaining({ code: "SHEET_MISSING", sheet: "Plafonds" }),
    ]);
    const sheets = caminoSheets();
    sheets[4] = sheet("Paiements", [["N° DP", "Date", "Montant CP"]]);
    const r = read(sheets);
    expect(r.data).toBeNull();
    expect(r.issues).toEqual([
      expect.objectContaining({
        code: "COLUMN_MISSING",
        sheet: "Paiements",
        row: 1,
        column: "N° EJ",
      }),
    ]);
    expect(r.issues[0].message).toMatch(/« N° EJ »/);
  });

  test("required Convention fields and unreadable Plafonds cells", () => {
    const sheets = caminoSheets();
    sheets[0] = sheet("Convention", [
      ["Référence", "X"],
      ["Délégant", ""],
    ]);
    sheets[1] = sheet("Plafonds", [
      ["Centre financier", "Exercice", "AE", "CP"],
      ["0113-PEBC-ELAB", "deux mille", 1, 1],
      ["0113-PEBC-ELAB", 2020, -5, 10],
    ]);
    const a = run(sheets);
    expect(codes(a)).toEqual(
      expect.arrayContaining([
        "FIELD_MISSING@Convention:2:Délégant",
        "FIELD_MISSING@Convention:null:Délégataire",
        "DATE_INVALID@Plafonds:2:Exercice",
        "CEILING_NEGATIVE@Plafonds:3:AE",
      ])
    );
  });
});

describe("headers and layout are read loosely", () => {
  test("headers in any case, order and accents; a title above the header; extra columns", () => {
    const sheets = caminoSheets();
    sheets[3] = sheet("ENGAGEMENTS", [
      ["Suivi des engagements 2020"],
      [],
      [
        "montant_ae",
        "Commentaire",
        "centre financier",
        "ACTIVITE",
        "n° ej",
        "date",
        "Domaine Fonctionnel",
        "Centre de couts",
      ],
      [
        1234.5,
        "ok",
        "0113-PEBC-ELAB",
        "011301MB0601",
        2103100001,
        43952,
        "0113-07-16",
        "DININCUB75",
      ],
    ]);
    const a = run(sheets);
    expect(a.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(summarize(a.reconciliation, a.issues).lines[0].engagedAE).toBe("1234.50");
  });

  test("an Excel table is read within its range, rows numbered as Excel shows them", () => {
    const sheets = caminoSheets();
    sheets[3] = {
      name: "Engagements",
      origin: { row: 4, col: 1 },
      values: [
        ["Tableau des EJ"],
        [
          "N° EJ",
          "Date",
          "Centre financier",
          "Domaine fonctionnel",
          "Activité",
          "Centre de coûts",
          "Montant AE",
        ],
        [
          "2103100001",
          "01/05/2020",
          "0113-PEBC-ELAB",
          "0113-07-16",
          "011301MB0601",
          "DININCUB75",
          "oops",
        ],
        ["Total", null, null, null, null, null, 999999],
      ],
      tables: [
        {
          name: "EJ",
          range: { top: 5, left: 1, bottom: 7, right: 7 },
          hasHeader: true,
          totalsRows: 1,
        },
      ],
    };
    const a = run(sheets);
    expect(codes(a)).toContain("AMOUNT_INVALID@Engagements:7:Montant AE");
    expect(summarize(a.reconciliation, a.issues).lines[0].engagedAE).toBe("0.00");
  });
});
