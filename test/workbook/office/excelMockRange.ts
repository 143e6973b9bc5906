/**
 * Ranges of the Excel mock (excelMock.ts) as Office.js has them: what is loaded is answered at
 * the context's next sync, from the workbook as it is then, and reading a property before that
 * throws. A used range is the box of the non-empty cells (getUsedRangeOrNullObject(true)), of a
 * sheet or inside a range; each sync counts the cells whose values it sends back.
 */
import { CellValue, columnLetter, isCellError } from "../../../src/grid";

/** A rectangle of absolute 0-based cells. */
export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly cols: number;
}

/** What a range reads: a sheet's cells as stored, `values[i][j]` at (origin.row + i, origin.col + j). */
export interface CellSource {
  readonly name: string;
  readonly values: CellValue[][];
  readonly origin: { row: number; col: number };
  /** Cells holding a formula (absolute, 0-based): what getSpecialCells("Formulas") finds. */
  readonly formulaCells?: ReadonlyArray<{ readonly row: number; readonly col: number }>;
}

/** A cell as Excel's `values` and `valueTypes` give it. */
export function excelCell(v: CellValue): [unknown, string] {
  if (v === null) return ["", "Empty"];
  if (isCellError(v)) return [v.error, "Error"];
  if (typeof v === "number") return [v, "Double"];
  if (typeof v === "boolean") return [v, "Boolean"];
  return [v, "String"];
}

export function cellAt(sheet: CellSource, row: number, col: number): CellValue {
  return sheet.values[row - sheet.origin.row]?.[col - sheet.origin.col] ?? null;
}

/** The box of the non-empty cells of `within` (the whole sheet when absent); null when none. */
export function usedBox(sheet: CellSource, within?: Rect): Rect | null {
  let top = Infinity;
  let bottom = -1;
  let left = Infinity;
  let right = -1;
  sheet.values.forEach((row, i) => {
    const r = sheet.origin.row + i;
    if (within && (r < within.top || r >= within.top + within.rows)) return;
    row.forEach((v, j) => {
      const c = sheet.origin.col + j;
      if (v === null || (within && (c < within.left || c >= within.left + within.cols))) return;
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, c);
      right = Math.max(right, c);
    });
  });
  return bottom < 0 ? null : { top, left, rows: bottom - top + 1, cols: right - left + 1 };
}

export interface RangeHost {
  /** Answers the load at the next sync. */
  queue(range: { answer(): void }): void;
  /** Counts cells sent back by the current sync. */
  countCells(n: number): void;
}

export class MockRange {
  private props: string[] = [];
  private answered: { rect: Rect | null; values?: unknown[][]; valueTypes?: string[][] } | null =
    null;

  constructor(
    private readonly host: RangeHost,
    private readonly sheet: CellSource,
    /** The rectangle at sync time: null for a null object. */
    private readonly resolve: () => Rect | null
  ) {}

  load(props: string): this {
    this.props.push(...props.split(",").map((p) => p.trim()));
    this.host.queue(this);
    return this;
  }

  /** Called by the sync. */
  answer(): void {
    const rect = this.resolve();
    if (!this.props.includes("values") || rect === null) {
      this.answered = { rect };
      return;
    }
    const values: unknown[][] = [];
    const valueTypes: string[][] = [];
    for (let i = 0; i < rect.rows; i++) {
      const v: unknown[] = [];
      const t: string[] = [];
      for (let j = 0; j < rect.cols; j++) {
        const [value, type] = excelCell(cellAt(this.sheet, rect.top + i, rect.left + j));
        v.push(value);
        t.push(type);
      }
      values.push(v);
      valueTypes.push(t);
    }
    this.host.countCells(rect.rows * rect.cols);
    this.answered = { rect, values, valueTypes };
  }

  getSpecialCellsOrNullObject(cellType: string): MockAreas {
    if (cellType !== "Formulas") throw new Error(`mock: special cells ${cellType}`);
    return new MockAreas(this.host, this.sheet, this.resolve);
  }

  getUsedRangeOrNullObject(_valuesOnly?: boolean): MockRange {
    return new MockRange(this.host, this.sheet, () => {
      const rect = this.resolve();
      return rect && usedBox(this.sheet, rect);
    });
  }

  private get loaded() {
    if (this.answered === null)
      throw new Error(`PropertyNotLoaded: a range of ${this.sheet.name} read before sync`);
    return this.answered;
  }
  private rect(): Rect {
    const r = this.loaded.rect;
    if (r === null) throw new Error("InvalidReference: a null object's property");
    return r;
  }
  private loadedProp<T>(name: string, v: T | undefined): T {
    if (!this.props.includes(name) || v === undefined)
      throw new Error(`PropertyNotLoaded: ${name} of a range of ${this.sheet.name}`);
    return v;
  }
  get isNullObject(): boolean {
    return this.loaded.rect === null;
  }
  get rowIndex(): number {
    return this.loadedProp("rowIndex", this.rect().top);
  }
  get columnIndex(): number {
    return this.loadedProp("columnIndex", this.rect().left);
  }
  get rowCount(): number {
    return this.loadedProp("rowCount", this.rect().rows);
  }
  get columnCount(): number {
    return this.loadedProp("columnCount", this.rect().cols);
  }
  get values(): unknown[][] {
    return this.loadedProp("values", this.loaded.values);
  }
  get valueTypes(): string[][] {
    return this.loadedProp("valueTypes", this.loaded.valueTypes);
  }
}

/** The formula cells of a range (RangeAreas): their address, or a null object when none. */
export class MockAreas {
  private answered: string | null | undefined = undefined;
  constructor(
    private readonly host: RangeHost,
    private readonly sheet: CellSource,
    private readonly resolve: () => Rect | null
  ) {}
  load(_props: string): this {
    this.host.queue(this);
    return this;
  }
  answer(): void {
    const rect = this.resolve();
    const inside = (this.sheet.formulaCells ?? []).filter(
      (f) =>
        rect &&
        f.row >= rect.top &&
        f.row < rect.top + rect.rows &&
        f.col >= rect.left &&
        f.col < rect.left + rect.cols
    );
    const quoted = `'${this.sheet.name.replace(/'/g, "''")}'`;
    this.answered =
      inside.length === 0
        ? null
        : inside.map((f) => `${quoted}!${columnLetter(f.col)}${f.row + 1}`).join(",");
  }
  private get loaded(): string | null {
    if (this.answered === undefined) throw new Error("PropertyNotLoaded: areas read before sync");
    return this.answered;
  }
  get isNullObject(): boolean {
    return this.loaded === null;
  }
  get address(): string {
    const a = this.loaded;
    if (a === null) throw new Error("InvalidReference: a null object's property");
    return a;
  }
}
