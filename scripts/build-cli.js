// Bundles the command line (src/cli) into dist/cli.js with esbuild: fast to start, no build to remember.
const path = require("path");
const esbuild = require("esbuild");
const root = path.join(__dirname, "..");
esbuild.buildSync({
  entryPoints: [path.join(root, "src/cli/main.ts")],
  outfile: path.join(root, "dist/cli.js"),
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  sourcemap: "linked",
  legalComments: "none",
  logLevel: "warning",
  // The PDF writer's libraries stay in node_modules (dependencies), loaded only by --pdf: the
  // bundle stays small and free of their comments' links (test/hostile/no-network.test.ts).
  external: ["pdf-lib", "@pdf-lib/fontkit"],
});
