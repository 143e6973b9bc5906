import fc from "fast-check";
import type { CellValue } from "../../src/grid";
import { summarize } from "../../src/domain/summary";
import { money } from "../../src/domain/money";
import { caminoSheets, EJ_0113, run } from "../helpers/book";

const UOS = [
  { cf: "0113-PEBC-ELAB", df: "0113-07-16", act: "011301MB0601" },
  { cf: "0181-CPRI-ELAB", df: "0181-11-03", act: "018111AM0303" },
];

const ejRow = fc.record({
  ej: fc.integer({ min: 0, max: 30 }),
  uo: fc.integer({ min: 0, max: 1 }),
  day: fc.integer({ min: 43922, max: 44195 }),
  cents: fc.integer({ min: -500_000, max: 5_000_000 }),
  prestation: fc.constantFrom("Devops", "Design", "Déploiement", "Coaching"),
});
const dpRow = fc.record({
  ej: fc.integer({ min: 0, max: 35 }),
  day: fc.integer({ min: 43922, max: 44195 }),
  cents: fc.integer({ min: 1, max: 2_000_000 }),
});

type EjRow = { ej: number; uo: number; day: number; cents: number; prestation: string };
type DpRow = { ej: number; day: number; cents: number };

const toEj = (r: EjRow): CellValue[] => {
  const u = UOS[r.uo];
  return EJ_0113(String(2103100000 + r.ej), r.day, r.cents / 100, {
    cf: u.cf,
    df: u.df,
    act: u.act,
    prestation: r.prestation,
  });
};
const toDp = (r: DpRow, i: number): CellValue[] => [
  String(100000000 + i),
  r.day,
  String(2103100000 + r.ej),
  r.cents / 100,
];

function summaryOf(ejs: EjRow[], dps: DpRow[]) {
  const a = run(caminoSheets(ejs.map(toEj), dps.map(toDp)));
  return summarize(a.reconciliation, a.issues);
}

describe("invariants of domain.md", () => {
  test("available + engaged = ceiling, available CP + paid = ceiling CP, restes à payer = engaged − paid", () => {
    fc.assert(
      fc.property(
        fc.array(ejRow, { maxLength: 40 }),
        fc.array(dpRow, { maxLength: 40 }),
        (ejs, dps) => {
          const s = summaryOf(ejs, dps);
          for (const f of [...s.lines, s.total]) {
            expect(money(f.availableAE).plus(f.engagedAE).eq(f.ceilingAE)).toBe(true);
            // Changed (issue 11): available CP are also less the à rétablir CP not yet received.
            expect(
              money(f.availableCP).plus(f.paidCP).plus(f.awaitedReestablishment).eq(f.ceilingCP)
            ).toBe(true);
            // Restes à payer per EJ: one year, every payment on a known EJ, so AE − CP still.
            expect(money(f.engagedAE).minus(f.paidCP).eq(f.outstanding)).toBe(true);
          }
        }
      ),
      { numRuns: 60 }
    );
  });

  test("engaged AE is the exact sum of the lines, in integer cents", () => {
    fc.assert(
      fc.property(fc.array(ejRow, { maxLength: 60 }), (ejs) => {
        const s = summaryOf(ejs, []);
        const cents = ejs.reduce((t, r) => t + BigInt(r.cents), 0n);
        expect(money(s.total.engagedAE).times(100).toFixed(0)).toBe(cents.toString());
      }),
      { numRuns: 60 }
    );
  });

  test("the order of rows never changes a figure", () => {
    fc.assert(
      fc.property(
        fc
          .array(ejRow, { maxLength: 40 })
          .chain((ejs) =>
            fc.tuple(
              fc.constant(ejs),
              fc.shuffledSubarray(ejs, { minLength: ejs.length, maxLength: ejs.length })
            )
          ),
        fc.array(dpRow, { maxLength: 30 }),
        ([ejs, shuffled], dps) => {
          const a = summaryOf(ejs, dps);
          const b = summaryOf(shuffled, [...dps].reverse());
          expect(b.lines).toEqual(a.lines);
          expect(b.total).toEqual(a.total);
        }
      ),
      { numRuns: 60 }
    );
  });

  test("splitting a line in two keeps every total", () => {
    fc.assert(
      fc.property(
        fc.array(ejRow, { minLength: 1, maxLength: 30 }),
        fc.nat(),
        fc.integer({ min: -1_000_000, max: 1_000_000 }),
        (ejs, pick, part) => {
          const i = pick % ejs.length;
          const split = [
            ...ejs.slice(0, i),
            { ...ejs[i], cents: part },
            { ...ejs[i], cents: ejs[i].cents - part },
            ...ejs.slice(i + 1),
          ];
          const a = summaryOf(ejs, []);
          const b = summaryOf(split, []);
          expect(b.lines).toEqual(a.lines);
          expect(b.total).toEqual(a.total);
        }
      ),
      { numRuns: 60 }
    );
  });
});
