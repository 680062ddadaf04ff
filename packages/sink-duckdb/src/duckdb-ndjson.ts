import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { toSnakeCase, type Batch } from '@living-schema/core';

/** Writes a batch's rows as newline-delimited JSON (records numbered `_row`, other kinds' keys in snake_case) for DuckDB's reader. */
export async function writeNdjson(path: string, rows: ReadonlyArray<Record<string, unknown>>, kind: Batch['kind']): Promise<void> {
  const stream = createWriteStream(path);
  const finished = once(stream, 'close');
  try {
    let index = 0;
    for (const row of rows) {
      index += 1;
      const line = JSON.stringify(kind === 'records' ? { _row: index, ...row } : snakeKeys(row), jsonReplacer);
      if (!stream.write(`${line}\n`)) await once(stream, 'drain');
    }
  } finally {
    stream.end();
  }
  await finished;
}

function snakeKeys(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) out[toSnakeCase(key)] = value;
  return out;
}

function jsonReplacer(_key: string, value: unknown): unknown {
  if (typeof value === 'bigint') return value.toString();
  return value;
}
