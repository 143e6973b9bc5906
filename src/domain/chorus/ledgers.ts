/**
 * Extract lines as the reconciliation's EngagementLine / PaymentLine, located on the extract
 * (sheet = its sheet or file name, row = its row or line), so that every check of the workbook
 * applies to Chorus data unchanged.
 */
import { samePayment as isRepeat } from "../reconcile/checks";
import { LineGroups } from "../reconcile/line-groups";
import { covers } from "../codes";
import { issue, Issue } from "../issues";
import type { AuthorisedImputation, EngagementLine, PaymentLine } from "../model";
import type { Amount } from "../tally";
import { MSG_NO_CF } from "./messages";
import { addAmounts } from "./rows";
import type { ChorusExtract, ChorusLine } from "./types";

/**
 * The centre financier of a line: its own, else that of the first authorised imputation whose
 * domaine fonctionnel, activité and centre de coûts cover the line's (workbook.md). Null when none.
 */
export function cfResolver(
  imputations: readonly AuthorisedImputation[]
): (line: ChorusLine) => string | null {
  const cache = new Map<string, string | null>();
  return (line) => {
    if (line.centreFinancier !== "") return line.centreFinancier;
    const key = `${line.domaineFonctionnel}|${line.activite}|${line.centreDeCouts}`;
    let cf = cache.get(key);
    if (cf === undefined) {
      const found = imputations.find(
        (i) =>
          covers("domaineFonctionnel", i.domaineFonctionnel, line.domaineFonctionnel) &&
          covers("activite", i.activite, line.activite) &&
          covers("centreDeCouts", i.centreDeCouts, line.centreDeCouts)
      );
      cf = found ? found.centreFinancier : null;
      cache.set(key, cf);
    }
    return cf;
  };
}

/** The synthetic N° DP of a CP line without one: Chorus's empty mark "#", then "L" and its row. */
export const syntheticDp = (row: number) => `#L${row}`;

/**
 * The year's amounts are dated in their exercice: a line whose dates all fall in other years
 * (an EJ of 2019 carried over and modified in 2020) is dated 1 January of the exercice, the day
 * Chorus carries EJ over, or left undated when that is the convention's first year anyway.
 */
function inExercice(
  date: string | null,
  exercice: number | null,
  startYear: number
): string | null {
  if (exercice === null || (date !== null && Number(date.slice(0, 4)) === exercice)) return date;
  return exercice === startYear ? null : `${exercice}-01-01`;
}

/**
 * Sums lines that differ only by amount (several postes of one EJ, of one DP): no false duplicates.
 * Lines and their totals in two arrays, grouped by bucket as the duplicate check groups them
 * (LineGroups): no wrapper object per line (600 000 of them for a 300 000-row extract).
 * `repeats` (payments): a line identical to one already summed, its amount included, is the same
 * payment pasted twice (domain.md). The lines of that sum are then kept apart, each with its own
 * amount, and the repeat after them, so that the duplicate check of the reconciliation counts it
 * once and says so (DUPLICATE_ROW), at the reporting date like every check.
 */
class Grouper<T extends { amount: Amount }> {
  private readonly groups: LineGroups;
  private readonly order: T[] = [];
  private readonly totals: Amount[] = [];
  /** The lines summed into each line after it (kept only when repeats are told). */
  private readonly summed = new Map<number, T[]>();
  /** Lines whose sum held a repeat: kept apart, with every line of theirs that follows. */
  private readonly apart = new Set<number>();
  /** `capacity`: how many lines it may be given at most. */
  constructor(
    private readonly same: (a: T, b: T) => boolean,
    capacity: number,
    private readonly repeats?: (a: T, b: T) => boolean
  ) {
    this.groups = new LineGroups(capacity);
  }

  add(bucket: string, line: T): void {
    const g = this.groups.groupOf(bucket);
    for (let i = this.groups.first(g); i !== -1; i = this.groups.after(i))
      if (this.same(this.order[i], line)) {
        if (this.repeats && (this.apart.has(i) || this.repeatsOne(i, line))) {
          this.keepApart(i);
          this.unique(line);
          return;
        }
        this.totals[i] = addAmounts(this.totals[i], line.amount)!;
        if (this.repeats) {
          const summed = this.summed.get(i);
          if (summed) summed.push(line);
          else this.summed.set(i, [line]);
        }
        return;
      }
    this.groups.append(g, this.unique(line));
  }

  private repeatsOne(i: number, line: T): boolean {
    const repeats = this.repeats!;
    return (
      repeats(this.order[i], line) || (this.summed.get(i)?.some((m) => repeats(m, line)) ?? false)
    );
  }

  /** Line `i` back to its own amount, the lines summed into it as lines of their own. */
  private keepApart(i: number): void {
    if (this.apart.has(i)) return;
    this.apart.add(i);
    this.totals[i] = this.order[i].amount;
    for (const m of this.summed.get(i) ?? []) this.unique(m);
    this.summed.delete(i);
  }

  /** A line that cannot be grouped with any other (a synthetic DP); its number. */
  unique(line: T): number {
    this.totals.push(line.amount);
    return this.order.push(line) - 1;
  }

  lines(): T[] {
    return this.order.map((line, i) =>
      this.totals[i] === line.amount ? line : { ...line, amount: this.totals[i] }
    );
  }
}

const sameEngagement = (a: EngagementLine, b: EngagementLine) =>
  a.date === b.date &&
  a.centreFinancier === b.centreFinancier &&
  a.domaineFonctionnel === b.domaineFonctionnel &&
  a.activite === b.activite &&
  a.centreDeCouts === b.centreDeCouts &&
  a.fournisseur === b.fournisseur &&
  a.prestation === b.prestation;
const samePayment = (a: PaymentLine, b: PaymentLine) =>
  a.ej === b.ej &&
  a.date === b.date &&
  a.centreFinancier === b.centreFinancier &&
  a.poste === b.poste;

/** The day before Chorus carries open EJs into the exercice (1 January): where a bascule is dated. */
const carriedDate = (exercice: number | null, startYear: number) =>
  `${String((exercice ?? startYear) - 1).padStart(4, "0")}-12-31`;

export interface Ledgers {
  readonly engagements: EngagementLine[];
  readonly payments: PaymentLine[];
  readonly issues: Issue[];
}

/**
 * Engagements from the AE of the year, payments from the CP paid. An AE line whose centre
 * financier cannot be found (no column, no matching imputation) is reported and counted nowhere,
 * with its row's CP; a line of CP only needs none: a payment takes its imputation from its EJ.
 */
export function toLedgers(
  extract: ChorusExtract,
  resolve: (l: ChorusLine) => string | null,
  startYear: number
): Ledgers {
  const issues: Issue[] = [];
  // At most two engagement lines a row (its AE of the year, its bascule), one payment line.
  const engagements = new Grouper<EngagementLine>(sameEngagement, 2 * extract.lines.length);
  const payments = new Grouper<PaymentLine>(samePayment, extract.lines.length, isRepeat);
  const dfHeader = extract.columns.domaineFonctionnel?.header ?? null;
  for (const l of extract.lines) {
    // A CP line counts on its own centre financier when the extract gives one (or its imputation
    // resolves to one); else on its EJ's. An AE line needs one.
    const cf = l.ae === null ? (resolve(l) ?? "") : resolve(l);
    if (cf === null) {
      issues.push(
        issue(
          "IMPUTATION_NOT_AUTHORISED",
          extract.name,
          l.row,
          dfHeader,
          MSG_NO_CF(l.domaineFonctionnel, l.activite, l.centreDeCouts)
        )
      );
      continue;
    }
    const sheet = extract.name;
    if (l.ae !== null && (l.ej !== "" || l.ae !== 0)) {
      engagements.add(l.ej, {
        sheet,
        row: l.row,
        ej: l.ej,
        date: inExercice(l.aeDate, l.exercice, startYear),
        centreFinancier: cf,
        domaineFonctionnel: l.domaineFonctionnel,
        activite: l.activite,
        centreDeCouts: l.centreDeCouts,
        fournisseur: l.fournisseur,
        prestation: l.nature,
        amount: l.ae,
        poste: l.poste,
      });
    }
    if (l.ae !== null && l.carried !== null && l.carried !== 0) {
      // Bascule des EJ non soldés: AE engaged before the exercice, carried over (a reprise).
      engagements.add(`${l.ej}#bascule`, {
        sheet,
        row: l.row,
        ej: l.ej,
        date: carriedDate(l.exercice, startYear),
        centreFinancier: cf,
        domaineFonctionnel: l.domaineFonctionnel,
        activite: l.activite,
        centreDeCouts: l.centreDeCouts,
        fournisseur: l.fournisseur,
        prestation: l.nature,
        amount: l.carried,
        poste: l.poste,
        carriedOver: true,
      });
    }
    if (l.cp !== null && l.cp !== 0) {
      const line: PaymentLine = {
        sheet,
        row: l.row,
        dp: l.dp || syntheticDp(l.row),
        date: inExercice(l.cpDate, l.exercice, startYear),
        ej: l.ej,
        amount: l.cp,
        poste: l.poste,
        posteDp: l.posteDp,
        centreFinancier: cf,
      };
      // Postes of one DP add up; a synthetic DP is unique to its line.
      if (l.dp === "") payments.unique(line);
      else payments.add(line.dp, line);
    }
  }
  return { engagements: engagements.lines(), payments: payments.lines(), issues };
}
