import { randomUUID } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { DependencyContainer } from 'tsyringe';
import type { Batch, StagedBatch } from './batch.js';
import { deriveBatchId } from './batch-id.js';
import { rootDependencyContainer } from './dependency-container.js';
import { displayUriOf, inDisplayTerms, recordedAs, shownAs, sourceFacing } from './display-uri.js';
import { diskFull, isDiskFull } from './disk-full.js';
import type { SchemaChangeCause, SchemaDiffEntry, SchemaSnapshot } from './catalog.js';
import { systemClock, type Clock } from './clock.js';
import { parseConfig, type LivingSchemaConfig, type ResolvedConfig } from './config.js';
import type { BatchOutcome, IngestOptions, IngestResult, InputFailure, LoadedBatchInfo } from './engine-types.js';
import { ErrorCodes, LivingSchemaError, describeError } from './errors.js';
import { LivingSchemaEventBus, type LivingSchemaEventName, type LivingSchemaEvents } from './events.js';
import { consoleNotifier } from './notifier-console.js';
import type { NotifierV1 } from './notifier.js';
import { connectNotifiers } from './notifier-dispatch.js';
import type { PluginContext } from './plugin.js';
import { PluginManager, hookFailed } from './plugin-manager.js';
import { diffCatalogs } from './schema-versioning.js';
import { commitSchemaVersion } from './schema-commit.js';
import { faultPoint } from './fault-points.js';
import { currentSchemaVersion, type QueryOptions, type QueryResult, type SinkV1 } from './sink.js';
import type { SourceInput, SourceReadContext, SourceV1 } from './source.js';
import { SourceWorkerPool } from './source-worker-pool.js';
import { localStaging } from './staging-local.js';
import type { StagingMetadata, StagingV1 } from './staging.js';
import { Tokens } from './tokens.js';
import { WriteQueue } from './write-queue.js';
import { readAhead, stateInTurn } from './read-ahead.js';

/** Read access to the schema catalog and its versions. */
export interface SchemaApi {
  current(): Promise<SchemaSnapshot>;
  /** The catalog as it stood at a moment (Date or ISO string) or at a version number. */
  at(when: Date | string | number): Promise<SchemaSnapshot | null>;
  versions(): ReturnType<SinkV1['catalog']['versions']>;
  /** Differences between two versions, each `additive` or `breaking`. */
  diff(from: number, to: number): Promise<SchemaDiffEntry[]>;
  /**
   * Writes schema version n+1 from the catalog as it now stands and emits `schema.versioned`;
   * returns null (and emits nothing) when the catalog's structure did not change. Plugins that
   * edit the catalog (discovery, conflict resolution, manual edits) call this afterwards.
   */
  commit(cause: SchemaChangeCause): Promise<SchemaSnapshot | null>;
}

export interface LivingSchema {
  readonly config: ResolvedConfig;
  readonly container: DependencyContainer;
  readonly events: LivingSchemaEventBus;
  readonly sink: SinkV1;
  readonly staging: StagingV1;
  readonly schema: SchemaApi;
  /** Opens the sink, runs migrations, clears leftovers of a crashed run, initialises plugins. Called by every other method on first use. */
  start(): Promise<void>;
  /** Reads each input with its source and loads every batch. Inputs that fail are reported in `failures`; the rest still load. */
  ingest(inputs: SourceInput | ReadonlyArray<SourceInput>, options?: IngestOptions): Promise<IngestResult>;
  /**
   * Resolves once every ingest called so far returned and its batches' after-load hooks ran:
   * what an ingest with `settle: 'background'` left to do is done, and the catalog shows it.
   */
  settled(): Promise<void>;
  /** Runs one read-only SQL statement against the store. */
  query(sql: string, options?: QueryOptions): Promise<QueryResult>;
  on<K extends LivingSchemaEventName>(event: K, listener: (payload: LivingSchemaEvents[K]) => void): () => void;
  /** Flushes notifiers, shuts plugins down and closes the sink. */
  close(): Promise<void>;
}

/**
 * Creates an engine. The config is validated at once: a bad option throws `LS_CONFIG_INVALID`
 * naming its path. Each engine has its own child container, so two engines in one process never
 * share state.
 *
 * @example
 * const ls = createLivingSchema({ sink: duckdb({ path: './data.duckdb' }), sources: [csv()] });
 * const result = await ls.ingest(['./exports/vessels.csv']);
 * await ls.close();
 */
export function createLivingSchema(config: LivingSchemaConfig): LivingSchema {
  const resolved = parseConfig(config);
  const container = rootDependencyContainer().createChildContainer();
  const events = new LivingSchemaEventBus();
  const clock: Clock = resolved.clock ?? systemClock;
  const stagingDirectory = resolve(resolved.stagingDirectory);
  const staging = resolved.staging ?? localStaging({ directory: stagingDirectory });
  const notifiers: NotifierV1[] = resolved.notifiers ?? [consoleNotifier()];
  const sink = resolved.sink;
  // CPU-heavy reads run in worker threads when asked; the batches still load here, into one store.
  const sourceWorkers = resolved.sourceWorkers > 0 ? new SourceWorkerPool({ size: resolved.sourceWorkers, memoryMb: resolved.sourceWorkerMemoryMb }) : null;
  const readSource = (source: SourceV1, input: SourceInput, context: SourceReadContext) =>
    sourceWorkers ? sourceWorkers.read(source, input, context) : source.read(input, context);

  container.registerInstance(Tokens.Config, resolved);
  container.registerInstance(Tokens.Events, events);
  container.registerInstance(Tokens.Clock, clock);
  container.registerInstance(Tokens.Sink, sink);
  container.registerInstance(Tokens.Staging, staging);
  for (const source of resolved.sources) container.register(Tokens.Source, { useValue: source });
  for (const strategy of resolved.discovery) container.register(Tokens.DiscoveryStrategy, { useValue: strategy });
  for (const notifier of notifiers) container.register(Tokens.Notifier, { useValue: notifier });
  if (resolved.conflicts) container.registerInstance(Tokens.ConflictStrategy, resolved.conflicts);
  if (resolved.llm) container.registerInstance(Tokens.LlmProvider, resolved.llm);

  refuseDuplicateNames('source', resolved.sources);
  refuseDuplicateNames('notifier', notifiers);
  refuseDuplicateNames('discovery strategy', resolved.discovery);

  const afterLoadHooks: AfterLoadHook[] = [];
  const pluginContext: PluginContext = {
    container,
    events,
    afterBatchLoaded(hook) {
      afterLoadHooks.push({ plugin: plugins.currentPlugin ?? 'engine', each: hook });
    },
    afterBatchesLoaded(hook) {
      afterLoadHooks.push({ plugin: plugins.currentPlugin ?? 'engine', all: hook });
    },
  };
  const plugins = new PluginManager(pluginContext);
  plugins.registerAll(resolved.plugins);

  const notifications = connectNotifiers(events, notifiers, clock);

  let started: Promise<void> | undefined;
  let closed = false;
  // One writer; the after-load hooks of batches loaded while other ingests wait run in one pass.
  // The next ingests in line read their first input meanwhile, as many as leave a source worker
  // free for the running one (with one worker, none: it would wait on a read-ahead holding it).
  const lookahead = resolved.sourceWorkers === 0 ? 1 : resolved.sourceWorkers - 1;
  const writer = new WriteQueue<LoadedBatchInfo>((batches) => runAfterLoadHooks(batches), { lookahead });

  const ensureOpen = () => {
    if (closed) throw new LivingSchemaError({ code: ErrorCodes.ENGINE_CLOSED, message: 'This Living Schema engine was closed; create a new one.' });
  };

  async function start(): Promise<void> {
    ensureOpen();
    started ??= (async () => {
      await sink.open();
      // Only the writer may clean up: a read-only process must never touch a running writer's files.
      if (!sink.readOnly) await recoverStaging();
      await plugins.initializeAll();
    })();
    try {
      await started;
    } catch (error) {
      started = undefined;
      throw error;
    }
  }

  /** Staged files present at start belong to a run that crashed: drop them (a re-run re-stages). */
  async function recoverStaging(): Promise<void> {
    await rm(join(stagingDirectory, 'tmp'), { recursive: true, force: true });
    for await (const file of staging.list()) {
      const entry = await sink.batch(file.batchId);
      if (entry && entry.status === 'staged') {
        await sink.recordFailed(entry.batchId, 'interrupted before load; ingest the input again');
      }
      await staging.remove(file.key);
    }
  }

  async function pickSource(input: SourceInput, named?: string): Promise<SourceV1> {
    const uri = typeof input === 'string' ? input : input.uri;
    if (named) {
      const source = resolved.sources.find((s) => s.name === named);
      if (!source) {
        throw new LivingSchemaError({
          code: ErrorCodes.SOURCE_NOT_FOUND,
          message: `No source named "${named}" is configured (configured: ${resolved.sources.map((s) => s.name).join(', ') || 'none'}).`,
          details: { source: named, input: uri },
        });
      }
      return source;
    }
    for (const source of resolved.sources) if (await source.canRead(input)) return source;
    throw new LivingSchemaError({
      code: ErrorCodes.SOURCE_NOT_FOUND,
      message: `No configured source can read "${uri}" (configured: ${resolved.sources.map((s) => s.name).join(', ') || 'none'}). Name one with --source, or add a source plugin.`,
      details: { input: uri },
    });
  }

  /** The key/value metadata a batch's staged Parquet file carries (see `SourceReadContext.stagingMetadata`). */
  async function stagingMetadataFor(batch: Pick<Batch, 'source' | 'kind' | 'dataset' | 'contentHash'>): Promise<StagingMetadata> {
    const schemaVersion = await currentSchemaVersion(sink.catalog);
    return { batch_id: deriveBatchId(batch), schema_version: String(schemaVersion), source: batch.source, dataset: batch.dataset, kind: batch.kind };
  }

  /** Whether a batch is loaded (`SourceReadContext.isLoaded`); `told` keeps the ids said loaded, which the source may yield unread. */
  async function isLoaded(batch: Pick<Batch, 'source' | 'kind' | 'dataset' | 'contentHash'>, told: Set<string>): Promise<boolean> {
    const batchId = deriveBatchId(batch);
    const loaded = (await sink.batch(batchId))?.status === 'loaded';
    if (loaded) told.add(batchId);
    return loaded;
  }

  /** Stages and loads one batch; the loaded batch's info, for its after-load hooks, beside the outcome. */
  async function loadBatch(batch: Batch, tempDirectory: string, told: Set<string>): Promise<[BatchOutcome, LoadedBatchInfo | null]> {
    const startedAt = performance.now();
    const batchId = deriveBatchId(batch);
    const rejected = batch.rejected ?? [];
    const base = { batchId, kind: batch.kind, source: batch.source, sourceUri: batch.sourceUri, dataset: batch.dataset };
    const reported = batch.details ? { details: batch.details } : {};
    const previous = await sink.batch(batchId);
    const toldLoaded = told.delete(batchId);
    if (previous?.status === 'loaded') {
      events.emit('batch.skipped', { ...base, reason: 'already loaded' });
      return [{ ...base, status: 'skipped', rowsIn: previous.rowsIn, rowsLoaded: 0, rowsQuarantined: 0, durationMs: performance.now() - startedAt, columnChanges: [], ...reported }, null];
    }
    if (toldLoaded) {
      // The source skipped reading it on our word; loading what it yielded would record the
      // content as loaded without its rows.
      const message = `Batch ${batchId} from ${batch.sourceUri} was loaded when the source began reading it, but no longer is (its ledger entry changed meanwhile); nothing was loaded: ingest it again.`;
      events.emit('batch.failed', { ...base, error: message });
      return [{ ...base, status: 'failed', rowsIn: 0, rowsLoaded: 0, rowsQuarantined: 0, durationMs: performance.now() - startedAt, columnChanges: [], error: message }, null];
    }
    const metadata = await stagingMetadataFor(batch);
    const schemaVersion = Number(metadata.schema_version);
    const localFile = join(tempDirectory, `${batchId}.parquet`);
    const { rowCount } = await sink.encodeParquet(batch, localFile, metadata);
    const stagedFile = await staging.put(localFile, metadata);
    await rm(localFile, { force: true });
    const staged: StagedBatch = {
      batchId,
      kind: batch.kind,
      source: batch.source,
      sourceUri: batch.sourceUri,
      dataset: batch.dataset,
      contentHash: batch.contentHash,
      schemaVersion,
      rowCount,
      rejected,
      columns: batch.columns ?? [],
      stagingKey: stagedFile.key,
      ...((batch.kind === 'annotations' || batch.kind === 'responses') && batch.replacesDocuments?.length ? { replacesDocuments: batch.replacesDocuments } : {}),
    };
    await sink.recordStaged(staged);
    events.emit('batch.staged', { ...base, rowCount, stagingKey: stagedFile.key, schemaVersion });
    faultPoint('engine.after-stage');
    try {
      const handle = await staging.open(stagedFile.key);
      let result;
      try {
        result = await sink.load(staged, handle.path);
      } finally {
        await handle.release();
      }
      if (!resolved.keepStagedFiles) await staging.remove(stagedFile.key);
      const info: LoadedBatchInfo = {
        ...base,
        rowsIn: result.rowsIn,
        rowsLoaded: result.rowsLoaded,
        rowsQuarantined: result.rowsQuarantined,
        schemaVersion,
        columnChanges: result.columnChanges,
      };
      faultPoint('engine.after-load');
      if (result.status === 'skipped') events.emit('batch.skipped', { ...base, reason: 'already loaded' });
      else events.emit('batch.loaded', { ...info, durationMs: result.durationMs });
      const outcome: BatchOutcome = {
        ...base,
        status: result.status,
        rowsIn: result.rowsIn,
        rowsLoaded: result.rowsLoaded,
        rowsQuarantined: result.rowsQuarantined,
        ...(result.rowsAlreadyPresent ? { rowsAlreadyPresent: result.rowsAlreadyPresent } : {}),
        ...(result.rowsSuperseded ? { rowsSuperseded: result.rowsSuperseded } : {}),
        durationMs: performance.now() - startedAt,
        columnChanges: result.columnChanges,
        ...reported,
      };
      return [outcome, result.status === 'skipped' ? null : info];
    } catch (error) {
      const message = describeError(error);
      await sink.recordFailed(staged.batchId, message).catch(() => undefined);
      await staging.remove(stagedFile.key).catch(() => undefined);
      events.emit('batch.failed', { ...base, error: message });
      return [{ ...base, status: 'failed', rowsIn: rowCount + rejected.length, rowsLoaded: 0, rowsQuarantined: 0, durationMs: performance.now() - startedAt, columnChanges: [], ...reported, error: message }, null];
    }
  }

  /** Every plugin's after-load hook over `batches`, in registration order; a failing hook is an `error` event. */
  async function runAfterLoadHooks(batches: LoadedBatchInfo[]): Promise<void> {
    for (const { plugin, each, all } of afterLoadHooks) {
      if (all) await guarded(plugin, 'afterBatchesLoaded', batches, () => all(batches));
      if (each) for (const info of batches) await guarded(plugin, 'afterBatchLoaded', [info], () => each(info));
    }
  }

  async function guarded(plugin: string, hook: string, batches: LoadedBatchInfo[], work: () => Promise<void> | void): Promise<void> {
    try {
      await work();
    } catch (error) {
      events.emit('error', { error: hookFailed(plugin, hook, error), during: `${hook}(${batches.map((b) => b.batchId).join(', ')})` });
    }
  }

  /** The folder a disk-full error was about: the store's (it names it) or else staging's. */
  function fullFolder(error: unknown): string {
    const location = (sink as { location?: unknown }).location;
    const store = typeof location === 'string' && !location.startsWith('md:') && location !== ':memory:' ? dirname(location) : undefined;
    return store && describeError(error).includes(store) && !describeError(error).includes(stagingDirectory) ? store : stagingDirectory;
  }

  async function ingest(inputs: SourceInput | ReadonlyArray<SourceInput>, options: IngestOptions = {}): Promise<IngestResult> {
    await start();
    const list = (Array.isArray(inputs) ? inputs : [inputs]) as SourceInput[];
    // Not awaited before queueing: ingests take the writer in the order they were called.
    const making = makeTempDirectory();
    making.catch(() => undefined); // awaited in the job: a staging folder that cannot be written fails this ingest there
    const told = new Set<string>();
    let beginTurn!: () => void;
    const turn = new Promise<void>((resolve) => (beginTurn = resolve));
    const open = async (input: SourceInput) => openInput(input, options, { tempDirectory: await making, told, turn });
    // The first input is read once this ingest is next in line for the writer (read-ahead.ts).
    const early = list.length > 0 ? readAhead(() => open(list[0]!)) : null;
    const settling: Array<Promise<void>> = [];
    const background = options.settle === 'background';
    const result = await writer.run(async () => {
      const tempDirectory = await making;
      beginTurn();
      const batches: BatchOutcome[] = [];
      const failures: InputFailure[] = [];
      try {
        for (const [index, input] of list.entries()) {
          try {
            options.signal?.throwIfAborted();
            for await (const batch of index === 0 ? early! : await open(input)) {
              const [loaded, info] = await loadBatch(recordedAs(batch, input), tempDirectory, told);
              if (info) settling.push((await writer.loaded(info, { deferred: background })).settled);
              const outcome = shownAs(loaded, input);
              batches.push(outcome);
              options.onBatch?.(outcome);
            }
          } catch (caught) {
            failures.push(inputFailure(input, caught));
          }
        }
      } finally {
        await early?.close();
        await rm(tempDirectory, { recursive: true, force: true });
      }
      return { batches, failures };
    }, () => early?.start());
    // Put off while other ingests waited (or asked to be answered at commit), its batches settle
    // in a later turn of the writer.
    if (!background) await Promise.all(settling);
    return result;
  }

  /**
   * An input's batches from the source that reads it. The source's state store answers only in
   * this ingest's turn of the writer; `told` collects the batches the source was told are loaded.
   */
  async function openInput(input: SourceInput, options: IngestOptions, reading: { tempDirectory: string; told: Set<string>; turn: Promise<void> }): Promise<AsyncIterable<Batch>> {
    const given = sourceFacing(input);
    const source = await pickSource(given, options.source);
    const context: SourceReadContext = {
      dataset: options.dataset,
      tempDirectory: reading.tempDirectory,
      signal: options.signal,
      onProgress: options.onProgress,
      stagingMetadata: stagingMetadataFor,
      isLoaded: (batch) => isLoaded(batch, reading.told),
      ...(sink.sourceState ? { state: stateInTurn(sink.sourceState(source.name), reading.turn) } : {}),
    };
    return readSource(source, given, context);
  }

  /** How an input that could not be read is reported: its code, and a message in the caller's terms. */
  function inputFailure(input: SourceInput, caught: unknown): InputFailure {
    const error = isDiskFull(caught) && !LivingSchemaError.hasCode(caught, ErrorCodes.DISK_FULL) ? diskFull(fullFolder(caught), `reading ${displayUriOf(input)}`, caught) : caught;
    const code = LivingSchemaError.isInstance(error) ? error.code : ErrorCodes.INPUT_UNREADABLE;
    return { input: displayUriOf(input), code, message: inDisplayTerms(describeError(error), input) };
  }

  /** A folder of the staging directory for one ingest's temporary files. */
  async function makeTempDirectory(): Promise<string> {
    const tempDirectory = join(stagingDirectory, 'tmp', randomUUID());
    await mkdir(tempDirectory, { recursive: true }).catch(async (error: NodeJS.ErrnoException) => {
      // A recursive mkdir on a read-only mount reports ENOENT: ask the folder itself.
      const access = await import('node:fs/promises').then((fs) => fs.access(stagingDirectory, 2 /* W_OK */).then(() => null, (e: NodeJS.ErrnoException) => e));
      const cause = access ?? error;
      throw new LivingSchemaError({
        code: ErrorCodes.STAGING_FAILED,
        message: `Cannot write to the staging folder ${stagingDirectory} (${cause.code ?? 'error'}: ${cause.message}). Check that it exists, is writable and has free space, or choose another with --staging.`,
        details: { directory: stagingDirectory, errno: cause.code },
        cause,
      });
    });
    return tempDirectory;
  }

  const schema: SchemaApi = {
    async current() {
      await start();
      return sink.catalog.current();
    },
    async at(when) {
      await start();
      if (typeof when === 'number') return sink.catalog.snapshot(when);
      const date = when instanceof Date ? when : new Date(when);
      if (Number.isNaN(date.getTime())) {
        throw new LivingSchemaError({ code: ErrorCodes.NOT_FOUND, message: `"${String(when)}" is neither a version number nor a date (use ISO 8601, e.g. 2026-11-24T10:00:00Z).` });
      }
      return sink.catalog.snapshot(date);
    },
    async versions() {
      await start();
      return sink.catalog.versions();
    },
    async diff(from, to) {
      await start();
      const [a, b] = await Promise.all([sink.catalog.snapshot(from), sink.catalog.snapshot(to)]);
      if (!a || !b) {
        throw new LivingSchemaError({ code: ErrorCodes.NOT_FOUND, message: `Schema version ${!a ? from : to} does not exist.`, details: { from, to } });
      }
      return diffCatalogs(a.catalog, b.catalog);
    },
    async commit(cause) {
      await start();
      return commitSchemaVersion(sink, events, cause);
    },
  };

  const engine: LivingSchema = {
    config: resolved,
    container,
    events,
    sink,
    staging,
    schema,
    start,
    ingest,
    async settled() {
      await writer.idle();
    },
    async query(sql, options) {
      await start();
      return sink.query(sql, options);
    },
    on(event, listener) {
      events.on(event, listener as never);
      return () => events.off(event, listener as never);
    },
    async close() {
      if (closed) return;
      closed = true;
      await writer.idle();
      await notifications.settle();
      for (const notifier of notifiers) await notifier.flush?.().catch(() => undefined);
      try {
        await plugins.shutdownAll();
      } finally {
        for (const notifier of notifiers) await notifier.close?.().catch(() => undefined);
        await staging.close?.();
        await sourceWorkers?.close();
        await sink.close();
        events.removeAllListeners();
      }
    },
  };
  container.registerInstance('LivingSchema', engine);
  return engine;
}

/** A plugin's after-load hook: once per batch (`each`), or once per settled group of batches (`all`). */
interface AfterLoadHook {
  plugin: string;
  each?: (info: LoadedBatchInfo) => Promise<void> | void;
  all?: (batches: LoadedBatchInfo[]) => Promise<void> | void;
}

function refuseDuplicateNames(kind: string, plugins: ReadonlyArray<{ name: string }>): void {
  const seen = new Set<string>();
  for (const plugin of plugins) {
    if (seen.has(plugin.name)) {
      throw new LivingSchemaError({
        code: ErrorCodes.PLUGIN_DUPLICATE,
        message: `Two ${kind} plugins are named "${plugin.name}". Give each a unique name.`,
        details: { plugin: plugin.name, kind },
      });
    }
    seen.add(plugin.name);
  }
}
