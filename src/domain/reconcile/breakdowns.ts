import { IsoDate, monthOf } from "../date";
import type { ConventionData, ConventionInfo } from "../model";
import { Money, ZERO } from "../money";
import { Tally } from "../tally";
import type { DailyTallies } from "./daily";

export { DailyTallies } from "./daily";
import type { EjInfo } from "./ej-info";

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
  /** Engaged / paid to date, then plus the forecasts of the months after the reporting date. */
  readonly projectedAE: Money;
  readonly projectedCP: Money;
}

export const UNSPECIFIED = "(non renseigné)";

function group(ejs: ReadonlyMap<string, EjInfo>, pick: (ej: EjInfo) => string): Breakdown[] {
  const groups = new Map<string, { count: number; engaged: Tally; paid: Tally }>();
  // forEach, not for…of over values(): no iterator result built for each of 100 000 EJs.
  ejs.forEach((ej) => {
    if (ej.centreFinancier === null) return;
    const key = pick(ej).trim() || UNSPECIFIED;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { count: 0, engaged: new Tally(), paid: new Tally() }));
    g.count++;
    g.engaged.add(ej.engaged);
    g.paid.add(ej.paid);
  });
  return [...groups.entries()]
    .map(([key, g]) => ({
      key,
      ejCount: g.count,
      engagedAE: g.engaged.value(),
      paidCP: g.paid.value(),
    }))
    .sort((a, b) => b.engagedAE.comparedTo(a.engagedAE) || a.key.localeCompare(b.key, "fr"));
}

/** Engaged and paid by prestation and by supplier, over the EJ that count in the totals. */
export function breakdowns(ejs: ReadonlyMap<string, EjInfo>) {
  return {
    byPrestation: group(ejs, (e) => e.prestation),
    bySupplier: group(ejs, (e) => e.fournisseur),
  };
}

export function nextMonth(m: string): string {
  const y = Number(m.slice(0, 4));
  const mo = Number(m.slice(5, 7));
  return mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, "0")}`;
}

/** Engaged and paid per date, collected while reconciling (one pass over the ledgers). */
function byMonth(byDate: Map<string, Tally>): Map<string, Tally> {
  const out = new Map<string, Tally>();
  for (const [date, t] of byDate) {
    const k = monthOf(date);
    const acc = out.get(k);
    if (acc) acc.addTally(t);
    else out.set(k, t.copy());
  }
  return out;
}

/** Past this many months between the first and the last, only the months holding something are shown. */
const MAX_CONTINUOUS_MONTHS = 240;

/**
 * The months of the table: every month from the first that holds something (or the start) to the
 * last that does, plus the end month when it falls in a year the convention funds. Never a
 * month-by-month walk to a far end date (31/12/9999): the table stays bounded by the data.
 */
function monthsToShow(
  sources: Iterable<string>[],
  data: ConventionData,
  info: ConventionInfo
): string[] {
  const held = new Set<string>();
  for (const keys of sources) for (const k of keys) held.add(k);
  const funded = new Set(data.ceilings.map((c) => c.year));
  if (info.start) held.add(monthOf(info.start));
  if (info.end && funded.has(Number(info.end.slice(0, 4)))) held.add(monthOf(info.end));
  const sorted = [...held].sort();
  if (sorted.length === 0) return sorted;
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  const span =
    (Number(last.slice(0, 4)) - Number(first.slice(0, 4))) * 12 +
    Number(last.slice(5, 7)) -
    Number(first.slice(5, 7));
  if (span > MAX_CONTINUOUS_MONTHS) return sorted;
  const out: string[] = [];
  for (let m = first; m <= last; m = nextMonth(m)) out.push(m);
  return out;
}

/** Month by month, cumulative AE and CP with the forecasts of `Prévisions` (dated lines only). */
export function monthly(
  data: ConventionData,
  daily: DailyTallies,
  info: ConventionInfo,
  asOf: IsoDate
): MonthRow[] {
  const ae = byMonth(daily.engaged);
  const cp = byMonth(daily.paid);
  const fae = new Map<string, Money>();
  const fcp = new Map<string, Money>();
  const counted = new Set(data.ceilings.map((c) => c.centreFinancier));
  for (const f of data.forecasts) {
    if (!counted.has(f.centreFinancier)) continue;
    fae.set(f.month, (fae.get(f.month) ?? ZERO).plus(f.ae));
    fcp.set(f.month, (fcp.get(f.month) ?? ZERO).plus(f.cp));
  }
  const months = monthsToShow([ae.keys(), cp.keys(), fae.keys()], data, info);
  if (months.length === 0) return [];
  const asOfMonth = monthOf(asOf);
  const rows: MonthRow[] = [];
  let cumAE = ZERO;
  let cumCP = ZERO;
  let projAE = ZERO;
  let projCP = ZERO;
  for (const m of months) {
    const engaged = ae.get(m)?.value() ?? ZERO;
    const paid = cp.get(m)?.value() ?? ZERO;
    const forecastAE = fae.get(m) ?? ZERO;
    const forecastCP = fcp.get(m) ?? ZERO;
    cumAE = cumAE.plus(engaged);
    cumCP = cumCP.plus(paid);
    const future = m > asOfMonth;
    projAE = projAE.plus(engaged).plus(future ? forecastAE : ZERO);
    projCP = projCP.plus(paid).plus(future ? forecastCP : ZERO);
    rows.push({
      month: m,
      engagedAE: engaged,
      paidCP: paid,
      cumulativeAE: cumAE,
      cumulativeCP: cumCP,
      forecastAE,
      forecastCP,
      projectedAE: projAE,
      projectedCP: projCP,
    });
  }
  return rows;
}
