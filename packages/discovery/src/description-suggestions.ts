import { ErrorCodes, LivingSchemaError, type SinkSqlRunner } from '@living-schema/core';
import type { DescriptionTarget } from './description-edit.js';

/** An LLM-written description waiting for a person to accept it. */
export interface DescriptionSuggestion {
  subject: 'field' | 'entity_type';
  id: number;
  /** `dataset.column` for a field, the name for an entity type. */
  target: string;
  /** The description in force (the template). */
  current: string | null;
  suggested: string;
  model: string | null;
  createdAt: string;
}

// The latest answer of an LLM per entry whose description is still the template: accepted,
// person-written and failed ones are no longer suggestions.
const PENDING = `
  WITH entries AS (
    SELECT 'field' AS subject, id, dataset || '.' || name AS target, description, description_source FROM field_definitions
    UNION ALL
    SELECT 'entity_type', id, name, description, description_source FROM entity_types)
  SELECT e.subject, e.id, e.target, e.description AS current, d.description AS suggested, d.model, d.created_at
  FROM entries e JOIN catalog_descriptions d ON d.subject = e.subject AND d.catalog_id = e.id
  WHERE e.description_source = 'template' AND d.source = 'llm' AND d.error IS NULL
  QUALIFY row_number() OVER (PARTITION BY e.subject, e.id ORDER BY d.created_at DESC) = 1`;

/** Suggestions waiting for review, by target. */
export async function listDescriptionSuggestions(runner: SinkSqlRunner): Promise<DescriptionSuggestion[]> {
  const rows = await runner.all<Record<string, unknown>>(`${PENDING} ORDER BY e.target`);
  return rows.map((r) => ({
    subject: r.subject as DescriptionSuggestion['subject'],
    id: Number(r.id),
    target: String(r.target),
    current: (r.current as string | null) ?? null,
    suggested: String(r.suggested),
    model: (r.model as string | null) ?? null,
    createdAt: String(r.created_at),
  }));
}

/** Makes the pending LLM suggestion of `target` its description (source `llm`), in the caller's transaction. */
export async function acceptDescriptionSuggestion(runner: SinkSqlRunner, target: DescriptionTarget): Promise<DescriptionSuggestion> {
  const label = target.subject === 'field' ? `${target.dataset}.${target.name}` : target.name;
  const suggestion = (await listDescriptionSuggestions(runner)).find((s) => s.subject === target.subject && s.target === label);
  if (!suggestion) {
    throw new LivingSchemaError({
      code: ErrorCodes.NOT_FOUND,
      message: `No description suggestion waits for ${label} (see \`living-schema schema suggestions\`).`,
      details: { target: label },
    });
  }
  const table = suggestion.subject === 'field' ? 'field_definitions' : 'entity_types';
  await runner.run(`UPDATE ${table} SET description = $2, description_source = 'llm', updated_at = now() WHERE id = $1`, [suggestion.id, suggestion.suggested]);
  return suggestion;
}
