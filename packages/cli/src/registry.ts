import type { ConflictStrategyV1, DiscoveryStrategyV1, LivingSchemaPlugin, SourceV1 } from '@living-schema/core';
import type { GlobalOptions } from './output.js';
import { sampleSource } from './sample-data.js';
import { ocr } from '@living-schema/source-ocr';
import { argilla } from '@living-schema/source-argilla';

/**
 * What the CLI composes into every engine it opens. Each package that adds a capability adds its
 * entry here (one import, one line), so commands never need to know which packages exist.
 */
export interface CliComposition {
  sources: SourceV1[];
  discovery: DiscoveryStrategyV1[];
  conflicts?: ConflictStrategyV1;
  plugins: LivingSchemaPlugin[];
}

/** Sources `living-schema ingest` can use, in the order they are tried when `--source` is not given. */
export function cliSources(_options: GlobalOptions): SourceV1[] {
  return [sampleSource(), ocr(), argilla()];
}

/** Discovery strategies, conflict strategy and plugin modules for CLI engines. */
export function cliComposition(options: GlobalOptions): CliComposition {
  return { sources: cliSources(options), discovery: [], plugins: [] };
}
