import type { LlmCompletion, LlmCompletionRequest, LlmProviderV1 } from '@living-schema/core';
import { translateQuestion, type OfflineSchema } from './offline-sql.js';
import type { SchemaEntityType, SchemaTable } from './schema-context.js';
import type { SchemaRelationship } from './reader/join-scope.js';
import type { VerifiedExample } from './reader/verified-templates.js';

/** Marks the question line in a prompt (see sql-generator). */
export const QUESTION_PREFIX = 'Question:';

/**
 * Reads the schema context out of a prompt: the JSON lines `{"table": ...}` and
 * `{"entityType": ...}` that `renderSchemaContext` writes.
 */
export function schemaFromPrompt(prompt: string): OfflineSchema {
  const tables: SchemaTable[] = [];
  const entityTypes: SchemaEntityType[] = [];
  const relationships: SchemaRelationship[] = [];
  let today: string | null = null;
  const examples: VerifiedExample[] = [];
  for (const line of prompt.split('\n')) {
    const trimmed = line.trim();
    if (!trimmed.startsWith('{')) continue;
    try {
      const value = JSON.parse(trimmed) as Record<string, unknown>;
      if (typeof value.table === 'string' && Array.isArray(value.columns)) {
        tables.push({
          name: value.table,
          kind: (value.kind as SchemaTable['kind']) ?? 'other',
          ...(typeof value.dataset === 'string' ? { dataset: value.dataset } : {}),
          rows: Number(value.rows ?? 0),
          ingestedAt: (value.ingestedAt as string | undefined) ?? null,
          columns: value.columns as SchemaTable['columns'],
        });
      } else if (typeof value.relationship === 'string' && isEnd(value.from) && isEnd(value.to)) {
        relationships.push({
          from: value.from,
          to: value.to,
          cardinality: value.cardinality === 'one-to-one' ? 'one-to-one' : 'many-to-one',
          coverage: Number(value.coverage ?? 0),
          status: value.status === 'confirmed' ? 'confirmed' : 'suggested',
        });
      } else if (isExample(value.example)) {
        examples.push({ question: value.example.question, sql: value.example.sql });
      } else if (typeof value.today === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value.today)) {
        today = value.today;
      } else if (typeof value.entityType === 'string') {
        entityTypes.push({
          name: value.entityType,
          description: (value.description as string | undefined) ?? null,
          aliases: (value.aliases as string[] | undefined) ?? [],
          annotations: Number(value.annotations ?? 0),
          documents: Number(value.documents ?? 0),
          examples: (value.examples as string[] | undefined) ?? [],
        });
      }
    } catch {
      // Not a context line.
    }
  }
  return { tables, entityTypes, relationships, today, examples };
}

/** `{"question": "...", "sql": "..."}`: a verified pair retrieved for the question. */
function isExample(value: unknown): value is VerifiedExample {
  const example = value as { question?: unknown; sql?: unknown } | null;
  return typeof example?.question === 'string' && typeof example.sql === 'string';
}

/** `{"table": "loans", "column": "isbn"}`: one end of a relationship line. */
function isEnd(value: unknown): value is { table: string; column: string } {
  const end = value as { table?: unknown; column?: unknown } | null;
  return typeof end?.table === 'string' && typeof end.column === 'string';
}

/**
 * The offline provider: no model, no network. It answers the common question shapes (counts,
 * filters on values it has seen, group-by counts, top/bottom N, averages and sums, date ranges,
 * "which X has the most Y", entity mentions) from the schema context in the prompt, and refuses
 * with the words it could not place otherwise. Its answer is the JSON `{ sql, reasoning }` (or
 * `{ sql: null, refusal, notUnderstood }`) that `generateSQL` asks every provider for.
 */
export function offlineProvider(options: { model?: string } = {}): LlmProviderV1 {
  const model = options.model ?? 'offline-catalog-v1';
  return {
    specificationVersion: 'v1',
    name: 'offline',
    model,
    writesText: false,
    async complete(request: LlmCompletionRequest): Promise<LlmCompletion> {
      const prompt = request.messages.map((m) => m.content).join('\n');
      const users = request.messages.filter((m) => m.role === 'user');
      const last = users[users.length - 1]?.content ?? '';
      const questionLine = [...users].reverse().flatMap((m) => m.content.split('\n')).find((l) => l.startsWith(QUESTION_PREFIX));
      const question = (questionLine ? questionLine.slice(QUESTION_PREFIX.length) : last).trim();
      const schema = schemaFromPrompt(prompt);
      const answer = translateQuestion(question, schema);
      const text = JSON.stringify('sql' in answer ? answer : { sql: null, refusal: answer.refusal, notUnderstood: answer.notUnderstood });
      return {
        text,
        model,
        usage: { inputTokens: Math.ceil(prompt.length / 4), outputTokens: Math.ceil(text.length / 4) },
        finishReason: 'stop',
      };
    },
  };
}
