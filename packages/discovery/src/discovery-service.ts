import { Cron } from 'croner';
import {
  commitSchemaVersion,
  faultPoint,
  ErrorCodes,
  LivingSchemaError,
  Tokens,
  describeError,
  hookFailed,
  type ConflictStrategyV1,
  type DiscoveryStrategyV1,
  type LivingSchema,
  type LlmProviderV1,
  type LoadedBatchInfo,
  type PluginContext,
  type ResolvedConfig,
  isSensitiveColumn,
  relationshipName,
  type RelationshipEntry,
  type SchemaChangeCause,
  type SchemaSnapshot,
  type SinkSqlRunner,
  type SinkV1,
} from '@living-schema/core';
import { updateSeenAgain, type SeenAgain } from './catalog-entry-updates.js';
import { batchesNamed, gatherCandidates, mergeExamples, type BatchScope, type RunCandidate } from './discovery-batches.js';
import { getConflict, listConflicts, toConflictRecord, type ConflictRecord } from './discovery-conflict-records.js';
import { levenshteinConflicts } from './discovery-conflicts.js';
import { templateDescription, writeDescription, type DescriptionSubject } from './discovery-descriptions.js';
import { normalizedNameOf } from './discovery-names.js';
import type { ResolvedDiscoveryOptions } from './discovery-options.js';
import { annotationLabels, recordColumns } from './discovery-strategies.js';
import { discoverRelationships } from './relationship-discovery.js';
import { KeyStatistics } from './relationship-key-stats.js';
import { reviewRelationship, type RelationshipDecision } from './relationship-review.js';
import { editDescription, type DescriptionEdit, type DescriptionTarget } from './description-edit.js';
import { acceptDescriptionSuggestion, listDescriptionSuggestions, type DescriptionSuggestion } from './description-suggestions.js';

/** What a new or updated catalog entry is called. */
export interface CatalogEntryRef {
  id: number;
  subject: 'entity_type' | 'field';
  dataset: string | null;
  name: string;
  originalName: string;
  status: 'active' | 'pending_review';
  occurrenceCount: number;
}

/** The outcome of one discovery run (a batch or several loaded together, or a full reconciliation). */
export interface DiscoveryRunResult {
  mode: 'incremental' | 'full';
  /** The run's first batch (null for a full run). */
  batchId: string | null;
  /** Every batch the run covered, in load order (empty for a full run). */
  batchIds: string[];
  /** Entries created by this run. */
  added: CatalogEntryRef[];
  /** Existing entries whose counts, examples or type were updated. */
  updated: number;
  /** Fields whose type changed (widened by a load, or repaired by reconciliation). */
  retyped: Array<{ dataset: string; name: string; from: string; to: string }>;
  /** Conflicts this run found. */
  conflicts: ConflictRecord[];
  /** Relationships (join keys between datasets) this run suggested for the first time. */
  relationships: RelationshipEntry[];
  /** The schema version written, or null when the catalog's structure did not change. */
  version: number | null;
  durationMs: number;
}

export type ConflictResolution = { action: 'merge' } | { action: 'keep_separate' } | { action: 'rename'; newName: string };

export interface ResolutionResult {
  conflict: ConflictRecord;
  /** The schema version the resolution wrote (null if nothing structural changed). */
  version: number | null;
}

interface EntityRow {
  id: number;
  name: string;
  original_name: string;
  status: string;
  alias_of: number | null;
  occurrence_count: number;
  examples: string[] | null;
}

interface FieldRow extends EntityRow {
  dataset: string;
  data_type: string;
}

/** A run's scope: the batches of an incremental run (in load order), none for a full one. */
type DiscoveryScopeInternal = { mode: 'incremental'; batches: BatchScope[] } | { mode: 'full' };

/** A new catalog entry, what its description is written from, and the batch that brought it. */
interface Described {
  ref: CatalogEntryRef;
  subject: DescriptionSubject;
  batchId: string | null;
}

const json = (value: unknown) => JSON.stringify(value);
const pairKey = (subject: string, dataset: string | null, a: string, b: string) => `${subject}|${dataset ?? ''}|${[a, b].sort().join('|')}`;

/**
 * The discovery service of one engine: scans loaded batches (incremental) or everything (full
 * reconciliation), keeps `entity_types` / `field_definitions` current, flags near-duplicates in
 * `entity_conflicts`, writes descriptions, versions the schema and emits events. Get it with
 * {@link getDiscovery}.
 */
export class DiscoveryService {
  private queue: Promise<unknown> = Promise.resolve();
  private job: Cron | undefined;
  private defaultConflicts: ConflictStrategyV1 | undefined;
  /** Key columns' figures kept between batches (relationship-key-stats.ts). */
  private readonly keyStats = new KeyStatistics();

  constructor(
    private readonly context: PluginContext,
    private readonly options: ResolvedDiscoveryOptions,
  ) {}

  private get sink(): SinkV1 {
    return this.context.container.resolve(Tokens.Sink);
  }

  /** A discovery transaction: the key figures it learned hold only if it commits. */
  private async inTransaction(work: (tx: SinkSqlRunner) => Promise<void>): Promise<void> {
    try {
      await this.sink.writer.transaction(work);
      this.keyStats.commit();
    } catch (error) {
      this.keyStats.discard();
      throw error;
    }
  }

  private engine(): LivingSchema | undefined {
    return this.context.container.isRegistered('LivingSchema', true) ? this.context.container.resolve<LivingSchema>('LivingSchema') : undefined;
  }

  /** Strategies in use: the plugin's, else the engine config's `discovery`, else labels + columns. */
  strategies(): DiscoveryStrategyV1[] {
    if (this.options.strategies) return this.options.strategies;
    if (this.context.container.isRegistered(Tokens.DiscoveryStrategy, true)) return this.context.container.resolveAll(Tokens.DiscoveryStrategy);
    return [annotationLabels({ maxExamples: this.options.maxExamples }), recordColumns({ maxExamples: this.options.maxExamples })];
  }

  /** Conflict strategy in use: the plugin's, else the engine config's `conflicts`, else `levenshteinConflicts()`. */
  conflictStrategy(): ConflictStrategyV1 {
    if (this.options.conflicts) return this.options.conflicts;
    if (this.context.container.isRegistered(Tokens.ConflictStrategy, true)) return this.context.container.resolve(Tokens.ConflictStrategy);
    this.defaultConflicts ??= levenshteinConflicts();
    return this.defaultConflicts;
  }

  /**
   * Examples a description may quote (and so send to the LLM): none for a column the engine's
   * `sensitiveColumns` lists (`annotations.text` for entity types).
   */
  private describableExamples(subject: 'entity_type' | 'field', dataset: string | null, name: string, examples: string[]): string[] {
    const sensitive = this.context.container.isRegistered(Tokens.Config, true) ? (this.context.container.resolve<ResolvedConfig>(Tokens.Config).sensitiveColumns ?? []) : [];
    const [owners, column] = subject === 'field' ? [[dataset], name] : [['annotations'], 'text'];
    return isSensitiveColumn(sensitive, owners, column) ? [] : examples;
  }

  private llm(): LlmProviderV1 | undefined {
    if (this.options.llm) return this.options.llm;
    return this.context.container.isRegistered(Tokens.LlmProvider, true) ? this.context.container.resolve(Tokens.LlmProvider) : undefined;
  }

  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Resolves when no run or resolution is in progress. */
  async idle(): Promise<void> {
    await this.queue;
  }

  /** True while the engine starts (plugin initialize): the sink is open and the engine must not be re-entered. */
  private initializing = false;

  /** {@link catchUp}, from the plugin's initialize hook, while the engine is starting. */
  async catchUpOnStart(): Promise<{ missedBatches: number; version: number | null }> {
    // A read-only store answers reads as it stands; catching up would be a write.
    if (this.sink.readOnly) return { missedBatches: 0, version: null };
    this.initializing = true;
    try {
      return await this.catchUp();
    } finally {
      this.initializing = false;
    }
  }

  private async ready(): Promise<void> {
    if (this.initializing) return;
    const engine = this.engine();
    if (engine) await engine.start();
    else await this.sink.open();
  }

  /** Incremental discovery over one loaded batch. */
  onBatchLoaded(info: LoadedBatchInfo): Promise<DiscoveryRunResult> {
    return this.onBatchesLoaded([info]);
  }

  /**
   * Incremental discovery over batches loaded one after the other, in one pass: one transaction
   * and one version check for all of them (the plugin calls this after every load, with the
   * batches the engine settles together; see `afterBatchesLoaded`).
   */
  onBatchesLoaded(batches: ReadonlyArray<LoadedBatchInfo>): Promise<DiscoveryRunResult> {
    return this.exclusive(() => this.run({ mode: 'incremental', batches: [...batches] }));
  }

  /**
   * Repairs what a crash may have left: loaded batches discovery never saw (the process died
   * between a load's commit and its discovery) are covered by a full reconciliation, and a
   * catalog changed but not yet versioned gets its version. A no-op after a clean run.
   */
  catchUp(): Promise<{ missedBatches: number; version: number | null }> {
    return this.exclusive(async () => {
      await this.ready();
      const missed = await this.sink.reader.all<{ n: number }>(
        `SELECT count(*) AS n FROM ingest_batches b WHERE b.status = 'loaded' AND NOT EXISTS (SELECT 1 FROM discovery_batches d WHERE d.batch_id = b.batch_id)`,
      );
      const missedBatches = Number(missed[0]?.n ?? 0);
      if (missedBatches > 0) {
        const result = await this.run({ mode: 'full' });
        return { missedBatches, version: result.version };
      }
      const snapshot = await this.commit({ kind: 'reconciliation', reference: null, note: 'catalog changes left unversioned by an interrupted run' });
      return { missedBatches, version: snapshot?.version ?? null };
    });
  }

  /** Full reconciliation: recounts every entity type and field from the data and repairs drift. */
  reconcile(): Promise<DiscoveryRunResult> {
    return this.exclusive(async () => {
      await this.ready();
      return this.run({ mode: 'full' });
    });
  }

  /** Conflicts, oldest first: `pending` (default), `resolved` or `all`. */
  async conflicts(status: 'pending' | 'resolved' | 'all' = 'pending'): Promise<ConflictRecord[]> {
    await this.ready();
    return listConflicts(this.sink.reader, { status });
  }

  private async run(scope: DiscoveryScopeInternal): Promise<DiscoveryRunResult> {
    const startedAt = performance.now();
    const sink = this.sink;
    const batches = scope.mode === 'incremental' ? scope.batches : null;
    const candidates = await gatherCandidates(this.strategies(), sink, batches, this.options.maxExamples);
    const batchIds = (batches ?? []).map((b) => b.batchId);
    const result: DiscoveryRunResult = { mode: scope.mode, batchId: batchIds[0] ?? null, batchIds, added: [], updated: 0, retyped: [], conflicts: [], relationships: [], version: null, durationMs: 0 };
    const cause: SchemaChangeCause = batches
      ? { kind: 'batch', reference: batchIds.at(-1) ?? null, note: `discovery after ${batchesNamed(batches)}` }
      : { kind: 'reconciliation', reference: null, note: 'full reconciliation' };
    if (candidates.length === 0 && batches) {
      await markDiscovered(sink.writer, scope);
      // Nothing to discover, but the load itself may have changed the catalog (a new dataset
      // whose rows were all quarantined): version it with its batch now, not as "left
      // unversioned" at the next start. A no-op when the catalog is unchanged.
      const snapshot = await this.commit(cause);
      result.version = snapshot?.version ?? null;
      result.durationMs = performance.now() - startedAt;
      return result;
    }
    const originals = new Map((batches ?? []).flatMap((b) => b.columnChanges ?? []).map((c) => [`${c.dataset}\u0000${c.column}`, c.originalName]));
    const described: Described[] = [];

    await this.inTransaction(async (tx) => {
      const keepSeparate = new Set(
        (await tx.all<{ subject: string; dataset: string | null; candidate_name: string; existing_name: string }>(
          `SELECT subject, dataset, candidate_name, existing_name FROM entity_conflicts WHERE resolution = 'keep_separate'`,
        )).map((r) => pairKey(r.subject, r.dataset, r.candidate_name, r.existing_name)),
      );
      const entities = await tx.all<EntityRow>(`SELECT id, name, original_name, status, alias_of, occurrence_count, examples FROM entity_types ORDER BY id`);
      // Fields are compared within their dataset: only the datasets this run saw are read.
      const seenDatasets = [...new Set(candidates.flatMap((c) => (c.subject === 'field' && c.dataset ? [c.dataset] : [])))];
      const fields = seenDatasets.length
        ? await tx.all<FieldRow>(
            `SELECT id, dataset, name, original_name, data_type, status, alias_of, occurrence_count, examples FROM field_definitions WHERE list_contains($1::JSON::VARCHAR[], dataset) ORDER BY id`,
            [json(seenDatasets)],
          )
        : [];

      const entityCandidates = candidates.filter((c) => c.subject === 'entity_type').sort((a, b) => a.name.localeCompare(b.name));
      await this.apply(tx, 'entity_type', null, entityCandidates, entities, keepSeparate, scope, result, described, originals);
      const byDataset = new Map<string, RunCandidate[]>();
      for (const c of candidates) if (c.subject === 'field' && c.dataset) byDataset.set(c.dataset, [...(byDataset.get(c.dataset) ?? []), c]);
      for (const [dataset, list] of [...byDataset].sort(([a], [b]) => a.localeCompare(b))) {
        list.sort((a, b) => a.name.localeCompare(b.name));
        await this.apply(tx, 'field', dataset, list, fields.filter((f) => f.dataset === dataset), keepSeparate, scope, result, described, originals);
      }
      if (this.options.relationships) result.relationships = await this.relate(tx, batches);
      await markDiscovered(tx, scope);
      if (scope.mode === 'full') {
        // Drift repair: names no longer in the data count zero.
        const seen = new Set(candidates.filter((c) => c.subject === 'entity_type').map((c) => c.name));
        for (const e of entities) {
          if (!seen.has(e.original_name) && !seen.has(e.name) && Number(e.occurrence_count) !== 0) {
            await tx.run(`UPDATE entity_types SET occurrence_count = 0, updated_at = now() WHERE id = $1`, [e.id]);
            result.updated += 1;
          }
        }
      }
    });

    await this.describe(described);
    for (const { ref, subject, batchId } of described) {
      if (ref.subject === 'entity_type') {
        this.context.events.emit('entity.discovered', { id: ref.id, name: ref.name, status: ref.status, occurrenceCount: ref.occurrenceCount, examples: subject.examples, batchId });
      } else {
        this.context.events.emit('field.discovered', { id: ref.id, dataset: ref.dataset ?? '', name: ref.name, dataType: subject.dataType ?? 'VARCHAR', status: ref.status, batchId });
      }
    }
    for (const conflict of result.conflicts) {
      this.context.events.emit('conflict.detected', {
        conflictId: conflict.id,
        candidate: conflict.candidateName,
        existing: conflict.existingName,
        subject: conflict.subject,
        similarity: conflict.similarity,
        reason: conflict.reason,
      });
    }
    faultPoint('discovery.before-version');
    const snapshot = await this.commit(cause);
    result.version = snapshot?.version ?? null;
    result.durationMs = performance.now() - startedAt;
    return result;
  }

  /**
   * Relationships in the run's transaction: every pair on a full run; on an incremental one, the
   * pairs of each dataset whose record batches the run covers (that dataset's batches measured
   * together).
   */
  private async relate(tx: SinkSqlRunner, batches: BatchScope[] | null): Promise<RelationshipEntry[]> {
    if (!batches) return (await discoverRelationships(tx, { mode: 'full' }, this.keyStats)).suggested;
    const byDataset = new Map<string, string[]>();
    for (const b of batches) if (b.kind === 'records') byDataset.set(b.dataset, [...(byDataset.get(b.dataset) ?? []), b.batchId]);
    const suggested: RelationshipEntry[] = [];
    for (const [dataset, batchIds] of byDataset) suggested.push(...(await discoverRelationships(tx, { mode: 'incremental', batchIds, dataset }, this.keyStats)).suggested);
    return suggested;
  }

  private async apply(
    tx: SinkSqlRunner,
    subject: 'entity_type' | 'field',
    dataset: string | null,
    candidates: RunCandidate[],
    rows: EntityRow[] | FieldRow[],
    keepSeparate: Set<string>,
    scope: DiscoveryScopeInternal,
    result: DiscoveryRunResult,
    described: Described[],
    originals: Map<string, string>,
  ): Promise<void> {
    const table = subject === 'entity_type' ? 'entity_types' : 'field_definitions';
    const byOriginal = new Map<string, EntityRow>();
    const byName = new Map<string, EntityRow>();
    for (const row of rows as EntityRow[]) {
      byOriginal.set(row.original_name, row);
      byName.set(row.name, row);
    }
    const byId = new Map((rows as EntityRow[]).map((r) => [Number(r.id), r]));
    const comparable: EntityRow[] = (rows as EntityRow[]).filter((r) => r.status !== 'deprecated');
    const strategy = this.conflictStrategy();
    // One list per run that only grows: strategies may index it once (levenshteinConflicts does).
    const comparableNames = comparable.map((r) => r.name);

    const seenAgain: SeenAgain[] = [];
    for (const c of candidates) {
      // Annotations keep the label they were written with; a renamed entry is found by its original name.
      const row = subject === 'entity_type' ? (byOriginal.get(c.name) ?? byName.get(c.name)) : byName.get(c.name);
      if (row) {
        const examples = scope.mode === 'full' ? c.examples.slice(0, this.options.maxExamples) : mergeExamples(row.examples ?? [], c.examples, this.options.maxExamples);
        const retyped = subject === 'field' && c.dataType && (row as FieldRow).data_type !== c.dataType ? c.dataType : null;
        if (retyped) result.retyped.push({ dataset: dataset ?? '', name: c.name, from: (row as FieldRow).data_type, to: retyped });
        seenAgain.push({ id: Number(row.id), occurrenceCount: c.occurrenceCount, firstSeen: c.firstSeen ?? null, lastSeen: c.lastSeen ?? null, examples, dataType: retyped });
        result.updated += 1;
        continue;
      }
      // A name a batch only took away (its spans superseded) is not new: nothing to catalogue.
      if (c.occurrenceCount <= 0) continue;

      const [{ id } = { id: 0 }] = await tx.all<{ id: number }>(`SELECT nextval('catalog_id_seq') AS id`);
      const matches = strategy.findConflicts(c.name, comparableNames);
      const chosen: Array<{ existing: EntityRow; similarity: number; reason: string }> = [];
      const chosenIds = new Set<number>();
      for (const match of matches) {
        const matched = byName.get(match.existing);
        if (!matched) continue;
        const canonical = matched.alias_of !== null && matched.alias_of !== undefined ? (byId.get(Number(matched.alias_of)) ?? matched) : matched;
        if (keepSeparate.has(pairKey(subject, dataset, c.name, matched.name)) || keepSeparate.has(pairKey(subject, dataset, c.name, canonical.name))) continue;
        if (chosenIds.has(Number(canonical.id))) continue;
        chosenIds.add(Number(canonical.id));
        chosen.push({ existing: canonical, similarity: match.similarity, reason: canonical === matched ? match.reason : `${match.reason}; "${matched.name}" is an alias of "${canonical.name}"` });
        if (chosen.length >= this.options.maxConflictsPerName) break;
      }
      const status = chosen.length > 0 ? 'pending_review' : 'active';
      const originalName = subject === 'field' ? (originals.get(`${dataset}\u0000${c.name}`) ?? c.originalName) : c.originalName;
      const descriptionSubject: DescriptionSubject = { subject, name: c.name, originalName, dataset, dataType: c.dataType, examples: this.describableExamples(subject, dataset, c.name, c.examples) };
      const examples = json(c.examples.slice(0, this.options.maxExamples));
      if (subject === 'entity_type') {
        await tx.run(
          `INSERT INTO entity_types (id, name, normalized_name, original_name, description, description_source, status, alias_of, occurrence_count, first_seen, last_seen, examples, created_at, updated_at)
           VALUES ($1, $2, $3, $4, $5, 'template', $6, NULL, $7, $8::TIMESTAMPTZ, $9::TIMESTAMPTZ, $10::JSON::VARCHAR[], now(), now())`,
          [id, c.name, normalizedNameOf(originalName), originalName, templateDescription(descriptionSubject), status, c.occurrenceCount, c.firstSeen, c.lastSeen, examples],
        );
      } else {
        await tx.run(
          `INSERT INTO field_definitions (id, dataset, name, normalized_name, original_name, data_type, description, description_source, status, alias_of, occurrence_count, first_seen, last_seen, examples, created_at, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, 'template', $8, NULL, $9, $10::TIMESTAMPTZ, $11::TIMESTAMPTZ, $12::JSON::VARCHAR[], now(), now())`,
          [id, dataset, c.name, normalizedNameOf(originalName), originalName, c.dataType ?? 'VARCHAR', templateDescription(descriptionSubject), status, c.occurrenceCount, c.firstSeen, c.lastSeen, examples],
        );
      }
      const ref: CatalogEntryRef = { id: Number(id), subject, dataset, name: c.name, originalName, status, occurrenceCount: c.occurrenceCount };
      result.added.push(ref);
      described.push({ ref, subject: descriptionSubject, batchId: c.batchId });
      for (const conflict of chosen) {
        const [inserted] = await tx.all<Record<string, unknown>>(
          `INSERT INTO entity_conflicts (id, subject, dataset, candidate_name, existing_name, candidate_id, existing_id, similarity, reason, status, detected_at)
           VALUES (nextval('entity_conflict_id_seq'), $1, $2, $3, $4, $5, $6, $7, $8, 'pending', now())
           RETURNING *`,
          [subject, dataset, c.name, conflict.existing.name, id, conflict.existing.id, conflict.similarity, conflict.reason],
        );
        if (inserted) result.conflicts.push(toConflictRecord(inserted));
      }
      // Later names of the same run are compared with this one too.
      const newRow = { id: Number(id), name: c.name, original_name: originalName, status, alias_of: null, occurrence_count: c.occurrenceCount, examples: c.examples } as EntityRow;
      comparable.push(newRow);
      comparableNames.push(c.name);
      byName.set(c.name, newRow);
      byOriginal.set(originalName, newRow);
      byId.set(Number(id), newRow);
    }
    await updateSeenAgain(tx, table, scope.mode, seenAgain);
  }

  /** LLM descriptions for new entries; the template written at insert stays when there is no LLM or it fails. */
  private async describe(items: Described[]): Promise<void> {
    const llm = this.llm();
    if (!llm || llm.writesText === false || items.length === 0) return;
    const results: Array<{ ref: CatalogEntryRef; text: string; source: string; prompt: string | null; response: string | null; model: string | null; error?: string }> = [];
    let next = 0;
    const worker = async () => {
      while (next < items.length) {
        const item = items[next++]!;
        const written = await writeDescription(item.subject, llm, this.options.descriptionTimeoutMs);
        if (written.error) {
          this.context.events.emit('error', { error: hookFailed('discovery', `describe(${item.ref.name})`, new Error(written.error)), during: 'discovery.describe' });
        }
        results.push({ ref: item.ref, ...written });
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.options.descriptionConcurrency, items.length) }, worker));
    await this.sink.writer.transaction(async (tx) => {
      for (const r of results) {
        const table = r.ref.subject === 'entity_type' ? 'entity_types' : 'field_definitions';
        // A suggestion (the default) stays in catalog_descriptions until a person accepts it.
        if (this.options.llmDescriptions === 'apply') {
          await tx.run(`UPDATE ${table} SET description = $2, description_source = $3, updated_at = now() WHERE id = $1 AND description_source = 'template'`, [r.ref.id, r.text, r.source]);
        }
        await tx.run(`INSERT INTO catalog_descriptions (subject, catalog_id, description, source, prompt, response, model, error, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now())`, [r.ref.subject, r.ref.id, r.text, r.source, r.prompt, r.response, r.model, r.error ?? null]);
      }
    });
  }

  /** Writes a schema version and emits `schema.versioned` on the engine's bus. */
  private commit(cause: SchemaChangeCause): Promise<SchemaSnapshot | null> {
    return commitSchemaVersion(this.sink, this.context.events, cause);
  }

  /**
   * Resolves a pending conflict. `merge` makes the candidate an alias of the existing name
   * (status `merged`, `alias_of` set: `entity_aliases` and `annotations_resolved` then count both
   * as one); `keep_separate` approves the candidate and never flags that pair again; `rename`
   * gives the candidate entity type a new name (annotations keep their label and resolve to it).
   * Each writes a schema version (cause `resolution`) and emits `conflict.resolved`.
   */
  resolveConflict(id: number, resolution: ConflictResolution, options: { by?: string } = {}): Promise<ResolutionResult> {
    return this.exclusive(async () => {
      await this.ready();
      const sink = this.sink;
      const outcome = await sink.writer.transaction(async (tx) => {
        const conflict = await getConflict(tx, id);
        if (!conflict) {
          throw new LivingSchemaError({ code: ErrorCodes.NOT_FOUND, message: `Conflict ${id} does not exist. List pending conflicts with \`living-schema conflicts\`.`, details: { conflictId: id } });
        }
        if (conflict.status !== 'pending') {
          throw new LivingSchemaError({
            code: ErrorCodes.CONFLICT_ALREADY_RESOLVED,
            message: `Conflict ${id} (${conflict.candidateName} ~ ${conflict.existingName}) was already resolved as ${conflict.resolution}${conflict.resolvedAt ? ` at ${conflict.resolvedAt}` : ''}.`,
            details: { conflictId: id, resolution: conflict.resolution },
          });
        }
        const table = conflict.subject === 'entity_type' ? 'entity_types' : 'field_definitions';
        if (conflict.candidateId === null || conflict.existingId === null) {
          throw new LivingSchemaError({ code: ErrorCodes.CONFLICT_RESOLUTION_INVALID, message: `Conflict ${id} does not name both catalog entries; resolve it by editing the catalog.`, details: { conflictId: id } });
        }
        let resolvedName: string | null = null;
        let note: string;
        if (resolution.action === 'merge') {
          const [existing] = await tx.all<{ id: number; name: string; alias_of: number | null }>(`SELECT id, name, alias_of FROM ${table} WHERE id = $1`, [conflict.existingId]);
          const canonicalId = existing?.alias_of ?? conflict.existingId;
          if (canonicalId === conflict.candidateId) {
            throw new LivingSchemaError({ code: ErrorCodes.CONFLICT_RESOLUTION_INVALID, message: `Conflict ${id}: "${conflict.existingName}" is already an alias of "${conflict.candidateName}"; keep them separate or merge the other way.`, details: { conflictId: id } });
          }
          await tx.run(`UPDATE ${table} SET status = 'merged', alias_of = $2, updated_at = now() WHERE id = $1`, [conflict.candidateId, canonicalId]);
          // Whatever pointed at the candidate now points at the canonical entry: aliases stay one level deep.
          await tx.run(`UPDATE ${table} SET alias_of = $2, updated_at = now() WHERE alias_of = $1`, [conflict.candidateId, canonicalId]);
          await tx.run(
            `UPDATE entity_conflicts SET status = 'resolved', resolution = 'superseded', resolved_at = now(), resolved_by = $2 WHERE candidate_id = $1 AND subject = $3 AND status = 'pending' AND id <> $4`,
            [conflict.candidateId, options.by ?? null, conflict.subject, id],
          );
          const [canonical] = await tx.all<{ name: string }>(`SELECT name FROM ${table} WHERE id = $1`, [canonicalId]);
          resolvedName = canonical?.name ?? conflict.existingName;
          note = `merged ${conflict.candidateName} into ${resolvedName}`;
        } else if (resolution.action === 'keep_separate') {
          note = `kept ${conflict.candidateName} separate from ${conflict.existingName}`;
        } else {
          const newName = resolution.newName.trim();
          if (conflict.subject === 'field') {
            throw new LivingSchemaError({
              code: ErrorCodes.CONFLICT_RESOLUTION_INVALID,
              message: `Conflict ${id} is about column ${conflict.dataset}.${conflict.candidateName}: a column is renamed at its source (rename the header and re-ingest); here, merge it or keep it separate.`,
              details: { conflictId: id, subject: conflict.subject },
            });
          }
          if (!newName) throw new LivingSchemaError({ code: ErrorCodes.CONFLICT_RESOLUTION_INVALID, message: `Conflict ${id}: the new name is empty.`, details: { conflictId: id } });
          const taken = await tx.all<{ id: number }>(`SELECT id FROM entity_types WHERE (name = $1 OR original_name = $1) AND id <> $2`, [newName, conflict.candidateId]);
          if (taken.length > 0) {
            throw new LivingSchemaError({
              code: ErrorCodes.CONFLICT_RESOLUTION_INVALID,
              message: `Conflict ${id}: the name "${newName}" is already in the catalog. To fold ${conflict.candidateName} into it, resolve with --merge instead.`,
              details: { conflictId: id, newName },
            });
          }
          await tx.run(`UPDATE entity_types SET name = $2, normalized_name = $3, updated_at = now() WHERE id = $1`, [conflict.candidateId, newName, normalizedNameOf(newName)]);
          resolvedName = newName;
          note = `renamed ${conflict.candidateName} to ${newName}`;
        }
        await tx.run(`UPDATE entity_conflicts SET status = 'resolved', resolution = $2, resolved_name = $3, resolved_at = now(), resolved_by = $4 WHERE id = $1`, [
          id,
          resolution.action,
          resolvedName,
          options.by ?? null,
        ]);
        if (resolution.action !== 'merge') {
          // The candidate is approved once no other conflict of it waits for review.
          const open = await tx.all<{ n: number }>(`SELECT count(*) AS n FROM entity_conflicts WHERE candidate_id = $1 AND subject = $2 AND status = 'pending'`, [conflict.candidateId, conflict.subject]);
          if (Number(open[0]?.n ?? 0) === 0) await tx.run(`UPDATE ${table} SET status = 'active', updated_at = now() WHERE id = $1 AND status = 'pending_review'`, [conflict.candidateId]);
        }
        return { conflict: (await getConflict(tx, id))!, note, resolvedName };
      });
      const snapshot = await this.commit({ kind: 'resolution', reference: `conflict:${id}`, note: outcome.note });
      this.context.events.emit('conflict.resolved', {
        conflictId: id,
        resolution: resolution.action,
        candidate: outcome.conflict.candidateName,
        existing: outcome.conflict.existingName,
        ...(resolution.action === 'rename' ? { newName: outcome.resolvedName ?? undefined } : {}),
      });
      return { conflict: outcome.conflict, version: snapshot?.version ?? null };
    });
  }

  /** Relationships between datasets, oldest first; `status` narrows to one review state. */
  async relationships(status?: RelationshipEntry['status']): Promise<RelationshipEntry[]> {
    await this.ready();
    const all = (await this.sink.catalog.read()).relationships;
    return status ? all.filter((r) => r.status === status) : all;
  }

  /**
   * A reviewer confirms or rejects a relationship (a rejected one is never suggested again).
   * Writes a schema version (cause `resolution`, reference `relationship:<id>`) when the status
   * changed.
   *
   * @example
   * await getDiscovery(ls).reviewRelationship(3, 'confirm', { by: 'ana' });
   */
  reviewRelationship(id: number, decision: RelationshipDecision, options: { by?: string } = {}): Promise<{ relationship: RelationshipEntry; version: number | null }> {
    return this.exclusive(async () => {
      await this.ready();
      const review = await this.sink.writer.transaction((tx) => reviewRelationship(tx, id, decision, options.by ?? null));
      const relationship = (await this.sink.catalog.read()).relationships.find((r) => r.id === id)!;
      if (!review.changed) return { relationship, version: null };
      const snapshot = await this.commit({ kind: 'resolution', reference: `relationship:${id}`, note: `${review.status} ${relationshipName(relationship)}` });
      return { relationship, version: snapshot?.version ?? null };
    });
  }

  /**
   * A person's description of a field or entity type: it replaces the template or LLM text, no
   * later LLM run overwrites it, and it writes a schema version (cause `manual`, reference
   * `description:<subject>:<id>`).
   *
   * @example
   * await getDiscovery(ls).editDescription({ subject: 'field', dataset: 'loans', name: 'status' }, 'L = late, R = returned', { by: 'ana' });
   */
  editDescription(target: DescriptionTarget, text: string, options: { by?: string } = {}): Promise<DescriptionEdit & { version: number | null }> {
    return this.exclusive(async () => {
      await this.ready();
      const edit = await this.sink.writer.transaction((tx) => editDescription(tx, target, text, options.by ?? null));
      const label = target.subject === 'field' ? `${target.dataset}.${target.name}` : target.name;
      const snapshot = await this.commit({ kind: 'manual', reference: `description:${edit.subject}:${edit.id}`, note: `description of ${label} edited${options.by ? ` by ${options.by}` : ''}` });
      return { ...edit, version: snapshot?.version ?? null };
    });
  }

  /** LLM-written descriptions waiting for a person to accept them (option `llmDescriptions: 'suggest'`). */
  async descriptionSuggestions(): Promise<DescriptionSuggestion[]> {
    await this.ready();
    return listDescriptionSuggestions(this.sink.reader);
  }

  /**
   * Puts the pending LLM suggestion of a field or entity type in force; writes a schema version
   * (cause `manual`, reference `description:<subject>:<id>`).
   *
   * @example
   * await getDiscovery(ls).acceptDescription({ subject: 'entity_type', name: 'FLAG' });
   */
  acceptDescription(target: DescriptionTarget, options: { by?: string } = {}): Promise<DescriptionSuggestion & { version: number | null }> {
    return this.exclusive(async () => {
      await this.ready();
      const accepted = await this.sink.writer.transaction((tx) => acceptDescriptionSuggestion(tx, target));
      const note = `suggested description of ${accepted.target} accepted${options.by ? ` by ${options.by}` : ''}`;
      const snapshot = await this.commit({ kind: 'manual', reference: `description:${accepted.subject}:${accepted.id}`, note });
      return { ...accepted, version: snapshot?.version ?? null };
    });
  }

  /**
   * Starts the full reconciliation on a cron schedule (croner; the plugin's `schedule`, hourly by
   * default). A run never overlaps the previous one. Returns the next run time.
   */
  startSchedule(pattern: string = this.options.schedule): Date | null {
    if (this.job) return this.job.nextRun();
    this.job = new Cron(pattern, { protect: true, catch: (error: unknown) => this.reportScheduleError(error) }, async () => {
      await this.reconcile().catch((error) => this.reportScheduleError(error));
    });
    return this.job.nextRun();
  }

  /** Stops the reconciliation schedule. */
  stopSchedule(): void {
    this.job?.stop();
    this.job = undefined;
  }

  /** When the scheduled reconciliation runs next, or null when no schedule runs. */
  nextScheduledRun(): Date | null {
    return this.job?.nextRun() ?? null;
  }

  private reportScheduleError(error: unknown): void {
    this.context.events.emit('error', { error: hookFailed('discovery', 'scheduled reconciliation', error), during: `discovery schedule: ${describeError(error)}` });
  }
}

/** Records that discovery covered the run's batches (incremental) or every loaded batch (full), in the caller's transaction. */
async function markDiscovered(runner: { run(sql: string, params?: unknown[]): Promise<number> }, scope: DiscoveryScopeInternal): Promise<void> {
  if (scope.mode === 'full') {
    await runner.run(
      `INSERT INTO discovery_batches SELECT batch_id, 'full', now() FROM ingest_batches WHERE status = 'loaded' ON CONFLICT (batch_id) DO NOTHING`,
    );
  } else if (scope.batches.length > 0) {
    // Not ON CONFLICT DO NOTHING: DuckDB's upsert costs several times a filtered insert, once per upload.
    const ids = [...new Set(scope.batches.map((b) => b.batchId))];
    const rows = ids.map((_, i) => `($${i + 1})`).join(', ');
    await runner.run(
      `INSERT INTO discovery_batches SELECT v.batch_id, 'incremental', now() FROM (VALUES ${rows}) v(batch_id)
       WHERE NOT EXISTS (SELECT 1 FROM discovery_batches d WHERE d.batch_id = v.batch_id)`,
      ids,
    );
  }
}
