import { describeError, type LlmProviderV1 } from '@living-schema/core';
import { entityTemplate, fieldTemplate } from './discovery-description-template.js';

export interface DescriptionSubject {
  subject: 'entity_type' | 'field';
  name: string;
  originalName: string;
  dataset: string | null;
  dataType: string | null;
  examples: string[];
}

export interface WrittenDescription {
  text: string;
  source: 'llm' | 'template';
  prompt: string | null;
  response: string | null;
  model: string | null;
  error?: string;
}

const MAX_DESCRIPTION = 300;

/** A description written without an LLM: the kind of value, its unit and typical values. */
export function templateDescription(subject: DescriptionSubject): string {
  return subject.subject === 'entity_type' ? entityTemplate(subject) : fieldTemplate(subject);
}

/** The prompt sent to the LLM: the name, where it was found and a few examples. */
export function descriptionPrompt(subject: DescriptionSubject): { system: string; user: string } {
  const what =
    subject.subject === 'entity_type'
      ? `an entity type (an annotation label) named "${subject.originalName}"`
      : `a column named "${subject.originalName}" (stored as ${subject.name}, type ${subject.dataType}) in the dataset "${subject.dataset}"`;
  return {
    system: 'You write one-sentence descriptions of database schema elements for a data catalog. Answer with the sentence only, at most 30 words, no quotes.',
    user: `Describe ${what}.${subject.examples.length ? ` Example values: ${subject.examples.slice(0, 5).map((e) => JSON.stringify(e)).join(', ')}.` : ''}`,
  };
}

/**
 * Writes a description with the LLM, falling back to the template when there is no LLM, the call
 * fails, times out or answers nothing usable. Never throws.
 */
export async function writeDescription(subject: DescriptionSubject, llm: LlmProviderV1 | undefined, timeoutMs: number): Promise<WrittenDescription> {
  const template = templateDescription(subject);
  // A provider that writes no prose (offline) would answer with its SQL-shaped JSON.
  if (!llm || llm.writesText === false) return { text: template, source: 'template', prompt: null, response: null, model: null };
  const prompt = descriptionPrompt(subject);
  const promptText = `${prompt.system}\n\n${prompt.user}`;
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const completion = await Promise.race([
      llm.complete({ messages: [{ role: 'system', content: prompt.system }, { role: 'user', content: prompt.user }], maxTokens: 120, temperature: 0, signal }),
      new Promise<never>((_, reject) => signal.addEventListener('abort', () => reject(new Error(`no answer within ${timeoutMs} ms`)), { once: true })),
    ]);
    const text = completion.text.trim().replace(/^["']|["']$/g, '').replace(/\s+/g, ' ');
    if (!text) return { text: template, source: 'template', prompt: promptText, response: completion.text, model: completion.model, error: 'empty answer' };
    return { text: text.length > MAX_DESCRIPTION ? `${text.slice(0, MAX_DESCRIPTION - 1)}…` : text, source: 'llm', prompt: promptText, response: completion.text, model: completion.model };
  } catch (error) {
    return { text: template, source: 'template', prompt: promptText, response: null, model: llm.model, error: describeError(error) };
  }
}
