// Bundles the command line (src/cli) into dist/cli.js with esbuild: fast to start, no build to remember.
// Then one report on an example writes V8's code cache (dist/cli.cache, see bin/plafond.js).
const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawnSync } = require("child_process");
const esbuild = require("esbuild");
const { asciiBundle } = require("./ascii-bundle");
const root = path.join(__dirname, "..");
const { outputFiles } = esbuild.buildSync({
  entryPoints: [path.join(root, "src/cli/main.ts")],
  write: false,
  outfile: path.join(root, "dist/cli.js"),
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  sourcemap: "linked",
  legalComments: "none",
  // Minified: a third of the source to read at each start (≈ 3 ms of a small report); the linked
  // source map gives the original lines (node --enable-source-maps dist/cli.js).
  minify: !process.env.PLAFOND_NO_MINIFY,
  logLevel: "warning",
  // The PDF writer's libraries stay in node_modules (dependencies), loaded only by --pdf: the
  // bundle stays small and free of their comments' links (test/hostile/no-network.test.ts).
  external: ["pdf-lib", "@pdf-lib/fontkit"],
  // fflate initialised on its first use only (see the shim).
  alias: { fflate: path.join(root, "scripts/fflate-lazy.js") },
});

// The bundle in ASCII, read as Latin-1 by bin/plafond.js (the source map's columns shift by a few
// characters on the lines of the rewritten regular expressions: a stack trace's line stays right).
fs.mkdirSync(path.join(root, "dist"), { recursive: true });
for (const out of outputFiles)
  fs.writeFileSync(out.path, out.path.endsWith(".js") ? asciiBundle(out.text) : out.contents);

const cache = path.join(root, "dist/cli.cache");
fs.rmSync(cache, { force: true });
const example = path.join(root, "examples/camino-2020.xlsx");
if (fs.existsSync(example)) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "plafond-cache-"));
  const r = spawnSync(
    process.execPath,
    [
      path.join(root, "bin/plafond.js"),
      "report",
      example,
      "--as-of",
      "2020-12-31",
      "--out",
      path.join(dir, "c.xlsx"),
    ],
    { env: { ...process.env, PLAFOND_WRITE_CODE_CACHE: "1" }, encoding: "utf8" }
  );
  fs.rmSync(dir, { recursive: true, force: true });
  // Without a cache the command line works as well, only slower to start.
  if (r.status !== 0) console.warn(`build-cli: no code cache (${r.stderr.trim().split("\n")[0]})`);
}
