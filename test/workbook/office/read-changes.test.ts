/**
 * Where a change event says a sheet changed (read-changes.ts) and how a kept sheet is patched
 * (patch-sheet.ts): rectangles or "whole", and a patch that refuses what it cannot account for.
 */
import type { CellValue, RawSheet } from "../../../src/grid";
import { planChanges, rectanglesOf } from "../../../src/workbook/office/read-changes";
import { patchSheet } from "../../../src/workbook/office/patch-sheet";

const edit = (address: string, worksheetId = "S1") => ({
  worksheetId,
  address,
  changeType: "RangeEdited",
});

test("addresses: single cells, rectangles, several areas with their sheet; anything else is not one", () => {
  expect(rectanglesOf("B3")).toEqual([{ top: 2, left: 1, bottom: 2, right: 1 }]);
  expect(rectanglesOf("Paiements!A1:B2,Paiements!D5")).toEqual([
    { top: 0, left: 0, bottom: 1, right: 1 },
    { top: 4, left: 3, bottom: 4, right: 3 },
  ]);
  expect(rectanglesOf("'Feuille 1'!$C$2:$D$9")).toEqual([{ top: 1, left: 2, bottom: 8, right: 3 }]);
  for (const whole of ["A:A", "3:5", "", "'Notes, 2020'!A1"])
    expect(rectanglesOf(whole)).toBeNull();
});

test("plans: edits in place are rectangles; rows or cells moved, or an unknown change, the whole sheet", () => {
  const plans = planChanges([
    edit("B3"),
    edit("C4:C5"),
    { worksheetId: "S2", address: "5:5", changeType: "RowInserted" },
    edit("A1", "S2"),
    { worksheetId: "S3", address: "B2", changeType: "CellDeleted" },
    { worksheetId: "S4", address: "B2", changeType: "Unknown" },
    {},
  ]);
  expect(Object.fromEntries(plans)).toEqual({
    S1: [
      { top: 2, left: 1, bottom: 2, right: 1 },
      { top: 3, left: 2, bottom: 4, right: 2 },
    ],
    S2: "whole",
    S3: "whole",
    S4: "whole",
  });
  const many = planChanges(Array.from({ length: 100 }, (_, i) => edit(`D${10 + i}`)));
  expect(many.get("S1")).toEqual([{ top: 9, left: 3, bottom: 108, right: 3 }]);
});

const sheet = (values: CellValue[][], row = 0, col = 0): RawSheet => ({
  name: "Paiements",
  values,
  origin: { row, col },
  tables: [],
});
const extent = (rowIndex: number, columnIndex: number, rowCount: number, columnCount: number) => ({
  rowIndex,
  columnIndex,
  rowCount,
  columnCount,
});

test("patch: a cell edited, a line typed below, the last line cleared", () => {
  const old = () =>
    sheet([
      ["N° DP", "Montant"],
      ["1", 10],
      ["2", 20],
    ]);
  const cell = { top: 1, left: 1, bottom: 1, right: 1 };
  expect(
    patchSheet(old(), extent(0, 0, 3, 2), [cell], [{ top: 1, left: 1, values: [[15]] }])?.values
  ).toEqual([
    ["N° DP", "Montant"],
    ["1", 15],
    ["2", 20],
  ]);
  const line = { top: 3, left: 0, bottom: 3, right: 1 };
  expect(
    patchSheet(old(), extent(0, 0, 4, 2), [line], [{ top: 3, left: 0, values: [["3", 30]] }])
      ?.values
  ).toEqual([
    ["N° DP", "Montant"],
    ["1", 10],
    ["2", 20],
    ["3", 30],
  ]);
  const last = { top: 2, left: 0, bottom: 2, right: 1 };
  expect(patchSheet(old(), extent(0, 0, 2, 2), [last], [])?.values).toEqual([
    ["N° DP", "Montant"],
    ["1", 10],
  ]);
  expect(patchSheet(old(), null, [{ top: 0, left: 0, bottom: 2, right: 1 }], [])).toEqual(
    sheet([])
  );
});

test("patch: copy-on-write, the old sheet unchanged and its untouched rows the same arrays", () => {
  const before = sheet([
    ["N° DP", "Montant"],
    ["1", 10],
    ["2", 20],
    ["3", 30],
  ]);
  const rows = before.values.slice();
  const cells = { top: 2, left: 1, bottom: 3, right: 1 };
  const after = patchSheet(
    before,
    extent(0, 0, 4, 2),
    [cells],
    [{ top: 2, left: 1, values: [[25], [35]] }]
  )!;
  // what the next reading relies on to take the lines of untouched rows as they were
  expect(after.values[0]).toBe(rows[0]);
  expect(after.values[1]).toBe(rows[1]);
  expect(after.values[2]).not.toBe(rows[2]);
  expect(after.values[3]).not.toBe(rows[3]);
  expect(after.values.slice(2)).toEqual([
    ["2", 25],
    ["3", 35],
  ]);
  expect(before.values).toEqual([
    ["N° DP", "Montant"],
    ["1", 10],
    ["2", 20],
    ["3", 30],
  ]);
});

test("patch: a used range the cells read do not account for is refused (the sheet is read whole)", () => {
  const old = () =>
    sheet(
      [
        ["N° DP", "Montant"],
        ["1", 10],
      ],
      4,
      2
    );
  const cell = { top: 5, left: 3, bottom: 5, right: 3 };
  // Excel says the used range grew a row, but the edited cell is inside the old one
  expect(
    patchSheet(old(), extent(4, 2, 3, 2), [cell], [{ top: 5, left: 3, values: [[12]] }])
  ).toBeNull();
  // a used cell read outside the used range Excel reports
  expect(
    patchSheet(old(), extent(4, 2, 2, 2), [cell], [{ top: 9, left: 3, values: [[12]] }])
  ).toBeNull();
  // the origin moved: the cells follow it
  const moved = patchSheet(
    old(),
    extent(4, 1, 2, 3),
    [{ top: 4, left: 1, bottom: 4, right: 1 }],
    [{ top: 4, left: 1, values: [["Réf."]] }]
  );
  expect(moved).toEqual(
    sheet(
      [
        ["Réf.", "N° DP", "Montant"],
        [null, "1", 10],
      ],
      4,
      1
    )
  );
});
