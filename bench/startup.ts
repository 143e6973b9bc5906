/**
 * Issue 14, item 1: `plafond report` on a small convention (the Camino example) against Node's own
 * start (`node -e 0`), both spawned the same way, interleaved, best of 15 each.
 */
import { spawnSync } from "child_process";
import * as path from "path";

function wallMs(args: readonly string[]): number {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { encoding: "utf8" });
  if (r.status !== 0)
    throw new Error(`startup: ${args.join(" ")} failed (${r.status}): ${r.stderr}`);
  return Number(process.hrtime.bigint() - t) / 1e6;
}

export function startupBench(root: string, out: string): void {
  const report = [
    path.join(root, "bin", "plafond.js"),
    "report",
    path.join(root, "examples", "camino-2020.xlsx"),
    "--as-of",
    "2020-12-31",
    "--out",
    path.join(out, "camino-2020.rapport.xlsx"),
  ];
  const node: number[] = [];
  const plafond: number[] = [];
  for (let i = 0; i < 15; i++) {
    node.push(wallMs(["-e", "0"]));
    plafond.push(wallMs(report));
  }
  const floor = Math.min(...node);
  const best = Math.min(...plafond);
  console.log(
    `startup: plafond report on examples/camino-2020.xlsx (copy written), best of 15: ${best.toFixed(0)} ms; node -e 0: ${floor.toFixed(0)} ms`
  );
  console.log(`  ratio to node -e 0 ${(best / floor).toFixed(2)} (target ≤ 1.5)`);
}
