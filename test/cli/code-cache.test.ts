/**
 * bin/plafond.js runs the bundle from V8's code cache. V8 checks a cache against the source's
 * length only: a bundle rebuilt to the same length would run the old code. The launcher keeps
 * the bundle's time and size in the cache and ignores a cache made for another bundle.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { ROOT, tmpDir } from "../helpers/cli";

function launcherIn(dir: string): (env?: NodeJS.ProcessEnv) => string {
  fs.mkdirSync(path.join(dir, "bin"));
  fs.mkdirSync(path.join(dir, "dist"));
  fs.copyFileSync(path.join(ROOT, "bin", "plafond.js"), path.join(dir, "bin", "plafond.js"));
  return (env = {}) => {
    const r = spawnSync(process.execPath, [path.join(dir, "bin", "plafond.js")], {
      encoding: "utf8",
      env: { ...process.env, ...env },
    });
    expect(r.status).toBe(0);
    return r.stdout;
  };
}

test("a cache made for another bundle of the same length is not used", () => {
  const dir = tmpDir();
  const run = launcherIn(dir);
  const bundle = path.join(dir, "dist", "cli.js");
  fs.writeFileSync(bundle, 'process.stdout.write("ancien");\n');
  expect(run({ PLAFOND_WRITE_CODE_CACHE: "1" })).toBe("ancien");
  expect(fs.statSync(path.join(dir, "dist", "cli.cache")).size).toBeGreaterThan(16);
  expect(run()).toBe("ancien"); // from the cache
  // Rebuilt: same length, other code, a later modification time.
  fs.writeFileSync(bundle, 'process.stdout.write("nouvel");\n');
  fs.utimesSync(bundle, new Date(Date.UTC(2030, 0, 1)), new Date(Date.UTC(2030, 0, 1)));
  expect(run()).toBe("nouvel");
});

test("a damaged or missing cache only costs the compilation", () => {
  const dir = tmpDir();
  const run = launcherIn(dir);
  fs.writeFileSync(path.join(dir, "dist", "cli.js"), 'process.stdout.write("ok");\n');
  fs.writeFileSync(path.join(dir, "dist", "cli.cache"), Buffer.alloc(40, 7));
  expect(run()).toBe("ok");
  fs.rmSync(path.join(dir, "dist", "cli.cache"));
  expect(run()).toBe("ok");
});

test("a bundle with non-ASCII text is read as UTF-8, an ASCII one as is", () => {
  const dir = tmpDir();
  const run = launcherIn(dir);
  fs.writeFileSync(path.join(dir, "dist", "cli.js"), 'process.stdout.write("réalisé €");\n');
  expect(run()).toBe("réalisé €");
  fs.writeFileSync(
    path.join(dir, "dist", "cli.js"),
    'process.stdout.write("r\\u00e9alis\\u00e9");\n'
  );
  expect(run()).toBe("réalisé");
});

test("the built bundle is ASCII (read as Latin-1 at each start)", () => {
  const bytes = fs.readFileSync(path.join(ROOT, "dist", "cli.js"));
  const first = bytes.findIndex((b) => b > 0x7f);
  const around = first < 0 ? "" : bytes.subarray(Math.max(0, first - 40), first + 10).toString();
  expect(around).toBe("");
});
