// Bundles the benchmark like the shipped CLI (esbuild), so that it measures the code as it runs.
const path = require("path");
require("esbuild").buildSync({
  entryPoints: [path.join(__dirname, "..", "bench", "run.ts")],
  outfile: path.join(__dirname, "..", "dist", "bench.js"),
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  external: ["exceljs"],
  logLevel: "warning",
});
