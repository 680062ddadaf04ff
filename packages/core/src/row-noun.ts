/**
 * What one row of a dataset is, as a noun a question uses: `service_requests` -> "service
 * request", `loans` -> "loan". The semantic layer carries it so a reader can count "requests"
 * in a table named `service_requests`, and so discovery can tell that `district` names a row of
 * `districts`.
 */

/** Words whose plural is not made with -s, and words that only look plural. */
const IRREGULAR: Record<string, string> = { people: 'person', children: 'child', men: 'man', women: 'woman', mice: 'mouse', geese: 'goose', teeth: 'tooth', feet: 'foot', criteria: 'criterion' };
const UNCHANGED = new Set(['series', 'species', 'news', 'status', 'data', 'analysis', 'basis', 'gas', 'bus', 'class', 'address', 'process', 'access', 'business', 'statistics', 'logistics']);

/** The singular of one lower-case English word (`branches` -> branch, `categories` -> category). */
export function singularOf(word: string): string {
  const lower = word.toLowerCase();
  if (IRREGULAR[lower]) return IRREGULAR[lower];
  if (lower.length <= 3 || UNCHANGED.has(lower) || /\d/.test(lower)) return lower;
  if (lower.endsWith('ies') && lower.length > 4) return `${lower.slice(0, -3)}y`;
  if (/(sses|ches|shes|xes|zes)$/.test(lower)) return lower.slice(0, -2);
  if (/(ss|us|is)$/.test(lower)) return lower;
  if (lower.endsWith('s')) return lower.slice(0, -1);
  return lower;
}

/**
 * The noun for one row of a dataset or table: its words, the last one singular.
 *
 * @example
 * rowNounOf('service_requests') // 'service request'
 * rowNounOf('Bikes') // 'bike'
 */
export function rowNounOf(name: string): string {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  if (words.length === 0) return name;
  return [...words.slice(0, -1), singularOf(words[words.length - 1]!)].join(' ');
}
