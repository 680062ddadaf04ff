import { CsrfField } from './csrf-field.js';
import { Layout } from './layout.js';
import { message, type UiRoutes } from './ui-context.js';

/**
 * Under an answer to a question: "Right" keeps the question and its SQL as a verified pair;
 * "Wrong" records the mark, and with a corrected SQL teaches it instead.
 */
export function FeedbackForm(props: { executionId: string; sql: string }) {
  return (
    <form method="post" action="/ui/feedback" id="feedback-form">
      <CsrfField />
      <input type="hidden" name="executionId" value={props.executionId} />
      <label for="corrected-sql">
        Was this answer right? If not, the SQL that answers it (optional)
      </label>
      <textarea id="corrected-sql" name="sql" rows={2} placeholder={props.sql}></textarea>
      <div class="actions">
        <button type="submit" name="verdict" value="right" id="mark-right">
          Right
        </button>
        <button type="submit" name="verdict" value="wrong" id="mark-wrong">
          Wrong
        </button>
      </div>
    </form>
  );
}

/** Records the form's mark and shows what it taught. Teaching changes later answers: admin only. */
export function registerFeedbackPage(routes: UiRoutes): void {
  const { app, admin, context } = routes;
  app.post('/ui/feedback', admin, async (c) => {
    const form = await c.req.parseBody();
    const service = context.services.feedback;
    const executionId = String(form.executionId ?? '');
    const verdict =
      form.verdict === 'right'
        ? 'right'
        : form.verdict === 'wrong'
        ? 'wrong'
        : String(form.verdict ?? '');
    const sql = String(form.sql ?? '').trim() || undefined;
    let text: string;
    let pairSql: string | null = null;
    try {
      if (!service) throw new Error('This server has no query layer to take feedback.');
      const outcome = await service.record({
        executionId,
        verdict: verdict as 'right' | 'wrong',
        ...(sql && verdict === 'wrong' ? { sql } : {}),
      });
      pairSql = outcome.verifiedPair?.sql ?? null;
      text = outcome.verifiedPair
        ? `Marked ${verdict}: "${outcome.question}" now has a verified answer, used as an example for similar questions.`
        : outcome.retiredPairId
        ? `Marked wrong: the verified answer that gave this SQL is removed.`
        : `Marked ${verdict}. Give the SQL that answers it to teach it.`;
    } catch (e) {
      text = `Not recorded: ${message(e)}`;
    }
    return c.html(
      <Layout title="Feedback" active="/ui/query">
        <h1>Feedback</h1>
        <p id="feedback-result">{text}</p>
        {pairSql ? <pre id="verified-sql">{pairSql}</pre> : null}
        <p>
          <a href="/ui/query">Ask another question</a>
        </p>
      </Layout>,
    );
  });
}
