/**
 * DISINFO 2020: convention de délégation de gestion MEAE → DINUM
 * (/work/shared/conventions/meae-dinum-2020.txt). Convention, ceiling and imputation are the
 * text's; engagements and payments are invented (suppliers are fictitious) and clean: no planted
 * anomaly. All sheets are plain ranges; there is no `Prévisions` sheet (it is optional).
 */
import type { CeilingRow, ConventionRow, EngagementRow, ExampleWorkbook, ImputationRow, PaymentRow } from "./types";
import { SUPPLIERS } from "./types";

export const meaeConvention: readonly ConventionRow[] = [
  { label: "Référence", value: "MEAE-DINUM-2020", kind: "text" },
  {
    label: "Intitulé",
    value:
      "DISINFO, Startup d’État de lutte contre les manipulations de l’information : " +
      "poursuite du développement et du déploiement 2020",
    kind: "text",
  },
  { label: "Délégant", value: "Ministère de l'Europe et des Affaires étrangères (MEAE)", kind: "text" },
  { label: "Délégataire", value: "DINUM", kind: "text" },
  // The text leaves the date of signature blank ("Fait à Paris, en deux exemplaires, le" …).
  { label: "Date de signature", value: null, kind: "date" },
  // "une période commençant à la date de sa signature": unknown, so no start either.
  { label: "Date de début", value: null, kind: "date" },
  // "jusqu'au 31 décembre de la même année", the year being 2020 (échéancier "2020").
  { label: "Date de fin", value: "2020-12-31", kind: "date" },
  { label: "Préavis (mois)", value: 3, kind: "integer" },
  { label: "Seuil d'alerte", value: 0.9, kind: "percent" },
];

export const meaeCeilings: readonly CeilingRow[] = [
  {
    centreFinancier: "0105-CRES-CDSI",
    exercice: 2020,
    financeur: "MEAE",
    nature: "Mise à disposition",
    acte: "Convention",
    ae: 160000,
    cp: 160000,
  },
];

export const meaeImputations: readonly ImputationRow[] = [
  {
    centreFinancier: "0105-CRES-CDSI",
    domaineFonctionnel: "0105-06-08",
    activite: "010501A61404",
    centreDeCouts: "AECDSI2044",
    libelle: "DISINFO – domaine action diplomatique, DSI/PSI",
  },
];

const P105 = {
  centreFinancier: "0105-CRES-CDSI",
  domaineFonctionnel: "0105-06-08",
  activite: "010501A61404",
  centreDeCouts: "AECDSI2044",
} as const;

const { ANL, CDP, CAP, TUS, FLC } = SUPPLIERS;

/** Excel rows 2..11 of `Engagements` (a plain range). */
export const meaeEngagements: readonly EngagementRow[] = [
  /* 2 */ { ej: "2103106201", date: "2020-05-04", ...P105, fournisseur: ANL, prestation: "Devops", montantAE: 30000 },
  /* 3 */ { ej: "2103106202", date: "2020-05-04", ...P105, fournisseur: CAP, prestation: "Coaching", montantAE: 10000 },
  /* 4 */ { ej: "2103106215", date: "2020-05-18", ...P105, fournisseur: CDP, prestation: "Design", montantAE: 15000 },
  /* 5 */ { ej: "2103106240", date: "2020-06-22", ...P105, fournisseur: FLC, prestation: "Devops", montantAE: 25000 },
  /* 6 */ {
    ej: "2103106263",
    date: "2020-07-06",
    ...P105,
    fournisseur: TUS,
    prestation: "Déploiement",
    montantAE: 12000,
  },
  /* 7 */ { ej: "2103106288", date: "2020-09-07", ...P105, fournisseur: ANL, prestation: "Devops", montantAE: 20000 },
  /* 8 */ { ej: "2103106290", date: "2020-09-14", ...P105, fournisseur: CDP, prestation: "Design", montantAE: 10000 },
  /* 9 */ { ej: "2103106305", date: "2020-10-05", ...P105, fournisseur: CAP, prestation: "Coaching", montantAE: 6000 },
  /* 10 */ {
    ej: "2103106322",
    date: "2020-10-19",
    ...P105,
    fournisseur: TUS,
    prestation: "Déploiement",
    montantAE: 8000,
  },
  /* 11 */ { ej: "2103106340", date: "2020-11-09", ...P105, fournisseur: FLC, prestation: "Devops", montantAE: 4000 },
];

/** Excel rows 2..15 of `Paiements` (a plain range). */
export const meaePayments: readonly PaymentRow[] = [
  /* 2 */ { dp: "100052118", date: "2020-06-15", ej: "2103106201", montantCP: 10000 },
  /* 3 */ { dp: "100052164", date: "2020-06-30", ej: "2103106202", montantCP: 5000 },
  /* 4 */ { dp: "100052201", date: "2020-07-15", ej: "2103106201", montantCP: 10000 },
  /* 5 */ { dp: "100052230", date: "2020-07-20", ej: "2103106215", montantCP: 7500 },
  /* 6 */ { dp: "100052287", date: "2020-08-17", ej: "2103106240", montantCP: 12500 },
  /* 7 */ { dp: "100052335", date: "2020-09-15", ej: "2103106201", montantCP: 10000 },
  /* 8 */ { dp: "100052351", date: "2020-09-21", ej: "2103106263", montantCP: 6000 },
  /* 9 */ { dp: "100052369", date: "2020-09-30", ej: "2103106202", montantCP: 5000 },
  /* 10 */ { dp: "100052412", date: "2020-10-16", ej: "2103106240", montantCP: 12500 },
  /* 11 */ { dp: "100052420", date: "2020-10-20", ej: "2103106215", montantCP: 7500 },
  /* 12 */ { dp: "100052447", date: "2020-10-26", ej: "2103106288", montantCP: 10000 },
  /* 13 */ { dp: "100052503", date: "2020-11-16", ej: "2103106290", montantCP: 5000 },
  /* 14 */ { dp: "100052536", date: "2020-11-25", ej: "2103106288", montantCP: 10000 },
  /* 15 */ { dp: "100052548", date: "2020-11-27", ej: "2103106305", montantCP: 3000 },
];

export const meae: ExampleWorkbook = {
  file: "examples/meae-disinfo-2020.xlsx",
  convention: meaeConvention,
  ceilings: meaeCeilings,
  imputations: meaeImputations,
  engagements: meaeEngagements,
  engagementsAsTable: false,
  payments: meaePayments,
  forecasts: null,
  planted: [],
  expected: {
    lines: [
      {
        centreFinancier: "0105-CRES-CDSI",
        year: 2020,
        ceilingAE: "160000.00",
        ceilingCP: "160000.00",
        pendingReestablishment: "0.00",
        engagedAE: "140000.00",
        paidCP: "114000.00",
        availableAE: "20000.00",
        availableCP: "46000.00",
        outstanding: "26000.00",
        engagementRate: "0.8750",
        cpConsumptionRate: "0.7125",
        awaitedReestablishment: "0.00",
        carriedOverAE: "0.00",
        priorYearWithdrawals: "0.00",
        lapsedAE: "0.00",
        lapsedCP: "0.00",
      },
    ],
    total: {
      ceilingAE: "160000.00",
      ceilingCP: "160000.00",
      pendingReestablishment: "0.00",
      engagedAE: "140000.00",
      paidCP: "114000.00",
      availableAE: "20000.00",
      availableCP: "46000.00",
      outstanding: "26000.00",
      engagementRate: "0.8750",
      cpConsumptionRate: "0.7125",
      awaitedReestablishment: "0.00",
      carriedOverAE: "0.00",
      priorYearWithdrawals: "0.00",
      lapsedAE: "0.00",
      lapsedCP: "0.00",
    },
  },
};
