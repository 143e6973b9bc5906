/** Ranges and cells of the Excel fake (write-fake-excel.ts), with Excel's way of reading typed values. */
import type { FakeSheet } from "./write-fake-excel";

const ROWS = 1048576;
import { blockBytes, excelBlock, NO_VALUES, type ExcelBlock } from "./write-fake-read";

export interface FakeCell {
  value: string | number | boolean | null;
  formula: string | null;
  numberFormat: string;
  format: Record<string, unknown>;
  hyperlink: Excel.RangeHyperlink | null;
}

function deepMerge(into: Record<string, unknown>, from: Record<string, unknown>): void {
  for (const [k, v] of Object.entries(from)) {
    if (v && typeof v === "object" && !Array.isArray(v)) {
      const target = (into[k] && typeof into[k] === "object" ? into[k] : (into[k] = {})) as Record<
        string,
        unknown
      >;
      deepMerge(target, v as Record<string, unknown>);
    } else into[k] = v;
  }
}

/** What Excel does with a value typed into a cell: "=…", "+…", "@…" become formulas, numbers and dates are parsed. */
export function enter(cell: FakeCell, v: unknown): void {
  if (v === null || v === undefined) return;
  cell.formula = null;
  if (typeof v !== "string") {
    cell.value = v as number | boolean;
    return;
  }
  if (cell.numberFormat === "@" || v === "") {
    cell.value = v;
    return;
  }
  if (/^[-+]?\d+(\.\d+)?$/.test(v)) cell.value = Number(v);
  else if (/^\d{4}-\d{2}(-\d{2})?$/.test(v))
    cell.value = 40000; // Excel reads "2020-09" as a date
  else if (/^[=+\-@]./.test(v)) {
    cell.formula = v.startsWith("=") ? v : "=" + v.replace(/^@/, "");
    cell.value = "#CALC";
  } else cell.value = v;
}

/** "E12" for 0-based (11, 4). */
export function cellName(r: number, c: number): string {
  let n = c + 1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return `${s}${r + 1}`;
}

function checkShape(what: string, m: unknown[][], rows: number, cols: number): void {
  if (m.length !== rows || m.some((r) => r.length !== cols))
    throw new Error(`InvalidArgument: ${what} is not ${rows}×${cols}`);
}

export class FakeRange {
  private block: ExcelBlock | null = null;

  constructor(
    readonly sheet: FakeSheet,
    readonly top: number,
    readonly left: number,
    readonly rows: number,
    readonly cols: number
  ) {}

  get address(): string {
    return `${this.sheet.name}!${cellName(this.top, this.left)}:${cellName(this.top + this.rows - 1, this.left + this.cols - 1)}`;
  }

  private contains(r: number, c: number): boolean {
    return r >= this.top && r < this.top + this.rows && c >= this.left && c < this.left + this.cols;
  }

  private each(m: unknown[][], f: (cell: FakeCell, v: unknown) => void): void {
    m.forEach((row, i) =>
      row.forEach((v, j) => f(this.sheet.cell(this.top + i, this.left + j), v))
    );
  }

  /** Reading: the sheet's data in this rectangle, answered at the next sync. */
  load(_props?: string): this {
    const block = this.sheet.fake.overLimit(this.rows * this.cols)
      ? NO_VALUES
      : excelBlock(this.sheet.readable(), this.top, this.left, this.rows, this.cols);
    this.sheet.fake.record("range.load", [this.address]);
    this.sheet.fake.respond(blockBytes(block));
    this.sheet.fake.later(() => (this.block = block));
    return this;
  }

  private get loaded(): ExcelBlock {
    if (!this.block) throw new Error(`PropertyNotLoaded: values of ${this.address}`);
    return this.block;
  }
  get valueTypes(): string[][] {
    return this.loaded.valueTypes;
  }
  get values(): unknown[][] {
    return this.loaded.values;
  }

  set values(m: unknown[][]) {
    checkShape("values", m, this.rows, this.cols);
    this.sheet.fake.record("values", m, () => this.each(m, enter));
  }

  set numberFormat(m: (string | null)[][] | string) {
    // One format for the whole range (Office.js allows it): whole columns keep it for later cells.
    if (typeof m === "string") {
      this.sheet.fake.record("numberFormat", [m], () => {
        if (this.rows === ROWS)
          for (let c = this.left; c < this.left + this.cols; c++)
            this.sheet.columnFormats.set(c, m);
        for (const [key, cell] of this.sheet.cells) {
          const [r, c] = key.split(",").map(Number);
          if (this.contains(r, c)) cell.numberFormat = m;
        }
      });
      return;
    }
    checkShape("numberFormat", m, this.rows, this.cols);
    this.sheet.fake.record("numberFormat", m, () =>
      this.each(m, (cell, v) => v !== null && (cell.numberFormat = v as string))
    );
  }

  setCellProperties(m: Excel.SettableCellProperties[][]): void {
    checkShape("cell properties", m, this.rows, this.cols);
    this.sheet.fake.record("setCellProperties", m, () =>
      this.each(m, (cell, v) => {
        const p = v as Excel.SettableCellProperties;
        if (p.format) deepMerge(cell.format, p.format as Record<string, unknown>);
        if (p.hyperlink) cell.hyperlink = p.hyperlink;
      })
    );
  }

  setColumnProperties(props: Excel.SettableColumnProperties[]): void {
    if (props.length !== this.cols) throw new Error("InvalidArgument: column properties");
    this.sheet.fake.record("setColumnProperties", props, () =>
      props.forEach(
        (p, j) =>
          p.format?.columnWidth !== undefined &&
          this.sheet.columnWidths.set(this.left + j, p.format.columnWidth)
      )
    );
  }

  clear(applyTo = "All"): void {
    this.sheet.fake.record("clear", [applyTo], () => {
      for (const [key, cell] of this.sheet.cells) {
        const [r, c] = key.split(",").map(Number);
        if (
          r < this.top ||
          r >= this.top + this.rows ||
          c < this.left ||
          c >= this.left + this.cols
        )
          continue;
        if (applyTo === "Hyperlinks") cell.hyperlink = null;
        else this.sheet.cells.delete(key);
      }
    });
  }

  get format() {
    const range = this;
    return {
      set useStandardWidth(_v: boolean) {
        range.sheet.fake.record("useStandardWidth", [], () => range.sheet.columnWidths.clear());
      },
      set wrapText(v: boolean) {
        range.sheet.fake.record("wrapText", [range.address, v], () =>
          range.sheet.print.wrapped.add(range.address)
        );
      },
      set verticalAlignment(v: string) {
        range.sheet.fake.record("verticalAlignment", [range.address, v]);
      },
      set rowHeight(points: number) {
        range.sheet.fake.record("rowHeight", [range.address, points], () => {
          for (let r = range.top; r < range.top + range.rows; r++)
            range.sheet.print.rowHeights.set(r, points);
        });
      },
    };
  }

  setRowProperties(props: Excel.SettableRowProperties[]): void {
    this.sheet.fake.record("setRowProperties", props, () =>
      props.forEach((p, i) => {
        const h = p.format?.rowHeight;
        if (h !== undefined) this.sheet.print.rowHeights.set(this.top + i, h);
      })
    );
  }

  merge(_across = false): void {
    this.sheet.fake.record("merge", [this.address], () =>
      this.sheet.print.merges.add(this.address)
    );
  }

  unmerge(): void {
    this.sheet.fake.record("unmerge", [this.address], () => this.sheet.print.merges.clear());
  }

  select(): void {
    this.sheet.fake.record(
      "select",
      [this.address],
      () => (this.sheet.fake.selection = `${this.sheet.name}!${cellName(this.top, this.left)}`)
    );
  }
}
