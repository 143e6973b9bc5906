// Loaded with --require by the benchmark: prints the child's peak memory when it exits, and the
// CPU time it used (user + system, all threads), which the machine's other load hardly changes.
process.on("exit", () => {
  const u = process.resourceUsage();
  process.stderr.write(`maxRSS=${u.maxRSS}\ncpuMs=${Math.round((u.userCPUTime + u.systemCPUTime) / 1000)}\n`);
});
