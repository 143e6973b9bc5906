import { monthOf, yearOf, IsoDate } from "../date";
import { issue, Issue } from "../issues";
import type { ConventionData, ConventionInfo } from "../model";
import { Money, ZERO } from "../money";
import { Breakdown, breakdowns, MonthRow, monthly } from "./breakdowns";
import { duplicates, engagementKey, headerOf, imputationChecker, isWellFormedCf, outsidePeriod, paymentKey } from "./checks";
import { emptyAmounts, Figures, figures, LineFigures, total, Amounts } from "./figures";
import { lineIssues } from "./line-issues";
import { MSG_CP_EXCEEDS_EJ, MSG_EJ_UNKNOWN, MSG_UO_WITHOUT_CEILING } from "./messages";

export type { Figures, LineFigures } from "./figures";
export type { Breakdown, MonthRow } from "./breakdowns";

export interface Reconciliation {
  readonly info: ConventionInfo;
  readonly asOf: IsoDate;
  readonly lines: readonly LineFigures[];
  readonly total: Figures;
  readonly issues: readonly Issue[];
  readonly byPrestation: readonly Breakdown[];
  readonly bySupplier: readonly Breakdown[];
  readonly monthly: readonly MonthRow[];
}

export interface LineAcc {
  readonly centreFinancier: string;
  readonly year: number;
  amounts: Amounts;
  forecastAE: Money;
  forecastCP: Money;
  /** First Plafonds row of this UO-year (where ceiling anomalies point), if any. */
  ceilingRow: { sheet: string; row: number } | null;
  firstEngagement: { sheet: string; row: number } | null;
  firstPayment: { sheet: string; row: number } | null;
}

/** What an EJ is, once all its rows are read: where it counts and how much it engages. */
export interface EjInfo {
  engaged: Money;
  paid: Money;
  /** The UO-year line key of its first counted row, or null when it counts nowhere. */
  centreFinancier: string | null;
  prestation: string;
  fournisseur: string;
}

const lineKey = (cf: string, year: number) => `${cf}\u0000${year}`;

export function reconcile(data: ConventionData, asOf: IsoDate): Reconciliation {
  const { info, columns } = data;
  const issues: Issue[] = [];
  const lines = new Map<string, LineAcc>();
  const line = (cf: string, year: number): LineAcc => {
    const key = lineKey(cf, year);
    let acc = lines.get(key);
    if (!acc) {
      acc = { centreFinancier: cf, year, amounts: emptyAmounts(), forecastAE: ZERO, forecastCP: ZERO, ceilingRow: null, firstEngagement: null, firstPayment: null };
      lines.set(key, acc);
    }
    return acc;
  };

  const withCeiling = new Set<string>();
  for (const c of data.ceilings) {
    const acc = line(c.centreFinancier, c.year);
    acc.amounts.ceilingAE = acc.amounts.ceilingAE.plus(c.ae);
    acc.amounts.ceilingCP = acc.amounts.ceilingCP.plus(c.cp);
    if (c.nature === "À rétablir") acc.amounts.pendingReestablishment = acc.amounts.pendingReestablishment.plus(c.cp);
    acc.ceilingRow ??= { sheet: c.sheet, row: c.row };
    withCeiling.add(c.centreFinancier);
  }
  const ceilingYears = data.ceilings.map((c) => c.year);
  const defaultYear = info.start ? yearOf(info.start) : ceilingYears.length ? Math.min(...ceilingYears) : yearOf(asOf);

  const check = imputationChecker(data.imputations);
  const ejs = new Map<string, EjInfo>();
  for (const e of data.engagements) {
    for (const p of check(e)) issues.push(issue(p.code, e.sheet, e.row, headerOf(columns, e.sheet, p.field), p.message));
    const outside = outsidePeriod("Engagement", e, info.start, info.end, columns);
    if (outside) issues.push(outside);
    const counts = isWellFormedCf(e.centreFinancier) && withCeiling.has(e.centreFinancier);
    if (isWellFormedCf(e.centreFinancier) && !counts) {
      issues.push(issue("UO_WITHOUT_CEILING", e.sheet, e.row, headerOf(columns, e.sheet, "centreFinancier"), MSG_UO_WITHOUT_CEILING(e.centreFinancier)));
    }
    let ej = ejs.get(e.ej);
    if (!ej) {
      ej = { engaged: ZERO, paid: ZERO, centreFinancier: null, prestation: e.prestation, fournisseur: e.fournisseur };
      if (e.ej !== "") ejs.set(e.ej, ej);
    }
    ej.engaged = ej.engaged.plus(e.amount);
    if (!counts) continue;
    ej.centreFinancier ??= e.centreFinancier;
    const acc = line(e.centreFinancier, e.date ? yearOf(e.date) : defaultYear);
    acc.amounts.engagedAE = acc.amounts.engagedAE.plus(e.amount);
    acc.firstEngagement ??= { sheet: e.sheet, row: e.row };
  }

  for (const p of data.payments) {
    const outside = outsidePeriod("Paiement", p, info.start, info.end, columns);
    if (outside) issues.push(outside);
    const ej = ejs.get(p.ej);
    if (!ej) {
      issues.push(issue("EJ_UNKNOWN", p.sheet, p.row, headerOf(columns, p.sheet, "ej"), MSG_EJ_UNKNOWN(p.ej)));
      continue;
    }
    const before = ej.paid;
    ej.paid = ej.paid.plus(p.amount);
    if (before.lte(ej.engaged) && ej.paid.gt(ej.engaged)) {
      issues.push(issue("CP_EXCEEDS_EJ", p.sheet, p.row, headerOf(columns, p.sheet, "montant"), MSG_CP_EXCEEDS_EJ(p.ej, ej.paid, ej.engaged)));
    }
    if (ej.centreFinancier === null) continue;
    const acc = line(ej.centreFinancier, p.date ? yearOf(p.date) : defaultYear);
    acc.amounts.paidCP = acc.amounts.paidCP.plus(p.amount);
    acc.firstPayment ??= { sheet: p.sheet, row: p.row };
  }

  const asOfMonth = monthOf(asOf);
  const endMonth = info.end ? monthOf(info.end) : null;
  for (const f of data.forecasts) {
    const year = Number(f.month.slice(0, 4));
    const acc = lines.get(lineKey(f.centreFinancier, year));
    // Only what is still to come counts: months after the reporting date, up to the end date.
    if (!acc || f.month <= asOfMonth || (endMonth && f.month > endMonth)) continue;
    acc.forecastAE = acc.forecastAE.plus(f.ae);
    acc.forecastCP = acc.forecastCP.plus(f.cp);
  }

  issues.push(...duplicates(data.ceilings, (c) => [c.centreFinancier, c.year, c.financeur, c.nature, c.acte, c.ae, c.cp].join("\u0001"), columns, "centreFinancier"));
  issues.push(...duplicates(data.engagements, engagementKey, columns, "ej"));
  issues.push(...duplicates(data.payments, paymentKey, columns, "dp"));

  const sorted = [...lines.values()].sort((a, b) =>
    a.centreFinancier < b.centreFinancier ? -1 : a.centreFinancier > b.centreFinancier ? 1 : a.year - b.year
  );
  const lineFigures: LineFigures[] = sorted.map((acc) => ({
    centreFinancier: acc.centreFinancier,
    year: acc.year,
    forecastAE: acc.forecastAE,
    forecastCP: acc.forecastCP,
    ...figures(acc.amounts),
  }));
  sorted.forEach((acc, i) => issues.push(...lineIssues(acc, lineFigures[i], info, columns)));

  const { byPrestation, bySupplier } = breakdowns(ejs);
  return {
    info,
    asOf,
    lines: lineFigures,
    total: total(lineFigures),
    issues,
    byPrestation,
    bySupplier,
    monthly: monthly(data, ejs, info, asOf),
  };
}
