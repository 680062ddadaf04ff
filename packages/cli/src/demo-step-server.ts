import { randomBytes } from 'node:crypto';
import { catalogService, queryService, reportService, startServer } from '@living-schema/reference-server';
import { createQueryLayer } from '@living-schema/query-llm';
import type { DemoStep } from './demo-steps.js';

/**
 * Starts the reference server on the demo's engine for a moment (127.0.0.1, a free port, a
 * one-off admin token), calls a few endpoints as a client would, and stops it.
 */
export const serverStep: DemoStep = {
  name: 'server',
  async run({ engine }) {
    const token = randomBytes(24).toString('hex');
    const layer = createQueryLayer({ sink: engine.sink, events: engine.events });
    const server = await startServer({
      services: { engine, query: queryService(layer), reports: reportService(layer), catalog: catalogService(engine) },
      options: { port: 0, tokens: [{ token, scope: 'admin', name: 'demo' }], logRequests: false, schedules: { reconciliation: false, reportChecks: false } },
      env: {},
      log: () => undefined,
    });
    try {
      const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
      const health = (await (await fetch(`${server.url}/healthz`)).json()) as { schemaVersion: number };
      const versions = (await (await fetch(`${server.url}/api/schema/versions`, { headers })).json()) as unknown[];
      const answer = (await (await fetch(`${server.url}/api/query`, { method: 'POST', headers, body: JSON.stringify({ question: 'How many vessels are there per flag state?' }) })).json()) as {
        sql: string;
        columns: string[];
        rows: unknown[][];
      };
      const anonymous = await fetch(`${server.url}/api/schema/current`);
      const metrics = await (await fetch(`${server.url}/metrics`, { headers })).text();
      const metricLines = metrics.split('\n').filter((line) => /^living_schema_(schema_version|ingest_rows_total|open_conflicts) /.test(line) || /^living_schema_ingest_rows_total\{/.test(line));
      return [
        {
          title: `Reference server (${server.url}, stopped after the demo; start it with \`npx living-schema serve\`)`,
          lines: [
            `GET /healthz -> schema version ${health.schemaVersion}`,
            `GET /api/schema/versions -> ${versions.length} versions`,
            `GET /api/schema/current without a token -> HTTP ${anonymous.status}`,
            ...metricLines.map((line) => `GET /metrics: ${line}`),
            'POST /api/query {"question": "How many vessels are there per flag state?"}',
            `  -> ${answer.sql}`,
          ],
          table: { columns: answer.columns, rows: answer.rows },
        },
      ];
    } finally {
      await server.close();
      layer.close();
    }
  },
};
