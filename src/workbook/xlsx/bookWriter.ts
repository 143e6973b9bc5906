/**
 * A NEW .xlsx from host-free book sheets (the portfolio), on fflate like `newWorkbook.ts`: inline
 * strings (text from the users' cells can never become a formula), numbers, dates as serials, the
 * domain's colours and number formats, frozen header rows and links to files beside the workbook.
 */
import type { BookCell, BookSheet, BookStyle } from "../../domain/portfolio/book";
import { COLORS, NUMBER_FORMATS } from "../../domain/styles";
import { columnLetter, isoToExcelSerial } from "../../grid";
import { numFmtOfCode } from "./reportStyles";
import { escapeAttr, escapeCellText } from "./xmlText";
import { MAIN, PKG_REL, REL, writeNewPackage, XML } from "./newPackage";

/** font: 0 normal, 1 bold, 2 link, 3 title, 4 error, 5 warning; fill: 2 header, 3 error, 4 warning. */
const LOOKS: Readonly<
  Record<BookStyle, { format: string; font: number; fill: number; wrap?: true }>
> = {
  title: { format: NUMBER_FORMATS.text, font: 3, fill: 0 },
  header: { format: NUMBER_FORMATS.text, font: 1, fill: 2, wrap: true },
  text: { format: NUMBER_FORMATS.text, font: 0, fill: 0 },
  bold: { format: NUMBER_FORMATS.text, font: 1, fill: 0 },
  amount: { format: NUMBER_FORMATS.euro, font: 0, fill: 0 },
  totalAmount: { format: NUMBER_FORMATS.euro, font: 1, fill: 0 },
  rate: { format: NUMBER_FORMATS.percent, font: 0, fill: 0 },
  totalRate: { format: NUMBER_FORMATS.percent, font: 1, fill: 0 },
  date: { format: NUMBER_FORMATS.date, font: 0, fill: 0 },
  integer: { format: NUMBER_FORMATS.integer, font: 0, fill: 0 },
  link: { format: NUMBER_FORMATS.text, font: 2, fill: 0 },
  error: { format: NUMBER_FORMATS.text, font: 4, fill: 3 },
  warning: { format: NUMBER_FORMATS.text, font: 5, fill: 4 },
};
const STYLES = Object.keys(LOOKS) as BookStyle[];
const XF = new Map(STYLES.map((s, i) => [s, i + 1]));
const CODES = [...new Set(STYLES.map((s) => LOOKS[s].format))].filter(
  (c) => "code" in numFmtOfCode(c)
);
const numFmtId = (code: string) => {
  const f = numFmtOfCode(code);
  return "builtin" in f ? f.builtin : 164 + CODES.indexOf(code);
};

const font = (extra: string) =>
  `<font>${extra}<sz val="11"/><name val="Calibri"/><family val="2"/></font>`;
const solid = (rgb: string) =>
  `<fill><patternFill patternType="solid"><fgColor rgb="FF${rgb}"/><bgColor indexed="64"/></patternFill></fill>`;
const STYLES_XML =
  XML +
  `<styleSheet xmlns="${MAIN}">` +
  `<numFmts count="${CODES.length}">${CODES.map((c) => `<numFmt numFmtId="${numFmtId(c)}" formatCode="${escapeAttr(c)}"/>`).join("")}</numFmts>` +
  `<fonts count="6">${font("")}${font("<b/>")}${font(`<u/><color rgb="FF${COLORS.link}"/>`)}` +
  '<font><b/><sz val="14"/><name val="Calibri"/><family val="2"/></font>' +
  `${font(`<b/><color rgb="FF${COLORS.alert}"/>`)}${font(`<color rgb="FF${COLORS.warning}"/>`)}</fonts>` +
  `<fills count="5"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>` +
  `${solid(COLORS.headerFill)}${solid(COLORS.alertFill)}${solid(COLORS.warningFill)}</fills>` +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  `<cellXfs count="${STYLES.length + 1}"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
  STYLES.map((s) => {
    const l = LOOKS[s];
    const attrs = `numFmtId="${numFmtId(l.format)}" fontId="${l.font}" fillId="${l.fill}" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1"`;
    return l.wrap
      ? `<xf ${attrs} applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>`
      : `<xf ${attrs}/>`;
  }).join("") +
  "</cellXfs>" +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  "</styleSheet>";

/** The `<c>` of one cell; null when there is nothing to write. */
function cellXml(ref: string, cell: BookCell): string | null {
  const s = cell.style ? XF.get(cell.style)! : 0;
  const v = cell.value;
  if (v === null) return s ? `<c r="${ref}" s="${s}"/>` : null;
  if (cell.style === "date" && typeof v === "string")
    return `<c r="${ref}" s="${s}"><v>${isoToExcelSerial(v)}</v></c>`;
  if (typeof v === "string")
    return `<c r="${ref}" s="${s}" t="inlineStr"><is><t xml:space="preserve">${escapeCellText(v)}</t></is></c>`;
  if (!Number.isFinite(v)) return null;
  return `<c r="${ref}" s="${s}"><v>${v}</v></c>`;
}

/** A relative file path as a relationship target: each segment percent-encoded, "/" kept. */
const fileTarget = (p: string) => p.split("/").map(encodeURIComponent).join("/");

function sheetXml(sheet: BookSheet, first: boolean): { xml: string; rels: string | null } {
  const top = `A${sheet.frozenRows + 1}`;
  const pane =
    sheet.frozenRows > 0
      ? `<pane ySplit="${sheet.frozenRows}" topLeftCell="${top}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="${top}" sqref="${top}"/>`
      : "";
  const cols = sheet.widths
    .map((w, c) => `<col min="${c + 1}" max="${c + 1}" width="${w}" customWidth="1"/>`)
    .join("");
  const rows: string[] = [];
  const links: string[] = [];
  const rels: string[] = [];
  sheet.rows.forEach((cells, r) => {
    const xs: string[] = [];
    cells.forEach((cell, c) => {
      const ref = `${columnLetter(c)}${r + 1}`;
      const x = cellXml(ref, cell);
      if (x) xs.push(x);
      if (cell.link) {
        const id = `rId${rels.length + 1}`;
        rels.push(
          `<Relationship Id="${id}" Type="${REL}/hyperlink" Target="${escapeAttr(fileTarget(cell.link))}" TargetMode="External"/>`
        );
        links.push(`<hyperlink ref="${ref}" r:id="${id}"/>`);
      }
    });
    if (xs.length) rows.push(`<row r="${r + 1}">${xs.join("")}</row>`);
  });
  const xml =
    XML +
    `<worksheet xmlns="${MAIN}" xmlns:r="${REL}">` +
    `<sheetViews><sheetView workbookViewId="0"${first ? ' tabSelected="1"' : ""}>${pane}</sheetView></sheetViews>` +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    (cols ? `<cols>${cols}</cols>` : "") +
    `<sheetData>${rows.join("")}</sheetData>` +
    (links.length ? `<hyperlinks>${links.join("")}</hyperlinks>` : "") +
    "</worksheet>";
  return {
    xml,
    rels: rels.length
      ? `${XML}<Relationships xmlns="${PKG_REL}">${rels.join("")}</Relationships>`
      : null,
  };
}

/** The workbook's bytes; the first sheet is the one shown on opening. */
export function writeBook(sheets: readonly BookSheet[], date = new Date()): Uint8Array {
  return writeNewPackage(
    STYLES_XML,
    sheets.map((s, n) => ({ name: s.name, ...sheetXml(s, n === 0) })),
    date
  );
}
