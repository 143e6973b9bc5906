/**
 * A typed fake of the slice of Excel's JavaScript API that Plafond uses, for counting round
 * trips and checking what lands in the cells.
 *
 * Why not office-addin-mock alone: its objects are property bags that apply every assignment at
 * once and resolve nothing at sync. The writer's guarantees need a host that (1) turns typed
 * strings into formulas, numbers or dates the way Excel does unless the cell's format is "@",
 * so the order of numberFormat and values inside a request matters; (2) answers
 * getItemOrNullObject probes and load() calls only at sync (reading before throws, as in Excel);
 * (3) measures each request's payload and refuses one over 5 MB, like Excel on the web.
 */
import { openXlsx } from "../../../src/workbook/xlsx";
import { FakeChartCollection } from "./write-fake-chart";
import { Loaded } from "./write-fake-loaded";
import { FakeRange, type FakeCell } from "./write-fake-range";
import { FakeTables, FakeUsedRange } from "./write-fake-read";
import { emptyPrint, fakePageBreaks, fakePageLayout } from "./write-fake-print";

export type { FakeCell };

export const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;
const ROWS = 1048576;
const COLS = 16384;

export interface FakeRequest {
  bytes: number;
  actions: string[];
  suspendedCalculation: boolean;
  suspendedScreen: boolean;
  /** What the host sends back (loaded values): Excel on the web limits responses too. */
  responseBytes: number;
  /** An error code Excel answers the whole request with (a read over the cell limit). */
  refusal?: string;
}

/** An error as Office.js gives it: the code says what happened, whatever the language. */
function payloadError(code: string, bytes: number): Error {
  return Object.assign(new Error(`${code}: ${bytes} bytes`), { name: "RichApi.Error", code });
}

function utf8(s: string): number {
  return Buffer.byteLength(s, "utf8");
}

export class FakeExcel {
  readonly sheets: FakeSheet[] = [];
  readonly requests: FakeRequest[] = [];
  syncs = 0;
  selection: string | null = null;
  active: FakeSheet | null = null;
  private current: FakeRequest = FakeExcel.emptyRequest();
  private onSync: Array<() => void> = [];
  readonly context: Excel.RequestContext;
  readonly tables: FakeTables;

  constructor() {
    const worksheets = new FakeWorksheets(this);
    this.tables = new FakeTables(this);
    const tables = this.tables;
    const app = {
      suspendApiCalculationUntilNextSync: () =>
        this.record("suspendCalculation", [], (r) => (r.suspendedCalculation = true)),
      suspendScreenUpdatingUntilNextSync: () =>
        this.record("suspendScreen", [], (r) => (r.suspendedScreen = true)),
    };
    this.context = {
      workbook: { worksheets, tables },
      application: app,
      sync: () => this.sync(),
    } as unknown as Excel.RequestContext;
  }

  private static emptyRequest(): FakeRequest {
    return {
      bytes: 0,
      actions: [],
      suspendedCalculation: false,
      suspendedScreen: false,
      responseBytes: 0,
    };
  }

  /** Queues an action: its arguments count in the request's payload. */
  record(name: string, args: unknown[], apply?: (r: FakeRequest) => void): void {
    this.current.actions.push(name);
    this.current.bytes += utf8(name) + utf8(JSON.stringify(args)) + 64;
    apply?.(this.current);
  }

  /**
   * Excel on the web's limit on what a request brings back (null: Excel on the desktop, no
   * limit). Loads count their data when queued, so that a refused request answers nothing.
   */
  responseLimit: number | null = null;

  /**
   * Excel's limit of five million cells a read (null: none), and what it does over it: answer
   * the range without values (`values` null) or refuse the request (RangeExceedsLimit).
   */
  cellLimit: number | null = null;
  overCellLimit: "null-values" | "refuse" = "null-values";

  /** Whether a read of `cells` cells is over the cell limit; a refusal is recorded for sync. */
  overLimit(cells: number): boolean {
    if (this.cellLimit === null || cells <= this.cellLimit) return false;
    if (this.overCellLimit === "refuse") this.current.refusal = "RangeExceedsLimit";
    return true;
  }

  /** Counts loaded data in the response of the request being built. */
  respond(bytes: number): void {
    this.current.responseBytes += bytes;
  }

  /** Something to resolve at the next sync (a load, a null-object probe). */
  later(resolve: () => void): void {
    this.onSync.push(resolve);
  }

  async sync(): Promise<void> {
    const request = this.current;
    const pending = this.onSync;
    this.onSync = [];
    this.current = FakeExcel.emptyRequest();
    this.requests.push(request);
    this.syncs++; // a refused request is a round trip too
    // Refused as a whole, as Excel on the web does: nothing queued is applied, nothing loaded.
    if (request.bytes > WEB_PAYLOAD_LIMIT)
      throw payloadError("RequestPayloadSizeLimitExceeded", request.bytes);
    if (this.responseLimit !== null && request.responseBytes > this.responseLimit)
      throw payloadError("ResponsePayloadSizeLimitExceeded", request.responseBytes);
    if (request.refusal) throw payloadError(request.refusal, request.responseBytes);
    pending.forEach((f) => f());
  }

  /** Syncs Excel refused (payload too large). */
  get refusedSyncs(): number {
    return this.requests.filter(
      (r) =>
        r.bytes > WEB_PAYLOAD_LIMIT ||
        r.refusal !== undefined ||
        (this.responseLimit !== null && r.responseBytes > this.responseLimit)
    ).length;
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toUpperCase() === name.toUpperCase());
  }

  /** A sheet; `data` is what reading its used range gives (kept as is: 100 000 rows stay cheap). */
  addSheet(name: string, data: unknown[][] | null = null): FakeSheet {
    if (this.sheet(name)) throw new Error(`ItemAlreadyExists: ${name}`);
    const sheet = new FakeSheet(this, name, `{${this.sheets.length + 1}}`);
    sheet.data = data;
    this.sheets.push(sheet);
    return sheet;
  }
}

class FakeWorksheets {
  private readonly itemsLoad: Loaded<FakeSheet[]>;
  constructor(private readonly fake: FakeExcel) {
    this.itemsLoad = new Loaded(fake, "worksheets", () => [...fake.sheets]);
  }
  load(_props?: string): this {
    this.itemsLoad.load();
    return this;
  }
  get items(): FakeSheet[] {
    return this.itemsLoad.value;
  }
  getItem(name: string): FakeSheet {
    const sheet = this.fake.sheet(name);
    if (!sheet) throw new Error(`ItemNotFound: ${name}`);
    return sheet;
  }
  add(name: string): FakeSheet {
    this.fake.record("worksheets.add", [name]);
    return this.fake.addSheet(name);
  }
}

class FakeNames {
  readonly items = new Map<
    string,
    { name: string; visible: boolean; comment: string; ref: string; formula?: string }
  >();
  constructor(
    private readonly fake: FakeExcel,
    private readonly sheet: FakeSheet
  ) {}
  /** Like Excel's: a range, or a formula ("=…", e.g. a text constant). */
  add(name: string, reference: FakeRange | string, comment = "") {
    const ref = typeof reference === "string" ? reference : reference.address;
    this.fake.record("names.add", [name, ref, comment]);
    const formula = typeof reference === "string" ? reference : `=${reference.address}`;
    const item = { name, visible: true, comment, ref, formula };
    this.items.set(name.toUpperCase(), item);
    return item;
  }
  getItemOrNullObject(name: string) {
    this.fake.record("names.getItemOrNullObject", [name]);
    let found: boolean | null = null;
    let formula: string | null = null;
    this.fake.later(() => {
      const item = this.items.get(name.toUpperCase());
      found = item !== undefined;
      formula = item ? (item.formula ?? `=${item.ref}`) : null;
    });
    const sheetName = this.sheet.name;
    return {
      load: () => undefined,
      get formula(): string {
        if (formula === null) throw new Error(`PropertyNotLoaded: formula of ${sheetName}!${name}`);
        return formula;
      },
      get isNullObject(): boolean {
        if (found === null)
          throw new Error(`PropertyNotLoaded: isNullObject of ${sheetName}!${name}`);
        return !found;
      },
    };
  }
}

export class FakeSheet {
  readonly cells = new Map<string, FakeCell>();
  readonly names: FakeNames;
  readonly charts: FakeChartCollection;
  readonly columnWidths = new Map<number, number>();
  /** Formats given to whole columns: a cell written later starts with its column's. */
  readonly columnFormats = new Map<number, string>();
  frozenRows = 0;
  visibility = "Visible";
  readonly freezePanes = {
    freezeRows: (n: number) => this.fake.record("freezeRows", [n], () => (this.frozenRows = n)),
    unfreeze: () => this.fake.record("unfreeze", [], () => (this.frozenRows = 0)),
  };

  data: unknown[][] | null = null;
  /** What the page set-up asked (write-fake-print.ts). */
  readonly print = emptyPrint();
  readonly pageLayout: object;
  readonly horizontalPageBreaks: object;

  constructor(
    readonly fake: FakeExcel,
    public name: string,
    readonly id: string
  ) {
    this.names = new FakeNames(fake, this);
    this.charts = new FakeChartCollection(fake, this);
    this.pageLayout = fakePageLayout(fake, this.print);
    this.horizontalPageBreaks = fakePageBreaks(fake, this.print);
  }

  cell(r: number, c: number): FakeCell {
    const key = `${r},${c}`;
    let cell = this.cells.get(key);
    if (!cell)
      this.cells.set(
        key,
        (cell = {
          value: null,
          formula: null,
          numberFormat: this.columnFormats.get(c) ?? "General",
          format: {},
          hyperlink: null,
        })
      );
    return cell;
  }

  /** What reading the sheet gives: its data, else the values written to its cells. */
  readable(): unknown[][] {
    if (this.data) return this.data;
    const rows: unknown[][] = [];
    for (const [key, cell] of this.cells) {
      if (cell.value === null || cell.value === "") continue; // formatted only: not "used"
      const [r, c] = key.split(",").map(Number);
      (rows[r] ??= [])[c] = cell.value;
    }
    return Array.from(rows, (row) => Array.from(row ?? [], (v) => v ?? null));
  }

  peek(r: number, c: number): FakeCell | undefined {
    return this.cells.get(`${r},${c}`);
  }

  getRange(address?: string): FakeRange {
    if (address === undefined) return new FakeRange(this, 0, 0, ROWS, COLS);
    const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(address);
    if (!m) throw new Error(`InvalidArgument: ${address}`);
    const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    const top = Number(m[2]) - 1;
    const left = col(m[1]);
    const bottom = m[4] ? Number(m[4]) - 1 : top;
    const right = m[3] ? col(m[3]) : left;
    return new FakeRange(this, top, left, bottom - top + 1, right - left + 1);
  }

  getRangeByIndexes(top: number, left: number, rows: number, cols: number): FakeRange {
    return new FakeRange(this, top, left, rows, cols);
  }

  getUsedRangeOrNullObject(_valuesOnly?: boolean): FakeUsedRange {
    return new FakeUsedRange(this.fake, this);
  }

  activate(): void {
    this.fake.record("activate", [this.name], () => (this.fake.active = this));
  }
}

/** An Excel fake holding the sheets of an .xlsx file (values as the xlsx reader gives them). */
export function fakeExcelFromXlsx(bytes: Uint8Array): FakeExcel {
  const book = openXlsx(bytes);
  const fake = new FakeExcel();
  for (const name of book.sheetNames()) {
    const sheet = book.readSheet(name);
    const pad = (row: unknown[]) => [...new Array(sheet.origin.col).fill(null), ...row];
    fake.addSheet(name, [
      ...Array.from({ length: sheet.origin.row }, () => []),
      ...sheet.values.map(pad),
    ]);
  }
  return fake;
}
