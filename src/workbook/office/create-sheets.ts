/**
 * The imported convention's sheets, added to the workbook open in Excel.
 *
 * Round trips: 2 whatever the convention (the sheets' names, then every sheet written in one
 * request of a few kilobytes). Plafond never overwrites a sheet: when one of the names is taken
 * (compared as the reader compares them: "PLAFONDS" or "Previsions" would be read as the same
 * sheet), nothing at all is written and the names are given back.
 */
import type { ImportedSheet } from "../../domain/import";
import { normalizeKey } from "../../domain/text";
import { columnWidthPoints } from "./grid";
import { importGrid } from "./import-grid";

const MAX_ROWS = 1048576;

export type CreateSheetsResult =
  | { readonly kind: "created"; readonly sheets: readonly string[]; readonly syncs: number }
  /** The workbook's own sheets that bear (loosely) the names of the sheets to create. */
  | { readonly kind: "exists"; readonly existing: readonly string[]; readonly syncs: number };

/** The workbook's sheets whose names collide with the ones to create, in workbook order. */
export function collisions(existing: readonly string[], wanted: readonly string[]): string[] {
  const keys = new Set(wanted.map(normalizeKey));
  return existing.filter((name) => keys.has(normalizeKey(name)));
}

function writeSheet(worksheet: Excel.Worksheet, sheet: ImportedSheet): void {
  const grid = importGrid(sheet);
  // Whole columns first, so that a date or an amount typed later below the data is read as one;
  // the cells' own formats then override them, before their values (text stays text).
  grid.columnFormats.forEach((format, c) => {
    if (format === null) return;
    // A single format for a whole range applies to all its cells (Office.js, Range.numberFormat).
    worksheet.getRangeByIndexes(0, c, MAX_ROWS, 1).numberFormat = format as unknown as string[][];
  });
  if (grid.rows > 0 && grid.columns > 0) {
    const range = worksheet.getRangeByIndexes(0, 0, grid.rows, grid.columns);
    range.setCellProperties(grid.properties);
    range.numberFormat = grid.numberFormats;
    range.values = grid.values;
  }
  if (sheet.widths.length)
    worksheet
      .getRangeByIndexes(0, 0, 1, sheet.widths.length)
      .setColumnProperties(
        sheet.widths.map((w) => ({ format: { columnWidth: columnWidthPoints(w) } }))
      );
  if (sheet.frozenRows > 0) worksheet.freezePanes.freezeRows(sheet.frozenRows);
}

export async function createSheetsInExcel(
  context: Excel.RequestContext,
  sheets: readonly ImportedSheet[]
): Promise<CreateSheetsResult> {
  const worksheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  const existing = collisions(
    worksheets.items.map((s) => s.name),
    sheets.map((s) => s.name)
  );
  if (existing.length) return { kind: "exists", existing, syncs: 1 };

  context.application.suspendApiCalculationUntilNextSync();
  const added = sheets.map((sheet) => {
    const worksheet = context.workbook.worksheets.add(sheet.name);
    writeSheet(worksheet, sheet);
    return worksheet;
  });
  if (added[0]) {
    added[0].activate();
    added[0].getRange("A1").select();
  }
  await context.sync();
  return { kind: "created", sheets: sheets.map((s) => s.name), syncs: 2 };
}
