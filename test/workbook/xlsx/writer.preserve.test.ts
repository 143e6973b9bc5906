/** The copy keeps every part of the input package; the index parts only gain entries. */
import { strFromU8 } from "fflate";
import { REPORT_MARK } from "../../../src/domain/report/model";
import { openXlsx, writeReportCopy } from "../../../src/workbook/xlsx";
import { findTags, rootPrefix } from "../../../src/workbook/xlsx/xmlText";
import { SAMPLE_MODEL, richPackage } from "./fixtures";
import { loadExcel, unzipAll } from "./helpers";

const INDEX_PARTS = new Set([
  "[Content_Types].xml",
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
  "xl/styles.xml",
]);

/** Raw XML of each child `<child …>` of `<section>`. */
function children(xml: string, section: string, child: string): string[] {
  const start = xml.indexOf(`<${section}`);
  if (start < 0) return [];
  const end = xml.indexOf(`</${section}>`, start);
  if (end < 0) return [];
  const inner = xml.slice(start, end);
  return findTags(inner, child).map((t) => {
    if (t.selfClosing) return inner.slice(t.start, t.end);
    const close = inner.indexOf(`</${child}>`, t.end);
    return inner.slice(t.start, close + child.length + 3);
  });
}

function expectPrefix(before: string[], after: string[]): void {
  expect(after.length).toBeGreaterThanOrEqual(before.length);
  expect(after.slice(0, before.length)).toEqual(before);
}

describe("writeReportCopy keeps the package", () => {
  const input = richPackage();
  const result = writeReportCopy(input, SAMPLE_MODEL);
  const inParts = unzipAll(input);
  const outParts = unzipAll(result.bytes);
  const text = (m: Map<string, Uint8Array>, name: string) => strFromU8(m.get(name)!);

  it("adds a sheet named Rapport", () => {
    expect(result).toMatchObject({ sheetName: "Rapport", replaced: false });
  });

  it("keeps every other part byte for byte, in the same order, new parts appended", () => {
    const inNames = [...inParts.keys()];
    const outNames = [...outParts.keys()];
    expect(outNames.slice(0, inNames.length)).toEqual(inNames);
    expect(outNames.slice(inNames.length)).toEqual(["xl/worksheets/sheet4.xml"]);
    for (const name of inNames) {
      if (INDEX_PARTS.has(name)) continue;
      expect({
        name,
        same:
          Buffer.compare(Buffer.from(inParts.get(name)!), Buffer.from(outParts.get(name)!)) === 0,
      }).toEqual({ name, same: true });
    }
  });

  it("only appends to styles.xml, never renumbering", () => {
    const before = text(inParts, "xl/styles.xml");
    const after = text(outParts, "xl/styles.xml");
    for (const [section, child] of [
      ["numFmts", "numFmt"],
      ["fonts", "font"],
      ["fills", "fill"],
      ["borders", "border"],
      ["cellStyleXfs", "xf"],
      ["cellXfs", "xf"],
      ["cellStyles", "cellStyle"],
      ["dxfs", "dxf"],
    ]) {
      expectPrefix(children(before, section, child), children(after, section, child));
      const count = /count="(\d+)"/.exec(after.slice(after.indexOf(`<${section}`)))?.[1];
      expect(Number(count)).toBe(children(after, section, child).length);
    }
    expect(children(after, "cellXfs", "xf").length).toBeGreaterThan(3);
    const ids = children(after, "numFmts", "numFmt").map((x) =>
      Number(/numFmtId="(\d+)"/.exec(x)![1])
    );
    expect(ids[0]).toBe(164);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Math.min(...ids.slice(1))).toBeGreaterThan(164);
  });

  it("only appends to workbook.xml, its rels and the content types", () => {
    const wbBefore = text(inParts, "xl/workbook.xml");
    const wbAfter = text(outParts, "xl/workbook.xml");
    expectPrefix(children(wbBefore, "sheets", "sheet"), children(wbAfter, "sheets", "sheet"));
    expect(children(wbAfter, "sheets", "sheet")[3]).toBe(
      '<sheet name="Rapport" sheetId="4" r:id="rId101"/>'
    );
    expectPrefix(
      children(wbBefore, "definedNames", "definedName"),
      children(wbAfter, "definedNames", "definedName")
    );
    expect(children(wbAfter, "definedNames", "definedName")[2]).toBe(
      `<definedName name="${REPORT_MARK}" localSheetId="3" hidden="1">&quot;Rapport&quot;</definedName>`
    );
    // Everything outside <sheets> and <definedNames> is unchanged.
    const strip = (x: string) =>
      x.replace(/<sheets>.*<\/sheets>/s, "").replace(/<definedNames>.*<\/definedNames>/s, "");
    expect(strip(wbAfter)).toBe(strip(wbBefore));

    const relsBefore = text(inParts, "xl/_rels/workbook.xml.rels");
    const relsAfter = text(outParts, "xl/_rels/workbook.xml.rels");
    expectPrefix(
      children(relsBefore, "Relationships", "Relationship"),
      children(relsAfter, "Relationships", "Relationship")
    );
    expect(relsAfter).toContain(
      '<Relationship Id="rId101" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet4.xml"/>'
    );

    const ctBefore = text(inParts, "[Content_Types].xml");
    const ctAfter = text(outParts, "[Content_Types].xml");
    expectPrefix(children(ctBefore, "Types", "Override"), children(ctAfter, "Types", "Override"));
    expect(ctAfter).toContain(
      '<Override PartName="/xl/worksheets/sheet4.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    );
    expect(rootPrefix(ctAfter)).toBe("");
  });

  it("opens in exceljs, the user's sheets intact", async () => {
    const wb = await loadExcel(result.bytes);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Engagements",
      "Synthèse croisée",
      "L'équipe & co",
      "Rapport",
    ]);
    expect(wb.getWorksheet("Engagements")!.getCell("B4").value).toEqual({
      formula: "SUM(B2:B3)",
      result: 120.5,
    });
    expect(wb.getWorksheet("Engagements")!.getCell("B2").numFmt).toBe('0.0" k€"');
  });

  it("reads back in the reader: user's data, tables, and the marked report", async () => {
    const wb = openXlsx(result.bytes);
    const [eng, rapport] = await wb.readSheets(["Engagements", "Rapport"]);
    expect(eng.values).toEqual([
      ["N° EJ", "Montant AE"],
      ["EJ1", 100.5],
      ["EJ2", 20],
      [null, 120.5],
    ]);
    expect(eng.tables.map((t) => t.name)).toEqual(["Tableau1"]);
    expect(rapport.values[3]).toEqual(["0113-PEBC-ELAB", -1234.5, 0.9018, 43916]);
    expect(wb.definedNames().find((n) => n.name === REPORT_MARK)).toEqual({
      name: REPORT_MARK,
      localSheetId: 3,
      value: '"Rapport"',
      hidden: true,
    });
  });
});
