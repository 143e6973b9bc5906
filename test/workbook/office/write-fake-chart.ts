/** Charts of the Excel fake (write-fake-excel.ts): what the writer sets, kept for assertions. */
import type { FakeExcel, FakeSheet } from "./write-fake-excel";
import type { FakeRange } from "./write-fake-range";
import { Loaded } from "./write-fake-loaded";

export class FakeSeries {
  values: FakeRange | null = null;
  xValues: FakeRange | null = null;
  constructor(
    private readonly fake: FakeExcel,
    public name: string
  ) {}
  setValues(range: FakeRange): void {
    this.fake.record("series.setValues", [range.address], () => (this.values = range));
  }
  setXAxisValues(range: FakeRange): void {
    this.fake.record("series.setXAxisValues", [range.address], () => (this.xValues = range));
  }
}

export class FakeChart {
  name = "";
  readonly title = { text: "" };
  readonly legend = { position: "Right" };
  readonly axes = { valueAxis: { numberFormat: "General" } };
  readonly seriesList: FakeSeries[] = [];
  position: [string, string | undefined] | null = null;
  readonly series = {
    getItemAt: (i: number) => {
      const s = this.seriesList[i];
      if (!s) throw new Error(`ItemNotFound: series ${i}`);
      return s;
    },
    add: (name: string) => {
      const s = new FakeSeries(this.fake, name);
      this.fake.record("series.add", [name], () => this.seriesList.push(s));
      return s;
    },
  };
  constructor(
    private readonly fake: FakeExcel,
    private readonly collection: FakeChartCollection,
    readonly type: string,
    source: FakeRange
  ) {
    const first = new FakeSeries(fake, "Série1");
    first.values = source;
    this.seriesList.push(first);
  }
  setPosition(start: string, end?: string): void {
    this.fake.record("chart.setPosition", [start, end], () => (this.position = [start, end]));
  }
  delete(): void {
    this.fake.record("chart.delete", [this.name], () => this.collection.remove(this));
  }
}

export class FakeChartCollection {
  readonly list: FakeChart[] = [];
  private readonly itemsLoad: Loaded<FakeChart[]>;
  constructor(
    private readonly fake: FakeExcel,
    readonly sheet: FakeSheet
  ) {
    this.itemsLoad = new Loaded(fake, `charts of ${sheet.name}`, () => [...this.list]);
  }
  load(_props?: string): void {
    this.itemsLoad.load();
  }
  get items(): FakeChart[] {
    return this.itemsLoad.value;
  }
  add(type: string, source: FakeRange, seriesBy: string): FakeChart {
    const chart = new FakeChart(this.fake, this, type, source);
    this.fake.record("charts.add", [type, source.address, seriesBy], () => this.list.push(chart));
    return chart;
  }
  remove(chart: FakeChart): void {
    const i = this.list.indexOf(chart);
    if (i >= 0) this.list.splice(i, 1);
  }
}
