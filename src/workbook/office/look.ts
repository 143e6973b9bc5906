/** A look of the domain's style table in Office.js terms (fonts, fills, borders, alignment). */
import type { Look } from "../../domain/styles";

const cache = new Map<Look, Excel.CellPropertiesFormat | null>();

/** The cell format of a look; null when it changes nothing. Cached: looks are few. */
export function officeFormat(look: Look): Excel.CellPropertiesFormat | null {
  const hit = cache.get(look);
  if (hit !== undefined) return hit;
  const font: Excel.CellPropertiesFont = {};
  if (look.bold) font.bold = true;
  if (look.italic) font.italic = true;
  if (look.size) font.size = look.size;
  if (look.color) font.color = `#${look.color}`;
  if (look.underline) font.underline = "Single";
  const format: Excel.CellPropertiesFormat = {};
  if (Object.keys(font).length) format.font = font;
  if (look.fill) format.fill = { color: `#${look.fill}` };
  if (look.border) format.borders = { [look.border]: { style: "Continuous", weight: "Thin" } };
  if (look.wrap) format.wrapText = true;
  if (look.vertical) format.verticalAlignment = look.vertical === "top" ? "Top" : "Center";
  if (look.horizontal) format.horizontalAlignment = "Left";
  const result = Object.keys(format).length ? format : null;
  cache.set(look, result);
  return result;
}
