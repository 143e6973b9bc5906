import { readChorusExtract } from "../../src/domain/chorus";
import type { CellValue } from "../../src/grid";
import { csvInput } from "../../src/workbook/text/csv";
import { fixtureInput, located, readFixture, totals } from "./helpers";

const sheetInput = (values: CellValue[][], name = "Extrait") => ({
  name,
  file: null,
  values,
  rowOf: (i: number) => i + 1,
});
const textInput = (text: string, name = "extrait.csv") =>
  csvInput(new Uint8Array(Buffer.from(text, "utf8")), name);

describe("every real extract of ../shared/chorus, read as it is", () => {
  test("chorus_ae.csv (INFBUD53, AE view): 7 title rows, BG00/ prefixes, measure named above the EUR column", () => {
    const e = readFixture("chorus_ae.csv");
    expect([e.rows, e.skipped, e.hasAE, e.hasCP]).toEqual([3, 0, true, false]);
    expect(totals(e)).toEqual({ ae: "52500.12", cp: null });
    expect(e.lines.map((l) => [l.row, l.ej, l.ae])).toEqual([
      [9, "2103105755", 2250012],
      [10, "2103105755", 1500000],
      [11, "2103105755", 1500000],
    ]);
    expect(e.lines[0]).toMatchObject({
      programme: "0103",
      centreFinancier: "",
      domaineFonctionnel: "0103-01-01",
      centreDeCouts: "DREETS0035",
      activite: "010300000108",
      groupeMarchandises: "09.02.01",
      fournisseur: "ATLAS SOUTENIR LES COMPETENCES",
      aeDate: "2023-01-10",
      cp: null,
    });
    expect(e.columns.montant.header).toBe("EUR");
    // "Exercice comptable GFFF" cannot be read; programme "XXX" does not match its DF.
    expect(e.exercice).toBeNull();
    expect(located(e.issues)).toEqual([
      "DATE_INVALID@chorus_ae.csv:6:null",
      "PROGRAMME_MISMATCH@chorus_ae.csv:11:Programme",
    ]);
    expect(e.issues[1].message).toMatch(/« XXX »/);
    expect(e.otherColumns).toEqual([
      "Code taxe 1",
      "Compte général",
      "Compte budgétaire",
      "Contrat de projet Etat-Region",
      "Contrat de projet Etat-Region",
      "Localisation interministérielle",
    ]);
  });

  test("financial_cp.csv (INFBUD53, CP view): exercice 2023 in the titles, N° DP, a DP without EJ", () => {
    const e = readFixture("financial_cp.csv");
    expect([e.rows, e.skipped, e.hasAE, e.hasCP, e.exercice]).toEqual([5, 0, false, true, 2023]);
    expect(totals(e)).toEqual({ ae: null, cp: "1265.50" });
    expect(e.lines.map((l) => [l.row, l.ej, l.dp, l.cp, l.cpDate])).toEqual([
      // Date de base 31.12.2022 is not in the exercice: the DP's last operation (25.01.2023) is.
      [9, "", "500043027", 2826, "2023-01-25"],
      [10, "", "500043030", 2796, "2023-01-25"],
      [11, "2103105755", "100011636", 25200, "2023-01-18"],
      [12, "2103105755", "100011636", 15000, "2023-01-18"],
      [13, "2103105755", "100011552", 80728, "2023-01-18"],
    ]);
    expect(e.lines[2]).toMatchObject({
      centreDeCouts: "GN5GDPL044",
      activite: "015234300101",
      fournisseur: "AE EXIST",
      exercice: 2023,
    });
    expect(e.issues).toEqual([]);
  });

  test("aife_ae.csv (AIFE, `;`, quoted): the two broken quoted fields are recovered, nothing skipped", () => {
    const e = readFixture("aife_ae.csv");
    expect([e.rows, e.skipped, e.hasAE, e.hasCP]).toEqual([2, 0, true, false]);
    expect(totals(e)).toEqual({ ae: "21775515.70", cp: null });
    expect(e.lines.map((l) => [l.row, l.ej, l.ae, l.aeDate, l.fournisseur])).toEqual([
      [2, "2104453606", 1261594052, "2024-08-08", 'XXX ";P BBB"'],
      [3, "2104583353", 915957518, "2024-12-10", 'AGENCE; NATIONALE "DES TITRES"'],
    ]);
    expect(e.lines[0]).toMatchObject({
      programme: "0354",
      centreFinancier: "0354-CDMA-CDAT",
      domaineFonctionnel: "0354-02",
      centreDeCouts: "ADCSDAT075",
    });
    expect(e.issues).toEqual([]);
  });

  test("aife_ae_double_ej.csv: 'Montant engagé - Bascule des EJ non soldés' is the AE of the year; NBSP thousands", () => {
    const e = readFixture("aife_ae_double_ej.csv");
    expect([e.rows, e.skipped]).toEqual([4, 0]);
    expect(totals(e)).toEqual({ ae: "138937878.56", cp: null });
    expect(e.columns.montant.header).toBe("Montant engagé - Bascule des EJ non soldés");
    expect(e.lines.map((l) => [l.ej, l.ae])).toEqual([
      ["2104273645", 100000],
      ["2104273645", 13893667856],
      ["2104273645", 20000],
      ["9999999999", 0],
    ]);
  });

  test("aife_cp.csv: payments with their N° DP, exercice from its column, no centre financier", () => {
    const e = readFixture("aife_cp.csv");
    expect([e.rows, e.skipped, e.hasAE, e.hasCP]).toEqual([2, 0, false, true]);
    expect(totals(e)).toEqual({ ae: null, cp: "21775515.70" });
    expect(
      e.lines.map((l) => [l.row, l.ej, l.dp, l.cpDate, l.exercice, l.centreFinancier])
    ).toEqual([
      [2, "2104453606", "100241599", "2024-08-09", 2024, ""],
      [3, "2104583353", "100379604", "2024-12-11", 2024, ""],
    ]);
  });

  test("nation_ej_1.csv: `,`, Clé/Texte pairs (codes read, labels kept), dot decimals", () => {
    const e = readFixture("nation_ej_1.csv");
    expect([e.rows, e.skipped]).toEqual([1, 0]);
    expect(totals(e)).toEqual({ ae: "12615940.52", cp: null });
    expect(e.lines[0]).toMatchObject({
      programme: "0354",
      centreFinancier: "0354-CDMA-CDAT",
      centreDeCouts: "ADCSDAT075",
      nature: "TRSF DRT EPA EP",
    });
    expect(e.labels.get("centreDeCouts")!.get("ADCSDAT075")).toBe("SDAT");
    expect(e.labels.get("domaineFonctionnel")!.get("0354-02")).toBe("Réglementation générale,");
  });
});

describe("layouts as controllers paste them", () => {
  test("long format (Type montant) pivoted; Résultat rows left out; a label column without header; Excel serials and numbers", () => {
    const e = readChorusExtract(
      sheetInput([
        ["Pilotage de la gestion"],
        [null, "Exercice comptable", 2021],
        [],
        [
          "Centre financier",
          null,
          "N° EJ",
          "Date de réplication",
          "Fournisseur",
          "Type montant",
          "Montant",
        ],
        [
          "0113-PEBC-ELAB",
          "Élaboration",
          2103100001,
          44300,
          "RÉSULTATS CONSEIL SARL",
          "Montant engagé",
          1000.5,
        ],
        [
          "0113-PEBC-ELAB",
          "Élaboration",
          2103100001,
          44300,
          "RÉSULTATS CONSEIL SARL",
          "Bascule des EJ non soldés",
          200,
        ],
        [
          "0113-PEBC-ELAB",
          "Élaboration",
          2103100001,
          44300,
          "RÉSULTATS CONSEIL SARL",
          "Montant payé",
          300,
        ],
        [
          "0113-PEBC-ELAB",
          "Élaboration",
          2103100002,
          44310,
          "Atelier",
          "Montant engagé",
          "2 000,00",
        ],
        ["0113-PEBC-ELAB", "Résultat", null, null, null, "Montant engagé", 3000.5],
        ["Résultat global", null, null, null, null, "Montant payé", 300],
      ])
    )!;
    expect([e.rows, e.skipped, e.exercice, e.hasAE, e.hasCP]).toEqual([2, 0, 2021, true, true]);
    expect(e.lines.map((l) => [l.row, l.ej, l.ae, l.cp, l.aeDate, l.fournisseur])).toEqual([
      [5, "2103100001", 80050, 30000, "2021-04-14", "RÉSULTATS CONSEIL SARL"],
      [8, "2103100002", 200000, 0, "2021-04-24", "Atelier"],
    ]);
    expect(e.labels.get("centreFinancier")!.get("0113-PEBC-ELAB")).toBe("Élaboration");
  });

  test("wide INFBUD53: AE of the year = Montant engagé − Bascule; the same header twice is code then label", () => {
    const e = readChorusExtract(
      sheetInput([
        [
          "Centre de coûts",
          "Centre de coûts",
          "N° EJ",
          "Bascule des EJ non soldés",
          "Montant engagé",
          "Montant certifié non soldé",
          "Montant payé",
        ],
        ["BG00/DININCUB75", "Incubateur", "2103100003", "1 000,00", "5 000,00", "#", "#"],
        ["BG00/DININCUB75", "Incubateur", "2103100004", "#", "(250,00)", "10", "-250"],
      ])
    )!;
    expect(e.lines.map((l) => [l.centreDeCouts, l.ae, l.cp])).toEqual([
      ["DININCUB75", 400000, 0],
      ["DININCUB75", -25000, -25000],
    ]);
    expect(e.labels.get("centreDeCouts")!.get("DININCUB75")).toBe("Incubateur");
  });

  test("a text file: rows of the wrong width are skipped and reported at their line; unknown columns are kept", () => {
    const e = readChorusExtract(
      textInput(
        'Extraction du 03.02.2023\n\nN° EJ;Montant engagé;Commentaire\n2103100001;100;ok\n2103100002;200;trop;de champs\n2103100003;"300\n2103100004;"1,5";"dit ""oui"""\n'
      )
    )!;
    expect([e.rows, e.skipped]).toEqual([2, 2]);
    expect(e.lines.map((l) => [l.row, l.ej, l.ae])).toEqual([
      [4, "2103100001", 10000],
      [7, "2103100004", 150],
    ]);
    expect(located(e.issues)).toEqual([
      "CHORUS_ROW_SKIPPED@extrait.csv:5:null",
      "CHORUS_ROW_SKIPPED@extrait.csv:6:null",
    ]);
    expect(e.issues[0].message).toMatch(/4 champs au lieu des 3/);
    expect(e.otherColumns).toEqual(["Commentaire"]);
  });

  test("unreadable amounts and dates are reported where they are; a Windows-1252 file is read", () => {
    const bytes = new Uint8Array([
      ...Buffer.from(
        "N\xb0 EJ;Date de base de la DP;Montant pay\xe9\n2103100001;31/02/2023;abc\n2103100001;28/02/2023;12\n2103100001;44985;1\n",
        "latin1"
      ),
    ]);
    const e = readChorusExtract(csvInput(bytes, "cp.csv"))!;
    expect(e.columns.montant.header).toBe("Montant payé");
    expect(located(e.issues)).toEqual([
      "AMOUNT_INVALID@cp.csv:2:Montant payé",
      "DATE_INVALID@cp.csv:2:Date de base de la DP",
    ]);
    // A sheet saved as CSV keeps its dates as Excel serials (44985 = 28/02/2023).
    expect(e.lines.map((l) => [l.cp, l.cpDate])).toEqual([
      [0, null],
      [1200, "2023-02-28"],
      [100, "2023-02-28"],
    ]);
  });

  test("values without an extract header are no extract", () => {
    expect(
      readChorusExtract(
        sheetInput([
          ["N° EJ", "Date", "Montant facturé"],
          ["2103100001", "01/01/2020", 1],
        ])
      )
    ).toBeNull();
    expect(
      readChorusExtract(textInput("Centre financier;Montant engagé\n0113-PEBC-ELAB;1\n"))
    ).toBeNull();
    expect(readChorusExtract(fixtureInput("README.md"))).toBeNull();
  });
});
