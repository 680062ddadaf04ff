import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createLivingSchema, sha256, type LivingSchema, type SourceV1 } from '@living-schema/core';
import { duckdb } from '@living-schema/sink-duckdb';
import { offlineProvider } from './llm-provider-offline.js';
import { runVerifiedEvaluation } from './query-eval.js';
import { queryLayer, type QueryLayer } from './query-layer.js';

const vessels = [
  { vessel_name: 'Aurora', flag_state: 'Liberia', gross_tonnage: 1000 },
  { vessel_name: 'Borealis', flag_state: 'Liberia', gross_tonnage: 2000 },
  { vessel_name: 'Cassiopeia', flag_state: 'Panama', gross_tonnage: 3000 },
];

function vesselSource(): SourceV1 {
  let read = false;
  return {
    specificationVersion: 'v1',
    name: 'inline',
    kinds: ['records'],
    canRead: () => true,
    async *read() {
      if (read) return;
      read = true;
      yield { kind: 'records', source: 'inline', sourceUri: 'inline://vessels', dataset: 'vessels', contentHash: sha256(JSON.stringify(vessels)), payload: { format: 'rows', rows: vessels } };
    },
  };
}

const opened: Array<{ engine: LivingSchema; layer: QueryLayer }> = [];
afterEach(async () => {
  for (const { engine, layer } of opened.splice(0)) {
    layer.close();
    await engine.close();
  }
});

async function fleet() {
  const dir = mkdtempSync(join(tmpdir(), 'ls-feedback-'));
  const engine = createLivingSchema({ sink: duckdb({ path: join(dir, 'db.duckdb') }), stagingDirectory: join(dir, 'staging'), sources: [vesselSource()], notifiers: [] });
  await engine.ingest('inline://vessels');
  const layer = queryLayer(engine, { provider: offlineProvider() });
  opened.push({ engine, layer });
  return { engine, layer };
}

const PER_FLAG = 'How many vessels per flag state?';

describe('feedback that teaches', () => {
  it('a right answer becomes the verified pair; a correction (run once) replaces it; a wrong mark retires a pair that gave that SQL; every mark is kept', async () => {
    const { engine, layer } = await fleet();
    const asked = await layer.executeQuery({ question: PER_FLAG });
    const right = await layer.feedback({ executionId: asked.executionId, verdict: 'right', kind: 'group-by' });
    expect(right.verifiedPair).toMatchObject({ question: PER_FLAG, sql: asked.sql, kind: 'group-by', source: 'right', executionId: asked.executionId });
    expect(await layer.verifiedExamplesFor('how many vessels are there per flag state')).toEqual([{ question: PER_FLAG, sql: asked.sql }]);
    expect(await layer.verifiedExamplesFor('what is the tonnage of Aurora')).toEqual([]);

    const corrected = 'SELECT flag_state, count(*) AS vessels FROM vessels GROUP BY flag_state ORDER BY vessels DESC';
    const wrong = await layer.feedback({ executionId: asked.executionId, verdict: 'wrong', sql: corrected });
    expect(wrong.correction).toMatchObject({ rowCount: 2, rows: [['Liberia', 2], ['Panama', 1]] });
    // Same question: the pair is replaced, not duplicated; its kind stays.
    expect(await layer.verifiedPairs.list()).toEqual([expect.objectContaining({ id: right.verifiedPair!.id, sql: corrected, kind: 'group-by', source: 'correction', executionId: wrong.correction!.executionId })]);

    const again = await layer.executeQuery({ sql: corrected, question: PER_FLAG });
    const retired = await layer.feedback({ executionId: again.executionId, verdict: 'wrong', note: 'order by flag instead' });
    expect(retired).toMatchObject({ verifiedPair: null, retiredPairId: right.verifiedPair!.id });
    expect(await layer.verifiedPairs.list()).toEqual([]);

    const marks = await engine.sink.reader.all<{ verdict: string; corrected_sql: string | null; note: string | null }>(`SELECT verdict, corrected_sql, note FROM answer_feedback ORDER BY created_at, rowid`);
    expect(marks).toEqual([
      { verdict: 'right', corrected_sql: null, note: null },
      { verdict: 'wrong', corrected_sql: corrected, note: null },
      { verdict: 'wrong', corrected_sql: null, note: 'order by flag instead' },
    ]);
  });

  it('bad feedback is refused with a code naming the problem, and stores nothing', async () => {
    const { engine, layer } = await fleet();
    const asked = await layer.executeQuery({ question: PER_FLAG });
    const sqlOnly = await layer.executeQuery({ sql: 'SELECT 1 AS one' });
    await expect(layer.feedback({ executionId: asked.executionId, verdict: 'maybe' as 'right' })).rejects.toMatchObject({ code: 'LS_FEEDBACK_INVALID', message: expect.stringContaining('"maybe"') });
    await expect(layer.feedback({ executionId: asked.executionId, verdict: 'right', sql: 'SELECT 1' })).rejects.toMatchObject({ code: 'LS_FEEDBACK_INVALID' });
    await expect(layer.feedback({ executionId: 'no-such-run', verdict: 'right' })).rejects.toMatchObject({ code: 'LS_NOT_FOUND', message: expect.stringContaining('no-such-run') });
    await expect(layer.feedback({ executionId: sqlOnly.executionId, verdict: 'right' })).rejects.toMatchObject({ code: 'LS_FEEDBACK_INVALID', message: expect.stringContaining('no question') });
    await expect(layer.feedback({ executionId: asked.executionId, verdict: 'wrong', sql: 'DELETE FROM vessels' })).rejects.toMatchObject({ code: 'LS_QUERY_REFUSED', details: { rule: 'write-statement' } });
    await expect(layer.feedback({ executionId: asked.executionId, verdict: 'wrong', sql: 'SELECT question, sql FROM query_executions' })).rejects.toMatchObject({ code: 'LS_QUERY_REFUSED', details: { rule: 'internal-table' } });
    await expect(layer.feedback({ executionId: asked.executionId, verdict: 'wrong', sql: 'SELECT no_such_column FROM vessels' })).rejects.toMatchObject({ code: 'LS_QUERY_FAILED' });
    const refused = await layer.executeQuery({ question: 'How many vessels have warp drives?' }).catch((error: { details: { executionId: string } }) => error.details.executionId);
    await expect(layer.feedback({ executionId: refused as string, verdict: 'right' })).rejects.toMatchObject({ code: 'LS_FEEDBACK_INVALID', message: expect.stringContaining('refused') });
    expect(await layer.verifiedPairs.list()).toEqual([]);
    expect(await engine.sink.reader.all(`SELECT * FROM answer_feedback`)).toEqual([]);
    expect((await engine.sink.reader.all(`SELECT count(*)::INTEGER AS n FROM vessels`))[0]).toEqual({ n: 3 });
  });

  it('eval runs the verified pairs as a regression set: accuracy by kind, wrong answers and refusals counted', async () => {
    const { layer } = await fleet();
    const perFlag = await layer.executeQuery({ question: PER_FLAG });
    await layer.feedback({ executionId: perFlag.executionId, verdict: 'right', kind: 'group-by' });
    // A correction the offline reader does not reproduce: its answer (2, the Liberian vessels) is wrong against it.
    const liberia = await layer.executeQuery({ question: 'How many vessels are flagged in Liberia?' });
    expect(liberia.rows).toEqual([[2]]);
    await layer.feedback({ executionId: liberia.executionId, verdict: 'wrong', sql: `SELECT count(*) FROM vessels WHERE flag_state = 'Liberia' AND gross_tonnage > 1500`, kind: 'filter' });
    await layer.verifiedPairs.add({ question: 'Which vessels have warp drives?', sql: 'SELECT vessel_name FROM vessels WHERE false', kind: 'refusal' });

    const report = await runVerifiedEvaluation(layer);
    expect(report.outcomes.map((o) => [o.kind, o.status])).toEqual([
      ['group-by', 'correct'],
      ['filter', 'wrong'],
      ['refusal', 'refused'],
    ]);
    expect(report).toMatchObject({ questions: 3, correct: 1, wrong: 1, refusals: 1, executionAccuracy: 1 / 3, wrongAnswerRate: 1 / 3 });
    expect(report.byKind).toEqual({
      'group-by': { questions: 1, correct: 1, wrong: 0, refused: 0, accuracy: 1 },
      filter: { questions: 1, correct: 0, wrong: 1, refused: 0, accuracy: 0 },
      refusal: { questions: 1, correct: 0, wrong: 0, refused: 1, accuracy: 0 },
    });
  });
});
