// On a soak, bench/load scrapes the server's /metrics every 10 s for what DuckDB's buffer
// manager accounts for (living_schema_engine_memory_bytes, summed over its components): beside
// RSS and the V8 heaps it tells memory the engine tracks from memory nobody tracks.
import { TOKEN } from '../../test/load/load-driver.mjs';

/** Starts scraping `url`/metrics; `stop()` returns `[{ t (s since start), engineMiB, tags }]`. */
export function sampleEngineMemory(url, intervalMs = 10_000) {
  const started = performance.now();
  const samples = [];
  const take = async () => {
    try {
      const response = await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
      const tags = engineTags(await response.text());
      const bytes = Object.values(tags).reduce((a, b) => a + b, 0);
      if (Object.keys(tags).length) samples.push({ t: (performance.now() - started) / 1000, engineMiB: bytes / 1048576, tags });
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

/** Bytes per component from the `living_schema_engine_memory_bytes` lines of a Prometheus text. */
export function engineTags(text) {
  const tags = {};
  for (const m of text.matchAll(/^living_schema_engine_memory_bytes\{tag="([^"]+)"\} (\d+(?:\.\d+)?(?:e\+\d+)?)$/gm)) tags[m[1]] = Number(m[2]);
  return tags;
}

/** The components that grew most from the first sample to the last: `[{ tag, fromMiB, toMiB }]`. */
export function engineGrowth(samples, top = 3) {
  const [first, last] = [samples[0], samples.at(-1)];
  if (!first || !last) return [];
  const mib = (bytes) => Math.round((bytes ?? 0) / 1048576);
  return Object.keys(last.tags)
    .map((tag) => ({ tag, fromMiB: mib(first.tags[tag]), toMiB: mib(last.tags[tag]), grew: (last.tags[tag] ?? 0) - (first.tags[tag] ?? 0) }))
    .sort((a, b) => b.grew - a.grew)
    .slice(0, top)
    .map(({ tag, fromMiB, toMiB }) => ({ tag, fromMiB, toMiB }));
}
