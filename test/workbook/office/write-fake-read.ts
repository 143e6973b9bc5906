/** Reading in the Excel fake (write-fake-excel.ts): used ranges and tables, answered at sync. */
import type { FakeExcel, FakeSheet } from "./write-fake-excel";

function typeOf(v: unknown): string {
  if (v === null || v === undefined || v === "") return "Empty";
  if (typeof v === "number") return "Double";
  if (typeof v === "boolean") return "Boolean";
  if (typeof v === "object" && "error" in (v as object)) return "Error";
  return "String";
}

/** A sheet's used range: Excel gives a rectangle, "" and "Empty" where nothing is. */
export class FakeUsedRange {
  private answer: { values: unknown[][]; valueTypes: string[][] } | null = null;
  private asked = false;

  constructor(
    private readonly fake: FakeExcel,
    private readonly sheet: FakeSheet
  ) {}

  load(_props?: string): this {
    this.fake.record("usedRange.load", [this.sheet.name]);
    this.asked = true;
    this.fake.later(() => {
      const data = this.sheet.data ?? [];
      const width = data.reduce((w, row) => Math.max(w, row.length), 0);
      const values = data.map((row) =>
        Array.from({ length: width }, (_, j) => {
          const v = row[j];
          if (v && typeof v === "object" && "error" in (v as object))
            return (v as { error: string }).error;
          return v === null || v === undefined ? "" : v;
        })
      );
      const valueTypes = data.map((row) => Array.from({ length: width }, (_, j) => typeOf(row[j])));
      this.answer = { values, valueTypes };
      this.fake.respond(JSON.stringify(values).length + JSON.stringify(valueTypes).length);
    });
    return this;
  }

  private get loaded() {
    if (!this.asked || this.answer === null)
      throw new Error(`PropertyNotLoaded: used range of ${this.sheet.name}`);
    return this.answer;
  }
  get isNullObject(): boolean {
    return this.loaded.values.length === 0;
  }
  get values(): unknown[][] {
    return this.loaded.values;
  }
  get valueTypes(): string[][] {
    return this.loaded.valueTypes;
  }
  get rowIndex(): number {
    return 0;
  }
  get columnIndex(): number {
    return 0;
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
