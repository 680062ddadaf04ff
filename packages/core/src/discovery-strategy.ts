import type { BatchKind } from './batch.js';
import type { SinkV1 } from './sink.js';

/** A name found in the data, with how often and when it was seen. */
export interface DiscoveryCandidate {
  subject: 'entity_type' | 'field';
  /** Record dataset of a field; null for entity types. */
  dataset: string | null;
  name: string;
  originalName: string;
  /** DuckDB type of a field; null for entity types. */
  dataType: string | null;
  /**
   * Occurrences in the scope. For one batch (`scope.batchId`) it is the batch's net change: spans
   * the batch superseded (see `Batch.replacesDocuments`) count against their label, so it can be
   * negative, also for a name the batch only took away.
   */
  occurrenceCount: number;
  firstSeen: string | null;
  lastSeen: string | null;
  examples: string[];
}

export interface DiscoveryScope {
  /** Only this batch (incremental) or everything (full reconciliation). */
  batchId?: string;
  kind?: BatchKind;
  dataset?: string;
}

/** Finds candidate entity types or fields in loaded data. */
export interface DiscoveryStrategyV1 {
  readonly specificationVersion: 'v1';
  readonly name: string;
  readonly kinds: ReadonlyArray<BatchKind>;
  discover(sink: SinkV1, scope: DiscoveryScope): Promise<DiscoveryCandidate[]>;
}
