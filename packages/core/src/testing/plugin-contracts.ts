import type { ConflictStrategyV1 } from '../conflict-strategy.js';
import type { LlmProviderV1 } from '../llm-provider.js';
import type { Notification, NotifierV1 } from '../notifier.js';
import { expectThat, registerWithVitest, runContractChecks, type ContractCheck } from './contract.js';

const declares = <T extends { specificationVersion: string; name: string }>(pick: (context: never) => T): ContractCheck<never> => ({
  name: 'declares specificationVersion v1 and a name',
  async run(context) {
    const plugin = pick(context);
    expectThat(plugin.specificationVersion === 'v1', `specificationVersion must be 'v1', got ${JSON.stringify(plugin.specificationVersion)}`);
    expectThat(typeof plugin.name === 'string' && plugin.name.length > 0, 'name must be a non-empty string');
  },
});

// --- Notifier ---------------------------------------------------------------------------------

export interface NotifierContractOptions {
  create: () => NotifierV1 | Promise<NotifierV1>;
  /** Called after the checks' notifications were flushed; assert delivery at your endpoint here. */
  verifyDelivered?: (notifications: Notification[]) => Promise<void> | void;
}

interface NotifierContext {
  notifier: NotifierV1;
  options: NotifierContractOptions;
}

export const sampleNotifications: Notification[] = [
  { event: 'entity.discovered', severity: 'informational', title: 'New entity type VESSEL_NAME', text: '12 occurrences', data: {}, at: '2026-01-01T00:00:00.000Z' },
  { event: 'conflict.detected', severity: 'needs_review', title: 'Possible duplicate: VESSEL_NAMES ~ VESSEL_NAME', text: 'same after normalising', fields: [{ label: 'similarity', value: '0.97' }], data: {}, at: '2026-01-01T00:00:00.000Z' },
];

export const notifierContractChecks: ContractCheck<NotifierContext>[] = [
  declares((c: NotifierContext) => c.notifier) as ContractCheck<NotifierContext>,
  {
    name: "events, when declared, is a non-empty list of event names or '*'",
    async run({ notifier }) {
      if (notifier.events === undefined) return;
      expectThat(Array.isArray(notifier.events) && notifier.events.length > 0, `events must be a non-empty array (omit it for the default events), got ${JSON.stringify(notifier.events)}`);
      const bad = notifier.events.filter((event) => typeof event !== 'string' || !/^(?:\*|[a-z][a-z0-9_-]*(?:\.[a-z][a-z0-9_-]*)+|error)$/.test(event));
      expectThat(bad.length === 0, `events must be names such as "batch.loaded" or '*', got ${JSON.stringify(bad)}`);
    },
  },
  {
    name: 'notify resolves for informational and needs-review notifications, and flush waits for delivery',
    async run({ notifier, options }) {
      for (const notification of sampleNotifications) await notifier.notify(notification);
      await notifier.flush?.();
      await options.verifyDelivered?.(sampleNotifications);
      await notifier.close?.();
    },
  },
];

export async function checkNotifierContract(options: NotifierContractOptions) {
  return runContractChecks(notifierContractChecks, { notifier: await options.create(), options });
}

/** Registers the notifier contract as vitest tests. */
export function describeNotifierContract(name: string, options: NotifierContractOptions): Promise<void> {
  return registerWithVitest(`NotifierV1 contract: ${name}`, notifierContractChecks, async () => ({ notifier: await options.create(), options }));
}

// --- Conflict strategy ------------------------------------------------------------------------

export interface ConflictStrategyContractOptions {
  create: () => ConflictStrategyV1 | Promise<ConflictStrategyV1>;
  /** Pairs the strategy must flag. */
  duplicates?: Array<[string, string]>;
  /** Pairs it must not flag. */
  distinct?: Array<[string, string]>;
}

interface ConflictContext {
  strategy: ConflictStrategyV1;
  options: ConflictStrategyContractOptions;
}

export const conflictStrategyContractChecks: ContractCheck<ConflictContext>[] = [
  declares((c: ConflictContext) => c.strategy) as ContractCheck<ConflictContext>,
  {
    name: 'a name is identical to itself and similarity is symmetric, within 0..1, with a reason',
    async run({ strategy }) {
      const self = strategy.compare('VESSEL_NAME', 'VESSEL_NAME');
      expectThat(self.similarity === 1, `compare(x, x) must have similarity 1, got ${self.similarity}`);
      for (const [a, b] of [['FLAG', 'FLAG_STATE'], ['PORT', 'IMO'], ['vesselName', 'VESSEL_NAME']] as const) {
        const ab = strategy.compare(a, b);
        const ba = strategy.compare(b, a);
        expectThat(Math.abs(ab.similarity - ba.similarity) < 1e-9, `compare must be symmetric: ${a}/${b} gave ${ab.similarity} but ${b}/${a} gave ${ba.similarity}`);
        expectThat(ab.similarity >= 0 && ab.similarity <= 1, `similarity must be within 0..1, got ${ab.similarity} for ${a}/${b}`);
        expectThat(typeof ab.reason === 'string' && ab.reason.length > 0, `every result needs a human-readable reason (${a}/${b} had none)`);
      }
    },
  },
  {
    name: 'flags the given duplicates, not the given distinct pairs, and ranks findConflicts best first',
    async run({ strategy, options }) {
      for (const [a, b] of options.duplicates ?? []) {
        expectThat(strategy.compare(a, b).conflict, `${a} / ${b} must be flagged as a conflict: ${strategy.compare(a, b).reason}`);
      }
      for (const [a, b] of options.distinct ?? []) {
        expectThat(!strategy.compare(a, b).conflict, `${a} / ${b} must not be flagged: ${strategy.compare(a, b).reason}`);
      }
      const matches = strategy.findConflicts('VESSEL_NAMES', ['PORT', 'VESSEL_NAME', 'VESSEL']);
      for (let i = 1; i < matches.length; i += 1) {
        expectThat(matches[i - 1]!.similarity >= matches[i]!.similarity, 'findConflicts must order matches by similarity, best first');
      }
    },
  },
];

export async function checkConflictStrategyContract(options: ConflictStrategyContractOptions) {
  return runContractChecks(conflictStrategyContractChecks, { strategy: await options.create(), options });
}

/** Registers the conflict-strategy contract as vitest tests. */
export function describeConflictStrategyContract(name: string, options: ConflictStrategyContractOptions): Promise<void> {
  return registerWithVitest(`ConflictStrategyV1 contract: ${name}`, conflictStrategyContractChecks, async () => ({ strategy: await options.create(), options }));
}

// --- LLM provider -----------------------------------------------------------------------------

export interface LlmProviderContractOptions {
  create: () => LlmProviderV1 | Promise<LlmProviderV1>;
}

interface LlmContext {
  provider: LlmProviderV1;
}

export const llmProviderContractChecks: ContractCheck<LlmContext>[] = [
  declares((c: LlmContext) => c.provider) as ContractCheck<LlmContext>,
  {
    name: 'complete returns text, the model and token usage',
    async run({ provider }) {
      expectThat(typeof provider.model === 'string' && provider.model.length > 0, 'model must be a non-empty string');
      const completion = await provider.complete({ messages: [{ role: 'system', content: 'Answer briefly.' }, { role: 'user', content: 'How many vessels are there?' }], maxTokens: 64 });
      expectThat(typeof completion.text === 'string', 'completion.text must be a string');
      expectThat(typeof completion.model === 'string' && completion.model.length > 0, 'completion.model must name the model that answered');
      expectThat(Number.isFinite(completion.usage?.inputTokens) && completion.usage.inputTokens >= 0, 'usage.inputTokens must be a non-negative number');
      expectThat(Number.isFinite(completion.usage?.outputTokens) && completion.usage.outputTokens >= 0, 'usage.outputTokens must be a non-negative number');
    },
  },
];

export async function checkLlmProviderContract(options: LlmProviderContractOptions) {
  return runContractChecks(llmProviderContractChecks, { provider: await options.create() });
}

/** Registers the LLM-provider contract as vitest tests. */
export function describeLlmProviderContract(name: string, options: LlmProviderContractOptions): Promise<void> {
  return registerWithVitest(`LlmProviderV1 contract: ${name}`, llmProviderContractChecks, async () => ({ provider: await options.create() }));
}
