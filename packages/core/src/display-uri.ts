import { resolve } from 'node:path';
import type { Batch } from './batch.js';
import type { BatchOutcome } from './engine-types.js';
import type { SourceInput } from './source.js';

/**
 * The input a source is given: an input that is only a URI and how to show it (an upload, whose
 * copy lies in staging) reaches the source as the plain URI string, as every input did before
 * display URIs, so a source that reads strings (`typeof input === 'string'`) keeps working. An
 * input with options of its own reaches the source whole.
 */
export function sourceFacing(input: SourceInput): SourceInput {
  if (typeof input === 'string') return input;
  return Object.keys(input).every((key) => key === 'uri' || key === 'displayUri') ? input.uri : input;
}

/** What an input is recorded and reported as: its `displayUri`, else its URI. */
export function displayUriOf(input: SourceInput): string {
  if (typeof input === 'string') return input;
  return typeof input.displayUri === 'string' && input.displayUri !== '' ? input.displayUri : input.uri;
}

/** `text` with the input's own URI (as given, and resolved) replaced by its display URI. */
export function inDisplayTerms(text: string, input: SourceInput): string {
  if (typeof input === 'string' || displayUriOf(input) === input.uri) return text;
  const display = displayUriOf(input);
  // The resolved form first: it contains a relative `uri`, never the other way round.
  return [resolve(input.uri), input.uri].reduce((out, uri) => out.split(uri).join(display), text);
}

/**
 * The batch as the store records it: under the input's display URI (a workbook's `#sheet` and
 * such suffixes kept), so neither the ledger nor `_source` shows where the copy lay.
 */
export function recordedAs<B extends Batch>(batch: B, input: SourceInput): B {
  if (displayUriOf(input) === (typeof input === 'string' ? input : input.uri)) return batch;
  const sourceUri = inDisplayTerms(batch.sourceUri, input);
  return { ...batch, sourceUri: sourceUri === batch.sourceUri ? displayUriOf(input) : sourceUri };
}

/** A batch outcome whose error names the input by its display URI. */
export function shownAs(outcome: BatchOutcome, input: SourceInput): BatchOutcome {
  return outcome.error === undefined ? outcome : { ...outcome, error: inDisplayTerms(outcome.error, input) };
}
