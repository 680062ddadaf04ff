import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createLivingSchema, sha256, type Batch, type SourceV1 } from '@living-schema/core';
import { duckdb } from '@living-schema/sink-duckdb';
import { createLlmProvider } from './llm-provider-factory.js';
import { openAiCompatibleServer } from './openai-wire.fixture.js';
import { queryLayer } from './query-layer.js';

// Crew records whose passport numbers and names must never reach a vendor, and whose ranks may.
const crew = [
  { crew_id: 1, crew_name: 'Ana Duarte', passport_number: 'PX-778201', rank: 'Master', age: 51 },
  { crew_id: 2, crew_name: 'Bo Lindqvist', passport_number: 'PX-440912', rank: 'Bosun', age: 38 },
  { crew_id: 3, crew_name: 'Chen Wei', passport_number: 'PX-119354', rank: 'Bosun', age: 29 },
];
const SECRETS = ['PX-778201', 'PX-440912', 'PX-119354', 'Ana Duarte', 'Bo Lindqvist', 'Chen Wei', '"min":29', '"max":51'];

const inline: SourceV1 = {
  specificationVersion: 'v1',
  name: 'inline',
  kinds: ['records'],
  canRead: () => true,
  async *read(): AsyncIterable<Batch> {
    yield { kind: 'records', source: 'inline', sourceUri: 'inline://crew', dataset: 'crew', contentHash: sha256(JSON.stringify(crew)), payload: { format: 'rows', rows: crew } };
  },
};

const server = await openAiCompatibleServer();
const directory = mkdtempSync(join(tmpdir(), 'ls-sensitive-'));
const engine = createLivingSchema({ sink: duckdb({ path: join(directory, 'db.duckdb') }), stagingDirectory: join(directory, 'staging'), sources: [inline], notifiers: [] });
await engine.ingest('inline://crew');
const provider = createLlmProvider({ provider: 'openai-compatible', model: 'local-test', baseURL: server.baseURL, env: {}, maxRetries: 0 });
afterAll(async () => {
  await server.close();
  await engine.close();
});

const sent = () => JSON.stringify(server.seen.at(-1)!.body);
const ask = async (sensitiveColumns?: string[]) => {
  const layer = queryLayer(engine, { provider, ...(sensitiveColumns ? { sensitiveColumns } : {}) });
  server.replies.push(JSON.stringify({ reasoning: 'count the bosuns', sql: `SELECT count(*) AS n FROM crew WHERE rank = 'Bosun'` }));
  try {
    return await layer.executeQuery({ question: 'How many crew members are Bosun, and is PX-440912 among them?' });
  } finally {
    layer.close();
  }
};

describe('columns marked sensitive (a fake OpenAI-compatible server on 127.0.0.1)', () => {
  it('sends their names and types but no value of theirs, while other columns keep their values', async () => {
    const run = await ask(['crew.passport_number', '*.crew_name', 'crew.age']);
    expect(run.rows).toEqual([[2]]);
    const body = sent();
    expect(body).toContain('passport_number');
    expect(body).toContain('crew_name');
    // The question's own words reach the provider (the user typed them); no value from the data does.
    const context = body.replace('is PX-440912 among them', '');
    for (const secret of SECRETS) expect(context, secret).not.toContain(secret);
    expect(body).toContain('Master'); // rank is not sensitive: its values are the filter a model needs
  });

  it('sends the values when no column is marked (what the list takes out)', async () => {
    await ask();
    const context = sent().replace('is PX-440912 among them', '');
    expect(context).toContain('PX-778201');
    expect(context).toContain('Ana Duarte');
  });

  it('refuses an entry that names no column, naming it', () => {
    expect(() => queryLayer(engine, { provider, sensitiveColumns: ['passport_number'] })).toThrowError(
      'sensitiveColumns[0] is "passport_number": write "<table>.<column>" (or "*.<column>" for every table).',
    );
  });
});
