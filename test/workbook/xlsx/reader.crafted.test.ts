/** The reader on hand-written parts: the XML forms Excel and other producers use. */
import { openXlsx } from "../../../src/workbook/xlsx";
import { MAIN_NS, R_NS, XML_HEAD, miniWorkbook, sheetXml } from "./helpers";

const SST =
  `${XML_HEAD}<sst xmlns="${MAIN_NS}" count="6" uniqueCount="6">` +
  `<si><t>simple</t></si>` +
  `<si><r><rPr><b/></rPr><t xml:space="preserve">gras </t></r><r><t>puis normal</t></r><rPh sb="0" eb="1"><t>フリガナ</t></rPh><phoneticPr fontId="1"/></si>` +
  `<si><t>a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos; &#233;&#xE9;</t></si>` +
  `<si><t>ligne_x000D_\nsuivante _x005F_x0041_ _x0041_</t></si>` +
  `<si/>` +
  `<si><t/></si>` +
  `</sst>`;

async function read(xml: string, options: Parameters<typeof miniWorkbook>[1] = {}) {
  const wb = openXlsx(miniWorkbook([{ name: "S", xml }], { sst: SST, ...options }));
  const [sheet] = await wb.readSheets(["S"]);
  return sheet;
}

describe("reader: cell forms", () => {
  it("decodes shared strings: rich runs joined, phonetic runs skipped, entities and _x escapes", async () => {
    const s = await read(
      sheetXml(
        `<row r="1">${[0, 1, 2, 3, 4, 5].map((i) => `<c t="s"><v>${i}</v></c>`).join("")}</row>`
      )
    );
    expect(s.values).toEqual([
      ["simple", "gras puis normal", `a & b <c> "d" 'e' éé`, "ligne\r\nsuivante _x0041_ A", "", ""],
    ]);
  });

  it("reads inline strings (plain and rich), str, booleans, errors, ISO dates, formulas without a value", async () => {
    const s = await read(
      sheetXml(
        `<row r="1">` +
          `<c r="A1" t="inlineStr"><is><t>en ligne &amp; &#x263A;</t></is></c>` +
          `<c r="B1" t="inlineStr"><is><r><t>riche </t></r><r><rPr><i/></rPr><t>aussi</t></r></is></c>` +
          `<c r="C1" t="str"><f>A1</f><v>résultat</v></c>` +
          `<c r="D1" t="b"><v>1</v></c><c r="E1" t="b"><v>0</v></c>` +
          `<c r="F1" t="e"><f>1/0</f><v>#DIV/0!</v></c>` +
          `<c r="G1" t="d"><v>2020-03-26</v></c><c r="H1" t="d"><v>2020-03-26T12:00:00</v></c>` +
          `<c r="I1"><f>SUM(A2:A3)</f></c><c r="J1" t="str"><f>A1</f></c>` +
          `<c r="K1" s="3"/><c r="L1"><v>-1.5E-3</v></c><c r="M1" t="n"><v>12345678901234567890</v></c>` +
          `</row>`
      )
    );
    expect(s.values).toEqual([
      [
        "en ligne & ☺",
        "riche aussi",
        "résultat",
        true,
        false,
        { error: "#DIV/0!" },
        43916,
        43916.5,
        null,
        null,
        null,
        -0.0015,
        // A number past a double's precision, as a file may hold it: read as Excel reads it.
        // eslint-disable-next-line no-loss-of-precision
        12345678901234567890,
      ],
    ]);
  });

  it("handles cells and rows without r, sparse rows, and the origin of the used range", async () => {
    const s = await read(
      sheetXml(
        `<row r="3"><c r="C3"><v>1</v></c><c><v>2</v></c><c r="F3"><v>3</v></c><c><v>4</v></c></row>` +
          `<row><c r="D4" t="s"><v>0</v></c></row>` +
          `<row r="7" spans="1:3" ht="20" customHeight="1" hidden="1"><c r="E7"><v>0.1</v></c></row>` +
          `<row r="8"/>` +
          `<row r="9"><c r="C9" s="1"/></row>`
      )
    );
    expect(s.origin).toEqual({ row: 2, col: 2 });
    // Ragged rows, the empty ones one shared frozen row: memory follows the cells that hold something.
    expect(s.values.map((r) => r.length)).toEqual([5, 2, 0, 0, 3]);
    expect(s.values[2]).toBe(s.values[3]);
    expect(Object.isFrozen(s.values[2])).toBe(true);
    expect(s.values.map((row) => Array.from({ length: 5 }, (_, c) => row[c] ?? null))).toEqual([
      [1, 2, null, 3, 4],
      [null, "simple", null, null, null],
      [null, null, null, null, null],
      [null, null, null, null, null],
      [null, null, 0.1, null, null],
    ]);
  });

  it("reads CDATA sections literally", async () => {
    const s = await read(
      sheetXml(
        `<row r="1"><c r="A1" t="inlineStr"><is><t><![CDATA[a & <b>]]> &amp; c</t></is></c><c r="B1" t="str"><v><![CDATA[x_x0041_]]></v></c></row>`
      )
    );
    expect(s.values).toEqual([["a & <b> & c", "xA"]]);
  });

  it("reads a sheet whose elements carry a namespace prefix", async () => {
    const xml = sheetXml(
      `<x:row r="2"><x:c r="B2" t="s"><x:v>0</x:v></x:c><x:c r="C2"><x:v>42</x:v></x:c></x:row>`,
      "",
      "x"
    );
    const s = await read(xml);
    expect(s.origin).toEqual({ row: 1, col: 1 });
    expect(s.values).toEqual([["simple", 42]]);
  });

  it("gives an empty sheet for an empty sheetData", async () => {
    const s = await read(
      `${XML_HEAD}<worksheet xmlns="${MAIN_NS}"><sheetData/><mergeCells count="1"><mergeCell ref="A1:B2"/></mergeCells></worksheet>`
    );
    expect(s.values).toEqual([]);
    expect(s.origin).toEqual({ row: 0, col: 0 });
  });

  it("reads a part cut inside a tag up to the cut (the scan used to start over forever)", async () => {
    const head = `${XML_HEAD}<worksheet xmlns="${MAIN_NS}"><sheetData><row r="1"><c r="A1"><v>1</v></c>`;
    expect((await read(head + `<c r="B1"><v>2</v></c `)).values).toEqual([[1, 2]]);
    for (const cut of [`<c r="B1"><v`, `<c r="B1"><f`])
      expect((await read(head + cut)).values).toEqual([[1]]);
  });

  it("reads cells whose <v> or <f> is never closed in one pass (each used to search to the end)", async () => {
    // 80 000 such cells took 45 s, 200 000 minutes (read in a few milliseconds now: the test's
    // own time-out catches a scan that searches to the end again for each cell).
    for (const unit of ["<c><v>1</c>", "</row><row><c><f>1</c>"]) {
      const s = await read(sheetXml(`<row r="1">${unit.repeat(200_000)}</row>`));
      expect(s.values).toEqual([]);
    }
  }, 10_000);

  it("gives t=d dates as 1900-system serials, whatever the workbook's date system", async () => {
    const xml = sheetXml(`<row r="1"><c r="A1" t="d"><v>1904-01-02</v></c></row>`);
    const wb1900 = openXlsx(miniWorkbook([{ name: "S", xml }]));
    expect(wb1900.date1904).toBe(false);
    expect((await wb1900.readSheets(["S"]))[0].values).toEqual([[1463]]);
    const wb1904 = openXlsx(
      miniWorkbook([{ name: "S", xml }], { workbookPr: '<workbookPr date1904="1"/>' })
    );
    expect(wb1904.date1904).toBe(true);
    expect((await wb1904.readSheets(["S"]))[0].values).toEqual([[1463]]);
  });

  it("shifts date-formatted numbers of a 1904 workbook to the 1900 system, and only those", async () => {
    // Style 1 is a built-in date (14), style 2 a custom "dd/mm/yyyy", style 3 a euro amount.
    const styles = `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}"><numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="#,##0.00 &quot;€&quot;"/></numFmts><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/></cellXfs></styleSheet>`;
    const xml = sheetXml(
      `<row r="1"><c r="A1" s="1"><v>42368</v></c><c r="B1" s="2"><v>42368</v></c><c r="C1" s="3"><v>42368</v></c><c r="D1"><v>7</v></c></row>`
    );
    const wb = openXlsx(
      miniWorkbook([{ name: "S", xml }], { workbookPr: '<workbookPr date1904="1"/>', styles })
    );
    // 42368 in 1904 is 31/12/2019, which is 43830 in the 1900 system.
    expect((await wb.readSheets(["S"]))[0].values).toEqual([[43830, 43830, 42368, 7]]);
  });
});

describe("reader: package structure", () => {
  const tableXml = (ref: string, extra = "") =>
    `${XML_HEAD}<table xmlns="${MAIN_NS}" id="1" name="Table1" displayName="Plafonds_2020" ref="${ref}"${extra}><autoFilter ref="${ref}"/><tableColumns count="2"><tableColumn id="1" name="A"/><tableColumn id="2" name="B"/></tableColumns></table>`;
  const sheetRels = (targets: string[]) =>
    `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    targets
      .map((t, i) => `<Relationship Id="rId${i + 1}" Type="${R_NS}/table" Target="${t}"/>`)
      .join("") +
    `</Relationships>`;

  it("resolves absolute and relative targets, lists chartsheets (read as empty), finds tables", async () => {
    const bytes = miniWorkbook(
      [
        {
          name: "Absolu",
          xml: sheetXml(`<row r="1"><c r="A1"><v>1</v></c></row>`),
          target: "/xl/worksheets/sheet1.xml",
          rels: sheetRels(["../tables/table1.xml", "/xl/tables/table2.xml"]),
        },
        {
          name: "Graphique",
          xml: `${XML_HEAD}<chartsheet xmlns="${MAIN_NS}"/>`,
          kind: "chartsheet",
        },
        {
          name: "Relatif",
          xml: sheetXml(`<row r="1"><c r="A1"><v>2</v></c></row>`),
          target: "./worksheets/../worksheets/sheet3.xml",
        },
      ],
      {
        more: {
          "xl/tables/table1.xml": tableXml("B3:C10", ' headerRowCount="0"'),
          "xl/tables/table2.xml": tableXml("$E$5:$F$9", ' totalsRowCount="1"').replace(
            "Plafonds_2020",
            "Deux"
          ),
        },
      }
    );
    const wb = openXlsx(bytes);
    expect(wb.sheetNames()).toEqual(["Absolu", "Graphique", "Relatif"]);
    expect(wb.sheetPath("Absolu")).toBe("xl/worksheets/sheet1.xml");
    expect(wb.sheetPath("Relatif")).toBe("xl/worksheets/sheet3.xml");
    expect(wb.sheets().map((s) => s.kind)).toEqual(["worksheet", "chartsheet", "worksheet"]);
    const [a, g, r] = await wb.readSheets(["Absolu", "Graphique", "Relatif"]);
    expect(a.values).toEqual([[1]]);
    expect(a.tables).toEqual([
      {
        name: "Plafonds_2020",
        range: { top: 2, left: 1, bottom: 9, right: 2 },
        hasHeader: false,
        totalsRows: 0,
      },
      {
        name: "Deux",
        range: { top: 4, left: 4, bottom: 8, right: 5 },
        hasHeader: true,
        totalsRows: 1,
      },
    ]);
    expect(g).toEqual({ name: "Graphique", values: [], origin: { row: 0, col: 0 }, tables: [] });
    expect(r.values).toEqual([[2]]);
  });

  it("exposes defined names with their scope and the workbook's date system", () => {
    const bytes = miniWorkbook([{ name: "S", xml: sheetXml("") }], {
      workbookExtra:
        `<definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">'S'!$A$1:$B$2</definedName>` +
        `<definedName name="Taux" hidden="1">S!$C$1&amp;""</definedName><definedName name="Vide"/></definedNames>`,
    });
    const wb = openXlsx(bytes);
    expect(wb.definedNames()).toEqual([
      { name: "_xlnm.Print_Area", localSheetId: 0, value: "'S'!$A$1:$B$2", hidden: false },
      { name: "Taux", value: 'S!$C$1&""', hidden: true },
      { name: "Vide", value: "", hidden: false },
    ]);
  });
});
