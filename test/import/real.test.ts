import * as fs from "fs";
import { camino } from "../../scripts/examples/camino";
import { meae } from "../../scripts/examples/meae";
import { importConvention, importResultJson } from "../../src/domain/import";
import { CAMINO_TXT, MEAE_TXT, CAMINO_CEILINGS } from "./helpers";

const caminoJson = importResultJson(importConvention(fs.readFileSync(CAMINO_TXT, "utf8")));
const meaeJson = importResultJson(importConvention(fs.readFileSync(MEAE_TXT, "utf8")));

const evidenceOf = (json: typeof caminoJson, field: string) =>
  json.evidence.find((e) => e.field === field)?.text;

describe("import of the real Camino convention (MTES → DINUM, 2020)", () => {
  test("every ceiling exactly: DGALN and ONF (à rétablir) on 0113-PEBC-ELAB, DGPR on 0181-CPRI-ELAB", () => {
    expect(caminoJson.ceilings).toEqual(CAMINO_CEILINGS);
  });

  test("every imputation exactly, the sous-action as domaine fonctionnel", () => {
    expect(caminoJson.imputations).toEqual([
      {
        centreFinancier: "0113-PEBC-ELAB",
        domaineFonctionnel: "0113-07-16",
        activite: "011301MB0601",
        centreDeCouts: "DININCUB75",
      },
      {
        centreFinancier: "0181-CPRI-ELAB",
        domaineFonctionnel: "0181-11-03",
        activite: "018111AM0303",
        centreDeCouts: "DININCUB75",
      },
    ]);
  });

  test("agrees with the hand-made example workbook built from the same text", () => {
    const asJson = camino.ceilings.map((c) => ({
      centreFinancier: c.centreFinancier,
      year: c.exercice,
      financeur: c.financeur,
      nature: c.nature,
      ae: c.ae.toFixed(2),
      cp: c.cp.toFixed(2),
    }));
    expect(caminoJson.ceilings).toEqual(asJson);
    expect(caminoJson.imputations).toEqual(
      camino.imputations.map(({ libelle: _l, ...codes }) => codes)
    );
  });

  test("parties, notice, and honest dates: '__ mars 2020', a start 'à la date de publication', no end", () => {
    expect(caminoJson.delegant).toMatch(
      /^Secrétariat général des ministères de la Transition écologique et solidaire \(MTES\).*Direction générale de la prévention des risques$/
    );
    expect(caminoJson.delegataire).toBe("Direction Interministérielle du Numérique (DINUM)");
    expect(caminoJson.reference).toBe("MTES-DINUM-2020");
    expect(caminoJson.noticeMonths).toBe(3);
    expect([caminoJson.signature, caminoJson.start]).toEqual([null, null]);
    // No end is written: the annual rule of the credits gives 31/12/2020, with a note to check it.
    expect(caminoJson.end).toBe("2020-12-31");
    expect(caminoJson.evidence.find((e) => e.field === "end")?.note).toMatch(/annualité/);
    expect(caminoJson.unresolved).toEqual(["signature", "start"]);
    expect(caminoJson.warnings).toEqual([]);
  });

  test("each figure carries the sentence it was read from", () => {
    expect(evidenceOf(caminoJson, "ceilings[0].ae")).toBe(
      "0113-PEBC-ELAB 140 000 EUR au titre du financement DGALN 2020"
    );
    expect(evidenceOf(caminoJson, "ceilings[1].cp")).toBe(
      "80 000 EUR (à rétablir) au titre de l'avenant 2020 à la convention de rétablissement de crédit ONF-DINUM"
    );
    expect(evidenceOf(caminoJson, "ceilings[2].cp")).toBe(
      "100 000 EUR au titre du financement DGPR 2020"
    );
    expect(evidenceOf(caminoJson, "imputations[0].domaineFonctionnel")).toBe(
      "Sous-action : 0113-07-16"
    );
    expect(evidenceOf(caminoJson, "imputations[1].activite")).toBe("Activité(s) : 018111AM0303");
    expect(evidenceOf(caminoJson, "noticeMonths")).toMatch(/préavis de trois\s+mois\.$/);
    // Every ceiling amount and every code has its evidence.
    for (let i = 0; i < 3; i++)
      for (const k of ["ae", "cp"])
        expect(evidenceOf(caminoJson, `ceilings[${i}].${k}`)).toMatch(/\d{2,3} 000 EUR/);
    for (let i = 0; i < 2; i++)
      for (const k of ["centreFinancier", "domaineFonctionnel", "activite", "centreDeCouts"])
        expect(evidenceOf(caminoJson, `imputations[${i}].${k}`)).toBeDefined();
  });

  test("the preamble's '140 k€ pour la DGALN' and '0 k€ pour la DGEC' are not taken for ceilings", () => {
    expect(caminoJson.ceilings.some((c) => c.financeur === "DGEC")).toBe(false);
    expect(caminoJson.ceilings).toHaveLength(3);
  });
});

describe("import of the real MEAE convention (DISINFO, 2020)", () => {
  test("the one ceiling, stated in a sentence and in its schedule, counted once", () => {
    expect(meaeJson.ceilings).toEqual([
      {
        centreFinancier: "0105-CRES-CDSI",
        year: 2020,
        financeur: "MAE",
        nature: "Mise à disposition",
        ae: "160000.00",
        cp: "160000.00",
      },
    ]);
    expect(meaeJson.ceilings.map((c) => [c.ae, c.cp])).toEqual(
      meae.ceilings.map((c) => [c.ae.toFixed(2), c.cp.toFixed(2)])
    );
  });

  test("its four codes, the domaine fonctionnel written on the line after its label", () => {
    expect(meaeJson.imputations).toEqual([
      {
        centreFinancier: "0105-CRES-CDSI",
        domaineFonctionnel: "0105-06-08",
        activite: "010501A61404",
        centreDeCouts: "AECDSI2044",
      },
    ]);
    expect(evidenceOf(meaeJson, "imputations[0].centreDeCouts")).toBe(
      "Centre de coût : AECDSI2044 (DSI/PSI)"
    );
  });

  test("'jusqu'au 31 décembre de la même année' gives the end, the year being the schedule's", () => {
    expect(meaeJson.end).toBe("2020-12-31");
    const end = meaeJson.evidence.find((e) => e.field === "end");
    expect(end?.text).toMatch(
      /^Elle est conclue pour une période commençant à la date de sa signature jusqu'au 31 décembre de la même année/
    );
    expect(end?.note).toMatch(/2020/);
  });

  test("signature left blank ('Fait à Paris, … le'), so no start either; the 2019 convention of the preamble is not taken", () => {
    expect([meaeJson.signature, meaeJson.start]).toEqual([null, null]);
    expect(meaeJson.unresolved).toEqual(["signature", "start"]);
    expect(meaeJson.evidence.some((e) => /2019/.test(e.text))).toBe(false);
  });

  test("parties with the short name the text gives them, and notice", () => {
    expect(meaeJson.delegant).toBe("Ministère de l'Europe et des Affaires étrangères (MEAE)");
    expect(meaeJson.delegataire).toBe("Direction Interministérielle du Numérique (DINUM)");
    expect(meaeJson.reference).toBe("MEAE-DINUM-2020");
    expect(meaeJson.noticeMonths).toBe(3);
    expect(evidenceOf(meaeJson, "ceilings[0].cp")).toBe(
      "Pour le MAE : 160 000 € à la signature de la convention de délégation de gestion"
    );
  });
});
