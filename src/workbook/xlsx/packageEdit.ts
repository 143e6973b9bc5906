/**
 * Edits of the package index parts, each one an insertion into the existing XML text (nothing
 * else in the part is rewritten): a sheet and a defined name in workbook.xml, a relationship,
 * a content-type override.
 */
import { REL_NS } from "./opc";
import { escapeAttr, findElement, findTag, findTags, rootPrefix } from "./xmlText";

export const WORKSHEET_CT =
  "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
export const STYLES_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";

function insertAt(xml: string, at: number, text: string): string {
  return xml.slice(0, at) + text + xml.slice(at);
}

/** The prefix the workbook's root binds to the relationships namespace, if any. */
function relPrefix(xml: string): string | null {
  const root = findTag(xml, rootPrefix(xml) + "workbook");
  if (!root) return null;
  for (const [key, value] of Object.entries(root.attrs)) {
    if (value === REL_NS && key.startsWith("xmlns:")) return key.slice(6);
  }
  return null;
}

/** Appends `<sheet name sheetId r:id/>` at the end of `<sheets>`. */
export function addSheetEntry(
  xml: string,
  sheet: { name: string; sheetId: number; relId: string }
): string {
  const p = rootPrefix(xml);
  const r = relPrefix(xml);
  const idAttr = r
    ? `${r}:id="${escapeAttr(sheet.relId)}"`
    : `r:id="${escapeAttr(sheet.relId)}" xmlns:r="${REL_NS}"`;
  const entry = `<${p}sheet name="${escapeAttr(sheet.name)}" sheetId="${sheet.sheetId}" ${idAttr}/>`;
  const sheets = findElement(xml, p + "sheets");
  if (!sheets) throw new Error("workbook.xml sans élément <sheets>");
  if (sheets.tag.selfClosing) {
    const open = xml.slice(sheets.tag.start, sheets.tag.end).replace(/\s*\/>$/, ">");
    return xml.slice(0, sheets.tag.start) + open + entry + `</${p}sheets>` + xml.slice(sheets.end);
  }
  return insertAt(xml, sheets.innerEnd, entry);
}

/**
 * Makes `name` a hidden defined name scoped to the sheet at `localSheetId`, with `value`;
 * every other definition of `name` (any scope, compared case-insensitively) is removed.
 * `<definedNames>` is created when absent, where CT_Workbook wants it (after sheets,
 * functionGroups and externalReferences, before calcPr and the rest).
 */
export function setSheetMark(
  xml: string,
  name: string,
  localSheetId: number,
  value: string
): string {
  const p = rootPrefix(xml);
  const entry = `<${p}definedName name="${escapeAttr(name)}" localSheetId="${localSheetId}" hidden="1">${escapeAttr(value)}</${p}definedName>`;
  let names = findElement(xml, p + "definedNames");
  if (names && !names.tag.selfClosing) {
    const spans: Array<[number, number]> = [];
    let from = names.tag.end;
    for (;;) {
      const el = findElement(xml, p + "definedName", from, names.innerEnd);
      if (!el) break;
      if ((el.tag.attrs.name ?? "").toUpperCase() === name.toUpperCase())
        spans.push([el.tag.start, el.end]);
      from = el.end;
    }
    for (const [s, e] of spans.reverse()) xml = xml.slice(0, s) + xml.slice(e);
    names = findElement(xml, p + "definedNames")!;
    return insertAt(xml, names.innerEnd, entry);
  }
  if (names)
    return (
      xml.slice(0, names.tag.start) +
      `<${p}definedNames>${entry}</${p}definedNames>` +
      xml.slice(names.end)
    );
  let at = -1;
  for (const before of ["sheets", "functionGroups", "externalReferences"]) {
    const el = findElement(xml, p + before);
    if (el) at = Math.max(at, el.end);
  }
  if (at < 0) throw new Error("workbook.xml sans élément <sheets>");
  return insertAt(xml, at, `<${p}definedNames>${entry}</${p}definedNames>`);
}

const EMPTY_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';

/** Appends a Relationship (creates the rels part's text when `xml` is null). */
export function addRelationship(
  xml: string | null,
  rel: { id: string; type: string; target: string }
): string {
  const text = xml ?? EMPTY_RELS;
  const p = rootPrefix(text);
  const entry = `<${p}Relationship Id="${escapeAttr(rel.id)}" Type="${escapeAttr(rel.type)}" Target="${escapeAttr(rel.target)}"/>`;
  const root = findElement(text, p + "Relationships");
  if (!root) throw new Error("partie de relations illisible");
  if (root.tag.selfClosing) {
    const open = text.slice(root.tag.start, root.tag.end).replace(/\s*\/>$/, ">");
    return (
      text.slice(0, root.tag.start) + open + entry + `</${p}Relationships>` + text.slice(root.end)
    );
  }
  return insertAt(text, root.innerEnd, entry);
}

/** Adds `<Override PartName ContentType/>` unless the part already has one. */
export function addOverride(xml: string, partPath: string, contentType: string): string {
  const p = rootPrefix(xml);
  const partName = "/" + partPath.replace(/^\/+/, "");
  const exists = findTags(xml, p + "Override").some(
    (t) => (t.attrs.PartName ?? "").toLowerCase() === partName.toLowerCase()
  );
  if (exists) return xml;
  const root = findElement(xml, p + "Types");
  if (!root || root.tag.selfClosing) throw new Error("[Content_Types].xml illisible");
  const entry = `<${p}Override PartName="${escapeAttr(partName)}" ContentType="${escapeAttr(contentType)}"/>`;
  return insertAt(xml, root.innerEnd, entry);
}

/** Removes the element `<qname …/>` (or `<qname …>…</qname>`) whose attribute `attr` is `value`. */
function removeWhere(xml: string, qname: string, attr: string, value: string): string {
  for (const tag of findTags(xml, qname)) {
    if ((tag.attrs[attr] ?? "").toLowerCase() !== value.toLowerCase()) continue;
    const end = tag.selfClosing
      ? tag.end
      : xml.indexOf(">", xml.indexOf("</" + qname, tag.end)) + 1;
    return xml.slice(0, tag.start) + xml.slice(end);
  }
  return xml;
}

export function removeRelationship(xml: string, id: string): string {
  return removeWhere(xml, rootPrefix(xml) + "Relationship", "Id", id);
}

export function removeOverride(xml: string, partPath: string): string {
  return removeWhere(
    xml,
    rootPrefix(xml) + "Override",
    "PartName",
    "/" + partPath.replace(/^\/+/, "")
  );
}
