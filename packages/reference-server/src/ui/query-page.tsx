import type { Context } from 'hono';
import { LivingSchemaError } from '@living-schema/core';
import type { QueryMode, QueryResponse } from '../services.js';
import type { Identity } from '../sessions.js';
import { recentUploads } from './batch-files.js';
import { attachment, toCsv } from './csv.js';
import { Layout, ResultTable } from './layout.js';
import { message, type UiRoutes } from './ui-context.js';
import { CsrfField, withCsrf } from './csrf-field.js';
import { FeedbackForm } from './feedback-form.js';

interface AskInput {
  question?: string;
  sql?: string;
  asOf?: string;
}

/** The question, SQL and moment from the query string (a link) or the posted form. */
function askInput(fields: Record<string, unknown>): AskInput {
  const value = (name: string) => (typeof fields[name] === 'string' ? fields[name].trim() : '') || undefined;
  return { question: value('question'), sql: value('sql'), asOf: value('asOf') };
}

/** Runs the page's question or SQL; the query log keeps the signed-in token's name as who asked. */
async function run(c: Context, routes: UiRoutes, input: AskInput): Promise<QueryResponse> {
  const mode: QueryMode = input.asOf ? 'time_travel' : 'live';
  const { question, sql, asOf } = input;
  const askedBy = (c.get('identity' as never) as Identity | undefined)?.name;
  return routes.query.run({ ...(question ? { question } : { sql }), mode, asOf, ...(askedBy ? { askedBy } : {}) });
}

/** The logged run a failed question left (its id is what feedback teaches), if any. */
function loggedRunOf(error: unknown): string | undefined {
  const id = LivingSchemaError.isInstance(error) ? error.details.executionId : undefined;
  return typeof id === 'string' ? id : undefined;
}

/** "2026-11-24T10:00:00.000Z" -> "2026-11-24 10:00:00" */
function shortTime(iso: string): string {
  return iso.slice(0, 19).replace('T', ' ');
}

/** Moments to time-travel to: just before each loaded file, and each schema version. */
async function moments(routes: UiRoutes): Promise<Array<{ label: string; at: string }>> {
  const engine = routes.context.services.engine;
  const uploads = await recentUploads(engine.sink.reader, { loadedOnly: true });
  const versions = await engine.schema.versions();
  return [
    ...uploads.map((u) => ({
      label: `before ${u.file} (${shortTime(u.startedAt)})`,
      at: u.startedAt,
    })),
    ...versions.map((v) => ({ label: `schema v${v.version} (${v.createdAt})`, at: v.createdAt })),
  ];
}

/** The CSV link reruns the SQL shown (not the question, which a model might answer differently). */
function csvHref(result: QueryResponse, asOf: string | undefined): string {
  const query = new URLSearchParams({ sql: result.sql, ...(asOf ? { asOf } : {}) });
  return withCsrf(`/ui/query/csv?${query}`);
}

function SaveReportForm(props: { question?: string; sql: string }) {
  return (
    <form method="post" action="/ui/reports" class="row">
      <CsrfField />
      <input type="hidden" name="question" value={props.question ?? ''} />
      <input type="hidden" name="sql" value={props.question ? '' : props.sql} />
      <div>
        <label for="report-name">Save as report</label>
        <input id="report-name" name="name" placeholder="report name" required />
      </div>
      <button type="submit" id="save-report">
        Save report
      </button>
    </form>
  );
}

function Answer(props: { result: QueryResponse; input: AskInput; canSave: boolean; canTeach: boolean }) {
  const { result, input } = props;
  const hash = result.resultHash ? `, hash ${result.resultHash.slice(0, 12)}` : '';
  return (
    <>
      <h2>SQL</h2>
      <pre id="generated-sql">{result.sql}</pre>
      <p class="muted" id="result-meta">
        {result.rowCount} row(s), {result.mode}
        {input.asOf ? ` as of ${input.asOf}` : ''}, {Math.round(result.durationMs)} ms{hash}
      </p>
      <div class="actions">
        <a href={csvHref(result, input.asOf)} id="download-csv" download>
          Download CSV
        </a>
      </div>
      <ResultTable id="result" columns={result.columns} rows={result.rows} />
      {props.canTeach && input.question && result.executionId ? <FeedbackForm executionId={result.executionId} sql={result.sql} /> : null}
      {props.canSave ? <SaveReportForm question={input.question} sql={result.sql} /> : null}
    </>
  );
}

/** Ask a question or run SQL, with the "Data as of" selector and a CSV download of the answer. */
export function registerQueryPage(routes: UiRoutes): void {
  const { app, read, context } = routes;
  // A link (GET) only fills the form in: running a query is logged work, so it takes the form's
  // POST with its CSRF token, and a page of another site cannot run queries in a user's name.
  app.get('/ui/query', read, async (c) => askPage(c, askInput(c.req.query()), {}));
  app.post('/ui/query', read, async (c) => {
    const input = askInput(await c.req.parseBody());
    if (!input.question && !input.sql) return askPage(c, input, {});
    try {
      return askPage(c, input, { result: await run(c, routes, input) });
    } catch (e) {
      return askPage(c, input, { error: message(e), failedExecutionId: loggedRunOf(e) });
    }
  });

  async function askPage(c: Context, input: AskInput, outcome: { result?: QueryResponse; error?: string; failedExecutionId?: string }) {
    const { result, error, failedExecutionId } = outcome;
    const teachRefusal = Boolean(context.services.feedback && input.question && failedExecutionId);
    const choices = await moments(routes);
    return c.html(
      <Layout title="Ask" active="/ui/query">
        <h1>Ask a question</h1>
        <form method="post" action="/ui/query">
          <CsrfField />
          <label for="question">Question</label>
          <textarea id="question" name="question" rows={2}>
            {input.question ?? ''}
          </textarea>
          <label for="sql">…or SQL (one read-only SELECT)</label>
          <textarea id="sql" name="sql" rows={3}>
            {input.question ? '' : input.sql ?? ''}
          </textarea>
          <div class="row">
            <div>
              <label for="as-of">Data as of</label>
              <select id="as-of" name="asOf">
                <option value="">now (live)</option>
                {choices.map((m) => (
                  <option value={m.at} selected={input.asOf === m.at}>
                    {m.label}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" id="ask">
              Run
            </button>
          </div>
        </form>
        {error ? (
          <div class="error" id="query-error">
            {error}
          </div>
        ) : null}
        {teachRefusal ? <FeedbackForm executionId={failedExecutionId!} sql="" /> : null}
        {result ? (
          <Answer result={result} input={input} canSave={Boolean(context.services.reports)} canTeach={Boolean(context.services.feedback)} />
        ) : null}
      </Layout>,
    );
  }

  // The download link carries the CSRF token: a link from another site cannot run a query.
  app.get('/ui/query/csv', read, routes.auth.csrfOnGet, async (c) => {
    const input = askInput(c.req.query());
    if (!input.question && !input.sql)
      return c.text('Give `sql` (or `question`) to download its answer as CSV.', 400);
    try {
      const result = await run(c, routes, input);
      return c.body(toCsv(result.columns, result.rows), 200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': attachment(`answer-${(result.resultHash ?? 'query').slice(0, 12)}`),
      });
    } catch (e) {
      return c.text(message(e), 400);
    }
  });
}
