/**
 * `npm run bench:scaling`: does every input shape cost time in proportion to its size? For each
 * shape (scaling-shapes.ts) the real command line (`node dist/cli.js`, a child process) runs at
 * n, 2n and 4n; the time of each doubling is compared, and the run fails (exit 1) when one costs
 * more than 2.5× (linear ≈ 2). A benchmark, never part of `npm test`: timings are noisy here.
 *
 * Start-up (node, the bundle, the Camino workbook, the report written) is a fixed cost that would
 * hide a super-linear one: each shape is also run at size 1 (t0), and the ratio printed is
 * (t(2n) − t0) / (t(n) − t0). Each size is run `--runs` times (default 3) and the best is kept.
 * Ratios are taken on the child's CPU time: on this shared 2-core machine, wall-clock time varies
 * by ±40 % with the others' load, which alone made linear shapes look quadratic. Wall time is
 * printed too. Peak memory is the child's maximum resident set (both from bench/rss-hook.js).
 *
 *   npm run bench:scaling [-- --runs 5] [-- --only chorus]
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { SCALING_OUT, SHAPES, type Shape } from "./scaling-shapes";

const ROOT = path.join(__dirname, "..");
const CLI = path.join(ROOT, "dist", "cli.js");
const HOOK = path.join(ROOT, "bench", "rss-hook.js");
const LIMIT = 2.5;
/** Below this much time above start-up, a run is start-up only: its ratio says nothing. */
const FLAT_MS = 40;

interface Measure {
  /** Wall-clock time, as the user waits. */
  readonly ms: number;
  /** CPU time of the child (user + system): what the ratios are computed on. */
  readonly cpuMs: number;
  readonly rssMb: number;
}

function option(name: string): string | null {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? null) : null;
}

function runOnce(shape: Shape, args: string[], dir: string): Measure {
  for (const f of ["copie.xlsx", "classeur.xlsx"]) fs.rmSync(path.join(dir, f), { force: true });
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ["--require", HOOK, CLI, ...args], {
    cwd: dir,
    encoding: "utf8",
    maxBuffer: 1 << 30,
  });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== shape.exit)
    throw new Error(
      `${shape.name}: exit ${r.status} (expected ${shape.exit}): ${r.stderr.slice(0, 500)}`
    );
  const rssKb = Number(/maxRSS=(\d+)/.exec(r.stderr)?.[1] ?? 0);
  const cpuMs = Number(/cpuMs=(\d+)/.exec(r.stderr)?.[1] ?? NaN);
  return { ms, cpuMs, rssMb: rssKb / 1024 };
}

/** Best of `runs` (wall and CPU time, each), with the peak memory of that size (max over its runs). */
async function measure(shape: Shape, n: number, runs: number): Promise<Measure> {
  const dir = path.join(
    SCALING_OUT,
    shape.name.replace(/[^a-z0-9]+/gi, "-").toLowerCase(),
    String(n)
  );
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const args = await shape.make(dir, n);
  let best = Infinity;
  let cpu = Infinity;
  let rss = 0;
  for (let i = 0; i < runs; i++) {
    shape.beforeRun?.(dir);
    const m = runOnce(shape, args, dir);
    best = Math.min(best, m.ms);
    cpu = Math.min(cpu, m.cpuMs);
    rss = Math.max(rss, m.rssMb);
  }
  fs.rmSync(dir, { recursive: true, force: true }); // inputs of a million lines are not kept
  return { ms: best, cpuMs: cpu, rssMb: rss };
}

/** (t(2n) − t0) / (t(n) − t0), or null when t(n) is start-up only. */
function ratio(t0: number, a: number, b: number): number | null {
  return a - t0 < FLAT_MS ? null : (b - t0) / (a - t0);
}

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const fmtRatio = (r: number | null) => (r === null ? "flat" : `×${r.toFixed(2)}`);

async function main(): Promise<number> {
  if (!fs.existsSync(CLI)) throw new Error("dist/cli.js is missing: node scripts/build-cli.js");
  const runs = Number(option("--runs") ?? 3);
  const only = option("--only");
  const rows: string[][] = [];
  let failed = 0;
  console.log(
    `bench:scaling — the real command line, best of ${runs} runs per size (wall and CPU time each).`
  );
  console.log(
    `Ratio per doubling on the child's CPU time (user + system; the machine's other load hardly changes it), net of start-up t0 (size 1): (t(2n) − t0) / (t(n) − t0); linear ≈ 2, limit ${LIMIT}.`
  );
  for (const shape of SHAPES) {
    if (only && !shape.name.toLowerCase().includes(only.toLowerCase())) continue;
    const t0 = await measure(shape, 1, runs);
    const m = [];
    for (const n of [shape.n, 2 * shape.n, 4 * shape.n]) m.push(await measure(shape, n, runs));
    const r1 = ratio(t0.cpuMs, m[0].cpuMs, m[1].cpuMs);
    const r2 = ratio(t0.cpuMs, m[1].cpuMs, m[2].cpuMs);
    const bad = [r1, r2].some((r) => r !== null && r > LIMIT);
    if (bad) failed++;
    const row = [
      shape.name,
      shape.n.toLocaleString("fr-FR"),
      `${s(t0.ms)} (${s(t0.cpuMs)})`,
      m.map((x) => s(x.ms)).join(" / "),
      m.map((x) => s(x.cpuMs)).join(" / "),
      `${fmtRatio(r1)} ${fmtRatio(r2)}`,
      [t0, ...m].map((x) => x.rssMb.toFixed(0)).join(" / "),
      bad ? "SUPER-LINEAR" : "ok",
    ];
    rows.push(row);
    console.log(`  ${row.join(" | ")}`);
  }
  console.log("");
  console.log(
    "| shape | n | t0 wall (CPU) | wall n / 2n / 4n | CPU n / 2n / 4n | CPU ratio net of t0: 2n/n, 4n/2n | peak RSS MB (1 / n / 2n / 4n) | |"
  );
  console.log("|---|---|---|---|---|---|---|---|");
  for (const row of rows) console.log(`| ${row.join(" | ")} |`);
  if (failed) console.log(`\n${failed} shape(s) grow faster than ×${LIMIT} per doubling`);
  return failed ? 1 : 0;
}

main().then(
  (code) => (process.exitCode = code),
  (e) => {
    console.error(`bench:scaling: ${(e as Error).message}`);
    process.exitCode = 1;
  }
);
