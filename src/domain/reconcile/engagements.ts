import { issue } from "../issues";
import type { EngagementLine } from "../model";
import { Tally, Amount } from "../tally";
import type { CodeProblem } from "../codes";
import { headerOf, imputationChecker, outsidePeriod } from "./checks";
import type { CfState, Ctx } from "./context";
import { addEngaged, newEjInfo, placeOn } from "./ej-info";
import { MSG_CARRIED_OVER, MSG_TITRE_2, MSG_UO_WITHOUT_CEILING } from "./messages";
import { isLater } from "./later";

const isNegative = (a: Amount) => (typeof a === "number" ? a < 0 : a.isNegative() && !a.isZero());

/**
 * A line of an EJ carried over (reprise): engaged before the convention's start, on a year the
 * convention does not fund on that centre financier, or marked so by a Chorus extract (Bascule).
 */
function isCarriedOver(ctx: Ctx, e: EngagementLine, year: number): boolean {
  if (e.carriedOver) return true;
  const start = ctx.info.start;
  return (
    e.date !== null &&
    start !== null &&
    e.date < start &&
    !ctx.fundedYears.get(e.centreFinancier)?.has(year)
  );
}

function lineChecks(
  ctx: Ctx,
  e: EngagementLine,
  st: CfState,
  check: (e: EngagementLine) => CodeProblem[],
  carried: boolean
): boolean {
  const { columns, issues } = ctx;
  // A Chorus bascule line shares its row with the line of the year's AE, which is checked.
  if (e.carriedOver) return st.counts;
  // Consecutive lines of a UO mostly repeat its imputation: reuse the last check.
  const last = st.last;
  if (
    !last ||
    last.domaineFonctionnel !== e.domaineFonctionnel ||
    last.activite !== e.activite ||
    last.centreDeCouts !== e.centreDeCouts
  ) {
    st.last = e;
    st.problems = check(e);
  }
  for (const p of st.problems)
    issues.push(issue(p.code, e.sheet, e.row, headerOf(columns, e.sheet, p.field), p.message));
  // A reprise is dated before the convention by nature: EJ_CARRIED_OVER says so instead.
  const outside = carried
    ? null
    : outsidePeriod("Engagement", e, ctx.info.start, ctx.info.end, columns);
  if (outside) issues.push(outside);
  if (e.compteBudgetaire && e.compteBudgetaire.charCodeAt(0) === 50 /* "2" */) {
    issues.push(
      issue(
        "TITRE_2",
        e.sheet,
        e.row,
        headerOf(columns, e.sheet, "compteBudgetaire"),
        MSG_TITRE_2(e.compteBudgetaire)
      )
    );
  }
  if (st.wellFormed && !st.counts) {
    issues.push(
      issue(
        "UO_WITHOUT_CEILING",
        e.sheet,
        e.row,
        headerOf(columns, e.sheet, "centreFinancier"),
        MSG_UO_WITHOUT_CEILING(e.centreFinancier)
      )
    );
  }
  return st.counts;
}

/** Charges a line to its UO-year: engaged AE, the sweep's events, the month table. */
function charge(ctx: Ctx, e: EngagementLine, st: CfState, index: number, year: number): void {
  const acc = ctx.lines.inYears(st.years!, e.centreFinancier, year);
  acc.engaged.add(e.amount);
  acc.ejEvents.push(index);
  if (isNegative(e.amount)) acc.negative = true;
  ctx.daily.add(ctx.daily.engaged, e.date, e.amount);
  acc.firstEngagement ??= { sheet: e.sheet, row: e.row };
}

/**
 * One pass over the EJ lines dated by the reporting date. Negative lines wait for the EJ's first
 * year to be known (whatever the order of rows): a retrait on an EJ of an earlier year frees nothing.
 */
export function readEngagements(ctx: Ctx): void {
  const { data, asOf, ejs } = ctx;
  const check = imputationChecker(data.imputations);
  const negatives: number[] = [];
  const engagements = data.engagements;
  for (let i = 0; i < engagements.length; i++) {
    const e = engagements[i];
    if (isLater(e, asOf)) {
      ctx.later.engagements++;
      continue;
    }
    const year = ctx.yearOfDate(e.date);
    const carried = isCarriedOver(ctx, e, year);
    const st = ctx.cfState(e.centreFinancier);
    const counts = lineChecks(ctx, e, st, check, carried);
    let ej = ejs.get(e.ej);
    if (!ej) {
      ej = newEjInfo(e.prestation, e.fournisseur, e.date, year);
      if (e.ej !== "") ejs.set(e.ej, ej);
    } else if (e.date !== null && (ej.firstDate === null || e.date < ej.firstDate))
      ej.firstDate = e.date;
    if (year < ej.firstYear) ej.firstYear = year;
    addEngaged(ej, e.amount);
    if (!counts) {
      (ej.uncounted ??= new Tally()).add(e.amount);
      continue;
    }
    if (ej.centreFinancier === null) placeOn(ej, e.centreFinancier, st);
    else if (ej.centreFinancier !== e.centreFinancier) ej.spread = true;
    if (carried) carry(ctx, e);
    else if (isNegative(e.amount)) negatives.push(i);
    else charge(ctx, e, st, i, year);
  }
  for (const i of negatives) {
    const e = engagements[i];
    const year = ctx.yearOfDate(e.date);
    const ej = ejs.get(e.ej);
    const st = ctx.cfState(e.centreFinancier);
    if (ej && ej.firstYear < year) {
      ctx.lines.inYears(st.years!, e.centreFinancier, year).withdrawals.add(e.amount);
    } else charge(ctx, e, st, i, year);
  }
}

function carry(ctx: Ctx, e: EngagementLine): void {
  const acc = ctx.lines.get(e.centreFinancier, ctx.firstFundedYear(e.centreFinancier));
  acc.carried.add(e.amount);
  const column = headerOf(ctx.columns, e.sheet, e.carriedOver ? "montant" : "date");
  ctx.issues.push(
    issue(
      "EJ_CARRIED_OVER",
      e.sheet,
      e.row,
      column,
      MSG_CARRIED_OVER(e.ej, e.carriedOver ? null : e.date, ctx.info.start)
    )
  );
}
