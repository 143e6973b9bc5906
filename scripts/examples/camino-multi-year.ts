/**
 * Camino 2020-2021: a multi-year variant of the Camino convention that exercises every rule of
 * "Time and the EJ lifecycle" (shared/spec/domain.md): an EJ carried over from the 2018
 * convention, the ONF rétablissement received, a dated avenant (01/10/2020) on P181 after an
 * overrun of 04/05/2020, a 2021 avenant prolonging the convention, a 2021 payment on a 2020 EJ, a
 * 2021 retrait on a 2020 EJ, and a payment without EJ. Execution lines are invented (fictitious
 * suppliers). Written to examples/camino-2020-2021.xlsx by scripts/make-examples.ts; every line
 * is explained in examples/README.md, and test/cli/multi-year.test.ts checks the figures below.
 */
import { SUPPLIERS } from "./types";

const P113 = { centreFinancier: "0113-PEBC-ELAB", domaineFonctionnel: "0113-07-16", activite: "011301MB0601", centreDeCouts: "DININCUB75" };
const P181 = { centreFinancier: "0181-CPRI-ELAB", domaineFonctionnel: "0181-11-03", activite: "018111AM0303", centreDeCouts: "DININCUB75" };
const { ANL, CDP, CAP, TUS } = SUPPLIERS;

export const multiYear = {
  file: "examples/camino-2020-2021.xlsx",
  /** Label / value rows of `Convention` (dates ISO). */
  convention: [
    ["Référence", "MTES-DINUM-2020-A1"],
    ["Intitulé", "Camino 2020, prorogée en 2021 par l'avenant n° 1 (exemple pluriannuel)"],
    ["Délégant", "SG MTES-MCTRCT, DGALN, DGPR"],
    ["Délégataire", "DINUM"],
    ["Date de signature", "2020-03-26"],
    ["Date de début", "2020-03-26"],
    ["Date de fin", "2021-12-31"],
    ["Préavis (mois)", 3],
  ] as const,
  /** Centre financier, Exercice, Financeur, Nature, Acte, AE, CP, Disponible le (rows 2..6). */
  ceilings: [
    ["0113-PEBC-ELAB", 2020, "DGALN", "Mise à disposition", "Convention", 140000, 140000, null],
    ["0113-PEBC-ELAB", 2020, "ONF", "À rétablir", "Convention", 80000, 80000, "2020-09-15"],
    ["0181-CPRI-ELAB", 2020, "DGPR", "Mise à disposition", "Convention", 100000, 100000, null],
    ["0181-CPRI-ELAB", 2020, "DGPR", "Mise à disposition", "Avenant 1", 30000, 30000, "2020-10-01"],
    ["0113-PEBC-ELAB", 2021, "DGALN", "Mise à disposition", "Avenant 1", 60000, 60000, "2021-01-15"],
  ] as const,
  imputations: [
    [P113.centreFinancier, P113.domaineFonctionnel, P113.activite, P113.centreDeCouts, "Camino DGALN 2020"],
    [P181.centreFinancier, P181.domaineFonctionnel, P181.activite, P181.centreDeCouts, "Camino DGPR 2020"],
  ] as const,
  /** N° EJ, Date, codes, Fournisseur, Prestation, Montant AE (rows 2..7). */
  engagements: [
    { ej: "2103099001", date: "2019-11-12", ...P113, fournisseur: CAP, prestation: "Coaching", montantAE: 20000 },
    { ej: "2103104101", date: "2020-04-06", ...P113, fournisseur: ANL, prestation: "Devops", montantAE: 100000 },
    { ej: "2103104102", date: "2020-05-04", ...P181, fournisseur: CDP, prestation: "Design", montantAE: 120000 },
    { ej: "2103104230", date: "2020-06-15", ...P113, fournisseur: TUS, prestation: "Déploiement", montantAE: 30000 },
    { ej: "2103104230", date: "2021-03-01", ...P113, fournisseur: TUS, prestation: "Déploiement", montantAE: -5000 },
    { ej: "2103104610", date: "2021-02-10", ...P113, fournisseur: CDP, prestation: "Design", montantAE: 25000 },
  ],
  /** N° DP, Date, N° EJ, Montant CP, Centre financier (rows 2..8). */
  payments: [
    ["100041012", "2020-05-15", "2103104101", 40000, null],
    ["100041013", "2020-06-30", "2103099001", 15000, null],
    ["100041105", "2020-07-10", "2103104102", 60000, null],
    ["100041226", "2020-10-20", "2103104230", 20000, null],
    ["100042015", "2021-01-20", "2103104101", 30000, null],
    ["100042016", "2021-02-15", null, 4000, "0113-PEBC-ELAB"],
    ["100042100", "2021-04-12", "2103104610", 10000, null],
  ] as const,
  /** Hand-computed figures at 30/06/2021 (examples/README.md explains each). */
  expectedAt20210630: {
    lines: [
      { centreFinancier: "0113-PEBC-ELAB", year: 2020, engagedAE: "130000.00", carriedOverAE: "20000.00", paidCP: "75000.00", availableAE: "90000.00", availableCP: "145000.00", lapsedAE: "90000.00", lapsedCP: "145000.00", outstanding: "75000.00", awaitedReestablishment: "0.00" },
      { centreFinancier: "0113-PEBC-ELAB", year: 2021, ceilingAE: "60000.00", engagedAE: "29000.00", priorYearWithdrawals: "-5000.00", paidCP: "44000.00", availableAE: "31000.00", availableCP: "16000.00", lapsedAE: "0.00", outstanding: "55000.00" },
      { centreFinancier: "0181-CPRI-ELAB", year: 2020, ceilingAE: "130000.00", engagedAE: "120000.00", paidCP: "60000.00", lapsedAE: "10000.00", lapsedCP: "70000.00", outstanding: "60000.00" },
    ],
    total: { ceilingAE: "410000.00", engagedAE: "279000.00", paidCP: "179000.00", availableAE: "31000.00", availableCP: "16000.00", outstanding: "115000.00", lapsedAE: "100000.00", lapsedCP: "215000.00", carriedOverAE: "20000.00", priorYearWithdrawals: "-5000.00", engagementRate: "0.6805", cpConsumptionRate: "0.4366" },
  },
};
