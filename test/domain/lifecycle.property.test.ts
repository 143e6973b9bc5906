import fc from "fast-check";
import { excelSerialToIso } from "../../src/domain/date";
import { money, sum } from "../../src/domain/money";
import type { Summary } from "../../src/domain/summary";
import { Book, CF113, CF181, Dp, Ej, report } from "./lifecycle-helpers";

/** Ledgers over 2020 and 2021 on two UOs funded both years (Excel serials 43922 = 01/04/2020). */
const CFS = [CF113, CF181];
const ejRow = fc.record({
  ej: fc.integer({ min: 0, max: 12 }),
  uo: fc.integer({ min: 0, max: 1 }),
  day: fc.integer({ min: 43922, max: 44550 }),
  cents: fc.integer({ min: -200_000, max: 3_000_000 }),
});
const dpRow = fc.record({
  ej: fc.integer({ min: 0, max: 14 }),
  day: fc.integer({ min: 43922, max: 44550 }),
  cents: fc.integer({ min: 1, max: 1_000_000 }),
});
type EjR = { ej: number; uo: number; day: number; cents: number };
type DpR = { ej: number; day: number; cents: number };
const iso = (day: number) => excelSerialToIso(day);
const fr = (d: string) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;
const ejNo = (n: number) => String(2103100000 + n);
const toEj = (r: EjR): Ej => [ejNo(r.ej), fr(iso(r.day)), CFS[r.uo], r.cents / 100];
const toDp = (r: DpR, i: number): Dp => [
  String(100000000 + i),
  fr(iso(r.day)),
  ejNo(r.ej),
  r.cents / 100,
];
const ceilings: Book["ceilings"] = [
  [CF113, 2020, 200000, 200000],
  [CF113, 2021, 100000, 100000],
  [CF181, 2020, 50000, 50000],
  [CF181, 2021, 50000, 50000],
];
const book = (ejs: EjR[], dps: DpR[]): Book => ({
  ceilings,
  ejs: ejs.map(toEj),
  dps: dps.map(toDp),
});
const figures = (s: Summary) => ({ lines: s.lines, years: s.years, total: s.total });
const asOfDay = fc.integer({ min: 43922, max: 44560 });

describe("properties of time and the EJ lifecycle", () => {
  test("lines dated after d never change the figures at d", () => {
    fc.assert(
      fc.property(
        fc.array(ejRow, { maxLength: 25 }),
        fc.array(dpRow, { maxLength: 25 }),
        asOfDay,
        (ejs, dps, d) => {
          const asOf = iso(d);
          const all = report(book(ejs, dps), asOf);
          // Payments keep their DP numbers (their index) so that only the dates differ.
          const keptDps = book(ejs, dps).dps!.filter((_, i) => dps[i].day <= d);
          const cut = report(
            {
              ...book(
                ejs.filter((e) => e.day <= d),
                []
              ),
              dps: keptDps,
            },
            asOf
          );
          expect(figures(all)).toEqual(figures(cut));
          expect(all.later.engagements + all.later.payments).toBe(
            ejs.filter((e) => e.day > d).length + dps.filter((p) => p.day > d).length
          );
        }
      ),
      { numRuns: 50 }
    );
  });

  test("restes à payer at d equal the sum over EJs of AE − CP up to d", () => {
    fc.assert(
      fc.property(
        fc.array(ejRow, { maxLength: 25 }),
        fc.array(dpRow, { maxLength: 25 }),
        asOfDay,
        (ejs, dps, d) => {
          const s = report(book(ejs, dps), iso(d));
          const known = new Set(ejs.filter((e) => e.day <= d).map((e) => e.ej));
          const ae = ejs.filter((e) => e.day <= d).reduce((t, e) => t + e.cents, 0);
          const cp = dps
            .filter((p) => p.day <= d && known.has(p.ej))
            .reduce((t, p) => t + p.cents, 0);
          expect(money(s.total.outstanding).eq(money(ae - cp).dividedBy(100))).toBe(true);
        }
      ),
      { numRuns: 50 }
    );
  });

  test("the order of rows changes nothing", () => {
    fc.assert(
      fc.property(
        fc.array(ejRow, { maxLength: 25 }),
        fc.array(dpRow, { maxLength: 25 }),
        asOfDay,
        fc.integer(),
        (ejs, dps, d, seed) => {
          const b = book(ejs, dps);
          const shuffle = <T>(xs: readonly T[]) =>
            xs
              .map((x, i) => ({ x, k: Math.sin(seed + i) }))
              .sort((a, c) => a.k - c.k)
              .map((o) => o.x);
          const s = report({ ...b, ejs: shuffle(b.ejs!), dps: shuffle(b.dps!) }, iso(d));
          expect(figures(s)).toEqual(figures(report(b, iso(d))));
        }
      ),
      { numRuns: 40 }
    );
  });

  test("a ledger split across years keeps its totals", () => {
    fc.assert(
      fc.property(
        fc.array(ejRow, { maxLength: 20 }),
        fc.array(dpRow, { maxLength: 20 }),
        fc.integer({ min: 1, max: 99 }),
        (ejs, dps, pct) => {
          const whole = report(book(ejs, dps), "2021-12-31");
          // Every EJ line split in two: part on its date, the rest on the same EJ a year later.
          const split: EjR[] = ejs.flatMap((e) => {
            const first = Math.trunc((e.cents * pct) / 100);
            return [
              { ...e, cents: first },
              { ...e, day: Math.min(e.day + 365, 44560), cents: e.cents - first },
            ];
          });
          const s = report(book(split, dps), "2021-12-31");
          // A negative part moved to the next year becomes a prior-year retrait: AE are the same in all.
          expect(
            money(s.total.engagedAE)
              .plus(s.total.priorYearWithdrawals)
              .eq(money(whole.total.engagedAE).plus(whole.total.priorYearWithdrawals))
          ).toBe(true);
          expect(s.total.outstanding).toBe(whole.total.outstanding);
          expect(s.total.paidCP).toBe(whole.total.paidCP);
          for (const f of [
            "ceilingAE",
            "engagedAE",
            "paidCP",
            "lapsedAE",
            "lapsedCP",
            "priorYearWithdrawals",
          ] as const) {
            expect(sum(s.years.map((y) => money(y[f]))).eq(money(s.total[f]))).toBe(true);
          }
        }
      ),
      { numRuns: 40 }
    );
  });
});
