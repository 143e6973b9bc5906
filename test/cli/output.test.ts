/**
 * The temporary file of a copy being written is removed when the command is interrupted
 * (SIGINT, SIGTERM): the child signals once its temporary file exists, then is killed; no timer.
 */
import { spawn } from "child_process";
import { buildSync } from "esbuild";
import * as fs from "fs";
import * as path from "path";
import { ROOT, tmpDir } from "../helpers/cli";
import { checkTarget, tempPathFor } from "../../src/cli/output";
import { CliError } from "../../src/cli/files";
import { why } from "../../src/cli/errno";

function interruptedWrite(
  dir: string,
  signal: NodeJS.Signals
): Promise<{ code: number | null; left: string[] }> {
  // The module bundled as is (esbuild), run by plain node: no loader between the signal and it.
  const bundle = path.join(dir, "output.js");
  buildSync({
    entryPoints: [path.join(ROOT, "src", "cli", "output.ts")],
    bundle: true,
    platform: "node",
    format: "cjs",
    outfile: bundle,
    logLevel: "silent",
  });
  const script = path.join(dir, "child.js");
  fs.writeFileSync(
    script,
    `const fs = require("fs");
const { withTempFile } = require(${JSON.stringify(bundle)});
withTempFile(${JSON.stringify(path.join(dir, "out", "copie.xlsx"))}, async (tmp) => {
  await fs.promises.writeFile(tmp, "à moitié écrit");
  process.stdout.write("ready\\n");
  await new Promise(() => setInterval(() => {}, 1 << 30)); // a write that never ends, until the signal
});
`
  );
  fs.mkdirSync(path.join(dir, "out"));
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script], {
      cwd: dir,
      stdio: ["ignore", "pipe", "inherit"],
    });
    child.stdout.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("ready")) {
        expect(fs.readdirSync(path.join(dir, "out"))).toHaveLength(1); // the temporary file is there
        child.kill(signal);
      }
    });
    child.on("exit", (code) => resolve({ code, left: fs.readdirSync(path.join(dir, "out")) }));
  });
}

describe("writing the copy", () => {
  test.each([
    ["SIGINT", 130],
    ["SIGTERM", 143],
  ] as const)(
    "%s removes the temporary file",
    async (signal, status) => {
      const r = await interruptedWrite(tmpDir(), signal);
      expect(r).toEqual({ code: status, left: [] });
    },
    60_000
  );

  test("the temporary name stays short, whatever the target's length", () => {
    const tmp = tempPathFor(path.join("/x", `${"a".repeat(250)}.xlsx`));
    expect(path.basename(tmp).length).toBeLessThan(40);
    expect(path.dirname(tmp)).toBe("/x");
  });

  test("a target that is a device or a folder is refused before writing", () => {
    expect(() => checkTarget("/dev/null", [])).toThrow(CliError);
    expect(() => checkTarget(tmpDir(), [])).toThrow(/n'est pas un fichier ordinaire/);
  });

  test("Node's codes get French words", () => {
    expect(why(Object.assign(new Error("x"), { code: "ENOSPC" }))).toBe("disque plein");
    expect(why(Object.assign(new Error("x"), { code: "ERR_FS_FILE_TOO_LARGE" }))).toBe(
      "fichier trop volumineux"
    );
    expect(why(Object.assign(new Error("x"), { code: "EROFS" }))).toMatch(/lecture seule/);
    expect(why(Object.assign(new Error("x"), { code: "EACCES" }))).toBe("accès refusé");
  });
});
