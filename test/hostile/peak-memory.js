// Preloaded (NODE_OPTIONS=--require) by the hostile corpus: writes the process's peak memory (maxRSS, KB)
// to the file named by PLAFOND_TEST_RSS_FILE when it exits, so a case can bound what an input costs.
const fs = require("fs");
const file = process.env.PLAFOND_TEST_RSS_FILE;
if (file) process.on("exit", () => fs.writeFileSync(file, String(process.resourceUsage().maxRSS)));
