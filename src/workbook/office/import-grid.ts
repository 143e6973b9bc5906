/**
 * An imported convention's sheet (src/domain/import: values and styles) as the arrays Office.js
 * takes in one call each. Pure: the formats are tested without a host.
 *
 * Every text gets the text format "@" (a delegant's name starting with "-" or "=" stays text, a
 * code like "0113-07-16" is never read as a date); dates and amounts get their formats, and so do
 * the empty cells and the columns where the controller will type them.
 */
import type { CellStyle, ImportedSheet } from "../../domain/import";
import { COLORS, IMPORT_LOOKS, NUMBER_FORMATS } from "../../domain/styles";
import { TEXT_FORMAT, type GridValue } from "./grid";
import { officeFormat } from "./look";

export const HEADER_FILL = `#${COLORS.importHeaderFill}`;
export const GENERAL_FORMAT = NUMBER_FORMATS.general;

export interface ImportGrid {
  readonly rows: number;
  readonly columns: number;
  readonly values: GridValue[][];
  /** null: an empty cell keeps its column's format. */
  readonly numberFormats: (string | null)[][];
  readonly properties: Excel.SettableCellProperties[][];
  /** The format of each whole column, for what the controller types below the data. */
  readonly columnFormats: readonly (string | null)[];
}

/** The number format a style asks for; null when Excel's General is right. */
export function styleFormat(style: CellStyle | null): string | null {
  return style ? IMPORT_LOOKS[style].format : null;
}

/** Properties per style, built once from the style table. */
const PROPERTIES = Object.fromEntries(
  (Object.keys(IMPORT_LOOKS) as CellStyle[]).map((style) => {
    const format = officeFormat(IMPORT_LOOKS[style]);
    return [style, format ? { format } : {}];
  })
) as Readonly<Record<CellStyle, Excel.SettableCellProperties>>;

function cell(
  value: ImportedSheet["values"][number][number],
  style: CellStyle | null
): { value: GridValue; format: string | null } {
  if (value === null) return { value: null, format: styleFormat(style) };
  if (typeof value === "string") return { value, format: TEXT_FORMAT };
  if (typeof value === "object") return { value: value.error, format: TEXT_FORMAT };
  if (typeof value === "boolean") return { value: value ? "VRAI" : "FAUX", format: TEXT_FORMAT };
  // A number in a text column (a notice in months on the Sources sheet) shows as a number.
  const format = styleFormat(style);
  return { value, format: format === TEXT_FORMAT || format === null ? GENERAL_FORMAT : format };
}

export function importGrid(sheet: ImportedSheet): ImportGrid {
  const rows = sheet.values.length;
  const columns = Math.max(
    sheet.widths.length,
    sheet.columnStyles.length,
    ...sheet.values.map((r) => r.length)
  );
  const values: GridValue[][] = [];
  const numberFormats: (string | null)[][] = [];
  const properties: Excel.SettableCellProperties[][] = [];
  for (let r = 0; r < rows; r++) {
    const v: GridValue[] = [];
    const f: (string | null)[] = [];
    const p: Excel.SettableCellProperties[] = [];
    for (let c = 0; c < columns; c++) {
      const style = sheet.styles[r]?.[c] ?? null;
      const { value, format } = cell(sheet.values[r]?.[c] ?? null, style);
      v.push(value);
      f.push(format);
      p.push(style ? PROPERTIES[style] : {});
    }
    values.push(v);
    numberFormats.push(f);
    properties.push(p);
  }
  const columnFormats = Array.from({ length: columns }, (_, c) =>
    styleFormat(sheet.columnStyles[c] ?? null)
  );
  return { rows, columns, values, numberFormats, properties, columnFormats };
}
