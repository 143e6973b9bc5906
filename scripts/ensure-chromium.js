// The browser tests drive Debian's Chromium (playwright-core downloads no browser). When it is
// absent, install it if we can (root with apt-get, as on CI), else say in one line what to do.
const fs = require("fs");
const { spawnSync } = require("child_process");

const CHROMIUM = "/usr/bin/chromium";
const MSG_INSTALL =
  "plafond: les tests du navigateur ont besoin de Chromium : installez-le avec « sudo apt-get install -y chromium » puis relancez npm test.";

function run(cmd, args) {
  const r = spawnSync(cmd, args, {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  return r.status === 0;
}

function ensureChromium() {
  if (fs.existsSync(CHROMIUM)) return true;
  const root = typeof process.getuid === "function" && process.getuid() === 0;
  if (root && fs.existsSync("/usr/bin/apt-get")) {
    process.stderr.write("plafond: Chromium absent, installation du paquet Debian « chromium »…\n");
    if (
      run("apt-get", ["update"]) &&
      run("apt-get", ["install", "-y", "--no-install-recommends", "chromium"]) &&
      fs.existsSync(CHROMIUM)
    )
      return true;
  }
  process.stderr.write(`${MSG_INSTALL}\n`);
  return false;
}

module.exports = { ensureChromium, CHROMIUM, MSG_INSTALL };
if (require.main === module) process.exit(ensureChromium() ? 0 : 1);
