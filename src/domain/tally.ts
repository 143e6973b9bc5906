import { formatAmount, money, Money, ZERO } from "./money";

/**
 * Ledger amounts and their sums, exact and fast. Almost every amount has at most two decimals:
 * it is kept as integer cents in a number (exact below 2^53). Anything else (0.001 €, 1e15 €)
 * stays a decimal Money. A ledger of 400 000 lines then sums without creating 400 000 decimals.
 */
export type Amount = number | Money;

/** Below 10^15 cents a double's 15-significant-digit reading is exactly cents / 100. */
const FAST_LIMIT = 1e15;

/** The cents of an Excel number cell, when exact; null when the slow path must decide. */
export function centsOfNumber(n: number): number | null {
  if (!Number.isFinite(n) || Math.abs(n) >= FAST_LIMIT / 100) return null;
  const cents = Math.round(n * 100);
  return cents / 100 === n ? (cents === 0 ? 0 : cents) : null;
}

export function amountOf(m: Money): Amount {
  const c = m.times(100);
  return c.isInteger() && c.abs().lt(FAST_LIMIT) ? c.toNumber() || 0 : m;
}

export function toMoney(a: Amount): Money {
  return typeof a === "number" ? (a === 0 ? ZERO : money(a).dividedBy(100)) : a;
}

/** a + b, exactly, in cents when both are cents. */
export function plusAmount(a: Amount, b: Amount): Amount {
  if (typeof a === "number" && typeof b === "number") {
    const s = a + b;
    if (Math.abs(s) <= Number.MAX_SAFE_INTEGER) return s === 0 ? 0 : s;
  }
  return amountOf(toMoney(a).plus(toMoney(b)));
}

/** a − b, exactly, in cents when both are cents. */
export function minusAmount(a: Amount, b: Amount): Amount {
  if (typeof a === "number" && typeof b === "number") {
    const d = a - b;
    if (Math.abs(d) <= Number.MAX_SAFE_INTEGER) return d === 0 ? 0 : d;
  }
  return amountOf(toMoney(a).minus(toMoney(b)));
}

/** a > b, exactly: compared as cents while both are. */
export function gtAmount(a: Amount, b: Amount): boolean {
  return typeof a === "number" && typeof b === "number" ? a > b : toMoney(a).gt(toMoney(b));
}

/** a = b, exactly: compared as cents while both are. */
export const eqAmount = (a: Amount, b: Amount): boolean =>
  typeof a === "number" && typeof b === "number" ? a === b : toMoney(a).eq(toMoney(b));

export const isZeroAmount = (a: Amount): boolean => (typeof a === "number" ? a === 0 : a.isZero());

/** ".00" to ".99": an amount's string is then two concatenations, not five (300 000 of an open EJ list). */
const CENTS_TEXT = Array.from({ length: 100 }, (_, c) => `.${c < 10 ? "0" : ""}${c}`);

/** The contract's amount string ("1234.50") of an Amount, without a decimal for whole cents. */
export function formatAmountOf(a: Amount): string {
  if (typeof a !== "number") return formatAmount(a);
  const abs = Math.abs(a);
  const cents = abs % 100;
  const text = String((abs - cents) / 100) + CENTS_TEXT[cents];
  return a < 0 ? "-" + text : text;
}

export class Tally {
  private cents = 0;
  private big: Money | null = null;

  add(a: Amount): this {
    if (typeof a === "number" && this.big === null) {
      const next = this.cents + a;
      if (Math.abs(next) <= Number.MAX_SAFE_INTEGER) {
        this.cents = next;
        return this;
      }
    }
    this.big = (this.big ?? toMoney(this.cents)).plus(toMoney(a));
    return this;
  }

  addTally(t: Tally): this {
    return t.big === null ? this.add(t.cents) : this.add(t.big);
  }

  /** The sum as an Amount: integer cents when exact, else a Money (no decimal built when not needed). */
  amount(): Amount {
    return this.big === null ? this.cents : this.value();
  }

  value(): Money {
    const v = this.big ?? toMoney(this.cents);
    return v.isZero() ? ZERO : v;
  }

  /** this > other, exactly. */
  gt(other: Tally): boolean {
    if (this.big === null && other.big === null) return this.cents > other.cents;
    return this.value().gt(other.value());
  }

  copy(): Tally {
    const t = new Tally();
    t.cents = this.cents;
    t.big = this.big;
    return t;
  }
}
