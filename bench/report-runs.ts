/**
 * `plafond report` spawned three times as a user runs it, with the RSS hook: the best wall time,
 * the peak memory (the child's own high-water mark) and the last summary, which `check` must
 * accept on every run (totals checked exactly against the generator's).
 */
import { spawnSync } from "child_process";
import * as path from "path";

const ROOT = path.join(__dirname, "..");
/** The launcher users run, and the hook that prints a child's peak memory and CPU time. */
export const BIN = path.join(ROOT, "bin", "plafond.js");
export const HOOK = path.join(ROOT, "bench", "rss-hook.js");

/** The summary's JSON as the command line prints it: its totals at least. */
export type SummaryJson = { total: Record<string, string> };

export interface ReportRuns<S extends SummaryJson> {
  readonly bestMs: number;
  /** The least CPU time of the runs (user + system, all threads): what the machine's load moves least. */
  readonly cpuMs: number;
  readonly peakKb: number;
  readonly summary: S;
}

/** Cents of a contract amount ("1234.50"). */
export const centsOf = (amount: string): bigint => BigInt(amount.replace(".", ""));

export function bestOfThree<S extends SummaryJson = SummaryJson>(
  args: readonly string[],
  check: (summary: S) => void
): ReportRuns<S> {
  const runs: number[] = [];
  const cpu: number[] = [];
  let peakKb = 0;
  let summary: S | null = null;
  for (let i = 0; i < 3; i++) {
    const t = process.hrtime.bigint();
    const r = spawnSync(process.execPath, ["--require", HOOK, BIN, ...args], {
      encoding: "utf8",
      maxBuffer: 1 << 30,
    });
    runs.push(Number(process.hrtime.bigint() - t) / 1e6);
    if (r.status !== 0) throw new Error(`plafond ${args[0]} failed (${r.status}): ${r.stderr}`);
    peakKb = Math.max(peakKb, Number(/maxRSS=(\d+)/.exec(r.stderr)?.[1] ?? 0));
    cpu.push(Number(/cpuMs=(\d+)/.exec(r.stderr)?.[1] ?? NaN));
    summary = JSON.parse(r.stdout) as S;
    check(summary);
  }
  return { bestMs: Math.min(...runs), cpuMs: Math.min(...cpu), peakKb, summary: summary! };
}
