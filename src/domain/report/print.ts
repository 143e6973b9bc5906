/**
 * How the Rapport prints, computed once from its ReportModel, host-free: both writers (the .xlsx
 * copy and Excel) render the same layout. A4 landscape, one page wide; the title rows repeated
 * on every page; a header with the convention's reference and the reporting date, a footer
 * "page n / N"; long messages wrapped in a bounded width; and every page break placed by Plafond:
 * before a table that does not fit on what is left of a page, inside a table only when it is
 * longer than a page. Row heights are estimated (Calibri 11, as Excel and LibreOffice lay it
 * out) with a margin, so that the printer never has to add a break of its own.
 */
import { formatDateFr } from "../date";
import type { ReportCell, ReportModel } from "./model";

/** Inches, as Excel's page setup takes them. Narrow sides: the report is 12 columns wide. */
export const PRINT_MARGINS = {
  left: 0.3,
  right: 0.3,
  top: 0.75,
  bottom: 0.75,
  header: 0.3,
  footer: 0.3,
};
/** A4 landscape in points. */
const PAGE = { width: 842, height: 595 };
const POINTS_PER_INCH = 72;
/** Room left for what the estimates miss (fonts, rounding of the printer's scale). */
const SAFETY = 0.95;
export const ROW_POINTS = 15;
/** Characters of text per character of column width (a width counts digits; text is narrower). */
const FILL = 1.25;

export interface WrappedCell {
  readonly row: number;
  /** The cell and the empty cells to its right it is merged with, to wrap in a bounded width. */
  readonly firstColumn: number;
  readonly lastColumn: number;
}

export interface HeaderFooter {
  readonly left: string;
  readonly center: string;
  readonly right: string;
}

/** The three sections as one header or footer of SpreadsheetML (&L…&C…&R…). */
export function headerFooterCode(h: HeaderFooter): string {
  return `&L${h.left}&C${h.center}&R${h.right}`;
}

export interface PrintLayout {
  /** 0-based, inclusive: the rows repeated at the top of every page. */
  readonly titleRows: { readonly first: number; readonly last: number };
  /** 0-based rows that start a new page (manual row breaks go above them). */
  readonly rowBreaks: readonly number[];
  /** Header and footer sections in Excel's codes (&P page, &N pages; & doubled in texts). */
  readonly header: HeaderFooter;
  readonly footer: HeaderFooter;
  readonly wrapped: readonly WrappedCell[];
  /** Row heights in points where not the default (wrapped messages, wrapped headers). */
  readonly rowHeights: ReadonlyMap<number, number>;
  /** The scale "one page wide" gives, as estimated from the column widths. */
  readonly scale: number;
}

/** Width of a column in points, as Excel computes it from a width in characters. */
export function columnPoints(characters: number): number {
  return (Math.min(characters, 255) * 7 + 5) * 0.75;
}

/** `&` doubled: a reference such as "A&B-2020" stays text in a header. */
const escapeCode = (s: string) => s.replace(/&/g, "&&");

function cellText(cell: ReportCell | null | undefined): string {
  return cell && cell.value !== null && cell.value !== undefined ? String(cell.value) : "";
}

const isBlank = (row: ReadonlyArray<ReportCell | null | undefined> | undefined) =>
  !row || row.every((c) => cellText(c) === "");

/** Runs of non-blank rows: the header block, then each table with its title. */
export function blocksOf(model: ReportModel): Array<{ first: number; last: number }> {
  const blocks: Array<{ first: number; last: number }> = [];
  model.rows.forEach((row, r) => {
    if (isBlank(row)) return;
    const last = blocks[blocks.length - 1];
    if (last && last.last === r - 1) last.last = r;
    else blocks.push({ first: r, last: r });
  });
  return blocks;
}

/** Lines a text takes in `characters` of width. */
function linesOf(text: string, characters: number): number {
  const perLine = Math.max(1, Math.floor(characters * FILL));
  return text.split("\n").reduce((n, part) => n + Math.max(1, Math.ceil(part.length / perLine)), 0);
}

/**
 * Texts wider than their column with nothing to their right (the parties' names, the
 * anomalies' messages, the sections' titles): merged with the empty cells up to the last
 * column and wrapped there, so that nothing spills past the printed width.
 */
function wrappedCells(model: ReportModel): WrappedCell[] {
  const widths = model.columnWidths;
  const lastColumn = widths.length - 1;
  const out: WrappedCell[] = [];
  model.rows.forEach((row, r) => {
    if (!row) return;
    let column = row.length - 1;
    while (column >= 0 && cellText(row[column]) === "") column--;
    const cell = row[column];
    if (!cell || cell.format !== "text" || cell.emphasis === "header" || column >= lastColumn)
      return;
    if (cellText(cell).length > (widths[column] ?? 0))
      out.push({ row: r, firstColumn: column, lastColumn });
  });
  return out;
}

function rowHeights(model: ReportModel, wrapped: readonly WrappedCell[]): Map<number, number> {
  const heights = new Map<number, number>();
  const widths = model.columnWidths;
  for (const w of wrapped) {
    let characters = 0;
    for (let c = w.firstColumn; c <= w.lastColumn; c++) characters += widths[c] ?? 0;
    const lines = linesOf(cellText(model.rows[w.row]?.[w.firstColumn]), characters);
    if (lines > 1) heights.set(w.row, lines * ROW_POINTS + 2);
  }
  // Headers wrap in their column (the styles say so): two lines where a title is wider.
  model.rows.forEach((row, r) => {
    const lines = Math.max(
      1,
      ...(row ?? []).map((c, i) =>
        c?.emphasis === "header" ? linesOf(cellText(c), widths[i] ?? 8.43) : 1
      )
    );
    if (lines > 1) heights.set(r, Math.max(heights.get(r) ?? 0, lines * ROW_POINTS));
  });
  return heights;
}

function heightOf(model: ReportModel, heights: ReadonlyMap<number, number>, r: number): number {
  const fixed = heights.get(r);
  if (fixed !== undefined) return fixed;
  const emphasis = model.rows[r]?.find((c) => c?.emphasis)?.emphasis;
  return emphasis === "title" ? 18.75 : emphasis === "subtitle" ? 15.75 : ROW_POINTS;
}

/** The page breaks: whole tables where they fit, long tables cut at a page's height. */
function breaksOf(
  model: ReportModel,
  blocks: ReturnType<typeof blocksOf>,
  height: (r: number) => number,
  pageRows: number,
  titles: { first: number; last: number }
): number[] {
  let titleHeight = 0;
  for (let r = titles.first; r <= titles.last; r++) titleHeight += height(r);
  const capacity = pageRows - titleHeight; // what a page holds below the repeated titles
  const breaks: number[] = [];
  let used = 0; // below the titles: on page 1 the title rows themselves
  let previousLast = titles.last;
  for (const block of blocks) {
    const start = Math.max(block.first, titles.last + 1);
    const gap = Math.max(0, block.first - previousLast - 1) * ROW_POINTS;
    let size = 0;
    for (let r = start; r <= block.last; r++) size += height(r);
    previousLast = block.last;
    if (size === 0) continue;
    if (used + gap + size <= capacity) {
      used += gap + size;
      continue;
    }
    // A table that fits on a page of its own starts one; a longer one starts where it is,
    // unless too little of it would stay on this page.
    if (size <= capacity || capacity - used < 4 * ROW_POINTS) {
      breaks.push(start);
      used = 0;
    } else used += gap;
    for (let r = start; r <= block.last; r++) {
      const h = height(r);
      if (used + h > capacity && used > 0) {
        breaks.push(r);
        used = 0;
      }
      used += h;
    }
  }
  return breaks.filter((r) => r > 0 && r < model.rows.length);
}

export function printLayout(model: ReportModel): PrintLayout {
  const blocks = blocksOf(model);
  const first = blocks[0];
  // The report's title, and the convention's intitulé right under it when there is one.
  const titleLast =
    first && model.rows[first.first + 1]?.[0]?.emphasis === "subtitle"
      ? first.first + 1
      : (first?.first ?? 0);
  const titleRows = { first: first?.first ?? 0, last: titleLast };
  const wrapped = wrappedCells(model);
  const heights = rowHeights(model, wrapped);
  const contentWidth = model.columnWidths.reduce((n, w) => n + columnPoints(w), 0);
  const printable = PAGE.width - (PRINT_MARGINS.left + PRINT_MARGINS.right) * POINTS_PER_INCH;
  const scale = contentWidth > 0 ? Math.min(1, printable / contentWidth) : 1;
  const printableHeight =
    PAGE.height - (PRINT_MARGINS.top + PRINT_MARGINS.bottom) * POINTS_PER_INCH;
  const pageRows = (printableHeight / scale) * SAFETY;
  const rowBreaks = breaksOf(
    model,
    blocks,
    (r) => heightOf(model, heights, r),
    pageRows,
    titleRows
  );
  const print = model.print;
  const reference = escapeCode(print?.reference ?? "Convention (référence non renseignée)");
  const asOf = print?.asOf ? `Situation au ${formatDateFr(print.asOf)}` : "";
  return {
    titleRows,
    rowBreaks,
    header: { left: reference, center: "", right: escapeCode(asOf) },
    footer: { left: "", center: "page &P / &N", right: "" },
    wrapped,
    rowHeights: heights,
    scale,
  };
}
