/**
 * The parts every new workbook Plafond writes needs (content types, relationships, workbook.xml),
 * around its styles and sheets: shared by the imported-convention writer and the portfolio's.
 */
import { escapeAttr } from "./xmlText";
import { writeZip } from "./zipWrite";

export const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';
export const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument.spreadsheetml";

export interface NewSheetPart {
  readonly name: string;
  readonly xml: string;
  /** The sheet's own relationships part (hyperlinks to files), when it has one. */
  readonly rels?: string | null;
}

const part = (n: number) => `xl/worksheets/sheet${n + 1}.xml`;

/** The package's bytes; the first sheet is the one shown on opening. */
export function writeNewPackage(
  stylesXml: string,
  sheets: readonly NewSheetPart[],
  date = new Date()
): Uint8Array {
  const encode = (s: string) => new TextEncoder().encode(s);
  const types =
    XML +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    `<Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/>` +
    `<Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/>` +
    sheets
      .map((_, n) => `<Override PartName="/${part(n)}" ContentType="${CT}.worksheet+xml"/>`)
      .join("") +
    "</Types>";
  const workbook =
    XML +
    `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView activeTab="0"/></bookViews><sheets>` +
    sheets
      .map((s, n) => `<sheet name="${escapeAttr(s.name)}" sheetId="${n + 1}" r:id="rId${n + 1}"/>`)
      .join("") +
    "</sheets></workbook>";
  const workbookRels =
    XML +
    `<Relationships xmlns="${PKG_REL}">` +
    sheets
      .map(
        (_, n) =>
          `<Relationship Id="rId${n + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${n + 1}.xml"/>`
      )
      .join("") +
    `<Relationship Id="rId${sheets.length + 1}" Type="${REL}/styles" Target="styles.xml"/></Relationships>`;
  const parts: Array<[string, string]> = [
    ["[Content_Types].xml", types],
    [
      "_rels/.rels",
      `${XML}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ],
    ["xl/workbook.xml", workbook],
    ["xl/_rels/workbook.xml.rels", workbookRels],
    ["xl/styles.xml", stylesXml],
  ];
  sheets.forEach((s, n) => {
    parts.push([part(n), s.xml]);
    if (s.rels) parts.push([`xl/worksheets/_rels/sheet${n + 1}.xml.rels`, s.rels]);
  });
  return writeZip(
    parts.map(([name, xml]) => ({ kind: "new", name, data: encode(xml) })),
    date
  );
}
