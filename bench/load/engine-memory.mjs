// On a soak, bench/load scrapes the server's /metrics every 10 s for what DuckDB's buffer
// manager accounts for (living_schema_engine_memory_bytes, summed over its components): beside
// RSS and the V8 heaps it tells memory the engine tracks from memory nobody tracks.
import { TOKEN } from '../../test/load/load-driver.mjs';

/** Starts scraping `url`/metrics; `stop()` returns `[{ t (s since start), engineMiB }]`. */
export function sampleEngineMemory(url, intervalMs = 10_000) {
  const started = performance.now();
  const samples = [];
  const take = async () => {
    try {
      const response = await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
      const bytes = engineBytes(await response.text());
      if (bytes !== null) samples.push({ t: (performance.now() - started) / 1000, engineMiB: bytes / 1048576 });
    } catch {
      // The server is stopping; the samples so far stand.
    }
  };
  const timer = setInterval(take, intervalMs);
  return {
    samples,
    stop() {
      clearInterval(timer);
      return samples;
    },
  };
}

/** The sum of every `living_schema_engine_memory_bytes` line of a Prometheus text, or null. */
export function engineBytes(text) {
  const values = [...text.matchAll(/^living_schema_engine_memory_bytes\{[^}]*\} (\d+(?:\.\d+)?(?:e\+\d+)?)$/gm)].map((m) => Number(m[1]));
  return values.length ? values.reduce((a, b) => a + b, 0) : null;
}
