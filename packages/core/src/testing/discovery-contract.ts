import type { DiscoveryCandidate, DiscoveryScope, DiscoveryStrategyV1 } from '../discovery-strategy.js';
import type { SinkV1 } from '../sink.js';
import { expectThat, registerWithVitest, runContractChecks, type ContractCheck } from './contract.js';

export interface DiscoveryStrategyContractOptions {
  create: () => DiscoveryStrategyV1 | Promise<DiscoveryStrategyV1>;
  /**
   * Prepares an open sink holding data the strategy can find, and says what it should find:
   * `batchScope` names one loaded batch (for the incremental check) and `expected` the names a
   * full scan must return.
   */
  setup: () => Promise<{ sink: SinkV1; batchScope: DiscoveryScope; expected: string[]; dispose?: () => Promise<void> }>;
}

interface DiscoveryContext {
  strategy: DiscoveryStrategyV1;
  fixture: Awaited<ReturnType<DiscoveryStrategyContractOptions['setup']>>;
}

function wellFormed(candidate: DiscoveryCandidate, strategy: DiscoveryStrategyV1, incremental = false): void {
  const label = `candidate ${JSON.stringify(candidate.name)} from ${strategy.name}`;
  expectThat(candidate.subject === 'entity_type' || candidate.subject === 'field', `${label}: subject must be 'entity_type' or 'field', got ${JSON.stringify(candidate.subject)}`);
  expectThat(typeof candidate.name === 'string' && candidate.name.length > 0, `${label}: name must be a non-empty string`);
  expectThat(typeof candidate.originalName === 'string' && candidate.originalName.length > 0, `${label}: originalName must be a non-empty string`);
  expectThat(
    Number.isInteger(candidate.occurrenceCount) && (incremental || candidate.occurrenceCount >= 0),
    `${label}: occurrenceCount must be ${incremental ? 'an' : 'a non-negative'} integer, got ${candidate.occurrenceCount}`,
  );
  expectThat(Array.isArray(candidate.examples) && candidate.examples.every((e) => typeof e === 'string'), `${label}: examples must be an array of strings`);
  if (candidate.subject === 'field') {
    expectThat(typeof candidate.dataset === 'string' && candidate.dataset.length > 0, `${label}: a field needs its dataset`);
    expectThat(typeof candidate.dataType === 'string' && candidate.dataType.length > 0, `${label}: a field needs its dataType`);
  }
  for (const seen of [candidate.firstSeen, candidate.lastSeen]) {
    expectThat(seen === null || !Number.isNaN(new Date(seen).getTime()), `${label}: firstSeen/lastSeen must be null or a date, got ${JSON.stringify(seen)}`);
  }
}

const key = (c: DiscoveryCandidate) => `${c.subject}:${c.dataset ?? ''}:${c.name}`;

export const discoveryStrategyContractChecks: ContractCheck<DiscoveryContext>[] = [
  {
    name: 'declares specificationVersion v1, a name and the batch kinds it scans',
    async run({ strategy }) {
      expectThat(strategy.specificationVersion === 'v1', `specificationVersion must be 'v1', got ${JSON.stringify(strategy.specificationVersion)}`);
      expectThat(typeof strategy.name === 'string' && strategy.name.length > 0, 'name must be a non-empty string');
      expectThat(Array.isArray(strategy.kinds) && strategy.kinds.length > 0, 'kinds must list at least one batch kind');
    },
  },
  {
    name: 'a full scan returns well-formed candidates, including every expected name, each once',
    async run({ strategy, fixture }) {
      const candidates = await strategy.discover(fixture.sink, {});
      for (const c of candidates) wellFormed(c, strategy);
      const names = candidates.map((c) => c.name);
      for (const expected of fixture.expected) expectThat(names.includes(expected), `a full scan must find ${expected}; found [${names.join(', ')}]`);
      const keys = candidates.map(key);
      expectThat(new Set(keys).size === keys.length, `each name must appear once per dataset; got duplicates in [${keys.join(', ')}]`);
    },
  },
  {
    name: 'an incremental scan of one batch sees only that batch: counts never exceed the full scan',
    async run({ strategy, fixture }) {
      const full = new Map((await strategy.discover(fixture.sink, {})).map((c) => [key(c), c]));
      const incremental = await strategy.discover(fixture.sink, fixture.batchScope);
      expectThat(incremental.length > 0, `scanning batch ${fixture.batchScope.batchId} found nothing; the batch must hold data the strategy can see`);
      for (const c of incremental) {
        wellFormed(c, strategy, true);
        // A name the batch only took away (superseded spans) may be gone from the data.
        if (c.occurrenceCount <= 0) continue;
        const total = full.get(key(c));
        expectThat(total !== undefined, `${c.name} was found in batch ${fixture.batchScope.batchId} but not by a full scan`);
        expectThat(c.occurrenceCount <= total.occurrenceCount, `${c.name}: the batch counts ${c.occurrenceCount} occurrences but the full scan only ${total.occurrenceCount}`);
      }
    },
  },
  {
    name: 'is deterministic: scanning twice gives the same candidates',
    async run({ strategy, fixture }) {
      const canonical = (list: DiscoveryCandidate[]) => JSON.stringify([...list].sort((a, b) => key(a).localeCompare(key(b))));
      const first = canonical(await strategy.discover(fixture.sink, {}));
      const second = canonical(await strategy.discover(fixture.sink, {}));
      expectThat(first === second, 'two full scans of unchanged data returned different candidates (counts, order of examples or names)');
    },
  },
];

async function makeContext(options: DiscoveryStrategyContractOptions): Promise<DiscoveryContext> {
  return { strategy: await options.create(), fixture: await options.setup() };
}

export async function checkDiscoveryStrategyContract(options: DiscoveryStrategyContractOptions) {
  const context = await makeContext(options);
  try {
    return await runContractChecks(discoveryStrategyContractChecks, context);
  } finally {
    await context.fixture.dispose?.();
  }
}

/** Registers the discovery-strategy contract as vitest tests. */
export function describeDiscoveryStrategyContract(name: string, options: DiscoveryStrategyContractOptions): Promise<void> {
  return registerWithVitest(`DiscoveryStrategyV1 contract: ${name}`, discoveryStrategyContractChecks, () => makeContext(options), (context) => context.fixture.dispose?.());
}
