/**
 * The ReportModel as the three 2-D arrays Office.js takes in one call each: values, number
 * formats and cell properties (fonts, fills, borders, hyperlinks). Pure: no Excel here, so the
 * shape and the payload estimate are tested without a host.
 */
import { isValidIso, isoToExcelSerial } from "../../domain/date";
import { isValidLink, linkLocation, MAX_COLS, MAX_ROWS } from "../../grid";
import type { CellEmphasis, ReportCell, ReportModel } from "../../domain/report/model";
import { NUMBER_FORMATS, reportLook, type Look } from "../../domain/styles";
import { officeFormat } from "./look";

/** Excel's text format: a value written after it stays text, even "=…", "+1+1" or "-2". */
export const TEXT_FORMAT = NUMBER_FORMATS.text;
export const PERCENT_FORMAT = NUMBER_FORMATS.percent;
export const INTEGER_FORMAT = NUMBER_FORMATS.integer;
export const DATE_FORMAT = NUMBER_FORMATS.date;
export const EURO_FORMAT = NUMBER_FORMATS.euro;

export type GridValue = string | number | null;

export interface Grid {
  readonly rows: number;
  readonly columns: number;
  /** null: leave the cell as it is (empty after the sheet was cleared). */
  readonly values: GridValue[][];
  readonly numberFormats: (string | null)[][];
  readonly properties: Excel.SettableCellProperties[][];
  /** Estimated UTF-8 size of each row's share of the request. */
  readonly rowBytes: readonly number[];
}

const DECIMAL = /^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;

/** The value Excel receives and the format that makes it display as the model says. */
export function cellValue(cell: ReportCell): { value: GridValue; format: string | null } {
  const { value } = cell;
  if (value === null || value === undefined) return { value: null, format: null };
  const asText = { value: String(value), format: TEXT_FORMAT };
  if (cell.format === "text") return asText;
  if (cell.format === "date") {
    return typeof value === "string" && isValidIso(value)
      ? { value: isoToExcelSerial(value), format: DATE_FORMAT }
      : asText;
  }
  let n: number;
  if (typeof value === "number") n = value;
  else if (DECIMAL.test(value.trim())) n = Number(value.trim());
  else return asText;
  if (!Number.isFinite(n)) return asText;
  const format =
    cell.format === "euro"
      ? EURO_FORMAT
      : cell.format === "percent"
        ? PERCENT_FORMAT
        : INTEGER_FORMAT;
  return { value: n, format };
}

const linkLooks = new Map<string, Look>();

/** Font, fill, border and alignment of an emphasis (the style table's look, in Office.js terms). */
export function emphasisFormat(
  emphasis: CellEmphasis | undefined,
  link: boolean
): Excel.CellPropertiesFormat | null {
  // The same Look object for the same combination: officeFormat caches by look.
  const key = `${emphasis ?? ""}|${link}`;
  let look = linkLooks.get(key);
  if (!look) linkLooks.set(key, (look = reportLook(emphasis, link)));
  return officeFormat(look);
}

function cellProperties(cell: ReportCell): Excel.SettableCellProperties {
  const link = isValidLink(cell.link) ? cell.link : undefined;
  const format = emphasisFormat(cell.emphasis, link !== undefined);
  const props: Excel.SettableCellProperties = {};
  if (format) props.format = format;
  if (link) {
    const target = linkLocation(link); // same target as the xlsx copy's links
    props.hyperlink = { documentReference: target, screenTip: `Aller à ${target}` };
  }
  return props;
}

/** UTF-8 length of a string, without allocating its bytes. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

export function renderGrid(model: ReportModel): Grid {
  const rows = Math.min(model.rows.length, MAX_ROWS);
  let columns = 0;
  for (let r = 0; r < rows; r++)
    columns = Math.max(columns, Math.min(model.rows[r]?.length ?? 0, MAX_COLS));
  const values: GridValue[][] = [];
  const numberFormats: (string | null)[][] = [];
  const properties: Excel.SettableCellProperties[][] = [];
  const rowBytes: number[] = [];
  for (let r = 0; r < rows; r++) {
    const source = model.rows[r] ?? [];
    const v: GridValue[] = new Array(columns).fill(null);
    const f: (string | null)[] = new Array(columns).fill(null);
    const p: Excel.SettableCellProperties[] = [];
    for (let c = 0; c < columns; c++) {
      const cell = source[c];
      if (!cell) {
        p.push({});
        continue;
      }
      const { value, format } = cellValue(cell);
      v[c] = value;
      f[c] = format;
      p.push(cellProperties(cell));
    }
    values.push(v);
    numberFormats.push(f);
    properties.push(p);
    rowBytes.push(
      utf8Length(JSON.stringify(v)) +
        utf8Length(JSON.stringify(f)) +
        utf8Length(JSON.stringify(p)) +
        3
    );
  }
  return { rows, columns, values, numberFormats, properties, rowBytes };
}

/** Consecutive row ranges whose estimated payload stays under `limit` (at least one row each). */
export function splitRows(
  rowBytes: readonly number[],
  limit: number,
  overhead = 0
): Array<{ first: number; count: number }> {
  const blocks: Array<{ first: number; count: number }> = [];
  let first = 0;
  let size = overhead;
  for (let r = 0; r < rowBytes.length; r++) {
    if (r > first && size + rowBytes[r] > limit) {
      blocks.push({ first, count: r - first });
      first = r;
      size = overhead;
    }
    size += rowBytes[r];
  }
  if (rowBytes.length > first) blocks.push({ first, count: rowBytes.length - first });
  return blocks;
}

/** Excel column width in points for a width in characters of the default font (7 px + 5 px padding). */
export function columnWidthPoints(characters: number): number {
  return Math.round((Math.min(characters, 255) * 7 + 5) * 0.75 * 100) / 100;
}
