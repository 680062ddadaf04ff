import { LivingSchemaError, ErrorCodes } from '@living-schema/core';
import { offlineProvider, queryLayer, type SavedReport } from '@living-schema/query-llm';
import type { DemoSection, DemoStep } from './demo-steps.js';

const QUESTIONS = [
  'How many vessels are flagged in Liberia?',
  'Which owner has the largest total gross tonnage?',
  'How many documents mention PORT Busan?',
];
const REPORT = 'port calls per port';
const REPORT_QUESTION = 'How many port calls per port?';
const CHECK_SQL = `SELECT count(*) AS calls FROM port_calls WHERE port = 'Busan'`;

/**
 * Questions answered by the offline provider (no key, no network), a saved report, new data, the
 * report marked data_changed with its row diff, and the same question answered live, as of the
 * report's snapshot, and as of a moment before the new data (time travel).
 */
export const queryStep: DemoStep = {
  name: 'query',
  // The sample source is already in the engine (the foundation step adds it).
  async run({ engine }) {
    const layer = queryLayer(engine, { provider: offlineProvider() });
    try {
      const sections: DemoSection[] = [];
      for (const question of QUESTIONS) {
        const run = await layer.executeQuery({ question });
        sections.push({ title: `Ask (offline provider): ${question}`, sql: run.sql, table: { columns: run.columns.map((c) => c.name), rows: run.rows } });
      }

      // The first export of port calls, then a report over it.
      await engine.ingest('sample:port-calls', { source: 'sample' });
      let report: SavedReport;
      try {
        report = await layer.reports.get(REPORT);
      } catch (error) {
        if (!LivingSchemaError.hasCode(error, ErrorCodes.NOT_FOUND)) throw error;
        report = await layer.reports.save({ name: REPORT, question: REPORT_QUESTION });
      }
      sections.push({
        title: `Saved report "${report.name}" (schema version ${report.schemaVersion}, watermark ${report.watermark})`,
        sql: report.sql,
        lines: [`key columns for diffs: ${report.keyColumns.join(', ') || '(whole rows)'}`],
      });

      const beforeIngest = await engine.sink.reader.all<{ now: string }>(`SELECT strftime(now() AT TIME ZONE 'UTC', '%Y-%m-%dT%H:%M:%S.%fZ') AS now`);
      const ingest = await engine.ingest('sample:port-calls-update', { source: 'sample' });
      sections.push({
        title: 'New data: the next export of port calls',
        lines: ingest.batches.map((b) => `${b.status === 'skipped' ? 'already loaded' : b.status}: ${b.kind} -> ${b.dataset} (${b.rowsLoaded} loaded)`),
      });

      const [check] = await layer.detectReportChanges({ names: [REPORT] });
      const diffRows: unknown[][] = [
        ...check!.diff.added.map((r) => ['added', ...r]),
        ...check!.diff.removed.map((r) => ['removed', ...r]),
        ...check!.diff.changed.map((c) => ['changed', ...c.after.map((v, i) => (c.before[i] === v ? v : `${String(c.before[i])} -> ${String(v)}`))]),
      ];
      sections.push({
        title: `reports check: "${REPORT}" is ${check!.status}`,
        lines: [`+${check!.diff.added.length} -${check!.diff.removed.length} ~${check!.diff.changed.length} rows`],
        ...(diffRows.length ? { table: { columns: ['change', ...check!.diff.columns], rows: diffRows } } : {}),
      });

      const live = await layer.executeQuery({ sql: CHECK_SQL });
      const snapshot = await layer.executeQuery({ sql: CHECK_SQL, mode: 'snapshot', reportId: report.id });
      const past = await layer.executeQuery({ sql: CHECK_SQL, mode: 'time_travel', asOf: beforeIngest[0]!.now });
      sections.push({
        title: 'One question, three modes',
        sql: CHECK_SQL,
        table: {
          columns: ['mode', 'as of', 'calls at Busan', 'result hash'],
          rows: [
            ['live', 'now', live.rows[0]?.[0], live.resultHash.slice(0, 12)],
            ['snapshot', `report watermark ${snapshot.asOf}`, snapshot.rows[0]?.[0], snapshot.resultHash.slice(0, 12)],
            ['time_travel', past.asOf, past.rows[0]?.[0], past.resultHash.slice(0, 12)],
          ],
        },
        lines: ['Every run above is in query_executions with its mode, schema version, duration and result hash.'],
      });
      return sections;
    } finally {
      layer.close();
    }
  },
};
