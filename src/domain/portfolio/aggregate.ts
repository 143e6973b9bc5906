/**
 * The portfolio's figures, from each convention's summary (the contract's decimal strings): rows
 * per convention × UO × year, totals per délégant and per year, the deadlines ahead. Sums are
 * exact (decimal Money), never floats; rates are recomputed from the summed amounts.
 */
import { formatAmount, formatRate, money, rate, sum, type Money } from "../money";
import type { IsoDate } from "../date";
import type { Summary } from "../summary";

/** The amounts summed over rows; rates follow from them. */
export const SUMMED = [
  "ceilingAE",
  "ceilingCP",
  "engagedAE",
  "paidCP",
  "availableAE",
  "availableCP",
  "outstanding",
  "lapsedAE",
  "lapsedCP",
] as const;
export type SummedKey = (typeof SUMMED)[number];
export type Amounts = Readonly<Record<SummedKey, string>> & {
  readonly engagementRate: string | null;
  readonly cpConsumptionRate: string | null;
};

type Line = Summary["lines"][number];

/**
 * A line's amount; `lapsedAE` / `lapsedCP` come with the reconciliation over time and read "0.00"
 * from a summary that has none yet.
 */
export function lineAmount(line: Line | Summary["total"], key: SummedKey): string {
  const value = (line as Record<string, unknown>)[key];
  return typeof value === "string" ? value : "0.00";
}

export function totalOf(lines: readonly (Line | Summary["total"])[]): Amounts {
  const out: Record<string, string | null> = {};
  const sums: Partial<Record<SummedKey, Money>> = {};
  for (const key of SUMMED) {
    sums[key] = sum(lines.map((l) => money(lineAmount(l, key))));
    out[key] = formatAmount(sums[key]!);
  }
  out.engagementRate = formatRate(rate(sums.engagedAE!, sums.ceilingAE!));
  out.cpConsumptionRate = formatRate(rate(sums.paidCP!, sums.ceilingCP!));
  return out as Amounts;
}

export interface Group {
  readonly key: string;
  readonly conventions: number;
  readonly amounts: Amounts;
}

/** Lines grouped by a key (the délégant, the year), in the key's order. */
export function groupTotals(
  summaries: readonly Summary[],
  keyOf: (s: Summary, l: Line) => string
): Group[] {
  const groups = new Map<string, { lines: Line[]; refs: Set<number> }>();
  summaries.forEach((s, n) => {
    for (const l of s.lines) {
      const key = keyOf(s, l);
      const g = groups.get(key) ?? { lines: [], refs: new Set<number>() };
      g.lines.push(l);
      g.refs.add(n);
      groups.set(key, g);
    }
  });
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b, "fr"))
    .map(([key, g]) => ({ key, conventions: g.refs.size, amounts: totalOf(g.lines) }));
}

export const NO_DELEGANT = "(délégant non renseigné)";

export interface PortfolioTotals {
  readonly byDelegant: readonly Group[];
  readonly byYear: readonly Group[];
  readonly total: Amounts;
}

/**
 * A convention's own total already follows the contract (available over its open years only,
 * restes à payer at the date, never summed across years): totals over conventions add those up.
 * A year's total adds the lines of that year.
 */
function byDelegant(summaries: readonly Summary[]): Group[] {
  const groups = new Map<string, Summary[]>();
  for (const s of summaries) {
    const key = s.convention.delegant ?? NO_DELEGANT;
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b, "fr"))
    .map(([key, list]) => ({
      key,
      conventions: list.length,
      amounts: totalOf(list.map((s) => s.total)),
    }));
}

export function portfolioTotals(summaries: readonly Summary[]): PortfolioTotals {
  return {
    byDelegant: byDelegant(summaries),
    byYear: groupTotals(summaries, (_, l) => String(l.year)),
    total: totalOf(summaries.map((s) => s.total)),
  };
}

/** ISO date plus (or minus) whole months, the day kept or clamped to the month's last day. */
export function addMonths(iso: IsoDate, months: number): IsoDate {
  const [y, m, d] = iso.split("-").map(Number);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const pad = (n: number, w: number) => String(n).padStart(w, "0");
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(Math.min(d, last), 2)}`;
}

/** How far ahead the portfolio looks for ends and notice dates. */
export const DEADLINE_MONTHS = 3;

export interface Deadline {
  readonly convention: number;
  readonly kind: "end" | "notice";
  readonly date: IsoDate;
}

/**
 * The conventions whose end, or notice date (end − préavis: the last day to announce a renewal or
 * a termination), falls after `asOf` and no later than three months after it.
 */
export function deadlines(summaries: readonly Summary[], asOf: IsoDate): Deadline[] {
  const limit = addMonths(asOf, DEADLINE_MONTHS);
  const out: Deadline[] = [];
  summaries.forEach((s, n) => {
    const end = s.convention.end;
    if (end === null) return;
    const notice = addMonths(end, -s.convention.noticeMonths);
    if (notice !== end && notice > asOf && notice <= limit)
      out.push({ convention: n, kind: "notice", date: notice });
    if (end > asOf && end <= limit) out.push({ convention: n, kind: "end", date: end });
  });
  return out.sort((a, b) => a.date.localeCompare(b.date) || a.convention - b.convention);
}

/** Error codes by seriousness, most serious first (money out of bounds, then figures that differ). */
const SERIOUS = [
  "AE_CEILING_EXCEEDED",
  "CP_CEILING_EXCEEDED",
  "CP_ABOVE_AVAILABLE",
  "CP_EXCEEDS_EJ",
  "CHORUS_MISMATCH",
  "UO_WITHOUT_CEILING",
  "IMPUTATION_NOT_AUTHORISED",
  "TITRE_2",
  "EJ_UNKNOWN",
];

/** The anomaly to show first: an error before a warning, then by the order above, then in order. */
export function mostSerious(issues: Summary["issues"]): Summary["issues"][number] | null {
  const rank = (i: Summary["issues"][number]) => {
    const k = SERIOUS.indexOf(i.code);
    return (i.severity === "error" ? 0 : 1000) + (k < 0 ? SERIOUS.length : k);
  };
  let best: Summary["issues"][number] | null = null;
  for (const i of issues) if (best === null || rank(i) < rank(best)) best = i;
  return best;
}
