import type { Money } from "../money";
import { Amount, amountOf, gtAmount, Tally } from "../tally";
import type { Ctx } from "./context";
import type { LineAcc } from "./lines";

export interface Overrun {
  /** The date of the first overrun (null: an undated line, or the reporting date's ceiling). */
  readonly date: string | null;
  readonly engaged: Money;
  readonly ceiling: Money;
}

/** Needs a sweep: its ceiling moved over time, its engaged sum went down, or it ends above it. */
function needsSweep(acc: LineAcc): boolean {
  return acc.datedCeilings.length > 0 || acc.negative || acc.engaged.value().gt(acc.ceilingAE);
}

/** AE of the UO-year per date (undated lines count from the start: "" sorts before every date). */
function byDate(ctx: Ctx, acc: LineAcc): Map<string, Tally> {
  const out = new Map<string, Tally>();
  const add = (date: string | null, amount: Amount) => {
    const key = date ?? "";
    let t = out.get(key);
    if (!t) out.set(key, (t = new Tally()));
    t.add(amount);
  };
  for (const i of acc.ejEvents) add(ctx.data.engagements[i].date, ctx.data.engagements[i].amount);
  for (const i of acc.noEjEvents) add(ctx.data.payments[i].date, ctx.data.payments[i].amount);
  return out;
}

/**
 * AE judged at each EJ line's date against the ceiling in force then (domain.md, "Ceilings change
 * over time"): the UO-year's events and dated ceiling lines are sorted once and merged in one
 * sweep. All lines of one date count together (their order within the day is unknown). Only the
 * few UO-years whose answer can differ from the reporting date's figures are swept.
 */
export function firstOverrun(ctx: Ctx, acc: LineAcc): Overrun | null {
  if (!needsSweep(acc)) return null;
  const dated = [...acc.datedCeilings].sort((a, b) =>
    a.availableFrom! < b.availableFrom! ? -1 : a.availableFrom! > b.availableFrom! ? 1 : 0
  );
  let ceiling = acc.ceilingAE;
  for (const c of dated) ceiling = ceiling.minus(c.ae);
  // One tally per distinct date, then only the distinct dates are sorted (a few hundred a year).
  const days = byDate(ctx, acc);
  const dates = [...days.keys()].sort();
  const engaged = new Tally();
  let next = 0;
  // Compared in cents while both are (no decimal built for each of the year's dates).
  let limit = amountOf(ceiling);
  for (const date of dates) {
    while (next < dated.length && dated[next].availableFrom! <= date) {
      ceiling = ceiling.plus(dated[next++].ae);
      limit = amountOf(ceiling);
    }
    engaged.addTally(days.get(date)!);
    if (gtAmount(engaged.amount(), limit))
      return { date: date || null, engaged: engaged.value(), ceiling };
  }
  // A ceiling lowered after the last line (an avenant reducing it) leaves an overrun at the date.
  if (acc.engaged.value().gt(acc.ceilingAE))
    return { date: ctx.asOf, engaged: acc.engaged.value(), ceiling: acc.ceilingAE };
  return null;
}
