import type { CeilingLine } from "../model";
import { Money, ZERO } from "../money";
import { Tally } from "../tally";

export type Place = { sheet: string; row: number };

/** What one UO-year accumulates while the ledgers are read (one lookup per ledger line). */
export interface LineAcc {
  readonly centreFinancier: string;
  readonly year: number;
  /** Ceiling in force at the reporting date (lines available by then, À rétablir included). */
  ceilingAE: Money;
  ceilingCP: Money;
  /** CP of the À rétablir lines ("dont à rétablir"), received or not. */
  pending: Money;
  /** CP of the À rétablir lines not yet received at the reporting date: not available. */
  awaited: Money;
  readonly awaitedLines: CeilingLine[];
  /** Ceiling lines with a `Disponible le` (by the reporting date): the sweep needs their dates. */
  readonly datedCeilings: CeilingLine[];
  /** AE charged to the ceiling: EJ lines of the year, same-year retraits, payments without EJ. */
  readonly engaged: Tally;
  /** AE of EJs carried over from before the convention (not charged). */
  readonly carried: Tally;
  /** Retraits in the year on EJs of earlier years (free nothing). */
  readonly withdrawals: Tally;
  readonly paid: Tally;
  /** CP paid on EJs no ledger knows (counted on their own centre financier): no restes à payer. */
  readonly unknownPaid: Tally;
  /** Indices of the charged EJ lines, and of the payments without EJ, for the ceiling sweep. */
  readonly ejEvents: number[];
  readonly noEjEvents: number[];
  /** A charged negative line: the engaged sum is not monotone over time. */
  negative: boolean;
  forecastAE: Money;
  forecastCP: Money;
  /** First Plafonds row of this UO-year (where ceiling anomalies point), if any. */
  ceilingRow: Place | null;
  firstEngagement: Place | null;
  firstPayment: Place | null;
}

function newAcc(centreFinancier: string, year: number): LineAcc {
  return {
    centreFinancier,
    year,
    ceilingAE: ZERO,
    ceilingCP: ZERO,
    pending: ZERO,
    awaited: ZERO,
    awaitedLines: [],
    datedCeilings: [],
    engaged: new Tally(),
    carried: new Tally(),
    withdrawals: new Tally(),
    paid: new Tally(),
    unknownPaid: new Tally(),
    ejEvents: [],
    noEjEvents: [],
    negative: false,
    forecastAE: ZERO,
    forecastCP: ZERO,
    ceilingRow: null,
    firstEngagement: null,
    firstPayment: null,
  };
}

/** UO-year accumulators, found without building a key string per ledger line. */
export class Lines {
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
    if (!acc) years.set(year, (acc = newAcc(cf, year)));
    return acc;
  }

  find(cf: string, year: number): LineAcc | undefined {
    return this.byCf.get(cf)?.get(year);
  }

  sorted(): LineAcc[] {
    return [...this.byCf.keys()]
      .sort()
      .flatMap((cf) => [...this.byCf.get(cf)!.values()].sort((a, b) => a.year - b.year));
  }
}
