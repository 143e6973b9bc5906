/**
 * The workbook open in Excel read again after changes, only where they happened: a
 * WorkbookSource over the sheets of the last read (RawSheets as a whole read gives them, kept by
 * Excel's sheet id), patched with the cells the change events name.
 *
 * Round trips: `open` takes one (sheet names and ids, tables, and for each edited sheet its used
 * range's rectangle and the used part of each edited rectangle); `readSheets` takes a second one
 * only when a sheet must be read whole (new, rows or columns inserted or deleted, cells shifted,
 * an address that is not a rectangle, or a patch that does not account for the used range) or
 * when an edited sheet holds tables (their addresses may have grown). A rename keeps the cells.
 */
import { MAX_COLS, MAX_ROWS } from "../../grid";
import type { CellRange, RawSheet, SheetTable, WorkbookSource } from "../../grid";
import { rangeOfAddress } from "./address";
import { patchSheet, type ReadPart } from "./patch-sheet";
import { MSG_NO_SUCH_SHEET, OfficeWorkbookSource, toCellValues } from "./read";
import { isTooLarge } from "./read-blocks";

/** A change event's fields (WorksheetChangedEventArgs, ExcelApi 1.7); no worksheetId: the sheets. */
export interface SheetChange {
  readonly worksheetId?: string;
  readonly address?: string;
  readonly changeType?: string;
}

/** Only an edit in place can be patched: anything else may have moved cells. */
const PATCHABLE = "RangeEdited";
/** Past this many edited rectangles on a sheet, their bounding box is read instead. */
const MAX_RECTANGLES = 64;

/** The rectangles of an address ("B3", "A1:C4", "A1:B2,D5"), inside Excel's limits; null if not all are. */
export function rectanglesOf(address: string): CellRange[] | null {
  const out: CellRange[] = [];
  for (const part of address.slice(address.lastIndexOf("!") + 1).split(",")) {
    const r = rangeOfAddress(part);
    if (!r || r.top >= MAX_ROWS || r.left >= MAX_COLS) return null;
    out.push({
      ...r,
      bottom: Math.min(r.bottom, MAX_ROWS - 1),
      right: Math.min(r.right, MAX_COLS - 1),
    });
  }
  return out.length > 0 ? out : null;
}

function boundingBox(rects: readonly CellRange[]): CellRange {
  return rects.reduce((a, r) => ({
    top: Math.min(a.top, r.top),
    left: Math.min(a.left, r.left),
    bottom: Math.max(a.bottom, r.bottom),
    right: Math.max(a.right, r.right),
  }));
}

/** Per sheet id: the rectangles to re-read, or "whole". */
export function planChanges(changes: readonly SheetChange[]): Map<string, CellRange[] | "whole"> {
  const plans = new Map<string, CellRange[] | "whole">();
  for (const c of changes) {
    if (c.worksheetId === undefined) continue; // sheets added, deleted, renamed: `open` sees them
    const known = plans.get(c.worksheetId);
    if (known === "whole") continue;
    const rects = c.changeType === PATCHABLE && c.address ? rectanglesOf(c.address) : null;
    if (!rects) plans.set(c.worksheetId, "whole");
    else plans.set(c.worksheetId, [...(known ?? []), ...rects]);
  }
  for (const [id, plan] of plans)
    if (plan !== "whole" && plan.length > MAX_RECTANGLES) plans.set(id, [boundingBox(plan)]);
  return plans;
}

interface TableInfo {
  readonly table: Excel.Table;
  readonly name: string;
  readonly sheet: string;
  readonly hasHeader: boolean;
  readonly totalsRows: number;
}

interface Probe {
  readonly id: string;
  readonly rects: readonly CellRange[];
  readonly used: Excel.Range;
  readonly parts: readonly Excel.Range[];
}

function queueProbe(sheet: Excel.Worksheet, id: string, rects: readonly CellRange[]): Probe {
  const used = sheet
    .getUsedRangeOrNullObject(true)
    .load("rowIndex, columnIndex, rowCount, columnCount");
  const parts = rects.map((r) =>
    sheet
      .getRangeByIndexes(r.top, r.left, r.bottom - r.top + 1, r.right - r.left + 1)
      .getUsedRangeOrNullObject(true)
      .load("values, valueTypes, rowIndex, columnIndex")
  );
  return { id, rects, used, parts };
}

function patched(old: RawSheet, probe: Probe): RawSheet | null {
  const parts: ReadPart[] = probe.parts
    .filter((p) => !p.isNullObject)
    .map((p) => ({
      top: p.rowIndex,
      left: p.columnIndex,
      values: toCellValues(p.values, p.valueTypes),
    }));
  return patchSheet(old, probe.used.isNullObject ? null : probe.used, probe.rects, parts);
}

/** What `readSheets` did, for the tests and the README's counts. */
export interface ReadStats {
  readonly patched: string[];
  readonly whole: string[];
}

export class ChangedWorkbookSource implements WorkbookSource {
  /** The sheets of this read, by id: what the next read starts from. */
  readonly sheets = new Map<string, RawSheet>();
  readonly stats: ReadStats = { patched: [], whole: [] };

  private constructor(
    private readonly context: Excel.RequestContext,
    private readonly byName: ReadonlyMap<string, Excel.Worksheet>,
    private readonly tables: readonly TableInfo[],
    /** Sheets known now without a second round trip (unchanged or patched), by id. */
    private readonly ready: ReadonlyMap<string, RawSheet>,
    /** Sheets whose cells changed: their tables' addresses are read again. */
    private readonly edited: ReadonlySet<string>
  ) {}

  /**
   * One `context.sync()`: names, ids, tables, and the edited cells of the sheets in `last`.
   * The sheets of `last` are given up: patched in place.
   */
  static async open(
    context: Excel.RequestContext,
    last: ReadonlyMap<string, RawSheet>,
    changes: readonly SheetChange[]
  ): Promise<ChangedWorkbookSource> {
    const worksheets = context.workbook.worksheets.load("items/name, items/id");
    const tables = context.workbook.tables.load(
      "items/name, items/showHeaders, items/showTotals, items/worksheet/name"
    );
    const plans = planChanges(changes);
    const probes: Probe[] = [];
    for (const [id, plan] of plans)
      if (plan !== "whole" && last.has(id))
        probes.push(queueProbe(context.workbook.worksheets.getItem(id), id, plan));
    await context.sync();
    const ready = new Map<string, RawSheet>();
    const ids = new Set(worksheets.items.map((s) => s.id));
    for (const [id, raw] of last) if (ids.has(id) && !plans.has(id)) ready.set(id, raw);
    for (const probe of probes) {
      const raw = ids.has(probe.id) ? patched(last.get(probe.id)!, probe) : null;
      if (raw) ready.set(probe.id, raw);
    }
    const byName = new Map(worksheets.items.map((s) => [s.name, s]));
    const infos = tables.items.map((table) => ({
      table,
      name: table.name,
      sheet: table.worksheet.name,
      hasHeader: table.showHeaders,
      totalsRows: table.showTotals ? 1 : 0,
    }));
    return new ChangedWorkbookSource(context, byName, infos, ready, new Set(plans.keys()));
  }

  sheetNames(): readonly string[] {
    return [...this.byName.keys()];
  }

  sheetId(name: string): string | undefined {
    return this.byName.get(name)?.id;
  }

  /** The asked sheets: patched or unchanged ones from memory, the others read whole (one sync). */
  async readSheets(names: readonly string[]): Promise<RawSheet[]> {
    const sheets = names.map((name) => {
      const sheet = this.byName.get(name);
      if (!sheet) throw new Error(MSG_NO_SUCH_SHEET(name));
      return sheet;
    });
    const whole = sheets.map((sheet) =>
      this.ready.has(sheet.id)
        ? null
        : sheet.getUsedRangeOrNullObject(true).load("values, valueTypes, rowIndex, columnIndex")
    );
    const addresses = this.queueTables(names);
    if (whole.some((w) => w !== null) || addresses.size > 0) {
      try {
        await this.context.sync();
      } catch (e) {
        if (!isTooLarge(e)) throw e;
        // Excel on the web's 5 MB: the whole read knows how to read in blocks.
        return this.keep(
          names,
          await (await OfficeWorkbookSource.open(this.context)).readSheets(names),
          names
        );
      }
    }
    const raws = names.map((name, i) => {
      const range = whole[i];
      const raw =
        range === null ? { ...this.ready.get(sheets[i].id)!, name } : wholeSheet(name, range);
      return { ...raw, tables: this.tablesOf(name, raw, addresses) };
    });
    return this.keep(
      names,
      raws,
      names.filter((_, i) => whole[i] !== null)
    );
  }

  private keep(
    names: readonly string[],
    raws: RawSheet[],
    readWhole: readonly string[]
  ): RawSheet[] {
    names.forEach((name, i) => this.sheets.set(this.byName.get(name)!.id, raws[i]));
    this.stats.whole.push(...readWhole);
    this.stats.patched.push(
      ...names.filter((n) => !readWhole.includes(n) && this.edited.has(this.byName.get(n)!.id))
    );
    return raws;
  }

  /**
   * Addresses to read again: the tables of edited or re-read sheets (a table grows as one types
   * under it), and of any sheet whose tables are not the ones it had.
   */
  private queueTables(names: readonly string[]): Map<TableInfo, Excel.Range> {
    const queued = new Map<TableInfo, Excel.Range>();
    for (const name of names) {
      const id = this.byName.get(name)!.id;
      const mine = this.tables.filter((t) => t.sheet === name);
      const cached = this.ready.get(id)?.tables;
      const same =
        cached !== undefined &&
        !this.edited.has(id) &&
        cached.length === mine.length &&
        mine.every((t, i) => cached[i].name === t.name);
      if (!same) for (const t of mine) queued.set(t, t.table.getRange().load("address"));
    }
    return queued;
  }

  private tablesOf(
    name: string,
    raw: RawSheet,
    addresses: ReadonlyMap<TableInfo, Excel.Range>
  ): SheetTable[] {
    const mine = this.tables.filter((t) => t.sheet === name);
    if (mine.length === 0) return [];
    if (!mine.some((t) => addresses.has(t))) return [...raw.tables];
    const out: SheetTable[] = [];
    for (const t of mine) {
      const rect = rangeOfAddress(addresses.get(t)!.address);
      if (rect)
        out.push({ name: t.name, range: rect, hasHeader: t.hasHeader, totalsRows: t.totalsRows });
    }
    return out;
  }
}

function wholeSheet(name: string, range: Excel.Range): RawSheet {
  if (range.isNullObject) return { name, values: [], origin: { row: 0, col: 0 }, tables: [] };
  return {
    name,
    values: toCellValues(range.values, range.valueTypes),
    origin: { row: range.rowIndex, col: range.columnIndex },
    tables: [],
  };
}
