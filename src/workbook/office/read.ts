/**
 * The workbook open in Excel as a WorkbookSource (Office.js). Reading a whole convention takes
 * two round trips whatever its size: `open` (sheet names and ids, tables) and `readSheets` (the
 * used ranges of every asked sheet and the addresses of their tables). Nothing here knows of
 * AE or CP, and nothing writes to the workbook.
 */
import type { CellValue } from "../cells";
import type { RawSheet, SheetTable, WorkbookSource } from "../port";
import { rangeOfAddress } from "./address";

export const MSG_NO_SUCH_SHEET = (name: string) =>
  `La feuille « ${name} » n'existe pas (ou plus) dans ce classeur.`;

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
function toCellValues(values: unknown[][], types: readonly (readonly string[])[]): CellValue[][] {
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

  /** Every asked sheet's used range (values only) and its tables' addresses, in one `context.sync()`. */
  async readSheets(names: readonly string[]): Promise<RawSheet[]> {
    const used = names.map((name) => {
      const sheet = this.sheets.get(name);
      if (!sheet) throw new Error(MSG_NO_SUCH_SHEET(name));
      // valuesOnly: formatted but empty cells do not widen the range
      return sheet.getUsedRangeOrNullObject(true).load("values, valueTypes, rowIndex, columnIndex");
    });
    const asked = new Set(names);
    const tableRanges = this.tables
      .filter((t) => asked.has(t.sheet))
      .map((info) => ({ info, range: info.table.getRange().load("address") }));
    await this.context.sync();

    return names.map((name, i) => {
      const range = used[i];
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
      if (range.isNullObject) return { name, values: [], origin: { row: 0, col: 0 }, tables };
      return {
        name,
        values: toCellValues(range.values, range.valueTypes),
        origin: { row: range.rowIndex, col: range.columnIndex },
        tables,
      };
    });
  }
}
