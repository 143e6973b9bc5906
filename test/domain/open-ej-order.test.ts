/** The open EJs' order (centre financier, year, EJ as text) kept by the faster sort. */
import fc from "fast-check";
import { sortByCfYearEj } from "../../src/domain/reconcile/ej-lifecycle";
import type { OpenEj } from "../../src/domain/reconcile";

const reference = (a: OpenEj, b: OpenEj) =>
  a.centreFinancier !== b.centreFinancier
    ? a.centreFinancier < b.centreFinancier
      ? -1
      : 1
    : a.year - b.year || (a.ej < b.ej ? -1 : a.ej > b.ej ? 1 : 0);

const openEj = fc.record({
  ej: fc.oneof(
    fc.integer({ min: 0, max: 9_999_999_999 }).map((n) => String(n).padStart(10, "0")),
    fc.constantFrom("2103100001", "2103100010", "21031", "ABC", "", "99999999999"),
    fc.string({ maxLength: 11 })
  ),
  centreFinancier: fc.constantFrom("0113-PEBC-ELAB", "0181-CPRI-ELAB", "0113-BENC-U010", ""),
  year: fc.integer({ min: 2019, max: 2022 }),
  fournisseur: fc.constant("F"),
  engagedAE: fc.constant(100),
  paidCP: fc.constant(0),
  outstanding: fc.constant(100),
});

test("open EJs sorted by centre financier, year and EJ (as text), whatever their numbers", () => {
  fc.assert(
    fc.property(fc.array(openEj, { maxLength: 80 }), (list) => {
      const expected = [...list].sort(reference);
      expect(sortByCfYearEj([...list])).toEqual(expected);
    }),
    { numRuns: 500 }
  );
});
