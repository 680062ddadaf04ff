// Preloaded into each `living-schema` process the benchmark starts (NODE_OPTIONS=--require):
// appends the process's own CPU time (user + system, all threads, DuckDB's included) at exit.
const { appendFileSync } = require('node:fs');

process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  appendFileSync(process.env.LS_BENCH_CPU_FILE, `${(user + system) / 1000}\n`);
});
