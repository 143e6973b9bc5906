import type { CellValue } from "../../src/grid";
import type { RawSheet } from "../../src/grid";
import { readConventionData, resolveSheetNames, ReadResult } from "../../src/domain/read";
import { analyse, Analysis } from "../../src/domain/analyse";
import type { SheetKey } from "../../src/domain/contract";

/** Builds RawSheets from literal rows, as a host would give them. */
export function sheet(name: string, values: CellValue[][], origin = { row: 0, col: 0 }): RawSheet {
  return { name, values, origin, tables: [] };
}

export const ENG_HEADER = [
  "N° EJ",
  "Date",
  "Centre financier",
  "Domaine fonctionnel",
  "Activité",
  "Centre de coûts",
  "Fournisseur",
  "Prestation",
  "Montant AE",
];
export const PAY_HEADER = ["N° DP", "Date", "N° EJ", "Montant CP"];

/** Camino 2020 as in the real convention, with the given execution rows. */
export function caminoSheets(
  engagements: CellValue[][] = [],
  payments: CellValue[][] = [],
  extra: RawSheet[] = []
): RawSheet[] {
  return [
    sheet("Convention", [
      ["Référence", "MTES-DINUM-2020"],
      ["Délégant", "SG MTES-MCTRCT, DGALN, DGPR"],
      ["Délégataire", "DINUM"],
      ["Date de signature", "26/03/2020"],
      ["Date de fin", "31/12/2020"],
    ]),
    sheet("Plafonds", [
      ["Centre financier", "Exercice", "Financeur", "Nature", "Acte", "AE", "CP"],
      ["0113-PEBC-ELAB", 2020, "DGALN", "Mise à disposition", "Convention", 140000, 140000],
      ["0113-PEBC-ELAB", 2020, "ONF", "À rétablir", "Convention", 80000, 80000],
      ["0181-CPRI-ELAB", 2020, "DGPR", "", "", 100000, 100000],
    ]),
    sheet("Imputations", [
      ["Centre financier", "Domaine fonctionnel", "Activité", "Centre de coûts"],
      ["0113-PEBC-ELAB", "0113-07-16", "011301MB0601", "DININCUB75"],
      ["0181-CPRI-ELAB", "0181-11-03", "018111AM0303", "DININCUB75"],
    ]),
    sheet("Engagements", [ENG_HEADER, ...engagements]),
    sheet("Paiements", [PAY_HEADER, ...payments]),
    ...extra,
  ];
}

export const EJ_0113 = (
  ej: string | number,
  date: CellValue,
  amount: CellValue,
  extra: Partial<{
    df: string;
    act: string;
    cc: string;
    cf: string;
    supplier: string;
    prestation: string;
  }> = {}
): CellValue[] => [
  ej,
  date,
  extra.cf ?? "0113-PEBC-ELAB",
  extra.df ?? "0113-07-16",
  extra.act ?? "011301MB0601",
  extra.cc ?? "DININCUB75",
  extra.supplier ?? "Atelier Numérique",
  extra.prestation ?? "Devops",
  amount,
];

export function read(sheets: RawSheet[]): ReadResult {
  const roles = resolveSheetNames(sheets.map((s) => s.name));
  const byRole: Partial<Record<SheetKey, RawSheet>> = {};
  for (const [key, name] of Object.entries(roles))
    byRole[key as SheetKey] = sheets.find((s) => s.name === name);
  return readConventionData(byRole);
}

export function run(sheets: RawSheet[], asOf = "2020-12-31"): Analysis {
  const r = read(sheets);
  if (!r.data) throw new Error(`unreadable: ${JSON.stringify(r.issues)}`);
  return analyse(
    r.data,
    r.issues,
    asOf,
    sheets.map((s) => s.name)
  );
}
