import type { Context } from 'hono';
import type { ReportService, ReportSummary } from '../services.js';
import { Layout, Notice, ResultTable, Scroll } from './layout.js';
import { message, withNotice, type UiRoutes } from './ui-context.js';
import { CsrfField } from './csrf-field.js';

export interface ReportDiffView {
  columns?: string[];
  added?: unknown[][];
  removed?: unknown[][];
  changed?: Array<{ before: unknown[]; after: unknown[] }>;
}

export const reportPath = (id: string) => `/ui/reports/${encodeURIComponent(id)}`;

export function StatusBadge(props: { status: string | null }) {
  return props.status ? (
    <span class={`badge ${props.status}`}>{props.status.replace('_', ' ')}</span>
  ) : null;
}

function NoQueryLayer() {
  return (
    <Layout title="Reports" active="/ui/reports">
      <div class="notice">No query layer is configured, so there are no saved reports.</div>
    </Layout>
  );
}

/** A page for a report id that does not exist (deleted, or a typo in the address). */
export function reportNotFound(c: Context, id: string) {
  return c.html(
    <Layout title="Report not found" active="/ui/reports">
      <h1>No report “{id}”</h1>
      <p>
        <a href="/ui/reports">All saved reports</a>
      </p>
    </Layout>,
    404,
  );
}

/** The rows a change added, removed and changed, as three tables (the report page reuses it). */
export function DiffTables(props: { diff: ReportDiffView }) {
  const { diff } = props;
  const columns = diff.columns ?? [];
  const changed = (diff.changed ?? []).map((c) => [
    JSON.stringify(c.before),
    JSON.stringify(c.after),
  ]);
  return (
    <>
      <h3>Added rows ({diff.added?.length ?? 0})</h3>
      <ResultTable id="diff-added" columns={columns} rows={diff.added ?? []} />
      <h3>Removed rows ({diff.removed?.length ?? 0})</h3>
      <ResultTable id="diff-removed" columns={columns} rows={diff.removed ?? []} />
      <h3>Changed rows ({diff.changed?.length ?? 0})</h3>
      <ResultTable id="diff-changed" columns={['before', 'after']} rows={changed} />
    </>
  );
}

function ReportRow(props: { report: ReportSummary }) {
  const r = props.report;
  return (
    <tr data-report={r.name}>
      <td>
        <a href={reportPath(r.id)} class="report-link">
          {r.name}
        </a>
      </td>
      <td>
        <StatusBadge status={r.status} />
      </td>
      <td>{r.question ?? <code>{r.sql}</code>}</td>
      <td>v{r.schemaVersion ?? '?'}</td>
      <td>{r.lastCheckedAt ?? ''}</td>
      <td>
        <form method="post" action={`${reportPath(r.id)}/refresh`} class="inline">
          <CsrfField />
          <button type="submit" class="refresh">
            Refresh
          </button>
        </form>{' '}
        <a href={`${reportPath(r.id)}/diff`} class="view-diff">
          View diff
        </a>
      </td>
    </tr>
  );
}

function registerList(
  { app, read, admin, context }: UiRoutes,
  reports: () => ReportService | undefined,
): void {
  app.get('/ui/reports', read, async (c) => {
    const service = reports();
    if (!service) return c.html(<NoQueryLayer />);
    const list = await service.list();
    return c.html(
      <Layout title="Reports" active="/ui/reports">
        <h1>Saved reports</h1>
        <Notice text={c.req.query('notice')} />
        <Scroll>
          <table id="reports">
            <thead>
              <tr>
                <th>name</th>
                <th>status</th>
                <th>question / SQL</th>
                <th>schema</th>
                <th>last checked</th>
                <th></th>
              </tr>
            </thead>
            <tbody>
              {list.map((r) => (
                <ReportRow report={r} />
              ))}
            </tbody>
          </table>
        </Scroll>
        <form method="post" action="/ui/reports/check-all">
          <CsrfField />
          <button type="submit" class="secondary">
            Check all reports
          </button>
        </form>
      </Layout>,
    );
  });
  app.post('/ui/reports', admin, async (c) => {
    const service = reports();
    if (!service) return c.redirect('/ui/reports');
    const form = await c.req.parseBody();
    const name = String(form.name ?? '').trim();
    const question = String(form.question ?? '').trim() || undefined;
    const sql = String(form.sql ?? '').trim() || undefined;
    try {
      await service.save({ name, question, sql });
      return c.redirect(withNotice('/ui/reports', `Saved "${name}".`));
    } catch (e) {
      return c.redirect(withNotice('/ui/reports', `Not saved: ${message(e)}`));
    }
  });
  app.post('/ui/reports/check-all', admin, async (c) => {
    const checks = (await reports()?.checkAll()) ?? [];
    for (const check of checks) context.metrics.reportChecks.inc({ outcome: check.status });
    return c.redirect(withNotice('/ui/reports', 'Checked'));
  });
}

function registerRefreshAndDelete(
  { app, admin, context }: UiRoutes,
  reports: () => ReportService | undefined,
): void {
  app.post('/ui/reports/:id/refresh', admin, async (c) => {
    const service = reports();
    if (!service) return c.redirect('/ui/reports');
    const id = c.req.param('id');
    if (!(await service.get(id))) return reportNotFound(c, id);
    // Back to the page the button was on: only these two, so the form cannot redirect elsewhere.
    const back =
      String((await c.req.parseBody()).back ?? '') === 'report' ? reportPath(id) : '/ui/reports';
    try {
      const check = await service.refresh(id);
      context.metrics.reportChecks.inc({ outcome: check.status });
      return c.redirect(withNotice(back, `${check.name}: ${check.status.replace('_', ' ')}`));
    } catch (e) {
      return c.redirect(withNotice(back, `Not checked: ${message(e)}`));
    }
  });
  app.get('/ui/reports/:id/delete', admin, async (c) => {
    const id = c.req.param('id');
    const report = await reports()?.get(id);
    if (!report) return reportNotFound(c, id);
    return c.html(
      <Layout title="Delete report" active="/ui/reports">
        <h1>Delete “{report.name}”?</h1>
        <p>
          The saved question, its answer and its history of checks are removed. This cannot be
          undone.
        </p>
        <form method="post" action={`${reportPath(report.id)}/delete`} class="actions">
          <CsrfField />
          <button type="submit" class="danger" id="confirm-delete">
            Delete report
          </button>
          <a href={reportPath(report.id)}>Cancel</a>
        </form>
      </Layout>,
    );
  });
  app.post('/ui/reports/:id/delete', admin, async (c) => {
    const id = c.req.param('id');
    const report = await reports()?.get(id);
    if (!report || !(await reports()!.remove(report.id))) return reportNotFound(c, id);
    return c.redirect(withNotice('/ui/reports', `Deleted "${report.name}".`));
  });
}

function registerDiffPage({ app, read }: UiRoutes, reports: () => ReportService | undefined): void {
  app.get('/ui/reports/:id/diff', read, async (c) => {
    const service = reports();
    if (!service) return c.redirect('/ui/reports');
    const id = c.req.param('id');
    const report = await service.get(id);
    if (!report) return reportNotFound(c, id);
    const diff = (await service.diff(report.id)) as ReportDiffView | null;
    return c.html(
      <Layout title="Report diff" active="/ui/reports">
        <h1>Changes in “{report.name}”</h1>
        <p>
          <a href={reportPath(report.id)}>Back to the report</a>
        </p>
        {diff ? <DiffTables diff={diff} /> : <div class="notice">No change recorded yet.</div>}
        {diff ? (
          <details>
            <summary>Raw diff</summary>
            <pre>{JSON.stringify(diff, null, 2)}</pre>
          </details>
        ) : null}
      </Layout>,
    );
  });
}

/** Reports list, save, check all, refresh, delete (with a confirmation page) and the diff page. */
export function registerReportsPages(routes: UiRoutes): void {
  const reports = () => routes.context.services.reports;
  registerList(routes, reports);
  registerRefreshAndDelete(routes, reports);
  registerDiffPage(routes, reports);
}
