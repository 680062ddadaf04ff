import type { InjectionToken } from 'tsyringe';
import type { ConflictStrategyV1 } from './conflict-strategy.js';
import type { DiscoveryStrategyV1 } from './discovery-strategy.js';
import type { LivingSchemaEventBus } from './events.js';
import type { LlmProviderV1 } from './llm-provider.js';
import type { NotifierV1 } from './notifier.js';
import type { SinkV1 } from './sink.js';
import type { SourceV1 } from './source.js';
import type { StagingV1 } from './staging.js';
import type { ResolvedConfig } from './config.js';
import type { Clock } from './clock.js';

/**
 * Every injection token of Living Schema, in one place. Plugins resolve what they need from the
 * engine's child container with these, e.g. `container.resolve(Tokens.Sink)`.
 */
export const Tokens = {
  Config: Symbol.for('living-schema.config') as InjectionToken<ResolvedConfig>,
  Events: Symbol.for('living-schema.events') as InjectionToken<LivingSchemaEventBus>,
  Clock: Symbol.for('living-schema.clock') as InjectionToken<Clock>,
  Sink: Symbol.for('living-schema.sink') as InjectionToken<SinkV1>,
  Staging: Symbol.for('living-schema.staging') as InjectionToken<StagingV1>,
  Source: Symbol.for('living-schema.source') as InjectionToken<SourceV1>,
  DiscoveryStrategy: Symbol.for('living-schema.discovery-strategy') as InjectionToken<DiscoveryStrategyV1>,
  ConflictStrategy: Symbol.for('living-schema.conflict-strategy') as InjectionToken<ConflictStrategyV1>,
  LlmProvider: Symbol.for('living-schema.llm-provider') as InjectionToken<LlmProviderV1>,
  Notifier: Symbol.for('living-schema.notifier') as InjectionToken<NotifierV1>,
} as const;
