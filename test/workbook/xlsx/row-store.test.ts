/**
 * Rows are made as long as the row before them (rowStore.ts): a ledger's rows hold the same cells.
 * Their room follows what the row before held, not the room it was given, and a row comes out as
 * a row grown cell by cell would: no room kept at its end, its missing cells null.
 */
import { RowStore } from "../../../src/workbook/xlsx/rowStore";

describe("the rows of a sheet being read", () => {
  it("sizes a row by the cells the row before holds, so that one wide row sizes no other", () => {
    const store = new RowStore();
    const wide = store.newRow(0);
    for (let c = 0; c < 64; c++) store.set(wide, 0, c, c);
    const narrow = store.newRow(1);
    expect(narrow.length).toBe(64);
    store.set(narrow, 1, 0, "a");
    // The narrow row kept room for 64 cells; the rows after it get room for what it holds.
    const next = store.newRow(2);
    expect(next.length).toBe(1);
    expect(narrow).toEqual(["a"]);
  });

  it("gives each row its cells only, missing ones null, as a row grown by push would be", () => {
    const store = new RowStore();
    const first = store.newRow(0);
    for (const c of [0, 1, 2, 3]) store.set(first, 0, c, c * 10);
    const second = store.newRow(1);
    store.set(second, 1, 2, "c");
    const third = store.newRow(2);
    store.set(third, 2, 0, "x");
    const { values } = store.rectangle();
    expect(values).toEqual([[0, 10, 20, 30], [null, null, "c"], ["x"]]);
    expect(values.map((r) => r.length)).toEqual([4, 3, 1]);
    // No hole left: a consumer walking a row with forEach sees every cell up to its last.
    const seen: number[] = [];
    values[1].forEach((_, c) => seen.push(c));
    expect(seen).toEqual([0, 1, 2]);
  });
});
