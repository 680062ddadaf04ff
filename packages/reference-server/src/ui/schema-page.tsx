import type { Catalog, SchemaDiffEntry, SchemaSnapshot } from '@living-schema/core';
import { batchFileNames } from './batch-files.js';
import { Layout, ResultTable, Scroll } from './layout.js';
import { message, type UiRoutes } from './ui-context.js';
import { RelationshipsSection } from './relationships-section.js';

type VersionRow = Awaited<
  ReturnType<UiRoutes['context']['services']['engine']['schema']['versions']>
>[number];

/** An anchor id for a dataset's section (names may hold any character). */
export function datasetAnchor(name: string): string {
  return `dataset-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
}

/** A version's cause for a person: the file a batch came from, never its id or path. */
function causeText(version: VersionRow, files: Map<string, string>): string {
  const { kind, reference } = version.cause;
  if (!reference) return kind;
  if (kind === 'batch') return `batch ${files.get(reference) ?? reference}`;
  return `${kind} ${reference}`;
}

function Summary(props: { catalog: Catalog; versions: VersionRow[] }) {
  const { catalog, versions } = props;
  const latest = versions[versions.length - 1];
  const items: Array<[string, string | number, string]> = [
    ['datasets', catalog.datasets.length, '#datasets'],
    ['fields', catalog.fields.length, '#datasets'],
    ['entity types', catalog.entityTypes.length, '#entity-types'],
    ['versions', versions.length, '#versions'],
  ];
  return (
    <>
      <ul class="summary" id="summary">
        {items.map(([label, value, href]) => (
          <li>
            <a href={href}>
              <b>{value}</b>
              {label}
            </a>
          </li>
        ))}
      </ul>
      {latest ? (
        <p class="muted">
          Latest change: v{latest.version} at {latest.createdAt}.
        </p>
      ) : null}
    </>
  );
}

function Contents(props: { datasets: string[] }) {
  return (
    <nav class="toc" id="contents">
      <a href="#versions">Versions and changes</a>
      <a href="#entity-types">Entity types</a>
      <a href="#relationships">Relationships</a>
      <a href="#datasets">Datasets</a>
      {props.datasets.map((name) => (
        <a href={`#${datasetAnchor(name)}`}>{name}</a>
      ))}
    </nav>
  );
}

interface DiffResult {
  changes?: SchemaDiffEntry[];
  error?: string;
}

function Versions(props: {
  versions: VersionRow[];
  files: Map<string, string>;
  diff?: string;
  result: DiffResult;
}) {
  const newestFirst = [...props.versions].reverse();
  return (
    <section id="versions">
      <h2>Versions and changes</h2>
      <Scroll tall>
        <table id="versions-table">
          <thead>
            <tr>
              <th>version</th>
              <th>created</th>
              <th>cause</th>
              <th>changes</th>
              <th>diff</th>
            </tr>
          </thead>
          <tbody>
            {newestFirst.map((v) => (
              <tr>
                <td>
                  <a href={`/ui?at=${v.version}`}>v{v.version}</a>
                </td>
                <td>{v.createdAt}</td>
                <td class="cause">{causeText(v, props.files)}</td>
                <td class="num">{v.changes}</td>
                <td>
                  {v.version > 1 ? (
                    <a
                      class="diff-link"
                      href={`/ui?diff=${v.version - 1}..${v.version}#schema-diff`}
                    >{`${v.version - 1}..${v.version}`}</a>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Scroll>
      <form method="get" action="/ui#schema-diff" class="row">
        <div>
          <label for="diff">Compare versions (from..to)</label>
          <input id="diff" name="diff" placeholder="1..2" value={props.diff ?? ''} />
        </div>
        <button type="submit">Compare</button>
      </form>
      <DiffSection diff={props.diff} result={props.result} />
    </section>
  );
}

function DiffSection(props: { diff?: string; result: DiffResult }) {
  if (!props.diff) return null;
  const { changes, error } = props.result;
  if (!changes)
    return (
      <div class="error" id="schema-diff">
        {error}
      </div>
    );
  return (
    <div id="schema-diff">
      <h3>
        Changes {props.diff.replace('..', ' → ')} ({changes.length})
      </h3>
      <ResultTable
        id="diff-table"
        columns={['impact', 'subject', 'change', 'name', 'from', 'to']}
        rows={changes.map((d) => [d.impact, d.subject, d.change, d.name, d.from ?? '', d.to ?? ''])}
      />
    </div>
  );
}

function EntityTypes(props: { catalog: Catalog }) {
  const { entityTypes } = props.catalog;
  return (
    <section id="entity-types">
      <h2>Entity types ({entityTypes.length})</h2>
      {entityTypes.length === 0 ? (
        <p class="muted">No entity types yet: they come from annotations.</p>
      ) : (
        <ResultTable
          id="entity-types-table"
          columns={['name', 'status', 'occurrences', 'last seen', 'description']}
          rows={entityTypes.map((e) => [
            e.name,
            e.status,
            e.occurrenceCount,
            e.lastSeen,
            e.description,
          ])}
        />
      )}
    </section>
  );
}

/** Dataset names, declared or only mentioned by fields, in alphabetical order for finding one. */
function datasetNames(catalog: Catalog): string[] {
  const names = new Set([
    ...catalog.datasets.map((d) => d.name),
    ...catalog.fields.map((f) => f.dataset),
  ]);
  return [...names].sort((a, b) => a.localeCompare(b));
}

function Datasets(props: { catalog: Catalog }) {
  const names = datasetNames(props.catalog);
  // A few datasets are open at once; with many, a person opens the one they came for.
  const open = names.length <= 3;
  return (
    <section id="datasets">
      <h2>Datasets ({names.length})</h2>
      {names.map((name) => {
        const dataset = props.catalog.datasets.find((d) => d.name === name);
        const fields = props.catalog.fields.filter((f) => f.dataset === name);
        return (
          <details class="dataset" id={datasetAnchor(name)} open={open}>
            <summary>
              {name}{' '}
              <span class="muted">
                ({fields.length} fields{dataset ? `, table ${dataset.tableName}` : ''})
              </span>
            </summary>
            <ResultTable
              id={`fields-${datasetAnchor(name)}`}
              columns={['field', 'type', 'status', 'original name', 'description']}
              rows={fields.map((f) => [
                f.name,
                f.dataType,
                f.status,
                f.originalName,
                f.description,
              ])}
            />
          </details>
        );
      })}
    </section>
  );
}

async function loadSnapshot(
  routes: UiRoutes,
  at: string | undefined,
): Promise<{ snapshot: SchemaSnapshot | null; error?: string }> {
  const { schema } = routes.context.services.engine;
  try {
    const snapshot = at
      ? await schema.at(/^\d+$/.test(at) ? Number(at) : at)
      : await schema.current();
    return snapshot
      ? { snapshot }
      : { snapshot: null, error: `No schema version existed at ${at}.` };
  } catch (error) {
    return { snapshot: null, error: message(error) };
  }
}

async function loadDiff(routes: UiRoutes, diff: string | undefined): Promise<DiffResult> {
  if (!diff) return {};
  const match = /^(\d+)\.\.(\d+)$/.exec(diff);
  if (!match) return { error: `"${diff}" is not a pair of versions: write it as 1..2.` };
  try {
    return {
      changes: await routes.context.services.engine.schema.diff(Number(match[1]), Number(match[2])),
    };
  } catch (error) {
    return { error: `No diff from v${match[1]} to v${match[2]}: ${message(error)}` };
  }
}

/** The schema browser: summary and contents first, then versions and their diffs, entity types, datasets. */
export function registerSchemaPage(routes: UiRoutes): void {
  const { app, read, context } = routes;
  app.get('/ui', read, async (c) => {
    const at = c.req.query('at')?.trim() || undefined;
    const diff = c.req.query('diff')?.trim() || undefined;
    const engine = context.services.engine;
    const versions = await engine.schema.versions();
    const { snapshot, error } = await loadSnapshot(routes, at);
    const diffResult = await loadDiff(routes, diff);
    const batchIds = versions
      .filter((v) => v.cause.kind === 'batch' && v.cause.reference)
      .map((v) => v.cause.reference!);
    const files = await batchFileNames(engine.sink.reader, batchIds);
    const catalog = snapshot?.catalog;
    return c.html(
      <Layout title="Schema" active="/ui">
        <h1>Schema {snapshot ? `version ${snapshot.version}` : ''}</h1>
        <form method="get" action="/ui" class="row">
          <div>
            <label for="schema-at">Schema as of (version)</label>
            <select id="schema-at" name="at">
              <option value="">now</option>
              {[...versions].reverse().map((v) => (
                <option value={String(v.version)} selected={at === String(v.version)}>
                  v{v.version} — {v.createdAt} ({causeText(v, files)})
                </option>
              ))}
            </select>
          </div>
          <button type="submit">Show</button>
        </form>
        {error ? <div class="error">{error}</div> : null}
        {catalog ? <Summary catalog={catalog} versions={versions} /> : null}
        {catalog ? <Contents datasets={datasetNames(catalog)} /> : null}
        <Versions versions={versions} files={files} diff={diff} result={diffResult} />
        {catalog ? <EntityTypes catalog={catalog} /> : null}
        {catalog ? <RelationshipsSection catalog={catalog} reviewable={!at} notice={c.req.query('notice')} /> : null}
        {catalog ? <Datasets catalog={catalog} /> : null}
      </Layout>,
    );
  });
}
