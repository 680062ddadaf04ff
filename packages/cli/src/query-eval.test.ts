import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLivingSchema, type LivingSchema } from '@living-schema/core';
import { duckdb } from '@living-schema/sink-duckdb';
import { compareResults, createQueryLayer, offlineProvider, runEvaluation, type EvalQuestion } from '@living-schema/query-llm';
import { sampleSource } from './sample-data.js';

const here = dirname(fileURLToPath(import.meta.url));
const questions = JSON.parse(readFileSync(join(here, '..', 'eval', 'sample-questions.json'), 'utf8')) as Array<EvalQuestion & { sql: string }>;

let engine: LivingSchema;
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ls-eval-'));
  engine = createLivingSchema({ sink: duckdb({ path: join(dir, 'db.duckdb') }), stagingDirectory: join(dir, 'staging'), sources: [sampleSource()], notifiers: [] });
  await engine.ingest(['sample:registry', 'sample:reports', 'sample:reports-round-2']);
});
afterAll(async () => {
  await engine.close();
});

describe('question set over the sample data', () => {
  it('has at least 60 questions whose gold rows still match their gold SQL', async () => {
    expect(questions.length).toBeGreaterThanOrEqual(60);
    for (const question of questions) {
      const result = await engine.query(question.sql);
      expect(compareResults(question.rows, result.rows, question), `${question.q}: ${JSON.stringify(result.rows)}`).toBe(true);
    }
  });

  it('the offline provider reaches at least 80% execution accuracy, and the guard refuses none of the gold SQL', async () => {
    const layer = createQueryLayer({ sink: engine.sink, events: engine.events, provider: offlineProvider() });
    for (const question of questions) await layer.validate(question.sql);
    const report = await runEvaluation(layer, questions);
    const misses = report.outcomes.filter((o) => o.status !== 'correct').map((o) => `${o.status}: ${o.q} -> ${o.sql ?? o.message}`);
    if (process.env.LS_EVAL_VERBOSE) console.error(report.executionAccuracy, report.validSqlRate, misses.join('\n'));
    expect(report.executionAccuracy, misses.join('\n')).toBeGreaterThanOrEqual(0.8);
    layer.close();
  });
});
