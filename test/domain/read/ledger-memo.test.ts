/**
 * The ledgers read again after edits made copy-on-write (as the CONV functions patch their kept
 * sheets): the same lines and issues as a fresh reading, whatever the edits (cells, rows inserted
 * or deleted, headers renamed or moved), and the lines of untouched rows taken from the last
 * reading instead of being read again.
 */
import fc from "fast-check";
import type { CellValue, RawSheet } from "../../../src/grid";
import type { SheetKey } from "../../../src/domain/contract";
import { readConventionData, resolveSheetNames, type ReadMemo } from "../../../src/domain/read";
import { caminoSheets, EJ_0113 } from "../../helpers/book";

function byRole(sheets: RawSheet[]): Partial<Record<SheetKey, RawSheet>> {
  const roles = resolveSheetNames(sheets.map((s) => s.name));
  const out: Partial<Record<SheetKey, RawSheet>> = {};
  for (const [key, name] of Object.entries(roles))
    out[key as SheetKey] = sheets.find((s) => s.name === name);
  return out;
}

const fresh = (sheets: RawSheet[]) => readConventionData(byRole(sheets));
const again = (sheets: RawSheet[], previous: ReadMemo | null) =>
  readConventionData(byRole(sheets), [], {}, { previous });

/** A convention with n EJ lines and n payments, some of them with anomalies. */
function book(n: number): RawSheet[] {
  const ejs: CellValue[][] = [];
  const pays: CellValue[][] = [];
  for (let i = 0; i < n; i++) {
    const ej = i % 7 === 3 ? `21${i}` : 2100000000 + i; // one in 7 malformed (EJ_FORMAT)
    ejs.push(EJ_0113(ej, 43900 + (i % 30), i % 11 === 5 ? "abc" : 1000 + i));
    pays.push([100000000 + i, 43950 + (i % 30), ej, i % 13 === 4 ? "" : 100 + i]);
  }
  return caminoSheets(ejs, pays);
}

/** Replaces a sheet's values as a patch does: a new array, untouched rows kept as they were. */
function edited(sheets: RawSheet[], name: string, values: CellValue[][]): RawSheet[] {
  return sheets.map((s) => (s.name === name ? { ...s, values } : s));
}

type Edit =
  | { kind: "cell"; sheet: 0 | 1; row: number; col: number; value: CellValue }
  | { kind: "insert"; sheet: 0 | 1; row: number }
  | { kind: "delete"; sheet: 0 | 1; row: number }
  | { kind: "header"; sheet: 0 | 1; col: number; text: string };

const LEDGERS = ["Engagements", "Paiements"] as const;

function apply(sheets: RawSheet[], e: Edit): RawSheet[] {
  const name = LEDGERS[e.sheet];
  const values = sheets.find((s) => s.name === name)!.values.slice();
  const at = 1 + (e.kind === "header" ? 0 : e.row % Math.max(1, values.length - 1));
  if (e.kind === "cell") {
    const row = (values[at] ?? []).slice(); // copy-on-write
    row[e.col % 9] = e.value;
    values[at] = row;
  } else if (e.kind === "insert") values.splice(at, 0, [...values[at]]);
  else if (e.kind === "delete") values.splice(at, 1);
  else {
    const header = values[0].slice();
    header[e.col % header.length] = e.text;
    values[0] = header;
  }
  return edited(sheets, name, values);
}

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    kind: fc.constant("cell" as const),
    sheet: fc.constantFrom(0 as const, 1 as const),
    row: fc.nat(),
    col: fc.nat(),
    value: fc.oneof(
      fc.integer({ min: -1000, max: 100000 }),
      fc.constantFrom("", "abc", "0113-PEBC-ELAB", "2100000007", "12,50", null, 0)
    ),
  }),
  fc.record({
    kind: fc.constantFrom("insert" as const, "delete" as const),
    sheet: fc.constantFrom(0 as const, 1 as const),
    row: fc.nat(),
  }),
  fc.record({
    kind: fc.constant("header" as const),
    sheet: fc.constantFrom(0 as const, 1 as const),
    col: fc.nat(),
    text: fc.constantFrom("Montant", "Date", "Notes", "Centre financier"),
  })
);

test("read again after random edits = read afresh: the same lines and issues", () => {
  fc.assert(
    fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), (edits) => {
      let sheets = book(40);
      let memo = again(sheets, null).memo!;
      for (const e of edits) {
        sheets = apply(sheets, e);
        const r = again(sheets, memo);
        const f = fresh(sheets);
        expect(r.data).toEqual(f.data);
        expect(r.issues).toEqual(f.issues);
        memo = r.memo!;
      }
    }),
    { numRuns: 200, seed: 14 }
  );
});

test("after one cell typed in Paiements, only that row is read again", () => {
  const sheets = book(1000);
  const first = again(sheets, null);
  const values = sheets.find((s) => s.name === "Paiements")!.values.slice();
  values[500] = values[500].slice();
  values[500][3] = 42;
  const r = again(edited(sheets, "Paiements", values), first.memo!);
  const same = (a: readonly object[], b: readonly object[]) => a.filter((l, i) => l === b[i]);
  // every EJ line, and every payment but the edited one, is the very object read last time
  expect(same(r.data!.engagements, first.data!.engagements)).toHaveLength(1000);
  expect(same(r.data!.payments, first.data!.payments)).toHaveLength(999);
  expect(r.data!.payments[499]).toMatchObject({ row: 501, amount: 4200 });
  expect(r.issues).toEqual(fresh(edited(sheets, "Paiements", values)).issues);
});

test("rows shifted by an insertion are read again: their row numbers changed", () => {
  const sheets = book(100);
  const first = again(sheets, null);
  const values = sheets.find((s) => s.name === "Engagements")!.values.slice();
  values.splice(10, 0, EJ_0113(2199999999, 43920, 5));
  const r = again(edited(sheets, "Engagements", values), first.memo!);
  expect(r.data!.engagements.map((l) => l.row)).toEqual(
    fresh(edited(sheets, "Engagements", values)).data!.engagements.map((l) => l.row)
  );
  // the rows above the insertion are kept, those below are read again with their new numbers
  expect(r.data!.engagements[0]).toBe(first.data!.engagements[0]);
  expect(r.data!.engagements[50]).not.toBe(first.data!.engagements[49]);
  expect(r.issues).toEqual(fresh(edited(sheets, "Engagements", values)).issues);
});

test("a reading without reuse keeps no memo (the command line's)", () => {
  expect(fresh(book(10)).memo).toBeUndefined();
});

test("a date that cannot be read is reported on every row that holds it, and read again alike", () => {
  // two EJ lines dated 0 (a formula pointing at an empty cell): both are reported
  const sheets = caminoSheets([EJ_0113(2100000001, 0, 100), EJ_0113(2100000002, 0, 200)]);
  const first = again(sheets, null);
  const invalid = (r: { issues: readonly { code: string; row: number | null }[] }) =>
    r.issues.filter((i) => i.code === "DATE_INVALID").map((i) => i.row);
  expect(invalid(first)).toEqual([2, 3]);
  expect(invalid(fresh(sheets))).toEqual([2, 3]);
  // the first one corrected: the second is still reported, read again or afresh
  const values = sheets.find((s) => s.name === "Engagements")!.values.slice();
  values[1] = values[1].slice();
  values[1][1] = 43900;
  const fixed = edited(sheets, "Engagements", values);
  expect(invalid(again(fixed, first.memo!))).toEqual([3]);
  expect(invalid(fresh(fixed))).toEqual([3]);
});

test("a ledger that does not start in column A: its untouched lines are taken as they were too", () => {
  const sheets = book(50).map((s) =>
    s.name === "Paiements" ? { ...s, origin: { row: 0, col: 2 } } : s
  );
  const first = again(sheets, null);
  const values = sheets.find((s) => s.name === "Paiements")!.values.slice();
  values[10] = values[10].slice();
  values[10][3] = 7;
  const r = again(edited(sheets, "Paiements", values), first.memo!);
  expect(r.data!.payments.filter((l, i) => l === first.data!.payments[i])).toHaveLength(49);
  expect(r.data).toEqual(fresh(edited(sheets, "Paiements", values)).data);
});
