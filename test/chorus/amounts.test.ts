/**
 * Chorus amounts are read by hand (plainCents) where a regular expression read them: the same
 * cents for every text it accepted, null (the slow reader decides) for every text it refused.
 */
import fc from "fast-check";
import { plainCents, readAmount } from "../../src/domain/chorus/values";
import { textOf } from "../helpers/arbitraries";

const PLAIN = /^(-?)(\d{1,13})(?:[.,](\d{1,2}))?$/;
function reference(s: string): number | null {
  const m = PLAIN.exec(s);
  if (!m) return null;
  const frac = m[3] === undefined ? 0 : m[3].length === 1 ? Number(m[3]) * 10 : Number(m[3]);
  const cents = Number(m[2]) * 100 + frac;
  return m[1] && cents !== 0 ? -cents : cents;
}

test("plain amounts: the cents the regular expression read, and nothing it refused", () => {
  const text = textOf(["0", "1", "9", "5", "-", ",", ".", " ", "e", "#", "\u00a0", "٣"], 18);
  fc.assert(
    fc.property(fc.oneof(text, fc.string({ maxLength: 16 })), (s) => {
      expect(plainCents(s)).toBe(reference(s));
    }),
    { numRuns: 5000 }
  );
  expect(plainCents("9999999999999,99")).toBe(999999999999999);
  expect(plainCents("99999999999999")).toBeNull(); // 14 digits: the decimal reader's
  expect(plainCents("-0,0")).toBe(0);
});

test("Chorus amounts in French, with spaces and signs, still read to the cent", () => {
  expect(readAmount("22500,12")).toEqual({ ok: true, amount: 2250012 });
  expect(readAmount("138 936 678,56")).toEqual({ ok: true, amount: 13893667856 });
  expect(readAmount("-12,5")).toEqual({ ok: true, amount: -1250 });
  expect(readAmount("#")).toEqual({ ok: true, amount: null });
});
