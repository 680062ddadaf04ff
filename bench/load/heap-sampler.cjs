// Preloaded into the server by bench/load on a soak (`node --require`): every 10 s each thread
// appends its V8 heap to $BENCH_LOAD_HEAP_FILE, so a rising RSS tells a JavaScript leak (the
// main thread's heapUsed climbs) from native memory (the heaps stay level).
const { appendFileSync } = require('node:fs');
const { isMainThread, threadId } = require('node:worker_threads');

const file = process.env.BENCH_LOAD_HEAP_FILE;
if (file) {
  const started = Date.now();
  const mib = (bytes) => Math.round(bytes / 1048576);
  setInterval(() => {
    const { heapUsed, heapTotal, external } = process.memoryUsage();
    const t = (Date.now() - started) / 1000;
    appendFileSync(file, `${JSON.stringify({ t, pid: process.pid, main: isMainThread, threadId, heapUsedMiB: mib(heapUsed), heapTotalMiB: mib(heapTotal), externalMiB: mib(external) })}\n`);
  }, 10_000).unref();
}
