/** The Rapport sheet as Excel (exceljs) reads it: values, formats, links, text safety. */
import ExcelJS from "exceljs";
import { openXlsx, writeReportCopy } from "../../../src/workbook/xlsx";
import { SAMPLE_MODEL, richPackage } from "./fixtures";
import { loadExcel, unzipAll, unzipText } from "./helpers";

const EURO = '#,##0.00\\ "€";[Red]\\-#,##0.00\\ "€"';

describe("the Rapport sheet", () => {
  const { bytes } = writeReportCopy(richPackage(), SAMPLE_MODEL);
  const xml = unzipText(bytes, "xl/worksheets/sheet4.xml");

  it("has the values, number formats, widths and emphasis exceljs reads back", async () => {
    const ws = (await loadExcel(bytes)).getWorksheet("Rapport")!;
    expect(ws.getCell("A1").value).toBe("Rapport de la convention");
    expect(ws.getCell("A1").font).toMatchObject({ bold: true, size: 14 });
    expect(ws.getCell("A2").font).toMatchObject({ bold: true, size: 12 });
    expect(ws.getCell("A3").font).toMatchObject({ bold: true });
    expect(ws.getCell("A3").fill).toMatchObject({
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: "FFD9D9D9" },
    });
    expect(ws.getCell("A3").border.bottom).toMatchObject({ style: "thin" });
    expect(ws.getCell("A3").alignment).toMatchObject({ wrapText: true });
    expect(ws.getCell("B4").value).toBe(-1234.5);
    expect(ws.getCell("B4").numFmt).toBe(EURO.replace(/\\/g, "")); // exceljs drops the backslashes
    expect(unzipText(bytes, "xl/styles.xml")).toContain(
      'formatCode="#,##0.00\\ &quot;€&quot;;[Red]\\-#,##0.00\\ &quot;€&quot;"'
    );
    expect(ws.getCell("B4").font).toMatchObject({ bold: true, color: { argb: "FF9C0006" } });
    expect(ws.getCell("B4").fill).toMatchObject({ fgColor: { argb: "FFFFC7CE" } });
    expect(ws.getCell("C4").value).toBe(0.9018);
    expect(ws.getCell("C4").numFmt).toBe("0.00%");
    expect(ws.getCell("C4").fill).toMatchObject({ fgColor: { argb: "FFFFEB9C" } });
    expect(ws.getCell("D4").value).toEqual(new Date(Date.UTC(2020, 2, 26)));
    expect(ws.getCell("D4").numFmt).toBe("dd/mm/yyyy");
    expect(ws.getCell("A4").font).toMatchObject({ underline: true, color: { argb: "FF0563C1" } });
    expect(ws.getCell("B6").value).toBe(220000.1);
    expect(ws.getCell("A6").border.top).toMatchObject({ style: "thin" });
    expect(ws.getCell("D6").value).toBe(42);
    expect(ws.getCell("D6").numFmt).toBe("0");
    expect(ws.getCell("D6").font).toMatchObject({ italic: true, color: { argb: "FF808080" } });
    expect([1, 2, 3, 4].map((c) => ws.getColumn(c).width)).toEqual([30, 16, 12.5, 14]);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
  });

  it("writes the exact decimal strings, not floats", () => {
    expect(xml).toContain("<v>-1234.50</v>");
    expect(xml).toContain("<v>220000.10</v>");
    expect(xml).toContain("<v>0.9018</v>");
  });

  it("writes internal hyperlinks with quoted sheet names", () => {
    expect(xml).toContain(
      `<hyperlink ref="A4" location="'L''équipe &amp; co'!F12" display="0113-PEBC-ELAB"/>`
    );
    expect(xml).toContain(`<hyperlink ref="A8" location="'Engagements'!B3"`);
    expect(unzipAll(bytes).has("xl/worksheets/_rels/sheet4.xml.rels")).toBe(false);
  });

  it("writes text that looks like a formula as text", async () => {
    expect(xml).not.toContain("<f");
    expect(xml).not.toContain("sharedStrings");
    const ws = (await loadExcel(bytes)).getWorksheet("Rapport")!;
    expect(["A7", "B7", "C7", "D7"].map((a) => ws.getCell(a).value)).toEqual([
      '=HYPERLINK("http://x";"clic")',
      "+1+1",
      "@SUM(A1)",
      "-2",
    ]);
    expect(["A7", "B7", "C7", "D7"].map((a) => ws.getCell(a).type)).toEqual(
      Array(4).fill(ExcelJS.ValueType.String)
    );
  });

  it("escapes what XML cannot hold and literal _xHHHH_ sequences", async () => {
    const [rapport] = await openXlsx(bytes).readSheets(["Rapport"]);
    expect(rapport.values[7][0]).toBe("ligne\u0001 _x0041_ <b>&amp;</b>");
    expect(rapport.values[7][1]).toBe("pas un nombre");
  });
});
