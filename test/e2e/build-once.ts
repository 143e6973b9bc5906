/**
 * The add-in built once for the browser tests: webpack in production mode into test/tmp/e2e-dist,
 * skipped when nothing it is built from changed since the last build (a content hash stamp).
 * dist/ is left alone (npm run build and the bench own it).
 */
import { spawnSync } from "child_process";
import { createHash } from "crypto";
import * as fs from "fs";
import * as path from "path";

export const ROOT = path.join(__dirname, "..", "..");
export const OUT = path.join(ROOT, "test", "tmp", "e2e-dist");
const STAMP = path.join(OUT, ".build-stamp");
const INPUTS = [
  "src",
  "assets",
  "webpack.config.js",
  "manifest.xml",
  "tsconfig.json",
  "package-lock.json",
];

function files(entry: string): string[] {
  const full = path.join(ROOT, entry);
  if (!fs.existsSync(full)) return [];
  if (!fs.statSync(full).isDirectory()) return [entry];
  return fs
    .readdirSync(full)
    .sort()
    .flatMap((name) => files(path.join(entry, name)));
}

function inputsHash(): string {
  const hash = createHash("sha256");
  for (const file of INPUTS.flatMap(files))
    hash
      .update(file)
      .update("\0")
      .update(fs.readFileSync(path.join(ROOT, file)));
  return hash.digest("hex");
}

/** Builds unless the stamp says the output matches the sources; returns the output folder. */
export function buildOnce(): string {
  const hash = inputsHash();
  if (
    fs.existsSync(STAMP) &&
    fs.readFileSync(STAMP, "utf8") === hash &&
    fs.existsSync(path.join(OUT, "preview.html"))
  )
    return OUT;
  const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] });
  const r = spawnSync(
    process.execPath,
    [cli, "--mode", "production", "--no-devtool", "--output-path", OUT],
    { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 26 }
  );
  if (r.status !== 0) throw new Error(`webpack failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  fs.writeFileSync(STAMP, hash);
  return OUT;
}
