/** The print layout of a ReportModel (src/domain/report/print.ts), on models made to measure. */
import { headers, text } from "../../../src/domain/report/cells";
import type { ReportCell, ReportModel } from "../../../src/domain/report/model";
import {
  blocksOf,
  headerFooterCode,
  printLayout,
  ROW_POINTS,
} from "../../../src/domain/report/print";

type Row = (ReportCell | null)[];
const WIDTHS = [28, 27, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17];

function table(title: string, rows: number): Row[] {
  return [
    [text(title, "subtitle")],
    headers("A", "B"),
    ...Array.from({ length: rows }, (_, i) => [text(`${title} ${i}`), text("x")]),
  ];
}

function model(...sections: Row[][]): ReportModel {
  const rows: Row[] = [
    [text("Rapport d'exécution de la convention X", "title")],
    [text("Délégant", "bold"), text("D")],
    [],
  ];
  for (const s of sections) rows.push(...s, []);
  return {
    columnWidths: WIDTHS,
    rows,
    charts: [],
    frozenRows: 0,
    print: { reference: "A&B-2020", asOf: "2020-12-31" },
  };
}

/** Rows of the model per page, as the breaks cut it. */
function pages(m: ReportModel): number[][] {
  const { rowBreaks } = printLayout(m);
  const bounds = [0, ...rowBreaks, m.rows.length];
  return bounds
    .slice(1)
    .map((end, i) => Array.from({ length: end - bounds[i] }, (_, k) => bounds[i] + k));
}

describe("printLayout", () => {
  test("small tables share a page; none is cut; a table that does not fit starts the next page", () => {
    const m = model(table("T1", 10), table("T2", 10), table("T3", 10), table("T4", 10));
    const layout = printLayout(m);
    expect(layout.rowBreaks.length).toBeGreaterThan(0);
    const blocks = blocksOf(m);
    for (const r of layout.rowBreaks) expect(blocks.some((b) => b.first === r)).toBe(true); // between tables only
    for (const b of blocks.slice(1)) {
      const page = pages(m).findIndex((p) => p.includes(b.first));
      expect(pages(m)[page]).toContain(b.last);
    }
  });

  test("a table longer than a page is cut at a page's height, each page under it", () => {
    const m = model(table("T1", 3), table("Long", 300));
    const layout = printLayout(m);
    const perPage = pages(m).map((p) => p.length);
    expect(perPage.length).toBeGreaterThan(3);
    // every page but the last is nearly full: no page holds more than the capacity
    const capacity = Math.max(...perPage);
    for (const n of perPage.slice(1, -1)) expect(n).toBeGreaterThan(capacity - 3);
    // at 63 % an A4 landscape page holds about 45 rows of 15 points
    expect(capacity * ROW_POINTS * layout.scale).toBeLessThan(595 - 108);
    expect(capacity).toBeGreaterThan(35);
  });

  test("title rows, header and footer: reference with & doubled, the reporting date, page n / N", () => {
    const layout = printLayout(model(table("T1", 2)));
    expect(layout.titleRows).toEqual({ first: 0, last: 0 });
    expect(headerFooterCode(layout.header)).toBe("&LA&&B-2020&C&RSituation au 31/12/2020");
    expect(headerFooterCode(layout.footer)).toBe("&L&Cpage &P / &N&R");
    expect(layout.scale).toBeGreaterThan(0.6);
    expect(layout.scale).toBeLessThan(0.7);
  });

  test("a long message is merged to the last column and wrapped, its row as high as its lines", () => {
    const long = "Sous-consommation prévisible ".repeat(12);
    const m = model([
      [text("Anomalies", "subtitle")],
      headers("Gravité", "Code", "Feuille", "Ligne", "Colonne", "Message"),
      [text("Erreur"), text("X"), text("S"), null, text("C"), text(long)],
    ]);
    const layout = printLayout(m);
    const row = m.rows.findIndex((r) => r?.[5]?.value === long);
    expect(layout.wrapped).toContainEqual({ row, firstColumn: 5, lastColumn: 11 });
    expect(layout.rowHeights.get(row)).toBeGreaterThanOrEqual(3 * ROW_POINTS);
    // a short text stays in its cell
    expect(layout.wrapped.some((w) => w.row === 1)).toBe(false);
  });
});
