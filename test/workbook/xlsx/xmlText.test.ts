/** Escaping both ways, dates, the calc chain, sheet XML details. */
import fc from "fast-check";
import { dropSheetFromCalcChain } from "../../../src/workbook/xlsx/calcChain";
import { isoToSerial } from "../../../src/grid";
import { parseSharedStrings } from "../../../src/workbook/xlsx/sharedStrings";
import {
  decodeCellText,
  escapeAttr,
  escapeCellText,
  parseAttrs,
} from "../../../src/workbook/xlsx/xmlText";
import { relativeTarget, resolveTarget } from "../../../src/workbook/xlsx/opc";
import { MAIN_NS } from "./helpers";

const pieces = fc.constantFrom(
  "_x0041_",
  "_x005F_",
  "_x",
  "_",
  "&",
  "<",
  ">",
  '"',
  "'",
  "\r",
  "\n",
  "\t",
  "\u0001",
  "\u001f",
  "\uFFFE",
  "a",
  "é",
  "😀",
  " ",
  "=",
  "&amp;"
);

describe("escapeCellText", () => {
  it("round-trips any text through a shared-string style parse", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: "binary" }),
          fc.array(pieces).map((a) => a.join(""))
        ),
        (s) => {
          const xml = `<sst xmlns="${MAIN_NS}"><si><t xml:space="preserve">${escapeCellText(s)}</t></si></sst>`;
          expect(/[\u0000-\u0008\u000B\u000C\u000D\u000E-\u001F]/.test(escapeCellText(s))).toBe(
            false
          );
          expect(parseSharedStrings(xml)).toEqual([s]);
        }
      )
    );
  });

  it("replaces lone surrogates", () => {
    expect(escapeCellText("a\uD800b")).toBe("a\uFFFDb");
    expect(decodeCellText(escapeCellText("😀"))).toBe("😀");
  });

  it("escapes attributes so that they parse back", () => {
    fc.assert(
      fc.property(
        fc.array(pieces).map((a) => a.join("")),
        (s) => {
          const expected = s.replace(
            /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g,
            "\uFFFD"
          );
          expect(parseAttrs(`a="${escapeAttr(s)}"`).a).toBe(expected);
        }
      )
    );
  });
});

describe("isoToSerial", () => {
  it("matches Excel's serials", () => {
    expect(isoToSerial("1900-01-01")).toBe(1);
    expect(isoToSerial("1900-02-28")).toBe(59);
    expect(isoToSerial("1900-03-01")).toBe(61);
    expect(isoToSerial("2020-03-26")).toBe(43916);
    expect(isoToSerial("2020-03-26T18:00:00Z")).toBe(43916.75);
    expect(isoToSerial("2020-03-26", true)).toBe(42454);
    expect(isoToSerial("2020-02-30")).toBeNull();
    expect(isoToSerial("26/03/2020")).toBeNull();
  });
});

describe("dropSheetFromCalcChain", () => {
  it("drops a sheet's entries, including those inheriting its id", () => {
    const xml = `<calcChain xmlns="${MAIN_NS}"><c r="A1" i="1"/><c r="A2"/><c r="B1" i="2" l="1"/><c r="B2"/><c r="C1" i="3"/></calcChain>`;
    expect(dropSheetFromCalcChain(xml, 2)).toBe(
      `<calcChain xmlns="${MAIN_NS}"><c r="A1" i="1"/><c r="A2"/><c r="C1" i="3"/></calcChain>`
    );
    expect(dropSheetFromCalcChain(xml, 4)).toBeNull();
    expect(dropSheetFromCalcChain(`<calcChain><c r="A1" i="2"/></calcChain>`, 2)).toBe("");
  });
});

describe("part names", () => {
  it("resolves and relativises targets", () => {
    expect(resolveTarget("xl/workbook.xml", "worksheets/sheet1.xml")).toBe(
      "xl/worksheets/sheet1.xml"
    );
    expect(resolveTarget("xl/workbook.xml", "/xl/worksheets/sheet1.xml")).toBe(
      "xl/worksheets/sheet1.xml"
    );
    expect(resolveTarget("xl/worksheets/sheet1.xml", "../tables/table%201.xml")).toBe(
      "xl/tables/table 1.xml"
    );
    expect(resolveTarget("", "xl/workbook.xml")).toBe("xl/workbook.xml");
    expect(relativeTarget("xl/workbook.xml", "xl/worksheets/sheet9.xml")).toBe(
      "worksheets/sheet9.xml"
    );
    expect(relativeTarget("xl/workbook.xml", "styles.xml")).toBe("../styles.xml");
  });
});
