/**
 * The workbook open in Excel as a WorkbookSource (Office.js). Reading a whole convention takes
 * two round trips whatever its size: `open` (sheet names and ids, tables) and `readSheets` (the
 * used ranges of every asked sheet and the addresses of their tables). Excel on the web refuses
 * a response over 5 MB, and every Excel a read of more than five million cells (refused, or
 * answered with null values): then, and only then, the used ranges are read again in row blocks
 * (read-blocks.ts), one more round trip per ~4 MB. Nothing here knows of AE or CP, and nothing
 * writes to the workbook.
 */
import type { CellValue } from "../../grid";
import type { RawSheet, SheetTable, WorkbookSource } from "../../grid";
import { rangeOfAddress } from "./address";
import { hasValues, isTooLarge, readInBlocks, type BlockValues, type Extent } from "./read-blocks";

export const MSG_NO_SUCH_SHEET = (name: string) =>
  `La feuille « ${name} » n'existe pas (ou plus) dans ce classeur.`;

interface TableRange {
  readonly info: TableInfo;
  readonly range: Excel.Range;
}

interface TableInfo {
  readonly table: Excel.Table;
  readonly name: string;
  readonly sheet: string;
  readonly hasHeader: boolean;
  readonly totalsRows: number;
}

/** Excel's values come with their types: an error is a plain string there ("#N/A"). */
function toCellValue(value: unknown, type: string | undefined): CellValue {
  if (type === "Empty") return null;
  if (type === "Error") return { error: String(value) };
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return value;
  return value === null || value === undefined ? null : String(value);
}

/** Converts in place: a ledger of 400 000 rows is not copied once more. */
export function toCellValues(
  values: unknown[][],
  types: readonly (readonly string[])[]
): CellValue[][] {
  for (let i = 0; i < values.length; i++) {
    const row = values[i];
    const rowTypes = types[i] ?? [];
    for (let j = 0; j < row.length; j++) row[j] = toCellValue(row[j], rowTypes[j]);
  }
  return values as CellValue[][];
}

export class OfficeWorkbookSource implements WorkbookSource {
  private constructor(
    private readonly context: Excel.RequestContext,
    private readonly sheets: ReadonlyMap<string, Excel.Worksheet>,
    private readonly names: readonly string[],
    private readonly tables: readonly TableInfo[]
  ) {}

  /** Sheet names, ids and tables of the workbook, in one `context.sync()`. */
  static async open(context: Excel.RequestContext): Promise<OfficeWorkbookSource> {
    const worksheets = context.workbook.worksheets.load("items/name, items/id");
    const tables = context.workbook.tables.load(
      "items/name, items/showHeaders, items/showTotals, items/worksheet/name"
    );
    await context.sync();
    const sheets = new Map<string, Excel.Worksheet>();
    for (const sheet of worksheets.items) sheets.set(sheet.name, sheet);
    const infos = tables.items.map((table) => ({
      table,
      name: table.name,
      sheet: table.worksheet.name,
      hasHeader: table.showHeaders,
      totalsRows: table.showTotals ? 1 : 0,
    }));
    return new OfficeWorkbookSource(context, sheets, [...sheets.keys()], infos);
  }

  sheetNames(): readonly string[] {
    return this.names;
  }

  /** Excel's id of a sheet (what change events name), undefined for an unknown name. */
  sheetId(name: string): string | undefined {
    return this.sheets.get(name)?.id;
  }

  /**
   * Every asked sheet's used range (values only) and its tables' addresses, in one
   * `context.sync()`; in row blocks when Excel says the response would be too large.
   */
  async readSheets(names: readonly string[]): Promise<RawSheet[]> {
    const sheets = names.map((name) => {
      const sheet = this.sheets.get(name);
      if (!sheet) throw new Error(MSG_NO_SUCH_SHEET(name));
      return sheet;
    });
    // valuesOnly: formatted but empty cells do not widen the range
    const used = sheets.map((sheet) =>
      sheet.getUsedRangeOrNullObject(true).load("values, valueTypes, rowIndex, columnIndex")
    );
    const tables = this.queueTables(names);
    try {
      await this.context.sync();
    } catch (e) {
      if (!isTooLarge(e)) throw e;
      return this.readInBlocks(names, sheets);
    }
    // Over five million cells, Excel may answer without values rather than refuse.
    if (used.some((range) => !range.isNullObject && !hasValues(range)))
      return this.readInBlocks(names, sheets);
    return names.map((name, i) => {
      const range = used[i];
      return range.isNullObject
        ? this.rawSheet(name, null, null, tables)
        : this.rawSheet(name, range, { row: range.rowIndex, col: range.columnIndex }, tables);
    });
  }

  /** The fallback: dimensions first (one sync), then the cells in blocks of ~4 MB. */
  private async readInBlocks(
    names: readonly string[],
    sheets: readonly Excel.Worksheet[]
  ): Promise<RawSheet[]> {
    const dims = sheets.map((sheet) =>
      sheet.getUsedRangeOrNullObject(true).load("rowIndex, columnIndex, rowCount, columnCount")
    );
    const tables = this.queueTables(names);
    await this.context.sync();
    const extents: Array<{ sheet: string; extent: Extent }> = [];
    const byName = new Map<string, Excel.Worksheet>();
    names.forEach((sheet, i) => {
      byName.set(sheet, sheets[i]);
      if (!dims[i].isNullObject) extents.push({ sheet, extent: dims[i] });
    });
    const blocks = await readInBlocks(
      extents,
      (sheet, extent, first, count) => {
        const range = byName
          .get(sheet)!
          .getRangeByIndexes(extent.rowIndex + first, extent.columnIndex, count, extent.columnCount)
          .load("values, valueTypes");
        return () => ({ values: range.values, valueTypes: range.valueTypes });
      },
      () => this.context.sync()
    );
    return names.map((name, i) => {
      const d = dims[i];
      const data = blocks.get(name);
      return d.isNullObject || !data
        ? this.rawSheet(name, null, null, tables)
        : this.rawSheet(name, data, { row: d.rowIndex, col: d.columnIndex }, tables);
    });
  }

  /** The asked sheets' tables, their addresses loaded at the next sync. */
  private queueTables(names: readonly string[]): TableRange[] {
    const asked = new Set(names);
    return this.tables
      .filter((t) => asked.has(t.sheet))
      .map((info) => ({ info, range: info.table.getRange().load("address") }));
  }

  private rawSheet(
    name: string,
    data: BlockValues | null,
    origin: { row: number; col: number } | null,
    tableRanges: readonly TableRange[]
  ): RawSheet {
    const tables: SheetTable[] = [];
    for (const { info, range: r } of tableRanges) {
      const rect = info.sheet === name ? rangeOfAddress(r.address) : null;
      if (rect)
        tables.push({
          name: info.name,
          range: rect,
          hasHeader: info.hasHeader,
          totalsRows: info.totalsRows,
        });
    }
    if (!data || !origin) return { name, values: [], origin: { row: 0, col: 0 }, tables };
    return { name, values: toCellValues(data.values, data.valueTypes), origin, tables };
  }
}
