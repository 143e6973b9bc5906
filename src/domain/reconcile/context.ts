import type { CodeProblem } from "../codes";
import { yearOf, IsoDate } from "../date";
import type { Issue } from "../issues";
import type { ConventionData, ConventionInfo, EngagementLine } from "../model";
import { Amount, gtAmount, plusAmount, Tally } from "../tally";
import { DailyTallies } from "./daily";
import { isWellFormedCf } from "./checks";
import { CodeMap } from "./code-map";
import { LineAcc, Lines } from "./lines";

/**
 * What an EJ is, once all its rows (dated by the reporting date) are read. Its AE and CP sums are
 * Amounts of its own (integer cents while exact), not two Tally objects: a payment then reads one object, not three
 * (100 000 EJs: 4.5 MB less, and two memory accesses fewer per payment).
 */
export class EjInfo {
  private engagedSum: Amount = 0;
  private paidSum: Amount = 0;
  /**
   * Where its payments count when they name no poste and carry no centre financier: the centre
   * financier of its counted rows, or, when its rows sit on several, the one that carries most of
   * its AE (ties: the first code), so that the order of rows never matters. Null when it counts nowhere.
   */
  centreFinancier: string | null = null;
  /** The state of `centreFinancier`, set with it (`placeOn`). */
  cfState: CfState | null = null;
  /** True when its counted rows sit on several centres financiers (rare: settled in a second pass). */
  spread = false;
  /** Centre financier of each named poste, when postes are named. */
  postes: Map<string, string> | null = null;
  /** AE on each centre financier, for an EJ spread over several (set by the second pass). */
  aeByCf: Map<string, Tally> | null = null;
  /** CP counted on another centre financier than `centreFinancier` ("" : counted nowhere). */
  paidElsewhere: Map<string, Tally> | null = null;
  /** AE of its rows that count in no line (malformed or ceiling-less centre financier). */
  uncounted: Tally | null = null;

  constructor(
    readonly prestation: string,
    readonly fournisseur: string,
    /** Its earliest date and year (undated lines: the start year). */
    public firstDate: string | null,
    public firstYear: number
  ) {}

  /** Sets where its payments count by default, and that centre financier's state. */
  placeOn(cf: string, state: CfState): void {
    this.centreFinancier = cf;
    this.cfState = state;
  }

  /** AE of all its lines (every year, carried over and retraits included). */
  engaged(): Amount {
    return this.engagedSum;
  }

  paid(): Amount {
    return this.paidSum;
  }

  addEngaged(a: Amount): void {
    this.engagedSum = plusAmount(this.engagedSum, a);
  }

  addPaid(a: Amount): void {
    this.paidSum = plusAmount(this.paidSum, a);
  }

  /** More CP paid than AE engaged, exactly. */
  overpaid(): boolean {
    return gtAmount(this.paidSum, this.engagedSum);
  }
}

/** Per centre financier: does it count, and its year map (one lookup per line instead of four). */
export type CfState = {
  counts: boolean;
  wellFormed: boolean;
  years: Map<number, LineAcc> | null;
  last: EngagementLine | null;
  problems: CodeProblem[];
};

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
