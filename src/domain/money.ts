/**
 * Exact money: decimal euros, never binary floating point in sums (domain.md, "Money is exact").
 * A private Decimal clone keeps precision and rounding fixed whatever else calls `Decimal.set`.
 */
import Decimal from "decimal.js";

const D = Decimal.clone({
  precision: 40,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -40,
  toExpPos: 40,
});

export type Money = Decimal;

export const ZERO: Money = new D(0);

/** U+202F NARROW NO-BREAK SPACE: Excel fr-FR's thousands separator. */
export const THOUSANDS_SEP_FR = "\u202f";
/** U+00A0 NO-BREAK SPACE: before "€" and "%" in French. */
export const NBSP = "\u00a0";

/**
 * A Money from a decimal string ("1234.56", "-0.5") or a number (read through its shortest
 * JS representation, so 0.1 is 0.1). Throws on anything that is not a finite number: this is
 * for trusted values; cells go through `parseAmount`.
 */
export function money(x: string | number): Money {
  const m = new D(x);
  if (!m.isFinite()) throw new RangeError(`not a finite amount: ${String(x)}`);
  // No negative zero: it would print as "-0.00".
  return m.isZero() ? ZERO : m;
}

export function sum(values: Iterable<Money>): Money {
  let total: Money = ZERO;
  for (const v of values) total = total.plus(v);
  return total.isZero() ? ZERO : total;
}

export function compare(a: Money, b: Money): -1 | 0 | 1 {
  return a.comparedTo(b) as -1 | 0 | 1;
}

export function isZero(m: Money): boolean {
  return m.isZero();
}

export function isNegative(m: Money): boolean {
  return m.isNegative() && !m.isZero();
}

export function gt(a: Money, b: Money): boolean {
  return a.greaterThan(b);
}

/** Fixed decimals, half away from zero, without a "-0.00" for tiny negatives. */
function fixed(m: Money, places: number): string {
  const s = new D(m).toFixed(places, Decimal.ROUND_HALF_UP);
  return /^-0\.?0*$/.test(s) ? s.slice(1) : s;
}

/** The contract's amount string: exactly two decimals ("220000.00", "-1234.50"). */
export function formatAmount(m: Money): string {
  return fixed(m, 2);
}

/** part / whole, or null when the whole is zero (a rate of nothing is not 0 %). */
export function rate(part: Money, whole: Money): Money | null {
  if (whole.isZero()) return null;
  return new D(part).dividedBy(whole);
}

/** The contract's rate string: four decimals ("0.9018"). */
export function formatRate(r: Money | null): string | null {
  return r === null ? null : fixed(r, 4);
}

/** "1234567.89" → "1 234 567,89" with U+202F between thousands. */
function frenchNumber(fixedString: string): string {
  const negative = fixedString.startsWith("-");
  const [int, frac] = (negative ? fixedString.slice(1) : fixedString).split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, THOUSANDS_SEP_FR);
  return (negative ? "-" : "") + grouped + (frac === undefined ? "" : "," + frac);
}

/** French display as Excel's fr-FR currency format shows it: "220 000,00 €". */
export function formatEuroFr(m: Money): string {
  return frenchNumber(formatAmount(m)) + NBSP + "€";
}

/** French display of a rate given as a fraction: 0.9018 → "90,18 %". */
export function formatPercentFr(r: Money): string {
  return frenchNumber(fixed(new D(r).times(100), 2)) + NBSP + "%";
}
