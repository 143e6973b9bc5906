// Loaded with --require by the benchmark: prints the child's peak memory when it exits.
process.on("exit", () => process.stderr.write(`maxRSS=${process.resourceUsage().maxRSS}\n`));
