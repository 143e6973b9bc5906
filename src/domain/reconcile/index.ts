import { monthOf, IsoDate } from "../date";
import type { Issue } from "../issues";
import { sum } from "../money";
import type { ConventionData, ConventionInfo } from "../model";
import { Breakdown, breakdowns, MonthRow, monthly } from "./breakdowns";
import { duplicates, ejBucket, sameCeiling, sameEngagement } from "./checks";
import { applyCeilings } from "./ceilings";
import { Ctx, Later } from "./context";
import { readEngagements } from "./engagements";
import { openEjs, OpenEj, outstandingByLine, settleSpreadEjs } from "./ej-lifecycle";
import { Figures, figures, LineFigures, total } from "./figures";
import { isLater, isLaterCeiling } from "./later";
import { lineIssues } from "./line-issues";
import type { LineAcc } from "./lines";
import { readPayments } from "./payments";

export type { Figures, LineFigures } from "./figures";
export type { Breakdown, MonthRow } from "./breakdowns";
export type { EjInfo, Later } from "./context";
export type { LineAcc } from "./lines";
export type { OpenEj } from "./ej-lifecycle";

export interface YearFigures extends Figures {
  readonly year: number;
  readonly closed: boolean;
}

export interface Reconciliation {
  readonly info: ConventionInfo;
  readonly asOf: IsoDate;
  readonly lines: readonly LineFigures[];
  /** The lines summed per year, sorted. */
  readonly years: readonly YearFigures[];
  readonly total: Figures;
  readonly issues: readonly Issue[];
  readonly byPrestation: readonly Breakdown[];
  readonly bySupplier: readonly Breakdown[];
  readonly monthly: readonly MonthRow[];
  /** Lines left out because they are dated after the reporting date. */
  readonly later: Later;
  /** The reporting date is on or after the end date: the compte rendu de fin de convention is due. */
  readonly atTerm: boolean;
  /** EJs still open (at term, or when asked for); null otherwise. */
  readonly openEJ: readonly OpenEj[] | null;
}

export interface ReconcileOptions {
  /** List the EJs still open at any date (`--open-ej`), not only at term. */
  readonly openEJ?: boolean;
}

/** Only what is still to come counts: months after the reporting date, up to the end date. */
function applyForecasts(ctx: Ctx): void {
  const asOfMonth = monthOf(ctx.asOf);
  const endMonth = ctx.info.end ? monthOf(ctx.info.end) : null;
  for (const f of ctx.data.forecasts) {
    const acc = ctx.lines.find(f.centreFinancier, Number(f.month.slice(0, 4)));
    if (!acc || f.month <= asOfMonth || (endMonth && f.month > endMonth)) continue;
    acc.forecastAE = acc.forecastAE.plus(f.ae);
    acc.forecastCP = acc.forecastCP.plus(f.cp);
  }
}

function lineFigures(ctx: Ctx, sorted: readonly LineAcc[]): LineFigures[] {
  const outstanding = outstandingByLine(sorted);
  return sorted.map((acc, i) => {
    const closed = acc.year < ctx.asOfYear;
    const amounts = {
      ceilingAE: acc.ceilingAE,
      ceilingCP: acc.ceilingCP,
      pendingReestablishment: acc.pending,
      awaitedReestablishment: acc.awaited,
      engagedAE: acc.engaged.value(),
      paidCP: acc.paid.value(),
      outstanding: outstanding[i],
      carriedOverAE: acc.carried.value(),
      priorYearWithdrawals: acc.withdrawals.value(),
    };
    return {
      centreFinancier: acc.centreFinancier,
      year: acc.year,
      forecastAE: acc.forecastAE,
      forecastCP: acc.forecastCP,
      closed,
      ...figures(amounts, closed),
    };
  });
}

function byYear(lines: readonly LineFigures[]): YearFigures[] {
  const years = [...new Set(lines.map((l) => l.year))].sort((a, b) => a - b);
  return years.map((year) => {
    const of = lines.filter((l) => l.year === year);
    // One year: its available credits are its lines' (lapsed when the year is closed).
    return {
      year,
      closed: of[0].closed,
      ...total(of),
      availableAE: sum(of.map((l) => l.availableAE)),
      availableCP: sum(of.map((l) => l.availableCP)),
    };
  });
}

export function reconcile(
  data: ConventionData,
  asOf: IsoDate,
  options: ReconcileOptions = {}
): Reconciliation {
  const ctx = new Ctx(data, asOf);
  const { info, columns, issues } = ctx;
  applyCeilings(ctx);
  readEngagements(ctx);
  settleSpreadEjs(ctx);
  readPayments(ctx);
  applyForecasts(ctx);

  const current = (l: { date: string | null }) => !isLater(l, asOf);
  for (const d of duplicates(
    data.ceilings,
    (c) => c.centreFinancier,
    sameCeiling,
    columns,
    "centreFinancier",
    { include: (c) => !isLaterCeiling(c, asOf) }
  ))
    issues.push(d);
  for (const d of duplicates(data.engagements, ejBucket, sameEngagement, columns, "ej", {
    include: current,
  }))
    issues.push(d);

  const sorted = ctx.lines.sorted();
  const lines = lineFigures(ctx, sorted);
  sorted.forEach((acc, i) => {
    for (const x of lineIssues(ctx, acc, lines[i])) issues.push(x);
  });
  const atTerm = info.end !== null && asOf >= info.end;
  const { byPrestation, bySupplier } = breakdowns(ctx.ejs);
  return {
    info,
    asOf,
    lines,
    years: byYear(lines),
    total: total(lines),
    issues,
    byPrestation,
    bySupplier,
    monthly: monthly(data, ctx.daily, info, asOf),
    later: ctx.later,
    atTerm,
    openEJ: atTerm || options.openEJ ? openEjs(ctx) : null,
  };
}
