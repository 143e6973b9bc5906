/** French texts of the CONV functions (error messages shown in the cell's error flag, headers). */

export const MSG_CF_NOT_TEXT =
  "Le centre financier doit être un texte de la forme programme-BOP-UO (ex. 0113-PEBC-ELAB).";
export const MSG_YEAR_INVALID = (value: string) =>
  `Exercice « ${value} » invalide : indiquez une année sur quatre chiffres (ex. 2020).`;
export const MSG_AS_OF_INVALID = (value: string) =>
  `Date « ${value} » invalide : indiquez une date (ex. 30/06/2020) ou laissez vide pour aujourd'hui.`;
export const MSG_CODE_NOT_TEXT = (field: string) => `${field} : un texte est attendu.`;

export const MSG_READ_FAILED = (detail: string) => `Lecture du classeur impossible : ${detail}`;
export const MSG_INTERNAL = (detail: string) => `Erreur interne de Plafond : ${detail}`;

/** CHECK_IMPUTATION's answer when the imputation has no problem. */
export const IMPUTATION_OK = "OK";

export { SUMMARY_HEADERS, SUMMARY_TOTAL } from "../../domain/report/build";

export const ISSUES_HEADERS = ["Gravité", "Code", "Feuille", "Ligne", "Message"] as const;
export { SEVERITY_FR } from "../../domain/report/anomalies";
export const MSG_MORE_ISSUES = (n: number) =>
  `… et ${n} autres anomalies (voir le volet Plafond ou le rapport).`;
