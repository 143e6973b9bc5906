import { monthOf, yearOf, IsoDate } from "../date";
import { issue, Issue } from "../issues";
import type { ConventionData, ConventionInfo, EngagementLine } from "../model";
import type { CodeProblem } from "../codes";
import { Money, ZERO } from "../money";
import { Tally } from "../tally";
import { Breakdown, breakdowns, DailyTallies, MonthRow, monthly } from "./breakdowns";
import { dpBucket, duplicates, headerOf, imputationChecker, isWellFormedCf, outsidePeriod, sameCeiling, sameEngagement, samePayment } from "./checks";
import { Figures, figures, LineFigures, total } from "./figures";
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

type Place = { sheet: string; row: number };

export interface LineAcc {
  readonly centreFinancier: string;
  readonly year: number;
  ceilingAE: Money;
  ceilingCP: Money;
  pending: Money;
  readonly engaged: Tally;
  readonly paid: Tally;
  forecastAE: Money;
  forecastCP: Money;
  /** First Plafonds row of this UO-year (where ceiling anomalies point), if any. */
  ceilingRow: Place | null;
  firstEngagement: Place | null;
  firstPayment: Place | null;
}

/** What an EJ is, once all its rows are read: where it counts and how much it engages. */
export interface EjInfo {
  readonly engaged: Tally;
  readonly paid: Tally;
  /**
   * Where its payments count: the centre financier of its counted rows, or, when its rows sit
   * on several, the one that carries most of its AE (ties: the first code), so that the order
   * of rows never matters. Null when it counts nowhere.
   */
  centreFinancier: string | null;
  /** True when its counted rows sit on several centres financiers (rare: settled in a second pass). */
  spread: boolean;
  readonly prestation: string;
  readonly fournisseur: string;
}

/** UO-year accumulators, found without building a key string per ledger line. */
class Lines {
  private readonly byCf = new Map<string, Map<number, LineAcc>>();

  /** The year map of a centre financier: a ledger line then needs one lookup, by year. */
  years(cf: string): Map<number, LineAcc> {
    let years = this.byCf.get(cf);
    if (!years) this.byCf.set(cf, (years = new Map()));
    return years;
  }

  get(cf: string, year: number): LineAcc {
    return this.inYears(this.years(cf), cf, year);
  }

  inYears(years: Map<number, LineAcc>, cf: string, year: number): LineAcc {
    let acc = years.get(year);
    if (!acc) {
      acc = {
        centreFinancier: cf,
        year,
        ceilingAE: ZERO,
        ceilingCP: ZERO,
        pending: ZERO,
        engaged: new Tally(),
        paid: new Tally(),
        forecastAE: ZERO,
        forecastCP: ZERO,
        ceilingRow: null,
        firstEngagement: null,
        firstPayment: null,
      };
      years.set(year, acc);
    }
    return acc;
  }

  find(cf: string, year: number): LineAcc | undefined {
    return this.byCf.get(cf)?.get(year);
  }

  sorted(): LineAcc[] {
    return [...this.byCf.keys()].sort().flatMap((cf) => [...this.byCf.get(cf)!.values()].sort((a, b) => a.year - b.year));
  }
}

function anySpread(ejs: Map<string, EjInfo>): boolean {
  for (const ej of ejs.values()) if (ej.spread) return true;
  return false;
}

function dominant(byCf: Map<string, Tally>): string {
  return [...byCf.entries()].sort(([a, x], [b, y]) => (x.gt(y) ? -1 : y.gt(x) ? 1 : a < b ? -1 : 1))[0][0];
}

/**
 * For the few EJ whose rows sit on several centres financiers, their AE per centre financier,
 * summed in a second pass over their rows only (no per-EJ map for the common case).
 */
function settleSpreadEjs(data: ConventionData, ejs: Map<string, EjInfo>, counts: (cf: string) => boolean): void {
  const byEj = new Map<EjInfo, Map<string, Tally>>();
  for (const e of data.engagements) {
    const ej = ejs.get(e.ej);
    if (!ej?.spread || !counts(e.centreFinancier)) continue;
    let byCf = byEj.get(ej);
    if (!byCf) byEj.set(ej, (byCf = new Map()));
    let t = byCf.get(e.centreFinancier);
    if (!t) byCf.set(e.centreFinancier, (t = new Tally()));
    t.add(e.amount);
  }
  for (const [ej, byCf] of byEj) ej.centreFinancier = dominant(byCf);
}

export function reconcile(data: ConventionData, asOf: IsoDate): Reconciliation {
  const { info, columns } = data;
  const issues: Issue[] = [];
  const lines = new Lines();
  // ISO dates: the year is the first four digits (no parsing, no lookup per ledger line).
  const yearOfDate = (d: string | null) =>
    d ? (d.charCodeAt(0) - 48) * 1000 + (d.charCodeAt(1) - 48) * 100 + (d.charCodeAt(2) - 48) * 10 + (d.charCodeAt(3) - 48) : defaultYear;
  /** Per centre financier: does it count, and its year map (one lookup per line instead of four). */
  type CfState = { counts: boolean; wellFormed: boolean; years: Map<number, LineAcc> | null; last: EngagementLine | null; problems: CodeProblem[] };
  const cfStates = new Map<string, CfState>();
  const cfState = (cf: string) => {
    let st = cfStates.get(cf);
    if (!st) {
      const wellFormed = isWellFormedCf(cf);
      const counts = wellFormed && withCeiling.has(cf);
      cfStates.set(cf, (st = { counts, wellFormed, years: counts ? lines.years(cf) : null, last: null, problems: [] }));
    }
    return st;
  };

  const withCeiling = new Set<string>();
  for (const c of data.ceilings) {
    const acc = lines.get(c.centreFinancier, c.year);
    acc.ceilingAE = acc.ceilingAE.plus(c.ae);
    acc.ceilingCP = acc.ceilingCP.plus(c.cp);
    if (c.nature === "À rétablir") acc.pending = acc.pending.plus(c.cp);
    acc.ceilingRow ??= { sheet: c.sheet, row: c.row };
    withCeiling.add(c.centreFinancier);
  }
  const ceilingYears = data.ceilings.map((c) => c.year);
  const defaultYear = info.start ? yearOf(info.start) : ceilingYears.length ? Math.min(...ceilingYears) : yearOf(asOf);

  const check = imputationChecker(data.imputations);
  const daily = new DailyTallies();
  const ejs = new Map<string, EjInfo>();
  for (const e of data.engagements) {
    const st = cfState(e.centreFinancier);
    // Consecutive lines of a UO mostly repeat its imputation: reuse the last check.
    const last = st.last;
    if (!last || last.domaineFonctionnel !== e.domaineFonctionnel || last.activite !== e.activite || last.centreDeCouts !== e.centreDeCouts) {
      st.last = e;
      st.problems = check(e);
    }
    for (const p of st.problems) issues.push(issue(p.code, e.sheet, e.row, headerOf(columns, e.sheet, p.field), p.message));
    const outside = outsidePeriod("Engagement", e, info.start, info.end, columns);
    if (outside) issues.push(outside);
    const counts = st.counts;
    if (st.wellFormed && !counts) {
      issues.push(issue("UO_WITHOUT_CEILING", e.sheet, e.row, headerOf(columns, e.sheet, "centreFinancier"), MSG_UO_WITHOUT_CEILING(e.centreFinancier)));
    }
    let ej = ejs.get(e.ej);
    if (!ej) {
      ej = { engaged: new Tally(), paid: new Tally(), centreFinancier: null, spread: false, prestation: e.prestation, fournisseur: e.fournisseur };
      if (e.ej !== "") ejs.set(e.ej, ej);
    }
    ej.engaged.add(e.amount);
    if (!counts) continue;
    if (ej.centreFinancier === null) ej.centreFinancier = e.centreFinancier;
    else if (ej.centreFinancier !== e.centreFinancier) ej.spread = true;
    const acc = lines.inYears(st.years!, e.centreFinancier, yearOfDate(e.date));
    acc.engaged.add(e.amount);
    daily.add(daily.engaged, e.date, e.amount);
    acc.firstEngagement ??= { sheet: e.sheet, row: e.row };
  }

  if (anySpread(ejs)) settleSpreadEjs(data, ejs, (cf) => cfState(cf).counts);

  for (const p of data.payments) {
    const outside = outsidePeriod("Paiement", p, info.start, info.end, columns);
    if (outside) issues.push(outside);
    const ej = ejs.get(p.ej);
    if (!ej) {
      issues.push(issue("EJ_UNKNOWN", p.sheet, p.row, headerOf(columns, p.sheet, "ej"), MSG_EJ_UNKNOWN(p.ej)));
      continue;
    }
    const wasWithin = ej.paid.lte(ej.engaged);
    ej.paid.add(p.amount);
    if (wasWithin && ej.paid.gt(ej.engaged)) {
      issues.push(issue("CP_EXCEEDS_EJ", p.sheet, p.row, headerOf(columns, p.sheet, "montant"), MSG_CP_EXCEEDS_EJ(p.ej, ej.paid.value(), ej.engaged.value())));
    }
    if (ej.centreFinancier === null) continue;
    // CP are annual: a payment consumes the CP of the year it is made in.
    const acc = lines.inYears(cfState(ej.centreFinancier).years!, ej.centreFinancier, yearOfDate(p.date));
    acc.paid.add(p.amount);
    daily.add(daily.paid, p.date, p.amount);
    acc.firstPayment ??= { sheet: p.sheet, row: p.row };
  }

  const asOfMonth = monthOf(asOf);
  const endMonth = info.end ? monthOf(info.end) : null;
  for (const f of data.forecasts) {
    const acc = lines.find(f.centreFinancier, Number(f.month.slice(0, 4)));
    // Only what is still to come counts: months after the reporting date, up to the end date.
    if (!acc || f.month <= asOfMonth || (endMonth && f.month > endMonth)) continue;
    acc.forecastAE = acc.forecastAE.plus(f.ae);
    acc.forecastCP = acc.forecastCP.plus(f.cp);
  }

  issues.push(...duplicates(data.ceilings, (c) => c.centreFinancier, sameCeiling, columns, "centreFinancier"));
  issues.push(...duplicates(data.engagements, (e) => e.ej, sameEngagement, columns, "ej"));
  issues.push(...duplicates(data.payments, dpBucket, samePayment, columns, "dp"));

  const sorted = lines.sorted();
  const lineFigures: LineFigures[] = sorted.map((acc) => ({
    centreFinancier: acc.centreFinancier,
    year: acc.year,
    forecastAE: acc.forecastAE,
    forecastCP: acc.forecastCP,
    ...figures({ ceilingAE: acc.ceilingAE, ceilingCP: acc.ceilingCP, pendingReestablishment: acc.pending, engagedAE: acc.engaged.value(), paidCP: acc.paid.value() }),
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
    monthly: monthly(data, daily, info, asOf),
  };
}


