import { quoteIdentifier, quoteLiteral, unitOfWord } from '@living-schema/core';
import type { SchemaColumn, SchemaEntityType, SchemaTable } from './schema-context.js';
import { agentMentions, doerOfQuantity } from './reader/agent-nouns.js';
import { countedElsewhere, countedNoun, recountThroughJoin } from './reader/counted-rows.js';
import { joinedScopes, scopedAnswer, type JoinedScope, type SchemaRelationship } from './reader/join-scope.js';
import { answeredTable, competingMeasures, distinctRowsOfLookup } from './reader/competing-readings.js';
import { answerFromExamples, type VerifiedExample } from './reader/verified-templates.js';
import { identifierWords, stem } from './query-words.js';
import { FILLER, isLeftoverFiller, namesOneRow } from './reader/filler-words.js';
import { containsPhrase, tokenize, type Token } from './reader/tokens.js';
import { paraphrase } from './reader/paraphrases.js';
import { SUPERLATIVE_WORD } from './reader/superlatives.js';
import { readNumbers } from './reader/numbers.js';
import { dateNamedAt, dateOfVerb, eventDateAsked, madeOn, placeEventVerbs, timeStarts } from './reader/event-verbs.js';
import { readTimeExpressions, timeTokens, type TimeRange, type TimeReading } from './reader/time-expressions.js';
import { restatingWords } from './reader/restating-words.js';
import { splitCompounds } from './reader/compound-words.js';
import { readThroughSpelledField, rootOnlyWord } from './reader/root-only-words.js';
import { birthDateOf, birthMentions, dateExpression, isDate, isIdentifier, isRecordedDate, isKeyLike, isNumeric, isYearColumn, knownValues, markReferences, namedForRows, nameWords as fieldWords, noEventDate, primaryDateColumn, rowWordsOf, sameRoot, type ReaderColumn } from './reader/column-kinds.js';
import type { ColumnMention, Comparisons, Condition, HavingCount, NumberMatch, ValueMatch } from './reader/reading.js';
import { countsOnePerGroup, noNullGroup, readGroupedShapes, percentageWord, whereClause } from './reader/grouped-shapes.js';
import { averageExpression, readGrain, tableGrain, type CoarserGrain } from './reader/table-grain.js';
import { groupByLookupName, preferLookupNames } from './reader/lookup-groups.js';
import { isMoney, moneyField, moneyMentions, moneyWordAt } from './reader/money-words.js';
import { wordsOfLongerValues } from './reader/longer-values.js';
import { correctTypos } from './reader/typos.js';
import { checkAnswer } from './reader/answer-checks.js';
import { durationMentions, inFieldUnit, soleUnitField, unitFits, unitMentions, unitOfField } from './reader/unit-fields.js';
import { toldApartBySign } from './reader/signed-values.js';
import { unsaidBound } from './reader/bound-fields.js';
import { sharedModifiers } from './reader/table-words.js';

/** What the offline translator needs: the tables and entity types of the schema context. */
export interface OfflineSchema {
  tables: SchemaTable[];
  entityTypes: SchemaEntityType[];
  /** How tables join (from the catalog's relationships). */
  relationships?: SchemaRelationship[];
  /** The engine's date (YYYY-MM-DD), for "the last 7 days" when the question states no day. */
  today?: string | null;
  /** In a joined reading, the datasets as they are alone (a field named there must be in the joined tables). */
  unjoined?: SchemaTable[];
  /** Verified question-SQL pairs retrieved for the question (taught by feedback). */
  examples?: VerifiedExample[];
}

export type OfflineAnswer = { sql: string; reasoning: string } | { refusal: string; notUnderstood: string[] };


/** Words for the documents annotations point into. */
const DOCUMENT_WORDS = /\b(documents?|docs?|pages?|notes?|reports?|files?|letters?|articles?|texts?)\b/;

/**
 * Words that name a quantity without naming its field, and the field names they point to:
 * "older than 65" is about an age, "cost more than 15000" about a cost.
 */
const FIELD = {
  age: /(^|_)age(_|$)|(^|_)ages?_(years?|yrs)/i,
  weight: /weight|mass|kg|tonnage/i,
  height: /height/i,
  cost: /cost|price|amount|fee|charge|spend|paid/i,
  pay: /salary|income|wage|earning|pay/i,
  duration: /stay|duration|length|days/i,
  speed: /speed|knots|velocity/i,
  score: /score|rating|grade/i,
};
const FIELD_HINTS: Array<[RegExp, RegExp]> = [
  [/^(older|younger|aged|age|ages|old|young)$/, FIELD.age],
  [/^(heavier|lighter|weighs|weighing|weighed|weight)$/, FIELD.weight],
  [/^(taller|shorter|height)$/, FIELD.height],
  [/^(cost|costs|costing|costed|costlier|pricier|cheaper|expensive|priced|paid|spent|charged)$/, FIELD.cost],
  [/^(earns|earned|earning|earn|salary|paid)$/, FIELD.pay],
  [/^(stayed|stay|stays|lasted|lasting|longer|shorter)$/, FIELD.duration],
  [/^(faster|slower|speed)$/, FIELD.speed],
  [/^(deeper|shallower|depth)$/, /depth|deep/i],
  [/^(wider|narrower|width)$/, /width|wide/i],
  [/^(warmer|hotter|colder|cooler)$/, /temp/i],
  [/^(scored|scores|score)$/, FIELD.score],
];

/** Superlatives that name a quantity: "the cheapest shipment" ranks by the cost field. */
const SUPERLATIVE_HINTS: Array<[RegExp, RegExp]> = [
  [/^(cheapest|priciest|costliest|expensive)$/, FIELD.cost],
  [/^(heaviest|lightest)$/, FIELD.weight],
  [/^(tallest|shortest)$/, FIELD.height],
  [/^(fastest|slowest)$/, FIELD.speed],
  [/^(longest|shortest)$/, /length|duration|stay|days|distance/i],
  [/^(deepest|shallowest)$/, /depth|deep/i],
  [/^(widest|narrowest)$/, /width|wide/i],
];

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Words of an identifier, stemmed (`gross_tonnage` -> gross, tonnage). */

/**
 * A stem with a noun ending taken off, so that a verb meets its noun: admitted ~ admission,
 * arrived ~ arrival, departed ~ departure, inspected ~ inspection, attended ~ attendance.
 */
export function root(stemmed: string): string {
  if (stemmed.length < 6) return stemmed;
  if (stemmed.endsWith('ission')) return `${stemmed.slice(0, -6)}it`;
  // publication ~ publish, resolution ~ resolve, solution ~ solve.
  if (stemmed.endsWith('ication')) return `${stemmed.slice(0, -7)}ish`;
  if (stemmed.endsWith('ution')) return `${stemmed.slice(0, -5)}ve`;
  // extension ~ extend, suspension ~ suspend.
  if (stemmed.endsWith('ension')) return `${stemmed.slice(0, -6)}end`;
  for (const suffix of ['ation', 'ance', 'ence', 'ment', 'ion', 'ure', 'al']) {
    if (stemmed.endsWith(suffix) && stemmed.length - suffix.length >= 4) return stemmed.slice(0, -suffix.length);
  }
  return stemmed;
}

// "installed" stems to instal (the doubled letter of "flagged" dropped); install_year keeps both.
// "cancellation" roots to cancell, the field's "cancelled" stems to cancel: the doubled letter goes there too.
const undoubled = (word: string) => word.replace(/([bcdfgklmnprstvz])\1$/, '$1');
const rootMatches = (questionStem: string, columnWord: string) =>
  questionStem.length >= 3 && columnWord.length >= 4 && (root(questionStem) === root(columnWord) || `${questionStem}e` === columnWord || `${root(questionStem)}e` === root(columnWord) || `${questionStem}${questionStem.at(-1)}` === columnWord || (root(questionStem) !== questionStem && undoubled(root(questionStem)) === root(columnWord)));

function wordMatches(questionStem: string, columnWord: string): boolean {
  if (questionStem === columnWord) return true;
  const [short, long] = questionStem.length < columnWord.length ? [questionStem, columnWord] : [columnWord, questionStem];
  // "inspect" ~ "inspector", "deliver" ~ "deliveries"; not "course" ~ "coursework": what the
  // longer word adds must be an ending, not a word of its own.
  const ending = long.slice(short.length);
  // A "y" makes a noun of a verb in -er ("deliver" ~ "delivery"); elsewhere it is another word ("count" ~ "county").
  if (/^(y|ies|ied)$/.test(ending) && !/er$/.test(short)) return false;
  return short.length >= 5 && long.startsWith(short) && WORD_ENDING.test(ending);
}
const WORD_ENDING = /^(|s|es|ed|d|er|ers|or|ors|ing|ings|ment|ments|ation|ations|al|ly|y|ies|ied)$/;

/**
 * Translates a question into DuckDB SQL from the schema context alone: the catalog's tables,
 * columns, their values and the entity types. No model, no guessing: a word it cannot place
 * makes it refuse, naming the word.
 */
export function translateQuestion(question: string, schema: OfflineSchema): OfflineAnswer {
  const taught = schema.examples?.length ? answerFromExamples(question, schema.examples, schema.tables) : null;
  if (taught) return taught;
  const answer = readQuestion(question, schema);
  if ('sql' in answer || answer.notUnderstood.length === 0) return answer;
  const apart = readCompoundsApart(question, answer.notUnderstood, schema);
  if (apart) return apart;
  // Words left over may be typos of known words: read again with them corrected, once.
  const typos = correctTypos(question, answer.notUnderstood, schema.tables);
  const again = typos ? readQuestion(typos.question, schema) : null;
  if (!again || !('sql' in again)) return answer;
  const read = typos!.corrections.map((c) => `"${c.typed}" as "${c.read}"`).join(', ');
  return { sql: again.sql, reasoning: `${again.reasoning} Read ${read}.` };
}

/** A hyphenated word left over may be a field's words written together: the question read again with them apart, if that answers. */
function readCompoundsApart(question: string, notUnderstood: string[], schema: OfflineSchema): OfflineAnswer | null {
  const split = splitCompounds(question, notUnderstood);
  const apart = split ? readQuestion(split.question, schema) : null;
  if (!apart || !('sql' in apart)) return null;
  return { sql: apart.sql, reasoning: `${apart.reasoning} Read ${split!.compounds.map((w) => `"${w}" as "${w.replace(/-/g, ' ')}"`).join(', ')}.` };
}

/**
 * The question read against each table alone, then, for words left over, against the joined
 * tables. An answer from a lookup alone must not have a rival reading through a fact that points
 * at it (competing-readings.ts).
 */
function readQuestion(question: string, schema: OfflineSchema): OfflineAnswer {
  // A field that points at a lookup's key is an identifier, whatever its name ("District").
  const marked = { ...schema, tables: markReferences(schema.tables, schema.relationships ?? []) };
  const read = paraphrase(question);
  const alone = readTables(read, marked);
  const relationships = schema.relationships ?? [];
  const tokens = tokenize(read);
  if ('sql' in alone) {
    const noun = countedNoun(tokens, countedPosition(tokens));
    const owner = countedElsewhere(alone.sql, noun, marked.tables);
    if (owner) return recountThroughJoin(alone.sql, noun!, owner, () => joinedAnswer(read, marked, relationships));
    const rootOnly = rootOnlyWord(alone.sql, tokens, marked.tables, (q, w) => wordMatches(q, w) || rootMatches(q, w));
    if (rootOnly) return readThroughSpelledField(rootOnly, relationships.length ? joinedAnswer(read, marked, relationships) : null);
  }
  if (relationships.length === 0) return alone;
  if ('sql' in alone) {
    const fact = marked.tables.find((t) => t.name === answeredTable(alone.sql));
    const competing = competingMeasures(alone.sql, tokens, marked.tables, relationships);
    if (competing) return moneyThroughJoin(read, tokens, marked, relationships) ?? competing;
    return (
      distinctRowsOfLookup(alone.sql, read.toLowerCase(), relationships) ??
      preferLookupNames(alone, fact, marked.tables, relationships, () => readJoined(read, marked, relationships)) ??
      alone
    );
  }
  if (alone.notUnderstood.length === 0) return alone;
  const joined = readJoined(read, marked, relationships);
  if (!joined) return alone;
  // Of two refusals, the one that placed more words says better what is missing.
  if (!('sql' in joined.answer)) return joined.answer.notUnderstood.length > 0 && joined.answer.notUnderstood.length < alone.notUnderstood.length ? joined.answer : alone;
  if (!joined.scope) return alone;
  return countsLookupThroughFact(joined.answer.sql, tokens, joined.scope.table, marked.tables, relationships) ?? scopedAnswer(joined.answer, joined.scope);
}

/**
 * "how many tools require training before they can be hired", read through the hire contracts:
 * the joined reading counts contracts, the question counts tools (the lookup's rows, hired or
 * not). Refused, naming what was counted; null when the counted noun is the fact's own.
 */
function countsLookupThroughFact(sql: string, tokens: Token[], fact: SchemaTable, tables: SchemaTable[], relationships: SchemaRelationship[]): OfflineAnswer | null {
  if (!/^SELECT count\(\*\) AS count FROM\b/.test(sql)) return null;
  const counted = countedNoun(tokens, countedPosition(tokens));
  if (!counted) return null;
  const factName = fact.dataset ?? fact.name;
  if (rowWordsOf(fact).some((w) => stem(w) === counted.stem)) return null;
  const lookup = tables.find((t) => relationships.some((r) => r.from.table === factName && r.to.table === t.name) && tableGrain(t).rowWord === counted.stem);
  if (!lookup) return null;
  return { refusal: `"${counted.raw}" are rows of ${lookup.name}, but the only reading I found counts rows of ${factName}; ask about ${lookup.name} with one of its own fields.`, notUnderstood: [counted.raw] };
}

/**
 * "the top 5 clients by spend", read alone as a client's credit limit: a money word no field
 * spells is money the rows took, so the joined reading is taken when it adds up the fact's own
 * money (a price per job, not a lookup's limit or rate joined onto each job); null otherwise.
 */
function moneyThroughJoin(read: string, tokens: Token[], marked: OfflineSchema, relationships: SchemaRelationship[]): OfflineAnswer | null {
  if (!tokens.some((t) => moneyWordAt(tokens, t.index))) return null;
  const joined = readJoined(read, marked, relationships);
  if (!joined?.scope || !('sql' in joined.answer)) return null;
  const summed = /\bsum\("([^"]+)"\)/.exec(joined.answer.sql)?.[1];
  const field = joined.scope.table.columns.find((c) => c.name === summed);
  if (!field || (field as ReaderColumn).lookup || !isMoney(field)) return null;
  return scopedAnswer(joined.answer, joined.scope);
}

/** The joined reading as it would be answered (its scope written out), or null when there is none. */
function joinedAnswer(read: string, marked: OfflineSchema, relationships: SchemaRelationship[]): OfflineAnswer | null {
  const joined = readJoined(read, marked, relationships);
  if (!joined) return null;
  return joined.scope && 'sql' in joined.answer ? scopedAnswer(joined.answer, joined.scope) : joined.answer;
}

/** The question read against each fact table joined to its lookups; null when no fact has any. */
function readJoined(read: string, marked: OfflineSchema, relationships: SchemaRelationship[]): { answer: OfflineAnswer; scope?: JoinedScope } | null {
  const scopes = joinedScopes(marked.tables, relationships);
  if (scopes.length === 0) return null;
  const others = marked.tables.filter((t) => t.kind !== 'dataset');
  const answer = readTables(read, { ...marked, tables: [...scopes.map((s) => s.table), ...others], unjoined: marked.tables.filter((t) => t.kind === 'dataset') }, true);
  const scope = 'sql' in answer ? scopes.find((s) => answer.sql.includes(quoteIdentifier(s.table.name))) : undefined;
  return { answer, ...(scope ? { scope } : {}) };
}

/** Reads a question against the tables of the schema, one table at a time. */
function readTables(question: string, schema: OfflineSchema, joinedReading = false): OfflineAnswer {
  const text = question.trim().replace(/[?!.]+$/, '');
  const lower = text.toLowerCase();
  const tokens = tokenize(text);
  const used = new Set<number>();
  const datasets = schema.tables.filter((t) => t.kind === 'dataset');
  const annotations = schema.tables.find((t) => t.kind === 'annotations');
  const documents = schema.tables.find((t) => t.kind === 'documents');

  // Quoted literals are values whatever they are.
  // A single quote opens a literal only at a word's start and closes at its end: "what's ... we've" holds none.
  const quoted = [...text.matchAll(/["“]([^"”]{2,})["”]|(?<![\w])'([^']{2,})'(?![\w])/g)].map((m) => (m[1] ?? m[2])!);

  // --- numbers and dates ---------------------------------------------------------------------
  const time = withoutGrainInFieldName(readTimeExpressions(tokens, schema.today ?? null), tokens, datasets);
  const dates: TimeRange[] = [...time.ranges];
  const starts = timeStarts(time.ranges, time.grain, tokens);
  timeTokens(time).forEach((i) => used.add(i));
  const numbers = readNumbers(tokens, used);

  // --- entity-type (annotation) questions ----------------------------------------------------
  const mentionWords = /\b(mention|mentions|mentioned|mentioning|annotat\w*|spans?|labels?|entity|entities|tagged|tags?)\b/;
  const datasetNamed = (t: SchemaTable) => identifierWords(t.name).concat(identifierWords(t.dataset ?? '')).some((w) => tokens.some((tok) => tok.stem === w && w.length > 2));
  const namedDataset = datasets.find(datasetNamed);
  // An entity type named as such ("the most common DRUG") when no dataset has a field of that name.
  const datasetWords = new Set(datasets.flatMap((d) => [...identifierWords(d.name), ...d.columns.flatMap((c) => identifierWords(c.name))]));
  const labelNamed = schema.entityTypes.some((e) =>
    [e.name, ...e.aliases].some((name) => {
      const words = identifierWords(name);
      const at = tokens.findIndex((_, i) => words.every((w, k) => tokens[i + k]?.stem === w));
      return at >= 0 && words.every((w) => !datasetWords.has(w));
    }),
  );
  if (annotations && (mentionWords.test(lower) || labelNamed || (DOCUMENT_WORDS.test(lower) && !namedDataset))) {
    const answer = translateEntityQuestion(text, lower, tokens, used, numbers, quoted, schema, annotations, documents);
    if (answer) return answer;
  }

  if (datasets.length === 0) {
    return { refusal: 'The store holds no record dataset to answer this from.', notUnderstood: tokens.filter((t) => !FILLER.has(t.lower)).map((t) => t.raw) };
  }

  // --- the table -----------------------------------------------------------------------------
  const table = chooseTable(datasets, tokens, lower);
  // A joined reading's table is named `<fact>_joined`: "joined" is no word of its rows ("wardens
  // who joined in 2023" is about a date, not the join).
  const tableWords = new Set([...identifierWords(table.name), ...identifierWords(table.dataset ?? '')].filter((w) => !joinedReading || w !== stem('joined')));

  // --- values (before table words: "fishing vessels" is a value of a table named vessels) -----
  const values = perfectTenseVerbs(releaseDateVerbs(findValues(tokens, table, used, quoted, text), tokens, table, used, dates.length > 0 || time.grain !== null || /^when\b/.test(lower)), tokens, table, used);
  // The table's name where it is spelled out whole ("port calls"); else each of its words.
  const nameWords = identifierWords(table.name);
  const whole = tokens.findIndex((_, i) => !used.has(i) && nameWords.every((w, k) => tokens[i + k]?.stem === w && !used.has(i + k)));
  if (whole >= 0 && nameWords.length > 1) nameWords.forEach((_, k) => used.add(whole + k));
  else {
    tokens.forEach((t, i) => {
      if (tableWords.has(t.stem) && !used.has(i) && !startsFieldName(tokens, i, table)) used.add(i);
    });
  }
  // --- columns -------------------------------------------------------------------------------
  const beforeColumns = new Set(used);
  // Words a time expression or a value of several words took ("health checks") name no field.
  const valueWords = values.filter((v) => v.end - v.start > 1).flatMap((v) => Array.from({ length: v.end - v.start }, (_, k) => v.start + k));
  const mentions = findColumns(tokens, table, used, new Set([...timeTokens(time), ...valueWords]));
  // Words that are part of a field's name ("total" in total_cost, "max" in max_speed) ask for no aggregate.
  const columnPositions = new Set([...used].filter((i) => !beforeColumns.has(i)));
  // A verb for a field's noun ("admitted" for admission_date): it places the word, weakly.
  // In a question about time, a word two fields share names the date ("checkouts per quarter").
  const aboutTime = dates.length > 0 || time.grain !== null || /^when\b/.test(lower);
  mentions.push(...agentMentions(tokens, table, used, mentions));
  mentions.push(...relatedColumns(tokens, table, used, mentions, aboutTime));
  weakenEventParticiples(mentions, tokens, aboutTime);
  weakenRowNouns(mentions, tokens);
  mentions.push(...moneyMentions(tokens, table, used, mentions), ...birthMentions(tokens, table, used));
  mentions.push(...unitMentions(tokens, table, used, mentions), ...durationMentions(tokens, table, used));
  // "the top 3 destinations by revenue" of ticket_revenue_gbp: a money word that names a field asks for its total.
  for (const [i, m] of mentions.entries()) if (!m.sums && isNumeric(m.column) && moneyWordAt(tokens, m.position)) mentions[i] = { ...m, sums: true };
  for (const [i, t] of tokens.entries()) if (!used.has(i) && [...tableWords].some((w) => rootMatches(t.stem, w))) used.add(i);
  // A value that sits in several columns belongs to the one named nearest to it.
  const ambiguous: ValueMatch[][] = [];
  let filters = resolveValueColumns(values, mentions, tokens, ambiguous);
  if (ambiguous.length) {
    const [first] = ambiguous;
    return {
      refusal: `"${first![0]!.value}" is a value of ${first!.map((c) => c.column.name).join(' and ')}; say which (e.g. "${first![0]!.column.name.replace(/_/g, ' ')} ${first![0]!.value}").`,
      notUnderstood: ambiguous.map((c) => c[0]!.value),
    };
  }
  placeWordsAroundValues(tokens, filters, used);
  placeUnitWords(tokens, mentions, used);
  const keyLookups = keyNumberLookups(tokens, table, tableWords, mentions, used);

  // --- shape ---------------------------------------------------------------------------------
  const has = (pattern: RegExp) => pattern.test(lower);
  // "at least 30 people" is a comparison, not the least of anything.
  const freeText = tokens.filter((_, i) => !columnPositions.has(i)).map((t) => t.lower).join(' ').replace(/\bat (least|most)\b/g, ' ');
  const hasFree = (pattern: RegExp) => pattern.test(freeText);
  // "the average number of nights" aggregates a field; "the total number of branches" counts rows.
  // "the total number of hire days": a field of numbers named after "of" is added up.
  const numberFieldAt = (p: number) => mentions.some((m) => (m.position === p || m.position === p + 1) && isNumeric(m.column) && !isIdentifier(m.column));
  const totalOfField = (i: number) => tokens[i - 1]?.lower === 'total' && tokens[i + 1]?.lower === 'of' && numberFieldAt(i + 2);
  const aggregatesANumber = (i: number) => /^(average|mean|avg|sum|median)$/.test(tokens[i - 1]?.lower ?? '') || (tokens[i - 1]?.lower === 'total' && (!tableWords.has(tokens[i + 2]?.stem ?? '') || totalOfField(i)));
  const numberIndex = tokens.findIndex((t) => t.lower === 'number' && tokens[t.index + 1]?.lower === 'of' && !aggregatesANumber(t.index) && !namedNumber(tokens, t.index));
  // "how much" asks for a quantity (a sum of a field), never for a number of rows.
  const howMuch = has(/\bhow much\b/) && !has(/\bhow many\b/);
  // "number of jobs" counts the jobs even beside a field called job_number ("the number of the job" would not).
  const rowsNumbered = numberIndex >= 0 && /s$/.test(tokens[numberIndex + 2]?.lower ?? '') && tableWords.has(tokens[numberIndex + 2]?.stem ?? '');
  const count = (has(/\bhow many\b/) || hasFree(/\bcount\b/) || (numberIndex >= 0 && (rowsNumbered || !mentions.some((m) => m.position <= numberIndex && numberIndex <= m.position + 2 && identifierWords(m.column.name).includes('number'))))) && !hasFree(/\btotal (?!number)\w+/);
  const descending = hasFree(/\b(highest|largest|biggest|greatest|maximum|max|most|heaviest|longest|top|newest|latest|youngest|most recent(?:ly)?|priciest|costliest|fastest|quickest|tallest|deepest|widest)\b/);
  const ascending = hasFree(/\b(lowest|smallest|least|fewest|minimum|min|lightest|shortest|bottom|oldest|earliest|cheapest|slowest|shallowest|narrowest)\b/);
  const namedGroup = findGroupColumn(lower, tokens, mentions, tableWords);
  const groupMention = joinedReading ? groupByLookupName(namedGroup, tokens, schema.unjoined ?? [], schema.relationships ?? []) : namedGroup;
  // Yes/no fields named outside a grouping are filters: "readmitted patients", "not readmitted".
  // "took full cover insurance": a word inside a value ("Full Cover") is no yes/no field (fuel_full_on_return).
  for (const m of [...mentions]) if (isFlag(m.column) && filters.some((f) => f.end - f.start > 1 && f.start <= m.position && m.position < f.end)) mentions.splice(mentions.indexOf(m), 1);
  for (const m of [...mentions]) if (lookupFlagWordIsOwnValue(m, tokens, filters)) mentions.splice(mentions.indexOf(m), 1);
  const flags = readFlagFields(tokens, table, mentions, groupMention, numbers, starts, used);
  filters = dropValuesInsideFlags(filters, flags.columns, tokens);
  const whichMost = /\bwhich\s+([\w']+(?:\s+[\w']+){0,3}?)\s+(?:has|have|had|is|are|with|sees?|gets?|holds?|takes?|\w+ed|\w+s)\b.*\b(most|fewest|least|highest|lowest|largest|smallest|biggest|longest|shortest)\b/.exec(lower);

  // Numeric comparisons and date ranges.
  const comparisons = findComparisons(lower, tokens, numbers, dates, table, mentions, used, tableWords);
  if ('refusal' in comparisons) return comparisons;
  filters = withoutValuesInFieldNames(filters, mentions, tokens, comparisons.columns);
  const conditions: Condition[] = [...flags.conditions, ...keyLookups, ...equalityConditions(filters), ...comparisons.conditions];
  const consumedNumbers = new Set(comparisons.consumedNumbers);

  // Top/bottom N.
  const limitNumber = numbers.find(
    (n) => !consumedNumbers.has(n.position) && /^(top|bottom|first|last|the|which|what)$/.test(tokens[n.position - 1]?.lower ?? '') && n.value >= 1 && n.value <= 1000 && Number.isInteger(n.value),
  ) ?? numbers.find((n) => !consumedNumbers.has(n.position) && n.position === 0 && Number.isInteger(n.value));
  const leadingLimit = /^(?:list|show|give|name|what are|which are|find)?\s*(?:me\s+)?(?:the\s+)?(\d+)\s+/.exec(lower);
  const limit = limitNumber?.value ?? (leadingLimit ? Number(leadingLimit[1]) : null);
  if (limitNumber) used.add(limitNumber.position);
  if (leadingLimit) numbers.filter((n) => n.text === leadingLimit[1]).forEach((n) => used.add(n.position));

  const percentage = percentageWord(tokens);
  if (percentage) percentage.tokens.forEach((i) => used.add(i));
  const nameColumn = pickNameColumn(table);
  const measure = pickMeasure(mentions, groupMention, filters, lower);
  // "total" or "average" as a word of its own aggregates; inside a field's name ("top 5 by total
  // cost", "the total cost for Oliver Okafor") only when nothing ranks or picks out one row.
  const picksOne = filters.some((f) => !f.negated && (f.column.name === nameColumn?.name || isKeyLike(f.column, table)));
  const onlyInName = (pattern: RegExp) => has(pattern) && limit === null && !descending && !ascending && !picksOne;
  const average = hasFree(/\b(average|mean|avg)\b/) || onlyInName(/\b(average|mean|avg)\b/);
  // "what was our revenue in May": a money word asked for is a total.
  const revenue = measure?.sums === true && !average && !descending && !ascending;
  const totalNumberOfField = tokens.some((t) => t.lower === 'number' && totalOfField(t.index));
  const sum = (howMuch || revenue || hasFree(/\b(total|sum|combined|altogether)\b/) || onlyInName(/\b(total|sum)\b/)) && (!has(/\btotal number\b/) || totalNumberOfField) && !count;
  const bound = sum && measure ? unsaidBound(measure.column, tokens) : null;
  if (bound) return { refusal: `${measure!.column.name} is a ${bound} of each row, not an amount that adds up; name the field to total.`, notUnderstood: [tokens[measure!.position]?.raw ?? measure!.column.name] };

  placeWordsOfUsedFields(tokens, used, [...comparisons.columns, ...filters.map((f) => f.column.name), ...(groupMention ? [groupMention.column.name] : []), ...(measure ? [measure.column.name] : [])]);
  // "the 3 longest trips by distance": the superlative ranks by the field named.
  if (measure) tokens.forEach((t, i) => /^(longest|shortest)$/.test(t.lower) && used.add(i));
  // "the 3 longest pipes": a superlative that points at the table's one field of its kind places itself.
  const ranked = superlativeColumn(tokens, table);
  if (ranked) used.add(ranked.position);
  // Refuse when a word was not placed.
  placeEventVerbs(tokens, starts, table, used);
  const catalog = [...datasets, ...(schema.unjoined ?? [])];
  const counted = countedNoun(tokens, countedPosition(tokens));
  const countsOwnRows = !counted || tableWords.has(counted.stem) || mentions.some((m) => m.position === counted.index && isNumeric(m.column));
  const restating = restatingWords({ tokens, used, valueStarts: new Set(filters.map((f) => f.start)), namesAField: namesAFieldOf(catalog), countsOwnRows });
  const elsewhere = new Set([...fieldNamedElsewhere(tokens, table, catalog, used, filters), ...wordsOfLongerValues(tokens, table, catalog, filters, used)]);
  const unplaced = unplacedWords({ tokens, filters, mentions, table, used, tableWords, restating, elsewhere });
  // One unknown subject noun ("how many drivers ..." of the only table) is the rows; in a joined
  // reading (tried only because a word was left over) only where the fact table anchors it.
  const noun = unplaced.length === 1 ? unplaced[0]! : undefined;
  // A noun that is a word of a yes/no field ("how many batteries" of battery_fitted) says something the answer must use;
  // one of a field of the rows' own ("gifts" of gift_amount) is still their noun.
  const namesAField = noun !== undefined && table.columns.some((c) => isFlag(c) && identifierWords(c.name).includes(noun.stem));
  // A verb passed over as the rows' own ("how many toothbrushes did we sell") says nothing of an unknown noun: it is not the rows.
  const subjectTolerated = noun !== undefined && !namesAField && restating.size === 0 && isSubjectPosition(tokens, noun.index) && ((datasets.length === 1 && !joinedReading) || anchorsFactRows({ table, noun, tokens, conditions, mentions, percentage }));
  if (unplaced.length > 0 && !subjectTolerated) {
    return {
      refusal: `I could not match ${unplaced.map((t) => `"${t.raw}"`).join(', ')} to a table, field or value of the catalog (tables: ${datasets.map((t) => t.name).join(', ')}${annotations ? ', annotations' : ''}). Rephrase with a field or value name, teach the word for the field it means (\`living-schema schema teach <dataset>.<column> "${unplaced[0]?.raw ?? 'word'}"\`), or ask a configured LLM provider.`,
      notUnderstood: unplaced.map((t) => t.raw),
    };
  }

  // "show me the numbers": no word says what of which table; any answer would be a guess.
  if (datasets.length > 1 && tokens.every((t) => !tableWords.has(t.stem) && (FILLER.has(t.lower) || FILLER.has(t.stem)))) {
    return { refusal: `The question names no table, field or value; say what to count, list or compare (tables: ${datasets.map((t) => t.name).join(', ')}).`, notUnderstood: [] };
  }
  if (howMuch && !measure && !average) {
    return { refusal: `"How much" asks for an amount, and no numeric field of ${table.name} is named; name the field to add up.`, notUnderstood: ['how much'] };
  }
  // "the average score in the science department" of a table without scores: the aggregate would
  // be dropped and the rows listed. Refused, naming the word, so the joined reading is tried.
  const aggregateWord = tokens.find((t) => /^(average|mean|avg)$/.test(t.lower) && !columnPositions.has(t.index));
  if (aggregateWord && average && !measure) {
    return { refusal: `"${aggregateWord.raw}" needs a numeric field of ${table.name} to average, and none is named.`, notUnderstood: [aggregateWord.raw] };
  }
  // What "how many" and every grouped count counts: the rows, or a coarser thing they belong to.
  const grain = readGrain(table, tokens, { countedFrom: countedPosition(tokens), values: filters, measure, average, groupMention });
  const { rowCount, rowCountPer, averagedOver } = grain;
  const shaped = readGroupedShapes({ table, tokens, mentions, filters, conditions, comparisons, time: time.grain, percentage, groupMention: grain.groupMention, measure, rowCount, rowCountPer, averagedOver, limit, limitPosition: limitNumber?.position ?? (leadingLimit ? numbers.find((n) => n.text === leadingLimit[1])?.position ?? null : null), average, sum, descending, ascending });
  const checked = (answer: OfflineAnswer) => checkAnswer(answer, { tokens, mentions, tableWords, filters, freeText, table });
  if (shaped) return checked(shaped);
  return checked(readRowShapes({ table, tokens, lower, freeText, tableWords, mentions, filters, conditions, comparisons, keyLookups, groupMention: grain.groupMention, measure, rowCount, averagedOver, nameColumn, limit, count, average, sum, descending, ascending, whichMost: Boolean(whichMost) }));
}


/**
 * "which students have booked the most lessons": a participle after have, has or had is the
 * verb the subject did, not the rows' status (Booked), when the subject is something other than
 * the rows; the word is left for the verbs of the rows' making. ("how many tenancies have ended"
 * keeps the status Ended: the rows did it.) So is one after a value that follows the auxiliary.
 */
function perfectTenseVerbs(values: ValueMatch[], tokens: Token[], table: SchemaTable, used: Set<number>): ValueMatch[] {
  const rows = new Set(rowWordsOf(table).map(stem));
  const auxiliary = (i: number) => /^(have|has|had|'ve)$/.test(tokens[i]?.lower ?? '');
  // "how many jobs has Aire Valley Accountants booked": the question puts the subject, a value
  // of its own, between the auxiliary and the participle.
  const afterSubjectValue = (v: ValueMatch) => values.some((w) => w !== v && w.end === v.start && auxiliary(w.start - 1));
  return values.filter((v) => {
    const subject = tokens[v.start - 2];
    const participle = v.end - v.start === 1 && /ed$/.test(tokens[v.start]!.lower);
    const perfect = participle && ((auxiliary(v.start - 1) && subject !== undefined && !rows.has(subject.stem)) || afterSubjectValue(v));
    if (perfect) used.delete(v.start);
    return !perfect;
  });
}

/**
 * "scripts written by dentists", "pipes installed in Riverside": a participle that is a word of a
 * date field's name is the verb of the rows' event when the question says nothing about time; it
 * places the word, weakly, and asks for no date.
 */
function weakenEventParticiples(mentions: ColumnMention[], tokens: Token[], aboutTime: boolean): void {
  if (aboutTime) return;
  for (const [i, m] of mentions.entries()) {
    if (isDate(m.column) && /[a-z]{3,}(ed|en)$/.test(tokens[m.position]?.lower ?? '')) mentions[i] = { ...m, weak: true };
  }
}

/**
 * "how many jobs took ...", "what % of jobs" of work orders with a job_type: the plural noun a
 * classifier field qualifies names the rows, not the field; the mention places the word, weakly.
 */
function weakenRowNouns(mentions: ColumnMention[], tokens: Token[]): void {
  for (const [i, m] of mentions.entries()) {
    const token = tokens[m.position];
    if (token && token.lower !== token.stem && namesRowsOfClassifier(identifierWords(m.column.name), tokens, m.position)) mentions[i] = { ...m, weak: true };
  }
}

/**
 * Of several tables, an unknown noun counted ("how many scripts were written by dentists") is the
 * rows of the table the rest of the question is about, when that table is the one that points at
 * the others (its rows are the events) and the question filters or groups its own fields: the
 * noun is then the analysts' word for those rows. A question that only names the noun ("how many
 * beds does the hospital have") places nothing and stays refused.
 */
function anchorsFactRows(r: { table: SchemaTable; noun: Token; tokens: Token[]; conditions: Condition[]; mentions: ColumnMention[]; percentage: { position: number } | null }): boolean {
  const { table, noun, tokens } = r;
  if (!table.columns.some((c) => (c as ReaderColumn).reference)) return false;
  const counted = countedPosition(tokens) === noun.index || (r.percentage !== null && r.percentage.position + 2 === noun.index);
  if (!counted || !/[a-z]{3,}s$/.test(noun.lower)) return false;
  return r.conditions.length > 0 || r.mentions.some((m) => !m.weak && !(m.column as ReaderColumn).lookup);
}

/** Rows with no name of their own, or that point at other tables: events (trips, order lines), not things. */
function rowsAreEvents(table: SchemaTable): boolean {
  return !pickNameColumn(table) || table.columns.some((c) => (c as ReaderColumn).reference);
}

/**
 * The words no stage placed: not filler, not the table's own words, not a verb that links a value
 * ("owned by Atlas Bulk", "called at Rotterdam", "belong to Harbor Line" need no field of their
 * own), plus the names of coded things that must be placed whatever else matched.
 */
function unplacedWords(r: { tokens: Token[]; filters: ValueMatch[]; mentions: ColumnMention[]; table: SchemaTable; used: Set<number>; tableWords: Set<string>; restating: Set<number>; elsewhere: Set<number> }): Token[] {
  const { tokens, used, restating } = r;
  const events = rowsAreEvents(r.table);
  const valueStarts = new Set(r.filters.map((f) => f.start));
  const valueEnds = new Set(r.filters.map((f) => f.end));
  const linksValue = (i: number) => valueStarts.has(i + 1) || valueEnds.has(i) || (/^(by|at|in|to|from|under|with|for|of|on)$/.test(tokens[i + 1]?.lower ?? '') && (valueStarts.has(i + 2) || (tokens[i + 2]?.lower === 'the' && valueStarts.has(i + 3))));
  const mustPlace = namesOfCodedThings(tokens, r.mentions, r.table, used);
  tokens.forEach((t, i) => !used.has(i) && (namedNumber(tokens, i) || r.elsewhere.has(i) || headOfAnotherField(tokens, i, r.mentions)) && mustPlace.add(i));
  // A verb passed over elsewhere ("jobs raised from an alarm") asks for money after "total": it must be placed.
  return tokens.filter((t, i) => mustPlace.has(i) || (!used.has(i) && ((!isLeftoverFiller(t) && !namesOneRow(tokens, i, events) && !restating.has(i)) || moneyWordAt(tokens, i)) && (t.lower.length > 1 || /^\d$/.test(t.lower)) && !r.tableWords.has(t.stem) && !linksValue(i)));
}

/** Whether a word shares its root with a field of any of the tables: then it may be choosing that field. */
function namesAFieldOf(tables: SchemaTable[]): (word: string) => boolean {
  const words = tables.flatMap((t) => t.columns.flatMap((c) => fieldWords(c.name)));
  return (word) => words.some((w) => sameRoot(w, word));
}

/**
 * "how many students in each year group", "rooms with a day rate over 400": a grain word that
 * starts a field's name with the word after it is that field (year_group, day_rate_eur), not a
 * time series.
 */
function withoutGrainInFieldName(time: TimeReading, tokens: Token[], datasets: SchemaTable[]): TimeReading {
  const last = time.grain?.tokens.at(-1);
  if (last === undefined || !tokens[last + 1]) return time;
  const pair = [tokens[last]!.stem, tokens[last + 1]!.stem];
  const named = datasets.some((d) => d.columns.some((c) => {
    const words = identifierWords(c.name);
    return words[0] === pair[0] && words[1] === pair[1];
  }));
  return named ? { ...time, grain: null } : time;
}

/**
 * "the average review score per room type" of bookings, where the rooms table has room_type: a
 * word that is filler alone ("type", "name", "date") but names another table's field with the
 * word before it must be placed, so the question is read with that table joined, not answered
 * from a field of this one that shares only the first word (room_no). So must a word after a
 * value that would pass as the value's noun ("depots with an express dock", priority Express,
 * where depots have express_dock).
 */
function fieldNamedElsewhere(tokens: Token[], table: SchemaTable, datasets: SchemaTable[], used: Set<number>, filters: ValueMatch[]): Set<number> {
  const pairs = new Set(datasets.filter((d) => d !== table).flatMap((d) => d.columns.map((c) => identifierWords(c.name).join(' '))));
  const here = new Set(table.columns.map((c) => identifierWords(c.name).join(' ')));
  const positions = new Set<number>();
  tokens.forEach((t, i) => {
    const pair = i > 0 ? `${tokens[i - 1]!.stem} ${t.stem}` : '';
    const afterValue = filters.some((f) => f.end === i);
    if (!used.has(i) && (FILLER.has(t.lower) || afterValue) && pairs.has(pair) && !here.has(pair)) positions.add(i);
  });
  return positions;
}

/**
 * "the customer's name on meter E1", "the name of the customer", with customer_segment but no
 * customer name: a word that says what kind of field ("name", "type", "date", "code") beside a
 * word of a field whose name does not have it asks for a field the table does not have, and must
 * be placed.
 */
function headOfAnotherField(tokens: Token[], i: number, mentions: ColumnMention[]): boolean {
  const word = tokens[i]!.stem;
  if (!/^(name|type|date|code|id)$/.test(word)) return false;
  // The field's word before it ("the customer name"), or after "of (the)" ("the name of the customer").
  const after = tokens[i + 1]?.lower === 'of' ? (tokens[i + 2]?.lower === 'the' ? i + 3 : i + 2) : -1;
  const owners = mentions.filter((m) => m.position === i - 1 || m.position === after);
  return owners.length > 0 && owners.every((m) => !identifierWords(m.column.name).includes(word));
}

/**
 * "the phone number of guest G-1", "her membership number": "number" after a word that names
 * what it is the number of is a field's name, never "a number of" rows. It counts only after
 * "the", "a", "total" and other filler; otherwise a field must place it, or the question is refused.
 */
function namedNumber(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  // "the weekly number of prescriptions": a grain adverb says how the rows are counted.
  return tokens[i]!.lower === 'number' && before !== undefined && !FILLER.has(before.lower) && !/^\d/.test(before.lower) && !GRAIN_ADVERB.test(before.lower);
}
const GRAIN_ADVERB = /^(daily|weekly|monthly|quarterly|yearly|annual|annually)$/;

/**
 * Yes/no fields the question names outside a grouping, as filters ("readmitted patients", "not
 * readmitted"); each is taken out of `mentions`. "Renewed at least twice" counts renewals: the
 * word is the numeric field it shares a root with, not the yes/no field.
 */
function readFlagFields(tokens: Token[], table: SchemaTable, mentions: ColumnMention[], groupMention: ColumnMention | undefined, numbers: NumberMatch[], timeStarts: number[], used: Set<number>): { conditions: Condition[]; columns: SchemaColumn[] } {
  const conditions: Condition[] = [];
  const columns: SchemaColumn[] = [];
  for (const mention of [...mentions]) {
    if (!isFlag(mention.column) || mention === groupMention) continue;
    if (wordOfAnotherField(mention, tokens, mentions) || spellsTheTableName(mention, tokens, table)) {
      mentions.splice(mentions.indexOf(mention), 1);
      continue;
    }
    // "how many gifts has donor D1 made" of donors with gift_aid_declared: the noun counted is
    // some table's rows, not one word of a longer yes/no name; left unplaced for another reading.
    if (countedNounOfLongerFlag(mention, tokens)) {
      mentions.splice(mentions.indexOf(mention), 1);
      used.delete(mention.position);
      continue;
    }
    const dated = dateNamedAt(tokens, mention.position, timeStarts, table);
    if (dated) {
      mentions.splice(mentions.indexOf(mention), 1, { table, column: dated, position: mention.position, weak: true });
      continue;
    }
    const counted = quantityFollows(tokens, mention.position, numbers)
      ? table.columns.find((c) => isNumeric(c) && !isFlag(c) && identifierWords(c.name).some((w) => rootMatches(tokens[mention.position]!.stem, w)))
      : undefined;
    if (counted) {
      mentions.splice(mentions.indexOf(mention), 1, { table, column: counted, position: mention.position, weak: true });
      continue;
    }
    const start = firstWordOfField(tokens, mention);
    const before = tokens.slice(Math.max(0, start - 3), start).map((t) => t.lower).join(' ');
    // "stops without a real time display": an article may sit between the negation and the field.
    const negated = /\b(not|never|no|non|without|n't|aren't|isn't|wasn't|weren't|didn't|haven't|hasn't)( (a|an|any))?$|\b(not|never) (been|yet|ever)$/.test(before);
    conditions.push({ sql: flagCondition(mention.column, negated), position: mention.position });
    columns.push(mention.column);
    mentions.splice(mentions.indexOf(mention), 1);
  }
  return { conditions, columns };
}

/**
 * "the average screening score", "interviews held between 1 and 30 November", "scored 80 or
 * higher at screening": a one-word value (stage Screening, Interview) said as a word of a field's
 * name is that field's word when the field is named whole there, is the one compared or
 * ranged over, or a number a superlative right before the word ranks; the value is no filter then. ("how many bookings were cancelled" keeps the status
 * Cancelled: cancelled_at is neither compared nor named whole.)
 */
function withoutValuesInFieldNames(filters: ValueMatch[], mentions: ColumnMention[], tokens: Token[], compared: string[]): ValueMatch[] {
  return filters.filter((f) => {
    if (f.end - f.start !== 1) return true;
    const word = tokens[f.start]!.stem;
    return !mentions.some((m) => {
      if (m.column.name === f.column.name || !identifierWords(m.column.name).includes(word)) return false;
      const end = fieldWordsEnd(tokens, m);
      const wholeName = end - m.position >= 2 && m.position <= f.start && f.start < end;
      // "the 5 biggest invoices" of invoice_total_gbp beside the payment Invoice: ranked, a field.
      const ranked = isNumeric(m.column) && SUPERLATIVE_WORD.test(tokens[f.start - 1]?.lower ?? '');
      return wholeName || ranked || compared.includes(m.column.name);
    });
  });
}

/** Where the run of the mentioned field's words that starts at the mention ends (exclusive). */
function fieldWordsEnd(tokens: Token[], m: ColumnMention): number {
  const words = identifierWords(m.column.name);
  let end = m.position;
  while (end < tokens.length && words.includes(tokens[end]!.stem)) end += 1;
  return end;
}

function countedNounOfLongerFlag(flag: ColumnMention, tokens: Token[]): boolean {
  const token = tokens[flag.position];
  const words = identifierWords(flag.column.name);
  return token !== undefined && countedPosition(tokens) === flag.position && token.lower !== token.stem && words.length >= 2 && !words.includes(tokens[flag.position + 1]?.stem ?? '');
}

/**
 * "how many dive sites are there" of dive_sites with the yes/no wreck_dive: a word of a longer
 * yes/no name said inside the table's own name, spelled whole in order, is the table's word and
 * no filter ("wreck dive sites" still names the flag: its other word is beside it).
 */
function spellsTheTableName(flag: ColumnMention, tokens: Token[], table: SchemaTable): boolean {
  const tableWords = identifierWords(table.name);
  const flagWords = identifierWords(flag.column.name);
  const at = flag.position;
  const k = tableWords.indexOf(tokens[at]?.stem ?? '');
  if (tableWords.length < 2 || flagWords.length < 2 || k < 0) return false;
  if (flagWords.includes(tokens[at - 1]?.stem ?? '') || flagWords.includes(tokens[at + 1]?.stem ?? '')) return false;
  return tableWords.every((w, j) => tokens[at - k + j]?.stem === w);
}

/**
 * "lost over 100 cubic metres of water" names water_lost_m3, not the yes/no boil_water_notice: one
 * word of a longer yes/no name that another field named in the question also holds is that
 * field's word, not a filter.
 */
function wordOfAnotherField(flag: ColumnMention, tokens: Token[], mentions: ColumnMention[]): boolean {
  const word = tokens[flag.position]?.stem;
  const flagWords = identifierWords(flag.column.name);
  if (!word || flagWords.length < 2 || flagWords.includes(tokens[flag.position + 1]?.stem ?? '') || flagWords.includes(tokens[flag.position - 1]?.stem ?? '')) return false;
  return mentions.some((m) => m !== flag && !isFlag(m.column) && identifierWords(m.column.name).includes(word));
}

/**
 * "how many emergency jobs": a word that is a value of the rows' own field (priority Emergency) is
 * that value, not one word of a looked-up thing's longer yes/no name (a contractor's
 * emergency_cover). The rows' own field describes them; the lookup's describes something else.
 */
function lookupFlagWordIsOwnValue(flag: ColumnMention, tokens: Token[], filters: ValueMatch[]): boolean {
  if (!isFlag(flag.column) || !(flag.column as ReaderColumn).lookup) return false;
  const words = identifierWords(flag.column.name);
  if (words.length < 2 || words.includes(tokens[flag.position + 1]?.stem ?? '')) return false;
  return filters.some((f) => f.start === flag.position && f.end - f.start === 1 && !(f.column as ReaderColumn).lookup);
}

/** "needed a follow-up" names the yes/no field follow_up_needed, not the visit type "Follow-up". */
function dropValuesInsideFlags(filters: ValueMatch[], flags: SchemaColumn[], tokens: Token[]): ValueMatch[] {
  if (flags.length === 0) return filters;
  // "tickets resolved on first contact" is first_contact_resolution, not also the status Resolved.
  const sharesRoot = (f: ValueMatch, c: SchemaColumn) => f.end - f.start === 1 && identifierWords(c.name).some((w) => rootMatches(tokens[f.start]!.stem, w));
  return filters.filter((f) => !(f.start >= 0 && flags.some((c) => fieldWords(f.value).every((w) => fieldWords(c.name).includes(w)) || sharesRoot(f, c))));
}

/** One condition per field the values name: `=`, `IN (...)` for several, `IS DISTINCT FROM` when negated. */
function equalityConditions(filters: ValueMatch[]): Condition[] {
  const conditions: Condition[] = [];
  const byColumn = new Map<string, ValueMatch[]>();
  for (const f of filters) byColumn.set(f.column.name, [...(byColumn.get(f.column.name) ?? []), f]);
  for (const [columnName, matches] of byColumn) {
    const q = quoteIdentifier(columnName);
    const positive = matches.filter((m) => !m.negated).map((m) => m.value);
    const negative = matches.filter((m) => m.negated).map((m) => m.value);
    const position = Math.min(...matches.map((m) => m.start));
    if (positive.length === 1) conditions.push({ sql: `${q} = ${quoteLiteral(positive[0]!)}`, position });
    else if (positive.length > 1) conditions.push({ sql: `${q} IN (${positive.map(quoteLiteral).join(', ')})`, position });
    for (const n of negative) conditions.push({ sql: `${q} IS DISTINCT FROM ${quoteLiteral(n)}`, position });
  }
  return conditions;
}

// --- row shapes ---------------------------------------------------------------------------------

/** Everything the earlier stages placed, for the shapes read over the rows of one table. */
interface RowReading {
  table: SchemaTable;
  tokens: Token[];
  lower: string;
  /** The question without the words inside fields' names ("total" in total_cost). */
  freeText: string;
  tableWords: Set<string>;
  mentions: ColumnMention[];
  filters: ValueMatch[];
  conditions: Condition[];
  comparisons: Comparisons;
  keyLookups: Condition[];
  groupMention: ColumnMention | undefined;
  measure: ColumnMention | undefined;
  /** What a count counts: `count(*)`, or a coarser grain's identifier distinct (reader/table-grain.ts). */
  rowCount: string;
  /** The coarser thing an average is taken over ("the average invoice amount"), if any. */
  averagedOver: CoarserGrain | undefined;
  nameColumn: SchemaColumn | undefined;
  limit: number | null;
  count: boolean;
  average: boolean;
  sum: boolean;
  descending: boolean;
  ascending: boolean;
  whichMost: boolean;
}

const SHAPES: Array<(r: RowReading) => OfflineAnswer | null> = [whichMostShape, groupedAggregateShape, countShape, aggregateShape, rankedRowsShape, lookupShape, listShape];

/** The first row shape the question asks for, in order of how much of it each shape explains. */
function readRowShapes(r: RowReading): OfflineAnswer {
  for (const shape of SHAPES) {
    const answer = shape(r);
    if (answer) return answer;
  }
  return {
    refusal: `I understood the words but not what to compute from ${r.table.name}: ask how many, an average or total of a field, the top N by a field, or which rows match a value.`,
    notUnderstood: [],
  };
}

const rowFrom = (r: RowReading) => ` FROM ${quoteIdentifier(r.table.name)}${whereClause(r.conditions)}`;

/**
 * "which 3 patients had the lowest total cost": a field of each row ranks rows of a table whose
 * X is (nearly) unique per row; no grouping.
 */
function isRowLevel(r: RowReading): boolean {
  const { groupMention, measure } = r;
  // A looked-up thing's name (a garage's, beside each job) names a group of rows, never one row.
  const ownName = groupMention?.column.name === r.nameColumn?.name && !(groupMention?.column as ReaderColumn | undefined)?.lookup;
  return Boolean(groupMention && measure && !r.average && !/\b(total|sum|combined)\b/.test(r.freeText) && (isKeyLike(groupMention.column, r.table) || ownName));
}

/** "which X has the most/highest ...": group, order, one row. */
function whichMostShape(r: RowReading): OfflineAnswer | null {
  const { groupMention, measure, lower } = r;
  if (!r.whichMost || !groupMention || isRowLevel(r)) return null;
  const g = quoteIdentifier(groupMention.column.name);
  const agg = measure && measure.column.name !== groupMention.column.name
    ? r.average ? averageExpression(measure.column, r.averagedOver) : `${r.sum || /\btotal\b/.test(lower) ? 'sum' : /\b(highest|largest|biggest|lowest|smallest)\b/.test(lower) ? 'max' : 'sum'}(${quoteIdentifier(measure.column.name)})`
    : r.rowCount;
  const degenerate = countsOnePerGroup(groupMention, r.table, r.tokens, agg);
  if (degenerate) return degenerate;
  const direction = /\b(fewest|least|lowest|smallest|shortest)\b/.test(lower) ? 'ASC' : 'DESC';
  return {
    sql: `SELECT ${g}, ${agg} AS value${rowFrom({ ...r, conditions: [...r.conditions, ...noNullGroup(groupMention)] })} GROUP BY ${g} ORDER BY value ${direction}, ${g} LIMIT ${r.limit ?? 1}`,
    reasoning: `Groups ${r.table.name} by ${groupMention.column.name} and keeps the ${direction === 'DESC' ? 'largest' : 'smallest'} ${agg}.`,
  };
}

/** Grouped aggregates: "per X", "by X", "for each X"; "by priority and status" groups on both. */
function groupedAggregateShape(r: RowReading): OfflineAnswer | null {
  const { groupMention, measure, limit, descending, ascending, count } = r;
  if (!groupMention || (isRowLevel(r) && (limit !== null || descending || ascending))) return null;
  if (!(count || r.average || r.sum || /\b(per|each|by|breakdown|distribution|grouped)\b/.test(r.lower))) return null;
  const also = r.mentions.find((m) => m !== groupMention && m.position > groupMention.position && r.tokens[m.position - 1]?.lower === 'and' && (!isNumeric(m.column) || isYearColumn(m.column)));
  const g = [groupMention, ...(also ? [also] : [])].map((m) => quoteIdentifier(m.column.name)).join(', ');
  const field = measure ? quoteIdentifier(measure.column.name) : '';
  const agg = r.average && measure ? averageExpression(measure.column, r.averagedOver) : r.sum && measure ? `sum(${field})` : descending && measure && !count ? `max(${field})` : ascending && measure && !count ? `min(${field})` : r.rowCount;
  const degenerate = also ? null : countsOnePerGroup(groupMention, r.table, r.tokens, agg);
  if (degenerate) return degenerate;
  const order = limit ? ` ORDER BY value ${ascending && !descending ? 'ASC' : 'DESC'}, ${g} LIMIT ${limit}` : ` ORDER BY value DESC, ${g}`;
  // "the average handle time for each team" through the joined tickets: rows that reach no agent
  // have no team, and are no team of their own.
  // A ranking (LIMIT) also leaves out the rows without a value, as whichMostShape does.
  const withoutNull = limit !== null || (groupMention.column as ReaderColumn).unmatched ? noNullGroup(groupMention) : [];
  return { sql: `SELECT ${g}, ${agg} AS value${rowFrom({ ...r, conditions: [...r.conditions, ...withoutNull] })} GROUP BY ${g}${order}`, reasoning: `${agg} of ${r.table.name} per ${groupMention.column.name}.` };
}

/** "how many ...": rows, or distinct values of the field counted (a field unique per row counts rows). */
function countShape(r: RowReading): OfflineAnswer | null {
  if (!r.count) return null;
  // "how many hectares does G-150 have": a quantity field after "how many" is added up, not counted.
  // The word must be the field's head noun ("hectares"), not a qualifier ("drivers" of driver_age).
  const at = countedPosition(r.tokens);
  const explicitDistinct = /\b(distinct|different|unique|separate)\b/.test(r.lower);
  // "how many different ages": the distinct values asked for, not a total.
  const quantity = !explicitDistinct && r.mentions.find((m) => m.position === at && isNumeric(m.column) && !isIdentifier(m.column) && !isYearColumn(m.column)
    && !r.comparisons.columns.includes(m.column.name) && identifierWords(m.column.name).at(-1) === r.tokens[at]!.stem);
  if (quantity) return { sql: `SELECT sum(${quoteIdentifier(quantity.column.name)}) AS sum${rowFrom(r)}`, reasoning: `Adds up ${quantity.column.name} in ${r.table.name}.` };
  const distinctColumn = countDistinctColumn(r.tokens, r.mentions, r.filters, r.tableWords) ?? (explicitDistinct ? distinctNamedField(r) : undefined);
  if (distinctColumn && (explicitDistinct || !isKeyLike(distinctColumn, r.table))) {
    return { sql: `SELECT count(DISTINCT ${quoteIdentifier(distinctColumn.name)}) AS count${rowFrom(r)}`, reasoning: `Counts distinct ${distinctColumn.name} in ${r.table.name}.` };
  }
  const byOwnKey = countsByOwnKey(r);
  if (byOwnKey) return byOwnKey;
  const what = r.rowCount === 'count(*)' ? 'rows' : r.rowCount;
  return { sql: `SELECT ${r.rowCount} AS count${rowFrom(r)}`, reasoning: `Counts ${what} of ${r.table.name}${r.conditions.length ? ' matching the filters' : ''}.` };
}

/**
 * "how many different properties have had a collection", of collections with a Property UPRN:
 * "different" asks for the distinct values of the field the counted word names, whatever its
 * type (a number that identifies, or a quantity: "how many different ages"). The rows' own noun
 * ("how many different collections") is left to count rows.
 */
function distinctNamedField(r: RowReading): SchemaColumn | undefined {
  const at = countedPosition(r.tokens);
  const word = r.tokens[at];
  if (!word || r.tableWords.has(word.stem)) return undefined;
  return r.mentions.find((m) => m.position === at && !isDate(m.column) && identifierWords(m.column.name).includes(word.stem)
    && !r.filters.some((f) => f.column.name === m.column.name))?.column;
}

/**
 * "how many times has pet PT02001 been in", of the table of pets: rows picked by their own key
 * number one at most, so the question counts something else (the visits that point at the pet).
 * Refused here, naming the key's value, so that the joined reading counts the rows that refer to it.
 */
function countsByOwnKey(r: RowReading): OfflineAnswer | null {
  if (r.rowCount !== 'count(*)') return null;
  const key = r.filters.find((f) => !f.negated && isKeyLike(f.column, r.table));
  if (!key && r.keyLookups.length === 0) return null;
  const value = key?.value ?? r.tokens.find((t) => /\d/.test(t.lower))?.raw ?? '';
  return {
    refusal: `Each ${r.table.name} row has its own ${key?.column.name ?? 'key'}, so counting ${r.table.name} with "${value}" gives one at most; say what to count about it.`,
    notUnderstood: [value],
  };
}

/** "the average ...", "the total ...", "how much ...": one aggregate of the measure. */
function aggregateShape(r: RowReading): OfflineAnswer | null {
  if (!(r.average || r.sum) || !r.measure) return null;
  const fn = r.average ? 'avg' : 'sum';
  const aggregate = r.average ? averageExpression(r.measure.column, r.averagedOver) : `sum(${quoteIdentifier(r.measure.column.name)})`;
  const over = r.averagedOver ? ` per ${r.averagedOver.column.name}` : '';
  return { sql: `SELECT ${aggregate} AS ${fn}${rowFrom(r)}`, reasoning: `${fn} of ${r.measure.column.name}${over} in ${r.table.name}.` };
}

/** The field a superlative ranks rows by: the measure, an age, the field the word implies, or a date. */
function sortColumnOf(r: RowReading): { sort: ColumnMention; age: SchemaColumn | undefined } | null {
  const { lower, mentions, table } = r;
  // "the oldest employee" is about an age when the table has one, else about a date or year.
  const age = /\b(oldest|youngest)\b/.test(lower) && !mentions.some((m) => isDate(m.column) || isYearColumn(m.column)) ? table.columns.find((c) => isNumeric(c) && FIELD.age.test(c.name)) : undefined;
  // Without an age, "the oldest student" was born first.
  const birth = /\b(oldest|youngest)\b/.test(lower) && !age && !r.measure ? birthDateOf(table) : undefined;
  const sort = r.measure ?? (age ? { table, column: age, position: -1 } : undefined) ?? (birth ? { table, column: birth, position: -1 } : undefined) ?? superlativeColumn(r.tokens, table) ?? (/\b(oldest|newest|earliest|latest|youngest|most recent(?:ly)?)\b/.test(lower) ? dateOrYearColumn(table, mentions) : undefined);
  return sort ? { sort, age } : null;
}

/** Top/bottom N rows by a field, or the max/min value itself ("what is the longest length of stay"). */
function rankedRowsShape(r: RowReading): OfflineAnswer | null {
  const { lower, limit, nameColumn, table } = r;
  const ranked = r.descending || r.ascending ? sortColumnOf(r) : null;
  if (!ranked) return null;
  const { sort, age } = ranked;
  let direction = r.ascending && !r.descending ? 'ASC' : 'DESC';
  if (/\b(oldest|earliest)\b/.test(lower)) direction = 'ASC';
  if (/\b(newest|latest|youngest|most recent(?:ly)?)\b/.test(lower)) direction = 'DESC';
  if (sort.column === age) direction = /\boldest\b/.test(lower) ? 'DESC' : 'ASC';
  direction = durationDirection(sort.column, lower) ?? direction;
  const s = quoteIdentifier(sort.column.name);
  const where = whereClause(r.conditions);
  const from = ` FROM ${quoteIdentifier(table.name)}`;
  const superlative = /^(what|what's|whats)\s+(?:(?:is|was|are|were)\s+)?the\s+(highest|largest|biggest|greatest|maximum|max|lowest|smallest|minimum|min|oldest|newest|earliest|latest|longest|shortest|heaviest|lightest|most recent(?:ly)?)\b/.exec(lower);
  const superlativeEnd = superlative ? tokenize(superlative[0]).length : -1;
  if (superlative && !limit && sort.position >= superlativeEnd && sort.position <= superlativeEnd + 1) {
    const fn = direction === 'DESC' ? 'max' : 'min';
    return { sql: `SELECT ${fn}(${s}) AS ${fn}${from}${where}`, reasoning: `${fn} of ${sort.column.name}.` };
  }
  const n = limit ?? 1;
  const select = nameColumn && nameColumn.name !== sort.column.name ? `${quoteIdentifier(nameColumn.name)}, ${s}` : s;
  return {
    sql: `SELECT ${select}${from}${where}${where ? ' AND' : ' WHERE'} ${s} IS NOT NULL ORDER BY ${s} ${direction}${nameColumn ? `, ${quoteIdentifier(nameColumn.name)}` : ''} LIMIT ${n}`,
    reasoning: `The ${n} row(s) of ${table.name} with the ${direction === 'DESC' ? 'highest' : 'lowest'} ${sort.column.name}.`,
  };
}

/** The fields the question asks for: named, and not already a filter, a comparison or a key lookup. */
function askedFields(r: RowReading): ColumnMention[] {
  return r.mentions.filter((m) => !r.filters.some((f) => f.column.name === m.column.name) && !r.comparisons.columns.includes(m.column.name) && !r.keyLookups.some((k) => k.column === m.column.name) && (!m.weak || (/^when\b/.test(r.lower) && isDate(m.column))));
}

/** "what is the Y of <name>", "when was loan L1 checked out": fields of the rows a value picks out. */
function lookupShape(r: RowReading): OfflineAnswer | null {
  const { lower, tokens } = r;
  // "When was delivery D1 paid?": the verb's date (paid_on) over one the row's noun only touches (delivered_at).
  const byVerb = dateOfVerb(tokens, r.table);
  const named = askedFields(r).filter((m) => !byVerb || !isDate(m.column));
  const eventDate = named.some((m) => isDate(m.column)) ? undefined : byVerb ?? eventDateAsked(tokens, r.table);
  const asked = eventDate ? [...named, eventDate] : named;
  // "which vessels are flagged in X" lists rows; "which office is Hiro Brennan in" asks a field.
  const listsRows = /\b(which|what)\s+\w+\s+(are|were|is|have|has)\b/.test(lower.replace(/^(what|which) is the/, ''));
  const askedAfterWhich = asked.some((m) => /^(which|what)$/.test(tokens[m.position - 1]?.lower ?? ''));
  const lookup = /^(what|when|where|who|which)\b/.test(lower) && asked.length > 0 && (r.filters.length > 0 || r.keyLookups.length > 0) && (!listsRows || askedAfterWhich);
  if (!lookup) return null;
  const columns = asked.map((m) => quoteIdentifier(m.column.name));
  // "what plan is Usha Thomas on" read through the joined tickets: a looked-up field, once.
  const fromLookups = asked.every((m) => (m.column as ReaderColumn).lookup) && r.filters.every((f) => (f.column as ReaderColumn).lookup);
  // "which species live in the Reptile House": each species once, however many animals share it.
  const picksOneRow = r.keyLookups.length > 0 || r.filters.some((f) => isKeyLike(f.column, r.table));
  const kinds = askedAfterWhich && !picksOneRow && asked.every((m) => !isKeyLike(m.column, r.table) && !isNumeric(m.column) && !isDate(m.column));
  // "what is the daily rate for a Scissor Lift": one value asked of the rows a value picks out,
  // each value once (three lifts at one rate are one rate).
  const oneAsked = /^(what|what's|whats)\s+(?:(?:is|was)\s+)?the\b/.test(lower) && !picksOneRow && asked.length === 1;
  return { sql: `SELECT ${fromLookups || kinds || oneAsked ? 'DISTINCT ' : ''}${[...new Set(columns)].join(', ')}${rowFrom(r)}`, reasoning: `Looks up ${asked.map((m) => m.column.name).join(', ')} of the matching ${r.table.name}.` };
}

/**
 * A list that would not answer the question: a superlative nothing ranks by ("the 5 heaviest
 * deliveries" with two weights), "when" with no date to show, or a "who"/"when"/"where" answer
 * that only repeats the value asked about ("who owns Hawthorn End Farm" listing the farm).
 */
function listRefusal(r: RowReading, first: SchemaColumn, asked: ColumnMention[], extras: number): OfflineAnswer | null {
  const superlative = r.tokens.find((t) => SUPERLATIVE_WORD.test(t.lower));
  if ((r.descending || r.ascending) && superlative) {
    return { refusal: `I could not tell which field of ${r.table.name} "${superlative.raw}" ranks by; name it (e.g. "the 5 ${r.table.name.replace(/_/g, ' ')} with the highest <field>").`, notUnderstood: [superlative.raw] };
  }
  const asking = /^(who|when|where)\b/.exec(r.lower);
  const datesShown = isDate(first) || asked.some((m) => isDate(m.column));
  if (asking?.[1] === 'when' && !datesShown) return { refusal: `"When" asks for a date, and no date field of ${r.table.name} is named.`, notUnderstood: ['when'] };
  if (asking && extras === 0 && r.filters.some((f) => f.column.name === first.name)) {
    return { refusal: `"${asking[1]}" asks for something about ${r.filters[0]!.value}, and no field of ${r.table.name} says it.`, notUnderstood: [asking[1]!] };
  }
  return unaskedNameField(r, first, extras);
}

/**
 * "who zorks The Dapper Dog", "what did appointment APT-1 cost" with no field for the verb: a
 * question that asks something about a value and never names the rows gets the rows' name field
 * only by default, and that answers another question (the pets groomed at the salon). Refused,
 * naming the words left over, unless the rows are named outside the value ("what vessels fly the
 * flag of Liberia"; "appointment APT-1" only labels the value).
 */
function unaskedNameField(r: RowReading, first: SchemaColumn, extras: number): OfflineAnswer | null {
  if (extras > 0 || !/^(who|what|when|where)\b/.test(r.lower) || r.filters.length === 0) return null;
  const inValue = (i: number) => r.filters.some((f) => f.start <= i && i < f.end);
  const labelsValue = (i: number) => r.filters.some((f) => f.start === i + 1);
  if (r.tokens.some((t) => r.tableWords.has(t.stem) && !inValue(t.index) && !labelsValue(t.index))) return null;
  const left = r.tokens.filter((t) => !inValue(t.index) && !r.tableWords.has(t.stem) && !FILLER.has(t.lower) && !FILLER.has(t.stem));
  const words = left.length ? left.map((t) => t.raw) : [r.tokens[0]!.raw];
  return { refusal: `I could not tell which field of ${r.table.name} ${words.map((w) => `"${w}"`).join(', ')} asks for about ${r.filters[0]!.value} (the list would show ${first.name}); name the field.`, notUnderstood: words };
}

/**
 * "which berth was visit MV241234 on" of berth_visits: the word after "which" is a word of the
 * table's name that is not its rows' noun, and the table's reference to the thing it names
 * (`berth_ref`) says which one; the rows' name field (the vessel's) would answer another question.
 */
function referenceAsked(r: RowReading): SchemaColumn | undefined {
  const which = r.tokens.findIndex((t) => /^(which|what)$/.test(t.lower));
  const word = r.tokens[which + 1];
  if (which < 0 || !word || !r.tableWords.has(word.stem) || word.stem === tableGrain(r.table).rowWord) return undefined;
  const references = r.table.columns.filter((c) => (c as ReaderColumn).reference && identifierWords(c.name)[0] === word.stem);
  return references.length === 1 ? references[0] : undefined;
}

/** "list ...", "which vessels are flagged in X": the matching rows by their name field. */
function listShape(r: RowReading): OfflineAnswer | null {
  const { nameColumn, table, limit } = r;
  const listWord = /\b(list|show|which|what|give|name|find|display)\b/.test(r.lower);
  if (!listWord && r.conditions.length === 0) return null;
  // "arrivals in the 2 weeks after 1 June", said as a heading: neither a list asked for nor the
  // rows named, so a count is as fair a reading as a list of names. So too for the rows of events
  // ("jobs with a quantity of 5000 or more", "departures between 23 and 31 December"): rows with
  // no name of their own, or that point at other tables, are counted as often as listed. A
  // heading about named things ("keepers who started before 2010") lists them.
  const aggregateAsked = /\b(total|sum|average|mean)\b/.test(r.lower);
  if (!listWord && !aggregateAsked && !/^(who|when|where|whose|tell)\b/.test(r.lower) && (rowsAreEvents(table) || !r.tokens.some((t) => r.tableWords.has(t.stem)))) {
    return { refusal: `Say whether to count or list the ${table.name.replace(/_/g, ' ')} that match (e.g. "how many ..." or "list the ...").`, notUnderstood: [] };
  }
  const first = referenceAsked(r) ?? nameColumn ?? table.columns[0]!;
  const asked = askedFields(r);
  const extra = asked.filter((m) => m.column.name !== first.name).map((m) => quoteIdentifier(m.column.name));
  const refusal = listRefusal(r, first, asked, extra.length);
  if (refusal) return refusal;
  // "list the classes Aisha teaches" lists classes, two of one name included; distinct names only
  // when the question does not name the table's own rows.
  const rowsNamed = Boolean(nameColumn) && r.tokens.some((t) => t.lower !== t.stem && t.stem === identifierWords(table.dataset ?? table.name).at(-1));
  const distinct = !nameColumn || (!isKeyLike(first, table) && !rowsNamed) ? 'DISTINCT ' : '';
  return {
    sql: `SELECT ${distinct}${[quoteIdentifier(first.name), ...new Set(extra)].join(', ')}${rowFrom(r)} ORDER BY ${quoteIdentifier(first.name)}${limit ? ` LIMIT ${limit}` : ''}`,
    reasoning: `Lists ${table.name}${r.conditions.length ? ' matching the filters' : ''}.`,
  };
}

/** The dataset a question is about: its name's words, then its fields' words and values. */
function chooseTable(datasets: SchemaTable[], tokens: Token[], lower: string): SchemaTable {
  const demoted = sharedModifiers(datasets);
  const tableScores = datasets.map((table) => {
    const words = new Set([...identifierWords(table.name), ...identifierWords(table.dataset ?? '')]);
    let score = 0;
    tokens.forEach((t, i) => {
      if (!words.has(t.stem) || demoted.get(table.name)?.has(t.stem)) return;
      score += 5;
      // "which districts had the most requests", "skippers with more than 20 visits": the rows
      // counted are the table's.
      const before = `${tokens[i - 3]?.lower ?? ''} ${tokens[i - 2]?.lower ?? ''} ${tokens[i - 1]?.lower ?? ''}`;
      if (/\b(most|fewest|least|many|number of|count of)$/.test(before)) score += 6;
      // A number of rows compared names them outright, whatever else the table's words spell.
      else if (/\b((?:more|fewer|less) than|at (?:least|most)|over) \d+$/.test(before)) score += 10;
    });
    // The table's whole name, in order ("port calls" -> port_calls), beats a table sharing one word.
    for (const name of [table.name, table.dataset ?? '']) {
      const nameWords = identifierWords(name);
      if (nameWords.length && tokens.some((_, i) => nameWords.every((w, k) => tokens[i + k]?.stem === w))) score += 4;
    }
    for (const column of table.columns) for (const w of identifierWords(column.name)) if (tokens.some((t) => wordMatches(t.stem, w))) score += 1;
    // A value said in the plural ("how many main breaks" of job_type Main Break) is the value.
    for (const column of table.columns) for (const v of column.values ?? []) if (v.length > 2 && (containsPhrase(lower, v.toLowerCase()) || containsPhrase(lower, `${v.toLowerCase()}s`))) score += 3;
    return { table, score };
  });
  tableScores.sort((a, b) => b.score - a.score || a.table.name.localeCompare(b.table.name));
  return tableScores[0]!.table;
}

/**
 * "hire days" of hire_days in hire_contracts: a word of the table's name that starts a field's
 * name, said with the field's next word, is the field's, not the table's.
 */
function startsFieldName(tokens: Token[], index: number, table: SchemaTable): boolean {
  // Only where one field (identifiers aside) starts with the word: in a joined reading every
  // looked-up field starts with its table's word ("berth fee" beside berth_pontoon, berth_type).
  const starting = table.columns.filter((c) => !isIdentifier(c) && identifierWords(c.name)[0] === tokens[index]!.stem);
  if (starting.length !== 1) return false;
  const words = identifierWords(starting[0]!.name);
  return words.length > 1 && tokens[index + 1] !== undefined && wordMatches(tokens[index + 1]!.stem, words[1]!);
}

function isoDate(year: number, month: number, day: number): string {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.toISOString().slice(0, 10);
}

function isSubjectPosition(tokens: Token[], index: number): boolean {
  const before = tokens.slice(Math.max(0, index - 3), index).map((t) => t.lower).join(' ');
  return /(how many|number of|which|list|all|the|many|top \d+|\d+|show|what|of)$/.test(before) || index === 0;
}

function pickNameColumn(table: SchemaTable): SchemaColumn | undefined {
  const text = table.columns.filter((c) => /VARCHAR|TEXT|STRING/i.test(c.type));
  return (
    text.find((c) => /(^|_)name$/i.test(c.name)) ??
    text.find((c) => /name|title/i.test(c.name)) ??
    text.find((c) => isKeyLike(c, table)) ??
    table.columns.find((c) => /(^|_)(id|key|code|number)$/i.test(c.name))
  );
}

function dateOrYearColumn(table: SchemaTable, mentions: ColumnMention[]): ColumnMention | undefined {
  const mentioned = mentions.find((m) => isDate(m.column) || isYearColumn(m.column));
  if (mentioned) return mentioned;
  const candidates = table.columns.filter((c) => isYearColumn(c) || isDate(c));
  const built = candidates.find((c) => /built|founded|established|born|created|year/i.test(c.name)) ?? candidates[0];
  return built ? { table, column: built, position: -1 } : undefined;
}

/** Values of the table's columns found in the question, longest first, without overlaps. */
function findValues(tokens: Token[], table: SchemaTable, used: Set<number>, quoted: string[], text: string): ValueMatch[] {
  // In a joined reading the looked-up tables' nouns too ("engineer E-01" is no role = Engineer).
  const lookups = table.columns.flatMap((c) => ((c as ReaderColumn).lookup ? fieldWords((c as ReaderColumn).lookup!) : []));
  const rowWords = new Set([...rowWordsOf(table), ...lookups].map(stem));
  const fieldNames = new Set(table.columns.map((c) => c.name.toLowerCase()));
  const catalogue: Array<{ column: SchemaColumn; value: string; words: string[] }> = [];
  for (const column of table.columns) {
    for (const value of knownValues(column)) {
      const words = tokenize(value).map((t) => t.lower);
      if (words.length === 0 || words.length > 8) continue;
      catalogue.push({ column, value, words });
    }
  }
  const matches: ValueMatch[] = [];
  // "Dr Amir Haddad's specialty": the possessive is not part of the value.
  const lowerTokens = tokens.map((t) => t.lower.replace(/'s$/, ''));
  for (let length = 8; length >= 1; length -= 1) {
    for (let start = 0; start + length <= tokens.length; start += 1) {
      const span = Array.from({ length }, (_, k) => start + k);
      if (span.some((i) => used.has(i))) continue;
      const phrase = lowerTokens.slice(start, start + length);
      const singular = phrase.map((w, k) => (k === length - 1 ? stem(w) : w));
      // A plural meets its singular value ("potholes" ~ Pothole); a verb does not ("opened" is not Open).
      const last = phrase[length - 1]!;
      const stemsToValue = !/(ed|ing)$/.test(last);
      const exact = (entry: (typeof catalogue)[number]) => entry.words.every((w, k) => w === phrase[k]);
      // Nor does a plural meet a participle value ("our books" is not the status Booked; "feedings" is still Feeding).
      const throughStem = (entry: (typeof catalogue)[number]) => stemsToValue && !/ed$/.test(entry.words[length - 1]!) && entry.words.map((w, k) => (k === length - 1 ? stem(w) : w)).every((w, k) => w === singular[k]);
      // "cars with more than 5 seats": a word that is a field's whole name (seats) is that field,
      // not a value its plural meets (the make Seat).
      const fieldNamed = length === 1 && fieldNames.has(phrase[0]!);
      const hits = catalogue.filter((entry) => entry.words.length === length && (exact(entry) || (!fieldNamed && throughStem(entry))));
      // One-word numbers or stop words are not values (a "1" or "the" would match too much), nor
      // the word for the table's own rows: "the locum vets" of a table of vets are vets whatever
      // their role, even where one role is "Vet".
      if (hits.length === 0 || (length === 1 && (FILLER.has(phrase[0]!) || /^\d+$/.test(phrase[0]!) || rowWords.has(singular[0]!)))) continue;
      // "non" negates the one word after it ("non-duplicate pothole requests" keeps the potholes).
      const negated = /\b(not|excluding|except|other|besides|outside|aren't|isn't|wasn't|weren't)\b/.test(tokens.slice(Math.max(0, start - 3), start).map((t) => t.lower).join(' ')) || tokens[start - 1]?.lower === 'non';
      const told = toldApartBySign(hits, text, tokens[start + length]);
      for (const hit of told.hits) matches.push({ table, column: hit.column, value: hit.value, start, end: start + length, negated });
      span.forEach((i) => used.add(i));
      if (told.signWord) used.add(start + length);
    }
  }
  for (const literal of quoted) {
    if (matches.some((m) => m.value.toLowerCase() === literal.toLowerCase())) continue;
    const column = table.columns.find((c) => knownValues(c).some((v) => v.toLowerCase() === literal.toLowerCase()));
    const name = column ?? pickNameColumn(table);
    if (!name) continue;
    const value = knownValues(column).find((v) => v.toLowerCase() === literal.toLowerCase()) ?? literal;
    matches.push({ table, column: name, value, start: -1, end: -1, negated: false });
    tokenize(literal).forEach((lt) => tokens.forEach((t, i) => t.lower === lt.lower && used.add(i)));
  }
  return matches;
}

/** Columns named in the question (all their words, or a word only they have). */
/**
 * "scheduled for February", "when is APT-1 scheduled": in a question about time, a participle
 * that is also a status value names the date field it shares a root with (scheduled_at), so it
 * is released as a value and left for the field.
 */
function releaseDateVerbs(values: ValueMatch[], tokens: Token[], table: SchemaTable, used: Set<number>, aboutTime: boolean): ValueMatch[] {
  if (!aboutTime) return values;
  const dateWords = table.columns.filter(isDate).flatMap((c) => fieldWords(c.name));
  return values.filter((v) => {
    const word = v.start >= 0 && v.end - v.start === 1 ? tokens[v.start]!.lower : '';
    // "tenancies ended in May", "tenancies that end after June" of end_date (status Ended).
    const verbOfDate = /ed$/.test(word) && dateWords.some((w) => sameRoot(w, word) || sameRoot(word, w));
    const namesDate = verbOfDate || (word !== '' && dateWords.includes(tokens[v.start]!.stem) && tokens[v.start]!.stem.length >= 3);
    if (namesDate) used.delete(v.start);
    return !namesDate;
  });
}

/** `reserved`: words a time expression took ("the last 7 days"), which never name a field (days_supply). */
function findColumns(tokens: Token[], table: SchemaTable, used: Set<number>, reserved: Set<number> = new Set()): ColumnMention[] {
  const generic = new Set(['name', 'type', 'number', 'date', 'last', 'first', 'id', 'code', 'value', 'count', 'total', 'is', 'has', 'of', 'at', 'no', 'num']);
  const takenBefore = new Set(used);
  const wordOwners = new Map<string, SchemaColumn[]>();
  const columnWords = new Map<string, string[]>();
  for (const column of table.columns) {
    const words = [...new Set([...identifierWords(column.name), ...identifierWords(column.originalName ?? ''), ...(column.aliases ?? []).flatMap(identifierWords)])];
    columnWords.set(column.name, words);
    for (const w of words) wordOwners.set(w, [...(wordOwners.get(w) ?? []), column]);
  }
  // Two words that together belong to one field only are read first: they beat a prefix match.
  const mentions: ColumnMention[] = pairMentions(tokens, table, used, [], columnWords);
  const paired = new Set(mentions.flatMap((m) => [m.position, m.position + 1]));
  for (const column of table.columns) {
    const words = columnWords.get(column.name)!;
    // Prefer words the table name did not already take ("port calls per port": the second "port").
    const free = (i: number) => !used.has(i);
    const matches = (t: Token, w: string) => wordMatches(t.stem, w) && !doerOfQuantity(t, column);
    const runAt = (accept: (i: number) => boolean) => tokens.findIndex((_, i) => words.every((w, k) => tokens[i + k] && accept(i + k) && matches(tokens[i + k]!, w)));
    const open = (i: number) => !reserved.has(i);
    const run = runAt(free) >= 0 ? runAt(free) : runAt(open);
    const firstFree = (w: string) => {
      const index = tokens.findIndex((t, i) => free(i) && matches(t, w));
      return index >= 0 ? index : tokens.findIndex((t, i) => open(i) && matches(t, w));
    };
    const positions = run >= 0 ? words.map((_, k) => run + k) : words.map(firstFree);
    const all = positions.every((p) => p >= 0);
    const distinctive = words
      .map((w, k) => ({ w, p: positions[k]! }))
      .filter(({ w, p }) => p >= 0 && !generic.has(w) && !FILLER.has(w) && (wordOwners.get(w)?.length ?? 0) === 1 && w.length > 2);
    const onlyPaired = (all ? positions : distinctive.map((d) => d.p)).every((p) => paired.has(p));
    // "a boil water notice": a pair read first took two of the name's words; the whole name places the rest.
    if (run >= 0 && mentions.some((m) => m.column === column && positions.includes(m.position))) positions.forEach((p) => used.add(p));
    if (mentions.some((m) => m.column === column) || (onlyPaired && paired.size > 0)) continue;
    if (all || distinctive.length > 0) {
      // "donors of each type" (donor_type, its words apart): the field is where its own word is,
      // not at the table's noun; a name said together ("desk codes") starts where it starts.
      const apart = run < 0 && positions.length > 1;
      const own = apart ? positions.filter((p) => !takenBefore.has(p)) : [];
      const position = all ? Math.min(...(own.length ? own : positions)) : distinctive[0]!.p;
      mentions.push({ table, column, position });
      (all ? positions : distinctive.map((d) => d.p)).forEach((p) => used.add(p));
    }
  }
  mentions.push(...eachGenericMentions(tokens, table, used, mentions, columnWords));
  mentions.push(...sharedWordMentions(tokens, table, used, mentions, wordOwners));
  mentions.push(...wholeNameMentions(tokens, table, used, mentions, wordOwners));
  mentions.push(...entityKeyMentions(tokens, table, used, mentions, columnWords));
  // Drop a column whose words are all inside a longer mentioned column's words ("name" in "vessel name").
  return mentions.filter((m) => !mentions.some((o) => o !== m && columnWords.get(o.column.name)!.length > columnWords.get(m.column.name)!.length && columnWords.get(m.column.name)!.every((w) => columnWords.get(o.column.name)!.includes(w)) && o.position <= m.position + 2 && m.position <= o.position + 2));
}

/**
 * "donors of each type", "sessions per type": a generic word (`type`) after a grouping word names
 * the one field whose name ends with it (donor_type), if exactly one does.
 */
function eachGenericMentions(tokens: Token[], table: SchemaTable, used: Set<number>, mentions: ColumnMention[], columnWords: Map<string, string[]>): ColumnMention[] {
  const found: ColumnMention[] = [];
  tokens.forEach((t, i) => {
    if (used.has(i) || t.stem !== 'type' || !/^(each|per|by|every)$/.test(tokens[i - 1]?.lower ?? '')) return;
    const owners = table.columns.filter((c) => columnWords.get(c.name)!.at(-1) === t.stem && !mentions.some((m) => m.column === c));
    if (owners.length !== 1) return;
    found.push({ table, column: owners[0]!, position: i });
    used.add(i);
  });
  return found;
}

/**
 * "the total amount claimed" of claims with claim_amount_usd and approved_amount_usd: a word
 * several numeric fields share names the one called after the table's rows, if exactly one is.
 * (Only quantities: "booked" of booked_on and booking_ref is the date's verb, read later.)
 */
function sharedWordMentions(tokens: Token[], table: SchemaTable, used: Set<number>, mentions: ColumnMention[], wordOwners: Map<string, SchemaColumn[]>): ColumnMention[] {
  const found: ColumnMention[] = [];
  tokens.forEach((t, i) => {
    if (used.has(i) || FILLER.has(t.lower)) return;
    const owners = (wordOwners.get(t.stem) ?? []).filter((c) => isNumeric(c) && !isIdentifier(c) && !mentions.some((m) => m.column === c) && !found.some((m) => m.column === c));
    const owner = owners.length >= 2 ? namedForRows(owners, table) : undefined;
    if (!owner) return;
    found.push({ table, column: owner, position: i });
    used.add(i);
  });
  return found;
}

/**
 * "which site has the most no-shows" of a workspace's `site` and a member's `home_site`: a word
 * several fields hold is the one field whose own name is that word alone (a looked-up field's
 * own name is the lookup's, without the key's prefix). Otherwise it stays unplaced.
 */
function wholeNameMentions(tokens: Token[], table: SchemaTable, used: Set<number>, mentions: ColumnMention[], wordOwners: Map<string, SchemaColumn[]>): ColumnMention[] {
  const ownWords = (c: SchemaColumn) => identifierWords((c.originalName ?? c.name).split('.').pop()!);
  const found: ColumnMention[] = [];
  tokens.forEach((t, i) => {
    if (used.has(i) || FILLER.has(t.lower)) return;
    const owners = (wordOwners.get(t.stem) ?? []).filter((c) => !mentions.some((m) => m.column === c));
    if (owners.length < 2) return;
    const whole = owners.filter((c) => { const words = ownWords(c); return words.length === 1 && words[0] === t.stem; });
    if (whole.length !== 1) return;
    found.push({ table, column: whole[0]!, position: i });
    used.add(i);
  });
  return found;
}

/** A comparison and a number within the next four words: "renewed at least twice", "rated over 4". */
function quantityFollows(tokens: Token[], position: number, numbers: NumberMatch[]): boolean {
  return numbers.some((n) => n.position > position && n.position <= position + 4)
    && /\b(more|less|fewer|over|under|above|below|least|most|than|exactly)\b/.test(tokens.slice(position + 1, position + 4).map((t) => t.lower).join(' '));
}

/**
 * "per branch name" of a table that holds only `branch_code`: the name is the lookup's, so the
 * word is left for the joined reading instead of being taken as filler.
 */
function namesOfCodedThings(tokens: Token[], mentions: ColumnMention[], table: SchemaTable, used: Set<number>): Set<number> {
  const indices = new Set<number>();
  for (const mention of mentions) {
    if (!isIdentifier(mention.column)) continue;
    const entity = identifierWords(mention.column.name).slice(0, -1);
    const at = mention.position + Math.max(1, entity.length);
    const next = tokens[at];
    const hasName = table.columns.some((c) => c !== mention.column && /(^|_)(name|title)$/i.test(c.name) && identifierWords(c.name).some((w) => entity.includes(w)));
    if (next && !used.has(at) && /^(name|names|title|titles)$/.test(next.lower) && !hasName) indices.add(at);
  }
  return indices;
}

/** "riders older than 65": a word that two fields share belongs to the one the reading uses. */
function placeWordsOfUsedFields(tokens: Token[], used: Set<number>, columns: string[]): void {
  const words = new Set(columns.flatMap((name) => identifierWords(name)).filter((w) => w.length > 2));
  tokens.forEach((t, i) => {
    if (!used.has(i) && words.has(t.stem)) used.add(i);
  });
}

/** "start zone": two words next to each other that together belong to one field only. */
function pairMentions(tokens: Token[], table: SchemaTable, used: Set<number>, mentions: ColumnMention[], columnWords: Map<string, string[]>): ColumnMention[] {
  const found: ColumnMention[] = [];
  // The words at the span's two ends, when one field only has both and `named` does not hold it.
  const readPair = (span: number[], named: ColumnMention[]) => {
    const [a, b] = [tokens[span[0]!]!, tokens[span.at(-1)!]!];
    if (span.some((k) => used.has(k)) || FILLER.has(a.lower) || FILLER.has(b.lower)) return;
    const owners = table.columns.filter((c) => [a.stem, b.stem].every((p) => columnWords.get(c.name)!.some((w) => wordMatches(p, w))));
    if (owners.length !== 1 || named.some((m) => m.column === owners[0])) return;
    found.push({ table, column: owners[0]!, position: span[0]! });
    span.forEach((k) => used.add(k));
  };
  for (let i = 0; i + 1 < tokens.length; i += 1) readPair([i, i + 1], mentions);
  // "which branches open on Sundays" of open_sundays: the pair with a preposition between.
  for (let i = 0; i + 2 < tokens.length; i += 1) if (/^(on|in|at|for|of)$/.test(tokens[i + 1]!.lower)) readPair([i, i + 1, i + 2], [...mentions, ...found]);
  return found;
}

/** "Casual rider trips", "Teen patrons": a word of the value's own field beside the value names nothing more. */
function placeWordsAroundValues(tokens: Token[], filters: ValueMatch[], used: Set<number>): void {
  for (const filter of filters) {
    if (filter.start < 0) continue;
    const words = new Set(identifierWords(filter.column.name));
    for (const i of [filter.start - 1, filter.end]) {
      const token = tokens[i];
      if (token && !used.has(i) && words.has(token.stem)) used.add(i);
    }
  }
}

/** "the longest resolution time in hours": a unit word that is the unit of a field already named. */
function placeUnitWords(tokens: Token[], mentions: ColumnMention[], used: Set<number>): void {
  tokens.forEach((token, i) => {
    const unit = used.has(i) ? undefined : unitOfWord(token.lower);
    if (unit && mentions.some((m) => unitOfField(m.column)?.code === unit.code)) used.add(i);
  });
}

/**
 * "request 100777", "loan L000777": a number right after the table's noun (or a key's entity
 * word) is that row's key. Returns the conditions, one per number it placed.
 */
function keyNumberLookups(tokens: Token[], table: SchemaTable, tableWords: Set<string>, mentions: ColumnMention[], used: Set<number>): Condition[] {
  const conditions: Condition[] = [];
  // Only a numeric key: a text key's values are looked up as values ("loan L000777").
  const key = table.columns.find((c) => isNumeric(c) && isKeyLike(c, table) && /(^|_)(id|no|number|key|code)$/i.test(c.name));
  if (!key) return conditions;
  tokens.forEach((token, i) => {
    const before = tokens[i - 1];
    if (used.has(i) || !before || !/^\d+$/.test(token.lower)) return;
    const names = tableWords.has(before.stem) || mentions.some((m) => m.column === key && m.position === i - 1);
    if (!names) return;
    conditions.push({ sql: `${quoteIdentifier(key.name)} = ${token.lower}`, position: i, column: key.name });
    used.add(i).add(i - 1);
  });
  return conditions;
}

/**
 * "patrons", "start stations": the thing a key field identifies, named without its `_id`
 * (`patron_id`, `start_station_id`). Only where no other field was named at that word, so
 * "patron type" stays patron_type.
 */
function entityKeyMentions(tokens: Token[], table: SchemaTable, used: Set<number>, mentions: ColumnMention[], columnWords: Map<string, string[]>): ColumnMention[] {
  const found: ColumnMention[] = [];
  for (const column of table.columns) {
    const words = columnWords.get(column.name)!;
    // A `_ref` names another thing only when it points at a lookup: `booking_ref` of bookings is the row's own.
    const suffix = (column as ReaderColumn).reference ? /^(id|code|key|no|number|num|ref)$/ : /^(id|code|key|no|number|num)$/;
    if (words.length < 2 || !suffix.test(words[words.length - 1]!) || mentions.some((m) => m.column === column)) continue;
    const entity = words.slice(0, -1);
    const at = tokens.findIndex((_, i) => entity.every((w, k) => tokens[i + k] && !used.has(i + k) && wordMatches(tokens[i + k]!.stem, w)));
    if (at < 0) continue;
    const nextWord = tokens[at + entity.length]?.stem;
    const continues = nextWord !== undefined && table.columns.some((c) => c !== column && columnWords.get(c.name)!.slice(0, entity.length + 1).join(' ') === [...entity, nextWord].join(' '));
    if (continues || mentions.some((m) => m.position === at) || found.some((m) => m.position === at)) continue;
    found.push({ table, column, position: at });
    entity.forEach((_, k) => used.add(at + k));
  }
  return found;
}

/**
 * Fields named through a related word that nothing else placed: a verb for the field's noun
 * (admitted ~ admission_date, arrived ~ arrival_time). Such a mention is weak: it can carry a
 * date range or a flag, but a lookup does not return it unless asked "when".
 */
function relatedColumns(tokens: Token[], table: SchemaTable, used: Set<number>, mentions: ColumnMention[], aboutTime: boolean): ColumnMention[] {
  const found: ColumnMention[] = [];
  const free = (c: SchemaColumn) => !mentions.some((m) => m.column === c) && !found.some((m) => m.column === c);
  tokens.forEach((token, i) => {
    if (used.has(i)) return;
    // A verb and its particle written as one word in the field: "checked out" ~ checkout_date.
    const next = tokens[i + 1];
    if (next && !used.has(i + 1) && /^(out|in|up|off|back|over)$/.test(next.lower)) {
      const joined = `${token.stem}${next.lower}`;
      const owners = table.columns.filter((c) => free(c) && identifierWords(c.name).includes(joined));
      if (owners.length >= 1) {
        const column = owners.find(isDate) ?? owners[0]!;
        found.push({ table, column, position: i, weak: true });
        used.add(i).add(i + 1);
        return;
      }
    }
    if (FILLER.has(token.lower)) return;
    // A short stem meets only its own word ("ended" -> end_date, end_reason).
    let owners = table.columns.filter((c) => free(c) && !doerOfQuantity(token, c) && identifierWords(c.name).some((w) => rootMatches(token.stem, w) || (token.stem.length >= 4 && wordMatches(token.stem, w)) || (token.stem.length === 3 && token.stem === w)));
    // "started in August", "created per month": a verb in the past names the date it happened on.
    if (owners.length > 1 && (aboutTime || /ed$/.test(token.lower))) owners = owners.filter(isDate);
    if (owners.length !== 1) return;
    found.push({ table, column: owners[0]!, position: i, weak: true });
    used.add(i);
  });
  return found;
}

const FLAG_VALUES = /^(yes|no|y|n|true|false|t|f)$/i;

/** A yes/no field: BOOLEAN, or text holding only yes/no, true/false, y/n. */
function isFlag(column: SchemaColumn): boolean {
  // Hand-typed exports spell the two answers several ways ("yes", "Yes", "Y"): any number of
  // spellings, as long as each is a yes or a no (flagCondition compares them lower-cased).
  return /^BOOL/i.test(column.type) || (column.values !== undefined && column.values.length > 0 && column.values.every((v) => FLAG_VALUES.test(v)));
}

function flagCondition(column: SchemaColumn, negated: boolean): string {
  const q = quoteIdentifier(column.name);
  if (/^BOOL/i.test(column.type)) return negated ? `NOT ${q}` : q;
  const yes = `lower(${q}) IN ('yes', 'y', 'true', 't')`;
  return negated ? `NOT ${yes}` : yes;
}

/**
 * "the 3 fastest escapes" of a field holding a time: the fastest take the least time, so speed
 * words rank a duration upwards ("slowest" downwards); undefined for any other field.
 */
function durationDirection(column: SchemaColumn, lower: string): 'ASC' | 'DESC' | undefined {
  if (unitOfField(column)?.quantity !== 'time') return undefined;
  if (/\b(fastest|quickest)\b/.test(lower)) return 'ASC';
  if (/\bslowest\b/.test(lower)) return 'DESC';
  return undefined;
}

/** Where a field of several words starts ("not first aid trained": the negation sits before "first"). */
function firstWordOfField(tokens: Token[], mention: ColumnMention): number {
  const words = identifierWords(mention.column.name);
  const ofField = (i: number) => i >= 0 && words.some((w) => tokens[i]!.stem === w || rootMatches(tokens[i]!.stem, w));
  let start = mention.position;
  // "no out of hours cover": a small word inside the name ("of") is the name's too.
  while (start > 0 && (ofField(start - 1) || (/^(of|and|the|a)$/.test(tokens[start - 1]!.lower) && ofField(start - 2)))) start--;
  return start;
}

/** The one numeric field (not a year) whose name fits the pattern, if exactly one does. */
function soleNumericField(table: SchemaTable, field: RegExp): SchemaColumn | undefined {
  const owners = table.columns.filter((c) => isNumeric(c) && !isYearColumn(c) && field.test(c.name));
  return owners.length === 1 ? owners[0] : undefined;
}

function superlativeColumn(tokens: Token[], table: SchemaTable): ColumnMention | undefined {
  for (const token of tokens) {
    for (const [words, field] of SUPERLATIVE_HINTS) {
      const column = words.test(token.lower) ? soleNumericField(table, field) : undefined;
      if (column) return { table, column, position: token.index };
    }
  }
  return undefined;
}

const DESTINATION = /dest|(^|_)to(_|$)|arriv|recipient|receiver|target|deliver|consignee/i;
const ORIGIN = /origin|(^|_)from(_|$)|source|depart|sender|shipper|start/i;

function resolveValueColumns(values: ValueMatch[], mentions: ColumnMention[], tokens: Token[], ambiguous: ValueMatch[][]): ValueMatch[] {
  const bySpan = new Map<string, ValueMatch[]>();
  for (const v of values) bySpan.set(`${v.start}:${v.end}:${v.value.toLowerCase()}`, [...(bySpan.get(`${v.start}:${v.end}:${v.value.toLowerCase()}`) ?? []), v]);
  const chosen: ValueMatch[] = [];
  for (const candidates of bySpan.values()) {
    if (candidates.length === 1) {
      chosen.push(candidates[0]!);
      continue;
    }
    // "to Madrid" is a destination, "from Lyon" an origin, when the value is in both.
    const preposition = tokens[candidates[0]!.start - 1]?.lower ?? '';
    const direction = /^(to|into|towards|for)$/.test(preposition) ? DESTINATION : /^(from|out)$/.test(preposition) ? ORIGIN : null;
    // "started at Harbour Square": a word before the value that only one candidate's name has.
    const before = tokens.slice(Math.max(0, candidates[0]!.start - 3), candidates[0]!.start).map((t) => t.stem);
    const named = (c: ValueMatch) => identifierWords(c.column.name).some((w) => before.some((b) => b === w || rootMatches(b, w)));
    const scored = candidates.map((c) => {
      const mention = mentions.find((m) => m.column.name === c.column.name);
      const distance = mention ? Math.abs(mention.position - c.start) : named(c) ? 20 : direction?.test(c.column.name) ? 50 : 100;
      return { c, distance, values: c.column.values?.length ?? 0 };
    });
    scored.sort((a, b) => a.distance - b.distance || a.values - b.values);
    const [best, next] = scored;
    // Two fields with the same values and nothing to tell them apart: a guess would be wrong half the time.
    if (next && best!.distance === next.distance && best!.values === next.values) ambiguous.push(candidates);
    else chosen.push(best!.c);
  }
  return chosen;
}

/**
 * "top 3 regions by number of meters", "by appointment count": after "by", a count or a total
 * is what the groups are ranked by, not a field to group on.
 */
function namesTheRanking(tokens: Token[], position: number): boolean {
  const at = tokens[position]?.lower ?? '';
  const next = tokens[position + 1]?.lower ?? '';
  const before = `${tokens[position - 2]?.lower ?? ''} ${tokens[position - 1]?.lower ?? ''}`;
  return (RANKING.test(at) && next === 'of') || /^(counts?|totals?)$/.test(next) || /(number|count|total|sum|amount) of$/.test(before);
}
const RANKING = /^(number|count|total|sum|amount)$/;

/** "each year group", "per floor": a whole number with few values is a category to group on. */
const isNumberedCategory = (c: SchemaColumn) => /INT/i.test(c.type) && c.distinct !== undefined && c.distinct <= 24 && /(group|floor|level|grade|band|tier|class|zone|stage)/i.test(c.name);

/** Whether the "by" before position `at` follows a participle ("issued by", "made by"), not a grouping word. */
function agentBy(tokens: Token[], at: number): boolean {
  const by = [at - 1, at - 2, at - 3].find((i) => tokens[i]?.lower === 'by');
  // "carried out by", "set up by": the participle is before its particle.
  const particle = by !== undefined && /^(out|up|off|in|on|through)$/.test(tokens[by - 1]?.lower ?? '');
  const before = by === undefined ? '' : tokens[by - (particle ? 2 : 1)]?.lower ?? '';
  return (/(ed|en)$/.test(before) || IRREGULAR_PARTICIPLE.test(before)) && !/^(grouped|broken|split|sorted|ordered|ranked)$/.test(before);
}
// Participles that do not end in -ed or -en: "repairs done by", "sales made by", "kegs sold by".
const IRREGULAR_PARTICIPLE = /^(done|made|sold|held|paid|built|sent|kept|led|run|won|caught|taught|bought|brought|found|told|set|fed|seen|drawn|grown|flown)$/;

/** Whether the question ends with the mentioned field's words. */
function endsOnField(tokens: Token[], m: ColumnMention): boolean {
  const end = fieldWordsEnd(tokens, m);
  return end === tokens.length && end > m.position;
}

function findGroupColumn(lower: string, tokens: Token[], mentions: ColumnMention[], tableWords: Set<string>): ColumnMention | undefined {
  const which = /\bwhich\s+/.exec(lower);
  const candidates = mentions.filter((m) => !isNumeric(m.column) || isYearColumn(m.column) || isIdentifier(m.column) || isNumberedCategory(m.column));
  for (const m of candidates) {
    if (namesTheRanking(tokens, m.position)) continue;
    const before = tokens.slice(Math.max(0, m.position - 3), m.position).map((t) => t.lower).join(' ');
    // A word between "per" and the field qualifies it only as the table's noun or another field
    // ("per visit reason", "per session genre"); "made by teen patrons" groups nothing.
    const between = tokens[m.position - 1];
    const qualifies = between !== undefined && (tableWords.has(between.stem) || candidates.some((c) => c.position === between.index));
    const opener = qualifies ? /\b(per|by|each|every|across)(\s+the)?(\s+\w+)?$/ : /\b(per|by|each|every|across)(\s+the)?$/;
    // "fines issued by officers with body cameras": "by" after a participle names who did it;
    // "the amount claimed by status" ends on a field that is no yes/no: a grouping.
    if (agentBy(tokens, m.position) && (isFlag(m.column) || !endsOnField(tokens, m))) continue;
    if (qualifiedAgent(tokens, m)) continue;
    if (opener.test(before) || /\b(for each|in each|broken down by|grouped by|breakdown by)\b/.test(before)) {
      // "per session genre": of two fields named in a row, the second is the head noun.
      return candidates.find((next) => next.position === m.position + 1) ?? m;
    }
  }
  if (which) {
    const index = tokens.findIndex((t) => t.lower === 'which');
    // "which team size is most common": how often each value comes up, a number's values too.
    const frequency = /\b(most|least) (common|frequent|popular|usual)\b/.test(lower);
    const next = (frequency ? mentions : candidates).filter((m) => m.position > index && m.position <= index + 3);
    if (next.length && /\b(most|fewest|least|highest|lowest|largest|smallest|biggest|longest|shortest)\b/.test(lower)) return next[0];
  }
  const distribution = /\b(distribution|breakdown) of\b/.test(lower) ? candidates[0] : undefined;
  return distribution;
}

/**
 * "bookings by junior bowlers", "bookings by bowlers from Bradford": after "by", a plural noun
 * that a yes/no field qualifies, or that a restriction follows, names who made the rows (a
 * filter), not a grouping; "bookings by bowler" still groups.
 */
function qualifiedAgent(tokens: Token[], m: ColumnMention): boolean {
  const at = tokens[m.position];
  const next = tokens[m.position + 1];
  const plural = (t: Token | undefined) => t !== undefined && t.lower !== t.stem && /s$/.test(t.lower);
  const restricted = plural(at) && /^(from|with|who|that|aged|living|based|whose)$/.test(next?.lower ?? '');
  // "by junior bowlers", "by gas safe technicians": a plural noun after the yes/no field's first
  // word, inside its words (`technician_gas_safe`) or just after them; "by technicians who own a
  // van": the lookup's noun that the field's name starts with, then a relative clause.
  if (isFlag(m.column)) return (tokens.slice(m.position + 1, fieldWordsEnd(tokens, m) + 1).some(plural) || restricted) && !/^(by|per)$/.test(tokens[m.position - 2]?.lower ?? '');
  return restricted;
}

function pickMeasure(mentions: ColumnMention[], group: ColumnMention | undefined, filters: ValueMatch[], lower: string): ColumnMention | undefined {
  // An identifier is a number no one sums or ranks by ("the most requests" counts rows, not request_id).
  const numeric = mentions.filter((m) => isNumeric(m.column) && !isIdentifier(m.column) && m.column.name !== group?.column.name && !filters.some((f) => f.column.name === m.column.name));
  if (numeric.length) return numeric[0];
  if (/\b(oldest|newest|earliest|latest|most recent(?:ly)?|youngest)\b/.test(lower)) return mentions.find((m) => isDate(m.column) && m.column.name !== group?.column.name);
  return undefined;
}

/** Where the thing counted starts: after "how many", "number of" or "count (of)", and "distinct" or "the"; -1 if none. */
function countedPosition(tokens: Token[]): number {
  let start = -1;
  for (let i = 0; i < tokens.length; i += 1) {
    const pair = `${tokens[i]!.lower} ${tokens[i + 1]?.lower ?? ''}`;
    if (pair === 'how many' || pair === 'number of') start = i + 2;
    else if (tokens[i]!.lower === 'count' && start < 0) start = tokens[i + 1]?.lower === 'of' ? i + 2 : i + 1;
    if (start >= 0) break;
  }
  if (start < 0) return -1;
  while (tokens[start] && /^(distinct|different|unique|separate|the)$/.test(tokens[start]!.lower)) start += 1;
  return start;
}

function countDistinctColumn(tokens: Token[], mentions: ColumnMention[], filters: ValueMatch[], tableWords: Set<string>): SchemaColumn | undefined {
  const start = countedPosition(tokens);
  if (start < 0) return undefined;
  // A quantity is not a thing to count ("how many drivers are older than 60" counts rows).
  // "how many enrichment sessions" of event_type Enrichment: the word is the value's, not enrichment_item's.
  const inValue = (m: ColumnMention) => filters.some((f) => f.start <= m.position && m.position < f.end);
  const candidate = mentions.find((m) => m.position === start && !inValue(m) && !filters.some((f) => f.column.name === m.column.name) && !(isNumeric(m.column) && !isYearColumn(m.column) && !/(^|_)(id|number|no|code|key)$/i.test(m.column.name)));
  if (!candidate) return undefined;
  // "how many vessels ..." counts rows of the table, even when a column is named vessel_type.
  const words = identifierWords(candidate.column.name);
  // "how many incidents happened in March" of incident_date: the events are the rows, not their days.
  // "how many arrivals" of arrived_at: the word shares the date's root, whatever its ending.
  if ((isDate(candidate.column) || isYearColumn(candidate.column)) && words.some((w) => w === tokens[start]!.stem || sameRoot(w, tokens[start]!.stem))) return undefined;
  // "how many jobs were completed" of work orders with a job_type: the noun a classifier field
  // qualifies is the rows; its types are counted only when the classifier is said ("job types").
  if (namesRowsOfClassifier(words, tokens, start)) return undefined;
  // "how many meter readings": the field's word qualifies the rows named after it; rows are counted.
  const next = tokens[start + 1];
  if (next && tableWords.has(next.stem) && !words.includes(next.stem)) return undefined;
  if (tableWords.has(tokens[start]!.stem) && !(words.length > 1 && tokens[start + 1] && words.includes(tokens[start + 1]!.stem))) return undefined;
  return candidate.column;
}

const CLASSIFIER = /^(type|kind|category|class|group|status|tier|level|grade|priority)$/;

function namesRowsOfClassifier(words: string[], tokens: Token[], start: number): boolean {
  const last = words[words.length - 1] ?? '';
  return words.length === 2 && words[0] === tokens[start]!.stem && CLASSIFIER.test(last) && tokens[start + 1]?.stem !== last;
}

function findComparisons(
  lower: string,
  tokens: Token[],
  numbers: NumberMatch[],
  dates: TimeRange[],
  table: SchemaTable,
  mentions: ColumnMention[],
  used: Set<number>,
  tableWords: Set<string>,
): Comparisons | { refusal: string; notUnderstood: string[] } {
  const conditions: Condition[] = [];
  const having: HavingCount[] = [];
  const consumed: number[] = [];
  const columns: string[] = [];
  let position = -1;
  const add = (sql: string, column?: SchemaColumn, op?: string, value?: number) => {
    conditions.push({ sql, position, ...(column ? { column: column.name } : {}), ...(op ? { op } : {}), ...(value !== undefined ? { value } : {}) });
  };
  const nearestColumn = (position: number, accept: (c: SchemaColumn) => boolean): SchemaColumn | undefined => {
    const candidates = mentions.filter((m) => accept(m.column)).sort((a, b) => Math.abs(a.position - position) - Math.abs(b.position - position));
    if (candidates[0]) return candidates[0].column;
    const all = table.columns.filter(accept);
    return all.length === 1 ? all[0] : undefined;
  };
  // A word that names a quantity without naming the field ("older than 65", "aged between 30 and
  // 50", "cost more than 15000"): the one numeric field its meaning points to.
  const hinted = (position: number): { column: SchemaColumn; word: string; index: number } | undefined => {
    for (let i = position - 1; i >= Math.max(0, position - 4); i -= 1) {
      const word = tokens[i]!.lower;
      const hint = FIELD_HINTS.find(([words]) => words.test(word));
      const column = hint ? soleNumericField(table, hint[1]) : undefined;
      if (column) return { column, word, index: i };
    }
    return undefined;
  };
  // The one numeric field whose values span the number, when nothing else names one.
  const spanning = (value: number, holds: (c: SchemaColumn) => boolean): SchemaColumn | undefined => {
    const fits = table.columns.filter((c) => isNumeric(c) && !isIdentifier(c) && !isYearColumn(c) && holds(c) && typeof c.min === 'number' && typeof c.max === 'number' && c.min <= value && value <= c.max);
    return fits.length === 1 ? fits[0] : undefined;
  };
  const operatorBefore = (position: number): { op: string; words: number } | null => {
    const before = tokens.slice(Math.max(0, position - 3), position).map((t) => t.lower).join(' ');
    const table: Array<[RegExp, string]> = [
      [/(more|greater|larger|bigger|higher|heavier|longer|newer|later|younger|costlier|pricier|taller|wider|deeper|faster|warmer|hotter) than$/, '>'],
      [/(less|fewer|smaller|lower|lighter|shorter|older|earlier|cheaper|narrower|shallower|slower|cooler|colder) than$/, '<'],
      [/more \w+ than$/, '>'],
      [/(less|fewer) \w+ than$/, '<'],
      [/(at least|no less than|not less than|minimum of|min)$/, '>='],
      [/(at most|no more than|not more than|maximum of|max|up to)$/, '<='],
      [/(over|above|exceeding|exceeds|after|beyond|since|from)$/, '>'],
      [/(under|below|before|until|prior to)$/, '<'],
      [/(exactly|equal to|equals|is|of|in|built in|founded in)$/, '='],
    ];
    for (const [pattern, op] of table) if (pattern.test(before)) return { op: /since|from/.test(before.split(' ').pop() ?? '') ? '>=' : op, words: 1 };
    return null;
  };
  const between = /\bbetween\s+([\d,.]+k?|\d{4}-\d{2}(?:-\d{2})?)\s+and\s+([\d,.]+k?|\d{4}-\d{2}(?:-\d{2})?)\b/.exec(lower);
  // Dates first (a 4-digit year may belong to a date column or a year column).
  for (const date of dates) {
    position = date.position;
    // "bookings made in May": the verb of making names the recorded date, whatever else the words touch.
    // "booked in the next 14 days": nothing is recorded ahead of today, so a window forward is the event's.
    // "bookings for dates in March", "sessions for 3 May": the day a row is for, not the day it was recorded.
    const ahead = (date.kind === 'window' && date.tokens.some((t) => /^(next|coming|upcoming|following)$/.test(tokens[t]?.lower ?? ''))) || forTheDate(tokens, date.tokens[0] ?? date.position);
    const named = (ahead ? undefined : madeOn(tokens, date.position, table)) ?? nearestColumn(date.position, isDate);
    const column = (ahead && named && isRecordedDate(named) ? undefined : named) ?? (ahead ? scheduledDateColumn(table) : primaryDateColumn(table));
    if (!column) {
      return noEventDate(table, date.tokens.map((t) => tokens[t]!.raw));
    }
    const expr = dateExpression(column);
    // A window ("the 7 days before ...") carries its own bounds.
    const op = date.kind === 'window' ? null : operatorBefore(date.position);
    columns.push(column.name);
    // "between 2024-03-01 and 2024-03-15", "between 1 Sept 2024 and 15 Sept 2024": one range, both in.
    const last = Math.max(...date.tokens);
    const until = tokens[date.position - 1]?.lower === 'between' && tokens[last + 1]?.lower === 'and' ? dates.find((d) => d.position === last + 2) : undefined;
    if (until) {
      add(`${expr} >= DATE '${date.from}' AND ${expr} < DATE '${until.to}'`);
      dates.splice(dates.indexOf(until), 1);
      continue;
    }
    if (!op || op.op === '=') add(`${expr} >= DATE '${date.from}' AND ${expr} < DATE '${date.to}'`);
    else if (op.op === '>' ) add(`${expr} >= DATE '${date.to}'`);
    else if (op.op === '>=') add(`${expr} >= DATE '${date.from}'`);
    else if (op.op === '<') add(`${expr} < DATE '${date.from}'`);
    else if (op.op === '<=') add(`${expr} < DATE '${date.to}'`);
  }
  const betweenNumbers = between ? numbers.filter((n) => [between[1], between[2]].includes(n.text.toLowerCase())) : [];
  if (between && betweenNumbers.length === 2) {
    const [a, b] = betweenNumbers.sort((x, y) => x.position - y.position);
    position = a!.position;
    const yearLike = Number.isInteger(a!.value) && a!.value >= 1800 && a!.value <= 2200;
    const hint = yearLike ? undefined : hinted(a!.position);
    if (hint) used.add(hint.index);
    const column = hint?.column ?? nearestColumn(a!.position, (c) => (yearLike ? isYearColumn(c) || isDate(c) : isNumeric(c) && !isYearColumn(c))) ?? nearestColumn(a!.position, isNumeric);
    if (!column) return { refusal: `I could not tell which field "between ${a!.text} and ${b!.text}" applies to; name the field.`, notUnderstood: [a!.text, b!.text] };
    columns.push(column.name);
    if (isDate(column)) {
      const expr = dateExpression(column);
      add(`${expr} >= DATE '${a!.value}-01-01' AND ${expr} < DATE '${b!.value + 1}-01-01'`);
    } else add(`${quoteIdentifier(column.name)} BETWEEN ${a!.value} AND ${b!.value}`);
    consumed.push(a!.position, b!.position);
    used.add(a!.position).add(b!.position);
  }
  for (const number of numbers) {
    if (consumed.includes(number.position)) continue;
    const op = operatorBefore(number.position);
    const trailing = trailingComparison(tokens, number.position, numbers, used);
    const next = tokens[number.position + 1];
    const unit = next ? unitOfWord(next.lower) : undefined;
    // "visits that got a 15% discount": a number with its unit and no comparison is that value;
    // after a "than" no pattern read ("steeper than 25 degrees") it is a comparison not understood.
    const unreadComparison = tokens[number.position - 1]?.lower === 'than';
    const operator = trailing ?? op?.op ?? (unit && !unreadComparison && soleUnitField(table, unit) ? '=' : undefined);
    if (!operator) continue;
    position = number.position;
    // "more than 40 books", "borrowed more than 35 times": a count of rows per group (HAVING).
    if (next && operator !== '=' && (tableWords.has(next.stem) || /^times?$/.test(next.lower))) {
      having.push({ op: operator, value: number.value, position: number.position });
      consumed.push(number.position);
      used.add(number.position).add(number.position + 1);
      continue;
    }
    const yearLike = Number.isInteger(number.value) && number.value >= 1800 && number.value <= 2200;
    // A numeric field named right next to the number wins ("more than 2000 employees", "employees
    // over 2000"), over a field the unit alone points at ("a nightly rate above 250 euros" is the
    // rate, though the booking's total is in euros too), unless its unit cannot be the one said.
    // A field's name may take two words before the operator ("a nightly rate above 250").
    const near = (m: ColumnMention) => (m.position < number.position ? number.position - m.position <= 3 : m.position - number.position <= 2);
    // "the price in 2024": a year said with "in" is a time, not a price.
    const adjacent = yearLike && operator === '=' ? undefined : mentions.find((m) => isNumeric(m.column) && !isYearColumn(m.column) && near(m));
    // A number said in a unit ("over 8 km") is compared with a field that can hold it: never an
    // identifier (trip_id), never a field in another unit (a price per litre for "200 litres").
    const holds = (c: SchemaColumn) => !unit || (!isIdentifier(c) && unitFits(c, unit));
    const named = adjacent && holds(adjacent.column) ? adjacent.column : undefined;
    // "prescriptions that cost more than 100 dollars" of a table with two dollar fields: a row's
    // money is its takings (total_price, not the copay).
    const takingsInUnit = () => {
      const takings = unit?.quantity === 'money' ? moneyField(table) : undefined;
      return takings && unitFits(takings, unit!) ? takings : undefined;
    };
    const withUnit = unit && !named ? soleUnitField(table, unit, number.value) ?? takingsInUnit() : undefined;
    if (unit && (named ?? withUnit)) {
      used.add(number.position + 1);
      // "100 cubic metres": the length word after "cubic" is part of the unit.
      if (unit.code === 'm3' && unitOfWord(tokens[number.position + 2]?.lower ?? '')?.quantity === 'length') used.add(number.position + 2);
    }
    let column: SchemaColumn | undefined = named ?? withUnit ?? (unit ? undefined : adjacent?.column);
    const hint = hinted(number.position);
    // "heavier than 500 kg": the adjective and the unit name the same field.
    if (hint && holds(hint.column) && (!column || hint.column === column)) {
      column = hint.column;
      used.add(hint.index);
    }
    column ??= yearLike ? nearestColumn(number.position, (c) => isYearColumn(c) || isDate(c)) : undefined;
    // "more than 250 orders" of outlets: the noun says what is counted, so no field is guessed
    // (the table's one number, seats, or one whose range holds 250); the number is left unplaced
    // for a joined reading. An identifier (room_no) is compared only when named next to it.
    const countedNoun = next !== undefined && !unit && !used.has(next.index) && !FILLER.has(next.lower) && next.lower !== next.stem;
    const quantity = (c: SchemaColumn) => isNumeric(c) && !isIdentifier(c);
    if (!countedNoun) {
      column ??= nearestColumn(number.position, (c) => quantity(c) && holds(c) && (!yearLike || isYearColumn(c)));
      column ??= yearLike ? undefined : nearestColumn(number.position, (c) => quantity(c) && holds(c));
      column ??= yearLike ? undefined : spanning(number.value, holds);
    }
    // "in 2024" with no date named: the date the table's rows happen on.
    column ??= yearLike && operator === '=' ? primaryDateColumn(table) : undefined;
    // For an age, "older" is more: the date reading ("older than 2010" = before) does not apply.
    let comparison = operator;
    if (hint && /^(older|younger)$/.test(hint.word)) comparison = hint.word === 'older' ? (operator === '<' ? '>' : operator) : operator === '>' ? '<' : operator;
    if (!column) {
      if (operator === '=') continue;
      return { refusal: `I could not tell which field "${number.text}" applies to; name the field (e.g. "with <field> over ${number.text}").`, notUnderstood: [number.text] };
    }
    columns.push(column.name);
    if (isDate(column) && yearLike) {
      const expr = dateExpression(column);
      const start = `DATE '${number.value}-01-01'`;
      const end = `DATE '${number.value + 1}-01-01'`;
      add(comparison === '=' ? `${expr} >= ${start} AND ${expr} < ${end}` : comparison === '>' ? `${expr} >= ${end}` : comparison === '>=' ? `${expr} >= ${start}` : comparison === '<' ? `${expr} < ${start}` : `${expr} < ${end}`);
    } else {
      const value = inFieldUnit(number.value, unit, column);
      add(`${quoteIdentifier(column.name)} ${comparison} ${value}`, column, comparison, value);
    }
    consumed.push(number.position);
    used.add(number.position);
  }
  for (const d of dates) used.add(d.position);
  return { conditions, having, consumedNumbers: consumed, columns };
}

const OR_MORE = /^(more|greater|above|higher|over|longer|later|bigger|larger|heavier|older|newer|wider|after)$/;
const OR_LESS = /^(less|fewer|below|lower|under|shorter|earlier|smaller|lighter|younger|narrower|before)$/;

/** The date a row is for (a play date, not the day it was booked), when one is not recorded-only. */
function scheduledDateColumn(table: SchemaTable): SchemaColumn | undefined {
  return primaryDateColumn({ ...table, columns: table.columns.filter((c) => !isRecordedDate(c)) }) ?? primaryDateColumn(table);
}

/** "for dates in", "for dates in the 14 days before": the words before a date say it is the day a row is for. */
function forTheDate(tokens: Token[], start: number): boolean {
  const before = tokens.slice(Math.max(0, start - 4), start).map((t) => t.lower).join(' ');
  // "the job count for June" is a period, not a day the jobs are for: the word "dates" says so.
  return /\bfor (?:dates?|days?)(?: (?:in|on|of|between|during))?(?: the)?$/.test(before);
}

/**
 * "20 or more", "a 90 day supply or longer", "opened in 2016 or later": "or" and a comparative
 * within three words after the number (past its unit and noun, before another number) make the
 * comparison inclusive; the two words are placed.
 */
function trailingComparison(tokens: Token[], position: number, numbers: NumberMatch[], used: Set<number>): '>=' | '<=' | null {
  if (tokens[position + 1]?.lower === '+') return '>=';
  for (let i = position + 1; i <= position + 3 && i + 1 < tokens.length; i += 1) {
    if (numbers.some((n) => n.position === i)) return null;
    if (tokens[i]!.lower !== 'or') continue;
    const word = tokens[i + 1]!.lower;
    const op = OR_MORE.test(word) ? '>=' : OR_LESS.test(word) ? '<=' : null;
    if (op) used.add(i).add(i + 1);
    return op;
  }
  return null;
}

// --- annotations --------------------------------------------------------------------------------

function translateEntityQuestion(
  text: string,
  lower: string,
  tokens: Token[],
  used: Set<number>,
  numbers: NumberMatch[],
  quoted: string[],
  schema: OfflineSchema,
  annotations: SchemaTable,
  documents: SchemaTable | undefined,
): OfflineAnswer | null {
  const a = quoteIdentifier(annotations.name);
  // Entity types named in the question, by their words (VESSEL_NAME <- "vessel name") or aliases.
  const labelMatches: Array<{ entity: SchemaEntityType; start: number; end: number }> = [];
  for (const entity of schema.entityTypes) {
    for (const name of [entity.name, ...entity.aliases]) {
      const words = identifierWords(name);
      for (let start = 0; start + words.length <= tokens.length; start += 1) {
        if (words.every((w, k) => tokens[start + k]!.stem === w || tokens[start + k]!.lower === w)) {
          if (!labelMatches.some((m) => m.start <= start && start < m.end)) labelMatches.push({ entity, start, end: start + words.length });
        }
      }
    }
  }
  labelMatches.sort((x, y) => y.end - y.start - (x.end - x.start));
  const labels = labelMatches.filter((m, i) => !labelMatches.slice(0, i).some((o) => o.start < m.end && m.start < o.end));
  labels.forEach((m) => {
    for (let i = m.start; i < m.end; i += 1) used.add(i);
  });
  const labelList = (entities: SchemaEntityType[]) => entities.flatMap((e) => [e.name, ...e.aliases]).map(quoteLiteral).join(', ');

  // Texts: quoted literals, known examples, or the words after a label ("FLAG Liberia").
  const texts: Array<{ value: string; entity?: SchemaEntityType }> = [];
  for (const literal of quoted) texts.push({ value: literal });
  const candidates = schema.entityTypes.flatMap((entity) => entity.examples.map((example) => ({ entity, example, words: tokenize(example).map((t) => t.lower) })));
  for (let length = 8; length >= 1; length -= 1) {
    for (let start = 0; start + length <= tokens.length; start += 1) {
      const span = Array.from({ length }, (_, k) => start + k);
      if (span.some((i) => used.has(i))) continue;
      const phrase = tokens.slice(start, start + length).map((t) => t.lower);
      if (length === 1 && FILLER.has(phrase[0]!)) continue;
      const hit = candidates.filter((c) => c.words.length === length && c.words.every((w, k) => w === phrase[k]));
      if (hit.length === 0) continue;
      const preferred = hit.find((h) => labels.some((l) => l.entity === h.entity)) ?? hit[0]!;
      texts.push({ value: preferred.example, entity: labels.length ? preferred.entity : undefined });
      span.forEach((i) => used.add(i));
    }
  }
  if (texts.length === 0 && /\bmention/.test(lower)) {
    // "mention FLAG Atlantis": the words after the label (or after "mention") are the text.
    const after = labels.length === 1 ? labels[0]!.end : tokens.findIndex((t) => /^mention/.test(t.lower)) + 1;
    const rest = tokens.slice(after).filter((t) => !used.has(t.index) && !FILLER.has(t.lower));
    if (after > 0 && rest.length > 0 && rest.length <= 6) {
      texts.push({ value: rest.map((t) => t.raw).join(' ') });
      rest.forEach((t) => used.add(t.index));
    }
  }

  const has = (pattern: RegExp) => pattern.test(lower);
  const numberTop = numbers.find((n) => /^(top|first)$/.test(tokens[n.position - 1]?.lower ?? ''));
  if (numberTop) used.add(numberTop.position);
  const entityFilter = labels.length ? `label IN (${labelList(labels.map((l) => l.entity))})` : '';
  const textFilter = texts.length ? `(${texts.map((t) => `lower(text) = lower(${quoteLiteral(t.value)})`).join(' OR ')})` : '';
  const all = texts.length > 1 && has(/\b(both|all of|and)\b/) && !has(/\bor\b/);
  const conditions = [entityFilter, all ? '' : textFilter].filter(Boolean);
  const where = conditions.length ? ` WHERE ${conditions.join(' AND ')}` : '';

  // Other annotation columns used for grouping (annotator, status).
  const groupable = annotations.columns.filter((c) => ['annotator', 'status', 'origin'].includes(c.name));
  const groupColumn = groupable.find((c) => tokens.some((t, i) => t.stem === stem(c.name) && /\b(per|by|each)\s*$/.test(tokens.slice(Math.max(0, i - 2), i).map((x) => x.lower).join(' ') + ' ')));
  groupable.forEach((c) => tokens.forEach((t, i) => t.stem === stem(c.name) && used.add(i)));

  if (documents) tokens.forEach((t, i) => DOCUMENT_WORDS.test(t.lower) && used.add(i));
  // "which profiles mention X", "how many memos that cite X": whatever the documents are called.
  const citing = /^(mention|mentions|mentioned|mentioning|cite|cites|citing|reference|references|referencing|contain|contains|containing|name|names|naming)$/;
  let documentsNamed = false;
  tokens.forEach((t, i) => {
    const verbAt = citing.test(tokens[i + 1]?.lower ?? '') ? i + 1 : /^(that|which|who)$/.test(tokens[i + 1]?.lower ?? '') && citing.test(tokens[i + 2]?.lower ?? '') ? i + 2 : -1;
    if (verbAt < 0 || used.has(i) || FILLER.has(t.lower) || !/^(which|what|many|the|all|of|list|show|find)$/.test(tokens[i - 1]?.lower ?? '')) return;
    used.add(i);
    documentsNamed = true;
  });
  const notUnderstood = tokens.filter((t, i) => !used.has(i) && !isLeftoverFiller(t) && !/^\d/.test(t.lower) && t.lower.length > 1);
  if (notUnderstood.length > 0) {
    if (schema.tables.some((t) => t.kind === 'dataset') && !has(/\b(mention|mentions|mentioned|annotat\w*|spans?|labels?|entity|entities)\b/)) return null;
    return {
      refusal: `I could not match ${notUnderstood.map((t) => `"${t.raw}"`).join(', ')} to an entity type or annotated text (entity types: ${schema.entityTypes.map((e) => e.name).join(', ') || 'none yet'}).`,
      notUnderstood: notUnderstood.map((t) => t.raw),
    };
  }

  const asksDocuments = DOCUMENT_WORDS.test(lower) || documentsNamed;
  const countQuestion = has(/\b(how many|number of|count)\b/);
  const most = has(/\b(most|top|frequent|frequently|often|common)\b/);
  const least = has(/\b(least|fewest|rarest|rarely)\b/);

  if (all && texts.length > 1) {
    const having = `count(DISTINCT lower(text)) = ${new Set(texts.map((t) => t.value.toLowerCase())).size}`;
    const inner = `SELECT document_id FROM ${a} WHERE ${[entityFilter, textFilter].filter(Boolean).join(' AND ')} GROUP BY document_id HAVING ${having}`;
    return countQuestion
      ? { sql: `SELECT count(*) AS documents FROM (${inner})`, reasoning: 'Documents whose annotations include every named text.' }
      : { sql: `${inner} ORDER BY document_id`, reasoning: 'Documents whose annotations include every named text.' };
  }
  if (has(/\b(entity types|labels|kinds of entities|types of entities)\b/) && !countQuestion && !texts.length && !labels.length) {
    return { sql: `SELECT DISTINCT label FROM ${a} ORDER BY label`, reasoning: 'Distinct annotation labels.' };
  }
  if (groupColumn) {
    const g = quoteIdentifier(groupColumn.name);
    return { sql: `SELECT ${g}, count(*) AS annotations FROM ${a}${where} GROUP BY ${g} ORDER BY annotations DESC, ${g}`, reasoning: `Annotations per ${groupColumn.name}.` };
  }
  if (has(/\b(per|by|each)\s+(label|entity type|entity|type)\b/) || (has(/\b(per|by|each|for each)\b/) && has(/\b(labels?|entity types?)\b/))) {
    const measure = asksDocuments ? 'count(DISTINCT document_id)' : 'count(*)';
    return { sql: `SELECT label, ${measure} AS count FROM ${a}${where} GROUP BY label ORDER BY count DESC, label`, reasoning: 'Annotations per label.' };
  }
  if ((most || least) && labels.length && !texts.length) {
    const n = numberTop?.value ?? 1;
    const measure = asksDocuments ? 'count(DISTINCT document_id)' : 'count(*)';
    return {
      sql: `SELECT text, ${measure} AS mentions FROM ${a}${where} GROUP BY text ORDER BY mentions ${least ? 'ASC' : 'DESC'}, text LIMIT ${n}`,
      reasoning: `The ${labels.map((l) => l.entity.name).join('/')} text mentioned ${least ? 'least' : 'most'}.`,
    };
  }
  if ((most || least) && !labels.length && !texts.length && has(/\b(labels?|entity types?|entities)\b/)) {
    return { sql: `SELECT label, count(*) AS count FROM ${a} GROUP BY label ORDER BY count ${least ? 'ASC' : 'DESC'}, label LIMIT ${numberTop?.value ?? 1}`, reasoning: 'The most used label.' };
  }
  if (countQuestion) {
    if (asksDocuments && (labels.length || texts.length)) {
      return { sql: `SELECT count(DISTINCT document_id) AS documents FROM ${a}${where}`, reasoning: 'Distinct documents with a matching annotation.' };
    }
    if (asksDocuments && documents) {
      const pages = has(/\bpages?\b/);
      return { sql: pages ? `SELECT count(*) AS pages FROM ${quoteIdentifier(documents.name)}` : `SELECT count(DISTINCT document_id) AS documents FROM ${quoteIdentifier(documents.name)}`, reasoning: 'Documents in the store.' };
    }
    if (has(/\b(distinct|different|unique)\b/) && labels.length) {
      return { sql: `SELECT count(DISTINCT text) AS count FROM ${a}${where}`, reasoning: 'Distinct annotated texts.' };
    }
    if (has(/\b(labels|entity types)\b/) && !labels.length) return { sql: `SELECT count(DISTINCT label) AS count FROM ${a}`, reasoning: 'Distinct labels.' };
    return { sql: `SELECT count(*) AS annotations FROM ${a}${where}`, reasoning: 'Annotations matching the filters.' };
  }
  if (has(/\b(which|what|list|show)\b/)) {
    if (asksDocuments || texts.length) return { sql: `SELECT DISTINCT document_id FROM ${a}${where} ORDER BY document_id`, reasoning: 'Documents with a matching annotation.' };
    if (labels.length) return { sql: `SELECT DISTINCT text FROM ${a}${where} ORDER BY text`, reasoning: `Texts annotated as ${labels.map((l) => l.entity.name).join('/')}.` };
  }
  void text;
  return null;
}
