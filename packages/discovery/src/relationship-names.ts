import { singularize, splitWords } from './discovery-names.js';

/**
 * Name agreement between a column and another dataset's key: the first test a relationship
 * candidate must pass. Values alone are weak evidence (two surrogate `id` columns of unrelated
 * tables share the integers 1..n), so a pair is measured in the data only when its names agree.
 */

/** Key names that say nothing about what they identify on their own (`id`, `code`). */
const GENERIC_KEYS = new Set(['id', 'code', 'key', 'no', 'num', 'number', 'ref', 'uuid', 'name']);

/** Words a key column ends with (`store_id`, `branch_code`, `vessel_no`). */
const KEY_SUFFIXES = new Set(['id', 'code', 'key', 'no', 'num', 'number', 'ref', 'uuid', 'sku']);

export interface NameAgreement {
  /** Evidence as stored on the relationship: `name: branch_code ~ branches.code`. */
  evidence: string;
  /** Words of the column before the part that agrees (`start` of `start_station_id`), if any. */
  role: string | null;
  /**
   * The entity agrees but the key words differ (`film_code` ~ films.film_id, `driver_ref` ~
   * drivers.driver_id): exports of one system rarely agree on the word, so the pair is measured,
   * held to the stricter coverage of {@link WEAK_NAME_MIN_COVERAGE}.
   */
  keyWordsDiffer?: true;
  /**
   * The names agree only with a word shortened (`dept_code` ~ departments.code, `medicine_code` ~
   * medicines.med_code, `exhibition_code` ~ exhibitions.exhibit_id): weaker evidence, held to
   * {@link WEAK_NAME_MIN_COVERAGE} as well.
   */
  abbreviated?: true;
}

/** Share of `from`'s values a pair whose key words differ must find in `to` (0.9 otherwise). */
export const WEAK_NAME_MIN_COVERAGE = 0.99;

/** The words of a dataset name that name one row of it: `service_requests` -> service request. */
export function entityWordsOf(dataset: string): string[] {
  const words = splitWords(dataset);
  if (words.length === 0) return words;
  return [...words.slice(0, -1), singularize(words[words.length - 1]!)];
}

/**
 * Whether column `field` (of some dataset) names the key `toField` of dataset `toDataset`.
 * Agreement takes one of three shapes, possibly after leading role words (`start_`, `home_`):
 * the same specific name (`isbn` ~ `books.isbn`), the entity itself (`district` ~
 * `districts.district_id`), or the entity plus the key's own name (`branch_code` ~
 * `branches.code`). Generic names never agree alone: `id` ~ `orders.id` is no evidence.
 *
 * @example
 * nameAgreement('start_station_id', 'stations', 'station_id')
 * // { evidence: 'name: start_station_id ~ stations.station_id', role: 'start' }
 */
export function nameAgreement(field: string, toDataset: string, toField: string): NameAgreement | null {
  const fieldWords = splitWords(field);
  const keyWords = splitWords(toField);
  const entity = entityWordsOf(toDataset);
  if (fieldWords.length === 0 || keyWords.length === 0 || entity.length === 0) return null;
  // `category_code` names product_categories.code too: the head noun alone is the entity.
  const entities = entity.length > 1 ? [entity, entity.slice(-1)] : [entity];
  // An exact agreement anywhere wins over one whose key words differ, and both over a shortened word.
  let weak: NameAgreement | null = null;
  let shortened: NameAgreement | null = null;
  let ownKey: NameAgreement | null = null;
  let shortOwnKey: NameAgreement | null = null;
  for (let start = 0; start < fieldWords.length; start += 1) {
    const tail = fieldWords.slice(start);
    const found = entities.map((e) => agrees(tail, keyWords, e, sameWords));
    const role = start > 0 ? fieldWords.slice(0, start).join('_') : null;
    if (found.includes('same')) return { evidence: `name: ${field} ~ ${toDataset}.${toField}`, role };
    if (found.includes('key words differ')) weak ??= { evidence: `name: ${field} ~ ${toDataset}.${toField} (key words differ)`, role, keyWordsDiffer: true };
    if (found.includes('key named its own way')) ownKey ??= { evidence: `name: ${field} ~ ${toDataset}.${toField} (key named its own way)`, role, keyWordsDiffer: true };
    const short = entities.map((e) => agrees(tail, keyWords, e, shortenedWords));
    if (short.includes('same') || short.includes('key words differ')) shortened ??= { evidence: `name: ${field} ~ ${toDataset}.${toField} (abbreviated)`, role, abbreviated: true };
    // `cust_ref` ~ customers.account_no: the rows' noun shortened, and the key named its own way.
    if (short.includes('key named its own way')) shortOwnKey ??= { evidence: `name: ${field} ~ ${toDataset}.${toField} (abbreviated, key named its own way)`, role, abbreviated: true };
  }
  return weak ?? shortened ?? ownKey ?? shortOwnKey;
}

/**
 * Key suffixes that say the same thing: a number (`room_no` ~ rooms.room_number, `vetId` ~
 * vets."Vet No"). Code, key, ref and uuid keep their own meaning.
 */
const NUMBER_SUFFIXES = new Set(['id', 'no', 'num', 'nr', 'nbr', 'number']);
const canonical = (words: string[]) => words.map((w) => (NUMBER_SUFFIXES.has(w) ? 'number' : w));

/** How two words are compared: equal, or (the second pass) one a shortening of the other. */
type WordsMatch = (a: string, b: string) => boolean;

type Agreement = 'same' | 'key words differ' | 'key named its own way' | null;

function agrees(rawTail: string[], rawKey: string[], entity: string[], word: WordsMatch): Agreement {
  const same = (a: string[], b: string[]) => a.length === b.length && a.every((w, i) => word(w, b[i]!));
  const startsWith = (a: string[], prefix: string[]) => a.length > prefix.length && prefix.every((w, i) => word(w, a[i]!)) && KEY_SUFFIXES.has(a[a.length - 1]!);
  const tail = canonical(rawTail);
  const key = canonical(rawKey);
  const keyIsGeneric = key.length === 1 && GENERIC_KEYS.has(key[0]!);
  if (same(tail, key)) return keyIsGeneric ? null : 'same';
  const last = tail[tail.length - 1]!;
  // `district` ~ districts.district | district_id | id
  if (same(tail, entity)) return keyIsGeneric || startsWith(key, entity) ? 'same' : null;
  // `branch_code` ~ branches.code, `store_id` ~ stores.id
  const stem = tail.slice(0, -1);
  if (!KEY_SUFFIXES.has(last) || !same(stem, entity)) return null;
  if (key.length === 1 && key[0] === last) return 'same';
  // `film_code` ~ films.film_id | films.id: the entity with another key word.
  const keyWord = key.length === 1 && KEY_SUFFIXES.has(key[0]!) ? key[0] : startsWith(key, entity) && key.length === entity.length + 1 ? key[key.length - 1] : null;
  if (keyWord) return keyWord !== last ? 'key words differ' : null;
  // `workspace_ref` ~ workspaces.space_code: the column names the dataset's rows, the key is
  // named its own way. The name says which dataset; only the values can say which key.
  return KEY_SUFFIXES.has(key[key.length - 1]!) ? 'key named its own way' : null;
}

const sameWords: WordsMatch = (a, b) => a === b;

/**
 * `med` of medicine, `dept` of department, `exhibit` of exhibition: the longer word's first three
 * letters, then the rest in its order. Looser shortenings join unrelated keys (`prod_id` ~
 * periods.period_id); key words (`id`, `no`) are too short to be one.
 */
function shortens(short: string, full: string): boolean {
  if (short.length < 3 || short.length >= full.length || short.slice(0, 3) !== full.slice(0, 3)) return false;
  let matched = 3;
  for (const letter of full.slice(3)) if (letter === short[matched]) matched += 1;
  return matched >= short.length;
}

const shortenedWords: WordsMatch = (a, b) => a === b || shortens(a, b) || shortens(b, a);
