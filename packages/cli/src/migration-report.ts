import { writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { deriveBatchId, type Batch, type BatchOutcome, type InputFailure, type LivingSchema, type SourceV1 } from '@living-schema/core';

/** What a source handed over in one batch, counted before anything was loaded. */
interface SourceSide {
  recordsRead: number;
  rowsRead: number;
  rejected: Array<{ reason: string; row: number | null }>;
  labels: Map<string, number>;
  annotationIds: string[];
  pages: Array<[string, number]>;
}

export interface MigrationBatchReport {
  batchId: string;
  kind: Batch['kind'];
  source: string;
  sourceUri: string;
  dataset: string;
  status: BatchOutcome['status'];
  recordsRead: number;
  /** Spans (annotations) or pages (documents) the source read, usable or not. */
  rowsRead: number;
  rowsLoaded: number;
  rowsAlreadyPresent: number;
  /** Stored spans of the batch's records that it no longer holds, moved to `annotations_history`. */
  rowsSuperseded: number;
  rowsRejected: number;
  rejectedByReason: Array<{ reason: string; count: number; exampleRows: Array<number | null> }>;
  labels: Array<{ label: string; inSource: number; inDuckdb: number }>;
  spotChecks: Array<{ annotationId: string; documentId: string; spanStart: number; spanEnd: number; storedText: string; textAtOffsets: string | null; matches: boolean }>;
  problems: string[];
}

export interface MigrationReport {
  generatedAt: string;
  ok: boolean;
  totals: { batches: number; recordsRead: number; spansRead: number; spansLoaded: number; spansAlreadyPresent: number; spansSuperseded: number; spansRejected: number; pagesRead: number; pagesLoaded: number; problems: number };
  batches: MigrationBatchReport[];
  failures: InputFailure[];
}

const SPOT_CHECKS = 12;

/** Groups "record 7: span 3-9 (PORT) is outside…" and "record 8: …" under one reason. */
function reasonKey(reason: string): string {
  return reason
    .replace(/^record [^:]+: /, '')
    .replace(/ by [^ (]+/, '')
    .replace(/\s*\([^)]*\)/g, '')
    .replace(/\b\d+-\d+\b/g, 'N-M')
    .trim();
}

/**
 * Watches what sources yield so a report can compare it with what landed in DuckDB. Wrap the
 * sources given to the engine, ingest, then call {@link MigrationReportTap.report}.
 */
export class MigrationReportTap {
  private readonly seen = new Map<string, SourceSide>();

  wrap(sources: SourceV1[]): SourceV1[] {
    return sources.map((source) => ({
      ...source,
      canRead: (input) => source.canRead(input),
      read: (input, context) => this.observe(source.read(input, context)),
    }));
  }

  private async *observe(batches: AsyncIterable<Batch>): AsyncIterable<Batch> {
    for await (const batch of batches) {
      const rows = batch.payload.format === 'rows' ? batch.payload.rows : [];
      const side: SourceSide = {
        recordsRead: batch.recordsRead ?? rows.length + (batch.rejected?.length ?? 0),
        rowsRead: (batch.payload.format === 'rows' ? rows.length : batch.payload.rowCount) + (batch.rejected?.length ?? 0),
        rejected: (batch.rejected ?? []).map((r) => ({ reason: r.reason, row: r.row })),
        labels: new Map(),
        annotationIds: [],
        pages: [],
      };
      if (batch.kind === 'annotations') {
        // A span repeated within a batch is one annotation: labels count distinct annotation ids.
        const ids = new Set<string>();
        for (const row of rows) {
          const id = String(row.annotationId ?? row.annotation_id);
          if (ids.has(id)) continue;
          ids.add(id);
          const label = String(row.label);
          side.labels.set(label, (side.labels.get(label) ?? 0) + 1);
          side.annotationIds.push(id);
        }
      } else if (batch.kind === 'documents') {
        for (const row of rows) side.pages.push([String(row.documentId ?? row.document_id), Number(row.pageNumber ?? row.page_number)]);
      }
      this.seen.set(deriveBatchId(batch), side);
      yield batch;
    }
  }

  /** Builds the report: counts per batch, labels in the source against DuckDB, spot checks of span offsets. */
  async report(engine: LivingSchema, batches: BatchOutcome[], failures: InputFailure[]): Promise<MigrationReport> {
    const reader = engine.sink.reader;
    const out: MigrationBatchReport[] = [];
    for (const outcome of batches) {
      const side = this.seen.get(outcome.batchId);
      const problems: string[] = [];
      const rowsAlreadyPresent = outcome.status === 'skipped' ? Math.max(0, outcome.rowsIn - (side?.rejected.length ?? 0)) : (outcome.rowsAlreadyPresent ?? 0);
      const rowsRejected = side?.rejected.length ?? outcome.rowsQuarantined;
      if (outcome.status === 'failed') problems.push(`batch failed: ${outcome.error ?? 'unknown error'}`);
      if (side && outcome.status !== 'failed' && outcome.rowsIn !== side.rowsRead) problems.push(`the source read ${side.rowsRead} rows but the store counted ${outcome.rowsIn} in`);
      if (outcome.status === 'loaded' && outcome.rowsIn !== outcome.rowsLoaded + outcome.rowsQuarantined + (outcome.rowsAlreadyPresent ?? 0)) {
        problems.push(`rows in (${outcome.rowsIn}) != loaded (${outcome.rowsLoaded}) + rejected (${outcome.rowsQuarantined}) + already present (${outcome.rowsAlreadyPresent ?? 0})`);
      }
      const grouped = new Map<string, { count: number; exampleRows: Array<number | null> }>();
      for (const rejected of side?.rejected ?? []) {
        const key = reasonKey(rejected.reason);
        const entry = grouped.get(key) ?? { count: 0, exampleRows: [] };
        entry.count += 1;
        if (entry.exampleRows.length < 5) entry.exampleRows.push(rejected.row);
        grouped.set(key, entry);
      }
      const labels: MigrationBatchReport['labels'] = [];
      const spotChecks: MigrationBatchReport['spotChecks'] = [];
      if (side && outcome.kind === 'annotations' && outcome.status !== 'failed' && side.annotationIds.length > 0) {
        const ids = JSON.stringify(side.annotationIds);
        const stored = await reader.all<{ label: string; n: number }>(
          `SELECT a.label, count(*) AS n FROM annotations a
           JOIN (SELECT DISTINCT unnest(from_json($1::JSON, '["VARCHAR"]')) AS id) ids ON a.annotation_id = ids.id
           GROUP BY a.label`,
          [ids],
        );
        const inDuckdb = new Map(stored.map((r) => [r.label, Number(r.n)]));
        for (const label of new Set([...side.labels.keys(), ...inDuckdb.keys()])) {
          labels.push({ label, inSource: side.labels.get(label) ?? 0, inDuckdb: inDuckdb.get(label) ?? 0 });
        }
        labels.sort((a, b) => a.label.localeCompare(b.label));
        for (const entry of labels) {
          if (entry.inSource !== entry.inDuckdb) problems.push(`label ${entry.label}: ${entry.inSource} in the source, ${entry.inDuckdb} in DuckDB`);
        }
        const step = Math.max(1, Math.floor(side.annotationIds.length / SPOT_CHECKS));
        const sample = side.annotationIds.filter((_, i) => i % step === 0).slice(0, SPOT_CHECKS);
        // DuckDB's substring is 1-based and takes a length: the span [start, end) is substring(text, start + 1, end - start).
        const checks = await reader.all<{ annotation_id: string; document_id: string; span_start: number; span_end: number; text: string; at_offsets: string | null }>(
          `SELECT a.annotation_id, a.document_id, a.span_start, a.span_end, a.text,
                  substring(d.text, a.span_start + 1, a.span_end - a.span_start) AS at_offsets
           FROM annotations a
           LEFT JOIN raw_documents d ON d.document_id = a.document_id AND d.page_number = 1
           WHERE a.annotation_id IN (SELECT unnest(from_json($1::JSON, '["VARCHAR"]')))
           ORDER BY a.annotation_id`,
          [JSON.stringify(sample)],
        );
        for (const check of checks) {
          const matches = check.at_offsets !== null && check.at_offsets === check.text;
          spotChecks.push({ annotationId: check.annotation_id, documentId: check.document_id, spanStart: check.span_start, spanEnd: check.span_end, storedText: check.text, textAtOffsets: check.at_offsets, matches });
          if (!matches) problems.push(`span ${check.annotation_id} (${check.span_start}-${check.span_end}) stores "${check.text}" but the document has "${check.at_offsets ?? '(no document)'}" there`);
        }
        if (checks.length !== sample.length) problems.push(`${sample.length - checks.length} sampled spans are missing from DuckDB`);
      }
      if (side && outcome.kind === 'documents' && outcome.status !== 'failed' && side.pages.length > 0) {
        const present = await reader.all<{ n: number }>(
          `SELECT count(*) AS n FROM (SELECT DISTINCT document_id, page_number FROM raw_documents
             WHERE (document_id, page_number) IN (SELECT (p[1], p[2]::INTEGER) FROM (SELECT unnest(from_json($1::JSON, '[["VARCHAR"]]')) AS p)))`,
          [JSON.stringify(side.pages.map(([d, p]) => [d, String(p)]))],
        );
        const distinct = new Set(side.pages.map(([d, p]) => `${d}\u0000${p}`)).size;
        if (Number(present[0]?.n ?? 0) !== distinct) problems.push(`${distinct} pages read, ${present[0]?.n ?? 0} of them in raw_documents`);
      }
      out.push({
        batchId: outcome.batchId,
        kind: outcome.kind,
        source: outcome.source,
        sourceUri: outcome.sourceUri,
        dataset: outcome.dataset,
        status: outcome.status,
        recordsRead: side?.recordsRead ?? 0,
        rowsRead: side?.rowsRead ?? outcome.rowsIn,
        rowsLoaded: outcome.rowsLoaded,
        rowsAlreadyPresent,
        rowsSuperseded: outcome.rowsSuperseded ?? 0,
        rowsRejected,
        rejectedByReason: [...grouped].map(([reason, v]) => ({ reason, ...v })).sort((a, b) => b.count - a.count),
        labels,
        spotChecks,
        problems,
      });
    }
    const annotations = out.filter((b) => b.kind === 'annotations');
    const documents = out.filter((b) => b.kind === 'documents');
    const sum = (list: MigrationBatchReport[], key: keyof MigrationBatchReport) => list.reduce((n, b) => n + (b[key] as number), 0);
    const problems = out.reduce((n, b) => n + b.problems.length, 0);
    return {
      generatedAt: new Date().toISOString(),
      ok: problems === 0,
      totals: {
        batches: out.length,
        recordsRead: annotations.length ? sum(annotations, 'recordsRead') : sum(documents, 'recordsRead'),
        spansRead: sum(annotations, 'rowsRead'),
        spansLoaded: sum(annotations, 'rowsLoaded'),
        spansAlreadyPresent: sum(annotations, 'rowsAlreadyPresent'),
        spansSuperseded: sum(annotations, 'rowsSuperseded'),
        spansRejected: sum(annotations, 'rowsRejected'),
        pagesRead: sum(documents, 'rowsRead'),
        pagesLoaded: sum(documents, 'rowsLoaded'),
        problems,
      },
      batches: out,
      failures,
    };
  }
}

/** The report as Markdown, for people. */
export function renderMigrationReport(report: MigrationReport): string {
  const t = report.totals;
  const lines = [
    `# Migration report`,
    '',
    `Generated ${report.generatedAt}. Result: **${report.ok ? 'zero loss: every count reconciles and every spot check matches' : `${t.problems} problem(s)`}**${report.failures.length ? `; ${report.failures.length} input(s) could not be read` : ''}.`,
    '',
    `| records read | spans read | spans loaded | already present | superseded | rejected | pages read | pages loaded |`,
    `|---:|---:|---:|---:|---:|---:|---:|---:|`,
    `| ${t.recordsRead} | ${t.spansRead} | ${t.spansLoaded} | ${t.spansAlreadyPresent} | ${t.spansSuperseded} | ${t.spansRejected} | ${t.pagesRead} | ${t.pagesLoaded} |`,
    '',
  ];
  for (const batch of report.batches) {
    lines.push(`## ${batch.kind}: ${batch.sourceUri}`, '', `Batch \`${batch.batchId}\` (${batch.status}): ${batch.recordsRead} records, ${batch.rowsRead} ${batch.kind === 'documents' ? 'pages' : 'spans'} read, ${batch.rowsLoaded} loaded, ${batch.rowsAlreadyPresent} already present, ${batch.rowsRejected} rejected${batch.rowsSuperseded ? `; ${batch.rowsSuperseded} stored span(s) of these records superseded (moved to annotations_history)` : ''}.`, '');
    if (batch.rejectedByReason.length) {
      lines.push('| rejected because | count | example rows |', '|---|---:|---|');
      for (const r of batch.rejectedByReason) lines.push(`| ${r.reason.replace(/\|/g, '\\|')} | ${r.count} | ${r.exampleRows.join(', ')} |`);
      lines.push('');
    }
    if (batch.labels.length) {
      lines.push('| label | in source | in DuckDB |', '|---|---:|---:|');
      for (const l of batch.labels) lines.push(`| ${l.label} | ${l.inSource} | ${l.inDuckdb}${l.inSource === l.inDuckdb ? '' : ' ⚠'} |`);
      lines.push('');
    }
    if (batch.spotChecks.length) {
      const ok = batch.spotChecks.filter((c) => c.matches).length;
      lines.push(`Spot checks (\`substring(text, start + 1, end - start)\` = stored span): ${ok}/${batch.spotChecks.length} match.`, '');
      lines.push('| document | span | stored | at offsets |', '|---|---|---|---|');
      for (const c of batch.spotChecks.slice(0, 5)) lines.push(`| ${c.documentId} | ${c.spanStart}-${c.spanEnd} | ${c.storedText} | ${c.textAtOffsets ?? '(none)'} |`);
      lines.push('');
    }
    for (const problem of batch.problems) lines.push(`- ⚠ ${problem}`);
    if (batch.problems.length) lines.push('');
  }
  if (report.failures.length) {
    lines.push('## Inputs not read', '');
    for (const f of report.failures) lines.push(`- \`${f.input}\` [${f.code}]: ${f.message}`);
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}

/** Writes `report.json` and a Markdown rendering beside it (`report.md`); returns the Markdown path. */
export async function writeMigrationReport(path: string, report: MigrationReport): Promise<string> {
  await writeFile(path, `${JSON.stringify(report, null, 2)}\n`);
  const markdown = join(dirname(path), `${basename(path, extname(path))}.md`);
  await writeFile(markdown, renderMigrationReport(report));
  return markdown;
}
