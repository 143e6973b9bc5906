import { Money, rate, sum, ZERO } from "../money";

/** The indicators of domain.md for one UO and year, a year, or the whole convention. */
export interface Figures {
  /** Ceilings in force at the reporting date. */
  readonly ceilingAE: Money;
  readonly ceilingCP: Money;
  /** CP of the "À rétablir" ceiling lines: counted in the ceiling, pending until restored. */
  readonly pendingReestablishment: Money;
  /** Of those, the CP not yet received at the reporting date: not available. */
  readonly awaitedReestablishment: Money;
  readonly engagedAE: Money;
  readonly paidCP: Money;
  /** Ceiling − engaged AE; in a total, over the years still open only. */
  readonly availableAE: Money;
  /** Ceiling − paid CP − CP awaited; in a total, over the years still open only. */
  readonly availableCP: Money;
  /** Restes à payer of the UO's EJs at the end of the year (at the reporting date for its year). */
  readonly outstanding: Money;
  readonly engagementRate: Money | null;
  readonly cpConsumptionRate: Money | null;
  /** AE of EJs carried over from before the convention: not charged to the ceiling. */
  readonly carriedOverAE: Money;
  /** Retraits in the year on EJs of earlier years: not added to available AE. */
  readonly priorYearWithdrawals: Money;
  /** What a closed year left unused (0 for open years). */
  readonly lapsedAE: Money;
  readonly lapsedCP: Money;
}

export interface LineFigures extends Figures {
  readonly centreFinancier: string;
  readonly year: number;
  readonly forecastCP: Money;
  readonly forecastAE: Money;
  /** The year ended before the reporting date: its credits lapsed. */
  readonly closed: boolean;
}

export interface Amounts {
  ceilingAE: Money;
  ceilingCP: Money;
  pendingReestablishment: Money;
  awaitedReestablishment: Money;
  engagedAE: Money;
  paidCP: Money;
  outstanding: Money;
  carriedOverAE: Money;
  priorYearWithdrawals: Money;
}

const positive = (m: Money) => (m.gt(ZERO) ? m : ZERO);

/** The figures of one UO-year; a closed year's unused credits are lapsed. */
export function figures(a: Amounts, closed = false): Figures {
  const availableAE = a.ceilingAE.minus(a.engagedAE);
  const availableCP = a.ceilingCP.minus(a.paidCP).minus(a.awaitedReestablishment);
  return {
    ...a,
    availableAE,
    availableCP,
    engagementRate: rate(a.engagedAE, a.ceilingAE),
    cpConsumptionRate: rate(a.paidCP, a.ceilingCP),
    lapsedAE: closed ? positive(availableAE) : ZERO,
    lapsedCP: closed ? positive(availableCP) : ZERO,
  };
}

type Summable = Figures & {
  readonly centreFinancier?: string;
  readonly year?: number;
  readonly closed?: boolean;
};

/**
 * Sums of lines: ceilings, engaged, paid, lapsed over all of them; available over the years still
 * open (a closed year's credits lapsed, they are not available); restes à payer at the latest
 * line of each centre financier (they are carried from year to year, never summed across years).
 */
export function total(lines: readonly Summable[]): Figures {
  const s = (pick: (l: Figures) => Money, of: readonly Summable[] = lines) => sum(of.map(pick));
  const open = lines.filter((l) => !l.closed);
  const latest: Summable[] = [];
  const byCf = new Map<string, number>();
  for (const l of lines) {
    const cf = l.centreFinancier;
    const i = cf === undefined ? undefined : byCf.get(cf);
    if (i === undefined) {
      if (cf !== undefined) byCf.set(cf, latest.length);
      latest.push(l);
    } else if ((l.year ?? 0) >= (latest[i].year ?? 0)) latest[i] = l;
  }
  const ceilingAE = s((l) => l.ceilingAE);
  const ceilingCP = s((l) => l.ceilingCP);
  const engagedAE = s((l) => l.engagedAE);
  const paidCP = s((l) => l.paidCP);
  return {
    ceilingAE,
    ceilingCP,
    pendingReestablishment: s((l) => l.pendingReestablishment),
    awaitedReestablishment: s((l) => l.awaitedReestablishment),
    engagedAE,
    paidCP,
    availableAE: s((l) => l.availableAE, open),
    availableCP: s((l) => l.availableCP, open),
    outstanding: s((l) => l.outstanding, latest),
    engagementRate: rate(engagedAE, ceilingAE),
    cpConsumptionRate: rate(paidCP, ceilingCP),
    carriedOverAE: s((l) => l.carriedOverAE),
    priorYearWithdrawals: s((l) => l.priorYearWithdrawals),
    lapsedAE: s((l) => l.lapsedAE),
    lapsedCP: s((l) => l.lapsedCP),
  };
}
