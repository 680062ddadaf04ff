import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { argilla } from '@living-schema/source-argilla';
import { ocr, renderTextImage, writeSimplePdf } from '@living-schema/source-ocr';
import type { DemoSection, DemoStep } from './demo-steps.js';
import { MigrationReportTap, writeMigrationReport } from './migration-report.js';
import { sampleReports, sampleVessels } from './sample-data.js';

/** Splits text into lines of at most `width` characters at spaces. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

const tap = new MigrationReportTap();

/**
 * Documents and annotations: a text PDF and a scanned page made from the sample reports go
 * through the ocr source; the reports' labelled spans, saved the way Argilla's `to_disk` saves a
 * dataset, go through the argilla source with a migration report.
 */
export const documentsStep: DemoStep = {
  name: 'documents',
  // OCR one small page with one worker: the demo stays quick on a small machine.
  sources: () => tap.wrap([ocr({ dpi: 150 }), argilla()]),
  async run({ engine, workDirectory }) {
    const reports = sampleReports(sampleVessels());
    const folder = join(workDirectory, 'documents');
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, 'inspection-reports.pdf'), writeSimplePdf(reports.slice(0, 3).map((r) => ({ kind: 'text' as const, lines: wrap(r.text, 80) }))));
    await writeFile(join(folder, 'scanned-report.png'), renderTextImage(wrap(reports[3]!.text, 48), 32).png);

    const exportFolder = join(workDirectory, 'argilla-psc-reports');
    await mkdir(join(exportFolder, '.argilla'), { recursive: true });
    const labels = [...new Set(reports.flatMap((r) => r.spans.map((s) => s.label)))].sort();
    await writeFile(join(exportFolder, '.argilla', 'dataset.json'), JSON.stringify({ name: 'psc-reports' }));
    await writeFile(
      join(exportFolder, '.argilla', 'settings.json'),
      JSON.stringify({
        fields: [{ name: 'text', title: 'Report', required: true, settings: { type: 'text', use_markdown: false } }],
        questions: [{ name: 'entities', title: 'Entities', required: true, settings: { type: 'span', field: 'text', options: labels.map((l) => ({ value: l, text: l, description: null })), allow_overlapping: false } }],
        metadata: [],
        vectors: [],
      }),
    );
    await writeFile(
      join(exportFolder, 'records.json'),
      JSON.stringify(
        reports.map((r) => ({
          id: r.documentId,
          fields: { text: r.text },
          metadata: {},
          suggestions: {},
          responses: { entities: [{ value: r.spans.map(({ label, start, end }) => ({ label, start, end })), user_id: 'sme-1' }] },
          vectors: {},
          status: 'completed',
          _server_id: `psc-${r.documentId}`,
        })),
      ),
    );

    const documents = await engine.ingest([join(folder, 'inspection-reports.pdf'), join(folder, 'scanned-report.png')], { source: 'ocr' });
    const annotations = await engine.ingest(exportFolder, { source: 'argilla' });
    const report = await tap.report(engine, annotations.batches, annotations.failures);
    const reportPath = join(workDirectory, 'argilla-migration-report.json');
    const markdown = await writeMigrationReport(reportPath, report);

    const pages = await engine.query(
      `SELECT regexp_extract(source_uri, '[^/]+$') AS file, page_number AS page, extraction_method AS method, round(ocr_confidence, 1) AS confidence, left(replace(text, chr(10), ' '), 60) AS text
       FROM raw_documents WHERE extraction_method IN ('text-layer', 'ocr') ORDER BY file, page`,
    );
    const spans = report.batches.find((b) => b.kind === 'annotations');
    const t = report.totals;
    const sections: DemoSection[] = [
      {
        title: 'PDF and scanned page (ocr source)',
        lines: [
          ...documents.batches.map((b) => `${b.status === 'skipped' ? 'already loaded' : b.status}: ${b.sourceUri.split('/').pop()} (${b.rowsIn} pages)`),
          ...documents.failures.map((f) => `refused: ${f.message}`),
        ],
        table: { columns: pages.columns.map((c) => c.name), rows: pages.rows },
      },
      {
        title: 'Argilla to_disk export (argilla source) with a migration report',
        lines: [
          `${t.recordsRead} records, ${t.spansRead} spans read, ${t.spansLoaded} loaded now, ${t.spansAlreadyPresent} already present, ${t.spansRejected} rejected`,
          ...(spans?.labels ?? []).map((l) => `${l.label}: ${l.inSource} in the export, ${l.inDuckdb} in DuckDB`),
          `spot checks substring(text, start + 1, end - start) = span text: ${(spans?.spotChecks ?? []).filter((c) => c.matches).length}/${spans?.spotChecks.length ?? 0}`,
          report.ok ? `zero loss (report: ${markdown})` : `${t.problems} problem(s): see ${markdown}`,
        ],
      },
    ];
    return sections;
  },
};
