/**
 * LineGroups (the duplicate check's index) must group exactly as a Map of arrays would: same
 * groups, lines in the order they came, integers and strings never mixed ("123" is not 123).
 */
import fc from "fast-check";
import type { PaymentLine } from "../../src/domain/model";
import { dpBucket, duplicates, samePayment } from "../../src/domain/reconcile/checks";
import { hashNumber, LineGroups, slotOf } from "../../src/domain/reconcile/line-groups";

const key = fc.oneof(
  fc.integer({ min: 0, max: 40 }),
  fc.constantFrom(2_100_000_000, 2_100_000_001, 4_294_967_296, 4_294_967_297, 2 ** 53 - 1),
  fc.constantFrom(123_456_789 + 2 ** 32, 123_456_789), // same low 32 bits
  fc.integer({ min: 0, max: 60 }).map((k) => 1_000_000_000 + k * 131_072), // equal modulo 2^17
  fc.integer({ min: 0, max: 300 }).map((i) => 2_100_000_000 + i), // runs of consecutive numbers
  fc.constantFrom(-1, -0.5, 1.5, 2 ** 53, Number.NaN),
  fc.constantFrom("", "123", "0", "2100000000", "DP-1", "a")
);

test("groups lines as a Map of arrays does, in their order", () => {
  fc.assert(
    fc.property(fc.array(key, { maxLength: 300 }), (keys) => {
      const groups = new LineGroups(keys.length);
      const reference = new Map<string | number, number[]>();
      keys.forEach((k, line) => {
        groups.append(groups.groupOf(k), line);
        const list = reference.get(k) ?? [];
        list.push(line);
        reference.set(k, list);
      });
      for (const [k, lines] of reference) {
        const got: number[] = [];
        for (let l = groups.first(groups.groupOf(k)); l !== -1; l = groups.after(l)) got.push(l);
        expect(got).toEqual(lines);
      }
    }),
    { numRuns: 500 }
  );
});

test("a key asked for and never given a line leaves the table sound", () => {
  const groups = new LineGroups(4);
  const unused = groups.groupOf(7);
  expect(groups.first(unused)).toBe(-1);
  groups.append(groups.groupOf(7 + 16), 0); // may probe past the unused slot
  groups.append(groups.groupOf(7), 1);
  expect(groups.first(groups.groupOf(7))).toBe(1);
  expect(groups.first(groups.groupOf(23))).toBe(0);
});

test("the duplicate check finds what comparing every pair finds, whatever the N° DP", () => {
  const dp = fc.constantFrom(
    "123456789",
    "123456788",
    "#L12",
    "#L012",
    "#L4503599627370508",
    "",
    "DP1"
  );
  const payment = fc.record({
    dp,
    date: fc.constantFrom("2020-01-02", "2020-01-03", null),
    ej: fc.constantFrom("2103104388", ""),
    amount: fc.constantFrom(100, 250),
  });
  fc.assert(
    fc.property(fc.array(payment, { maxLength: 40 }), (rows) => {
      const lines: PaymentLine[] = rows.map((r, i) => ({
        sheet: "Paiements",
        row: i + 2,
        poste: "",
        posteDp: "",
        centreFinancier: "",
        ...r,
      }));
      const found = duplicates(lines, dpBucket, samePayment, {}, "dp").map((d) => d.row);
      // Reference: a line is a duplicate when an earlier line that is no duplicate equals it.
      const kept: PaymentLine[] = [];
      const expected: number[] = [];
      for (const l of lines) {
        if (kept.some((k) => samePayment(k, l))) expected.push(l.row);
        else kept.push(l);
      }
      expect(found).toEqual(expected);
    }),
    { numRuns: 1000 }
  );
});

test("numbers equal modulo a power of two spread over the table (no run of slots)", () => {
  // A hash of the low bits only put these in one run of slots: quadratic, 6 s for 60 000.
  const slots = new Set<number>();
  for (let k = 0; k < 4096; k++) slots.add(hashNumber(1_000_000_000 + k * 131_072) & 8191);
  expect(slots.size).toBeGreaterThan(2600); // 4 096 keys in 8 192 slots: ≈ 3 200 when random
});

test("consecutive numbers share cache lines; numbers spaced by 4 or 2^17 still spread", () => {
  const slot = (n: number) => slotOf(n, 8191);
  // Four consecutive numbers starting at a multiple of 4: four adjacent slots, in some order.
  const run = [0, 1, 2, 3].map((i) => slot(2_100_000_000 + i)).sort((a, b) => a - b);
  expect(run[3] - run[0]).toBe(3);
  for (const step of [4, 8, 131_072]) {
    const slots = new Set<number>();
    for (let k = 0; k < 4096; k++) slots.add(slot(1_000_000_000 + k * step));
    expect(slots.size).toBeGreaterThan(2600); // ≈ 3 200 when random; one slot in four without the xor
  }
});
