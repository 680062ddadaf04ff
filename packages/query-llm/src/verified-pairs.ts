import { randomUUID } from 'node:crypto';
import type { SinkSqlRunner, SinkV1 } from '@living-schema/core';

/** Where a verified pair came from. */
export type VerifiedPairSource = 'right' | 'correction' | 'manual';

/** A question with the SQL a person confirmed answers it: an example, a template, a regression case. */
export interface VerifiedPair {
  id: string;
  question: string;
  sql: string;
  /** What kind of question it is (join, date, top-n...), for accuracy by kind in `eval`. */
  kind: string | null;
  source: VerifiedPairSource;
  /** The logged run that confirmed it (the marked answer, or the corrected SQL's run). */
  executionId: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface VerifiedPairInput {
  question: string;
  sql: string;
  kind?: string;
}

/** The key one question has, however it is cased or punctuated: one verified pair per key. */
export function questionKey(question: string): string {
  return question
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[\s?.!]+$/, '')
    .trim();
}

const COLUMNS = `id, question, sql, kind, source, execution_id,
  strftime(created_at AT TIME ZONE 'UTC', '%Y-%m-%dT%H:%M:%S.%gZ') AS created_at,
  strftime(updated_at AT TIME ZONE 'UTC', '%Y-%m-%dT%H:%M:%S.%gZ') AS updated_at`;

function toPair(row: Record<string, unknown>): VerifiedPair {
  return {
    id: String(row.id),
    question: String(row.question),
    sql: String(row.sql),
    kind: (row.kind as string | null) ?? null,
    source: row.source as VerifiedPairSource,
    executionId: (row.execution_id as string | null) ?? null,
    createdAt: String(row.created_at),
    updatedAt: String(row.updated_at),
  };
}

/** The `verified_pairs` table. */
export class VerifiedPairStore {
  constructor(private readonly sink: SinkV1, private readonly runner: SinkSqlRunner) {}

  async list(): Promise<VerifiedPair[]> {
    const rows = await this.sink.reader.all<Record<string, unknown>>(
      `SELECT ${COLUMNS} FROM verified_pairs ORDER BY created_at, id`,
    );
    return rows.map(toPair);
  }

  async forQuestion(question: string): Promise<VerifiedPair | null> {
    const rows = await this.sink.reader.all<Record<string, unknown>>(
      `SELECT ${COLUMNS} FROM verified_pairs WHERE question_key = $1`,
      [questionKey(question)],
    );
    return rows[0] ? toPair(rows[0]) : null;
  }

  /**
   * Stores the pair, replacing the SQL of an existing pair for the same question (a newer
   * correction wins); a kind given before is kept when none is given now.
   */
  async upsert(pair: {
    question: string;
    sql: string;
    kind?: string | null;
    source: VerifiedPairSource;
    executionId: string | null;
  }): Promise<VerifiedPair> {
    const existing = await this.forQuestion(pair.question);
    if (existing) {
      await this.runner.run(
        `UPDATE verified_pairs SET question = $2, sql = $3, kind = coalesce($4, kind), source = $5, execution_id = $6,
           updated_at = now() WHERE id = $1`,
        [
          existing.id,
          pair.question.trim(),
          pair.sql,
          pair.kind ?? null,
          pair.source,
          pair.executionId,
        ],
      );
      return (await this.forQuestion(pair.question))!;
    }
    await this.runner.run(
      `INSERT INTO verified_pairs (id, question_key, question, sql, kind, source, execution_id, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, now(), now())`,
      [
        randomUUID(),
        questionKey(pair.question),
        pair.question.trim(),
        pair.sql,
        pair.kind ?? null,
        pair.source,
        pair.executionId,
      ],
    );
    return (await this.forQuestion(pair.question))!;
  }

  /** Removes a pair; true when there was one. */
  async remove(id: string): Promise<boolean> {
    const rows = await this.sink.reader.all<{ n: number }>(
      `SELECT count(*)::INTEGER AS n FROM verified_pairs WHERE id = $1`,
      [id],
    );
    if (Number(rows[0]?.n ?? 0) === 0) return false;
    await this.runner.run(`DELETE FROM verified_pairs WHERE id = $1`, [id]);
    return true;
  }
}
