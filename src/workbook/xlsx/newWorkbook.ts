/**
 * A NEW .xlsx from host-free sheets (the imported convention), written on fflate: the command
 * line's `plafond import` and the preview's download are this one writer, so both look the same.
 * It writes the few parts such a workbook needs: cells, styles (the domain's style table: text
 * "@", dates, euros, bold headers on a fill), column widths and formats, frozen header rows.
 */
import type { CellStyle, ImportedSheet } from "../../domain/import";
import type { CellValue } from "../../grid";
import { columnLetter } from "../../grid";
import {
  COLORS,
  IMPORT_LOOKS,
  TEXT_STYLES,
  type Look,
  type NumberFormat,
} from "../../domain/styles";
import { numFmtOfCode } from "./reportStyles";
import { escapeAttr, escapeCellText } from "./xmlText";
import { MAIN, REL, writeNewPackage, XML } from "./newPackage";

/** The styles in cellXfs order (index 0 is Excel's default). */
const STYLES = Object.keys(IMPORT_LOOKS) as CellStyle[];
const XF = Object.fromEntries(STYLES.map((s, i) => [s, i + 1])) as Readonly<
  Record<CellStyle, number>
>;

/** numFmt ids: built-in ones where Excel has the code, else 164, 165… */
const customCodes = [...new Set(STYLES.map((s) => IMPORT_LOOKS[s].format))].filter(
  (c) => "code" in numFmtOfCode(c)
);
const numFmtId = (code: NumberFormat) => {
  const f = numFmtOfCode(code);
  return "builtin" in f ? f.builtin : 164 + customCodes.indexOf(code);
};
/** Fonts: 0 the default, 1 bold. Fills: 0 none, 1 gray125 (required), 2 the header's. */
const fontId = (look: Look) => (look.bold ? 1 : 0);
const fillId = (look: Look) => (look.fill ? 2 : 0);

function xf(style: CellStyle): string {
  const look = IMPORT_LOOKS[style];
  const align =
    (look.horizontal ? ` horizontal="${look.horizontal}"` : "") +
    (look.vertical ? ` vertical="${look.vertical}"` : "") +
    (look.wrap ? ' wrapText="1"' : "");
  const attrs = `numFmtId="${numFmtId(look.format)}" fontId="${fontId(look)}" fillId="${fillId(look)}" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1"`;
  return align ? `<xf ${attrs} applyAlignment="1"><alignment${align}/></xf>` : `<xf ${attrs}/>`;
}

const STYLES_XML =
  XML +
  `<styleSheet xmlns="${MAIN}">` +
  `<numFmts count="${customCodes.length}">` +
  customCodes
    .map((c) => `<numFmt numFmtId="${numFmtId(c)}" formatCode="${escapeAttr(c)}"/>`)
    .join("") +
  "</numFmts>" +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>' +
  '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>' +
  `<fill><patternFill patternType="solid"><fgColor rgb="FF${COLORS.importHeaderFill}"/><bgColor indexed="64"/></patternFill></fill></fills>` +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  `<cellXfs count="${STYLES.length + 1}"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
  STYLES.map(xf).join("") +
  "</cellXfs>" +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  "</styleSheet>";

/** The `<c>` of one cell; null when there is nothing to write (no value, no style). */
function cellXml(ref: string, value: CellValue, style: CellStyle | null): string | null {
  const s = style ? XF[style] : 0;
  if (value === null) return s ? `<c r="${ref}" s="${s}"/>` : null;
  if (typeof value === "string")
    return `<c r="${ref}" s="${s}" t="inlineStr"><is><t xml:space="preserve">${escapeCellText(value)}</t></is></c>`;
  if (typeof value === "object")
    return `<c r="${ref}" t="e"><v>${escapeCellText(value.error)}</v></c>`;
  if (typeof value === "boolean") return `<c r="${ref}" t="b"><v>${value ? 1 : 0}</v></c>`;
  if (!Number.isFinite(value)) return null;
  // A number in a text column keeps Excel's General look.
  return `<c r="${ref}" s="${style && TEXT_STYLES.has(style) ? 0 : s}"><v>${value}</v></c>`;
}

function sheetXml(sheet: ImportedSheet, first: boolean): string {
  const frozen = sheet.frozenRows > 0;
  const top = `A${sheet.frozenRows + 1}`;
  const view =
    `<sheetView workbookViewId="0"${first ? ' tabSelected="1"' : ""}>` +
    (frozen
      ? `<pane ySplit="${sheet.frozenRows}" topLeftCell="${top}" activePane="bottomLeft" state="frozen"/>` +
        `<selection pane="bottomLeft" activeCell="${top}" sqref="${top}"/>`
      : "") +
    "</sheetView>";
  const columns = Math.max(sheet.widths.length, sheet.columnStyles.length);
  const cols: string[] = [];
  for (let c = 0; c < columns; c++) {
    const width = sheet.widths[c];
    const style = sheet.columnStyles[c] ?? null;
    // Cells typed later in the column take its style: a date, an amount, a code kept as text.
    const styled = style ? ` style="${XF[style]}"` : "";
    const sized = width ? ` width="${width}" customWidth="1"` : ' width="9.140625"';
    cols.push(`<col min="${c + 1}" max="${c + 1}"${sized}${styled}/>`);
  }
  const rows: string[] = [];
  sheet.values.forEach((values, r) => {
    const cells = values
      .map((v, c) => cellXml(`${columnLetter(c)}${r + 1}`, v, sheet.styles[r]?.[c] ?? null))
      .filter((x): x is string => x !== null);
    if (cells.length) rows.push(`<row r="${r + 1}">${cells.join("")}</row>`);
  });
  return (
    XML +
    `<worksheet xmlns="${MAIN}" xmlns:r="${REL}">` +
    `<sheetViews>${view}</sheetViews><sheetFormatPr defaultRowHeight="15"/>` +
    (cols.length ? `<cols>${cols.join("")}</cols>` : "") +
    `<sheetData>${rows.join("")}</sheetData></worksheet>`
  );
}

/** The workbook's bytes; the first sheet is the one shown on opening. */
export function newWorkbook(sheets: readonly ImportedSheet[], date = new Date()): Uint8Array {
  return writeNewPackage(
    STYLES_XML,
    sheets.map((s, n) => ({ name: s.name, xml: sheetXml(s, n === 0) })),
    date
  );
}
