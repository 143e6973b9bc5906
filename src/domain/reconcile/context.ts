import { yearOf, IsoDate } from "../date";
import type { Issue } from "../issues";
import type { ConventionData, ConventionInfo } from "../model";
import { DailyTallies } from "./daily";
import { isWellFormedCf } from "./checks";
import { CodeMap } from "./code-map";
import { Lines } from "./lines";
import type { CfState } from "./cf-state";
import type { EjInfo } from "./ej-info";

export type { CfState } from "./cf-state";
export type { EjInfo } from "./ej-info";

export interface Later {
  engagements: number;
  payments: number;
  ceilings: number;
}

/** The state shared by the passes of one reconciliation. */
export class Ctx {
  readonly info: ConventionInfo;
  readonly issues: Issue[] = [];
  readonly lines = new Lines();
  readonly daily = new DailyTallies();
  /** By EJ number (a CodeMap: a payment finds its EJ without hashing its text). */
  readonly ejs: CodeMap<EjInfo>;
  readonly later: Later = { engagements: 0, payments: 0, ceilings: 0 };
  /** Years each centre financier has a ceiling line for (any date): what the convention funds. */
  readonly fundedYears = new Map<string, Set<number>>();
  readonly defaultYear: number;
  /** "centre financier|year" pairs that have at least one line in `Prévisions`. */
  readonly forecastYears = new Set<string>();
  readonly asOfYear: number;
  private readonly cfStates = new Map<string, CfState>();

  constructor(
    readonly data: ConventionData,
    readonly asOf: IsoDate
  ) {
    this.info = data.info;
    // At most one EJ per engagement line: the table is sized once.
    this.ejs = new CodeMap<EjInfo>(10, data.engagements.length);
    this.asOfYear = yearOf(asOf);
    let min = Infinity;
    for (const c of data.ceilings) {
      if (c.year < min) min = c.year;
      let years = this.fundedYears.get(c.centreFinancier);
      if (!years) this.fundedYears.set(c.centreFinancier, (years = new Set()));
      years.add(c.year);
    }
    for (const f of data.forecasts)
      this.forecastYears.add(`${f.centreFinancier}|${f.month.slice(0, 4)}`);
    // Not Math.min(...years): a spread of a large array overflows the stack.
    this.defaultYear = data.info.start
      ? yearOf(data.info.start)
      : min !== Infinity
        ? min
        : this.asOfYear;
  }

  get columns() {
    return this.data.columns;
  }

  /** ISO dates: the year is the first four digits (no parsing per ledger line). */
  yearOfDate(d: string | null): number {
    return d
      ? (d.charCodeAt(0) - 48) * 1000 +
          (d.charCodeAt(1) - 48) * 100 +
          (d.charCodeAt(2) - 48) * 10 +
          (d.charCodeAt(3) - 48)
      : this.defaultYear;
  }

  cfState(cf: string): CfState {
    let st = this.cfStates.get(cf);
    if (!st) {
      const wellFormed = isWellFormedCf(cf);
      const counts = wellFormed && this.fundedYears.has(cf);
      this.cfStates.set(
        cf,
        (st = {
          counts,
          wellFormed,
          years: counts ? this.lines.years(cf) : null,
          last: null,
          problems: [],
        })
      );
    }
    return st;
  }

  /** The first year the convention funds on a centre financier (where carried-over AE are shown). */
  firstFundedYear(cf: string): number {
    let first = Infinity;
    for (const y of this.fundedYears.get(cf) ?? []) if (y < first) first = y;
    return first === Infinity ? this.defaultYear : first;
  }
}
