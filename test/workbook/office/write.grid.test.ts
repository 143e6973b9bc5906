/** The pure half of the Excel writer (grid.ts): values, formats, styles, payload, split. */
import { date, euro, integer, percent, text } from "../../../src/domain/report/cells";
import { money } from "../../../src/domain/money";
import {
  cellValue,
  columnWidthPoints,
  DATE_FORMAT,
  emphasisFormat,
  EURO_FORMAT,
  renderGrid,
  splitRows,
  TEXT_FORMAT,
  utf8Length,
} from "../../../src/workbook/office/grid";

describe("cellValue", () => {
  test("numbers for amounts, rates, dates and integers; text (with '@') for everything else", () => {
    expect(cellValue(euro(money("-1234.50")))).toEqual({ value: -1234.5, format: EURO_FORMAT });
    expect(cellValue(percent(money("0.9018")))).toEqual({ value: 0.9018, format: "0.00%" });
    expect(cellValue(date("2020-12-31"))).toEqual({ value: 44196, format: DATE_FORMAT });
    expect(cellValue(integer(2020))).toEqual({ value: 2020, format: "0" });
    expect(cellValue(text("=1+1"))).toEqual({ value: "=1+1", format: TEXT_FORMAT });
    expect(cellValue(text(null))).toEqual({ value: null, format: null });
    expect(cellValue(integer(null))).toEqual({ value: null, format: null });
  });

  test("a value that does not fit its format falls back to text rather than a guess", () => {
    expect(cellValue({ value: "12 k€", format: "euro" })).toEqual({
      value: "12 k€",
      format: TEXT_FORMAT,
    });
    expect(cellValue({ value: "31/12/2020", format: "date" })).toEqual({
      value: "31/12/2020",
      format: TEXT_FORMAT,
    });
    expect(cellValue({ value: Number.NaN, format: "integer" })).toEqual({
      value: "NaN",
      format: TEXT_FORMAT,
    });
  });
});

describe("styles and sizes", () => {
  test("emphasis as Office.js cell formats", () => {
    expect(emphasisFormat("header", false)).toEqual({
      font: { bold: true },
      fill: { color: "#D9D9D9" },
      borders: { bottom: { style: "Continuous", weight: "Thin" } },
      wrapText: true,
      verticalAlignment: "Top",
    });
    expect(emphasisFormat(undefined, true)).toEqual({
      font: { color: "#0563C1", underline: "Single" },
    });
    expect(emphasisFormat(undefined, false)).toBeNull();
  });

  test("sparse rows become a rectangle; links become internal hyperlinks", () => {
    const grid = renderGrid({
      columnWidths: [],
      rows: [
        [text("a")],
        [],
        [null, integer(12, undefined, { sheet: "L'équipe", row: 12, column: 4 })],
      ],
      charts: [],
      frozenRows: 0,
    });
    expect([grid.rows, grid.columns]).toEqual([3, 2]);
    expect(grid.values).toEqual([
      ["a", null],
      [null, null],
      [null, 12],
    ]);
    expect(grid.numberFormats).toEqual([
      [TEXT_FORMAT, null],
      [null, null],
      [null, "0"],
    ]);
    expect(grid.properties[2][1].hyperlink).toEqual({
      documentReference: "'L''équipe'!E12",
      screenTip: "Aller à 'L''équipe'!E12",
    });
    expect(grid.properties[0]).toEqual([{}, {}]);
  });

  test("payload estimate in UTF-8 and the split into requests", () => {
    expect([utf8Length("a"), utf8Length("é"), utf8Length("€"), utf8Length("😀")]).toEqual([
      1, 2, 3, 4,
    ]);
    expect(splitRows([], 10)).toEqual([]);
    expect(splitRows([4, 4, 4, 4, 4], 10)).toEqual([
      { first: 0, count: 2 },
      { first: 2, count: 2 },
      { first: 4, count: 1 },
    ]);
    expect(splitRows([50, 1], 10)).toEqual([
      { first: 0, count: 1 },
      { first: 1, count: 1 },
    ]);
    expect(columnWidthPoints(28)).toBe(150.75);
  });
});
