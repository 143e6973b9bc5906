// Preloaded (NODE_OPTIONS=--require) by the hostile corpus: writes the process's peak memory (KB)
// to the file named by PLAFOND_TEST_RSS_FILE when it exits, so a case can bound what an input costs.
// The peak is the process's own high-water mark (VmHWM, Linux): resourceUsage().maxRSS also counts
// the memory of the jest worker it was forked from, inherited before exec.
const fs = require("fs");
const file = process.env.PLAFOND_TEST_RSS_FILE;

function peakKb() {
  try {
    const m = /VmHWM:\s+(\d+)\s+kB/.exec(fs.readFileSync("/proc/self/status", "utf8"));
    if (m) return Number(m[1]);
  } catch {
    /* not Linux */
  }
  return process.resourceUsage().maxRSS;
}

if (file) process.on("exit", () => fs.writeFileSync(file, String(peakKb())));
