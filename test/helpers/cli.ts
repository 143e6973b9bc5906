import { spawnSync } from "child_process";
import { createHash } from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { unzipSync } from "fflate";

export const ROOT = path.join(__dirname, "..", "..");
export const EXAMPLES = path.join(ROOT, "examples");

/** Runs the real command line (bin/plafond.js, as `npx plafond` does). */
export function plafond(args: string[], cwd = ROOT) {
  const r = spawnSync(process.execPath, [path.join(ROOT, "bin", "plafond.js"), ...args], {
    cwd,
    encoding: "utf8",
    maxBuffer: 1 << 28,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function tmpDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "plafond-test-"));
}

export const sha256 = (file: string) =>
  createHash("sha256").update(fs.readFileSync(file)).digest("hex");

export function parts(file: string): Record<string, Uint8Array> {
  return unzipSync(new Uint8Array(fs.readFileSync(file)));
}
