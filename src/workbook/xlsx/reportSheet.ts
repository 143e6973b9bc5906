/**
 * Renders a ReportModel as worksheet XML (CT_Worksheet order: sheetPr, dimension, sheetViews,
 * sheetFormatPr, cols, sheetData, hyperlinks, pageMargins, pageSetup). Text is always an inline
 * string, so nothing taken from the user's cells can become a formula; numbers are written as
 * the exact decimal strings the model holds.
 */
import { columnLetter, linkLocation } from "../../grid";
import {
  isValidLink,
  MAX_COLS,
  MAX_ROWS,
  type ReportCell,
  type ReportModel,
} from "../../domain/report/model";
import { isoToSerial } from "../../grid";
import { printXml } from "./reportPrint";
import type { PrintLayout } from "../../domain/report/print";
import { styleIdOfParts, type StyleKey } from "./reportStyles";
import { escapeAttr, escapeCellText } from "./xmlText";

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const DECIMAL = /^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;

export function styleKeyOf(cell: ReportCell, wrap?: StyleKey["wrap"]): StyleKey {
  return {
    format: cell.format,
    ...(cell.emphasis ? { emphasis: cell.emphasis } : {}),
    link: isValidLink(cell.link),
    ...(wrap ? { wrap } : {}),
  };
}

/**
 * styleKeyId(styleKeyOf(cell, wrap)) without the key: a Rapport of 6 000 rows made and dropped
 * 2 × 37 000 keys (their spreads cost a third of the sheet's writing). An emphasis counts only
 * when set, as in styleKeyOf.
 */
const styleIdOf = (cell: ReportCell, wrap?: StyleKey["wrap"]): string =>
  styleIdOfParts(cell.format, cell.emphasis || undefined, isValidLink(cell.link), wrap);

/** Every cell's style combination, each once, in order of first use (wrapped ones last). */
export function reportStyleKeys(model: ReportModel, layout?: PrintLayout): StyleKey[] {
  const seen = new Map<string, StyleKey>();
  for (const row of model.rows) {
    if (!row) continue;
    for (const cell of row) {
      if (!cell) continue;
      const id = styleIdOf(cell);
      if (!seen.has(id)) seen.set(id, styleKeyOf(cell));
    }
  }
  for (const w of layout?.wrapped ?? []) {
    (model.rows[w.row] ?? []).forEach((cell, c) => {
      if (!cell) return;
      const wrap = c === w.firstColumn ? "wrap" : "top";
      const id = styleIdOf(cell, wrap);
      if (!seen.has(id)) seen.set(id, styleKeyOf(cell, wrap));
    });
  }
  return [...seen.values()];
}

export { linkLocation } from "../../grid";

function inlineString(text: string): string {
  return `<is><t xml:space="preserve">${escapeCellText(text)}</t></is>`;
}

/** The cell's element: a number in `<v>`, or an inline string (`head` is `<c r=".." s=".."`). */
function cellXml(head: string, cell: ReportCell, date1904: boolean): string {
  const { value } = cell;
  if (value === null || value === undefined) return `${head}/>`;
  // What is written as a number; null for an inline string (a text, or what reads as no number).
  let number: string | number | null = null;
  if (cell.format !== "text") {
    if (typeof value === "number") number = Number.isFinite(value) ? value : null;
    else if (cell.format === "date") number = isoToSerial(value, date1904);
    else {
      const trimmed = value.trim();
      number = DECIMAL.test(trimmed) ? trimmed : null;
    }
  }
  return number === null
    ? `${head} t="inlineStr">${inlineString(String(value))}</c>`
    : `${head}><v>${number}</v></c>`;
}

export function renderReportSheet(
  model: ReportModel,
  xf: ReadonlyMap<string, number>,
  date1904 = false,
  layout?: PrintLayout
): string {
  // The other cells of a row with a wrapped text read from the top too, aligned with it.
  const wraps = new Map(layout?.wrapped.map((w) => [w.row, w.firstColumn]) ?? []);
  const wrapOf = (r: number, c: number) => {
    const first = wraps.size === 0 ? undefined : wraps.get(r);
    return first === undefined ? undefined : first === c ? ("wrap" as const) : ("top" as const);
  };
  const letters: string[] = [];
  const rows: string[] = [];
  const links: string[] = [];
  let maxRow = -1;
  let maxCol = -1;
  const rowCount = Math.min(model.rows.length, MAX_ROWS);
  for (let r = 0; r < rowCount; r++) {
    const row = model.rows[r];
    if (!row) continue;
    const cells: string[] = [];
    const colCount = Math.min(row.length, MAX_COLS);
    const rowNumber = r + 1;
    for (let c = 0; c < colCount; c++) {
      const cell = row[c];
      if (!cell) continue;
      const ref = (letters[c] ??= columnLetter(c)) + rowNumber;
      const s = xf.get(styleIdOf(cell, wrapOf(r, c)));
      const style = s === undefined || s === 0 ? "" : ` s="${s}"`;
      cells.push(cellXml(`<c r="${ref}"${style}`, cell, date1904));
      if (isValidLink(cell.link)) {
        const shown =
          cell.value === null || cell.value === undefined
            ? ""
            : Array.from(String(cell.value)).slice(0, 255).join("");
        const display = shown === "" ? "" : ` display="${escapeAttr(shown)}"`;
        links.push(
          `<hyperlink ref="${ref}" location="${escapeAttr(linkLocation(cell.link))}"${display}/>`
        );
      }
      maxCol = Math.max(maxCol, c);
    }
    if (cells.length === 0) continue;
    maxRow = r;
    const ht = layout?.rowHeights.get(r);
    const height = ht ? ` ht="${ht}" customHeight="1"` : "";
    rows.push(`<row r="${r + 1}"${height}>${cells.join("")}</row>`);
  }

  const frozen =
    Number.isInteger(model.frozenRows) && model.frozenRows > 0
      ? Math.min(model.frozenRows, MAX_ROWS - 1)
      : 0;
  const topLeft = `A${frozen + 1}`;
  const view = frozen
    ? `<sheetView workbookViewId="0"><pane ySplit="${frozen}" topLeftCell="${topLeft}" activePane="bottomLeft" state="frozen"/>` +
      `<selection pane="bottomLeft" activeCell="${topLeft}" sqref="${topLeft}"/></sheetView>`
    : `<sheetView workbookViewId="0"/>`;
  const cols = model.columnWidths
    .slice(0, MAX_COLS)
    .map((w, i) =>
      Number.isFinite(w) && w > 0
        ? `<col min="${i + 1}" max="${i + 1}" width="${Math.min(w, 255)}" customWidth="1"/>`
        : ""
    )
    .join("");
  const print = layout ? printXml(layout) : null;
  const dimension = maxRow < 0 ? "A1" : `A1:${columnLetter(maxCol)}${maxRow + 1}`;

  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' +
    `<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>` +
    `<dimension ref="${dimension}"/>` +
    `<sheetViews>${view}</sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/>` +
    (cols ? `<cols>${cols}</cols>` : "") +
    (rows.length ? `<sheetData>${rows.join("")}</sheetData>` : "<sheetData/>") +
    (print ? print.merges : "") +
    (links.length ? `<hyperlinks>${links.join("")}</hyperlinks>` : "") +
    (print
      ? print.page
      : `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
        `<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>`) +
    "</worksheet>"
  );
}
