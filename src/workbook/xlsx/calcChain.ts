/**
 * xl/calcChain.xml lists the formula cells Excel computes, by sheet id. When the report
 * replaces a sheet that held formulas (a user may type some in it), their entries must go,
 * or Excel reports the workbook as damaged. Returns null when nothing refers to the sheet,
 * "" when no entry is left (the part must then go: a calc chain cannot be empty).
 */
import { findTags, rootPrefix } from "./xmlText";

export function dropSheetFromCalcChain(xml: string, sheetId: number): string | null {
  const p = rootPrefix(xml);
  let current = -1; // an entry without `i` belongs to the previous entry's sheet
  let out = "";
  let last = 0;
  for (const tag of findTags(xml, p + "c")) {
    if (tag.attrs.i !== undefined) current = Number(tag.attrs.i);
    if (current !== sheetId) continue;
    out += xml.slice(last, tag.start);
    last = tag.end;
  }
  if (last === 0) return null;
  const rest = out + xml.slice(last);
  return findTags(rest, p + "c").length === 0 ? "" : rest;
}
