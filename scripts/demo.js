// `npm run demo`: the report on the bundled Camino example, as a controller would run it.
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..");
const outDir = path.join(root, "demo-out");
fs.mkdirSync(outDir, { recursive: true });
const input = path.join(root, "examples", "camino-2020.xlsx");
const out = path.join(outDir, "camino-2020.rapport.xlsx");
// The Camino convention ran in 2020: report as of its last day.
const args = [
  path.join(root, "bin", "plafond.js"),
  "report",
  input,
  "--as-of",
  "2020-12-31",
  "--out",
  out,
];
console.log(
  `$ npx plafond report ${path.relative(root, input)} --as-of 2020-12-31 --out ${path.relative(root, out)}\n`
);
const r = spawnSync(process.execPath, args, { stdio: "inherit" });
process.exitCode = r.status ?? 1;
