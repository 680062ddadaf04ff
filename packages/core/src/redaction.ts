/**
 * What text bound for a response, a log line or a stored error must not show: secrets (tokens,
 * API keys) and server paths (staging, uploads, temporary copies, the database), each path with
 * the words that stand in for it.
 */
export interface Redaction {
  secrets?: ReadonlyArray<string | undefined>;
  paths?: ReadonlyArray<{ path: string; as: string }>;
}

/** What a secret, or any piece of it, becomes. */
export const REDACTED = '***';

// Upstreams echo keys whole, cut (`sk-proj-AbCd****wxyz`, as OpenAI does), URL-encoded or in
// base64 (a Basic header). A run this long copied from a secret is taken for a piece of it; a
// shorter run counts only beside a mask (`****wxyz`), where the echo says it is one.
const FRAGMENT_CHARACTERS = 6;
const MASKED_FRAGMENT_CHARACTERS = 4;
const SHORTEST_SECRET = 4;
const MASK = /[*•…]{3,}|\.{3,}/;

/**
 * A secret's base64 wherever it starts in the encoded text (a Basic header encodes `user:key`):
 * at each of the three byte alignments, without the first group, which mixes in what precedes.
 */
function base64Spellings(secret: string): string[] {
  return [0, 1, 2].flatMap((shift) => {
    const encoded = Buffer.concat([Buffer.alloc(shift), Buffer.from(secret, 'utf8')]);
    const skip = shift === 0 ? 0 : 4;
    return [encoded.toString('base64').slice(skip), encoded.toString('base64url').slice(skip)];
  });
}

/** The spellings of a secret an upstream may echo. */
function spellingsOf(secret: string): string[] {
  return [...new Set([secret, encodeURIComponent(secret), ...base64Spellings(secret)])];
}

/** [start, end) ranges of `text` copied from `spelling`, `minimum` characters or longer. */
function copiedRanges(text: string, spelling: string, minimum: number): Array<[number, number]> {
  const pieces = new Set<string>();
  for (let i = 0; i + minimum <= spelling.length; i += 1) pieces.add(spelling.slice(i, i + minimum));
  const ranges: Array<[number, number]> = [];
  for (let i = 0; i + minimum <= text.length; i += 1) {
    if (!pieces.has(text.slice(i, i + minimum))) continue;
    let end = i + minimum;
    while (end < text.length && spelling.includes(text.slice(i, end + 1))) end += 1;
    ranges.push([i, end]);
    i = end - 1;
  }
  return ranges;
}

/**
 * A piece of a secret mixes letter cases or letters and digits, as random keys do; a run of one
 * kind (`upload`, `2026`) is far more likely an ordinary word that a word-like token contains.
 */
function looksRandom(piece: string): boolean {
  const kinds = [/[a-z]/, /[A-Z]/, /[0-9]/].filter((kind) => kind.test(piece));
  return kinds.length >= 2;
}

function besideMask(text: string, [start, end]: [number, number]): boolean {
  return MASK.test(text.slice(Math.max(0, start - 3), start)) || MASK.test(text.slice(end, end + 3));
}

/** Ranges of `text` that are a secret (any spelling) or a piece of one. */
function secretRanges(text: string, secret: string): Array<[number, number]> {
  const whole = spellingsOf(secret).flatMap((spelling) => copiedRanges(text, spelling, spelling.length));
  const pieces = spellingsOf(secret).flatMap((spelling) => [
    ...copiedRanges(text, spelling, Math.min(FRAGMENT_CHARACTERS, spelling.length)),
    ...copiedRanges(text, spelling, MASKED_FRAGMENT_CHARACTERS).filter((r) => besideMask(text, r)),
  ]);
  return [...whole, ...pieces.filter(([start, end]) => looksRandom(text.slice(start, end)))];
}

function withoutRanges(text: string, ranges: Array<[number, number]>): string {
  if (ranges.length === 0) return text;
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [start, end] of sorted) {
    if (end <= at) continue;
    if (start >= at) out += text.slice(at, start) + REDACTED;
    at = end;
  }
  return out + text.slice(at);
}

/** Removes every secret given, whole or in part, plus anything shaped like a bearer token or key. */
export function redactSecrets(text: string, secrets: Redaction['secrets'] = []): string {
  const usable = secrets.filter((s): s is string => typeof s === 'string' && s.length >= SHORTEST_SECRET);
  const out = withoutRanges(text, usable.flatMap((secret) => secretRanges(text, secret)));
  return out
    .replace(/(Bearer\s+)(?!\*\*\*)[A-Za-z0-9._~+/=-]{8,}/gi, `$1${REDACTED}`)
    .replace(/\b(sk-[A-Za-z0-9_-]{6})[A-Za-z0-9_-]+/g, `$1${REDACTED}`);
}

/** Replaces each server path with its stand-in, the longest first (a folder inside another). */
export function redactPaths(text: string, paths: Redaction['paths'] = []): string {
  const longestFirst = [...paths].filter((p) => p.path.length > 1).sort((a, b) => b.path.length - a.path.length);
  return longestFirst.reduce((out, { path, as }) => out.split(path).join(as), text);
}

/**
 * The one redaction of Living Schema: text safe to answer, log or store. Paths go first, so a
 * secret that happens to sit in a path cannot leave half of it behind.
 *
 * @example
 * redact('open /srv/ls/staging/uploads/1/a.csv: key sk-live-9f8e7d6c5b4a failed', {
 *   secrets: ['sk-live-9f8e7d6c5b4a'],
 *   paths: [{ path: '/srv/ls/staging/uploads/1/a.csv', as: 'a.csv' }],
 * }); // 'open a.csv: key *** failed'
 */
export function redact(text: string, redaction: Redaction): string {
  return redactSecrets(redactPaths(text, redaction.paths), redaction.secrets);
}
