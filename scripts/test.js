// `npm test`: everything a change can break, in order, stopping at the first failure — types,
// lint, format, layers, then every jest test (unit, CLI on real files, hostile inputs, properties,
// Office adapters, and the browser tests, whose Chromium is set up first).
const { spawnSync } = require("child_process");
const path = require("path");
const { ensureChromium } = require("./ensure-chromium");

const root = path.join(__dirname, "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);

const steps = [
  ["types (tsc --noEmit)", bin("tsc"), ["--noEmit", "-p", "."]],
  ["lint (eslint)", bin("eslint"), ["."]],
  ["format (prettier --check)", bin("prettier"), ["--check", "--log-level", "warn", "."]],
  ["layers (dependency-cruiser)", bin("depcruise"), ["src", "--config", ".dependency-cruiser.js"]],
];

for (const [label, cmd, args] of steps) {
  process.stderr.write(`plafond test: ${label}\n`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: "inherit" });
  if (r.status !== 0) {
    process.stderr.write(`plafond test: échec de l'étape « ${label} »\n`);
    process.exit(r.status || 1);
  }
}
if (!ensureChromium()) process.exit(1);
const jest = spawnSync(bin("jest"), process.argv.slice(2), { cwd: root, stdio: "inherit" });
process.exit(jest.status ?? 1);
