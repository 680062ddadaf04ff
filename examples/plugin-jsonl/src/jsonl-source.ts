// examples/plugin-jsonl/src/jsonl-source.ts
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { z } from 'zod';
import {
  ErrorCodes, LivingSchemaError, parsePluginOptions, sha256, toSnakeCase,
  type Batch, type RejectedRow, type SourceInput, type SourceV1,
} from '@living-schema/core';

export const jsonlOptionsSchema = z.object({
  /** Dataset name; default: the file name without extension. */
  dataset: z.string().optional(),
}).strict();

export function jsonl(options: z.input<typeof jsonlOptionsSchema> = {}): SourceV1 {
  const parsed = parsePluginOptions('jsonl', jsonlOptionsSchema, options);
  return {
    specificationVersion: 'v1',
    name: 'jsonl',
    kinds: ['records'],
    canRead: (input: SourceInput) => typeof input === 'string' && input.endsWith('.jsonl'),
    async *read(input, context): AsyncIterable<Batch> {
      const path = typeof input === 'string' ? input : input.uri;
      let text: string;
      try {
        text = await readFile(path, 'utf8');
      } catch (error) {
        throw new LivingSchemaError({
          code: ErrorCodes.INPUT_UNREADABLE,
          message: `${path}: cannot read the file (${(error as Error).message})`,
          details: { input: path },
          cause: error,
        });
      }
      const rows: Record<string, unknown>[] = [];
      const rejected: RejectedRow[] = [];
      text.split('\n').forEach((line, index) => {
        if (!line.trim()) return;
        try {
          rows.push(JSON.parse(line));
        } catch {
          rejected.push({ row: index + 1, raw: line, reason: 'not valid JSON' });
        }
      });
      yield {
        kind: 'records',
        source: 'jsonl',
        sourceUri: path,
        dataset: context.dataset ?? parsed.dataset ?? toSnakeCase(basename(path, extname(path))),
        contentHash: sha256(text),
        payload: { format: 'rows', rows },
        rejected,
      };
    },
  };
}
