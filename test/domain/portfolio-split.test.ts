import { internStrings } from "../../src/domain/portfolio/intern";
import { csvInput } from "../../src/workbook/text/csv";
import type { CellValue } from "../../src/grid";
import type { ChorusInput } from "../../src/domain/chorus";
import { readChorusExtract } from "../../src/domain/chorus";
import type { AuthorisedImputation } from "../../src/domain/model";
import {
  ROW_AMBIGUOUS,
  ROW_DROPPED,
  ROW_KEPT,
  ROW_OUTSIDE,
  shareOf,
  splitExtracts,
} from "../../src/domain/portfolio/split";

const imputation = (
  centreFinancier: string,
  domaineFonctionnel: string,
  activite: string,
  centreDeCouts: string
): AuthorisedImputation => ({
  sheet: "Imputations",
  row: 2,
  centreFinancier,
  domaineFonctionnel,
  activite,
  centreDeCouts,
  libelle: "",
});

const CAMINO = [
  imputation("0113-PEBC-ELAB", "0113-07-16", "011301MB0601", "DININCUB75"),
  imputation("0181-CPRI-ELAB", "0181-11", "", "DININCUB75"),
];
const MEAE = [imputation("0105-CRES-CDSI", "0105-06-08", "010501A61404", "AECDSI2044")];

const HEADER = [
  "Centre financier",
  "Domaine fonctionnel",
  "Centre de coûts",
  "Activité",
  "N° EJ",
  "Montant engagé",
  "Montant payé",
];

/** An extract whose record i sits on file line lineOf(i) (blank lines between records, as a CSV may have). */
function input(rows: CellValue[][], name = "extrait.csv"): ChorusInput {
  const values = [["INF-BUD-53"], HEADER, ...rows];
  return { name, file: name, values, rowOf: (i) => i * 2 + 1 };
}

const row = (
  cf: string,
  df: string,
  cc: string,
  act: string,
  ej: string,
  ae: number,
  cp: number
): CellValue[] => [cf, df, cc, act, ej, ae, cp];

describe("splitting one extract among conventions", () => {
  const rows = [
    row(
      "BG00/0113-PEBC-ELAB",
      "0113-07-16",
      "BG00/DININCUB75",
      "BG00/011301MB0601",
      "2103104101",
      36000,
      36000
    ), // Camino
    row("0181-CPRI-ELAB", "0181-11-03", "DININCUB75", "018111AM0303", "2103104231", 30000, 0), // Camino: DF prefix, any activité
    row("0105-CRES-CDSI", "0105-06-08", "AECDSI2044", "010501A61404", "2103106201", 30000, 10000), // MEAE
    row("0113-PEBC-ELAB", "0113-07-16", "DININCUB75", "011301MB0602", "2103104521", 12000, 6000), // Camino's UO, activité not authorised
    row("0113-PEBC-PILO", "0113-07-03", "DGALNPI075", "011307PI0101", "2103099001", 5000, 0), // no convention
    [null, null, null, null, null, null, null], // blank
    ["0113-PEBC-ELAB", "Résultat", null, null, null, 36000, 36000], // subtotal
  ];
  const [split] = splitExtracts([input(rows)], [CAMINO, MEAE]);

  test("each row goes to the one convention whose imputations authorise it, or outside", () => {
    expect(Array.from(split!.target)).toEqual([
      ROW_KEPT,
      ROW_KEPT,
      0,
      0,
      1,
      ROW_OUTSIDE,
      ROW_OUTSIDE,
      ROW_DROPPED,
      ROW_DROPPED,
    ]);
  });

  test("a share is the extract with only its rows, each keeping its line number", () => {
    const camino = readChorusExtract(shareOf(split!, (m) => m === 0))!;
    expect(camino.lines.map((l) => [l.row, l.ej, l.ae])).toEqual([
      [5, "2103104101", 3600000],
      [7, "2103104231", 3000000],
    ]);
    const outside = readChorusExtract(shareOf(split!, (m) => m === ROW_OUTSIDE))!;
    expect(outside.lines.map((l) => [l.row, l.centreFinancier])).toEqual([
      [11, "0113-PEBC-ELAB"],
      [13, "0113-PEBC-PILO"],
    ]);
  });

  test("a share of a CSV file reads its own rows, not the file's rows of the same rank", () => {
    // csvInput reads records by their rank in the whole file (rowAt, rowsHolding): a share must
    // renumber them. Before, the Camino share read the file's first rows (MEAE's among them).
    const csv = [
      "INF-BUD-53",
      HEADER.join(";"),
      "0105-CRES-CDSI;0105-06-08;AECDSI2044;010501A61404;2103106201;300;100",
      "0113-PEBC-ELAB;Résultat;;;;300;100",
      "0113-PEBC-ELAB;0113-07-16;DININCUB75;011301MB0601;2103104101;360;360",
      "0181-CPRI-ELAB;0181-11-03;DININCUB75;018111AM0303;2103104231;300;0",
    ].join("\n");
    const [file] = splitExtracts(
      [csvInput(new TextEncoder().encode(csv), "x.csv")],
      [CAMINO, MEAE]
    );
    const camino = readChorusExtract(shareOf(file!, (m) => m === 0))!;
    expect(camino.lines.map((l) => [l.row, l.ej])).toEqual([
      [5, "2103104101"],
      [6, "2103104231"],
    ]);
    const meae = readChorusExtract(shareOf(file!, (m) => m === 1))!;
    expect(meae.lines.map((l) => [l.row, l.ej])).toEqual([[3, "2103106201"]]);
  });

  test("a line that two conventions authorise is ambiguous and names both", () => {
    const twice = splitExtracts([input([rows[2]])], [MEAE, CAMINO, MEAE])[0]!;
    expect(twice.target[2]).toBe(ROW_AMBIGUOUS);
    expect(twice.ambiguous.get(2)).toEqual([0, 2]);
  });

  test("a payment row without codes follows its EJ, in another extract too", () => {
    const dp: ChorusInput = {
      name: "dp.csv",
      file: "dp.csv",
      values: [
        ["N° EJ", "N° DP", "Montant payé"],
        ["2103106201", "100052118", 10000],
        ["2103109999", "100052119", 500],
      ],
      rowOf: (i) => i + 1,
    };
    const [, cp] = splitExtracts([input(rows), dp], [CAMINO, MEAE]);
    expect(Array.from(cp!.target)).toEqual([ROW_KEPT, 1, ROW_OUTSIDE]);
  });

  test("an EJ whose rows went to two conventions gives its codeless payment to neither", () => {
    const shared = [
      row("0105-CRES-CDSI", "0105-06-08", "AECDSI2044", "010501A61404", "2103100000", 1, 0),
      row("0181-CPRI-ELAB", "0181-11-03", "DININCUB75", "X", "2103100000", 1, 0),
    ];
    const dp: ChorusInput = {
      name: "dp.csv",
      file: "dp.csv",
      values: [
        ["N° EJ", "N° DP", "Montant payé"],
        ["2103100000", "1", 1],
      ],
      rowOf: (i) => i + 1,
    };
    const [, cp] = splitExtracts([input(shared), dp], [CAMINO, MEAE]);
    expect(cp!.target[1]).toBe(ROW_OUTSIDE);
  });

  test("a text file's second reading of a doubtful record follows it into the share", () => {
    const alt = row(
      "0105-CRES-CDSI",
      "0105-06-08",
      "AECDSI2044",
      "010501A61404",
      "2103106201",
      7,
      7
    );
    const broken = ["0105-CRES-CDSI", "0105-06-08"];
    const values = [HEADER, broken];
    const x: ChorusInput = {
      name: "x.csv",
      file: "x.csv",
      values,
      rowOf: (i) => i + 1,
      strictWidth: true,
      alternatives: new Map([[1, alt]]),
    };
    const [s] = splitExtracts([x], [CAMINO, MEAE]);
    expect(s!.target[1]).toBe(1);
    const share = shareOf(s!, (m) => m === 1);
    expect(readChorusExtract(share)!.lines.map((l) => [l.row, l.ae])).toEqual([[2, 700]]);
  });

  test("values that hold no extract give no split", () => {
    expect(
      splitExtracts(
        [{ name: "n", file: null, values: [["a", "b"]], rowOf: (i) => i + 1 }],
        [CAMINO]
      )
    ).toEqual([null]);
  });
});

test("interning the extract's strings changes no value, in pooled and in distinct columns", () => {
  const long = "BG00/0113-PEBC-ELAB-LIBELLE";
  const rows: CellValue[][] = Array.from({ length: 2500 }, (_, i) => [
    long.slice(0, 19) + long.slice(19),
    `EJ${i}`,
    i,
    null,
  ]);
  const before = JSON.stringify(rows);
  internStrings(rows);
  expect(JSON.stringify(rows)).toBe(before);
});

test("a code the extract has no column for is not compared; one it has, empty, must be authorised", () => {
  const values = [
    ["Centre financier", "Domaine fonctionnel", "Centre de coûts", "N° EJ", "Montant engagé"],
    ["0105-CRES-CDSI", "0105-06-08", "AECDSI2044", "2103106201", 1],
    ["0105-CRES-CDSI", "0105-06-08", "", "2103106299", 1],
  ];
  const [s] = splitExtracts(
    [{ name: "x.csv", file: "x.csv", values, rowOf: (i) => i + 1 }],
    [CAMINO, MEAE]
  );
  expect(Array.from(s!.target)).toEqual([ROW_KEPT, 1, ROW_OUTSIDE]);
});
