import { checkFormat, checkImputation, CodeProblem, Imputation } from "../codes";
import type { Issue } from "../issues";
import { issue } from "../issues";
import type { AuthorisedImputation, ColumnMap, EngagementLine, PaymentLine } from "../model";
import { MSG_DATE_OUTSIDE, MSG_DUPLICATE } from "./messages";

const FIELD_HEADERS: Record<string, string> = {
  centreFinancier: "Centre financier",
  domaineFonctionnel: "Domaine fonctionnel",
  activite: "Activité",
  centreDeCouts: "Centre de coûts",
  ej: "N° EJ",
  dp: "N° DP",
  date: "Date",
  montant: "Montant",
};

/** The header of a field as the user wrote it on that sheet. */
export function headerOf(columns: Readonly<Record<string, ColumnMap>>, sheet: string, field: string): string {
  return columns[sheet]?.[field]?.header ?? FIELD_HEADERS[field] ?? field;
}

/** Imputation checks, computed once per distinct combination (a ledger repeats a few). */
export function imputationChecker(authorised: readonly AuthorisedImputation[]) {
  const cache = new Map<string, CodeProblem[]>();
  return (imp: Imputation): CodeProblem[] => {
    const key = `${imp.centreFinancier}\u0000${imp.domaineFonctionnel}\u0000${imp.activite}\u0000${imp.centreDeCouts}`;
    let problems = cache.get(key);
    if (!problems) {
      problems = checkImputation(imp, authorised);
      cache.set(key, problems);
    }
    return problems;
  };
}

export function isWellFormedCf(cf: string): boolean {
  return checkFormat("centreFinancier", cf) === null;
}

/** Identical rows (after reading) are flagged from their second occurrence on. */
export function duplicates<T extends { sheet: string; row: number }>(
  lines: readonly T[],
  key: (line: T) => string,
  columns: Readonly<Record<string, ColumnMap>>,
  firstField: string
): Issue[] {
  const seen = new Map<string, number>();
  const out: Issue[] = [];
  for (const line of lines) {
    const k = `${line.sheet}\u0000${key(line)}`;
    const first = seen.get(k);
    if (first === undefined) seen.set(k, line.row);
    else out.push(issue("DUPLICATE_ROW", line.sheet, line.row, headerOf(columns, line.sheet, firstField), MSG_DUPLICATE(first)));
  }
  return out;
}

export const engagementKey = (l: EngagementLine) =>
  [l.ej, l.date, l.centreFinancier, l.domaineFonctionnel, l.activite, l.centreDeCouts, l.fournisseur, l.prestation, l.amount.toString()].join("\u0001");
export const paymentKey = (l: PaymentLine) => [l.dp, l.date, l.ej, l.amount.toString()].join("\u0001");

export function outsidePeriod(
  what: string,
  line: { sheet: string; row: number; date: string | null },
  start: string | null,
  end: string | null,
  columns: Readonly<Record<string, ColumnMap>>
): Issue | null {
  if (!line.date) return null;
  if ((start && line.date < start) || (end && line.date > end)) {
    return issue("DATE_OUTSIDE_PERIOD", line.sheet, line.row, headerOf(columns, line.sheet, "date"), MSG_DATE_OUTSIDE(what, line.date, start, end));
  }
  return null;
}
