import { IsoDate, monthOf } from "../date";
import type { ConventionData, ConventionInfo } from "../model";
import { Money, ZERO } from "../money";
import type { EjInfo } from "./index";

export interface Breakdown {
  readonly key: string;
  readonly ejCount: number;
  readonly engagedAE: Money;
  readonly paidCP: Money;
}

export interface MonthRow {
  readonly month: string;
  readonly engagedAE: Money;
  readonly paidCP: Money;
  readonly cumulativeAE: Money;
  readonly cumulativeCP: Money;
  readonly forecastAE: Money;
  readonly forecastCP: Money;
  /** Paid CP to date, then paid plus forecast CP for the months after the reporting date. */
  readonly projectedCP: Money;
  readonly projectedAE: Money;
}

const UNSPECIFIED = "(non renseigné)";

function group(ejs: ReadonlyMap<string, EjInfo>, pick: (ej: EjInfo) => string): Breakdown[] {
  const groups = new Map<string, { ejs: Set<string>; engaged: Money; paid: Money }>();
  const get = (k: string) => {
    let g = groups.get(k);
    if (!g) groups.set(k, (g = { ejs: new Set(), engaged: ZERO, paid: ZERO }));
    return g;
  };
  for (const [number, ej] of ejs) {
    if (ej.centreFinancier === null) continue;
    const g = get(pick(ej).trim() || UNSPECIFIED);
    g.ejs.add(number);
    g.engaged = g.engaged.plus(ej.engaged);
    g.paid = g.paid.plus(ej.paid);
  }
  return [...groups.entries()]
    .map(([key, g]) => ({ key, ejCount: g.ejs.size, engagedAE: g.engaged, paidCP: g.paid }))
    .sort((a, b) => b.engagedAE.comparedTo(a.engagedAE) || a.key.localeCompare(b.key, "fr"));
}

/** Engaged and paid by prestation and by supplier, over the EJ that count in the totals. */
export function breakdowns(ejs: ReadonlyMap<string, EjInfo>) {
  return { byPrestation: group(ejs, (e) => e.prestation), bySupplier: group(ejs, (e) => e.fournisseur) };
}

function nextMonth(m: string): string {
  const y = Number(m.slice(0, 4));
  const mo = Number(m.slice(5, 7));
  return mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, "0")}`;
}

/** Month by month, cumulative AE and CP with the forecasts of `Prévisions` (dated lines only). */
export function monthly(data: ConventionData, ejs: ReadonlyMap<string, EjInfo>, info: ConventionInfo, asOf: IsoDate): MonthRow[] {
  const ae = new Map<string, Money>();
  const cp = new Map<string, Money>();
  const fae = new Map<string, Money>();
  const fcp = new Map<string, Money>();
  const add = (m: Map<string, Money>, k: string, v: Money) => m.set(k, (m.get(k) ?? ZERO).plus(v));
  const counted = new Set(data.ceilings.map((c) => c.centreFinancier));
  for (const e of data.engagements) {
    if (e.date && counted.has(e.centreFinancier) && ejs.get(e.ej)?.centreFinancier !== null) add(ae, monthOf(e.date), e.amount);
  }
  for (const p of data.payments) {
    const ej = ejs.get(p.ej);
    if (p.date && ej && ej.centreFinancier !== null) add(cp, monthOf(p.date), p.amount);
  }
  for (const f of data.forecasts) {
    if (!counted.has(f.centreFinancier)) continue;
    add(fae, f.month, f.ae);
    add(fcp, f.month, f.cp);
  }
  const months = [...ae.keys(), ...cp.keys(), ...fae.keys(), ...(info.start ? [monthOf(info.start)] : []), ...(info.end ? [monthOf(info.end)] : [])].sort();
  if (months.length === 0) return [];
  const asOfMonth = monthOf(asOf);
  const rows: MonthRow[] = [];
  let cumAE = ZERO;
  let cumCP = ZERO;
  let projAE = ZERO;
  let projCP = ZERO;
  for (let m = months[0]; m <= months[months.length - 1]; m = nextMonth(m)) {
    const engaged = ae.get(m) ?? ZERO;
    const paid = cp.get(m) ?? ZERO;
    const forecastAE = fae.get(m) ?? ZERO;
    const forecastCP = fcp.get(m) ?? ZERO;
    cumAE = cumAE.plus(engaged);
    cumCP = cumCP.plus(paid);
    const future = m > asOfMonth;
    projAE = projAE.plus(engaged).plus(future ? forecastAE : ZERO);
    projCP = projCP.plus(paid).plus(future ? forecastCP : ZERO);
    rows.push({ month: m, engagedAE: engaged, paidCP: paid, cumulativeAE: cumAE, cumulativeCP: cumCP, forecastAE, forecastCP, projectedAE: projAE, projectedCP: projCP });
  }
  return rows;
}
