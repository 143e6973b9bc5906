/**
 * `npm run bench`: figures, not pass/fail. Prints the engine's speed on 2-D values, the CLI's
 * on an .xlsx of the same size, and the ratios against the targets of the issues.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { generate } from "./generate";
import { reconcileSheets } from "./engine";
import { writeXlsx } from "./write-xlsx";
import { peer } from "./peer";
import { maxRowsBench } from "./max-rows";
import { pageBench } from "./page";
import { portfolioBench } from "./portfolio";
import { startupBench } from "./startup";
import { textKeysBench } from "./text-keys";
import { BIN, bestOfThree, centsOf, HOOK, type SummaryJson } from "./report-runs";

const ROOT = path.join(__dirname, "..");
const OUT = path.join(ROOT, "bench", "out");
const SIZE = { uos: 20, ejLines: 100_000, payments: 300_000 };
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} Mo`;
const gc = () => (global as { gc?: () => void }).gc?.();

/** Peak memory of one reconciliation, in a fresh process: its peak RSS minus the RSS with the input built. */
function engineMemory(): { baseline: number; peak: number } {
  const r = spawnSync(process.execPath, ["--expose-gc", __filename, "--engine-memory"], {
    encoding: "utf8",
  });
  const m = /baseline=(\d+) peak=(\d+)/.exec(r.stdout);
  if (!m) throw new Error(`memory probe failed: ${r.stderr}`);
  return { baseline: Number(m[1]), peak: Number(m[2]) };
}

function engine() {
  const data = generate(SIZE);
  gc();
  const runs: number[] = [];
  let summary = reconcileSheets(data.sheets, "2020-12-31");
  for (let i = 0; i < 5; i++) {
    gc();
    const t = process.hrtime.bigint();
    summary = reconcileSheets(data.sheets, "2020-12-31");
    runs.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  const engaged = BigInt(summary.total.engagedAE.replace(".", ""));
  const paid = BigInt(summary.total.paidCP.replace(".", ""));
  if (engaged !== data.expected.engagedCents || paid !== data.expected.paidCents)
    throw new Error("engine totals differ from the generator's");
  const best = Math.min(...runs);
  const lines = SIZE.ejLines + SIZE.payments;
  console.log(
    `engine: ${lines} lines (20 UO, ${SIZE.ejLines} EJ lines, ${SIZE.payments} payments) from 2-D values`
  );
  console.log(
    `  best of 5 ${best.toFixed(0)} ms, median ${runs.sort((a, b) => a - b)[2].toFixed(0)} ms → ${Math.round(lines / (best / 1000)).toLocaleString("fr-FR")} lines/s`
  );
  const memory = engineMemory();
  const engineMb = (memory.peak - memory.baseline) / 1024 / 1024;
  console.log(
    `  target ≤ 300 ms (issue 14): ratio ${(best / 300).toFixed(2)}; totals checked exactly against the generator`
  );
  console.log(
    `  memory: input values ${mb(memory.baseline)} RSS, peak ${mb(memory.peak)} while reconciling → engine ${engineMb.toFixed(0)} Mo (target ≤ 150 Mo, issue 14: ratio ${(engineMb / 150).toFixed(2)})`
  );
  byDate(data, best, summary);
  return data;
}

/**
 * The same lines with the payments in date order, as a DP ledger is kept: each payment's EJ is
 * then anywhere in memory, not next to the previous one's. Rows are made anew in that order, as a
 * reader makes them in the order of the file. A figure beside the target's, not a target.
 */
function byDate(data: ReturnType<typeof generate>, inOrder: number, summary: unknown) {
  const sheets = data.sheets.map((s) => {
    if (s.name !== "Paiements") return s;
    const [header, ...rows] = s.values;
    const sorted = rows.sort((a, b) => Number(a[1]) - Number(b[1]) || Number(a[0]) - Number(b[0]));
    return { ...s, values: [header, ...sorted.map((r) => [...r])] };
  });
  const runs: number[] = [];
  let again = reconcileSheets(sheets, "2020-12-31");
  for (let i = 0; i < 5; i++) {
    gc();
    const t = process.hrtime.bigint();
    again = reconcileSheets(sheets, "2020-12-31");
    runs.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  const same = JSON.stringify(again.total) === JSON.stringify((summary as typeof again).total);
  if (!same) throw new Error("engine totals differ when the payments are in date order");
  const best = Math.min(...runs);
  console.log(
    `  the same lines, payments in date order (their EJs in no order): best of 5 ${best.toFixed(0)} ms, ${(best / inOrder).toFixed(2)} × the figure above; same totals`
  );
}

function cli(data: ReturnType<typeof generate>) {
  fs.mkdirSync(OUT, { recursive: true });
  const file = path.join(OUT, "bench-convention.xlsx");
  fs.writeFileSync(file, writeXlsx(data.sheets));
  const out = path.join(OUT, "bench-convention.rapport.xlsx");
  const {
    bestMs: best,
    cpuMs,
    peakKb: rss,
    summary,
  } = bestOfThree<Parameters<typeof peer>[4] & SummaryJson>(
    ["report", file, "--json", "--as-of", "2020-12-31", "--out", out],
    (s) => {
      if (centsOf(s.total.paidCP) !== data.expected.paidCents) throw new Error("CLI totals differ");
    }
  );
  console.log(
    `cli: plafond report on ${path.relative(process.cwd(), file)} (${mb(fs.statSync(file).size)}), report written`
  );
  console.log(
    `  best of 3 ${(best / 1000).toFixed(2)} s (CPU ${(cpuMs / 1000).toFixed(2)} s), peak RSS ${mb(rss * 1024)}`
  );
  console.log(
    `  target ≤ 10 s: ratio ${(best / 10000).toFixed(2)}; LibreOffice SUMIFS recalculation ≈ 3 s here: ratio ${(best / 3000).toFixed(2)} (measure it: npm run bench -- --peer)`
  );
  return { seconds: best / 1000, summary };
}

/** The pane's scripts: production builds hash their names, so the page's list is read (page.ts). */
function bundle() {
  pageBench(ROOT);
}

if (process.argv.includes("--only-portfolio")) {
  // `npm run bench -- --only-portfolio`: the portfolio step alone (the whole bench takes minutes).
  portfolioBench(OUT, BIN, HOOK);
} else if (process.argv.includes("--only-startup")) {
  fs.mkdirSync(OUT, { recursive: true });
  startupBench(ROOT, OUT);
} else if (process.argv.includes("--only-engine")) {
  engine();
} else if (process.argv.includes("--only-text-keys")) {
  fs.mkdirSync(OUT, { recursive: true });
  textKeysBench(OUT);
} else if (process.argv.includes("--only-chorus")) {
  void import("./chorus").then((m) => m.chorusBench());
} else if (process.argv.includes("--only-rapprochement")) {
  // The extract is the Chorus step's: when it is missing, that whole step runs first.
  void (async () => {
    const csv = path.join(OUT, "chorus-infbud53-300k.csv");
    if (!fs.existsSync(csv)) (await import("./chorus")).chorusBench();
    (await import("./rapprochement")).rapprochementBench(OUT, csv);
  })();
} else if (process.argv.includes("--engine-memory")) {
  const data = generate(SIZE);
  gc();
  const baseline = process.memoryUsage().rss;
  reconcileSheets(data.sheets, "2020-12-31");
  console.log(`baseline=${baseline} peak=${process.resourceUsage().maxRSS * 1024}`);
} else {
  void (async () => {
    fs.mkdirSync(OUT, { recursive: true });
    startupBench(ROOT, OUT);
    const data = engine();
    const plafond = cli(data);
    const textKeys = textKeysBench(OUT);
    bundle();
    await (await import("./chorus")).chorusBench();
    (await import("./rapprochement")).rapprochementBench(
      OUT,
      path.join(OUT, "chorus-infbud53-300k.csv")
    );
    await (await import("./pane")).paneBench();
    maxRowsBench(OUT, BIN, HOOK);
    portfolioBench(OUT, BIN, HOOK);
    if (process.argv.includes("--peer"))
      peer(data, SIZE.uos, OUT, plafond.seconds, plafond.summary, textKeys.seconds);
  })().catch((e) => {
    console.error(`bench: ${(e as Error).message}`);
    process.exitCode = 1;
  });
}
