#!/usr/bin/env node
// The command line is bundled by `npm install` (prepare) into dist/cli.js; build it if absent.
// It is compiled with V8's code cache (dist/cli.cache, written by the build after one report on
// an example): a small workbook then costs little more than Node's own start. A cache that does
// not fit this Node is rejected by V8 and the bundle compiles as usual.
const fs = require("fs");
const path = require("path");
const cli = path.join(__dirname, "..", "dist", "cli.js");
if (!fs.existsSync(cli)) require("../scripts/build-cli.js");
require("../scripts/code-cache.js").runCached(cli, path.join(__dirname, "..", "dist", "cli.cache"));
