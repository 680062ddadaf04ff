// Asks one question through `living-schema ask --provider offline --json` and says what came
// back: an answer (SQL and rows), a refusal (a non-zero exit with a refusal code), or an error
// (anything else: another error code, a crash, a hang, output that is not the documented JSON).
import { parseJsonOutput, runCli } from './cli-process.mjs';

/**
 * Codes that mean "I will not answer this": the offline reader could not place the question,
 * or the guard refused the SQL (docs/querying.md). Any other error code is an error, not a
 * refusal: a reader that produces SQL that fails to run has not declined, it has failed.
 */
export const REFUSAL_CODES = new Set(['LS_QUESTION_NOT_UNDERSTOOD', 'LS_QUERY_REFUSED']);

const errorOf = (run) => parseJsonOutput(run.stderr)?.error ?? parseJsonOutput(run.stdout)?.error;
const lastLines = (text) => text.trim().split('\n').slice(-3).join(' | ').slice(0, 300);

/**
 * @returns {Promise<{ status: 'answered', sql: string, rows: unknown[][], durationMs: number }
 *   | { status: 'refused' | 'error', code: string, message: string, durationMs: number }>}
 */
export async function askQuestion(question, { database }) {
  const run = await runCli(['ask', question, '--provider', 'offline', '--json'], { database });
  const { durationMs } = run;
  if (run.timedOut) return { status: 'error', code: 'hang', message: 'no answer in 60 s', durationMs };
  if (run.spawnError) return { status: 'error', code: 'spawn', message: run.spawnError, durationMs };
  if (run.exitCode === 0) {
    const output = parseJsonOutput(run.stdout);
    if (output && Array.isArray(output.rows)) {
      return { status: 'answered', sql: output.sql ?? '', rows: output.rows, durationMs };
    }
    return { status: 'error', code: 'output', message: lastLines(run.stdout), durationMs };
  }
  const error = errorOf(run);
  if (!error) {
    const message = lastLines(run.stderr || run.stdout) || `exit ${run.exitCode}`;
    return { status: 'error', code: `exit-${run.exitCode}`, message, durationMs };
  }
  const status = REFUSAL_CODES.has(error.code) ? 'refused' : 'error';
  return { status, code: error.code ?? 'unknown', message: error.message ?? '', durationMs };
}
