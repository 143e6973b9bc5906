import { formatAmountOf, minusAmount, isZeroAmount } from "../../src/domain/tally";
import fc from "fast-check";
import { formatAmount, money } from "../../src/domain/money";

describe("amounts in cents formatted without decimals (open EJ lists of 100 000 lines)", () => {
  test("the contract's two-decimal strings, negatives and zero included", () => {
    expect([0, 5, -5, 100, 123456, -123456, 9007199254740991].map(formatAmountOf)).toEqual([
      "0.00",
      "0.05",
      "-0.05",
      "1.00",
      "1234.56",
      "-1234.56",
      "90071992547409.91",
    ]);
    expect(formatAmountOf(money("0.005"))).toBe("0.01");
  });
  test("cents formatted by hand read as the decimal formatting of the same amount", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: -100_000, max: 100_000 }), fc.maxSafeInteger()),
        (cents) => {
          expect(formatAmountOf(cents)).toBe(formatAmount(money(cents).dividedBy(100)));
        }
      ),
      { numRuns: 5000 }
    );
  });
  test("a − b exactly, in cents when both are", () => {
    expect(minusAmount(1000, 250)).toBe(750);
    expect(isZeroAmount(minusAmount(5, 5))).toBe(true);
    expect(formatAmountOf(minusAmount(money("0.001"), 1))).toBe("-0.01");
  });
});
