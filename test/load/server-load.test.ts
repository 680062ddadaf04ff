/**
 * The reference server under sustained mixed load (`living-schema serve` in its own process on
 * 127.0.0.1, build first: `npm test` does): schema reads, SQL queries, questions (offline
 * provider) and small CSV uploads from closed-loop workers for a bounded time (20 s; a soak with
 * LS_SOAK_SECONDS=600). Asserts no failed request of any kind, server memory that levels off
 * (the median RSS of the last third of the run within 1.5x the first third's, after warm-up),
 * and every upload's rows in the store. Prints throughput and p50/p95/p99 per kind, beside
 * GET /healthz on the same server as the baseline.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
// @ts-expect-error plain ESM module shared with bench/load (no type declarations)
import * as driver from './load-driver.mjs';

const root = new URL('../../', import.meta.url).pathname;
const cli = join(root, 'packages/cli/dist/bin.js');
const SECONDS = Number(process.env.LS_SOAK_SECONDS ?? 20);
const CONCURRENCY = Number(process.env.LS_LOAD_CONCURRENCY ?? 8);
/** Largest last-third/first-third RSS ratio accepted. */
const MAX_RSS_RATIO = 1.5;
const WARMUP_SECONDS = Math.min(5, SECONDS / 4);

const directory = mkdtempSync(join(tmpdir(), 'ls-load-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

async function scalar(db: string, sql: string): Promise<number> {
  const instance = await DuckDBInstance.create(db, { access_mode: 'READ_ONLY' });
  const connection = await instance.connect();
  try {
    return Number((await connection.runAndReadAll(sql)).getRowsJS()[0]![0]);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

describe('reference server under sustained mixed load', () => {
  it(
    `${SECONDS} s of schema reads, SQL, questions and uploads: no errors, memory levels off, every upload stored`,
    async () => {
      const db = join(directory, 'load.duckdb');
      driver.seed(cli, db, directory);
      const server = await driver.startServer(cli, db);
      const rss = driver.sampleRss(server.pid, 500);
      let baseline;
      let result;
      try {
        baseline = await driver.runLoad(server.url, { seconds: 3, concurrency: CONCURRENCY, mix: [{ kind: 'health', weight: 1 }] });
        result = await driver.runLoad(server.url, { seconds: SECONDS, concurrency: CONCURRENCY });
      } finally {
        rss.stop();
        await server.stop();
      }
      // RSS samples from the start of the mixed load (the baseline ran first).
      const offset = 3;
      const samples = rss.samples.filter((s: { t: number }) => s.t >= offset).map((s: { t: number; rssMiB: number }) => ({ t: s.t - offset, rssMiB: s.rssMiB }));
      const trend = driver.rssTrend(samples, WARMUP_SECONDS);
      console.log(
        [
          `reference server under mixed load (${CONCURRENCY} workers, ${result.seconds} s, 127.0.0.1)`,
          driver.formatLoad(result),
          `baseline GET /healthz: ${baseline.overall.perSecond} req/s, p50 ${baseline.overall.p50Ms} ms, p99 ${baseline.overall.p99Ms} ms`,
          `server RSS: start ${trend.startMiB} MiB, first-third median ${trend.firstThirdMedianMiB} MiB, last-third median ${trend.lastThirdMedianMiB} MiB (x${trend.ratio}), peak ${trend.peakMiB} MiB, ${trend.samples} samples`,
          ...(result.errors.length ? [`errors: ${JSON.stringify(result.errors)}`] : []),
        ].join('\n'),
      );

      for (const kind of ['schema', 'sql', 'question', 'upload']) {
        expect(result.kinds[kind].requests, kind).toBeGreaterThan(0);
        expect(result.kinds[kind].errors, `${kind}: ${JSON.stringify(result.errors)}`).toBe(0);
      }
      expect(baseline.overall.errors).toBe(0);
      expect(trend.ratio, 'server memory keeps growing').toBeLessThan(MAX_RSS_RATIO);
      expect(trend.peakMiB).toBeLessThan(1_500);

      // Nothing lost under load: every upload that answered "loaded" is in the store, whole.
      expect(await scalar(db, `SELECT count(*) FROM load_uploads WHERE upload > 0`)).toBe(result.uploaded.length * driver.UPLOAD_ROWS);
      expect(await scalar(db, `SELECT count(DISTINCT upload) FROM load_uploads WHERE upload > 0`)).toBe(result.uploaded.length);
      expect(await scalar(db, `SELECT count(*) FROM ingest_batches WHERE status <> 'loaded' OR rows_in <> rows_loaded + rows_quarantined + coalesce(rows_already_present, 0)`)).toBe(0);
    },
    (SECONDS + 90) * 1000,
  );
});
