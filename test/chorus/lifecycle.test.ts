import { caminoSheets, EJ_0113, sheet } from "../helpers/book";
import { located, runWith } from "./helpers";

/** Camino's contract sheets without Engagements / Paiements: the extract is the only execution. */
const contract = () =>
  caminoSheets().filter((s) => s.name !== "Engagements" && s.name !== "Paiements");
const TITLE = [
  ["INF-BUD-53 : Pilotage de la gestion - Vue détaillée"],
  ["Exercice comptable", "2020"],
];
/** The imputation columns of an AE extract, and a line's codes on 0113-PEBC-ELAB. */
const CODE_HEADERS = [
  "Centre financier",
  "Domaine fonctionnel",
  "Centre de coûts",
  "Référentiel de programmation",
];
const CODES_0113 = ["BG00/0113-PEBC-ELAB", "0113-07-16", "DININCUB75", "011301MB0601"];

describe("Chorus: EJ carried over and payment exports", () => {
  test("Bascule des EJ non soldés is carried-over AE: not charged, no false CP_EXCEEDS_EJ", () => {
    const extract = sheet("Extraction Chorus", [
      ...TITLE,
      [
        ...CODE_HEADERS,
        "N° EJ",
        "Date de réplication",
        "Fournisseur",
        "Bascule des EJ non soldés",
        "Montant engagé",
        "Montant payé",
        "Date de base de la DP",
        "N° DP",
      ],
      [
        ...CODES_0113,
        "2103099001",
        "12.11.2019",
        "CAP AGILITE",
        "20000,00",
        "20000,00",
        "15000,00",
        "15.05.2020",
        "100011001",
      ],
      [...CODES_0113, "2103104101", "06.04.2020", "ATELIER", "#", "36000,00", "#", "#", "#"],
    ]);
    const { summary } = runWith([...contract(), extract]);
    const line = summary.lines.find((l) => l.centreFinancier === "0113-PEBC-ELAB")!;
    expect(line).toMatchObject({
      engagedAE: "36000.00",
      carriedOverAE: "20000.00",
      paidCP: "15000.00",
      outstanding: "41000.00",
    });
    const found = located(summary.issues);
    expect(found).toContain("EJ_CARRIED_OVER@Extraction Chorus:4:Montant engagé");
    expect(found.filter((c) => c.startsWith("CP_EXCEEDS_EJ"))).toEqual([]);
  });

  test("a payment export (1. Extraction): CP on each line's own centre financier, postes of one DP, DPs without EJ", () => {
    const extract = sheet("1. Extraction", [
      ...TITLE,
      [
        "Centre financier",
        "N° EJ",
        "N° poste EJ",
        "N° DP",
        "N° poste DP",
        "Date de dernière opération sur la DP",
        "Montant payé",
      ],
      ["0113-PEBC-ELAB", "2103104101", "1", "100011636", "1", "15.05.2020", "252,00"],
      ["0113-PEBC-ELAB", "2103104101", "1", "100011636", "2", "15.05.2020", "150,00"],
      ["0181-CPRI-ELAB", "2103104102", "1", "100011637", "1", "20.05.2020", "1000,00"],
      ["0181-CPRI-ELAB", "#", "#", "100011638", "1", "21.05.2020", "300,00"],
    ]);
    const { summary } = runWith([...contract(), extract]);
    const of = (cf: string) => summary.lines.find((l) => l.centreFinancier === cf)!;
    expect(of("0113-PEBC-ELAB").paidCP).toBe("402.00");
    // The DP without EJ (flux 4) consumes AE and CP together.
    expect(of("0181-CPRI-ELAB")).toMatchObject({ paidCP: "1300.00", engagedAE: "300.00" });
    // EJs in no AE source: counted on their own centre financier, with a warning.
    expect(summary.issues.filter((i) => i.code === "EJ_UNKNOWN").map((i) => i.severity)).toEqual([
      "warning",
      "warning",
    ]);
    expect(summary.total.paidCP).toBe("1702.00");
  });

  test("an extract of AE and CP is checked whatever the date: a row's CP may count in an earlier row's line", () => {
    const header = [
      ...CODE_HEADERS,
      "N° EJ",
      "Date de réplication",
      "Fournisseur",
      "Montant engagé",
      "Montant payé",
      "Date de base de la DP",
      "Date comptable du SF",
      "N° DP",
    ];
    const row = (aeDate: string, ae: string, cp: string, sf: string) => [
      ...CODES_0113,
      "2103104101",
      aeDate,
      "ATELIER",
      ae,
      cp,
      "15.05.2020",
      sf,
      "100011001",
    ];
    // the second row's AE are of November, its CP of May (summed into the first row's payment)
    const extract = sheet("Extraction Chorus", [
      ...TITLE,
      header,
      row("06.04.2020", "1000,00", "100,00", "16.05.2020"),
      row("15.11.2020", "500,00", "50,00", "zz.qq"),
    ]);
    const { summary } = runWith([...contract(), extract], {}, "2020-06-30");
    const line = summary.lines.find((l) => l.centreFinancier === "0113-PEBC-ELAB")!;
    expect(line).toMatchObject({ paidCP: "150.00", engagedAE: "1000.00" });
    expect(located(summary.issues).filter((c) => c.includes("Extraction"))).toEqual([
      "DATE_INVALID@Extraction Chorus:5:Date comptable du SF",
    ]);
  });

  test("the comparison with the workbook is said at any date, even placed on a later line", () => {
    // EJ 2103100077 of the workbook, absent from the extract: its first line is of November
    const sheets = caminoSheets([
      EJ_0113("2103100077", "15/11/2020", 500),
      EJ_0113("2103100077", "06/04/2020", 1000),
    ]);
    const extract = sheet("Extraction Chorus", [
      ...TITLE,
      [...CODE_HEADERS, "N° EJ", "Date de réplication", "Fournisseur", "Montant engagé"],
      [...CODES_0113, "2103104102", "06.04.2020", "ATELIER", "1000,00"],
    ]);
    const { analysis } = runWith([...sheets, extract], {}, "2020-06-30");
    expect(located(analysis.issues)).toContain("EJ_ONLY_IN_WORKBOOK@Engagements:2:N° EJ");
  });

  test("a CP line pasted twice is one payment, counted once (DUPLICATE_ROW), at the reporting date", () => {
    // as in the real CP extract (financial_cp.csv): DP 100011636 on two lines of one poste,
    // 252 and 150, both counted; its line of 150 is then pasted again
    const row = (amount: string) => [
      "0113-PEBC-ELAB",
      "2103104101",
      "5",
      "100011636",
      "25.05.2020",
      amount,
    ];
    const extract = sheet("1. Extraction", [
      ...TITLE,
      [
        "Centre financier",
        "N° EJ",
        "N° poste EJ",
        "N° DP",
        "Date de base de la DP",
        "Montant payé",
      ],
      row("252"),
      row("150"),
      row("150"),
      row("80"),
    ]);
    const paid = (asOf: string) => {
      const { summary } = runWith([...contract(), extract], {}, asOf);
      const line = summary.lines.find((l) => l.centreFinancier === "0113-PEBC-ELAB")!;
      return {
        paid: line.paidCP,
        duplicates: located(summary.issues).filter((c) => c.startsWith("DUPLICATE")),
      };
    };
    expect(paid("2020-12-31")).toEqual({
      paid: "482.00",
      duplicates: ["DUPLICATE_ROW@1. Extraction:6:N° DP"],
    });
    // before the payment's date nothing of it counts, and nothing of it is checked
    expect(paid("2020-05-24")).toEqual({ paid: "0.00", duplicates: [] });
  });
});
