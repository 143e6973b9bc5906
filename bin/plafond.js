#!/usr/bin/env node
// The command line is bundled by `npm install` (prepare) into dist/cli.js; build it if absent.
// It runs from V8's code cache (dist/cli.cache, written by the build after one report on an
// example; PLAFOND_WRITE_CODE_CACHE=1 writes it at exit): parsing and the lazy compilations of
// that run are skipped, and a small workbook costs little more than Node's own start. A cache
// that does not fit this Node is rejected by V8 and the bundle compiles as usual. The loader
// lives here, not in a module of its own: one file fewer to find and read at each start.
const fs = require("fs");
const path = require("path");
const vm = require("vm");
const Module = require("module");
const { isAscii } = require("buffer");

const dist = path.join(__dirname, "..", "dist");
const file = path.join(dist, "cli.js");
const cacheFile = path.join(dist, "cli.cache");
let stat = fs.statSync(file, { throwIfNoEntry: false });
if (!stat) {
  require("../scripts/build-cli.js");
  stat = fs.statSync(file);
}

// V8 checks a cache against the source's length, not its content: the cache starts with the
// bundle's modification time and size, and is used only for that very bundle.
const stamp = Buffer.alloc(16);
stamp.writeDoubleLE(stat.mtimeMs, 0);
stamp.writeDoubleLE(stat.size, 8);
const write = process.env.PLAFOND_WRITE_CODE_CACHE === "1";
let cachedData;
if (!write) {
  try {
    const bytes = fs.readFileSync(cacheFile);
    if (bytes.length > 16 && bytes.subarray(0, 16).equals(stamp)) cachedData = bytes.subarray(16);
  } catch {
    cachedData = undefined;
  }
}
// The build makes the bundle ASCII (scripts/ascii-bundle.js): read as Latin-1, half the time of
// UTF-8; a bundle built otherwise (PLAFOND_NO_MINIFY keeps its comments) is read as UTF-8.
const source = fs.readFileSync(file);
const ascii = typeof isAscii === "function" && isAscii(source);
const script = new vm.Script(Module.wrap(source.toString(ascii ? "latin1" : "utf8")), {
  filename: file,
  cachedData,
});
// A script compiled from a code cache has no import() loader (Node 20): the bundle's one ES
// module (pdfjs, for `plafond import` of a PDF) is imported from here (src/cli/import.ts); bin/
// and dist/ share the project's node_modules.
globalThis[Symbol.for("plafond.import")] = (specifier) => import(specifier);
if (write)
  process.once("exit", () => {
    const tmp = `${cacheFile}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, Buffer.concat([stamp, script.createCachedData()]));
    fs.renameSync(tmp, cacheFile);
  });
const mod = new Module(file, module);
mod.filename = file;
mod.paths = Module._nodeModulePaths(dist);
script
  .runInThisContext()
  .call(mod.exports, mod.exports, Module.createRequire(file), mod, file, dist);
mod.loaded = true;
