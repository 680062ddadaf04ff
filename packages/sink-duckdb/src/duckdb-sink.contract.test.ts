import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeSinkContract } from '@living-schema/core/testing';
import { duckdb } from './duckdb-sink.js';

await describeSinkContract('duckdb (file)', { create: () => duckdb({ path: join(mkdtempSync(join(tmpdir(), 'ls-sink-')), 'contract.duckdb') }) });
await describeSinkContract('duckdb (:memory:)', { create: () => duckdb({ path: ':memory:' }) });
