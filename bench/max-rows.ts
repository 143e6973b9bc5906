/**
 * A sheet of 1 048 576 rows, Excel's maximum (issue 7): the Camino-sized convention with a
 * `Paiements` sheet filled to the last row, through `plafond report`. Prints time and peak memory,
 * which must stay bounded (the reader keeps one 2-D array of the sheet, nothing per cell).
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { generate } from "./generate";
import { writeXlsx } from "./write-xlsx";

const MAX_ROWS = 1_048_576;

export function maxRowsBench(outDir: string, bin: string, hook: string): void {
  // One header row, then payments to the last row Excel has.
  const data = generate({ uos: 20, ejLines: 10_000, payments: MAX_ROWS - 1 });
  const paiements = data.sheets.find((s) => s.name === "Paiements")!;
  if (paiements.values.length !== MAX_ROWS) throw new Error("Paiements is not full");
  const file = path.join(outDir, "max-rows.xlsx");
  fs.writeFileSync(file, writeXlsx(data.sheets));
  const t = process.hrtime.bigint();
  const r = spawnSync(
    process.execPath,
    [
      "--require",
      hook,
      bin,
      "report",
      file,
      "--json",
      "--as-of",
      "2020-12-31",
      "--out",
      path.join(outDir, "max-rows.rapport.xlsx"),
    ],
    {
      encoding: "utf8",
      maxBuffer: 1 << 30,
    }
  );
  const seconds = Number(process.hrtime.bigint() - t) / 1e9;
  if (r.status !== 0) throw new Error(`CLI failed on the full sheet (${r.status}): ${r.stderr}`);
  const summary = JSON.parse(r.stdout);
  if (BigInt(summary.total.paidCP.replace(".", "")) !== data.expected.paidCents)
    throw new Error("full-sheet totals differ");
  const rss = Number(/maxRSS=(\d+)/.exec(r.stderr)?.[1] ?? 0) * 1024;
  const mbOnDisk = fs.statSync(file).size / 1024 / 1024;
  console.log(
    `full sheet: Paiements of ${MAX_ROWS.toLocaleString("fr-FR")} rows (${mbOnDisk.toFixed(0)} Mo .xlsx) through plafond report: ${seconds.toFixed(1)} s, peak RSS ${(rss / 1024 / 1024).toFixed(0)} Mo; totals exact`
  );
}
