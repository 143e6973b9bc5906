/**
 * A workbook open in Excel, as Office.js shows it, for the adapter and the CONV functions.
 *
 * Each `run` builds a fresh RequestContext (as Excel.run does) out of office-addin-mock
 * OfficeMockObjects, which enforce the Office.js discipline: a property read before `load` and
 * `context.sync()` is an error string, not the value. What office-addin-mock cannot model is
 * added here, small and explicit:
 *  - collections (`items`, and loads such as "items/name" that reach into every item): a
 *    collection's `load` is replaced by one that loads "items" and the item properties;
 *  - `isNullObject`, which Office.js gives without a load: a plain property;
 *  - events: `add` keeps the handler, which takes effect at the context's next sync, and the
 *    test fires the events itself when it edits the workbook;
 *  - ranges (excelMockRange.ts): used ranges, `getRangeByIndexes` and the used range inside a
 *    range, answered at sync from the workbook as it is then;
 *  - counting: every `Excel.run` (one read of the workbook), every `context.sync()`, and the
 *    cells whose values each sync sends back.
 */
jest.mock("office-addin-manifest", () => ({
  // office-addin-mock imports office-addin-manifest only for this enum; the real package pulls
  // an ES-module-only dependency that jest cannot require on Node 20.
  OfficeApp: {
    Excel: "excel",
    OneNote: "onenote",
    Outlook: "outlook",
    PowerPoint: "powerpoint",
    Project: "project",
    Word: "word",
  },
}));

import { OfficeMockObject } from "office-addin-mock";
import { CellValue, columnLetter, MAX_COLS, MAX_ROWS } from "../../../src/grid";
import type { RawSheet, SheetTable } from "../../../src/grid";
import { MockRange, usedBox, type RangeHost } from "./excelMockRange";

export interface MockSheet {
  readonly id: string;
  name: string;
  values: CellValue[][];
  origin: { row: number; col: number };
  tables: SheetTable[];
  /** Cells holding a formula (absolute, 0-based); the test sets their recalculated values itself. */
  formulaCells?: { row: number; col: number }[];
}

type Handler = (args: object) => Promise<unknown>;
export type EventName = "onChanged" | "onAdded" | "onDeleted" | "onNameChanged";

/** Methods of Office.js objects the add-in may call: all of them read. */
export const READ_ONLY_CALLS = [
  "load",
  "sync",
  "getUsedRangeOrNullObject",
  "getRange",
  "getRangeByIndexes",
  "getItem",
  "add",
];

type Mock = OfficeMockObject & Record<string, any>;

/** Excel's used range is a rectangle: rows padded to the widest. */
export function rectangular(values: readonly CellValue[][]): CellValue[][] {
  const width = Math.max(0, ...values.map((r) => r.length));
  return values.map((r) => [...r, ...new Array<CellValue>(width - r.length).fill(null)]);
}

function address(sheet: string, t: SheetTable): string {
  const a = `${columnLetter(t.range.left)}${t.range.top + 1}:${columnLetter(t.range.right)}${t.range.bottom + 1}`;
  return `'${sheet.replace(/'/g, "''")}'!${a}`;
}

export class MockWorkbook {
  runs = 0;
  syncs = 0;
  /** Cells whose values each sync sent back, in order. */
  readonly cellsPerSync: number[] = [];
  readonly calls = new Set<string>();
  /** Calls that throw (a method an older Excel lacks), and how many were refused. */
  readonly refused = new Set<string>();
  refusals = 0;
  /** Make the next runs fail, as Excel does when it cannot serve a request. */
  failure: Error | null = null;
  private readonly handlers: Record<EventName, Handler[]> = {
    onChanged: [],
    onAdded: [],
    onDeleted: [],
    onNameChanged: [],
  };
  private nextId = 1;

  constructor(readonly sheets: MockSheet[] = []) {}

  static fromRawSheets(raws: readonly RawSheet[]): MockWorkbook {
    const wb = new MockWorkbook();
    for (const raw of raws) wb.sheets.push(wb.sheetOf(raw));
    return wb;
  }

  private sheetOf(raw: RawSheet): MockSheet {
    const values = rectangular(raw.values.map((r) => [...r]));
    return {
      id: `{SHEET-${this.nextId++}}`,
      name: raw.name,
      values,
      origin: { ...raw.origin },
      tables: [...raw.tables],
    };
  }

  sheet(name: string): MockSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  /** Excel.run: a new context on the workbook as it is now. */
  readonly run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    this.runs++;
    if (this.failure) throw this.failure;
    return batch(this.context() as unknown as Excel.RequestContext);
  };

  private track<F extends (...args: any[]) => any>(name: string, f: F): F {
    return ((...args: unknown[]) => {
      this.calls.add(name);
      if (this.refused.has(name)) {
        this.refusals++;
        throw new Error(`mock: ${name} refused, as an older Excel would`);
      }
      return f(...args);
    }) as F;
  }

  /**
   * A collection whose `load("items/a, items/b/c")` loads `items` and each item's properties.
   * `items` was given to the mock as an array (a plain value for office-addin-mock), filled here
   * with the item mocks once they exist.
   */
  private collection(coll: Mock, itemsValue: Mock[], items: Mock[]): void {
    itemsValue.push(...items);
    coll.load = this.track("load", (what: string) => {
      const props = what.split(",").map((p) => p.trim());
      for (const p of props)
        if (!p.startsWith("items/")) throw new Error(`mock: unexpected collection load ${p}`);
      OfficeMockObject.prototype.load.call(coll, "items");
      for (const item of items) item.load(props.map((p) => p.slice("items/".length)).join(","));
      return coll;
    });
  }

  context(): Mock {
    const pending: [EventName, Handler][] = [];
    const event = (name: EventName) => ({
      add: this.track("add", (h: Handler) => void pending.push([name, h])),
    });
    const sheets: Record<string, object> = {};
    const tables: Record<string, object> = {};
    this.sheets.forEach((s, i) => {
      sheets[`s${i}`] = { name: s.name, id: s.id };
      s.tables.forEach((t, j) => {
        tables[`t${i}_${j}`] = {
          name: t.name,
          showHeaders: t.hasHeader,
          showTotals: t.totalsRows > 0,
          worksheet: { name: s.name },
          range: { address: address(s.name, t) },
        };
      });
    });
    const sheetItems: Mock[] = [];
    const tableItems: Mock[] = [];
    const context = new OfficeMockObject({
      workbook: {
        worksheets: {
          all: sheets,
          items: sheetItems,
          onChanged: event("onChanged"),
          onAdded: event("onAdded"),
          onDeleted: event("onDeleted"),
          onNameChanged: event("onNameChanged"),
        },
        tables: { all: tables, items: tableItems },
      },
    }) as Mock;
    const ranges: { answer(): void }[] = [];
    const host: RangeHost = {
      queue: (r) => ranges.push(r),
      countCells: (n) => (this.cellsPerSync[this.cellsPerSync.length - 1] += n),
    };
    const ws = context.workbook.worksheets as Mock;
    const sheetMocks = this.sheets.map((s, i) => {
      const m = ws.all[`s${i}`] as Mock;
      m.getUsedRangeOrNullObject = this.track(
        "getUsedRangeOrNullObject",
        () => new MockRange(host, s, () => usedBox(s))
      );
      m.getRange = this.track("getRange", (address?: string) => {
        if (address !== undefined) throw new Error("mock: getRange(address)");
        return new MockRange(host, s, () => ({ top: 0, left: 0, rows: MAX_ROWS, cols: MAX_COLS }));
      });
      m.getRangeByIndexes = this.track(
        "getRangeByIndexes",
        (top: number, left: number, rows: number, cols: number) =>
          new MockRange(host, s, () => ({ top, left, rows, cols }))
      );
      return m;
    });
    this.collection(ws, sheetItems, sheetMocks);
    ws.getItem = this.track("getItem", (key: string) => {
      const i = this.sheets.findIndex((s) => s.id === key || s.name === key);
      if (i < 0 || i >= sheetMocks.length) throw new Error(`ItemNotFound: ${key}`);
      return sheetMocks[i];
    });
    const tb = context.workbook.tables as Mock;
    const tableMocks = Object.keys(tables).map((k) => {
      const m = tb.all[k] as Mock;
      m.getRange = this.track("getRange", () => m.range);
      return m;
    });
    this.collection(tb, tableItems, tableMocks);

    const sync = OfficeMockObject.prototype.sync.bind(context);
    context.sync = this.track("sync", async () => {
      this.syncs++;
      this.cellsPerSync.push(0);
      for (const [name, h] of pending.splice(0)) this.handlers[name].push(h);
      for (const r of ranges.splice(0)) r.answer();
      await sync();
      // office-addin-mock copies synced values up its tree in microtasks of its own: let them run
      for (let i = 0; i < 20; i++) await Promise.resolve();
    });
    return context;
  }

  handlerCount(name: EventName): number {
    return this.handlers[name].length;
  }

  async fire(name: EventName, args: object): Promise<void> {
    for (const h of this.handlers[name]) await h(args);
  }

  /** Types a value into a cell (1-based row, 0-based column) and fires onChanged, as Excel does. */
  async setCell(sheetName: string, row: number, col: number, value: CellValue): Promise<void> {
    const s = this.sheet(sheetName);
    const i = row - 1 - s.origin.row;
    const j = col - s.origin.col;
    // Kept rectangular as Excel's used range is, without copying a 100 000-row sheet per cell.
    if (j >= (s.values[0]?.length ?? 0))
      s.values = rectangular([...s.values, new Array(j + 1)]).slice(0, -1);
    const width = s.values[0]?.length ?? j + 1;
    while (s.values.length <= i) s.values.push(new Array<CellValue>(width).fill(null));
    s.values[i][j] = value;
    await this.fire("onChanged", {
      worksheetId: s.id,
      address: `${columnLetter(col)}${row}`,
      changeType: "RangeEdited",
      source: "Local",
      type: "WorksheetChanged",
    });
  }

  /** Inserts (count > 0) or deletes (count < 0) whole rows from a 1-based row, firing onChanged. */
  async shiftRows(sheetName: string, row: number, count: number): Promise<void> {
    const s = this.sheet(sheetName);
    const i = Math.max(0, row - 1 - s.origin.row);
    const width = s.values[0]?.length ?? 0;
    if (count > 0)
      s.values.splice(
        i,
        0,
        ...Array.from({ length: count }, () => new Array<CellValue>(width).fill(null))
      );
    else s.values.splice(i, -count);
    const last = row + Math.abs(count) - 1;
    await this.fire("onChanged", {
      worksheetId: s.id,
      address: `${row}:${last}`,
      changeType: count > 0 ? "RowInserted" : "RowDeleted",
      source: "Local",
      type: "WorksheetChanged",
    });
  }

  async renameSheet(name: string, to: string): Promise<void> {
    const s = this.sheet(name);
    s.name = to;
    await this.fire("onNameChanged", {
      worksheetId: s.id,
      nameBefore: name,
      nameAfter: to,
      source: "Local",
      type: "WorksheetNameChanged",
    });
  }

  async addSheet(raw: RawSheet): Promise<MockSheet> {
    const s = this.sheetOf(raw);
    this.sheets.push(s);
    await this.fire("onAdded", { worksheetId: s.id, source: "Local", type: "WorksheetAdded" });
    return s;
  }

  async deleteSheet(name: string): Promise<void> {
    const s = this.sheet(name);
    this.sheets.splice(this.sheets.indexOf(s), 1);
    await this.fire("onDeleted", { worksheetId: s.id, source: "Local", type: "WorksheetDeleted" });
  }
}
