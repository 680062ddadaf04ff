// Figures from outcomes: execution accuracy, wrong-answer rate, refusals and errors, overall and
// by kind, and the text report the runner prints.

const ratio = (part, whole) => (whole === 0 ? 0 : part / whole);
const percent = (value) => `${(100 * value).toFixed(1)}%`;

/** @param {{ kind: string, verdict: string, status: string }[]} outcomes */
export function summarise(outcomes) {
  const count = (predicate) => outcomes.filter(predicate).length;
  const total = outcomes.length;
  const right = count((o) => o.verdict === 'right');
  const wrong = count((o) => o.verdict === 'wrong');
  const byKind = {};
  for (const outcome of outcomes) {
    byKind[outcome.kind] ??= { total: 0, right: 0, wrong: 0, refused: 0, error: 0 };
    const kind = byKind[outcome.kind];
    kind.total += 1;
    if (outcome.verdict === 'right') kind.right += 1;
    if (outcome.verdict === 'wrong') kind.wrong += 1;
    if (outcome.status === 'refused') kind.refused += 1;
    if (outcome.status === 'error') kind.error += 1;
  }
  return {
    total, right, wrong,
    accuracy: ratio(right, total),
    wrongAnswerRate: ratio(wrong, total),
    refused: count((o) => o.status === 'refused'),
    refusedAnswerable: count((o) => o.status === 'refused' && o.kind !== 'refuse'),
    errors: count((o) => o.status === 'error'),
    byKind,
  };
}

function kindLines(byKind) {
  return Object.entries(byKind).map(([kind, k]) =>
    `    ${kind.padEnd(15)} ${String(k.right).padStart(3)}/${String(k.total).padEnd(3)}` +
    ` ${percent(ratio(k.right, k.total)).padStart(6)}   wrong ${k.wrong}` +
    `  refused ${k.refused}  error ${k.error}`);
}

/** @param {string} title @param {ReturnType<typeof summarise>} summary */
export function formatSummary(title, summary) {
  return [
    `${title}: ${summary.right}/${summary.total} right`,
    `  execution accuracy ${percent(summary.accuracy)}`,
    `  wrong-answer rate  ${percent(summary.wrongAnswerRate)} (${summary.wrong} wrong answers)`,
    `  refusals           ${summary.refused} (${summary.refusedAnswerable} of answerable questions)`,
    `  errors             ${summary.errors}`,
    '  by kind:',
    ...kindLines(summary.byKind),
  ].join('\n');
}

const clip = (value, length = 160) => {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > length ? `${text.slice(0, length)}…` : text;
};

/**
 * The outcomes a maintainer reads first (wrong answers and errors by default), with what was
 * expected.
 */
export function formatProblems(outcomes, verdicts = ['wrong', 'error']) {
  const lines = [];
  for (const o of outcomes.filter((x) => verdicts.includes(x.verdict))) {
    lines.push(`  [${o.verdict}] ${o.id} (${o.kind}) ${o.question}`);
    if (o.status === 'answered') {
      lines.push(`      sql:      ${clip(o.sql, 300)}`);
      lines.push(`      returned: ${clip(o.rows)} (${o.rowCount} rows)`);
    } else {
      lines.push(`      ${o.code}: ${clip(o.message, 300)}`);
    }
    const [gold] = o.gold;
    if (gold) {
      lines.push(`      expected: ${clip(gold.rows)} (${gold.rowCount} rows)`);
      lines.push(`      gold sql: ${clip(gold.sql, 300)}`);
    }
    else lines.push('      expected: a refusal');
  }
  return lines.join('\n');
}
