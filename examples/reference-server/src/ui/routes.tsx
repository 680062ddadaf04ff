import type { OpenAPIHono } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { setCookie } from 'hono/cookie';
import { LivingSchemaError, type SchemaSnapshot } from '@living-schema/core';
import type { AppContext } from '../app.js';
import { TOKEN_COOKIE, scopeOf } from '../auth.js';
import type { QueryMode, QueryResponse, QueryService } from '../services.js';
import { Layout, ResultTable } from './layout.js';

function message(error: unknown): string {
  if (LivingSchemaError.isInstance(error)) return `${error.code}: ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}

/** Server-rendered pages: schema browser, ask, reports, conflicts, ingest. Forms post back and redirect. */
export function registerUi(app: OpenAPIHono, context: AppContext, guards: { read: MiddlewareHandler; admin: MiddlewareHandler; query: QueryService }): void {
  const { services, options } = context;
  const engine = services.engine;
  const { read, admin, query } = guards;

  app.get('/', (c) => c.redirect('/ui'));

  app.get('/ui/login', (c) =>
    c.html(
      <Layout title="Sign in">
        <h1>Sign in</h1>
        {c.req.query('error') ? <div class="error">That token is not valid.</div> : null}
        <form method="post" action="/ui/login">
          <label for="token">Access token</label>
          <input id="token" name="token" type="password" size={48} autocomplete="off" />
          <button type="submit">Sign in</button>
        </form>
      </Layout>,
    ),
  );
  app.post('/ui/login', async (c) => {
    const form = await c.req.parseBody();
    const token = String(form.token ?? '');
    if (!scopeOf(options, token)) return c.redirect('/ui/login?error=1');
    setCookie(c, TOKEN_COOKIE, token, { httpOnly: true, sameSite: 'Strict', path: '/' });
    return c.redirect('/ui');
  });

  // Schema browser with versions, diff and time travel.
  app.get('/ui', read, async (c) => {
    const at = c.req.query('at')?.trim();
    const diff = c.req.query('diff')?.trim();
    const versions = await engine.schema.versions();
    let snapshot: SchemaSnapshot | null = null;
    let error: string | undefined;
    try {
      snapshot = at ? await engine.schema.at(/^\d+$/.test(at) ? Number(at) : at) : await engine.schema.current();
      if (!snapshot) error = `No schema version existed at ${at}.`;
    } catch (e) {
      error = message(e);
    }
    let changes: Awaited<ReturnType<typeof engine.schema.diff>> | undefined;
    const diffMatch = diff ? /^(\d+)\.\.(\d+)$/.exec(diff) : null;
    if (diffMatch) changes = await engine.schema.diff(Number(diffMatch[1]), Number(diffMatch[2])).catch(() => undefined);
    const catalog = snapshot?.catalog;
    return c.html(
      <Layout title="Schema" active="/ui">
        <h1>Schema {snapshot ? `version ${snapshot.version}` : ''}</h1>
        <form method="get" action="/ui" class="row">
          <div>
            <label for="schema-at">Schema as of (version or date)</label>
            <select id="schema-at" name="at">
              <option value="">now</option>
              {versions.map((v) => (
                <option value={String(v.version)} selected={at === String(v.version)}>
                  v{v.version} — {v.createdAt} ({v.cause.kind})
                </option>
              ))}
            </select>
          </div>
          <button type="submit">Show</button>
        </form>
        {error ? <div class="error">{error}</div> : null}
        {catalog ? (
          <>
            <h2>Entity types</h2>
            <ResultTable
              id="entity-types"
              columns={['name', 'status', 'occurrences', 'last seen', 'description']}
              rows={catalog.entityTypes.map((e) => [e.name, e.status, e.occurrenceCount, e.lastSeen, e.description])}
            />
            <h2>Datasets and fields</h2>
            <ResultTable
              id="fields"
              columns={['dataset', 'field', 'type', 'status', 'original name', 'description']}
              rows={catalog.fields.map((f) => [f.dataset, f.name, f.dataType, f.status, f.originalName, f.description])}
            />
            {catalog.fields.length === 0 && catalog.datasets.length > 0 ? (
              <ResultTable id="datasets" columns={['dataset', 'table']} rows={catalog.datasets.map((d) => [d.name, d.tableName])} />
            ) : null}
          </>
        ) : null}
        <h2>Versions</h2>
        <ResultTable
          id="versions"
          columns={['version', 'created', 'cause', 'changes', 'diff']}
          rows={versions.map((v) => [v.version, v.createdAt, `${v.cause.kind}${v.cause.reference ? ` ${v.cause.reference}` : ''}`, v.changes, v.version > 1 ? `${v.version - 1}..${v.version}` : ''])}
        />
        <form method="get" action="/ui" class="row">
          <div>
            <label for="diff">Diff (from..to)</label>
            <input id="diff" name="diff" placeholder="1..2" value={diff ?? ''} />
          </div>
          <button type="submit">Compare</button>
        </form>
        {changes ? (
          <ResultTable id="diff-table" columns={['impact', 'subject', 'change', 'name', 'from', 'to']} rows={changes.map((d) => [d.impact, d.subject, d.change, d.name, d.from ?? '', d.to ?? ''])} />
        ) : null}
      </Layout>,
    );
  });

  // Ask: a question or SQL, with the time-travel selector.
  app.get('/ui/query', read, async (c) => {
    const question = c.req.query('question')?.trim() || undefined;
    const sql = c.req.query('sql')?.trim() || undefined;
    const asOf = c.req.query('asOf')?.trim() || undefined;
    const mode: QueryMode = asOf ? 'time_travel' : 'live';
    let result: QueryResponse | undefined;
    let error: string | undefined;
    if (question || sql) {
      try {
        result = await query.run(question ? { question, mode, asOf } : { sql, mode, asOf });
      } catch (e) {
        error = message(e);
      }
    }
    const moments = await engine.sink.reader.all<{ label: string; at: string }>(
      `SELECT 'before ' || source_uri || ' (' || strftime(started_at, '%Y-%m-%d %H:%M:%S') || ')' AS label, strftime(started_at AT TIME ZONE 'UTC', '%Y-%m-%dT%H:%M:%S.%gZ') AS at
       FROM ingest_batches WHERE status = 'loaded' ORDER BY started_at DESC LIMIT 30`,
    );
    const versions = await engine.schema.versions();
    return c.html(
      <Layout title="Ask" active="/ui/query">
        <h1>Ask a question</h1>
        <form method="get" action="/ui/query">
          <label for="question">Question</label>
          <textarea id="question" name="question" rows={2}>{question ?? ''}</textarea>
          <label for="sql">…or SQL (one read-only SELECT)</label>
          <textarea id="sql" name="sql" rows={3}>{question ? '' : (sql ?? '')}</textarea>
          <div class="row">
            <div>
              <label for="as-of">Data as of</label>
              <select id="as-of" name="asOf">
                <option value="">now (live)</option>
                {moments.map((m) => (
                  <option value={m.at} selected={asOf === m.at}>{m.label}</option>
                ))}
                {versions.map((v) => (
                  <option value={v.createdAt} selected={asOf === v.createdAt}>schema v{v.version} ({v.createdAt})</option>
                ))}
              </select>
            </div>
            <button type="submit" id="ask">Run</button>
          </div>
        </form>
        {error ? <div class="error" id="query-error">{error}</div> : null}
        {result ? (
          <>
            <h2>SQL</h2>
            <pre id="generated-sql">{result.sql}</pre>
            <p class="muted" id="result-meta">
              {result.rowCount} row(s), {result.mode}
              {asOf ? ` as of ${asOf}` : ''}, {Math.round(result.durationMs)} ms{result.resultHash ? `, hash ${result.resultHash.slice(0, 12)}` : ''}
            </p>
            <ResultTable id="result" columns={result.columns} rows={result.rows} />
            {services.reports ? (
              <form method="post" action="/ui/reports" class="row">
                <input type="hidden" name="question" value={question ?? ''} />
                <input type="hidden" name="sql" value={question ? '' : result.sql} />
                <div>
                  <label for="report-name">Save as report</label>
                  <input id="report-name" name="name" placeholder="report name" required />
                </div>
                <button type="submit" id="save-report">Save report</button>
              </form>
            ) : null}
          </>
        ) : null}
      </Layout>,
    );
  });

  // Saved reports with change badges.
  app.get('/ui/reports', read, async (c) => {
    if (!services.reports) return c.html(<Layout title="Reports" active="/ui/reports"><div class="notice">No query layer is configured, so there are no saved reports.</div></Layout>);
    const reports = await services.reports.list();
    const notice = c.req.query('notice');
    return c.html(
      <Layout title="Reports" active="/ui/reports">
        <h1>Saved reports</h1>
        {notice ? <div class="notice" id="notice">{notice}</div> : null}
        <table id="reports">
          <thead>
            <tr><th>name</th><th>status</th><th>question / SQL</th><th>schema</th><th>last checked</th><th></th></tr>
          </thead>
          <tbody>
            {reports.map((r) => (
              <tr data-report={r.name}>
                <td>{r.name}</td>
                <td>{r.status ? <span class={`badge ${r.status}`}>{r.status.replace('_', ' ')}</span> : null}</td>
                <td>{r.question ?? <code>{r.sql}</code>}</td>
                <td>v{r.schemaVersion ?? '?'}</td>
                <td>{r.lastCheckedAt ?? ''}</td>
                <td>
                  <form method="post" action={`/ui/reports/${encodeURIComponent(r.id)}/refresh`} class="inline">
                    <button type="submit" class="refresh">Refresh</button>
                  </form>{' '}
                  <a href={`/ui/reports/${encodeURIComponent(r.id)}/diff`} class="view-diff">View diff</a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <form method="post" action="/ui/reports/check-all">
          <button type="submit" class="secondary">Check all reports</button>
        </form>
      </Layout>,
    );
  });
  app.post('/ui/reports', admin, async (c) => {
    if (!services.reports) return c.redirect('/ui/reports');
    const form = await c.req.parseBody();
    const name = String(form.name ?? '').trim();
    const question = String(form.question ?? '').trim() || undefined;
    const sql = String(form.sql ?? '').trim() || undefined;
    try {
      await services.reports.save({ name, question, sql });
      return c.redirect(`/ui/reports?notice=${encodeURIComponent(`Saved "${name}".`)}`);
    } catch (e) {
      return c.redirect(`/ui/reports?notice=${encodeURIComponent(`Not saved: ${message(e)}`)}`);
    }
  });
  app.post('/ui/reports/check-all', admin, async (c) => {
    if (services.reports) {
      const checks = await services.reports.checkAll();
      for (const check of checks) context.metrics.reportChecks.inc({ outcome: check.status });
    }
    return c.redirect('/ui/reports?notice=Checked');
  });
  app.post('/ui/reports/:id/refresh', admin, async (c) => {
    if (!services.reports) return c.redirect('/ui/reports');
    const check = await services.reports.refresh(c.req.param('id'));
    context.metrics.reportChecks.inc({ outcome: check.status });
    return c.redirect(`/ui/reports?notice=${encodeURIComponent(`${check.name}: ${check.status.replace('_', ' ')}`)}`);
  });
  app.get('/ui/reports/:id/diff', read, async (c) => {
    if (!services.reports) return c.redirect('/ui/reports');
    const id = c.req.param('id');
    const report = await services.reports.get(id);
    const diff = (await services.reports.diff(id)) as { columns?: string[]; added?: unknown[][]; removed?: unknown[][]; changed?: Array<{ before: unknown[]; after: unknown[] }> } | null;
    const columns = diff?.columns ?? [];
    return c.html(
      <Layout title="Report diff" active="/ui/reports">
        <h1>Changes in “{report?.name ?? id}”</h1>
        {!diff ? <div class="notice">No change recorded yet.</div> : null}
        {diff ? (
          <>
            <h2>Added rows ({diff.added?.length ?? 0})</h2>
            <ResultTable id="diff-added" columns={columns} rows={diff.added ?? []} />
            <h2>Removed rows ({diff.removed?.length ?? 0})</h2>
            <ResultTable id="diff-removed" columns={columns} rows={diff.removed ?? []} />
            <h2>Changed rows ({diff.changed?.length ?? 0})</h2>
            <ResultTable id="diff-changed" columns={['before', 'after']} rows={(diff.changed ?? []).map((c) => [JSON.stringify(c.before), JSON.stringify(c.after)])} />
            <details>
              <summary>Raw diff</summary>
              <pre>{JSON.stringify(diff, null, 2)}</pre>
            </details>
          </>
        ) : null}
      </Layout>,
    );
  });

  // Conflict queue.
  app.get('/ui/conflicts', read, async (c) => {
    const conflicts = await engine.sink.reader.all<Record<string, unknown>>(`SELECT * FROM entity_conflicts WHERE status = 'pending' ORDER BY detected_at DESC, id DESC`);
    const notice = c.req.query('notice');
    return c.html(
      <Layout title="Conflicts" active="/ui/conflicts">
        <h1>Conflicts waiting for review ({conflicts.length})</h1>
        {notice ? <div class="notice">{notice}</div> : null}
        <table id="conflicts">
          <thead>
            <tr><th>id</th><th>new name</th><th>existing</th><th>similarity</th><th>reason</th><th>resolve</th></tr>
          </thead>
          <tbody>
            {conflicts.map((k) => (
              <tr>
                <td>{String(k.id)}</td>
                <td>{String(k.candidate_name)}</td>
                <td>{String(k.existing_name)}</td>
                <td>{Number(k.similarity).toFixed(2)}</td>
                <td>{String(k.reason)}</td>
                <td>
                  <form method="post" action={`/ui/conflicts/${String(k.id)}/resolve`} class="inline">
                    <button name="action" value="merge" type="submit">Merge as alias</button>{' '}
                    <button name="action" value="keep_separate" type="submit" class="secondary">Keep separate</button>{' '}
                    <input name="newName" placeholder="new name" size={14} />{' '}
                    <button name="action" value="rename" type="submit" class="secondary">Rename</button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Layout>,
    );
  });
  app.post('/ui/conflicts/:id/resolve', admin, async (c) => {
    const form = await c.req.parseBody();
    const action = String(form.action ?? '') as 'merge' | 'keep_separate' | 'rename';
    const newName = String(form.newName ?? '').trim() || undefined;
    if (!services.catalog) return c.redirect('/ui/conflicts?notice=No%20discovery%20service');
    try {
      await services.catalog.resolveConflict(Number(c.req.param('id')), { action, newName });
      return c.redirect(`/ui/conflicts?notice=${encodeURIComponent(`Conflict ${c.req.param('id')} resolved (${action.replace('_', ' ')}).`)}`);
    } catch (e) {
      return c.redirect(`/ui/conflicts?notice=${encodeURIComponent(message(e))}`);
    }
  });

  // Upload form (posts to the API).
  app.get('/ui/ingest', read, (c) =>
    c.html(
      <Layout title="Ingest" active="/ui/ingest">
        <h1>Ingest files</h1>
        <p class="muted">PDFs, images, CSV/TSV/XLSX, Argilla exports. Up to {Math.round(options.maxUploadBytes / 1024 / 1024)} MiB per upload.</p>
        <form method="post" action="/ui/ingest" enctype="multipart/form-data">
          <input type="file" name="file" id="file" multiple />
          <label for="dataset">Dataset (optional)</label>
          <input id="dataset" name="dataset" />
          <button type="submit" id="upload">Upload</button>
        </form>
      </Layout>,
    ),
  );
  app.post('/ui/ingest', admin, async (c) => {
    const response = await app.request('/api/ingest', { method: 'POST', headers: c.req.raw.headers, body: c.req.raw.body, duplex: 'half' } as RequestInit);
    const body = (await response.json()) as { batches?: Array<{ file: string; status: string; rowsLoaded: number; dataset: string }>; failures?: Array<{ input: string; message: string }>; detail?: string };
    return c.html(
      <Layout title="Ingest" active="/ui/ingest">
        <h1>Ingest result</h1>
        {body.detail ? <div class="error">{body.detail}</div> : null}
        <ResultTable id="ingest-result" columns={['file', 'dataset', 'status', 'rows loaded']} rows={(body.batches ?? []).map((b) => [b.file, b.dataset, b.status, b.rowsLoaded])} />
        {(body.failures ?? []).map((f) => <div class="error">{f.input}: {f.message}</div>)}
        <a href="/ui/ingest">Upload more</a>
      </Layout>,
      response.status === 413 ? 413 : 200,
    );
  });
}
