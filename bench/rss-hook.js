// Loaded with --require by the benchmark: prints the child's peak memory when it exits.
process.on("exit", () => {
  const u = process.resourceUsage();
  // CPU time beside the wall clock: the bench machine is shared, the wall clock says less alone.
  process.stderr.write(
    `maxRSS=${u.maxRSS} cpuMs=${Math.round((u.userCPUTime + u.systemCPUTime) / 1000)}\n`
  );
});
