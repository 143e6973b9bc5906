/**
 * Camino 2020: convention de délégation de gestion MTES-MCTRCT (SG, DGALN, DGPR) → DINUM
 * (/work/shared/conventions/mtes-dinum-camino-2020.txt). Convention, ceilings and imputations
 * are the text's; engagements and payments are invented (suppliers are fictitious), with three
 * planted anomalies. See examples/README.md.
 */
import type {
  CeilingRow,
  ConventionRow,
  EngagementRow,
  ExampleWorkbook,
  ForecastRow,
  ImputationRow,
  PaymentRow,
  PlantedAnomaly,
} from "./types";
import { SUPPLIERS } from "./types";

const NNBSP = "\u202f"; // Excel fr-FR thousands separator
const NBSP = "\u00a0"; // Excel fr-FR space before €

export const caminoConvention: readonly ConventionRow[] = [
  { label: "Référence", value: "MTES-DINUM-2020", kind: "text" },
  {
    label: "Intitulé",
    value: "Camino, cadastre minier numérique ouvert : accélération et consolidation 2020",
    kind: "text",
  },
  {
    label: "Délégant",
    value:
      "Secrétariat général des ministères de la Transition écologique et solidaire (MTES) et de la " +
      "Cohésion des territoires et des relations avec les collectivités territoriales (MCTRCT), " +
      "Direction générale de l’aménagement, du logement et de la nature (DGALN) et " +
      "Direction générale de la prévention des risques (DGPR)",
    kind: "text",
  },
  { label: "Délégataire", value: "DINUM", kind: "text" },
  { label: "Date de signature", value: "2020-03-26", kind: "date" },
  { label: "Date de fin", value: "2020-12-31", kind: "date" },
  { label: "Préavis (mois)", value: 3, kind: "integer" },
  { label: "Seuil d'alerte", value: 0.9, kind: "percent" },
];

export const caminoCeilings: readonly CeilingRow[] = [
  {
    centreFinancier: "0113-PEBC-ELAB",
    exercice: 2020,
    financeur: "DGALN",
    nature: "Mise à disposition",
    acte: "Convention",
    ae: 140000,
    cp: 140000,
  },
  {
    centreFinancier: "0113-PEBC-ELAB",
    exercice: 2020,
    financeur: "ONF",
    nature: "À rétablir",
    acte: "Convention",
    ae: 80000,
    cp: 80000,
  },
  {
    centreFinancier: "0181-CPRI-ELAB",
    exercice: 2020,
    financeur: "DGPR",
    nature: "Mise à disposition",
    acte: "Convention",
    ae: 100000,
    cp: 100000,
  },
];

export const caminoImputations: readonly ImputationRow[] = [
  {
    centreFinancier: "0113-PEBC-ELAB",
    domaineFonctionnel: "0113-07-16",
    activite: "011301MB0601",
    centreDeCouts: "DININCUB75",
    libelle: "Camino – DGALN (P113) et ONF (rétablissement de crédits)",
  },
  {
    centreFinancier: "0181-CPRI-ELAB",
    domaineFonctionnel: "0181-11-03",
    activite: "018111AM0303",
    centreDeCouts: "DININCUB75",
    libelle: "Camino – DGPR (P181)",
  },
];

const P113 = {
  centreFinancier: "0113-PEBC-ELAB",
  domaineFonctionnel: "0113-07-16",
  activite: "011301MB0601",
  centreDeCouts: "DININCUB75",
} as const;
const P181 = {
  centreFinancier: "0181-CPRI-ELAB",
  domaineFonctionnel: "0181-11-03",
  activite: "018111AM0303",
  centreDeCouts: "DININCUB75",
} as const;

const { ANL, CDP, CAP, TUS, FLC } = SUPPLIERS;

/** Excel rows 2..20 of `Engagements` (a table). */
export const caminoEngagements: readonly EngagementRow[] = [
  /* 2 */ { ej: "2103104101", date: "2020-04-06", ...P113, fournisseur: ANL, prestation: "Devops", montantAE: 36000 },
  /* 3 */ { ej: "2103104102", date: "2020-04-06", ...P113, fournisseur: CDP, prestation: "Design", montantAE: 18000 },
  /* 4 */ { ej: "2103104117", date: "2020-04-20", ...P113, fournisseur: CAP, prestation: "Coaching", montantAE: 9000 },
  /* 5 */ {
    ej: "2103104230",
    date: "2020-05-11",
    ...P113,
    fournisseur: TUS,
    prestation: "Déploiement",
    montantAE: 12500,
    montantAEText: `12${NNBSP}500,00${NBSP}€`,
  },
  /* 6 */ { ej: "2103104231", date: "2020-05-11", ...P181, fournisseur: ANL, prestation: "Devops", montantAE: 30000 },
  /* 7 */ { ej: "2103104388", date: "2020-06-15", ...P113, fournisseur: FLC, prestation: "Devops", montantAE: 30000 },
  /* 8 */ { ej: "2103104389", date: "2020-06-15", ...P181, fournisseur: CDP, prestation: "Design", montantAE: 15000 },
  /* 9 */ { ej: "2103104402", date: "2020-07-01", ...P113, fournisseur: CAP, prestation: "Coaching", montantAE: 9000 },
  /* 10 */ {
    ej: "2103104455",
    date: "2020-07-20",
    ...P181,
    fournisseur: TUS,
    prestation: "Déploiement",
    montantAE: 12000,
  },
  /* 11 */ { ej: "2103104520", date: "2020-09-07", ...P113, fournisseur: ANL, prestation: "Devops", montantAE: 24000 },
  /* 12: PLANTED activité not authorised by the convention */ {
    ej: "2103104521",
    date: "2020-09-07",
    ...P113,
    activite: "011301MB0602",
    fournisseur: FLC,
    prestation: "Devops",
    montantAE: 12000,
  },
  /* 13 */ { ej: "2103104533", date: "2020-09-14", ...P181, fournisseur: FLC, prestation: "Devops", montantAE: 25000 },
  /* 14: second row of EJ 2103104102 (row 3), a retrait */ {
    ej: "2103104102",
    date: "2020-10-05",
    ...P113,
    fournisseur: CDP,
    prestation: "Design",
    montantAE: -3000,
    commentaire: "Retrait : réduction du bon de commande (atelier annulé)",
  },
  /* 15 */ { ej: "2103104610", date: "2020-10-12", ...P113, fournisseur: CDP, prestation: "Design", montantAE: 12000 },
  /* 16 */ { ej: "2103104644", date: "2020-10-19", ...P181, fournisseur: CAP, prestation: "Coaching", montantAE: 8000 },
  /* 17 */ {
    ej: "2103104702",
    date: "2020-11-09",
    ...P113,
    fournisseur: TUS,
    prestation: "Déploiement",
    montantAE: 10000,
  },
  /* 18 */ { ej: "2103104760", date: "2020-11-23", ...P181, fournisseur: CDP, prestation: "Design", montantAE: 7000 },
  /* 19: second row of EJ 2103104455 (row 10), a réduction that closes it at its paid amount */ {
    ej: "2103104455",
    date: "2020-12-07",
    ...P181,
    fournisseur: TUS,
    prestation: "Déploiement",
    montantAE: -2000,
    commentaire: "Réduction : solde de l'EJ au montant du service fait",
  },
  /* 20 */ { ej: "2103104801", date: "2020-12-07", ...P113, fournisseur: ANL, prestation: "Devops", montantAE: 10500 },
];

/** Excel rows 2..32 of `Paiements` (a plain range). */
export const caminoPayments: readonly PaymentRow[] = [
  /* 2 */ { dp: "100041012", date: "2020-05-15", ej: "2103104101", montantCP: 12000 },
  /* 3 */ { dp: "100041038", date: "2020-05-20", ej: "2103104102", montantCP: 6000 },
  /* 4 */ { dp: "100041105", date: "2020-06-10", ej: "2103104117", montantCP: 4500 },
  /* 5 */ { dp: "100041131", date: "2020-06-15", ej: "2103104101", montantCP: 12000 },
  /* 6 */ { dp: "100041132", date: "2020-06-15", ej: "2103104231", montantCP: 10000 },
  /* 7 */ { dp: "100041174", date: "2020-06-25", ej: "2103104230", montantCP: 6250, montantCPText: "6 250,00 €" },
  /* 8 */ { dp: "100041226", date: "2020-07-10", ej: "2103104117", montantCP: 4500 },
  /* 9 */ { dp: "100041251", date: "2020-07-15", ej: "2103104101", montantCP: 12000 },
  /* 10 */ { dp: "100041252", date: "2020-07-15", ej: "2103104231", montantCP: 10000 },
  /* 11 */ { dp: "100041277", date: "2020-07-20", ej: "2103104102", montantCP: 6000 },
  /* 12 */ { dp: "100041309", date: "2020-07-27", ej: "2103104389", montantCP: 7500 },
  /* 13 */ { dp: "100041330", date: "2020-07-30", ej: "2103104388", montantCP: 10000 },
  /* 14 */ { dp: "100041368", date: "2020-08-12", ej: "2103104402", montantCP: 4500 },
  /* 15 */ { dp: "100041402", date: "2020-08-25", ej: "2103104230", montantCP: 6250 },
  /* 16 */ { dp: "100041455", date: "2020-09-15", ej: "2103104231", montantCP: 10000 },
  /* 17 */ { dp: "100041479", date: "2020-09-21", ej: "2103104455", montantCP: 5000 },
  /* 18 */ { dp: "100041503", date: "2020-09-28", ej: "2103104389", montantCP: 7500 },
  /* 19: first of the duplicated pair */ { dp: "100041517", date: "2020-09-30", ej: "2103104388", montantCP: 10000 },
  /* 20 */ { dp: "100041566", date: "2020-10-12", ej: "2103104402", montantCP: 4500 },
  /* 21 */ { dp: "100041580", date: "2020-10-15", ej: "2103104520", montantCP: 8000 },
  /* 22 */ { dp: "100041598", date: "2020-10-20", ej: "2103104102", montantCP: 3000 },
  /* 23 */ { dp: "100041611", date: "2020-10-22", ej: "2103104521", montantCP: 6000 },
  /* 24: PLANTED duplicate of row 19 (entered twice) */ {
    dp: "100041517",
    date: "2020-09-30",
    ej: "2103104388",
    montantCP: 10000,
  },
  /* 25 */ {
    dp: "100041637",
    date: "2020-10-26",
    ej: "2103104533",
    montantCP: 12500,
    montantCPText: `12${NNBSP}500,00${NBSP}€`,
  },
  /* 26 */ { dp: "100041702", date: "2020-11-16", ej: "2103104520", montantCP: 8000 },
  /* 27 */ { dp: "100041726", date: "2020-11-20", ej: "2103104610", montantCP: 6000 },
  /* 28 */ { dp: "100041741", date: "2020-11-23", ej: "2103104455", montantCP: 5000 },
  /* 29 */ { dp: "100041758", date: "2020-11-25", ej: "2103104533", montantCP: 7500 },
  /* 30 */ { dp: "100041773", date: "2020-11-27", ej: "2103104702", montantCP: 5000 },
  /* 31 */ { dp: "100041790", date: "2020-11-30", ej: "2103104644", montantCP: 4000 },
  /* 32: PLANTED payment after the end of the convention (31/12/2020) */ {
    dp: "100042015",
    date: "2021-01-15",
    ej: "2103104520",
    montantCP: 8000,
  },
];

/** Excel rows 2..9 of `Prévisions`: forecasts for the months left after the August report. */
export const caminoForecasts: readonly ForecastRow[] = [
  { centreFinancier: "0113-PEBC-ELAB", mois: "2020-09", moisAsDate: false, aePrevus: 36000, cpPrevus: 26000 },
  { centreFinancier: "0113-PEBC-ELAB", mois: "2020-10", moisAsDate: false, aePrevus: 12000, cpPrevus: 24000 },
  { centreFinancier: "0113-PEBC-ELAB", mois: "2020-11", moisAsDate: true, aePrevus: 10000, cpPrevus: 20000 },
  { centreFinancier: "0113-PEBC-ELAB", mois: "2020-12", moisAsDate: true, aePrevus: 10500, cpPrevus: 15000 },
  { centreFinancier: "0181-CPRI-ELAB", mois: "2020-09", moisAsDate: true, aePrevus: 25000, cpPrevus: 20000 },
  { centreFinancier: "0181-CPRI-ELAB", mois: "2020-10", moisAsDate: true, aePrevus: 8000, cpPrevus: 15000 },
  { centreFinancier: "0181-CPRI-ELAB", mois: "2020-11", moisAsDate: false, aePrevus: 7000, cpPrevus: 12000 },
  { centreFinancier: "0181-CPRI-ELAB", mois: "2020-12", moisAsDate: false, aePrevus: 0, cpPrevus: 8000 },
];

export const caminoPlanted: readonly PlantedAnomaly[] = [
  {
    code: "IMPUTATION_NOT_AUTHORISED",
    severity: "error",
    sheet: "Engagements",
    rows: [12],
    column: "Activité",
    description:
      "EJ 2103104521 (12 000,00 €, 0113-PEBC-ELAB) imputé sur l'activité 011301MB0602, " +
      "que la convention n'autorise pas (seule 011301MB0601 l'est sur cette UO). Il compte quand même " +
      "dans l'engagé de 0113-PEBC-ELAB.",
  },
  {
    code: "DUPLICATE_ROW",
    severity: "warning",
    sheet: "Paiements",
    rows: [19, 24],
    column: "N° DP",
    description:
      "DP 100041517 du 30/09/2020 (EJ 2103104388, 10 000,00 €) saisie deux fois, lignes identiques. " +
      "Une ligne de paiement saisie deux fois est comptée une seule fois.",
  },
  {
    code: "DATE_OUTSIDE_PERIOD",
    severity: "warning",
    sheet: "Paiements",
    rows: [32],
    column: "Date",
    description:
      "DP 100042015 datée du 15/01/2021, après la date de fin de la convention (31/12/2020). " +
      "Au 31/12/2020 elle est postérieure à la date de situation et n'est pas comptée ; à une date de 2021, " +
      "elle consomme les CP 2021 de 0113-PEBC-ELAB, exercice sans plafond (CP_CEILING_EXCEEDED).",
  },
];

export const camino: ExampleWorkbook = {
  file: "examples/camino-2020.xlsx",
  convention: caminoConvention,
  ceilings: caminoCeilings,
  imputations: caminoImputations,
  engagements: caminoEngagements,
  engagementsAsTable: true,
  payments: caminoPayments,
  forecasts: caminoForecasts,
  planted: caminoPlanted,
  // Figures at 31/12/2020 (plafond report --as-of 2020-12-31). Changed with issue 11, because
  // the earlier rules were wrong: the 2021 payment (row 32) is later than the date and counts
  // nowhere (the old 2021 line showed −8 000 € of restes à payer from a mere shift of year);
  // the duplicated DP (rows 19 and 24) counts once; the ONF's 80 000 € à rétablir, not
  // received, are not available CP.
  expected: {
    lines: [
      {
        centreFinancier: "0113-PEBC-ELAB",
        year: 2020,
        ceilingAE: "220000.00",
        ceilingCP: "220000.00",
        pendingReestablishment: "80000.00",
        engagedAE: "180000.00",
        paidCP: "134500.00",
        availableAE: "40000.00",
        availableCP: "5500.00",
        outstanding: "45500.00",
        engagementRate: "0.8182",
        cpConsumptionRate: "0.6114",
        awaitedReestablishment: "80000.00",
        carriedOverAE: "0.00",
        priorYearWithdrawals: "0.00",
        lapsedAE: "0.00",
        lapsedCP: "0.00",
      },
      {
        centreFinancier: "0181-CPRI-ELAB",
        year: 2020,
        ceilingAE: "100000.00",
        ceilingCP: "100000.00",
        pendingReestablishment: "0.00",
        engagedAE: "95000.00",
        paidCP: "79000.00",
        availableAE: "5000.00",
        availableCP: "21000.00",
        outstanding: "16000.00",
        engagementRate: "0.9500",
        cpConsumptionRate: "0.7900",
        awaitedReestablishment: "0.00",
        carriedOverAE: "0.00",
        priorYearWithdrawals: "0.00",
        lapsedAE: "0.00",
        lapsedCP: "0.00",
      },
    ],
    total: {
      ceilingAE: "320000.00",
      ceilingCP: "320000.00",
      pendingReestablishment: "80000.00",
      engagedAE: "275000.00",
      paidCP: "213500.00",
      availableAE: "45000.00",
      availableCP: "26500.00",
      outstanding: "61500.00",
      engagementRate: "0.8594",
      cpConsumptionRate: "0.6672",
      awaitedReestablishment: "80000.00",
      carriedOverAE: "0.00",
      priorYearWithdrawals: "0.00",
      lapsedAE: "0.00",
      lapsedCP: "0.00",
    },
  },
};
