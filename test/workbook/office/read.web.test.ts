/**
 * Excel on the web refuses a response over 5 MB: the reader keeps its one-sync read as the first
 * attempt and, when Excel refuses it, reads the used ranges again in row blocks under ~4 MB
 * (read-blocks.ts). The Excel fake (write-fake-excel.ts) refuses like Excel on the web when its
 * `responseLimit` is set, and counts every round trip, refused ones included.
 */
import * as fs from "fs";
import * as path from "path";
import { generate } from "../../../bench/generate";
import { analyseInExcel } from "../../../src/taskpane/excel";
import { OfficeWorkbookSource } from "../../../src/workbook/office/read";
import {
  BLOCK_RESPONSE_LIMIT,
  isTooLarge,
  MSG_ROW_TOO_LARGE,
  readInBlocks,
  type BlockValues,
  type Extent,
} from "../../../src/workbook/office/read-blocks";
import type { RawSheet } from "../../../src/grid";
import { FakeExcel, fakeExcelFromXlsx, WEB_PAYLOAD_LIMIT } from "./write-fake-excel";

const CAMINO = new Uint8Array(
  fs.readFileSync(path.join(__dirname, "..", "..", "..", "examples", "camino-2020.xlsx"))
);

function excelWith(sheets: readonly RawSheet[], web: boolean): FakeExcel {
  const fake = new FakeExcel();
  for (const s of sheets) fake.addSheet(s.name, s.values);
  if (web) fake.responseLimit = WEB_PAYLOAD_LIMIT;
  return fake;
}

async function readAll(fake: FakeExcel): Promise<RawSheet[]> {
  const source = await OfficeWorkbookSource.open(fake.context);
  return source.readSheets(source.sheetNames());
}

describe("reading in Excel on the web", () => {
  test("a convention under 5 MB: the usual 2 syncs, nothing refused", async () => {
    const fake = fakeExcelFromXlsx(CAMINO);
    fake.responseLimit = WEB_PAYLOAD_LIMIT;
    const outcome = await analyseInExcel(fake.context, "2020-12-31");
    expect(outcome.kind).toBe("ok");
    expect([fake.syncs, fake.refusedSyncs]).toEqual([2, 0]);
  });

  test("60 000 lines (~8 MB): refused once, then read in blocks, every sheet as on the desktop", async () => {
    const { sheets, expected } = generate({ uos: 20, ejLines: 30_000, payments: 30_000 });
    const desktop = excelWith(sheets, false);
    const asOnDesktop = await readAll(desktop);
    expect(desktop.syncs).toBe(2);
    const total = desktop.requests[1].responseBytes;
    expect(total).toBeGreaterThan(WEB_PAYLOAD_LIMIT);

    const web = excelWith(sheets, true);
    expect(await readAll(web)).toEqual(asOnDesktop);
    expect(web.refusedSyncs).toBe(1);
    // open, the refused read, the dimensions, then one sync per ~4 MB (the first block of each
    // large sheet is a small probe: at most one more)
    const blocks = web.syncs - 3;
    expect(blocks).toBeGreaterThanOrEqual(Math.ceil(total / BLOCK_RESPONSE_LIMIT));
    expect(blocks).toBeLessThanOrEqual(Math.ceil(total / BLOCK_RESPONSE_LIMIT) + 1);
    expect(Math.max(...web.requests.slice(2).map((r) => r.responseBytes))).toBeLessThanOrEqual(
      WEB_PAYLOAD_LIMIT
    );

    const again = excelWith(sheets, true);
    const outcome = await analyseInExcel(again.context, "2020-12-31");
    if (outcome.kind !== "ok") throw new Error("the bench convention is a convention");
    expect(BigInt(outcome.view.summary.total.engagedAE.replace(".", ""))).toBe(
      expected.engagedCents
    );
    console.log(
      `web read of 60 000 lines (${(total / 1e6).toFixed(1)} MB): ${web.syncs} syncs (1 refused)`
    );
  });

  test("an error that is not about size is not retried", async () => {
    const fake = fakeExcelFromXlsx(CAMINO);
    const source = await OfficeWorkbookSource.open(fake.context);
    const sync = fake.context.sync.bind(fake.context);
    fake.context.sync = async () => {
      await sync();
      throw Object.assign(new Error("Accès refusé"), { code: "AccessDenied" });
    };
    await expect(source.readSheets(source.sheetNames())).rejects.toThrow("Accès refusé");
    expect(fake.syncs).toBe(2);
  });
});

describe("isTooLarge", () => {
  test.each([
    [{ code: "ResponsePayloadSizeLimitExceeded" }, true],
    [{ code: "RequestPayloadSizeLimitExceeded" }, true],
    [{ code: "RangeExceedsLimit" }, true],
    [{ code: "GeneralException", debugInfo: { code: "ResponsePayloadSizeLimitExceeded" } }, true],
    [{ code: "GeneralException" }, false],
    [new Error("ResponsePayloadSizeLimitExceeded"), false], // the code says it, not the text
    [null, false],
  ])("%j → %s", (error, expected) => expect(isTooLarge(error)).toBe(expected));
});

describe("readInBlocks", () => {
  /** A host of one-column rows, refusing (as a whole) any request whose response passes `limit`. */
  function host(rowsOf: (i: number) => string, limit: number) {
    let pending: Array<() => BlockValues> = [];
    const answered = new Set<() => BlockValues>();
    let queued = 0;
    const stats = { syncs: 0, refused: 0 };
    const queue = (_sheet: string, _e: Extent, first: number, count: number) => {
      const values = Array.from({ length: count }, (_, i) => [rowsOf(first + i)]);
      const valueTypes = values.map(() => ["String"]);
      queued += JSON.stringify(values).length + JSON.stringify(valueTypes).length;
      const answer = () => ({ values, valueTypes });
      pending.push(answer);
      return () => {
        if (!answered.has(answer)) throw new Error("PropertyNotLoaded");
        return answer();
      };
    };
    const sync = async () => {
      stats.syncs++;
      const [size, asked] = [queued, pending];
      [queued, pending] = [0, []];
      if (size > limit) {
        stats.refused++;
        throw Object.assign(new Error("trop gros"), { code: "ResponsePayloadSizeLimitExceeded" });
      }
      for (const a of asked) answered.add(a);
    };
    return { queue, sync, stats };
  }
  const extent = (rowCount: number): Extent => ({
    rowIndex: 4,
    columnIndex: 0,
    rowCount,
    columnCount: 1,
  });

  test("rows fuller further down: a refused block is asked again in halves, nothing lost", async () => {
    const rowsOf = (i: number) => (i < 1000 ? "x" : "y".repeat(400));
    const h = host(rowsOf, 200_000);
    const read = await readInBlocks(
      [{ sheet: "S", extent: extent(3000) }],
      h.queue,
      h.sync,
      150_000
    );
    const values = read.get("S")!.values;
    expect(values).toHaveLength(3000);
    expect(values.every((row, i) => row[0] === rowsOf(i))).toBe(true);
    expect(h.stats.refused).toBeGreaterThan(0);
    expect(h.stats.syncs).toBeLessThan(20);
  });

  test("a single row over the limit: a French message naming its sheet and row", async () => {
    const h = host((i) => (i === 2 ? "z".repeat(5000) : "a"), 1000);
    await expect(
      readInBlocks([{ sheet: "Engagements", extent: extent(5) }], h.queue, h.sync, 800)
    ).rejects.toThrow(MSG_ROW_TOO_LARGE("Engagements", 7));
  });
});
