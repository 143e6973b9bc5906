/** What a report says, written once: the JSON summary and the Rapport model of a convention. */
import { buildReport } from "../domain/report/build";
import type { ReportModel } from "../domain/report/model";
import { summarize, type Summary } from "../domain/summary";
import type { Convention } from "./open-convention";

export type { ReportModel } from "../domain/report/model";
export type { Summary } from "../domain/summary";

export { OPEN_EJ_HEADERS } from "../domain/report/lifecycle";

export function reportModel(c: Convention): ReportModel {
  return buildReport(c.analysis, c.data, c.chorus);
}

export function summaryOf(c: Convention): Summary {
  return summarize(c.analysis.reconciliation, c.analysis.issues, c.chorus);
}
