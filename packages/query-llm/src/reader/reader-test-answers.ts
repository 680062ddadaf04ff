// For the reader's tests: its answers on one schema, as SQL or as the refusal.
import { translateQuestion, type OfflineSchema } from '../offline-sql.js';

export function readerOn(schema: OfflineSchema) {
  return {
    /** The SQL the reader answers with; a refusal fails the test with its message. */
    sql(question: string): string {
      const answer = translateQuestion(question, schema);
      if (!('sql' in answer)) throw new Error(answer.refusal);
      return answer.sql;
    },
    /** The refusal's message, or null when the reader answered. */
    refusal(question: string): string | null {
      const answer = translateQuestion(question, schema);
      return 'refusal' in answer ? answer.refusal : null;
    },
  };
}
