/**
 * Issue 14, item 2: a 400 000-line workbook as controllers' sheets hold it (EJ and DP numbers as
 * text: 400 000 shared strings; amounts with cents; dates as serials) through `plafond report`,
 * against the floor measured on the same file in the same run: Node's own zlib inflating every
 * part and touching each byte once.
 */
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import { generate } from "./generate";
import { bestOfThree, centsOf } from "./report-runs";
import { writeXlsx } from "./write-xlsx";
import { ZipArchive } from "../src/workbook/xlsx/zipRead";

const SIZE = { uos: 20, ejLines: 100_000, payments: 300_000, textKeys: true };
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} Mo`;

/** Inflates every entry with zlib and sums its bytes: what any reader must at least do. */
function floorMs(bytes: Uint8Array): { ms: number; xml: number } {
  const t = process.hrtime.bigint();
  const zip = ZipArchive.open(bytes)!;
  let xml = 0;
  let sum = 0;
  for (const e of zip.entries) {
    const raw = zip.rawData(e);
    const data = e.method === 8 ? zlib.inflateRawSync(raw) : raw;
    for (let i = 0; i < data.length; i++) sum = (sum + data[i]) | 0;
    xml += data.length;
  }
  if (sum === 42) console.log(""); // keeps the loop
  return { ms: Number(process.hrtime.bigint() - t) / 1e6, xml };
}

export function textKeysBench(out: string): { seconds: number } {
  const data = generate(SIZE);
  const file = path.join(out, "bench-text-keys.xlsx");
  const bytes = writeXlsx(data.sheets);
  fs.writeFileSync(file, bytes);
  const floors = [floorMs(bytes), floorMs(bytes), floorMs(bytes)];
  const floor = Math.min(...floors.map((f) => f.ms));
  const copy = path.join(out, "bench-text-keys.rapport.xlsx");
  const {
    bestMs: best,
    cpuMs,
    peakKb: rss,
  } = bestOfThree(["report", file, "--json", "--as-of", "2020-12-31", "--out", copy], (summary) => {
    if (
      centsOf(summary.total.paidCP) !== data.expected.paidCents ||
      centsOf(summary.total.engagedAE) !== data.expected.engagedCents
    )
      throw new Error("text-key workbook: CLI totals differ from the generator's");
  });
  console.log(
    `text keys: plafond report on ${path.basename(file)} (${mb(bytes.length)}, ${mb(floors[0].xml)} of XML, 400 000 EJ/DP numbers as text), report written`
  );
  console.log(
    `  best of 3 ${(best / 1000).toFixed(2)} s (CPU ${(cpuMs / 1000).toFixed(2)} s), peak RSS ${mb(rss * 1024)}; floor (zlib inflating every part, each byte touched) ${(floor / 1000).toFixed(2)} s`
  );
  console.log(
    `  ratio to the floor ${(best / floor).toFixed(2)} (target ≤ 1.2); peak RSS ratio ${(rss / 1024 / 300).toFixed(2)} of 300 Mo; totals checked exactly`
  );
  return { seconds: best / 1000 };
}
