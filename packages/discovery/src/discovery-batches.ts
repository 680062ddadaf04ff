import type { ColumnChange, DiscoveryCandidate, DiscoveryStrategyV1, LoadedBatchInfo, SinkV1 } from '@living-schema/core';

/** A loaded batch an incremental run covers. */
export type BatchScope = Pick<LoadedBatchInfo, 'batchId' | 'kind' | 'dataset'> & { columnChanges?: ColumnChange[] };

/** A candidate of a run, with the batch that first brought it (named by the events of new entries). */
export interface RunCandidate extends DiscoveryCandidate {
  batchId: string | null;
}

/**
 * Stage 1 of a run: what the strategies find. A full run asks each strategy once for everything;
 * an incremental run asks it once per batch of a kind it reads (a strategy knows one batch at a
 * time), and the candidates of several batches are merged into one per name, as the batches'
 * runs one after the other would have left the catalog.
 */
export async function gatherCandidates(strategies: DiscoveryStrategyV1[], sink: SinkV1, batches: BatchScope[] | null, maxExamples: number): Promise<RunCandidate[]> {
  if (batches === null) {
    const found: RunCandidate[] = [];
    for (const strategy of strategies) found.push(...(await strategy.discover(sink, {})).map((c) => ({ ...c, batchId: null })));
    return found;
  }
  const merged = new Map<string, RunCandidate>();
  for (const batch of batches) {
    for (const strategy of strategies) {
      if (!strategy.kinds.includes(batch.kind)) continue;
      for (const candidate of await strategy.discover(sink, { batchId: batch.batchId, kind: batch.kind, dataset: batch.dataset })) {
        const key = `${candidate.subject}\u0000${candidate.dataset ?? ''}\u0000${candidate.name}`;
        const earlier = merged.get(key);
        merged.set(key, earlier ? mergeCandidate(earlier, candidate, batch.batchId, maxExamples) : { ...candidate, batchId: batch.batchId });
      }
    }
  }
  return [...merged.values()];
}

/** One name seen by two batches: counts add up, the seen range widens, examples fill up to `max`. */
function mergeCandidate(earlier: RunCandidate, later: DiscoveryCandidate, laterBatch: string, max: number): RunCandidate {
  return {
    ...earlier,
    // The later batch's type is the table's type when both were read.
    dataType: later.dataType ?? earlier.dataType,
    occurrenceCount: earlier.occurrenceCount + later.occurrenceCount,
    firstSeen: earliest(earlier.firstSeen, later.firstSeen),
    lastSeen: latest(earlier.lastSeen, later.lastSeen),
    examples: mergeExamples(earlier.examples, later.examples, max),
    // A name the earlier batch only took away (a negative count) is brought by the later one.
    batchId: earlier.occurrenceCount > 0 ? earlier.batchId : laterBatch,
  };
}

const earliest = (a: string | null | undefined, b: string | null | undefined) => (!a ? (b ?? null) : !b ? a : a < b ? a : b);
const latest = (a: string | null | undefined, b: string | null | undefined) => (!a ? (b ?? null) : !b ? a : a > b ? a : b);

/** `existing` then the new ones of `incoming`, at most `max`. */
export function mergeExamples(existing: ReadonlyArray<string>, incoming: ReadonlyArray<string>, max: number): string[] {
  const out = [...existing];
  for (const e of incoming) if (out.length < max && !out.includes(e)) out.push(e);
  return out.slice(0, max);
}

/** How a run's batches are named in its version's cause: the one id, or the count and the ids. */
export function batchesNamed(batches: BatchScope[]): string {
  return batches.length === 1 ? `batch ${batches[0]!.batchId}` : `${batches.length} batches: ${batches.map((b) => b.batchId).join(', ')}`;
}
