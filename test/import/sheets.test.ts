/** The imported sheets, as any host would write them, read back by Plafond's own reader. */
import * as fs from "fs";
import { analyse } from "../../src/domain/analyse";
import { importConvention, importedSheets, type ImportedSheet } from "../../src/domain/import";
import { read, sheet } from "../helpers/book";
import { CAMINO_TXT, MEAE_TXT, fixture } from "./helpers";

const raw = (s: ImportedSheet) => sheet(s.name, s.values);
const analysed = (text: string) => {
  const sheets = importedSheets(importConvention(text));
  const r = read(sheets.map(raw));
  if (!r.data) throw new Error(JSON.stringify(r.issues));
  return {
    sheets,
    data: r.data,
    analysis: analyse(
      r.data,
      r.issues,
      "2020-06-30",
      sheets.map((s) => s.name)
    ),
  };
};

describe("importedSheets", () => {
  const camino = analysed(fs.readFileSync(CAMINO_TXT, "utf8"));

  test("the contract's sheets with the contract's headers, then Sources", () => {
    expect(camino.sheets.map((s) => s.name)).toEqual([
      "Convention",
      "Plafonds",
      "Imputations",
      "Engagements",
      "Paiements",
      "Prévisions",
      "Sources",
    ]);
    const header = (name: string) => camino.sheets.find((s) => s.name === name)!.values[0];
    expect(header("Plafonds")).toEqual([
      "Centre financier",
      "Exercice",
      "Financeur",
      "Nature",
      "Acte",
      "AE",
      "CP",
      "Disponible le",
    ]);
    expect(header("Imputations")).toEqual([
      "Centre financier",
      "Domaine fonctionnel",
      "Activité",
      "Centre de coûts",
      "Libellé",
    ]);
    expect(header("Engagements")).toEqual([
      "N° EJ",
      "Date",
      "Centre financier",
      "Domaine fonctionnel",
      "Activité",
      "Centre de coûts",
      "Fournisseur",
      "Prestation",
      "Montant AE",
      "N° poste EJ",
      "Compte budgétaire",
    ]);
    expect(header("Paiements")).toEqual([
      "N° DP",
      "Date",
      "N° EJ",
      "Montant CP",
      "N° poste EJ",
      "N° poste DP",
      "Centre financier",
    ]);
    expect(header("Prévisions")).toEqual(["Centre financier", "Mois", "AE prévus", "CP prévus"]);
    for (const name of ["Engagements", "Paiements", "Prévisions"])
      expect(camino.sheets.find((s) => s.name === name)!.values).toHaveLength(1);
  });

  test("read back by the reader: same ceilings, imputations, no error", () => {
    expect(
      camino.data.ceilings.map((c) => [
        c.centreFinancier,
        c.year,
        c.financeur,
        c.nature,
        c.acte,
        c.ae.toFixed(2),
        c.cp.toFixed(2),
      ])
    ).toEqual([
      [
        "0113-PEBC-ELAB",
        2020,
        "DGALN",
        "Mise à disposition",
        "Convention",
        "140000.00",
        "140000.00",
      ],
      ["0113-PEBC-ELAB", 2020, "ONF", "À rétablir", "Convention", "80000.00", "80000.00"],
      [
        "0181-CPRI-ELAB",
        2020,
        "DGPR",
        "Mise à disposition",
        "Convention",
        "100000.00",
        "100000.00",
      ],
    ]);
    expect(camino.data.imputations.map((i) => [i.centreFinancier, i.libelle])).toEqual([
      ["0113-PEBC-ELAB", "Financement DGALN, ONF"],
      ["0181-CPRI-ELAB", "Financement DGPR"],
    ]);
    expect(camino.data.info).toMatchObject({
      reference: "MTES-DINUM-2020",
      delegataire: "Direction Interministérielle du Numérique (DINUM)",
      signature: null,
      end: "2020-12-31",
      noticeMonths: 3,
    });
    expect(camino.analysis.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(camino.analysis.reconciliation.total.pendingReestablishment.toFixed(2)).toBe("80000.00");
  });

  test("dates as Excel serials with a date style; amounts as numbers with a euro style", () => {
    const meae = importedSheets(importConvention(fs.readFileSync(MEAE_TXT, "utf8")));
    const conv = meae[0];
    const end = conv.values.findIndex((r) => r[0] === "Date de fin");
    expect(conv.values[end][1]).toBe(44196); // 31/12/2020
    expect(conv.styles[end][1]).toBe("date");
    const plafonds = meae[1];
    expect(plafonds.values[1].slice(5)).toEqual([160000, 160000]);
    expect(plafonds.styles[1].slice(5)).toEqual(["amount", "amount"]);
  });

  test("Sources lists each figure with its sentence, then what is missing, then the doubts", () => {
    const sources = camino.sheets[6];
    expect(sources.values[0]).toEqual(["Champ", "Valeur", "Texte de la convention", "Clé"]);
    const row = sources.values.find((r) => r[3] === "ceilings[1].cp")!;
    expect(row[0]).toBe("Plafond 2 (0113-PEBC-ELAB, 2020, ONF) : CP");
    expect(String(row[1]).replace(/\s/g, " ")).toBe("80 000,00 €");
    expect(row[2]).toMatch(/^80 000 EUR \(à rétablir\)/);
    expect(
      sources.values.filter((r) => r[1] === "non trouvé : à compléter").map((r) => r[0])
    ).toEqual(["Date de signature", "Date de début"]);
    const doubts = importedSheets(
      importConvention(fixture("variant-ambiguous.txt"))
    )[6].values.filter((r) => r[0] === "Avertissement");
    expect(doubts).toHaveLength(3);
  });

  test("an imported variant over several years reads back without error", () => {
    const years = analysed(fixture("variant-table-years.txt"));
    expect(years.data.ceilings.map((c) => `${c.centreFinancier} ${c.year}`)).toEqual([
      "0112-CANC-DPAR 2022",
      "0112-CANC-DPAR 2023",
      "0112-CANC-DPAR 2024",
      "0352-CDIN-INCU 2022",
      "0352-CDIN-INCU 2023",
    ]);
    expect(years.analysis.issues.filter((i) => i.severity === "error")).toEqual([]);
  });
});
