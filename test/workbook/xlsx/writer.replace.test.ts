/** Writing again replaces Plafond's sheet; a user's sheet named Rapport is never touched. */
import { REPORT_MARK, type ReportModel } from "../../../src/domain/report/model";
import { openXlsx, uniqueSheetName, writeReportCopy } from "../../../src/workbook/xlsx";
import { SAMPLE_MODEL, richPackage } from "./fixtures";
import {
  MAIN_NS,
  R_NS,
  REL,
  XML_HEAD,
  excelBytes,
  loadExcel,
  miniWorkbook,
  sheetXml,
  unzipAll,
  unzipText,
  zipParts,
} from "./helpers";

const small = (title: string): ReportModel => ({
  columnWidths: [20],
  frozenRows: 0,
  charts: [],
  rows: [
    [{ value: title, format: "text", emphasis: "title" }],
    [{ value: "12.30", format: "euro" }],
  ],
});

const marks = (bytes: Uint8Array) =>
  openXlsx(bytes)
    .definedNames()
    .filter((n) => n.name === REPORT_MARK);

describe("writing again", () => {
  const first = writeReportCopy(richPackage(), SAMPLE_MODEL);
  const second = writeReportCopy(first.bytes, small("Deuxième passage"));

  it("replaces the marked sheet in place", async () => {
    expect(second).toMatchObject({ sheetName: "Rapport", replaced: true });
    const wb = openXlsx(second.bytes);
    expect(wb.sheetNames()).toEqual([
      "Engagements",
      "Synthèse croisée",
      "L'équipe & co",
      "Rapport",
    ]);
    const [rapport] = await wb.readSheets(["Rapport"]);
    expect(rapport.values).toEqual([["Deuxième passage"], [12.3]]);
    expect(marks(second.bytes)).toHaveLength(1);
  });

  it("changes nothing else: same parts, same workbook (but the new report's print titles), styles reused", () => {
    const a = unzipAll(first.bytes);
    const b = unzipAll(second.bytes);
    expect([...b.keys()]).toEqual([...a.keys()]);
    const titles = (bytes: Uint8Array) =>
      /<definedName name="_xlnm.Print_Titles" localSheetId="3">[^<]*<\/definedName>/.exec(
        Buffer.from(bytes).toString("utf8")
      )?.[0];
    const workbook = "xl/workbook.xml";
    expect(titles(a.get(workbook)!)).toContain("$1:$2"); // the sample's title and intitulé
    expect(titles(b.get(workbook)!)).toContain("$1:$1");
    const untitled = (bytes: Uint8Array) =>
      Buffer.from(bytes).toString("utf8").replace(titles(bytes)!, "");
    expect(untitled(b.get(workbook)!)).toBe(untitled(a.get(workbook)!));
    for (const [name, data] of a) {
      if (name === "xl/worksheets/sheet4.xml" || name === workbook) continue;
      expect({
        name,
        same: Buffer.compare(Buffer.from(data), Buffer.from(b.get(name)!)) === 0,
      }).toEqual({ name, same: true });
    }
  });

  it("keeps a user's own sheet named Rapport and writes Rapport (2)", async () => {
    const input = await excelBytes((wb) => {
      wb.addWorksheet("Données").getCell("A1").value = 1;
      wb.addWorksheet("rapport").getCell("B2").value = "mon rapport à moi";
    });
    const out = writeReportCopy(input, small("Plafond"));
    expect(out).toMatchObject({ sheetName: "Rapport (2)", replaced: false });
    const wb = await loadExcel(out.bytes);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Données", "rapport", "Rapport (2)"]);
    expect(wb.getWorksheet("rapport")!.getCell("B2").value).toBe("mon rapport à moi");
    expect(wb.getWorksheet("Rapport (2)")!.getCell("A1").value).toBe("Plafond");
    expect(marks(out.bytes)).toEqual([
      { name: REPORT_MARK, localSheetId: 2, value: '"Rapport (2)"', hidden: true },
    ]);

    const again = writeReportCopy(out.bytes, small("Encore"));
    expect(again).toMatchObject({ sheetName: "Rapport (2)", replaced: true });
    expect(openXlsx(again.bytes).sheetNames()).toEqual(["Données", "rapport", "Rapport (2)"]);
  });

  it("names the sheet after the first free number, and takes a base name", () => {
    expect(uniqueSheetName("Rapport", ["RAPPORT", "Rapport (2)"])).toBe("Rapport (3)");
    expect(uniqueSheetName("Synthèse", ["SYNTHÈSE"])).toBe("Synthèse (2)");
    expect(uniqueSheetName("x".repeat(40), ["x".repeat(31)])).toBe("x".repeat(27) + " (2)");
    expect(uniqueSheetName("a/b:c", [])).toBe("a b c");
    const out = writeReportCopy(richPackage(), small("t"), { baseName: "Synthèse" });
    expect(out.sheetName).toBe("Synthèse");
  });

  it("ignores a stale mark and leaves a single one", () => {
    const input = richPackage({
      definedNames: `<definedNames><definedName name="${REPORT_MARK}" localSheetId="9" hidden="1">'Rapport'!$A$1</definedName></definedNames>`,
    });
    const out = writeReportCopy(input, small("t"));
    expect(out).toMatchObject({ sheetName: "Rapport", replaced: false });
    expect(marks(out.bytes)).toEqual([
      { name: REPORT_MARK, localSheetId: 3, value: '"Rapport"', hidden: true },
    ]);
  });
});

describe("workbook shapes", () => {
  it("creates <definedNames> after <sheets> and before <calcPr>", () => {
    const out = writeReportCopy(richPackage({ definedNames: null }), small("t"));
    const wb = unzipText(out.bytes, "xl/workbook.xml");
    const at = (s: string) => wb.indexOf(s);
    expect(at("</sheets>")).toBeLessThan(at("<definedNames>"));
    expect(at("</definedNames>")).toBeLessThan(at("<calcPr"));
    expect(marks(out.bytes)).toHaveLength(1);
  });

  it("drops the replaced sheet's formulas from the calc chain", () => {
    const withFormula = sheetXml(`<row r="1"><c r="A1"><f>1+1</f><v>2</v></c></row>`);
    const mark = `<definedNames><definedName name="${REPORT_MARK}" localSheetId="3" hidden="1">'Rapport'!$A$1</definedName></definedNames>`;
    const mixed = richPackage({
      extraSheets: [["Rapport", withFormula]],
      definedNames: mark,
      calcChain: '<c r="A1" i="4"/><c r="B4" i="1"/>',
    });
    const out = writeReportCopy(mixed, small("t"));
    expect(out.replaced).toBe(true);
    expect(unzipText(out.bytes, "xl/calcChain.xml")).toContain(
      '<calcChain xmlns="' + MAIN_NS + '"><c r="B4" i="1"/></calcChain>'
    );

    const only = richPackage({
      extraSheets: [["Rapport", withFormula]],
      definedNames: mark,
      calcChain: '<c r="A1" i="4"/><c r="A2"/>',
    });
    const out2 = writeReportCopy(only, small("t"));
    const parts = unzipAll(out2.bytes);
    expect(parts.has("xl/calcChain.xml")).toBe(false);
    expect(unzipText(out2.bytes, "xl/_rels/workbook.xml.rels")).not.toContain("calcChain");
    expect(unzipText(out2.bytes, "[Content_Types].xml")).not.toContain("calcChain");
  });

  it("writes dates in the workbook's date system", async () => {
    const model: ReportModel = {
      columnWidths: [],
      frozenRows: 0,
      charts: [],
      rows: [[{ value: "2020-03-26", format: "date" }]],
    };
    const out = writeReportCopy(richPackage({ workbookPr: '<workbookPr date1904="1"/>' }), model);
    expect(unzipText(out.bytes, "xl/worksheets/sheet4.xml")).toContain("<v>42454</v>");
  });

  it("creates a styles part when the package has none", async () => {
    const input = miniWorkbook([
      { name: "Feuil1", xml: sheetXml(`<row r="1"><c r="A1"><v>1</v></c></row>`) },
    ]);
    const out = writeReportCopy(input, small("Titre"));
    const parts = unzipAll(out.bytes);
    expect([...parts.keys()].slice(-2)).toEqual(["xl/styles.xml", "xl/worksheets/sheet2.xml"]);
    expect(unzipText(out.bytes, "xl/_rels/workbook.xml.rels")).toContain(
      `Type="${REL}/styles" Target="styles.xml"`
    );
    expect(unzipText(out.bytes, "[Content_Types].xml")).toContain('PartName="/xl/styles.xml"');
    const ws = (await loadExcel(out.bytes)).getWorksheet("Rapport")!;
    expect(ws.getCell("A1").font).toMatchObject({ bold: true, size: 14 });
    expect(ws.getCell("A2").value).toBe(12.3);
  });

  it("handles prefixed SpreadsheetML (x:) in workbook.xml and styles.xml", async () => {
    const X = `xmlns:x="${MAIN_NS}"`;
    const input = zipParts({
      "[Content_Types].xml": `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>`,
      "_rels/.rels": `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="R1" Type="${REL}/officeDocument" Target="/xl/workbook.xml"/></Relationships>`,
      "xl/workbook.xml": `${XML_HEAD}<x:workbook ${X} xmlns:rel="${R_NS}"><x:sheets><x:sheet name="Données" sheetId="7" rel:id="R1"/></x:sheets></x:workbook>`,
      "xl/_rels/workbook.xml.rels": `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="R1" Type="${REL}/worksheet" Target="/xl/worksheets/data.xml"/><Relationship Id="R2" Type="${REL}/styles" Target="/xl/styles.xml"/></Relationships>`,
      "xl/worksheets/data.xml": sheetXml(
        `<x:row r="1"><x:c r="A1"><x:v>5</x:v></x:c></x:row>`,
        "",
        "x"
      ),
      "xl/styles.xml": `${XML_HEAD}<x:styleSheet ${X}><x:fonts count="1"><x:font><x:sz val="11"/><x:name val="Calibri"/></x:font></x:fonts><x:fills count="2"><x:fill><x:patternFill patternType="none"/></x:fill><x:fill><x:patternFill patternType="gray125"/></x:fill></x:fills><x:borders count="1"><x:border/></x:borders><x:cellXfs count="1"><x:xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></x:cellXfs></x:styleSheet>`,
    });
    const out = writeReportCopy(input, small("Titre"));
    const wbXml = unzipText(out.bytes, "xl/workbook.xml");
    expect(wbXml).toContain('<x:sheet name="Rapport" sheetId="8" rel:id="rId1"/>');
    expect(wbXml).toContain(
      `<x:definedNames><x:definedName name="${REPORT_MARK}" localSheetId="1" hidden="1">&quot;Rapport&quot;</x:definedName>` +
        `<x:definedName name="_xlnm.Print_Titles" localSheetId="1">'Rapport'!$1:$1</x:definedName></x:definedNames>`
    );
    const styles = unzipText(out.bytes, "xl/styles.xml");
    expect(styles).toContain('<x:numFmts count="1"><x:numFmt numFmtId="164"');
    expect(styles).toContain(
      '<x:cellStyleXfs count="1"><x:xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></x:cellStyleXfs>'
    );
    expect(styles.indexOf("<x:numFmts")).toBeLessThan(styles.indexOf("<x:fonts"));
    expect(styles.indexOf("</x:borders>")).toBeLessThan(styles.indexOf("<x:cellStyleXfs"));
    expect(unzipText(out.bytes, "xl/_rels/workbook.xml.rels")).toContain(
      'Target="worksheets/sheet2.xml"'
    );
    const wb = openXlsx(out.bytes);
    expect(wb.sheetNames()).toEqual(["Données", "Rapport"]);
    const [d, r] = await wb.readSheets(["Données", "Rapport"]);
    expect(d.values).toEqual([[5]]);
    expect(r.values).toEqual([["Titre"], [12.3]]);
  });
});
