/**
 * The print layout of the Rapport (domain/report/print.ts) through Office.js (ExcelApi 1.9:
 * PageLayout, setCellProperties), the same as the .xlsx copy's: A4 landscape one page wide,
 * the title rows repeated, the header and footer, Plafond's row breaks, long texts merged and
 * wrapped in a bounded width with the row heights they need.
 */
import { PRINT_MARGINS, type PrintLayout } from "../../domain/report/print";

const POINTS_PER_INCH = 72;

/** Undoes what applyPrintLayout did to a sheet Plafond wrote before (merges, breaks). */
export function resetPrintLayout(sheet: Excel.Worksheet): void {
  sheet.getRange().unmerge();
  sheet.horizontalPageBreaks.removePageBreaks();
}

/** Consecutive items (by `row`) that `same` says go together: one Office.js call per run. */
function runs<T extends { row: number }>(
  items: readonly T[],
  same: (a: T, b: T) => boolean
): T[][] {
  const out: T[][] = [];
  for (const item of [...items].sort((a, b) => a.row - b.row)) {
    const run = out[out.length - 1];
    const last = run?.[run.length - 1];
    if (last && last.row === item.row - 1 && same(last, item)) run.push(item);
    else out.push([item]);
  }
  return out;
}

/** What the page set-up adds to the last request, in bytes (the writer sizes requests with it). */
export function printBytes(layout: PrintLayout): number {
  return (
    4096 +
    40 * layout.rowHeights.size +
    (300 * layout.wrapped.length) / 8 +
    80 * layout.rowBreaks.length
  );
}

/** Queues the page set-up: no round trip of its own, it rides on the writer's last sync. */
export function applyPrintLayout(
  sheet: Excel.Worksheet,
  layout: PrintLayout,
  columns: number
): void {
  // A run of rows wrapped over the same columns: one merge across (each row merged on its own),
  // the text wrapped and the whole rows read from the top, in one call per run (a format per
  // cell would weigh megabytes with 5 000 anomalies).
  for (const run of runs(
    layout.wrapped,
    (a, b) => a.firstColumn === b.firstColumn && a.lastColumn === b.lastColumn
  )) {
    const { row, firstColumn, lastColumn } = run[0];
    sheet.getRangeByIndexes(row, firstColumn, run.length, lastColumn - firstColumn + 1).merge(true);
    sheet.getRangeByIndexes(
      row,
      0,
      run.length,
      Math.max(columns, lastColumn + 1)
    ).format.verticalAlignment = "Top";
    sheet.getRangeByIndexes(
      row,
      firstColumn,
      run.length,
      lastColumn - firstColumn + 1
    ).format.wrapText = true;
  }
  const heights = [...layout.rowHeights].map(([row, height]) => ({ row, height }));
  for (const run of runs(heights, () => true))
    sheet
      .getRangeByIndexes(run[0].row, 0, run.length, 1)
      .setRowProperties(run.map((h) => ({ format: { rowHeight: h.height } })));
  const page = sheet.pageLayout;
  page.orientation = "Landscape";
  page.paperSize = "A4";
  page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  page.centerHorizontally = true;
  const m = PRINT_MARGINS;
  page.leftMargin = m.left * POINTS_PER_INCH;
  page.rightMargin = m.right * POINTS_PER_INCH;
  page.topMargin = m.top * POINTS_PER_INCH;
  page.bottomMargin = m.bottom * POINTS_PER_INCH;
  page.headerMargin = m.header * POINTS_PER_INCH;
  page.footerMargin = m.footer * POINTS_PER_INCH;
  page.setPrintTitleRows(`$${layout.titleRows.first + 1}:$${layout.titleRows.last + 1}`);
  const all = page.headersFooters.defaultForAllPages;
  all.leftHeader = layout.header.left;
  all.centerHeader = layout.header.center;
  all.rightHeader = layout.header.right;
  all.leftFooter = layout.footer.left;
  all.centerFooter = layout.footer.center;
  all.rightFooter = layout.footer.right;
  for (const row of layout.rowBreaks) sheet.horizontalPageBreaks.add(`A${row + 1}`);
}
