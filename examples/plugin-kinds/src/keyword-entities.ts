// examples/plugin-kinds/src/keyword-entities.ts
import { z } from 'zod';
import { parsePluginOptions, type DiscoveryCandidate, type DiscoveryScope, type DiscoveryStrategyV1, type SinkV1 } from '@living-schema/core';

export const keywordEntitiesOptionsSchema = z.object({
  /** Entity type name -> a word whose presence in a page's text is one occurrence. */
  keywords: z.record(z.string().min(1), z.string().min(1)),
}).strict();

/** Entity types from words in document text: `{ SANCTION: 'sanctioned' }` counts pages saying it. */
export function keywordEntities(options: z.input<typeof keywordEntitiesOptionsSchema>): DiscoveryStrategyV1 {
  const { keywords } = parsePluginOptions('keyword-entities', keywordEntitiesOptionsSchema, options);
  return {
    specificationVersion: 'v1',
    name: 'keyword-entities',
    kinds: ['documents'],
    async discover(sink: SinkV1, scope: DiscoveryScope): Promise<DiscoveryCandidate[]> {
      if (scope.kind && scope.kind !== 'documents') return [];
      const candidates: DiscoveryCandidate[] = [];
      for (const [name, word] of Object.entries(keywords)) {
        // Incremental runs count the one batch; a full reconciliation counts everything.
        const [row] = await sink.reader.all<{ n: bigint; first: bigint | null; last: bigint | null }>(
          `SELECT count(*) AS n, epoch_ms(min(ingested_at)) AS first, epoch_ms(max(ingested_at)) AS last FROM raw_documents
           WHERE text ILIKE '%' || $1 || '%'${scope.batchId ? ' AND batch_id = $2' : ''}`,
          scope.batchId ? [word, scope.batchId] : [word],
        );
        if (!row || Number(row.n) === 0) continue;
        candidates.push({
          subject: 'entity_type', dataset: null, name, originalName: name, dataType: null,
          occurrenceCount: Number(row.n),
          firstSeen: row.first === null ? null : new Date(Number(row.first)).toISOString(),
          lastSeen: row.last === null ? null : new Date(Number(row.last)).toISOString(),
          examples: [word],
        });
      }
      return candidates;
    },
  };
}
