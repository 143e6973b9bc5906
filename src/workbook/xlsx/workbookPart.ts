/**
 * xl/workbook.xml: the sheets in workbook order, the defined names, the date system.
 */
import { attrByLocalName, decodeXml, findElement, findTag, findTags, rootPrefix } from "./xmlText";

export type SheetState = "visible" | "hidden" | "veryHidden";

export interface WorkbookSheetEntry {
  readonly name: string;
  readonly sheetId: number;
  /** Relationship id (r:id) into the workbook's rels. */
  readonly relId: string;
  readonly state: SheetState;
}

export interface DefinedName {
  readonly name: string;
  /** 0-based index in the workbook's sheet list for a sheet-scoped name. */
  readonly localSheetId?: number;
  readonly value: string;
  readonly hidden: boolean;
}

export interface WorkbookXml {
  /** Namespace prefix of SpreadsheetML elements ("" or e.g. "x:"). */
  readonly prefix: string;
  readonly sheets: readonly WorkbookSheetEntry[];
  readonly definedNames: readonly DefinedName[];
  readonly date1904: boolean;
}

export const STRICT_NS_MARK = "http://purl.oclc.org/ooxml/";

export function isStrictWorkbook(xml: string): boolean {
  const root = xml.indexOf(">", Math.max(0, xml.indexOf("workbook")));
  return xml.slice(0, root > 0 ? root : 2000).includes(STRICT_NS_MARK);
}

const truthy = (v: string | undefined) => v === "1" || v === "true";

export function parseWorkbookXml(xml: string): WorkbookXml {
  const p = rootPrefix(xml);
  const sheetsEl = findElement(xml, p + "sheets");
  const sheets: WorkbookSheetEntry[] = sheetsEl
    ? findTags(xml, p + "sheet", sheetsEl.tag.end, sheetsEl.innerEnd).map(({ attrs }) => ({
        name: attrs.name ?? "",
        sheetId: Number(attrs.sheetId) || 0,
        relId: attrByLocalName(attrs, "id", true) ?? "",
        state: attrs.state === "hidden" || attrs.state === "veryHidden" ? attrs.state : "visible",
      }))
    : [];
  const definedNames: DefinedName[] = [];
  const namesEl = findElement(xml, p + "definedNames");
  if (namesEl) {
    let from = namesEl.tag.end;
    for (;;) {
      const el = findElement(xml, p + "definedName", from, namesEl.innerEnd);
      if (!el) break;
      const { attrs } = el.tag;
      const local = attrs.localSheetId;
      definedNames.push({
        name: attrs.name ?? "",
        ...(local !== undefined && /^\d+$/.test(local) ? { localSheetId: Number(local) } : {}),
        value: decodeXml(xml.slice(el.tag.end, el.innerEnd)),
        hidden: truthy(attrs.hidden),
      });
      from = el.end;
    }
  }
  const pr = findTag(xml, p + "workbookPr");
  return { prefix: p, sheets, definedNames, date1904: truthy(pr?.attrs.date1904) };
}
