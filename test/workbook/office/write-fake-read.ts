/** Reading in the Excel fake (write-fake-excel.ts): used ranges and tables, answered at sync. */
import type { FakeExcel, FakeSheet } from "./write-fake-excel";

function typeOf(v: unknown): string {
  if (v === null || v === undefined || v === "") return "Empty";
  if (typeof v === "number") return "Double";
  if (typeof v === "boolean") return "Boolean";
  if (typeof v === "object" && "error" in (v as object)) return "Error";
  return "String";
}

export interface ExcelBlock {
  readonly values: unknown[][];
  readonly valueTypes: string[][];
}

/** A rectangle of a sheet's data as Excel gives it: "" and "Empty" where nothing is. */
export function excelBlock(
  data: readonly unknown[][],
  top: number,
  left: number,
  rows: number,
  cols: number
): ExcelBlock {
  const values: unknown[][] = [];
  const valueTypes: string[][] = [];
  for (let i = top; i < top + rows; i++) {
    const row = data[i] ?? [];
    const v: unknown[] = [];
    const t: string[] = [];
    for (let j = left; j < left + cols; j++) {
      const x = row[j];
      t.push(typeOf(x));
      if (x && typeof x === "object" && "error" in (x as object))
        v.push((x as { error: string }).error);
      else v.push(x === null || x === undefined ? "" : x);
    }
    values.push(v);
    valueTypes.push(t);
  }
  return { values, valueTypes };
}

/** Excel's answer to a read over its cell limit: the range, without values. */
export const NO_VALUES = { values: null, valueTypes: null } as unknown as ExcelBlock;

/** The bytes of a block in Excel's JSON response. */
export const blockBytes = (b: ExcelBlock) =>
  JSON.stringify(b.values).length + JSON.stringify(b.valueTypes).length;

/**
 * A sheet's used range: a rectangle from A1 (the fake's data starts there). Its values, or only
 * its dimensions, are answered at the next sync; their size counts in that request's response.
 */
export class FakeUsedRange {
  private answer: ExcelBlock | null = null;
  private dims = false;
  private height = 0;
  private width = 0;

  constructor(
    private readonly fake: FakeExcel,
    private readonly sheet: FakeSheet
  ) {}

  load(props = ""): this {
    this.fake.record("usedRange.load", [this.sheet.name, props]);
    const data = this.sheet.readable();
    this.height = data.length;
    this.width = data.reduce((w, row) => Math.max(w, row.length), 0);
    if (!/\bvalues\b/.test(props)) {
      this.fake.respond(64);
      this.fake.later(() => (this.dims = true));
      return this;
    }
    const answer = this.fake.overLimit(this.height * this.width)
      ? NO_VALUES
      : excelBlock(data, 0, 0, this.height, this.width);
    this.fake.respond(blockBytes(answer));
    this.fake.later(() => {
      this.answer = answer;
      this.dims = true;
    });
    return this;
  }

  private get loaded(): ExcelBlock {
    if (this.answer === null)
      throw new Error(`PropertyNotLoaded: values of the used range of ${this.sheet.name}`);
    return this.answer;
  }
  private dimension(n: number): number {
    if (!this.dims) throw new Error(`PropertyNotLoaded: used range of ${this.sheet.name}`);
    return n;
  }
  get isNullObject(): boolean {
    return this.dimension(this.height * this.width) === 0;
  }
  get values(): unknown[][] {
    return this.loaded.values;
  }
  get valueTypes(): string[][] {
    return this.loaded.valueTypes;
  }
  get rowIndex(): number {
    return this.dimension(0);
  }
  get columnIndex(): number {
    return this.dimension(0);
  }
  get rowCount(): number {
    return this.dimension(this.height);
  }
  get columnCount(): number {
    return this.dimension(this.width);
  }
}

export interface FakeTable {
  readonly name: string;
  readonly showHeaders: boolean;
  readonly showTotals: boolean;
  readonly worksheet: { readonly name: string };
  getRange(): { load(p?: string): { address: string }; address: string };
}

export class FakeTables {
  readonly list: FakeTable[] = [];
  private loaded = false;
  constructor(private readonly fake: FakeExcel) {}

  add(sheet: string, name: string, address: string, showTotals = false): void {
    const range = { address: `${sheet}!${address}`, load: () => range };
    this.list.push({
      name,
      showHeaders: true,
      showTotals,
      worksheet: { name: sheet },
      getRange: () => range,
    });
  }
  load(_props?: string): this {
    this.fake.record("tables.load", []);
    this.fake.later(() => (this.loaded = true));
    return this;
  }
  get items(): FakeTable[] {
    if (!this.loaded) throw new Error("PropertyNotLoaded: tables");
    return this.list;
  }
}
