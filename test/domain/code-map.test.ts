/**
 * CodeMap (the EJs of a reconciliation) must behave as the Map it replaces: same lookups, same
 * size and iteration order, through growth, updates and codes that only look like numbers.
 */
import fc from "fast-check";
import { CodeMap } from "../../src/domain/reconcile/code-map";

const code = fc.oneof(
  fc.integer({ min: 0, max: 700 }).map((i) => String(2_100_000_000 + i)), // ten digits
  fc.integer({ min: 0, max: 50 }).map((i) => String(i).padStart(10, "0")), // leading zeros
  fc.integer({ min: 0, max: 50 }).map((k) => String(1_000_000_000 + k * 131_072)), // mod 2^17
  fc.integer({ min: -20, max: 20 }).map((i) => String(4_294_967_296 + i)), // across 2^32
  fc.integer({ min: 0, max: 20 }).map((i) => String(9_999_999_999 - i)), // the largest
  fc.constantFrom("", "210000000", "21000000000", "2100000000 ", "EJ-1", "２１００００００００")
);
const op = fc.oneof(
  fc.tuple(fc.constant("set" as const), code, fc.integer()),
  fc.tuple(fc.constant("get" as const), code, fc.constant(0))
);

test("answers as a Map does, through growth and updates", () => {
  fc.assert(
    fc.property(fc.array(op, { maxLength: 4000 }), (ops) => {
      const map = new CodeMap<number>(10);
      const reference = new Map<string, number>();
      for (const [name, key, value] of ops) {
        if (name === "set") {
          map.set(key, value);
          reference.set(key, value);
        }
        expect(map.get(key)).toBe(reference.get(key));
        expect(map.has(key)).toBe(reference.has(key));
      }
      expect([...map]).toEqual([...reference]);
      expect([...map.keys()]).toEqual([...reference.keys()]);
      expect([...map.values()]).toEqual([...reference.values()]);
      expect(map.size).toBe(reference.size);
      for (const key of reference.keys()) expect(map.get(key)).toBe(reference.get(key));
    }),
    { numRuns: 60 }
  );
});

test.each([0, 100_000])("keeps 100 000 EJ numbers apart (table sized for %i)", (expected) => {
  const map = new CodeMap<number>(10, expected);
  for (let i = 0; i < 100_000; i++) map.set(String(2_100_000_000 + i * 7919), i);
  let wrong = 0;
  for (let i = 0; i < 100_000; i++) if (map.get(String(2_100_000_000 + i * 7919)) !== i) wrong++;
  expect(wrong).toBe(0);
  expect(map.get("2099999999")).toBeUndefined();
  expect(map.size).toBe(100_000);
});
