/**
 * A convention workbook carrying what a controller's real file often has and a rewrite would
 * lose: a chart (drawing + chart part) on Engagements, a pivot table with its cache on its own
 * sheet, and a VBA project (macro-enabled package).
 */
import { unzipSync } from "fflate";
import { baseSheets } from "./base";
import { buildXlsx, MAIN_NS, PKG_RELS_NS, R_NS, XML_HEAD } from "./xlsx-builder";

const CT = "application/vnd.openxmlformats-officedocument";
const rel = (id: string, type: string, target: string) =>
  `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`;
const rels = (...items: string[]) =>
  `${XML_HEAD}<Relationships xmlns="${PKG_RELS_NS}">${items.join("")}</Relationships>`;

/** Bytes no writer would produce by chance: the VBA project must come back exactly. */
export const VBA_BYTES = Uint8Array.from({ length: 3000 }, (_, i) => (i * 131 + 7) % 256);

const DRAWING =
  `${XML_HEAD}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">` +
  `<xdr:twoCellAnchor><xdr:from><xdr:col>10</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
  `<xdr:to><xdr:col>17</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>16</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
  `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Graphique 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
  `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">` +
  `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${R_NS}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`;

const CHART =
  `${XML_HEAD}<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${R_NS}">` +
  `<c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>AE engagées par EJ</a:t></a:r></a:p></c:rich></c:tx></c:title><c:plotArea><c:layout/>` +
  `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/>` +
  `<c:cat><c:strRef><c:f>Engagements!$A$2:$A$3</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>Engagements!$I$2:$I$3</c:f></c:numRef></c:val></c:ser>` +
  `<c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="b"/><c:crossAx val="2"/></c:catAx>` +
  `<c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea></c:chart></c:chartSpace>`;

const CACHE_DEFINITION =
  `${XML_HEAD}<pivotCacheDefinition xmlns="${MAIN_NS}" xmlns:r="${R_NS}" r:id="rId1" refreshOnLoad="1" recordCount="2">` +
  `<cacheSource type="worksheet"><worksheetSource ref="A1:I3" sheet="Engagements"/></cacheSource><cacheFields count="2">` +
  `<cacheField name="Prestation" numFmtId="0"><sharedItems count="2"><s v="Devops"/><s v="Design"/></sharedItems></cacheField>` +
  `<cacheField name="Montant AE" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" containsInteger="1" minValue="10000" maxValue="30000"/></cacheField>` +
  `</cacheFields></pivotCacheDefinition>`;

const CACHE_RECORDS = `${XML_HEAD}<pivotCacheRecords xmlns="${MAIN_NS}" count="2"><r><x v="0"/><n v="30000"/></r><r><x v="1"/><n v="10000"/></r></pivotCacheRecords>`;

const PIVOT_TABLE =
  `${XML_HEAD}<pivotTableDefinition xmlns="${MAIN_NS}" name="Croisé1" cacheId="7" applyNumberFormats="0" applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" applyAlignmentFormats="0" applyWidthHeightFormats="1" dataCaption="Valeurs" updatedVersion="8" minRefreshableVersion="3" createdVersion="8" indent="0" outline="1" outlineData="1">` +
  `<location ref="A3:B6" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/><pivotFields count="2"><pivotField axis="axisRow" showAll="0"><items count="3"><item x="0"/><item x="1"/><item t="default"/></items></pivotField><pivotField dataField="1" showAll="0"/></pivotFields>` +
  `<rowFields count="1"><field x="0"/></rowFields><rowItems count="3"><i><x/></i><i><x v="1"/></i><i t="grand"><x/></i></rowItems><colItems count="1"><i/></colItems>` +
  `<dataFields count="1"><dataField name="Somme de Montant AE" fld="1" baseField="0" baseItem="0"/></dataFields></pivotTableDefinition>`;

/** The package: the base convention plus a pivot sheet, a chart, a VBA project. */
export function richConventionPackage(): Uint8Array {
  const sheets = [
    ...baseSheets(),
    {
      name: "Synthèse croisée",
      rows: [
        [],
        [],
        ["Étiquettes de lignes", "Somme de Montant AE"],
        ["Devops", 30000],
        ["Design", 10000],
        ["Total général", 40000],
      ],
    },
  ];
  return buildXlsx(sheets, {
    mainContentType: "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
    defaultContentTypes: [["bin", "application/vnd.ms-office.vbaProject"]],
    workbookRels: [
      ["http://schemas.microsoft.com/office/2006/relationships/vbaProject", "vbaProject.bin"],
      [`${R_NS}/pivotCacheDefinition`, "pivotCache/pivotCacheDefinition1.xml"],
    ],
    workbookXmlExtra: `<pivotCaches><pivotCache cacheId="7" r:id="rIdW2"/></pivotCaches>`,
    sheetExtras: {
      3: {
        rels: [[`${R_NS}/drawing`, "../drawings/drawing1.xml"]],
        xml: `<drawing r:id="rIdX1"/>`,
      },
      5: { rels: [[`${R_NS}/pivotTable`, "../pivotTables/pivotTable1.xml"]], xml: "" },
    },
    extraParts: {
      "xl/vbaProject.bin": { data: VBA_BYTES },
      "xl/drawings/drawing1.xml": { data: DRAWING, contentType: `${CT}.drawing+xml` },
      "xl/drawings/_rels/drawing1.xml.rels": {
        data: rels(rel("rId1", `${R_NS}/chart`, "../charts/chart1.xml")),
      },
      "xl/charts/chart1.xml": { data: CHART, contentType: `${CT}.drawingml.chart+xml` },
      "xl/pivotCache/pivotCacheDefinition1.xml": {
        data: CACHE_DEFINITION,
        contentType: `${CT}.spreadsheetml.pivotCacheDefinition+xml`,
      },
      "xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels": {
        data: rels(rel("rId1", `${R_NS}/pivotCacheRecords`, "pivotCacheRecords1.xml")),
      },
      "xl/pivotCache/pivotCacheRecords1.xml": {
        data: CACHE_RECORDS,
        contentType: `${CT}.spreadsheetml.pivotCacheRecords+xml`,
      },
      "xl/pivotTables/pivotTable1.xml": {
        data: PIVOT_TABLE,
        contentType: `${CT}.spreadsheetml.pivotTable+xml`,
      },
      "xl/pivotTables/_rels/pivotTable1.xml.rels": {
        data: rels(
          rel("rId1", `${R_NS}/pivotCacheDefinition`, "../pivotCache/pivotCacheDefinition1.xml")
        ),
      },
    },
  });
}

/** Parts a copy may change (the package index, styles and shared strings appended to). */
export const INDEX_PARTS = new Set([
  "[Content_Types].xml",
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
  "xl/styles.xml",
  "xl/sharedStrings.xml",
]);

/** Every part of `input` is in `output` with the same bytes (index parts aside); returns the added parts. */
export function expectPartsKept(input: Uint8Array, output: Uint8Array): string[] {
  const a = unzipSync(input);
  const b = unzipSync(output);
  for (const [name, bytes] of Object.entries(a)) {
    expect({ name, present: name in b }).toEqual({ name, present: true });
    if (INDEX_PARTS.has(name) || name.startsWith("docProps/")) continue;
    expect({ name, same: Buffer.from(b[name]).equals(Buffer.from(bytes)) }).toEqual({
      name,
      same: true,
    });
  }
  return Object.keys(b).filter((n) => !(n in a));
}
