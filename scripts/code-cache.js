// Runs a CommonJS bundle as `require` would, through vm.Script with V8's code cache: compiling
// the bundle from the cache skips parsing and the lazy compilations of the warm-up run.
// PLAFOND_WRITE_CODE_CACHE=1 (the build) writes the cache when the process exits.
const fs = require("fs");
const path = require("path");
const vm = require("vm");
const Module = require("module");

function runCached(file, cacheFile) {
  const source = fs.readFileSync(file, "utf8");
  const write = process.env.PLAFOND_WRITE_CODE_CACHE === "1";
  let cachedData;
  if (!write) {
    try {
      cachedData = fs.readFileSync(cacheFile);
    } catch {
      cachedData = undefined;
    }
  }
  const script = new vm.Script(Module.wrap(source), {
    filename: file,
    cachedData,
  });
  // A script compiled from a code cache has no import() loader (Node 20): the bundle's one ES
  // module (pdfjs, for `plafond import` of a PDF) is imported from here (src/cli/import.ts);
  // scripts/ and dist/ share the project's node_modules.
  globalThis[Symbol.for("plafond.import")] = (specifier) => import(specifier);
  const mod = new Module(file, module);
  mod.filename = file;
  mod.paths = Module._nodeModulePaths(path.dirname(file));
  const wrapped = script.runInThisContext();
  if (write)
    process.once("exit", () => {
      const tmp = `${cacheFile}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, script.createCachedData());
      fs.renameSync(tmp, cacheFile);
    });
  const req = Module.createRequire(file);
  wrapped.call(mod.exports, mod.exports, req, mod, file, path.dirname(file));
  mod.loaded = true;
}

module.exports = { runCached };
