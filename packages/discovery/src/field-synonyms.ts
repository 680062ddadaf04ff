import { ErrorCodes, LivingSchemaError, type SinkSqlRunner } from '@living-schema/core';
import { splitWords } from './discovery-names.js';

/**
 * Words people teach for fields: "payout" for `claims.approved_amount_usd`, "scripts" for the
 * rows of prescriptions' `rx_id`. Every name a reader can derive from an export (the column, its
 * header, a merged alias) misses the words a team actually uses, and each new domain brings new
 * ones; a word said once by someone who knows the data turns a refusal into an answer for every
 * later question. Kept in `field_synonyms`, one field per word within a dataset, with who taught
 * it. Not part of a schema version: a word changes how questions are read, never what a query
 * may reference.
 */
export interface FieldSynonym {
  dataset: string;
  field: string;
  word: string;
  taughtBy: string | null;
  taughtAt: string;
}

/** A field named `<dataset>.<column>`. */
export interface SynonymTarget {
  dataset: string;
  field: string;
}

/**
 * One word: letters (any script) and digits, with hyphens or apostrophes inside. One word, not a
 * phrase: questions are read word by word, so each word of a phrase would name the field alone.
 */
const WORD = /^[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*$/u;
const MAX_WORD_LENGTH = 40;

/** `claims.approved_amount_usd` as dataset and field; a clear error for anything else. */
export function parseSynonymTarget(text: string): SynonymTarget {
  const dot = text.indexOf('.');
  if (dot <= 0 || dot === text.length - 1) {
    throw new LivingSchemaError({
      code: ErrorCodes.SYNONYM_INVALID,
      message: `"${text}" names no field: give it as <dataset>.<column> (claims.approved_amount_usd; see \`living-schema schema\`).`,
      details: { target: text },
    });
  }
  return { dataset: text.slice(0, dot), field: text.slice(dot + 1) };
}

/** The word as stored: trimmed, lower case; refused when it is not one word. */
export function normalizeSynonym(word: string): string {
  const normal = word.trim().toLowerCase();
  if (!normal || normal.length > MAX_WORD_LENGTH || !WORD.test(normal)) {
    throw new LivingSchemaError({
      code: ErrorCodes.SYNONYM_INVALID,
      message: `"${word}" is not a word to teach: use one word of letters or digits (hyphens and apostrophes inside it), at most ${MAX_WORD_LENGTH} characters; teach each word of a phrase on its own.`,
      details: { word },
    });
  }
  return normal;
}

/**
 * Teaches `words` for a field, in the caller's transaction. A word already taught for another
 * field of the dataset is refused, naming that field (one word, one meaning); taught again for the
 * same field it is kept as it was.
 */
export async function teachSynonyms(runner: SinkSqlRunner, target: SynonymTarget, words: readonly string[], by: string | null): Promise<FieldSynonym[]> {
  const normal = [...new Set(words.map(normalizeSynonym))];
  if (normal.length === 0) throw new LivingSchemaError({ code: ErrorCodes.SYNONYM_INVALID, message: `Give at least one word to teach for ${target.dataset}.${target.field}.`, details: { target: `${target.dataset}.${target.field}` } });
  const fields = await requireField(runner, target);
  // A word of another field's own name already means that field ("owner" of vessels.owner).
  const named = normal.map((word) => ({ word, field: fields.find((f) => f !== target.field && splitWords(f).includes(word)) })).find((w) => w.field);
  if (named) {
    throw new LivingSchemaError({
      code: ErrorCodes.SYNONYM_INVALID,
      message: `"${named.word}" is a word of ${target.dataset}.${named.field}'s own name; a question saying it would mean both fields.`,
      details: { word: named.word, field: `${target.dataset}.${named.field}` },
    });
  }
  const taken = await runner.all<{ word: string; field: string }>(
    `SELECT word, field FROM field_synonyms WHERE dataset = $1 AND list_contains($2::JSON::VARCHAR[], word) AND field <> $3`,
    [target.dataset, JSON.stringify(normal), target.field],
  );
  if (taken.length > 0) {
    const [first] = taken;
    throw new LivingSchemaError({
      code: ErrorCodes.SYNONYM_INVALID,
      message: `"${first!.word}" already means ${target.dataset}.${first!.field}; forget it there first (\`living-schema schema teach ${target.dataset}.${first!.field} "${first!.word}" --forget\`).`,
      details: { word: first!.word, field: `${target.dataset}.${first!.field}` },
    });
  }
  for (const word of normal) {
    await runner.run(`INSERT INTO field_synonyms VALUES ($1, $2, $3, $4, now()) ON CONFLICT (dataset, word) DO NOTHING`, [target.dataset, target.field, word, by]);
  }
  return (await listSynonyms(runner, target.dataset)).filter((s) => s.field === target.field);
}

/** Forgets `words` for a field; returns how many it knew. An unknown field is `LS_NOT_FOUND`. */
export async function forgetSynonyms(runner: SinkSqlRunner, target: SynonymTarget, words: readonly string[]): Promise<number> {
  const normal = [...new Set(words.map(normalizeSynonym))];
  await requireField(runner, target);
  return runner.run(`DELETE FROM field_synonyms WHERE dataset = $1 AND field = $2 AND list_contains($3::JSON::VARCHAR[], word)`, [target.dataset, target.field, JSON.stringify(normal)]);
}

/** Every taught word (of one dataset, if given), by dataset, field and word. */
export async function listSynonyms(runner: SinkSqlRunner, dataset?: string): Promise<FieldSynonym[]> {
  const rows = await runner.all<{ dataset: string; field: string; word: string; taught_by: string | null; taught_at: string }>(
    `SELECT dataset, field, word, taught_by, taught_at::VARCHAR AS taught_at FROM field_synonyms ${dataset ? 'WHERE dataset = $1' : ''} ORDER BY dataset, field, word`,
    dataset ? [dataset] : [],
  );
  return rows.map((r) => ({ dataset: r.dataset, field: r.field, word: r.word, taughtBy: r.taught_by, taughtAt: r.taught_at }));
}

/** The dataset's field names, once `target` is known to be one of them. */
async function requireField(runner: SinkSqlRunner, target: SynonymTarget): Promise<string[]> {
  const rows = await runner.all<{ name: string }>(`SELECT name FROM field_definitions WHERE dataset = $1 AND status <> 'deprecated' ORDER BY name`, [target.dataset]);
  const names = rows.map((r) => r.name);
  if (names.includes(target.field)) return names;
  throw new LivingSchemaError({
    code: ErrorCodes.NOT_FOUND,
    message: `Field ${target.dataset}.${target.field} is not in the catalog (see \`living-schema schema\`; a field is named <dataset>.<column>).`,
    details: { target: `${target.dataset}.${target.field}` },
  });
}
