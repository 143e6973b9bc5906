/**
 * Conventions written otherwise than the two real ones: other wording, tables laid out
 * differently, several years, k€, OCR noise, and texts where nothing may be invented.
 */
import { importConvention, importResultJson, type ImportJson } from "../../src/domain/import";
import { fixture } from "./helpers";

const run = (name: string): ImportJson => importResultJson(importConvention(fixture(name)));
const ceiling = (
  centreFinancier: string,
  year: number | null,
  ae: string | null,
  cp: string | null,
  financeur: string | null = null,
  nature = "Mise à disposition"
) => ({ centreFinancier, year, financeur, nature, ae, cp });
const imputation = (
  centreFinancier: string,
  domaineFonctionnel: string,
  activite: string,
  centreDeCouts: string
) => ({ centreFinancier, domaineFonctionnel, activite, centreDeCouts });
const ev = (j: ImportJson, field: string) => j.evidence.find((e) => e.field === field);

describe("prose, k€, AE ≠ CP, 'dont … à rétablir', an imputation table, OCR noise", () => {
  const j = run("variant-prose-kilo.txt");

  test("AE and CP read from their own words, the UO named after the amounts, the part 'à rétablir' taken out", () => {
    expect(j.ceilings).toEqual([
      ceiling("0216-CAPN-DNUM", 2021, "250000.00", "180000.00"),
      ceiling("0354-CDIN-DNUM", 2021, "25000.00", "25000.00"),
      ceiling("0354-CDIN-DNUM", 2021, "15000.00", "15000.00", "ANCT", "À rétablir"),
    ]);
    expect(ev(j, "ceilings[0].cp")?.text).toBe(
      "Le délégant met à disposition du délégataire 250 k€ en autorisations d'engagement et 180 k€ en crédits de paiement au titre de l'exercice 2021 sur l'UO 0216-CAPN-DNUM."
    );
  });

  test("imputations from a table whose rows hold the four codes", () => {
    expect(j.imputations).toEqual([
      imputation("0216-CAPN-DNUM", "0216-10-02", "021610AB0203", "DNUMINNO21"),
      imputation("0354-CDIN-DNUM", "0354-01-05", "035401CD0105", "DNUMINNO21"),
    ]);
  });

  test("parties in one sentence; 'Ourée', 'ler mars', '3l décembre' read; the quoted 2020 convention ignored", () => {
    expect([j.delegant, j.delegataire, j.reference]).toEqual([
      "Ministère de l'Intérieur, direction du numérique (DNUM)",
      "Direction interministérielle du numérique (DINUM)",
      "DNUM-DINUM-2021",
    ]);
    expect([j.signature, j.start, j.end, j.noticeMonths]).toEqual([
      "2021-02-12",
      "2021-03-01",
      "2021-12-31",
      2,
    ]);
    expect(ev(j, "end")?.text).toBe("Elle s'achève le 31 décembre 2021.");
    expect(j.unresolved).toEqual([]);
    expect(j.warnings).toEqual([]);
  });
});

describe("a schedule over three years: bare amounts under '(en €)', years in rows and in columns", () => {
  const j = run("variant-table-years.txt");

  test("one ceiling per UO and year", () => {
    expect(j.ceilings).toEqual([
      ceiling("0112-CANC-DPAR", 2022, "300000.00", "120000.00"),
      ceiling("0112-CANC-DPAR", 2023, "0.00", "150000.00"),
      ceiling("0112-CANC-DPAR", 2024, "0.00", "30000.00"),
      ceiling("0352-CDIN-INCU", 2022, "60000.00", "50000.00"),
      ceiling("0352-CDIN-INCU", 2023, "40000.00", "50000.00"),
    ]);
  });

  test("labelled Chorus references, two activités giving two authorised rows", () => {
    expect(j.imputations).toEqual([
      imputation("0112-CANC-DPAR", "0112-12", "011212CD0001", "ANCTINCU01"),
      imputation("0352-CDIN-INCU", "0352-01-03", "035201IN0001", "DININCUB75"),
      imputation("0352-CDIN-INCU", "0352-01-03", "035201IN0002", "DININCUB75"),
    ]);
  });

  test("'du 1er janvier 2022 au 31 décembre 2024', labelled parties, no signature", () => {
    expect([j.start, j.end, j.noticeMonths, j.reference]).toEqual([
      "2022-01-01",
      "2024-12-31",
      6,
      "ANCT-DINUM-2022",
    ]);
    expect(j.delegant).toBe("Agence nationale de la cohésion des territoires (ANCT)");
    expect(j.unresolved).toEqual(["signature"]);
  });
});

describe("labels 'AE : … ; CP : …' and 'AE = CP = …', cents, a written total, codes shared by two UOs", () => {
  const j = run("variant-labels.txt");

  test("ceilings, the total being checked rather than counted", () => {
    expect(j.ceilings).toEqual([
      ceiling("0134-DGEN-INCB", 2023, "100000.00", "80000.00"),
      ceiling("0134-DGEN-FRAN", 2023, "45000.50", "45000.50"),
    ]);
    expect(j.warnings).toEqual([]);
  });

  test("each activité goes with the UO written beside it", () => {
    expect(j.imputations).toEqual([
      imputation("0134-DGEN-INCB", "0134-23", "013423IN0001", "DGEINCUB01"),
      imputation("0134-DGEN-FRAN", "0134-23", "013423FR0001", "DGEINCUB01"),
    ]);
  });

  test("'à compter du 15/01/2023 pour une durée de 12 mois'", () => {
    expect([j.start, j.end, j.signature]).toEqual(["2023-01-15", "2024-01-14", null]);
    expect(ev(j, "end")?.note).toBe("12 mois à compter du début");
    expect(j.unresolved).toEqual(["signature", "noticeMonths"]);
  });
});

describe("OCR digits: '16O OOO €', 'O204-CDIN-SANT', '2O2O', '3l décembre', 'Artic1e'", () => {
  const j = run("variant-ocr.txt");

  test("figures and codes repaired where digits are expected", () => {
    expect(j.ceilings).toEqual([ceiling("0204-CDIN-SANT", 2020, "160000.00", "160000.00")]);
    expect(j.imputations).toEqual([
      imputation("0204-CDIN-SANT", "0204-11", "020411SA0001", "DGSINCUB02"),
    ]);
    expect(ev(j, "signature")?.text).toBe(
      "Convention de délégation de gestion en date du 2 avril 2020"
    );
  });

  test("'prend effet à compter de sa signature': the start is the signature, said so", () => {
    expect([j.signature, j.start, j.end]).toEqual(["2020-04-02", "2020-04-02", "2020-12-31"]);
    expect(ev(j, "start")).toEqual({
      field: "start",
      text: "La présente convention prend effet à compter de sa signature.",
      note: "début à la signature",
    });
    expect(j.unresolved).toEqual(["noticeMonths"]);
  });
});

describe("amounts that cannot be placed are reported, never guessed", () => {
  const j = run("variant-ambiguous.txt");

  test("no ceiling: neither AE nor CP, several UOs at once, a programme instead of a UO", () => {
    expect(j.ceilings).toEqual([]);
    const warnings = j.warnings.map((w) => w.replace(/[\u202f\u00a0]/g, " "));
    expect(warnings).toHaveLength(3);
    expect(warnings).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^75 000,00 € sur 0613-CDIN-DINU : impossible de dire s'il s'agit d'AE ou de CP/
        ),
        expect.stringMatching(/^10 000,00 € se rapporte à plusieurs centres financiers/),
        expect.stringMatching(/^20 000,00 € de crédits sans centre financier reconnaissable/),
      ])
    );
    expect(j.unresolved).toEqual([
      "reference",
      "signature",
      "start",
      "end",
      "noticeMonths",
      "ceilings",
      "imputations[0].centreDeCouts",
    ]);
  });

  test("the imputation found keeps its missing centre de coûts empty", () => {
    expect(j.imputations).toEqual([imputation("0613-CDIN-DINU", "0613-02-01", "061302DI0001", "")]);
  });
});

describe("a text without figures yields nothing", () => {
  const everything = [
    "reference",
    "delegant",
    "delegataire",
    "signature",
    "start",
    "end",
    "noticeMonths",
    "ceilings",
    "imputations",
  ];

  test.each([
    [
      "a partnership agreement with a decree, a postcode, a phone number and dates",
      fixture("variant-no-figures.txt"),
    ],
    ["an empty text", ""],
    [
      "a letter",
      "Madame, Monsieur,\nJe vous prie de trouver ci-joint le compte rendu de la réunion du 3 février 2020.\nCordialement.",
    ],
  ])("%s", (_, text) => {
    const j = importResultJson(importConvention(text));
    expect(j.ceilings).toEqual([]);
    expect(j.imputations).toEqual([]);
    expect([
      j.delegant,
      j.delegataire,
      j.signature,
      j.start,
      j.end,
      j.noticeMonths,
      j.reference,
    ]).toEqual([null, null, null, null, null, null, null]);
    expect(j.evidence).toEqual([]);
    expect(j.warnings).toEqual([]);
    expect(j.unresolved).toEqual(everything);
  });
});
