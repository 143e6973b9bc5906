import type { CellValue } from "../../src/grid";
import { summarize, Summary } from "../../src/domain/summary";
import { judgeLoaded } from "../../src/app/open-convention";
import { read, sheet } from "../helpers/book";

/** Small hand-made conventions for the rules of "Time and the EJ lifecycle" (domain.md). */
export const CF113 = "0113-PEBC-ELAB";
export const CF181 = "0181-CPRI-ELAB";
const CODES: Record<string, [string, string]> = {
  [CF113]: ["0113-07-16", "011301MB0601"],
  [CF181]: ["0181-11-03", "018111AM0303"],
};

export type Ceiling = readonly [
  cf: string,
  year: number,
  ae: number,
  cp: number,
  opts?: { nature?: string; financeur?: string; from?: string; acte?: string },
];
export type Ej = readonly [
  ej: string,
  date: string,
  cf: string,
  amount: number,
  opts?: { poste?: string; compte?: string; supplier?: string },
];
export type Dp = readonly [
  dp: string,
  date: string,
  ej: string,
  amount: number,
  opts?: { poste?: string; posteDp?: string; cf?: string },
];

export interface Book {
  start?: string;
  end?: string;
  ceilings: readonly Ceiling[];
  ejs?: readonly Ej[];
  dps?: readonly Dp[];
  forecasts?: readonly (readonly [cf: string, month: string, ae: number, cp: number])[];
}

export function sheets(b: Book) {
  const plafonds: CellValue[][] = [
    ["Centre financier", "Exercice", "Financeur", "Nature", "Acte", "AE", "CP", "Disponible le"],
  ];
  for (const [cf, year, ae, cp, o = {}] of b.ceilings)
    plafonds.push([
      cf,
      year,
      o.financeur ?? "DGALN",
      o.nature ?? "",
      o.acte ?? "",
      ae,
      cp,
      o.from ?? null,
    ]);
  const eng: CellValue[][] = [
    [
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
    ],
  ];
  for (const [ej, date, cf, amount, o = {}] of b.ejs ?? []) {
    const [df, act] = CODES[cf];
    eng.push([
      ej,
      date,
      cf,
      df,
      act,
      "DININCUB75",
      o.supplier ?? "Atelier Numérique",
      "Devops",
      amount,
      o.poste ?? null,
      o.compte ?? null,
    ]);
  }
  const pay: CellValue[][] = [
    ["N° DP", "Date", "N° EJ", "Montant CP", "N° poste EJ", "N° poste DP", "Centre financier"],
  ];
  for (const [dp, date, ej, amount, o = {}] of b.dps ?? [])
    pay.push([dp, date, ej, amount, o.poste ?? null, o.posteDp ?? null, o.cf ?? null]);
  const out = [
    sheet("Convention", [
      ["Référence", "TEST-2020"],
      ["Délégant", "DGALN"],
      ["Délégataire", "DINUM"],
      ["Date de début", b.start ?? "26/03/2020"],
      ["Date de fin", b.end ?? "31/12/2021"],
    ]),
    sheet("Plafonds", plafonds),
    sheet("Imputations", [
      ["Centre financier", "Domaine fonctionnel", "Activité", "Centre de coûts"],
      [CF113, "0113-07-16", "011301MB0601", "DININCUB75"],
      [CF181, "0181-11-03", "018111AM0303", "DININCUB75"],
    ]),
    sheet("Engagements", eng),
    sheet("Paiements", pay),
  ];
  if (b.forecasts)
    out.push(
      sheet("Prévisions", [
        ["Centre financier", "Mois", "AE prévus", "CP prévus"],
        ...b.forecasts.map((f) => [...f]),
      ])
    );
  return out;
}

/** The summary at `asOf`, as every entry opens a convention (app/open-convention.ts). */
export function report(b: Book, asOf: string, openEJ = false): Summary {
  const r = read(sheets(b));
  if (!r.data) throw new Error(JSON.stringify(r.issues));
  const opened = judgeLoaded({ ...r, sheetNames: [] }, asOf, { openEJ });
  if (!opened.ok) throw new Error(opened.message);
  return summarize(opened.analysis.reconciliation, opened.analysis.issues);
}

export const line = (s: Summary, cf: string, year: number) =>
  s.lines.find((l) => l.centreFinancier === cf && l.year === year)!;
export const codes = (s: Summary) =>
  s.issues.map((i) => `${i.code}@${i.sheet}:${i.row}:${i.column}`);
export const issueOf = (s: Summary, code: string) => s.issues.find((i) => i.code === code)!;
