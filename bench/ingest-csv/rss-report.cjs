// Preloaded (node -r) into the measured processes: reports the process's peak RSS on exit.
process.on('exit', () => {
  process.stderr.write(`\n@@maxrss ${process.resourceUsage().maxRSS}\n`);
});
