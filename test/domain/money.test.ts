import fc from "fast-check";
import Decimal from "decimal.js";
import {
  compare,
  formatAmount,
  formatEuroFr,
  formatPercentFr,
  formatRate,
  gt,
  isNegative,
  isZero,
  money,
  rate,
  sum,
  ZERO,
} from "../../src/domain/money";
import { parseAmount } from "../../src/domain/amount";

const NNBSP = "\u202f";
const NBSP = "\u00a0";

describe("money", () => {
  it("is exact where binary floating point is not", () => {
    expect(formatAmount(money("0.1").plus(money("0.2")))).toBe("0.30");
    expect(money("0.1").plus(money("0.2")).eq(money("0.3"))).toBe(true);
    expect(sum([money("10700640"), money("-9650196")]).toString()).toBe("1050444");
  });

  it("reads numbers through their shortest representation and refuses non-finite values", () => {
    expect(money(0.1).toString()).toBe("0.1");
    expect(money(22500.12).toString()).toBe("22500.12");
    expect(() => money(Number.NaN)).toThrow(RangeError);
    expect(() => money("Infinity")).toThrow(RangeError);
    expect(() => money("abc")).toThrow();
  });

  it("ignores the global Decimal configuration", () => {
    const saved = { precision: Decimal.precision, rounding: Decimal.rounding };
    Decimal.set({ precision: 2, rounding: Decimal.ROUND_DOWN });
    try {
      expect(formatAmount(money("12615940.52").plus(money("0.005")))).toBe("12615940.53");
      expect(formatRate(rate(money("9650196"), money("10700640")))).toBe("0.9018");
    } finally {
      Decimal.set(saved);
    }
  });

  it("formats amounts with exactly two decimals, half away from zero, never -0.00", () => {
    expect(formatAmount(money("220000"))).toBe("220000.00");
    expect(formatAmount(money("-1234.5"))).toBe("-1234.50");
    expect(formatAmount(money("0.005"))).toBe("0.01");
    expect(formatAmount(money("-0.005"))).toBe("-0.01");
    expect(formatAmount(money("-0.004"))).toBe("0.00");
    expect(formatAmount(money("-0"))).toBe("0.00");
    expect(formatAmount(ZERO)).toBe("0.00");
    expect(formatAmount(money("1e15"))).toBe("1000000000000000.00");
  });

  it("computes rates, null when the whole is zero (budget.gouv.fr 2020, programme 352)", () => {
    expect(formatRate(rate(money("9650196"), money("10700640")))).toBe("0.9018");
    expect(formatRate(rate(money("6218754"), money("12959155")))).toBe("0.4799");
    expect(rate(money("5"), ZERO)).toBeNull();
    expect(formatRate(null)).toBeNull();
    expect(formatRate(rate(ZERO, money("100")))).toBe("0.0000");
    expect(formatRate(rate(money("-0.00001"), money("1")))).toBe("0.0000");
  });

  it("formats euros the French way, as Excel's fr-FR format does", () => {
    expect(formatEuroFr(money("220000"))).toBe(`220${NNBSP}000,00${NBSP}€`);
    expect(formatEuroFr(money("-1234.5"))).toBe(`-1${NNBSP}234,50${NBSP}€`);
    expect(formatEuroFr(money("12615940.52"))).toBe(`12${NNBSP}615${NNBSP}940,52${NBSP}€`);
    expect(formatEuroFr(money("999"))).toBe(`999,00${NBSP}€`);
    expect(formatEuroFr(money("-0.001"))).toBe(`0,00${NBSP}€`);
  });

  it("formats percentages the French way", () => {
    expect(formatPercentFr(rate(money("9650196"), money("10700640"))!)).toBe(`90,18${NBSP}%`);
    expect(formatPercentFr(money("0.5"))).toBe(`50,00${NBSP}%`);
    expect(formatPercentFr(money("12.345"))).toBe(`1${NNBSP}234,50${NBSP}%`);
  });

  it("compares", () => {
    expect(compare(money("1"), money("2"))).toBe(-1);
    expect(compare(money("2.00"), money("2"))).toBe(0);
    expect(compare(money("3"), money("2"))).toBe(1);
    expect(gt(money("220000.01"), money("220000"))).toBe(true);
    expect(gt(money("220000"), money("220000"))).toBe(false);
    expect(isZero(money("0.00"))).toBe(true);
    expect(isNegative(money("-0.01"))).toBe(true);
    expect(isNegative(money("-0"))).toBe(false);
    expect(isNegative(ZERO)).toBe(false);
  });

  const cents = fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n });
  const centsToMoney = (c: bigint) => money(c.toString()).dividedBy(100);

  it("round-trips French display through parseAmount for any amount in cents", () => {
    fc.assert(
      fc.property(cents, (c) => {
        const m = centsToMoney(c);
        const parsed = parseAmount(formatEuroFr(m));
        expect(parsed.ok && formatAmount(parsed.value)).toBe(formatAmount(m));
      })
    );
  });

  it("sums independently of order", () => {
    const amounts = fc.array(
      fc
        .tuple(fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n }), fc.integer({ min: 0, max: 6 }))
        .map(([n, scale]) => money(n.toString()).dividedBy(10 ** scale)),
      { maxLength: 40 }
    );
    fc.assert(
      fc.property(
        amounts.chain((a) =>
          fc.tuple(
            fc.constant(a),
            fc.shuffledSubarray(a, { minLength: a.length, maxLength: a.length })
          )
        ),
        ([a, shuffled]) => {
          expect(sum(shuffled).eq(sum(a))).toBe(true);
          expect(sum([...a].reverse()).eq(sum(a))).toBe(true);
        }
      )
    );
  });
});
