/**
 * The answers of the CONV functions, from one Snapshot. Pure: the same analysis as the report
 * and `plafond report --json`, filtered, then turned into Excel numbers only at the end.
 */
import { MAX_LISTED_ISSUES as MAX_ISSUE_ROWS } from "../../domain/report/anomalies";
import { checkImputation, Imputation } from "../../domain/codes";
import { TABLE_INDICATORS } from "../../domain/indicators";
import type { Issue } from "../../domain/issues";
import { formatAmount, Money } from "../../domain/money";
import type { Figures, LineFigures } from "../../domain/reconcile";
import { total } from "../../domain/reconcile/figures";
import type { IsoDate } from "../../domain/date";
import type { Filters } from "./args";
import { divisionByZero, notAvailable, Table, Value } from "./result";
import type { Snapshot } from "./snapshot";
import {
  IMPUTATION_OK,
  ISSUES_HEADERS,
  MSG_MORE_ISSUES,
  SEVERITY_FR,
  SUMMARY_HEADERS,
  SUMMARY_TOTAL,
} from "./messages";

export type AmountField =
  | "ceilingAE"
  | "ceilingCP"
  | "engagedAE"
  | "paidCP"
  | "availableAE"
  | "availableCP"
  | "outstanding";
export type RateField = "engagementRate" | "cpConsumptionRate";

/** ISSUES() lists at most as many rows as the Rapport, then says how many more. */
export { MAX_ISSUE_ROWS };

/** Euros rounded half-up to the cent from the exact Money (the summary's string), as a number. */
export function euros(m: Money): number {
  return Number(formatAmount(m));
}

/** The analysis at the date asked (today when none). */
function analysisAt(snapshot: Snapshot & { kind: "ready" }, asOf: IsoDate | null) {
  return asOf === null ? snapshot.analysis : snapshot.at(asOf);
}

/** The figures of the lines that match: the convention's total when nothing is filtered. */
export function figuresFor(snapshot: Snapshot & { kind: "ready" }, filters: Filters): Figures {
  const r = analysisAt(snapshot, filters.asOf).reconciliation;
  if (filters.centreFinancier === null && filters.year === null) return r.total;
  const keep = (l: LineFigures) =>
    (filters.centreFinancier === null || l.centreFinancier === filters.centreFinancier) &&
    (filters.year === null || l.year === filters.year);
  // An unknown centre financier or year keeps no line: its figures are all zero.
  return total(r.lines.filter(keep));
}

export function amount(snapshot: Snapshot, field: AmountField, filters: Filters): Value {
  if (snapshot.kind !== "ready") return notAvailable(snapshot.message);
  return euros(figuresFor(snapshot, filters)[field]);
}

/** A fraction for a % format, unrounded; #DIV/0! when the ceiling is zero (a rate of nothing). */
export function rateOf(snapshot: Snapshot, field: RateField, filters: Filters): Value {
  if (snapshot.kind !== "ready") return notAvailable(snapshot.message);
  const r = figuresFor(snapshot, filters)[field];
  return r === null ? divisionByZero : r.toNumber();
}

/** One cell per indicator of the catalogue (the Rapport's columns): euros, or a fraction for a % format. */
function figureCells(f: Figures): (string | number)[] {
  return TABLE_INDICATORS.map((i) => {
    if (i.kind === "amount") return euros(f[i.key]);
    const r = f[i.key];
    return r === null ? "" : r.toNumber();
  });
}

/** The Rapport's table "par unité opérationnelle et exercice": header, one row per UO-year, total. */
export function summaryTable(snapshot: Snapshot, asOf: IsoDate | null = null): Value {
  if (snapshot.kind !== "ready") return notAvailable(snapshot.message);
  const r = analysisAt(snapshot, asOf).reconciliation;
  const rows: Table = [[...SUMMARY_HEADERS]];
  for (const l of r.lines) rows.push([l.centreFinancier, l.year, ...figureCells(l)]);
  rows.push([SUMMARY_TOTAL, "", ...figureCells(r.total)]);
  return rows;
}

function issueRow(i: Issue): (string | number)[] {
  return [SEVERITY_FR[i.severity], i.code, i.sheet, i.row ?? "", i.message];
}

/** Every anomaly, in the report's order, under a header row. */
export function issuesTable(snapshot: Snapshot, asOf: IsoDate | null = null): Value {
  if (snapshot.kind !== "ready") return notAvailable(snapshot.message);
  const { issues } = analysisAt(snapshot, asOf);
  const rows: Table = [[...ISSUES_HEADERS]];
  for (const i of issues.slice(0, MAX_ISSUE_ROWS)) rows.push(issueRow(i));
  if (issues.length > MAX_ISSUE_ROWS)
    rows.push(["", "", "", "", MSG_MORE_ISSUES(issues.length - MAX_ISSUE_ROWS)]);
  return rows;
}

/**
 * "OK" or the message of the first problem, in the report's order: formats, programme, then the
 * convention's Imputations. Without a readable convention only formats and programme are checked.
 */
export function imputationCheck(snapshot: Snapshot, imp: Imputation): Value {
  const authorised = snapshot.kind === "ready" ? snapshot.imputations : undefined;
  const [first] = checkImputation(imp, authorised);
  return first === undefined ? IMPUTATION_OK : first.message;
}
