import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LivingSchemaError } from '../errors.js';
import type { StagingMetadata, StagingV1 } from '../staging.js';
import { expectThat, registerWithVitest, runContractChecks, type ContractCheck } from './contract.js';

export interface StagingContractOptions {
  /** A fresh, empty staging store for each check. */
  create: () => StagingV1 | Promise<StagingV1>;
}

interface StagingContext {
  staging: StagingV1;
  directory: string;
}

const metadata = (batchId: string): StagingMetadata => ({ batch_id: batchId, schema_version: '1', source: 'contract', dataset: 'contract' });

async function file(context: StagingContext, name: string, content: string): Promise<string> {
  const path = join(context.directory, name);
  await writeFile(path, content);
  return path;
}

async function listKeys(staging: StagingV1): Promise<string[]> {
  const keys: string[] = [];
  for await (const entry of staging.list()) keys.push(entry.key);
  return keys;
}

export const stagingContractChecks: ContractCheck<StagingContext>[] = [
  {
    name: 'declares specificationVersion v1 and a name',
    async run({ staging }) {
      expectThat(staging.specificationVersion === 'v1', `specificationVersion must be 'v1', got ${JSON.stringify(staging.specificationVersion)}`);
      expectThat(typeof staging.name === 'string' && staging.name.length > 0, 'name must be a non-empty string');
    },
  },
  {
    name: 'put then open returns the same bytes',
    async run(context) {
      const path = await file(context, 'a.parquet', 'PAR1 contract bytes PAR1');
      const stored = await context.staging.put(path, metadata('b_contract_a'));
      expectThat(stored.batchId === 'b_contract_a', `put must report the batch id from the metadata, got ${stored.batchId}`);
      expectThat(stored.sizeBytes === 24, `put must report the size in bytes (24), got ${stored.sizeBytes}`);
      const handle = await context.staging.open(stored.key);
      try {
        const content = await readFile(handle.path, 'utf8');
        expectThat(content === 'PAR1 contract bytes PAR1', 'open() must give back exactly the bytes that were put');
      } finally {
        await handle.release();
      }
    },
  },
  {
    name: 'put is idempotent per batch and list shows each batch once',
    async run(context) {
      const first = await file(context, 'b1.parquet', 'first');
      const second = await file(context, 'b2.parquet', 'second');
      await context.staging.put(first, metadata('b_contract_b'));
      const replaced = await context.staging.put(second, metadata('b_contract_b'));
      const keys = await listKeys(context.staging);
      expectThat(keys.filter((k) => k === replaced.key).length === 1, `list() must show batch b_contract_b once after two puts, got [${keys.join(', ')}]`);
      const handle = await context.staging.open(replaced.key);
      const content = await readFile(handle.path, 'utf8');
      await handle.release();
      expectThat(content === 'second', 'a second put of the same batch must replace the first file');
    },
  },
  {
    name: 'remove deletes the file; removing a missing file is not an error',
    async run(context) {
      const path = await file(context, 'c.parquet', 'c');
      const stored = await context.staging.put(path, metadata('b_contract_c'));
      await context.staging.remove(stored.key);
      await context.staging.remove(stored.key);
      const keys = await listKeys(context.staging);
      expectThat(!keys.includes(stored.key), `after remove, list() must not show ${stored.key}`);
      let error: unknown;
      try {
        await context.staging.open(stored.key);
      } catch (caught) {
        error = caught;
      }
      expectThat(LivingSchemaError.isInstance(error), 'open() of a removed file must throw a LivingSchemaError');
    },
  },
];

async function makeContext(options: StagingContractOptions): Promise<StagingContext> {
  return { staging: await options.create(), directory: await mkdtemp(join(tmpdir(), 'ls-staging-contract-')) };
}

async function dispose(context: StagingContext): Promise<void> {
  await context.staging.close?.();
  await rm(context.directory, { recursive: true, force: true });
}

export async function checkStagingContract(options: StagingContractOptions) {
  const context = await makeContext(options);
  try {
    return await runContractChecks(stagingContractChecks, context);
  } finally {
    await dispose(context);
  }
}

/**
 * Registers the staging contract as vitest tests; `create` must return a fresh, empty store.
 *
 * @example
 * await describeStagingContract('local', { create: () => localStaging({ directory: mkdtempSync('/tmp/s-') }) });
 */
export function describeStagingContract(name: string, options: StagingContractOptions): Promise<void> {
  return registerWithVitest(`StagingV1 contract: ${name}`, stagingContractChecks, () => makeContext(options), dispose);
}
