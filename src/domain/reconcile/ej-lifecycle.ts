import { digitsValue } from "../codes";
import { Money, ZERO } from "../money";
import { Amount, isZeroAmount, minusAmount, Tally } from "../tally";
import type { Ctx } from "./context";
import { placeOn, type EjInfo } from "./ej-info";
import { isLater } from "./later";
import type { LineAcc } from "./lines";

/** An EJ still to be paid on a centre financier (restes à payer ≠ 0). */
export interface OpenEj {
  readonly ej: string;
  readonly centreFinancier: string;
  /** The year of its first line. */
  readonly year: number;
  readonly fournisseur: string;
  /** Amounts (integer cents or Money): a list of 100 000 open EJs builds no decimal it does not need. */
  readonly engagedAE: Amount;
  readonly paidCP: Amount;
  readonly outstanding: Amount;
}

function dominant(byCf: Map<string, Tally>): string {
  return [...byCf.entries()].sort(([a, x], [b, y]) =>
    x.gt(y) ? -1 : y.gt(x) ? 1 : a < b ? -1 : 1
  )[0][0];
}

/**
 * For the few EJs whose rows sit on several centres financiers: their AE per centre financier,
 * summed in a second pass over their rows only (no per-EJ map for the common case), the one
 * that carries most of them, and the centre financier of each of their postes. An EJ on one
 * centre financier needs no map of postes: each of its postes is there, and so is any payment
 * that names no poste of it (a Chorus extract names a poste on every row: 100 000 maps, 20 MB).
 */
export function settleSpreadEjs(ctx: Ctx): void {
  let any = false;
  // forEach, not for…of over values(): no iterator result built for each of 100 000 EJs.
  ctx.ejs.forEach((ej) => {
    if (ej.spread) any = true;
  });
  if (!any) return;
  for (const e of ctx.data.engagements) {
    const ej = ctx.ejs.get(e.ej);
    if (!ej?.spread || isLater(e, ctx.asOf) || !ctx.cfState(e.centreFinancier).counts) continue;
    if (e.poste) (ej.postes ??= new Map()).set(e.poste, e.centreFinancier);
    const byCf = (ej.aeByCf ??= new Map());
    let t = byCf.get(e.centreFinancier);
    if (!t) byCf.set(e.centreFinancier, (t = new Tally()));
    t.add(e.amount);
  }
  ctx.ejs.forEach((ej) => {
    if (!ej.aeByCf) return;
    const cf = dominant(ej.aeByCf);
    placeOn(ej, cf, ctx.cfState(cf));
  });
}

/**
 * Restes à payer of each UO-year: those of the UO's EJs at the end of that year (at the reporting
 * date for its own year and later ones), i.e. the AE of its EJs up to then (carried over and
 * retraits included) less what was paid on them. Cumulated year after year, so that a payment in
 * a new year lowers the EJ's restes à payer instead of making the new year negative.
 */
export function outstandingByLine(sorted: readonly LineAcc[]): Money[] {
  const out: Money[] = [];
  let cf: string | null = null;
  let running = ZERO;
  for (let k = 0; k < sorted.length; k++) {
    const acc = sorted[k];
    if (acc.centreFinancier !== cf) {
      cf = acc.centreFinancier;
      // AE carried over from before the convention are owed from its start: they count from the
      // UO's first year here, though shown on the first year the convention funds, which a
      // payment on them may precede (a UO funded from 2021 only, paid in 2020).
      running = ZERO;
      for (let j = k; j < sorted.length && sorted[j].centreFinancier === cf; j++)
        running = running.plus(sorted[j].carried.value());
    }
    const year = new Tally()
      .addTally(acc.engaged)
      .addTally(acc.withdrawals)
      .addTally(acc.unknownPaid);
    running = running.plus(year.value()).minus(acc.paid.value());
    out.push(running.isZero() ? ZERO : running);
  }
  return out;
}

/**
 * Per centre financier, an EJ's AE there and what was paid there, in Amounts (integer cents when
 * exact): a Chorus extract puts every payment on its own UO, so every EJ comes here (300 000 of
 * them built 1.8 M decimals, a second of a report).
 */
function partsOf(ej: EjInfo): Map<string, { ae: Amount; paid: Amount }> {
  const parts = new Map<string, { ae: Amount; paid: Amount }>();
  const main = ej.centreFinancier;
  let paidMain = ej.paid;
  for (const [cf, t] of ej.paidElsewhere ?? []) {
    paidMain = minusAmount(paidMain, t.amount());
    if (cf !== "") parts.set(cf, { ae: 0, paid: t.amount() });
  }
  if (ej.aeByCf) {
    for (const [cf, t] of ej.aeByCf) {
      const part = parts.get(cf);
      parts.set(cf, { ae: t.amount(), paid: part ? part.paid : 0 });
    }
  } else if (main !== null) {
    const ae = ej.uncounted ? minusAmount(ej.engaged, ej.uncounted.amount()) : ej.engaged;
    parts.set(main, { ae, paid: 0 });
  }
  if (main !== null && parts.has(main)) parts.get(main)!.paid = paidMain;
  return parts;
}

/** Every EJ with restes à payer on a centre financier, sorted by centre financier, year, EJ. */
export function openEjs(ctx: Ctx): OpenEj[] {
  const out: OpenEj[] = [];
  // forEach, not for…of: no [key, value] pair built for each of 100 000 EJs.
  ctx.ejs.forEach((info, ej) => {
    // The common case (one centre financier, paid there only) needs no map.
    if (!info.paidElsewhere && !info.aeByCf) {
      if (info.centreFinancier === null) return;
      const ae = info.uncounted ? minusAmount(info.engaged, info.uncounted.amount()) : info.engaged;
      const paid = info.paid;
      const outstanding = minusAmount(ae, paid);
      if (!isZeroAmount(outstanding))
        out.push({
          ej,
          centreFinancier: info.centreFinancier,
          year: info.firstYear,
          fournisseur: info.fournisseur,
          engagedAE: ae,
          paidCP: paid,
          outstanding,
        });
      return;
    }
    for (const [cf, part] of partsOf(info)) {
      const outstanding = minusAmount(part.ae, part.paid);
      if (isZeroAmount(outstanding)) continue;
      out.push({
        ej,
        centreFinancier: cf,
        year: info.firstYear,
        fournisseur: info.fournisseur,
        engagedAE: part.ae,
        paidCP: part.paid,
        outstanding,
      });
    }
  });
  return sortByCfYearEj(out);
}

/**
 * By centre financier, year, EJ. Grouped by centre financier first, then each group sorted on
 * numbers (year, and the EJ's ten digits when it has them: for those, numeric order is text
 * order): 300 000 open EJs spent 120 ms comparing strings.
 */
export function sortByCfYearEj(list: OpenEj[]): OpenEj[] {
  const groups = new Map<string, OpenEj[]>();
  for (let i = 0; i < list.length; i++) {
    const o = list[i];
    const g = groups.get(o.centreFinancier);
    if (g) g.push(o);
    else groups.set(o.centreFinancier, [o]);
  }
  const out: OpenEj[] = [];
  for (const cf of [...groups.keys()].sort()) {
    const g = groups.get(cf)!;
    const order = orderByYearEj(g);
    for (let i = 0; i < order.length; i++) out.push(g[order[i]]);
  }
  return out;
}

/** The positions of `g` sorted by year then EJ (as numbers when of ten digits), stable. */
function orderByYearEj(g: readonly OpenEj[]): number[] {
  const n = g.length;
  const years = new Int32Array(n);
  const digits = new Float64Array(n);
  const order = new Array<number>(n);
  let allDigits = true;
  for (let i = 0; i < n; i++) {
    order[i] = i;
    years[i] = g[i].year;
    digits[i] = digitsValue(g[i].ej, 10);
    if (digits[i] < 0) allDigits = false;
  }
  if (allDigits && years.every((y) => y >= 0 && y < 100_000)) {
    // One number per EJ: year then its ten digits (below 2^53), a single comparison.
    const key = new Float64Array(n);
    for (let i = 0; i < n; i++) key[i] = years[i] * 1e10 + digits[i];
    return order.sort((a, b) => key[a] - key[b] || a - b);
  }
  return order.sort((a, b) => {
    if (years[a] !== years[b]) return years[a] - years[b];
    if (digits[a] >= 0 && digits[b] >= 0) return digits[a] - digits[b];
    const ea = g[a].ej;
    const eb = g[b].ej;
    return ea < eb ? -1 : ea > eb ? 1 : a - b;
  });
}
