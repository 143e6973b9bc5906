/**
 * A hand-made package with the parts a read-then-save round trip through exceljs would lose:
 * a chart (drawing + chart part), a pivot table with its cache, a VBA project, custom XML,
 * a calc chain, a table, a theme.
 */
import type { ReportModel } from "../../../src/domain/report/model";
import { MAIN_NS, R_NS, REL, XML_HEAD, zipParts } from "./helpers";

const PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument";

const rels = (items: Array<[string, string, string]>) =>
  `${XML_HEAD}<Relationships xmlns="${PKG_RELS}">` +
  items
    .map(
      ([id, type, target]) =>
        `<Relationship Id="${id}" Type="${type.startsWith("http") ? type : REL + "/" + type}" Target="${target}"/>`
    )
    .join("") +
  `</Relationships>`;

export const RICH_STYLES =
  `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">` +
  `<numFmts count="1"><numFmt numFmtId="164" formatCode="0.0&quot; k€&quot;"/></numFmts>` +
  `<fonts count="2"><font><sz val="10"/><color theme="1"/><name val="Arial"/><family val="2"/></font><font><b/><sz val="10"/><name val="Arial"/></font></fonts>` +
  `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="14" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/></cellXfs>` +
  `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
  `<dxfs count="1"><dxf><font><b/></font></dxf></dxfs><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>` +
  `</styleSheet>`;

const SST = `${XML_HEAD}<sst xmlns="${MAIN_NS}" count="4" uniqueCount="4"><si><t>N° EJ</t></si><si><t>Montant AE</t></si><si><t>EJ1</t></si><si><t>EJ2</t></si></sst>`;

export interface RichOptions {
  /** Extra sheets after the three fixed ones: [name, sheet XML]. */
  readonly extraSheets?: ReadonlyArray<[string, string]>;
  readonly definedNames?: string | null;
  readonly workbookPr?: string;
  readonly calcChain?: string;
}

export function richPackage(options: RichOptions = {}): Uint8Array {
  const sheets: Array<[string, string]> = [
    [
      "Engagements",
      `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row><row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" s="1"><v>100.5</v></c></row><row r="3"><c r="A3" t="s"><v>3</v></c><c r="B3" s="1"><v>20</v></c></row><row r="4"><c r="B4" s="1"><f>SUM(B2:B3)</f><v>120.5</v></c></row>`,
    ],
    ["Synthèse croisée", `<row r="3"><c r="A3" t="inlineStr"><is><t>Étiquettes</t></is></c></row>`],
    ["L'équipe & co", `<row r="1"><c r="A1"><v>1</v></c></row>`],
    ...(options.extraSheets ?? []),
  ];
  const sheetParts: Record<string, string> = {};
  sheets.forEach(([, data], i) => {
    const extra =
      i === 0
        ? `<drawing r:id="rId1"/><tableParts count="1"><tablePart r:id="rId2"/></tableParts>`
        : "";
    sheetParts[`xl/worksheets/sheet${i + 1}.xml`] = data.startsWith("<?xml")
      ? data
      : `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${R_NS}"><sheetData>${data}</sheetData>${extra}</worksheet>`;
  });
  const names =
    options.definedNames === undefined
      ? `<definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">Engagements!$A$1:$B$4</definedName><definedName name="Total">Engagements!$B$4</definedName></definedNames>`
      : (options.definedNames ?? "");
  const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;");
  return zipParts({
    "[Content_Types].xml":
      `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"/>` +
      sheets
        .map(
          (_, i) =>
            `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${CT}.spreadsheetml.worksheet+xml"/>`
        )
        .join("") +
      `<Override PartName="/xl/theme/theme1.xml" ContentType="${CT}.theme+xml"/><Override PartName="/xl/styles.xml" ContentType="${CT}.spreadsheetml.styles+xml"/>` +
      `<Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/calcChain.xml" ContentType="${CT}.spreadsheetml.calcChain+xml"/>` +
      `<Override PartName="/xl/tables/table1.xml" ContentType="${CT}.spreadsheetml.table+xml"/><Override PartName="/xl/drawings/drawing1.xml" ContentType="${CT}.drawing+xml"/>` +
      `<Override PartName="/xl/charts/chart1.xml" ContentType="${CT}.drawingml.chart+xml"/><Override PartName="/xl/pivotTables/pivotTable1.xml" ContentType="${CT}.spreadsheetml.pivotTable+xml"/>` +
      `<Override PartName="/xl/pivotCache/pivotCacheDefinition1.xml" ContentType="${CT}.spreadsheetml.pivotCacheDefinition+xml"/><Override PartName="/xl/pivotCache/pivotCacheRecords1.xml" ContentType="${CT}.spreadsheetml.pivotCacheRecords+xml"/>` +
      `<Override PartName="/customXml/itemProps1.xml" ContentType="${CT}.customXmlProperties+xml"/>` +
      `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="${CT}.extended-properties+xml"/>` +
      `</Types>`,
    "_rels/.rels": rels([
      ["rId3", "extended-properties", "docProps/app.xml"],
      [
        "rId2",
        "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
        "docProps/core.xml",
      ],
      ["rId1", "officeDocument", "xl/workbook.xml"],
    ]),
    "docProps/app.xml": `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Excel</Application></Properties>`,
    "docProps/core.xml": `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>DINUM</dc:creator></cp:coreProperties>`,
    "xl/workbook.xml":
      `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${R_NS}">${options.workbookPr ?? '<workbookPr codeName="ThisWorkbook"/>'}<bookViews><workbookView activeTab="0"/></bookViews><sheets>` +
      sheets
        .map(([name], i) => `<sheet name="${escape(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
        .join("") +
      `</sheets>${names}<calcPr calcId="191029"/><pivotCaches><pivotCache cacheId="1" r:id="rId97"/></pivotCaches></workbook>`,
    "xl/_rels/workbook.xml.rels": rels([
      ...sheets.map((_, i): [string, string, string] => [
        `rId${i + 1}`,
        "worksheet",
        `worksheets/sheet${i + 1}.xml`,
      ]),
      ["rId95", "theme", "theme/theme1.xml"],
      ["rId96", "styles", "styles.xml"],
      ["rId97", "pivotCacheDefinition", "pivotCache/pivotCacheDefinition1.xml"],
      ["rId98", "sharedStrings", "sharedStrings.xml"],
      [
        "rId99",
        "http://schemas.microsoft.com/office/2006/relationships/vbaProject",
        "vbaProject.bin",
      ],
      ["rId100", "calcChain", "calcChain.xml"],
    ]),
    ...sheetParts,
    "xl/worksheets/_rels/sheet1.xml.rels": rels([
      ["rId1", "drawing", "../drawings/drawing1.xml"],
      ["rId2", "table", "../tables/table1.xml"],
    ]),
    "xl/worksheets/_rels/sheet2.xml.rels": rels([
      ["rId1", "pivotTable", "../pivotTables/pivotTable1.xml"],
    ]),
    "xl/tables/table1.xml": `${XML_HEAD}<table xmlns="${MAIN_NS}" id="1" name="Tableau1" displayName="Tableau1" ref="A1:B3"><autoFilter ref="A1:B3"/><tableColumns count="2"><tableColumn id="1" name="N° EJ"/><tableColumn id="2" name="Montant AE"/></tableColumns><tableStyleInfo name="TableStyleMedium2" showRowStripes="1"/></table>`,
    "xl/drawings/drawing1.xml": `${XML_HEAD}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:twoCellAnchor><xdr:from><xdr:col>3</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>9</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>15</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Graphique 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="rId1" xmlns:r="${R_NS}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`,
    "xl/drawings/_rels/drawing1.xml.rels": rels([["rId1", "chart", "../charts/chart1.xml"]]),
    "xl/charts/chart1.xml": `${XML_HEAD}<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>Engagements!$B$2:$B$3</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart></c:plotArea></c:chart></c:chartSpace>`,
    "xl/pivotTables/pivotTable1.xml": `${XML_HEAD}<pivotTableDefinition xmlns="${MAIN_NS}" name="TCD1" cacheId="1" dataCaption="Valeurs"><location ref="A3:B5" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/><pivotFields count="2"><pivotField axis="axisRow" showAll="0"><items count="3"><item x="0"/><item x="1"/><item t="default"/></items></pivotField><pivotField dataField="1" showAll="0"/></pivotFields></pivotTableDefinition>`,
    "xl/pivotTables/_rels/pivotTable1.xml.rels": rels([
      ["rId1", "pivotCacheDefinition", "../pivotCache/pivotCacheDefinition1.xml"],
    ]),
    "xl/pivotCache/pivotCacheDefinition1.xml": `${XML_HEAD}<pivotCacheDefinition xmlns="${MAIN_NS}" xmlns:r="${R_NS}" r:id="rId1" recordCount="2"><cacheSource type="worksheet"><worksheetSource ref="A1:B3" sheet="Engagements"/></cacheSource><cacheFields count="2"><cacheField name="N° EJ" numFmtId="0"><sharedItems count="2"><s v="EJ1"/><s v="EJ2"/></sharedItems></cacheField><cacheField name="Montant AE" numFmtId="164"><sharedItems containsNumber="1" minValue="20" maxValue="100.5"/></cacheField></cacheFields></pivotCacheDefinition>`,
    "xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels": rels([
      ["rId1", "pivotCacheRecords", "pivotCacheRecords1.xml"],
    ]),
    "xl/pivotCache/pivotCacheRecords1.xml": `${XML_HEAD}<pivotCacheRecords xmlns="${MAIN_NS}" count="2"><r><x v="0"/><n v="100.5"/></r><r><x v="1"/><n v="20"/></r></pivotCacheRecords>`,
    "xl/theme/theme1.xml": `${XML_HEAD}<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office"><a:themeElements/></a:theme>`,
    "xl/styles.xml": RICH_STYLES,
    "xl/sharedStrings.xml": SST,
    "xl/calcChain.xml": `${XML_HEAD}<calcChain xmlns="${MAIN_NS}">${options.calcChain ?? '<c r="B4" i="1"/>'}</calcChain>`,
    "xl/vbaProject.bin": Uint8Array.from({ length: 3000 }, (_, i) => (i * 2654435761) >>> 24),
    "customXml/item1.xml": `${XML_HEAD}<b:Sources xmlns:b="http://schemas.openxmlformats.org/officeDocument/2006/bibliography"/>`,
    "customXml/itemProps1.xml": `${XML_HEAD}<ds:datastoreItem ds:itemID="{6B1C4F4A-0000-4000-8000-000000000001}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"/>`,
    "customXml/_rels/item1.xml.rels": rels([["rId1", "customXmlProps", "itemProps1.xml"]]),
  });
}

export const SAMPLE_MODEL: ReportModel = {
  columnWidths: [30, 16, 12.5, 14],
  frozenRows: 3,
  charts: [],
  rows: [
    [{ value: "Rapport de la convention", format: "text", emphasis: "title" }],
    [{ value: "au 30/06/2020", format: "text", emphasis: "subtitle" }],
    [
      { value: "Centre financier", format: "text", emphasis: "header" },
      { value: "AE engagées", format: "text", emphasis: "header" },
      { value: "Taux", format: "text", emphasis: "header" },
      { value: "Date", format: "text", emphasis: "header" },
    ],
    [
      {
        value: "0113-PEBC-ELAB",
        format: "text",
        link: { sheet: "L'équipe & co", row: 12, column: 5 },
      },
      { value: "-1234.50", format: "euro", emphasis: "alert" },
      { value: "0.9018", format: "percent", emphasis: "warning" },
      { value: "2020-03-26", format: "date" },
    ],
    [],
    [
      { value: "Total", format: "text", emphasis: "total" },
      { value: "220000.10", format: "euro", emphasis: "total" },
      null,
      { value: 42, format: "integer", emphasis: "muted" },
    ],
    [
      { value: '=HYPERLINK("http://x";"clic")', format: "text" },
      { value: "+1+1", format: "text" },
      { value: "@SUM(A1)", format: "text" },
      { value: "-2", format: "text", emphasis: "bold" },
    ],
    [
      {
        value: "ligne\u0001 _x0041_ <b>&amp;</b>",
        format: "text",
        link: { sheet: "Engagements", row: 3, column: 1 },
      },
      { value: "pas un nombre", format: "euro" },
    ],
  ],
};
