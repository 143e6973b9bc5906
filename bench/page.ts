/**
 * The shared-runtime page's weight: every script taskpane.html loads (office.js excepted, it is
 * Microsoft's), gzipped at level 9, against the budget of 230 Ko. Reads the production
 * build in dist/ (built once, about a minute here, when absent).
 */
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";

export const PAGE_BUDGET_KB = 230;

/** The local scripts of an HTML page, in the order it loads them. */
export function pageScripts(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/g)]
    .map((m) => m[1])
    .filter((src) => !/^[a-z]+:\/\//i.test(src));
}

export function gzipSize(file: string): number {
  return execFileSync("gzip", ["-9", "-c", file], { maxBuffer: 1 << 28 }).length;
}

export function pageBench(root: string): void {
  const dist = path.join(root, "dist");
  const html = path.join(dist, "taskpane.html");
  if (!fs.existsSync(html)) {
    console.log("shared-runtime page: building the add-in (webpack, production)…");
    const webpack = path.join(root, "node_modules", "webpack", "bin", "webpack.js");
    const r = spawnSync(process.execPath, [webpack, "--mode", "production"], {
      cwd: root,
      encoding: "utf8",
    });
    if (r.status !== 0 || !fs.existsSync(html)) {
      console.log(`shared-runtime page: the build failed (${r.stderr.trim().split("\n").pop()})`);
      return;
    }
  }
  const scripts = pageScripts(fs.readFileSync(html, "utf8"));
  const sizes = scripts.map((s) => ({
    s,
    raw: fs.statSync(path.join(dist, s)).size,
    gz: gzipSize(path.join(dist, s)),
  }));
  const raw = sizes.reduce((n, x) => n + x.raw, 0) / 1024;
  const gz = sizes.reduce((n, x) => n + x.gz, 0) / 1024;
  console.log(
    `shared-runtime page (taskpane.html: pane + commands + functions): ${scripts.length} scripts, ${raw.toFixed(0)} Ko, ${gz.toFixed(0)} Ko gzip (target ≤ ${PAGE_BUDGET_KB} Ko: ratio ${(gz / PAGE_BUDGET_KB).toFixed(2)})`
  );
  for (const x of sizes) console.log(`  ${x.s}: ${(x.gz / 1024).toFixed(1)} Ko gzip`);
}
