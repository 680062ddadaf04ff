// examples/plugin-kinds/src/webhook-notifier.test.ts
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { createLivingSchema, sha256, type SourceV1 } from '@living-schema/core';
import { describeNotifierContract } from '@living-schema/core/testing';
import { duckdb } from '@living-schema/sink-duckdb';
import { auditTrail } from './audit-trail.js';
import { webhookNotifier } from './webhook-notifier.js';

// A real HTTP endpoint on 127.0.0.1 that keeps every JSON body POSTed to it.
const received: Array<{ event: string; title: string; data: Record<string, unknown> }> = [];
const server = createServer((request, response) => {
  let body = '';
  request.on('data', (chunk) => (body += chunk));
  request.on('end', () => {
    received.push(JSON.parse(body));
    response.writeHead(204).end();
  });
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
afterAll(() => new Promise((resolve) => server.close(resolve)));

await describeNotifierContract('webhook', {
  create: () => webhookNotifier({ url }),
  verifyDelivered: (sent) => expect(received.splice(0).map((n) => n.title)).toEqual(sent.map((n) => n.title)),
});

const ports: SourceV1 = {
  specificationVersion: 'v1', name: 'ports', kinds: ['records'], canRead: () => true,
  async *read() {
    const rows = [{ port: 'Rotterdam' }, { port: 'Busan' }];
    yield { kind: 'records', source: 'ports', sourceUri: 'mem://ports', dataset: 'ports', contentHash: sha256(JSON.stringify(rows)), payload: { format: 'rows', rows } };
  },
};

it('hears the events it chose, the audit module\'s own event too, and no other', async () => {
  const directory = mkdtempSync(join(tmpdir(), 'ls-webhook-'));
  const ls = createLivingSchema({
    sink: duckdb({ path: join(directory, 'db.duckdb') }), stagingDirectory: join(directory, 'staging'),
    sources: [ports],
    plugins: [auditTrail({ by: 'harbour-ops' })],
    notifiers: [webhookNotifier({ url, events: ['batch.loaded', 'audit.recorded'] })],
  });
  const [batch] = (await ls.ingest('mem://ports')).batches;
  await ls.close(); // close waits for deliveries under way
  // Deliveries run concurrently: they may arrive in either order.
  const heard = received.map(({ event, title, data }) => ({ event, title, data })).sort((a, b) => a.event.localeCompare(b.event));
  expect(heard).toEqual([
    { event: 'audit.recorded', title: 'audit.recorded', data: { batchId: batch!.batchId, dataset: 'ports', rowsLoaded: 2, by: 'harbour-ops' } },
    { event: 'batch.loaded', title: 'Batch loaded into ports', data: expect.objectContaining({ batchId: batch!.batchId, rowsLoaded: 2 }) },
  ]);
});
