/**
 * The workbook open in Excel read again after changes, only where they happened: a
 * WorkbookSource over the sheets of the last read (RawSheets as a whole read gives them, kept by
 * Excel's sheet id), patched with the cells the change events name.
 *
 * Round trips: `open` takes one (sheet names and ids, tables, the formula areas of the kept
 * sheets, and for each edited sheet its used range's rectangle and the used part of each edited
 * rectangle), and one more only when a kept sheet holds formulas (their cells change with no
 * event of their own: their values are read again); `readSheets` takes one more only when a sheet must be read whole (new, rows or columns inserted or deleted, cells shifted,
 * an address that is not a rectangle, or a patch that does not account for the used range) or
 * when an edited sheet holds tables (their addresses may have grown). A rename keeps the cells.
 */
import type { CellRange, RawSheet, SheetTable, WorkbookSource } from "../../grid";
import { rangeOfAddress } from "./address";
import {
  boundingBox,
  MAX_RECTANGLES,
  planChanges,
  rectanglesOf,
  type SheetChange,
} from "./read-changes";
import { patchSheet, type ReadPart } from "./patch-sheet";
import { MSG_NO_SUCH_SHEET, OfficeWorkbookSource, toCellValues } from "./read";
import { isTooLarge } from "./read-blocks";

interface TableInfo {
  readonly table: Excel.Table;
  readonly name: string;
  readonly sheet: string;
  readonly hasHeader: boolean;
  readonly totalsRows: number;
}

interface Probe {
  readonly id: string;
  readonly rects: CellRange[];
  readonly used: Excel.Range;
  readonly parts: Excel.Range[];
}

/** The used part of each rectangle, values and types: an empty rectangle is a null object. */
function queueParts(sheet: Excel.Worksheet, rects: readonly CellRange[]): Excel.Range[] {
  return rects.map((r) =>
    sheet
      .getRangeByIndexes(r.top, r.left, r.bottom - r.top + 1, r.right - r.left + 1)
      .getUsedRangeOrNullObject(true)
      .load("values, valueTypes, rowIndex, columnIndex")
  );
}

function queueProbe(sheet: Excel.Worksheet, id: string, rects: readonly CellRange[]): Probe {
  const used = sheet
    .getUsedRangeOrNullObject(true)
    .load("rowIndex, columnIndex, rowCount, columnCount");
  return { id, rects: [...rects], used, parts: queueParts(sheet, rects) };
}

/**
 * Formula cells change with no event of their own when what they depend on changes: their
 * areas (loaded at the first sync) are re-read, one more sync, only when a kept sheet has any.
 */
async function readFormulas(
  context: Excel.RequestContext,
  areas: ReadonlyArray<{ readonly id: string; readonly areas: Excel.RangeAreas }>,
  plans: Map<string, CellRange[] | "whole">,
  probes: Probe[]
): Promise<void> {
  let queued = false;
  for (const { id, areas: found } of areas) {
    if (found.isNullObject || plans.get(id) === "whole") continue;
    const rects = rectanglesOf(found.address);
    if (!rects) {
      plans.set(id, "whole");
      continue;
    }
    const capped = rects.length > MAX_RECTANGLES ? [boundingBox(rects)] : rects;
    const sheet = context.workbook.worksheets.getItem(id);
    let probe = probes.find((p) => p.id === id);
    if (!probe) {
      probe = queueProbe(sheet, id, []);
      probes.push(probe);
      plans.set(id, []);
    }
    probe.rects.push(...capped);
    probe.parts.push(...queueParts(sheet, capped));
    queued = true;
  }
  if (queued) await context.sync();
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

export class ChangedWorkbookSource implements WorkbookSource {
  /** The sheets of this read, by id: what the next read starts from. */
  readonly sheets = new Map<string, RawSheet>();

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
   * The sheets of `last` are this read's base: their untouched rows are reused, never written to.
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
    const edited = new Set(plans.keys());
    // A deleted sheet's id can no longer be asked for: the whole request would fail.
    const gone = new Set(changes.map((c) => c.deletedSheetId));
    const kept = [...last.keys()].filter((id) => !gone.has(id));
    const probes: Probe[] = [];
    for (const [id, plan] of plans)
      if (plan !== "whole" && last.has(id) && !gone.has(id))
        probes.push(queueProbe(context.workbook.worksheets.getItem(id), id, plan));
    const formulas = kept.map((id) => ({
      id,
      areas: context.workbook.worksheets
        .getItem(id)
        .getRange()
        .getSpecialCellsOrNullObject("Formulas")
        .load("address"),
    }));
    await context.sync();
    await readFormulas(context, formulas, plans, probes);
    const ready = new Map<string, RawSheet>();
    const ids = new Set(worksheets.items.map((s) => s.id));
    for (const id of kept) if (ids.has(id) && !plans.has(id)) ready.set(id, last.get(id)!);
    for (const probe of probes) {
      if (plans.get(probe.id) === "whole") continue;
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
    return new ChangedWorkbookSource(context, byName, infos, ready, edited);
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
          await (await OfficeWorkbookSource.open(this.context)).readSheets(names)
        );
      }
    }
    const raws = names.map((name, i) => {
      const range = whole[i];
      const raw =
        range === null ? { ...this.ready.get(sheets[i].id)!, name } : wholeSheet(name, range);
      return { ...raw, tables: this.tablesOf(name, raw, addresses) };
    });
    return this.keep(names, raws);
  }

  private keep(names: readonly string[], raws: RawSheet[]): RawSheet[] {
    names.forEach((name, i) => this.sheets.set(this.byName.get(name)!.id, raws[i]));
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
    // Header and totals rows as Excel says now (toggling them moves no cell); the address as read
    // now, or as kept when the sheet's tables were not read again.
    const kept = new Map(raw.tables.map((t) => [t.name, t.range]));
    const out: SheetTable[] = [];
    for (const t of this.tables.filter((x) => x.sheet === name)) {
      const loaded = addresses.get(t);
      const rect = loaded ? rangeOfAddress(loaded.address) : kept.get(t.name);
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
