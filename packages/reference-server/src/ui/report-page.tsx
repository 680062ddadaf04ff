import type { ReportHistoryEntry, ReportSummary } from '../services.js';
import { attachment, toCsv } from './csv.js';
import { Layout, Notice, ResultTable, Scroll } from './layout.js';
import {
  DiffTables,
  StatusBadge,
  reportNotFound,
  reportPath,
  type ReportDiffView,
} from './reports-pages.js';
import type { UiRoutes } from './ui-context.js';
import { CsrfField } from './csrf-field.js';

function Actions(props: { report: ReportSummary }) {
  const path = reportPath(props.report.id);
  return (
    <div class="actions">
      <form method="post" action={`${path}/refresh`} class="inline">
        <CsrfField />
        <input type="hidden" name="back" value="report" />
        <button type="submit" id="refresh-report">
          Refresh
        </button>
      </form>
      <a href={`${path}/answer.csv`} id="report-csv" download>
        Download CSV
      </a>
      <a href={`${path}/diff`}>Diff page</a>
      <a href={`${path}/delete`} id="delete-report">
        Delete…
      </a>
    </div>
  );
}

function Definition(props: { report: ReportSummary }) {
  const r = props.report;
  return (
    <>
      {r.question ? (
        <p id="report-question">
          <b>Question:</b> {r.question}
        </p>
      ) : null}
      <pre id="report-sql">{r.sql}</pre>
      <p class="muted">
        Mode {r.mode}, schema v{r.schemaVersion ?? '?'}, baseline {r.watermark ?? 'unknown'}, last
        checked {r.lastCheckedAt ?? 'never'}.
      </p>
    </>
  );
}

function History(props: { history: ReportHistoryEntry[] }) {
  return (
    <Scroll tall>
      <table id="report-history">
        <thead>
          <tr>
            <th>when</th>
            <th>outcome</th>
            <th>rows</th>
            <th>added</th>
            <th>removed</th>
            <th>changed</th>
            <th>schema</th>
            <th>note</th>
          </tr>
        </thead>
        <tbody>
          {props.history.map((h) => (
            <tr>
              <td class="when">{h.checkedAt}</td>
              <td>
                <StatusBadge status={h.outcome} />
              </td>
              <td class="num">{h.rowCount ?? ''}</td>
              <td class="num">{h.added}</td>
              <td class="num">{h.removed}</td>
              <td class="num">{h.changed}</td>
              <td>{h.schemaVersion === null ? '' : `v${h.schemaVersion}`}</td>
              <td>{h.error ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Scroll>
  );
}

function LastChange(props: { diff: ReportDiffView | null; history: ReportHistoryEntry[] }) {
  const change = props.history.find(
    (h) => h.outcome === 'data_changed' || h.outcome === 'schema_changed',
  );
  if (!props.diff || !change)
    return (
      <p class="muted" id="last-change">
        No change detected since the report was saved.
      </p>
    );
  return (
    <div id="last-change">
      <p class="muted">
        Found by the check at {change.checkedAt} (<StatusBadge status={change.outcome} />
        ).
      </p>
      <DiffTables diff={props.diff} />
    </div>
  );
}

/** One report: question and SQL, its current answer, its history of checks and its last change. */
export function registerReportPage({ app, read, context }: UiRoutes): void {
  const reports = () => context.services.reports;
  app.get('/ui/reports/:id', read, async (c) => {
    const id = c.req.param('id');
    const report = await reports()?.get(id);
    if (!report) return reportNotFound(c, id);
    const [history, diff] = await Promise.all([
      reports()!.history(report.id),
      reports()!.diff(report.id) as Promise<ReportDiffView | null>,
    ]);
    const answer = report.lastResult ?? { columns: [], rows: [] };
    return c.html(
      <Layout title={report.name} active="/ui/reports">
        <h1>
          {report.name} <StatusBadge status={report.status} />
        </h1>
        <Notice text={c.req.query('notice')} />
        <Actions report={report} />
        <Definition report={report} />
        <h2>Current answer ({answer.rows.length} rows)</h2>
        <ResultTable id="report-answer" columns={answer.columns} rows={answer.rows} />
        <h2>History of checks ({history.length})</h2>
        <History history={history} />
        <h2>Last change</h2>
        <LastChange diff={diff} history={history} />
      </Layout>,
    );
  });

  app.get('/ui/reports/:id/answer.csv', read, async (c) => {
    const id = c.req.param('id');
    const report = await reports()?.get(id);
    if (!report) return c.text(`No report "${id}".`, 404);
    const answer = report.lastResult ?? { columns: [], rows: [] };
    return c.body(toCsv(answer.columns, answer.rows), 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': attachment(report.name),
    });
  });
}
