import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Batch } from '../batch.js';
import { LivingSchemaError } from '../errors.js';
import type { SourceInput, SourceV1 } from '../source.js';
import { expectThat, registerWithVitest, type ContractCheck } from './contract.js';

export interface SourceContractOptions {
  create: () => SourceV1 | Promise<SourceV1>;
  /** Inputs the source must read. */
  readable: SourceInput[];
  /** Inputs the source must refuse with `LS_INPUT_UNREADABLE` (e.g. a corrupt file), or yield only rejected rows for. */
  unreadable?: SourceInput[];
}

interface SourceContext {
  source: SourceV1;
  options: SourceContractOptions;
  tempDirectory: string;
}

const uriOf = (input: SourceInput) => (typeof input === 'string' ? input : input.uri);

async function collect(source: SourceV1, input: SourceInput, tempDirectory: string): Promise<Batch[]> {
  const batches: Batch[] = [];
  for await (const batch of source.read(input, { tempDirectory })) batches.push(batch);
  return batches;
}

function rowCount(batch: Batch): number {
  return batch.payload.format === 'rows' ? batch.payload.rows.length : batch.payload.rowCount;
}

export const sourceContractChecks: ContractCheck<SourceContext>[] = [
  {
    name: 'declares specificationVersion v1, a name and the kinds it yields',
    async run({ source }) {
      expectThat(source.specificationVersion === 'v1', `specificationVersion must be 'v1', got ${JSON.stringify(source.specificationVersion)}`);
      expectThat(typeof source.name === 'string' && source.name.length > 0, 'name must be a non-empty string');
      expectThat(Array.isArray(source.kinds) && source.kinds.length > 0, 'kinds must list at least one batch kind');
    },
  },
  {
    name: 'canRead accepts every readable input',
    async run({ source, options }) {
      for (const input of options.readable) {
        expectThat(await source.canRead(input), `canRead(${JSON.stringify(uriOf(input))}) returned false for an input the source should read`);
      }
    },
  },
  {
    name: 'yields well-formed batches',
    async run({ source, options, tempDirectory }) {
      for (const input of options.readable) {
        const batches = await collect(source, input, tempDirectory);
        expectThat(batches.length > 0, `read(${JSON.stringify(uriOf(input))}) yielded no batch`);
        for (const batch of batches) {
          expectThat(source.kinds.includes(batch.kind), `batch kind "${batch.kind}" is not in the source's kinds [${source.kinds.join(', ')}]`);
          expectThat(batch.source === source.name, `batch.source must be the source's name "${source.name}", got "${batch.source}"`);
          expectThat(typeof batch.contentHash === 'string' && batch.contentHash.length >= 16, 'batch.contentHash must be a hash string of at least 16 characters');
          expectThat(typeof batch.dataset === 'string' && batch.dataset.length > 0, 'batch.dataset must be a non-empty string');
          expectThat(typeof batch.sourceUri === 'string' && batch.sourceUri.length > 0, 'batch.sourceUri must name where the data came from');
          expectThat(batch.payload && (batch.payload.format === 'rows' || batch.payload.format === 'parquet'), "batch.payload.format must be 'rows' or 'parquet'");
          expectThat(Number.isInteger(rowCount(batch)) && rowCount(batch) >= 0, 'the payload must report a whole, non-negative row count');
          for (const rejected of batch.rejected ?? []) {
            expectThat(typeof rejected.reason === 'string' && rejected.reason.length > 0, 'every rejected row needs a reason');
          }
        }
      }
    },
  },
  {
    name: 'is deterministic: the same input gives the same content hashes (so re-ingesting adds nothing)',
    async run({ source, options, tempDirectory }) {
      for (const input of options.readable) {
        const first = (await collect(source, input, tempDirectory)).map((b) => `${b.kind}:${b.dataset}:${b.contentHash}:${rowCount(b)}`);
        const second = (await collect(source, input, tempDirectory)).map((b) => `${b.kind}:${b.dataset}:${b.contentHash}:${rowCount(b)}`);
        expectThat(JSON.stringify(first) === JSON.stringify(second), `reading ${JSON.stringify(uriOf(input))} twice gave different batches: ${first.join(', ')} vs ${second.join(', ')}`);
      }
    },
  },
  {
    name: 'refuses unreadable input with LS_INPUT_UNREADABLE naming the input',
    async run({ source, options, tempDirectory }) {
      for (const input of options.unreadable ?? []) {
        const uri = uriOf(input);
        let error: unknown;
        try {
          await collect(source, input, tempDirectory);
        } catch (caught) {
          error = caught;
        }
        expectThat(error !== undefined, `read(${JSON.stringify(uri)}) succeeded, but the input is unreadable: it must throw`);
        expectThat(LivingSchemaError.isInstance(error) && error.code === 'LS_INPUT_UNREADABLE', `read(${JSON.stringify(uri)}) must throw a LivingSchemaError with code LS_INPUT_UNREADABLE, got: ${String((error as Error)?.message ?? error)}`);
        const base = uri.split('/').pop() ?? uri;
        expectThat((error as Error).message.includes(base), `the error message must name the input "${base}", got: ${(error as Error).message}`);
      }
    },
  },
];

async function makeContext(options: SourceContractOptions): Promise<SourceContext> {
  return { source: await options.create(), options, tempDirectory: await mkdtemp(join(tmpdir(), 'ls-source-contract-')) };
}

/** Runs the source contract as plain checks (for tools, and for testing the contract itself). */
export async function checkSourceContract(options: SourceContractOptions) {
  const { runContractChecks } = await import('./contract.js');
  const context = await makeContext(options);
  try {
    return await runContractChecks(sourceContractChecks, context);
  } finally {
    await rm(context.tempDirectory, { recursive: true, force: true });
  }
}

/**
 * Registers the source contract as vitest tests.
 *
 * @example
 * // my-source.contract.test.ts
 * import { describeSourceContract } from '@living-schema/core/testing';
 * await describeSourceContract('my source', { create: () => mySource(), readable: ['fixtures/ok.txt'], unreadable: ['fixtures/bad.txt'] });
 */
export function describeSourceContract(name: string, options: SourceContractOptions): Promise<void> {
  return registerWithVitest(`SourceV1 contract: ${name}`, sourceContractChecks, () => makeContext(options), (c) => rm(c.tempDirectory, { recursive: true, force: true }));
}
