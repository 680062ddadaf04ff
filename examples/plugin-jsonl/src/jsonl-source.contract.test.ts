// examples/plugin-jsonl/src/jsonl-source.contract.test.ts
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeSourceContract } from '@living-schema/core/testing';
import { jsonl } from './jsonl-source.js';

const directory = mkdtempSync(join(tmpdir(), 'ls-jsonl-'));
writeFileSync(join(directory, 'ports.jsonl'), '{"port":"Rotterdam"}\n{"port":"Busan"}\n');
await describeSourceContract('jsonl', { create: () => jsonl(), readable: [join(directory, 'ports.jsonl')], unreadable: [join(directory, 'missing.jsonl')] });
