// Preloaded (node --require) into each CLI process the corpus runs: reports the process's peak
// resident set size (native DuckDB, pdf.js and OCR workers included) on exit, on stderr.
process.on('exit', () => {
  process.stderr.write(`\n@@maxrss-kib ${process.resourceUsage().maxRSS}\n`);
});
