/**
 * The small, clean convention every hostile case starts from, and its expected figures. Each
 * case changes one thing; whatever it does not change must come out as here.
 */
import type { Cell, SheetSpec } from "./xlsx-builder";

export const CF_A = "0113-PEBC-ELAB";
export const CF_B = "0181-CPRI-ELAB";
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
export const CEIL_HEADER = [
  "Centre financier",
  "Exercice",
  "Financeur",
  "Nature",
  "Acte",
  "AE",
  "CP",
];

export const convention = (rows: Cell[][] = CONVENTION_ROWS): SheetSpec => ({
  name: "Convention",
  rows,
});

export const CONVENTION_ROWS: Cell[][] = [
  ["Référence", "HOSTILE-2020"],
  ["Délégant", "DGALN"],
  ["Délégataire", "DINUM"],
  ["Date de signature", { date: "2020-03-26" }],
  ["Date de fin", "31/12/2020"],
];

export const ceilingRow = (
  cf: string,
  ae: Cell,
  cp: Cell,
  extra: { nature?: string; acte?: string; year?: Cell } = {}
): Cell[] => [
  cf,
  extra.year ?? 2020,
  "DGALN",
  extra.nature ?? "Mise à disposition",
  extra.acte ?? "Convention",
  ae,
  cp,
];

export const CEILING_ROWS: Cell[][] = [
  ceilingRow(CF_A, 100000, 100000),
  ceilingRow(CF_B, 50000, 50000),
];

export const IMPUTATION_ROWS: Cell[][] = [
  ["Centre financier", "Domaine fonctionnel", "Activité", "Centre de coûts"],
  [CF_A, "0113-07-16", "011301MB0601", "DININCUB75"],
  [CF_B, "0181-11-03", "018111AM0303", "DININCUB75"],
];

/** An EJ line on UO A (or B with `cf: CF_B`), well imputed. */
export function ej(
  n: Cell,
  date: Cell,
  amount: Cell,
  o: { cf?: Cell; supplier?: Cell; prestation?: Cell; df?: Cell; act?: Cell } = {}
): Cell[] {
  const b = o.cf === CF_B;
  return [
    n,
    date,
    o.cf ?? CF_A,
    o.df ?? (b ? "0181-11-03" : "0113-07-16"),
    o.act ?? (b ? "018111AM0303" : "011301MB0601"),
    "DININCUB75",
    o.supplier ?? "Atelier Numérique",
    o.prestation ?? "Devops",
    amount,
  ];
}

export const dp = (n: Cell, date: Cell, ejNumber: Cell, amount: Cell): Cell[] => [
  n,
  date,
  ejNumber,
  amount,
];

export const ENG_ROWS: Cell[][] = [
  ej("2100000001", { date: "2020-04-15" }, 30000),
  ej("2100000002", { date: "2020-05-04" }, 10000, {
    cf: CF_B,
    supplier: "Coop Design",
    prestation: "Design",
  }),
];
export const PAY_ROWS: Cell[][] = [
  dp("100000001", { date: "2020-05-20" }, "2100000001", 20000),
  dp("100000002", { date: "2020-06-10" }, "2100000002", 10000),
];

export interface BaseParts {
  convention?: SheetSpec;
  plafonds?: Cell[][];
  imputations?: Cell[][];
  engagements?: Cell[][];
  paiements?: Cell[][];
  /** Replace a whole sheet spec (merges, hidden rows, offsets…). */
  sheets?: Partial<Record<"plafonds" | "engagements" | "paiements", Partial<SheetSpec>>>;
  extra?: SheetSpec[];
}

/** The base workbook's sheets, data rows replaced where given (headers included automatically). */
export function baseSheets(p: BaseParts = {}): SheetSpec[] {
  const sheet = (
    key: "plafonds" | "engagements" | "paiements",
    name: string,
    header: Cell[],
    rows: Cell[][]
  ): SheetSpec => ({
    name,
    rows: [header, ...rows],
    ...(p.sheets?.[key] ?? {}),
  });
  return [
    p.convention ?? convention(),
    sheet("plafonds", "Plafonds", CEIL_HEADER, p.plafonds ?? CEILING_ROWS),
    { name: "Imputations", rows: p.imputations ?? IMPUTATION_ROWS },
    sheet("engagements", "Engagements", ENG_HEADER, p.engagements ?? ENG_ROWS),
    sheet("paiements", "Paiements", PAY_HEADER, p.paiements ?? PAY_ROWS),
    ...(p.extra ?? []),
  ];
}

/** Expected per-line figures of the base workbook (amounts as the summary prints them). */
export const BASE_LINE_A = {
  centreFinancier: CF_A,
  year: 2020,
  ceilingAE: "100000.00",
  ceilingCP: "100000.00",
  pendingReestablishment: "0.00",
  engagedAE: "30000.00",
  paidCP: "20000.00",
  availableAE: "70000.00",
  availableCP: "80000.00",
  outstanding: "10000.00",
  engagementRate: "0.3000",
  cpConsumptionRate: "0.2000",
  // Fields of "Extensions: time and the EJ lifecycle" (issue 11): one open year, nothing awaited.
  awaitedReestablishment: "0.00",
  carriedOverAE: "0.00",
  priorYearWithdrawals: "0.00",
  lapsedAE: "0.00",
  lapsedCP: "0.00",
};
export const BASE_LINE_B = {
  centreFinancier: CF_B,
  year: 2020,
  ceilingAE: "50000.00",
  ceilingCP: "50000.00",
  pendingReestablishment: "0.00",
  engagedAE: "10000.00",
  paidCP: "10000.00",
  availableAE: "40000.00",
  availableCP: "40000.00",
  outstanding: "0.00",
  engagementRate: "0.2000",
  cpConsumptionRate: "0.2000",
  // Fields of "Extensions: time and the EJ lifecycle" (issue 11): one open year, nothing awaited.
  awaitedReestablishment: "0.00",
  carriedOverAE: "0.00",
  priorYearWithdrawals: "0.00",
  lapsedAE: "0.00",
  lapsedCP: "0.00",
};
export const BASE_TOTAL = {
  ceilingAE: "150000.00",
  ceilingCP: "150000.00",
  pendingReestablishment: "0.00",
  engagedAE: "40000.00",
  paidCP: "30000.00",
  availableAE: "110000.00",
  availableCP: "120000.00",
  outstanding: "10000.00",
  engagementRate: "0.2667",
  cpConsumptionRate: "0.2000",
  // Fields of "Extensions: time and the EJ lifecycle" (issue 11): one open year, nothing awaited.
  awaitedReestablishment: "0.00",
  carriedOverAE: "0.00",
  priorYearWithdrawals: "0.00",
  lapsedAE: "0.00",
  lapsedCP: "0.00",
};
