import { ErrorCodes, LivingSchemaError, type SinkSqlRunner } from '@living-schema/core';

/** What a description is written for: a field (`dataset` and column) or an entity type. */
export type DescriptionTarget = { subject: 'field'; dataset: string; name: string } | { subject: 'entity_type'; name: string };

export interface DescriptionEdit {
  subject: DescriptionTarget['subject'];
  id: number;
  before: string | null;
  after: string;
}

const MAX_DESCRIPTION = 1000;

/** `vessels.flag_state` names a field, `FLAG` an entity type. */
export function parseDescriptionTarget(text: string): DescriptionTarget {
  const dot = text.indexOf('.');
  return dot > 0 ? { subject: 'field', dataset: text.slice(0, dot), name: text.slice(dot + 1) } : { subject: 'entity_type', name: text };
}

/**
 * A person's description, in the caller's transaction: it replaces whatever the template or an
 * LLM wrote (source `person`, so no later LLM run overwrites it) and is kept in
 * `catalog_descriptions` with who wrote it.
 */
export async function editDescription(runner: SinkSqlRunner, target: DescriptionTarget, text: string, by: string | null): Promise<DescriptionEdit> {
  const description = text.trim().replace(/\s+/g, ' ');
  const label = target.subject === 'field' ? `${target.dataset}.${target.name}` : target.name;
  if (!description || description.length > MAX_DESCRIPTION) {
    throw new LivingSchemaError({
      code: ErrorCodes.DESCRIPTION_INVALID,
      message: `The description of ${label} must be 1 to ${MAX_DESCRIPTION} characters (got ${description.length}).`,
      details: { target: label, length: description.length },
    });
  }
  const [row] =
    target.subject === 'field'
      ? await runner.all<{ id: number; description: string | null }>(`SELECT id, description FROM field_definitions WHERE dataset = $1 AND name = $2`, [target.dataset, target.name])
      : await runner.all<{ id: number; description: string | null }>(`SELECT id, description FROM entity_types WHERE name = $1`, [target.name]);
  if (!row) {
    throw new LivingSchemaError({
      code: ErrorCodes.NOT_FOUND,
      message: `${target.subject === 'field' ? 'Field' : 'Entity type'} ${label} is not in the catalog (see \`living-schema schema\`; a field is named <dataset>.<column>).`,
      details: { target: label },
    });
  }
  const table = target.subject === 'field' ? 'field_definitions' : 'entity_types';
  await runner.run(`UPDATE ${table} SET description = $2, description_source = 'person', updated_at = now() WHERE id = $1`, [row.id, description]);
  await runner.run(`INSERT INTO catalog_descriptions (subject, catalog_id, description, source, created_at, written_by) VALUES ($1, $2, $3, 'person', now(), $4)`, [target.subject, row.id, description, by]);
  return { subject: target.subject, id: Number(row.id), before: row.description ?? null, after: description };
}
