import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Batch } from '../batch.js';
import type { SourceV1 } from '../source.js';
import type { StagingV1 } from '../staging.js';
import { checkConflictStrategyContract, checkNotifierContract, checkSourceContract, checkStagingContract } from './index.js';

const fixture = join(mkdtempSync(join(tmpdir(), 'ls-contract-')), 'input.txt');
writeFileSync(fixture, 'a,b\n1,2\n');

/** A deliberately broken source: wrong batch source name, random hashes, accepts garbage silently. */
const brokenSource: SourceV1 = {
  specificationVersion: 'v1',
  name: 'broken',
  kinds: ['records'],
  canRead: () => false,
  async *read(input): AsyncIterable<Batch> {
    yield { kind: 'documents', source: 'someone-else', sourceUri: String(input), dataset: 'x', contentHash: Math.random().toString(36), payload: { format: 'rows', rows: [] } };
  },
};

describe('contract suites catch a broken plugin with readable messages', () => {
  it('notifier contract: a malformed events list', async () => {
    const outcomes = await checkNotifierContract({ create: () => ({ specificationVersion: 'v1', name: 'picky', events: ['batch loaded'] as never, notify: async () => undefined }) });
    const failed = outcomes.filter((o) => !o.passed).map((o) => [o.check, o.message]);
    expect(failed).toEqual([["events, when declared, is a non-empty list of event names or '*'", 'events must be names such as "batch.loaded" or \'*\', got ["batch loaded"]']]);
  });

  it('source contract', async () => {
    const outcomes = await checkSourceContract({ create: () => brokenSource, readable: [fixture], unreadable: [join(tmpdir(), 'corrupt.bin')] });
    const failed = Object.fromEntries(outcomes.filter((o) => !o.passed).map((o) => [o.check, o.message]));
    expect(failed['canRead accepts every readable input']).toMatch(/canRead\(".*input.txt"\) returned false/);
    expect(failed['yields well-formed batches']).toBe('batch kind "documents" is not in the source\'s kinds [records]');
    expect(failed['is deterministic: the same input gives the same content hashes (so re-ingesting adds nothing)']).toMatch(/reading ".*input.txt" twice gave different batches/);
    expect(failed['refuses unreadable input with LS_INPUT_UNREADABLE naming the input']).toMatch(/succeeded, but the input is unreadable: it must throw/);
    expect(outcomes.find((o) => o.check.startsWith('declares'))?.passed).toBe(true);
  });

  it('staging contract', async () => {
    const forgetful: StagingV1 = {
      specificationVersion: 'v1',
      name: 'forgetful',
      put: async (_path, metadata) => ({ key: `${metadata.batch_id}.parquet`, batchId: 'wrong', sizeBytes: 0 }),
      open: async () => ({ path: fixture, release: async () => undefined }),
      async *list() {},
      remove: async () => undefined,
    };
    const outcomes = await checkStagingContract({ create: () => forgetful });
    const messages = outcomes.filter((o) => !o.passed).map((o) => o.message);
    expect(messages).toContain('put must report the batch id from the metadata, got wrong');
    expect(messages).toContain('list() must show batch b_contract_b once after two puts, got []');
    expect(messages).toContain('open() of a removed file must throw a LivingSchemaError');
  });

  it('conflict strategy contract', async () => {
    const asymmetric = {
      specificationVersion: 'v1' as const,
      name: 'asymmetric',
      compare: (a: string, b: string) => ({ similarity: a === b ? 1 : a < b ? 0.2 : 0.4, conflict: false, reason: '' }),
      findConflicts: () => [],
    };
    const outcomes = await checkConflictStrategyContract({ create: () => asymmetric, duplicates: [['VESSEL_NAME', 'VESSEL_NAMES']] });
    const messages = outcomes.filter((o) => !o.passed).map((o) => o.message);
    expect(messages).toContain('compare must be symmetric: FLAG/FLAG_STATE gave 0.2 but FLAG_STATE/FLAG gave 0.4');
    expect(messages).toContain('VESSEL_NAME / VESSEL_NAMES must be flagged as a conflict: ');
  });
});
