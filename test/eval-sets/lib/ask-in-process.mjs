// Asks questions through the query layer in this process, with the offline provider, on one
// store held open for a domain: the same reply shapes as ask-question.mjs, without starting the
// CLI for each question (about 1.5 s each here), so every domain can be measured in minutes while
// a change is being made. The figures a round reports still come from the CLI (ask-question.mjs).
import { REFUSAL_CODES } from './ask-question.mjs';

const DIST = new URL('../../../packages/', import.meta.url);

/**
 * @param {{ database: string }} store
 * @returns {Promise<{ ask: (question: string) => Promise<object>, close: () => Promise<void> }>}
 */
export async function openInProcess({ database }) {
  const { openEngine } = await import(new URL('cli/dist/index.js', DIST).href);
  const { offlineProvider, queryLayer } = await import(new URL('query-llm/dist/index.js', DIST).href);
  const engine = openEngine({ db: database });
  const layer = queryLayer(engine, { provider: offlineProvider() });
  async function ask(question) {
    const started = performance.now();
    try {
      const run = await layer.executeQuery({ question });
      // Rows as the CLI's --json prints them.
      const rows = JSON.parse(JSON.stringify(run.rows));
      return { status: 'answered', sql: run.sql, rows, durationMs: performance.now() - started };
    } catch (error) {
      const status = REFUSAL_CODES.has(error?.code) ? 'refused' : 'error';
      return { status, code: error?.code ?? 'thrown', message: String(error?.message ?? error),
        durationMs: performance.now() - started };
    }
  }
  return { ask, close: () => engine.close() };
}
