/**
 * Excel's limit of five million cells a read, on the desktop as on the web: over it, Excel either
 * refuses the request (RangeExceedsLimit) or answers the range with `values` null. Either way the
 * reader reads the used ranges again in blocks, each under the limit. The fake's `cellLimit` is
 * scaled down (a few thousand cells) so that a convention of a few thousand lines passes it.
 */
import { generate } from "../../../bench/generate";
import { OfficeWorkbookSource } from "../../../src/workbook/office/read";
import {
  BLOCK_CELL_LIMIT,
  readInBlocks,
  type Extent,
} from "../../../src/workbook/office/read-blocks";
import type { RawSheet } from "../../../src/grid";
import { FakeExcel } from "./write-fake-excel";

const { sheets } = generate({ uos: 6, ejLines: 3_000, payments: 3_000 });

function excel(cellLimit: number | null, mode: FakeExcel["overCellLimit"]): FakeExcel {
  const fake = new FakeExcel();
  for (const s of sheets) fake.addSheet(s.name, s.values);
  fake.cellLimit = cellLimit;
  fake.overCellLimit = mode;
  return fake;
}

async function readAll(fake: FakeExcel): Promise<RawSheet[]> {
  const source = await OfficeWorkbookSource.open(fake.context);
  return source.readSheets(source.sheetNames());
}

describe("a read over Excel's cell limit", () => {
  const limit = 6_000; // the Engagements sheet alone is ~3 000 rows × 9 columns
  let asUsual: RawSheet[];
  beforeAll(async () => {
    const fake = excel(null, "null-values");
    asUsual = await readAll(fake);
    expect(fake.syncs).toBe(2);
  });

  test.each(["null-values", "refuse"] as const)(
    "answered with %s: read again in blocks, every sheet as without the limit",
    async (mode) => {
      const fake = excel(limit, mode);
      const read = await readAll(fake);
      expect(read).toEqual(asUsual);
      expect(read.find((s) => s.name === "Engagements")!.values.length).toBeGreaterThan(3_000);
      expect(fake.syncs).toBeGreaterThan(3); // open, the whole read, the dimensions, blocks
      if (mode === "refuse") expect(fake.refusedSyncs).toBeGreaterThan(0);
      else expect(fake.refusedSyncs).toBe(0); // answered, only without values
    }
  );

  test("under the limit: the usual two round trips", async () => {
    const fake = excel(10_000_000, "null-values");
    expect(await readAll(fake)).toEqual(asUsual);
    expect(fake.syncs).toBe(2);
  });
});

describe("readInBlocks keeps each request under the cell limit", () => {
  test("a sparse sheet (tiny rows): no request asks for more than BLOCK_CELL_LIMIT cells", async () => {
    const extent: Extent = { rowIndex: 0, columnIndex: 0, rowCount: 600_000, columnCount: 12 };
    const asked: number[] = [];
    let cells = 0;
    const queue = (_s: string, e: Extent, _first: number, count: number) => {
      cells += count * e.columnCount;
      // empty cells: a few bytes each, so the 4 MB budget alone would allow millions of them
      const values = Array.from({ length: count }, () => [] as unknown[]);
      return () => ({ values, valueTypes: values.map(() => [] as string[]) });
    };
    const sync = async () => {
      asked.push(cells);
      cells = 0;
    };
    const read = await readInBlocks([{ sheet: "S", extent }], queue, sync);
    expect(read.get("S")!.values).toHaveLength(600_000);
    expect(Math.max(...asked)).toBeLessThanOrEqual(BLOCK_CELL_LIMIT);
    expect(BLOCK_CELL_LIMIT).toBeLessThan(5_000_000);
  });
});
