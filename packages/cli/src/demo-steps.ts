import type { LivingSchema, SourceV1 } from '@living-schema/core';

/** What a demo step prints: a title, and either lines of text or a query result to show as a table. */
export interface DemoSection {
  title: string;
  lines?: string[];
  sql?: string;
  table?: { columns: string[]; rows: unknown[][] };
}

/**
 * One capability shown by `living-schema demo`. Steps run in order on one engine; each issue that
 * adds a capability adds a step (in its own file) to `DEMO_STEPS`.
 */
export interface DemoStep {
  name: string;
  /** Sources the step needs in the engine. */
  sources?: () => SourceV1[];
  /** Prepares input files in `workDirectory` (sample data the project generates itself). */
  run(context: { engine: LivingSchema; workDirectory: string }): Promise<DemoSection[]>;
}
