import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { csv } from '@living-schema/source-csv';
import type { DemoSection, DemoStep } from './demo-steps.js';
import { sampleVessels } from './sample-data.js';

const DATASET = 'vessel_registry';

/**
 * Two monthly exports of the sample registry, as a registry office would send them: October as a
 * comma-separated file; November with semicolons, one header written differently (`VesselName`),
 * tonnage with decimals, a new `Year Built` column and one row cut short.
 */
export async function writeRegistryExports(directory: string): Promise<{ october: string; november: string }> {
  const vessels = sampleVessels();
  const october = join(directory, 'registry-2026-10.csv');
  const november = join(directory, 'registry-2026-11.csv');
  const octoberLines = ['IMO Number,Vessel Name,Flag State,Vessel Type,Gross Tonnage', ...vessels.slice(0, 24).map((v) => [v.imo_number, v.vessel_name, v.flag_state, v.vessel_type, v.gross_tonnage].join(','))];
  const novemberLines = [
    'IMO Number;VesselName;Flag State;Vessel Type;Gross Tonnage;Year Built',
    ...vessels.slice(20, 40).map((v, i) =>
      i === 7 ? [v.imo_number, v.vessel_name, v.flag_state].join(';') : [v.imo_number, v.vessel_name, v.flag_state, v.vessel_type, (v.gross_tonnage + 0.25).toFixed(2), v.year_built].join(';'),
    ),
  ];
  await writeFile(october, `${octoberLines.join('\n')}\n`);
  await writeFile(november, `${novemberLines.join('\n')}\n`);
  return { october, november };
}

/** Ingests the two exports into one dataset whose columns evolve; shows the counts reconcile and the quarantine. */
export const recordsStep: DemoStep = {
  name: 'records',
  sources: () => [csv()],
  async run({ engine, workDirectory }) {
    const { october, november } = await writeRegistryExports(workDirectory);
    const ingest = await engine.ingest([october, november], { source: 'csv', dataset: DATASET });
    const sections: DemoSection[] = [
      {
        title: 'Two exports of the registry (comma, then semicolon; a header renamed, a column added, a row cut short) into one dataset',
        lines: [
          ...ingest.batches.map(
            (b) => `${b.status === 'skipped' ? 'already loaded' : b.status}: ${b.sourceUri.split('/').pop()} -> ${b.dataset} (${b.rowsIn} in, ${b.rowsLoaded} loaded, ${b.rowsQuarantined} quarantined)`,
          ),
          ...ingest.batches.flatMap((b) => b.columnChanges.filter((c) => b.status === 'loaded' && c.change === 'widened').map((c) => `widened ${c.column}: ${c.from} -> ${c.to}`)),
          ...ingest.batches.slice(1).flatMap((b) => b.columnChanges.filter((c) => c.change === 'added').map((c) => `added ${c.column} (header "${c.originalName}")`)),
          ...ingest.failures.map((f) => `not loaded: ${f.message}`),
        ],
      },
    ];
    const queries: Array<{ title: string; sql: string }> = [
      {
        title: 'The dataset as it stands: typed columns (VesselName landed in vessel_name)',
        sql: `SELECT column_name, data_type FROM duckdb_columns() WHERE table_name = '${DATASET}' AND NOT starts_with(column_name, '_') ORDER BY column_index`,
      },
      {
        title: 'Counts reconcile: rows in = loaded + quarantined, per batch',
        sql: `SELECT split_part(source_uri, '/', -1) AS file, rows_in, rows_loaded, rows_quarantined, rows_in = rows_loaded + rows_quarantined AS reconciles FROM ingest_batches WHERE dataset = '${DATASET}' ORDER BY source_uri`,
      },
      {
        title: 'The quarantine: file, row number and reason (fix and replay: npx living-schema quarantine replay <batch> --from <file>)',
        sql: `SELECT split_part(source_uri, '/', -1) AS file, row_number, reason, raw FROM quarantine WHERE dataset = '${DATASET}' ORDER BY source_uri, row_number`,
      },
    ];
    for (const query of queries) {
      const result = await engine.query(query.sql);
      sections.push({ title: query.title, sql: query.sql, table: { columns: result.columns.map((c) => c.name), rows: result.rows } });
    }
    return sections;
  },
};
