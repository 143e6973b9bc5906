// Loaded with --require by the benchmark: prints the child's peak memory when it exits, and the
// CPU time it used (user + system, all threads), which the machine's other load hardly changes.
// Peak memory is the process's own high-water mark (VmHWM, Linux): resourceUsage().maxRSS also
// counts the parent's memory, which a forked child inherits before exec (the benchmark's inputs).
const fs = require("fs");

function peakKb() {
  try {
    const m = /VmHWM:\s+(\d+)\s+kB/.exec(fs.readFileSync("/proc/self/status", "utf8"));
    if (m) return Number(m[1]);
  } catch {
    /* not Linux */
  }
  return process.resourceUsage().maxRSS;
}

process.on("exit", () => {
  const u = process.resourceUsage();
  process.stderr.write(
    `maxRSS=${peakKb()}\ncpuMs=${Math.round((u.userCPUTime + u.systemCPUTime) / 1000)}\n`
  );
});
