/**
 * The Rapport as PDF pages, before any drawing: each cell's text as the sheet shows it (French
 * amounts with their narrow no-break spaces, rates, dates), its lines once wrapped in its width,
 * each row's height, and the pages: a table that fits on the next page is not cut, a longer one
 * is split with its header row repeated on each page. Font metrics come from the caller (the
 * embedded font's), so this stays free of pdf-lib.
 */
import { formatDateFr } from "../../domain/date";
import { formatEuroFr, formatPercentFr, money } from "../../domain/money";
import type { ReportCell, ReportModel } from "../../domain/report/model";
import { blocksOf, columnPoints, type PrintLayout } from "../../domain/report/print";

/** A4 landscape, in points. */
export const PAGE = { width: 842, height: 595, margin: 28, header: 18, footer: 18 };
export const FONT_SIZE = { body: 7.5, title: 11, subtitle: 9 };
const LINE = 1.3; // line height / font size
const PADDING = 2;
const MIN_SIZE = 5.5;

export type Measure = (text: string, size: number, bold: boolean) => number;

export interface PlacedCell {
  readonly cell: ReportCell;
  readonly column: number;
  /** Columns the cell spans (a wrapped text runs to the last column). */
  readonly span: number;
  readonly lines: readonly string[];
  /** Font size: the emphasis's, smaller where a single word would not fit its column. */
  readonly size: number;
}

export interface PlacedRow {
  readonly row: number;
  readonly height: number;
  readonly cells: readonly PlacedCell[];
}

export interface PdfPageRows {
  readonly rows: readonly PlacedRow[];
}

/** The text a cell shows, as the sheet formats it in a French Excel. */
export function cellDisplay(cell: ReportCell): string {
  const { value } = cell;
  if (value === null || value === undefined) return "";
  if (cell.format === "euro" && typeof value === "string" && /^-?\d+(\.\d+)?$/.test(value))
    return formatEuroFr(money(value));
  if (cell.format === "percent" && typeof value === "string" && /^-?\d+(\.\d+)?$/.test(value))
    return formatPercentFr(money(value));
  if (cell.format === "date" && typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value))
    return formatDateFr(value);
  return String(value);
}

export function sizeOf(cell: ReportCell): number {
  return cell.emphasis === "title"
    ? FONT_SIZE.title
    : cell.emphasis === "subtitle"
      ? FONT_SIZE.subtitle
      : FONT_SIZE.body;
}

export function isBold(cell: ReportCell): boolean {
  return ["title", "subtitle", "header", "bold", "total", "alert"].includes(cell.emphasis ?? "");
}

/** Greedy word wrap; a word wider than the width is cut where it must be. */
export function wrapText(text: string, width: number, fits: (s: string) => boolean): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    for (const word of paragraph.split(" ")) {
      const candidate = line === "" ? word : `${line} ${word}`;
      if (fits(candidate)) {
        line = candidate;
        continue;
      }
      if (line !== "") lines.push(line);
      line = word;
      while (line.length > 1 && !fits(line)) {
        let cut = line.length - 1;
        while (cut > 1 && !fits(line.slice(0, cut))) cut--;
        lines.push(line.slice(0, cut));
        line = line.slice(cut);
      }
    }
    lines.push(line);
  }
  return lines;
}

/** Column widths in points: the sheet's proportions, stretched to the page's width. */
export function columnWidths(model: ReportModel): number[] {
  const points = model.columnWidths.map(columnPoints);
  const total = points.reduce((a, b) => a + b, 0) || 1;
  const available = PAGE.width - 2 * PAGE.margin;
  return points.map((p) => (p * available) / total);
}

function placeRow(
  model: ReportModel,
  r: number,
  widths: number[],
  layout: PrintLayout,
  measure: Measure
): PlacedRow {
  const wrapped = layout.wrapped.find((w) => w.row === r);
  const cells: PlacedCell[] = [];
  let height = 0;
  const row = model.rows[r] ?? [];
  row.forEach((cell, c) => {
    if (!cell || c >= widths.length) return;
    const text = cellDisplay(cell);
    // A text with nothing to its right runs over the empty cells, as in Excel.
    const last =
      cell.format === "text" &&
      cell.emphasis !== "header" &&
      row.slice(c + 1).every((x) => !x || cellDisplay(x) === "");
    const span = (wrapped && wrapped.firstColumn === c) || last ? widths.length - c : 1;
    let width = 0;
    for (let k = c; k < c + span; k++) width += widths[k];
    const bold = isBold(cell);
    const room = width - 2 * PADDING;
    let size = sizeOf(cell);
    const words = text.split(/[ \n]/);
    while (size > MIN_SIZE && words.some((w) => measure(w, size, bold) > room)) size -= 0.5;
    const lines = text === "" ? [] : wrapText(text, room, (s) => measure(s, size, bold) <= room);
    cells.push({ cell, column: c, span, lines, size });
    height = Math.max(height, Math.max(1, lines.length) * size * LINE + 2 * PADDING);
  });
  return { row: r, height: height || FONT_SIZE.body * LINE + 2 * PADDING, cells };
}

/** The header row of a table: the first of its rows made of header cells. */
function headerRowOf(model: ReportModel, first: number, last: number): number | null {
  for (let r = first; r <= Math.min(last, first + 2); r++)
    if (model.rows[r]?.some((c) => c?.emphasis === "header")) return r;
  return null;
}

export function paginate(model: ReportModel, layout: PrintLayout, measure: Measure): PdfPageRows[] {
  const widths = columnWidths(model);
  const capacity = PAGE.height - 2 * PAGE.margin - PAGE.header - PAGE.footer;
  const pages: PlacedRow[][] = [[]];
  let used = 0;
  const gap = FONT_SIZE.body * LINE;
  const push = (row: PlacedRow) => {
    pages[pages.length - 1].push(row);
    used += row.height;
  };
  const newPage = () => {
    pages.push([]);
    used = 0;
  };
  for (const block of blocksOf(model)) {
    const rows: PlacedRow[] = [];
    for (let r = block.first; r <= block.last; r++)
      rows.push(placeRow(model, r, widths, layout, measure));
    const size = rows.reduce((n, row) => n + row.height, 0);
    const spacing = used > 0 ? gap : 0;
    if (
      used + spacing + size > capacity &&
      used > 0 &&
      (size <= capacity || capacity - used < 5 * gap)
    )
      newPage();
    else if (spacing > 0) push({ row: -1, height: spacing, cells: [] }); // the blank row between tables
    const header = headerRowOf(model, block.first, block.last);
    const headerRow = header === null ? null : rows[header - block.first];
    for (const row of rows) {
      if (used + row.height > capacity && used > 0) {
        newPage();
        // the table goes on: its header row again at the top of the page
        if (headerRow && row.row > headerRow.row) push(headerRow);
      }
      push(row);
    }
  }
  return pages.filter((p) => p.length > 0).map((rows) => ({ rows }));
}
