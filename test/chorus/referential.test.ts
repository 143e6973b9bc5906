import * as fs from "fs";
import { readReferential, referentialField } from "../../src/domain/chorus";
import { referentialSheets } from "../../src/app/chorus-files";
import { fileReaders } from "../helpers/readers";
import { caminoSheets, sheet } from "../helpers/book";
import { fixtureInput, fixturePath, located, runWith } from "./helpers";

const calculette = referentialSheets(
  new Uint8Array(fs.readFileSync(fixturePath("Calculette_Chorus_test.xlsx"))),
  fileReaders
);

describe("the Chorus referential (calculette)", () => {
  test("its sheets of codes are recognised by name, the ministries' sheet is not read", () => {
    expect(calculette.map((s) => s.name)).toEqual([
      "08 - Activités (OS,OP,OB,ACT)",
      "03 - Programmes",
      "07 - Domaines Fonct. (DF)",
      "09 - Centres de coûts (CCOU)",
      "19 - Groupe Marchandise",
    ]);
    expect(referentialField("02 - Ministères")).toBeNull();
  });

  test("codes are read under the 'Identifiant unique' column, with their label", () => {
    const ref = readReferential(calculette);
    const size = (f: Parameters<typeof ref.get>[0]) => ref.get(f)!.codes.size;
    expect([
      size("activite"),
      size("programme"),
      size("domaineFonctionnel"),
      size("centreDeCouts"),
      size("groupeMarchandises"),
    ]).toEqual([2, 3, 2, 1437, 2]);
    expect(ref.get("programme")!.codes.get("0105")).toBe(
      "Action de la France en Europe et dans le monde"
    );
    expect(ref.get("activite")!.codes.get("010101010106")).toBe(
      "RETRIBUER AVOCATS CE CCASS MISSIONS AJ"
    );
    expect(ref.get("domaineFonctionnel")!.codes.get("0104-12-15")).toBe("Actions Réfugiés");
    expect(ref.get("centreDeCouts")!.codes.get("AECADAF093")).toBe(
      "Bureau programmation et affaires financ."
    );
    // Codes outside the usual pattern are still codes of the referential.
    expect(ref.get("centreDeCouts")!.codes.has("CAC_0101")).toBe(true);
    expect(ref.get("groupeMarchandises")!.codes.get("01.01.02")).toBe("EX-AI MATÉRIEL COURR");
  });
});

describe("CODE_NOT_IN_REFERENTIAL", () => {
  test("well-formed codes absent from the referential: one warning per code, at its first use, with the extract's label", () => {
    const sheets = [
      sheet("Convention", [
        ["Référence", "ANTS-2024"],
        ["Délégant", "DGEF"],
        ["Délégataire", "ANTS"],
        ["Date de début", "01/01/2024"],
      ]),
      sheet("Plafonds", [
        ["Centre financier", "Exercice", "AE", "CP"],
        ["0354-CDMA-CDAT", 2024, 20000000, 20000000],
      ]),
      sheet("Imputations", [
        ["Centre financier", "Domaine fonctionnel", "Activité", "Centre de coûts"],
        ["0354-CDMA-CDAT", "0354-02", "035401010301", "ADCSDAT075"],
        ["0354-CDMA-CDAT", "0104-12-15", "010101010101", "AECADAF093"],
      ]),
    ];
    const { summary } = runWith(
      sheets,
      {
        chorus: [fixtureInput("nation_ej_1.csv"), fixtureInput("aife_ae.csv")],
        referential: calculette,
      },
      "2024-12-31"
    );
    const warnings = summary.issues.filter((i) => i.code === "CODE_NOT_IN_REFERENTIAL");
    expect(located(warnings)).toEqual([
      "CODE_NOT_IN_REFERENTIAL@Imputations:2:Centre financier",
      "CODE_NOT_IN_REFERENTIAL@Imputations:2:Domaine fonctionnel",
      "CODE_NOT_IN_REFERENTIAL@Imputations:2:Activité",
      "CODE_NOT_IN_REFERENTIAL@Imputations:2:Centre de coûts",
      "CODE_NOT_IN_REFERENTIAL@nation_ej_1.csv:2:Groupe de marchandises - Clé",
    ]);
    expect(warnings.every((w) => w.severity === "warning")).toBe(true);
    // Labels come from the extract's Texte columns (nation_ej_1.csv), even for a code first met elsewhere.
    const message = (column: string) => warnings.find((w) => w.column === column)!.message;
    expect(message("Centre de coûts")).toBe(
      "Le centre de coûts ADCSDAT075 (« SDAT ») est absent du référentiel Chorus fourni (feuille « 09 - Centres de coûts (CCOU) ») : vérifiez le code, ou mettez à jour la calculette. 4 lignes l'utilisent ; seule la première est signalée."
    );
    expect(message("Domaine fonctionnel")).toMatch(/0354-02 \(« Réglementation générale, »\)/);
    expect(message("Centre financier")).toMatch(/^Le programme 0354 est absent/);
    // Codes the calculette holds (second imputation) raise nothing.
    expect(warnings.filter((w) => w.row === 3 && w.sheet === "Imputations")).toEqual([]);
  });

  test("a referential pasted as sheets of the workbook is used too; nothing without a referential", () => {
    const ccSheet = calculette.find((s) => s.name.startsWith("09"))!;
    const withSheet = runWith([...caminoSheets(), ccSheet]);
    expect(
      located(withSheet.summary.issues.filter((i) => i.code === "CODE_NOT_IN_REFERENTIAL"))
    ).toEqual(["CODE_NOT_IN_REFERENTIAL@Imputations:2:Centre de coûts"]);
    expect(withSheet.read.chorus!.referential).toEqual(["09 - Centres de coûts (CCOU)"]);
    expect(
      runWith(caminoSheets()).summary.issues.filter((i) => i.code === "CODE_NOT_IN_REFERENTIAL")
    ).toEqual([]);
  });
});
