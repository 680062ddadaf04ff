// One domain end to end: load it through the CLI, compute the gold rows on the raw CSVs, ask
// every question and judge the outcome.
import { askQuestion } from './ask-question.mjs';
import { canonicalRows } from './canonical-value.mjs';
import { rowsMatch } from './compare-rows.mjs';
import { KINDS } from './domains.mjs';
import { openGold } from './gold-rows.mjs';
import { loadDomain } from './load-domain.mjs';

/** Rows kept in the JSON outcomes: enough to see what went wrong, not a data dump. */
const ROWS_KEPT = 10;

function checkQuestion(question, index, domain) {
  const where = `${domain}: question ${index + 1} ("${question.q}")`;
  if (!KINDS.includes(question.kind)) throw new Error(`${where} has unknown kind ${question.kind}`);
  if ((question.kind === 'refuse') !== (question.gold === undefined)) {
    throw new Error(`${where} needs gold SQL unless it is refuse-kind, and then none`);
  }
}

/**
 * right: answered with the gold rows of some reading, or refused a refuse-kind question;
 * wrong: answered with other rows, or answered a refuse-kind question;
 * refused / error: as the CLI said (see ask-question.mjs).
 */
function verdictOf(question, reply, golds) {
  if (question.kind === 'refuse') {
    if (reply.status === 'refused') return 'right';
    return reply.status === 'answered' ? 'wrong' : 'error';
  }
  if (reply.status !== 'answered') return reply.status;
  const rows = canonicalRows(reply.rows);
  const matches = golds.some((gold) => rowsMatch(rows, gold.rows, question));
  return matches ? 'right' : 'wrong';
}

function outcomeOf(domain, index, question, reply, golds, verdict) {
  return {
    id: `${domain}-${String(index + 1).padStart(2, '0')}`,
    kind: question.kind,
    question: question.q,
    verdict,
    status: reply.status,
    sql: reply.sql,
    code: reply.code,
    message: reply.message,
    rows: reply.rows?.slice(0, ROWS_KEPT),
    rowCount: reply.rows?.length,
    gold: golds.map((gold) => ({ sql: gold.sql.replace(/\s+/g, ' ').trim(),
      rows: gold.rows.slice(0, ROWS_KEPT), rowCount: gold.rows.length })),
    durationMs: Math.round(reply.durationMs),
  };
}

/** Each question through the CLI, as a user asks it. */
const throughCli = async (store) => ({ ask: (question) => askQuestion(question, store), close: async () => {} });

/**
 * @param {{ name: string, generate: Function, questions: object[] }} domain
 * @param {{ onOutcome?: (outcome: object) => void, openAsker?: (store: object) => Promise<{ ask: Function, close: Function }> }} [hooks]
 *   onOutcome is called as each question is judged; openAsker opens what asks (the CLI by default,
 *   or ask-in-process.mjs's openInProcess)
 */
export async function evaluateDomain(domain, { onOutcome = () => {}, openAsker = throughCli } = {}) {
  domain.questions.forEach((question, index) => checkQuestion(question, index, domain.name));
  const store = await loadDomain(domain);
  const gold = await openGold(store.folder, store.tables);
  const asker = await openAsker(store);
  const outcomes = [];
  try {
    for (const [index, question] of domain.questions.entries()) {
      const golds = question.gold === undefined ? [] : await gold.rowsOf(question);
      const reply = await asker.ask(question.q);
      const outcome = outcomeOf(domain.name, index, question, reply, golds,
        verdictOf(question, reply, golds));
      outcomes.push(outcome);
      onOutcome(outcome);
    }
  } finally {
    gold.close();
    await asker.close();
  }
  return { domain: domain.name, folder: store.folder, loads: store.loads, outcomes };
}
