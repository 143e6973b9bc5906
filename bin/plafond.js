#!/usr/bin/env node
// The command line is bundled by `npm install` (prepare) into dist/cli.js; build it if absent.
const fs = require("fs");
const path = require("path");
const cli = path.join(__dirname, "..", "dist", "cli.js");
if (!fs.existsSync(cli)) require("../scripts/build-cli.js");
require(cli);
