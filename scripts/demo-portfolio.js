// `npm run demo:portfolio`: the portfolio of the two bundled conventions with one extract for both.
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..");
const outDir = path.join(root, "demo-out", "portefeuille");
// Plafond never overwrites a file: the demo starts from an empty folder of its own.
fs.rmSync(outDir, { recursive: true, force: true });
fs.mkdirSync(outDir, { recursive: true });
const rel = (p) => path.relative(root, p);
const extract = path.join(root, "examples", "portfolio", "infbud53-dinum-2020.csv");
const out = path.join(outDir, "portefeuille-2020.xlsx");
const reports = path.join(outDir, "rapports");
const books = ["camino-2020.xlsx", "meae-disinfo-2020.xlsx"].map((f) =>
  path.join(root, "examples", f)
);
const args = [
  "portfolio",
  ...books.map(rel),
  "--chorus",
  rel(extract),
  "--as-of",
  "2020-12-31",
  "--out",
  rel(out),
  "--reports",
  rel(reports),
];
console.log(`$ npx plafond ${args.join(" ")}\n`);
const r = spawnSync(process.execPath, [path.join(root, "bin", "plafond.js"), ...args], {
  cwd: root,
  stdio: "inherit",
});
process.exitCode = r.status ?? 1;
