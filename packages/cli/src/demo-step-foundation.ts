import type { DemoStep } from './demo-steps.js';
import { sampleSource } from './sample-data.js';

const QUERIES: Array<{ title: string; sql: string }> = [
  { title: 'Vessels per flag state', sql: 'SELECT flag_state, count(*) AS vessels FROM vessels GROUP BY flag_state ORDER BY vessels DESC, flag_state' },
  { title: 'Largest five vessels', sql: 'SELECT vessel_name, vessel_type, gross_tonnage FROM vessels ORDER BY gross_tonnage DESC LIMIT 5' },
  { title: 'Annotations per entity type', sql: 'SELECT label, count(*) AS spans FROM annotations GROUP BY label ORDER BY label' },
];

/** Loads the built-in sample registry and reports, then queries them. */
export const foundationStep: DemoStep = {
  name: 'foundation',
  sources: () => [sampleSource()],
  async run({ engine }) {
    const ingest = await engine.ingest(['sample:registry', 'sample:reports'], { source: 'sample' });
    const sections = [
      {
        title: 'Ingest of the sample registry and reports',
        lines: ingest.batches.map(
          (b) => `${b.status === 'skipped' ? 'already loaded' : b.status}: ${b.kind} -> ${b.dataset} (${b.rowsIn} in, ${b.rowsLoaded} loaded, ${b.rowsQuarantined} quarantined)`,
        ),
      },
    ];
    for (const query of QUERIES) {
      const result = await engine.query(query.sql);
      sections.push({ title: query.title, sql: query.sql, table: { columns: result.columns.map((c) => c.name), rows: result.rows } } as never);
    }
    return sections;
  },
};
