import type { Notification } from '@living-schema/core';

/** Slack's Block Kit limits (per message and per block). */
export const SLACK_LIMITS = {
  blocksPerMessage: 50,
  sectionText: 3_000,
  fieldsPerSection: 10,
  fieldText: 2_000,
  headerText: 150,
  contextElements: 10,
  fallbackText: 3_000,
} as const;

export type SlackBlock = Record<string, unknown>;

export interface SlackMessage {
  text: string;
  blocks: SlackBlock[];
}

/** Escapes the three characters Slack's mrkdwn treats as control characters. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Cuts text to `max` characters, marking the cut. */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

const code = (s: unknown) => `\`${escapeMrkdwn(String(s)).replace(/`/g, "'")}\``;

function rich(event: string, has: (...keys: string[]) => boolean): string {
  if (event === 'conflict.detected') return has('candidate', 'existing') ? event : 'generic';
  if (event === 'entity.discovered' || event === 'field.discovered') return has('name') ? event : 'generic';
  if (event === 'schema.versioned') return has('diff') ? event : 'generic';
  return 'generic';
}

/** The section text of one notification, richer for the events people act on. */
function sectionText(n: Notification): string {
  const data = (n.data ?? {}) as Record<string, unknown>;
  const mark = n.severity === 'needs_review' ? ':warning: ' : '';
  // Payloads from other emitters may lack the fields below: then the generic rendering applies.
  const has = (...keys: string[]) => keys.every((k) => data[k] !== undefined);
  switch (rich(n.event, has)) {
    case 'conflict.detected': {
      const similarity = typeof data.similarity === 'number' ? data.similarity.toFixed(2) : '?';
      return [
        `${mark}*Needs review: possible duplicate ${data.subject === 'field' ? 'field' : 'entity type'}*`,
        `New ${code(data.candidate)} ~ existing ${code(data.existing)} (similarity *${similarity}*)`,
        `_${escapeMrkdwn(String(data.reason ?? n.text))}_`,
        `Resolve: ${code(`living-schema conflicts resolve ${data.conflictId} --merge | --keep-separate | --rename <name>`)}`,
      ].join('\n');
    }
    case 'entity.discovered': {
      const examples = Array.isArray(data.examples) ? (data.examples as unknown[]).slice(0, 3).map(code).join(', ') : '';
      return `*New entity type ${code(data.name)}* (${escapeMrkdwn(String(data.status))})\n${escapeMrkdwn(String(data.occurrenceCount ?? 0))} occurrence(s)${examples ? `, e.g. ${examples}` : ''}`;
    }
    case 'field.discovered':
      return `*New field ${code(`${data.dataset}.${data.name}`)}* (${escapeMrkdwn(String(data.dataType))}, ${escapeMrkdwn(String(data.status))})`;
    case 'schema.versioned': {
      const diff = Array.isArray(data.diff) ? (data.diff as Array<Record<string, unknown>>) : [];
      const lines = diff.slice(0, 10).map((d) => `• ${escapeMrkdwn(String(d.change))} ${code(d.name)}${d.impact === 'breaking' ? ' *(breaking)*' : ''}`);
      if (diff.length > 10) lines.push(`• …and ${diff.length - 10} more`);
      return `${mark}*${escapeMrkdwn(n.title)}* (${escapeMrkdwn(String(data.impact ?? ''))})\n${lines.join('\n') || escapeMrkdwn(n.text)}`;
    }
    default:
      return `${mark}*${escapeMrkdwn(n.title)}*\n${escapeMrkdwn(n.text)}`;
  }
}

function sectionFor(n: Notification): SlackBlock {
  const block: SlackBlock = { type: 'section', text: { type: 'mrkdwn', text: truncate(sectionText(n), SLACK_LIMITS.sectionText) } };
  const fields = (n.fields ?? []).slice(0, SLACK_LIMITS.fieldsPerSection).map((f) => ({ type: 'mrkdwn', text: truncate(`*${escapeMrkdwn(f.label)}*\n${escapeMrkdwn(f.value)}`, SLACK_LIMITS.fieldText) }));
  if (fields.length > 0 && n.event !== 'conflict.detected') block.fields = fields;
  return block;
}

/**
 * Renders queued notifications as Block Kit messages: needs-review items first, one section
 * each, split so no message exceeds 50 blocks and no text exceeds Slack's limits.
 */
export function buildSlackMessages(notifications: ReadonlyArray<Notification>, appName = 'Living Schema'): SlackMessage[] {
  const ordered = [...notifications].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'needs_review' ? -1 : 1));
  const review = ordered.filter((n) => n.severity === 'needs_review').length;
  const updates = ordered.length - review;
  // Header, sections, divider-free; a context footer. Room for sections per message:
  const perMessage = SLACK_LIMITS.blocksPerMessage - 2;
  const parts: Notification[][] = [];
  for (let i = 0; i < ordered.length; i += perMessage) parts.push(ordered.slice(i, i + perMessage));
  const summary = [review ? `${review} need${review === 1 ? 's' : ''} review` : '', updates ? `${updates} update${updates === 1 ? '' : 's'}` : ''].filter(Boolean).join(', ');
  return parts.map((part, index) => {
    const suffix = parts.length > 1 ? ` (part ${index + 1}/${parts.length})` : '';
    const header = truncate(`${appName}: ${summary}${suffix}`, SLACK_LIMITS.headerText);
    const last = part[part.length - 1]!;
    const blocks: SlackBlock[] = [
      { type: 'header', text: { type: 'plain_text', text: header, emoji: true } },
      ...part.map(sectionFor),
      { type: 'context', elements: [{ type: 'mrkdwn', text: truncate(`${escapeMrkdwn(appName)} · ${escapeMrkdwn(last.at)}`, SLACK_LIMITS.fieldText) }] },
    ];
    const text = truncate(`${header}: ${part.map((n) => n.title).join('; ')}`, SLACK_LIMITS.fallbackText);
    return { text, blocks };
  });
}
