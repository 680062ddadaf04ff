// Child process for crash tests: ingests `rows` vessel records into the database and, when told
// to, stops inside the load transaction (after every row was written, before COMMIT) so the
// parent can kill -9 it there.
import { writeFileSync } from 'node:fs';
import { createLivingSchema, sha256 } from '@living-schema/core';
import { duckdb } from '@living-schema/sink-duckdb';

const [database, staging, rowsText, mode, marker] = process.argv.slice(2);
const rows = Array.from({ length: Number(rowsText) }, (_, i) => ({ imo_number: 9000000 + i, vessel_name: `Vessel ${i}`, gross_tonnage: i * 3.5 }));
const source = {
  specificationVersion: 'v1',
  name: 'crash-test',
  kinds: ['records'],
  canRead: () => true,
  async *read() {
    yield { kind: 'records', source: 'crash-test', sourceUri: 'crash://vessels', dataset: 'vessels', contentHash: sha256(`vessels:${rows.length}`), payload: { format: 'rows', rows } };
  },
};
const hooks = mode === 'hang-before-commit'
  ? {
      beforeCommit: () => {
        writeFileSync(marker, 'in transaction');
        // Hold the transaction open (a pending promise alone does not keep Node running).
        setInterval(() => undefined, 1000);
        return new Promise(() => {});
      },
    }
  : undefined;
const ls = createLivingSchema({ sink: duckdb({ path: database, hooks }), stagingDirectory: staging, sources: [source], notifiers: [] });
const result = await ls.ingest('crash://vessels');
process.stdout.write(JSON.stringify(result));
await ls.close();
