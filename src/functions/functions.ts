/**
 * The CONV custom functions (shared runtime). functions.json is generated from these JSDoc tags
 * by custom-functions-metadata-plugin, whose loader also appends the CustomFunctions.associate
 * calls; the French names come from metadata-fr.json (webpack.config.js writes
 * functions-fr.json). Every function streams: its cells follow the workbook's edits.
 *
 * Excel passes null for an omitted optional argument, whatever its declared type: the
 * arguments are checked in args.ts, never trusted here.
 */
import { stream } from "./runtime";

/**
 * AE ceiling in euros: the sum of the Plafonds lines (convention and avenants).
 * @customfunction CEILING_AE
 * @param {string} [centreFinancier] Centre financier (UO), e.g. "0113-PEBC-ELAB". Omitted: every UO.
 * @param {number} [year] Year (exercice), e.g. 2020. Omitted: every year.
 * @param {any} [asOf] Reporting date (a date, or "2020-06-30"): nothing dated later counts. Omitted: today.
 * @streaming
 */
export function ceilingAe(
  centreFinancier: string,
  year: number,
  asOf: any,
  invocation: CustomFunctions.StreamingInvocation<number>
): void {
  stream("CEILING_AE", [centreFinancier, year, asOf], invocation);
}

/**
 * CP ceiling in euros: the sum of the Plafonds lines (convention and avenants).
 * @customfunction CEILING_CP
 * @param {string} [centreFinancier] Centre financier (UO), e.g. "0113-PEBC-ELAB". Omitted: every UO.
 * @param {number} [year] Year (exercice), e.g. 2020. Omitted: every year.
 * @param {any} [asOf] Reporting date (a date, or "2020-06-30"): nothing dated later counts. Omitted: today.
 * @streaming
 */
export function ceilingCp(
  centreFinancier: string,
  year: number,
  asOf: any,
  invocation: CustomFunctions.StreamingInvocation<number>
): void {
  stream("CEILING_CP", [centreFinancier, year, asOf], invocation);
}

/**
 * Engaged AE in euros: the sum of the EJ lines, withdrawals included.
 * @customfunction ENGAGED_AE
 * @param {string} [centreFinancier] Centre financier (UO), e.g. "0113-PEBC-ELAB". Omitted: every UO.
 * @param {number} [year] Year (exercice), e.g. 2020. Omitted: every year.
 * @param {any} [asOf] Reporting date (a date, or "2020-06-30"): nothing dated later counts. Omitted: today.
 * @streaming
 */
export function engagedAe(
  centreFinancier: string,
  year: number,
  asOf: any,
  invocation: CustomFunctions.StreamingInvocation<number>
): void {
  stream("ENGAGED_AE", [centreFinancier, year, asOf], invocation);
}

/**
 * Paid CP in euros: the sum of the payments (DP), in the year of their date.
 * @customfunction PAID_CP
 * @param {string} [centreFinancier] Centre financier (UO), e.g. "0113-PEBC-ELAB". Omitted: every UO.
 * @param {number} [year] Year (exercice), e.g. 2020. Omitted: every year.
 * @param {any} [asOf] Reporting date (a date, or "2020-06-30"): nothing dated later counts. Omitted: today.
 * @streaming
 */
export function paidCp(
  centreFinancier: string,
  year: number,
  asOf: any,
  invocation: CustomFunctions.StreamingInvocation<number>
): void {
  stream("PAID_CP", [centreFinancier, year, asOf], invocation);
}

/**
 * Available AE in euros: AE ceiling minus engaged AE.
 * @customfunction REMAINING_AE
 * @param {string} [centreFinancier] Centre financier (UO), e.g. "0113-PEBC-ELAB". Omitted: every UO.
 * @param {number} [year] Year (exercice), e.g. 2020. Omitted: every year.
 * @param {any} [asOf] Reporting date (a date, or "2020-06-30"): nothing dated later counts. Omitted: today.
 * @streaming
 */
export function remainingAe(
  centreFinancier: string,
  year: number,
  asOf: any,
  invocation: CustomFunctions.StreamingInvocation<number>
): void {
  stream("REMAINING_AE", [centreFinancier, year, asOf], invocation);
}

/**
 * Available CP in euros: CP ceiling minus paid CP.
 * @customfunction REMAINING_CP
 * @param {string} [centreFinancier] Centre financier (UO), e.g. "0113-PEBC-ELAB". Omitted: every UO.
 * @param {number} [year] Year (exercice), e.g. 2020. Omitted: every year.
 * @param {any} [asOf] Reporting date (a date, or "2020-06-30"): nothing dated later counts. Omitted: today.
 * @streaming
 */
export function remainingCp(
  centreFinancier: string,
  year: number,
  asOf: any,
  invocation: CustomFunctions.StreamingInvocation<number>
): void {
  stream("REMAINING_CP", [centreFinancier, year, asOf], invocation);
}

/**
 * Outstanding payments (restes à payer) in euros: engaged AE minus paid CP.
 * @customfunction OUTSTANDING
 * @param {string} [centreFinancier] Centre financier (UO), e.g. "0113-PEBC-ELAB". Omitted: every UO.
 * @param {number} [year] Year (exercice), e.g. 2020. Omitted: every year.
 * @param {any} [asOf] Reporting date (a date, or "2020-06-30"): nothing dated later counts. Omitted: today.
 * @streaming
 */
export function outstanding(
  centreFinancier: string,
  year: number,
  asOf: any,
  invocation: CustomFunctions.StreamingInvocation<number>
): void {
  stream("OUTSTANDING", [centreFinancier, year, asOf], invocation);
}

/**
 * Engagement rate: engaged AE / AE ceiling, as a fraction for a % format (#DIV/0! without ceiling).
 * @customfunction RATE_AE
 * @param {string} [centreFinancier] Centre financier (UO), e.g. "0113-PEBC-ELAB". Omitted: every UO.
 * @param {number} [year] Year (exercice), e.g. 2020. Omitted: every year.
 * @param {any} [asOf] Reporting date (a date, or "2020-06-30"): nothing dated later counts. Omitted: today.
 * @streaming
 */
export function rateAe(
  centreFinancier: string,
  year: number,
  asOf: any,
  invocation: CustomFunctions.StreamingInvocation<number>
): void {
  stream("RATE_AE", [centreFinancier, year, asOf], invocation);
}

/**
 * CP consumption rate: paid CP / CP ceiling, as a fraction for a % format (#DIV/0! without ceiling).
 * @customfunction RATE_CP
 * @param {string} [centreFinancier] Centre financier (UO), e.g. "0113-PEBC-ELAB". Omitted: every UO.
 * @param {number} [year] Year (exercice), e.g. 2020. Omitted: every year.
 * @param {any} [asOf] Reporting date (a date, or "2020-06-30"): nothing dated later counts. Omitted: today.
 * @streaming
 */
export function rateCp(
  centreFinancier: string,
  year: number,
  asOf: any,
  invocation: CustomFunctions.StreamingInvocation<number>
): void {
  stream("RATE_CP", [centreFinancier, year, asOf], invocation);
}

/**
 * Checks a Chorus imputation: "OK", or the first problem (format, programme, not authorised by the convention).
 * @customfunction CHECK_IMPUTATION
 * @param {string} domaineFonctionnel Domaine fonctionnel, e.g. "0113-07-16".
 * @param {string} centreFinancier Centre financier (UO), e.g. "0113-PEBC-ELAB".
 * @param {string} activite Activité, e.g. "011301MB0601".
 * @param {string} centreDeCouts Centre de coûts, e.g. "DININCUB75".
 * @streaming
 */
export function checkImputation(
  domaineFonctionnel: string,
  centreFinancier: string,
  activite: string,
  centreDeCouts: string,
  invocation: CustomFunctions.StreamingInvocation<string>
): void {
  stream(
    "CHECK_IMPUTATION",
    [domaineFonctionnel, centreFinancier, activite, centreDeCouts],
    invocation
  );
}

/**
 * The convention's situation per UO and year, with a header row and a total row (spills).
 * @customfunction SUMMARY
 * @param {any} [asOf] Reporting date (a date, or "2020-06-30"): nothing dated later counts. Omitted: today.
 * @streaming
 */
export function summary(
  asOf: any,
  invocation: CustomFunctions.StreamingInvocation<Array<Array<string | number>>>
): void {
  stream("SUMMARY", [asOf], invocation);
}

/**
 * The anomalies of the convention (severity, code, sheet, row, message), with a header row (spills).
 * @customfunction ISSUES
 * @param {any} [asOf] Reporting date (a date, or "2020-06-30"): nothing dated later counts. Omitted: today.
 * @streaming
 */
export function issues(
  asOf: any,
  invocation: CustomFunctions.StreamingInvocation<Array<Array<string | number>>>
): void {
  stream("ISSUES", [asOf], invocation);
}
