import { readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLivingSchema } from '@living-schema/core';
import { duckdb } from '@living-schema/sink-duckdb';
import { startServer, type StartedServer } from './server.js';

const grafana = new URL('../grafana/', import.meta.url);
const dashboard = JSON.parse(readFileSync(new URL('living-schema-metrics.json', grafana), 'utf8'));
const TOKEN = 'metrics-token-0123456789abcdef';

let server: StartedServer;
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ls-grafana-'));
  const engine = createLivingSchema({ sink: duckdb({ path: join(dir, 'db.duckdb') }), stagingDirectory: join(dir, 'staging'), notifiers: [] });
  server = await startServer({ services: { engine }, options: { port: 0, tokens: [{ token: TOKEN, scope: 'read' }], logRequests: false }, env: {}, log: () => undefined });
});
afterAll(() => server.close());

function metricNames(expression: string): string[] {
  return [...expression.matchAll(/living_schema_[a-z0-9_]+/g)].map((m) => m[0].replace(/_(bucket|sum|count)$/, ''));
}

describe('Grafana dashboard', () => {
  it('is a current classic dashboard on a Prometheus datasource variable', () => {
    expect(dashboard.schemaVersion).toBeGreaterThanOrEqual(39);
    expect(dashboard.uid).toBe('living-schema-metrics');
    expect(dashboard.templating.list[0]).toMatchObject({ type: 'datasource', query: 'prometheus' });
    const titles = dashboard.panels.map((p: { title: string }) => p.title);
    for (const wanted of ['Schema version', 'New entity types per week', 'Conflict queue depth', 'Query time p50 / p95 / p99', 'Slow queries (over 1 s) by schema version']) {
      expect(titles).toContain(wanted);
    }
  });

  it('uses only metrics that /metrics exposes', async () => {
    const exposition = await (await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } })).text();
    const exposed = new Set([...exposition.matchAll(/^# TYPE (\S+) /gm)].map((m) => m[1]));
    const used = new Set<string>();
    for (const panel of dashboard.panels) for (const target of panel.targets) for (const name of metricNames(target.expr)) used.add(name);
    const alerts = readFileSync(new URL('provisioning/alerting/living-schema-alerts.yaml', grafana), 'utf8');
    for (const name of metricNames(alerts)) used.add(name);
    expect(used.size).toBeGreaterThan(8);
    for (const name of used) expect(exposed, `${name} is used by the dashboard but not exposed`).toContain(name);
  });

  it('ships provisioning for the dashboard, the datasource and both alerts', () => {
    const provider = readFileSync(new URL('provisioning/dashboards/living-schema.yaml', grafana), 'utf8');
    expect(provider).toContain('type: file');
    expect(readFileSync(new URL('provisioning/datasources/prometheus.yaml', grafana), 'utf8')).toContain('uid: prometheus');
    const alerts = readFileSync(new URL('provisioning/alerting/living-schema-alerts.yaml', grafana), 'utf8');
    expect(alerts).toMatch(/params: \[10\]/);
    expect(alerts).toMatch(/params: \[5\]/);
  });
});
