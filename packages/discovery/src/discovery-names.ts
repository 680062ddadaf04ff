/**
 * Name normalisation for near-duplicate detection: case, separators, camelCase, punctuation,
 * plurals, abbreviations and spelling variants, and the vocabulary the false-friend guards use.
 */

/** Abbreviations, synonyms and spelling variants, each mapped to one canonical spelling (may be several words). */
export const DEFAULT_ABBREVIATIONS: Readonly<Record<string, string>> = {
  // numbers and identifiers
  no: 'number', nr: 'number', num: 'number', nbr: 'number', nos: 'number', numero: 'number',
  ident: 'id', identifier: 'id', identification: 'id', uid: 'id',
  cd: 'code', cnt: 'count', qty: 'quantity', quant: 'quantity', amt: 'amount', val: 'value',
  // time
  dt: 'date', ts: 'timestamp', tstamp: 'timestamp', datetime: 'timestamp', yr: 'year', yrs: 'year', mth: 'month', wk: 'week', hr: 'hour', hrs: 'hour',
  // generic
  desc: 'description', descr: 'description', addr: 'address', tel: 'phone', telephone: 'phone', ph: 'phone', dob: 'date birth',
  min: 'minimum', max: 'maximum', avg: 'average', mean: 'average', pct: 'percent', perc: 'percent', percentage: 'percent',
  lat: 'latitude', lon: 'longitude', lng: 'longitude', long: 'longitude',
  org: 'organization', organisation: 'organization', loc: 'location', pos: 'position', temp: 'temperature', info: 'information',
  ref: 'reference', reg: 'registration', cat: 'category', ctry: 'country', cntry: 'country', natl: 'nationality',
  dept: 'department', mgr: 'manager', co: 'company', corp: 'corporation', intl: 'international', govt: 'government',
  std: 'standard', dest: 'destination', orig: 'origin', src: 'source', tgt: 'target', prev: 'previous', curr: 'current',
  zip: 'postal', postcode: 'postal code', people: 'person', children: 'child',
  fname: 'first name', lname: 'last name', firstname: 'first name', lastname: 'last name', surname: 'last name',
  // maritime
  per: 'person', captain: 'master', breadth: 'beam', vsl: 'vessel', ship: 'vessel', vessl: 'vessel', callsign: 'call sign', eta: 'estimated arrival time', etd: 'estimated departure time',
  ata: 'actual arrival time', atd: 'actual departure time', loa: 'length overall', dwt: 'deadweight', gt: 'gross tonnage',
  nt: 'net tonnage', pax: 'passenger', bldr: 'builder', built: 'build', flagstate: 'flag', arr: 'arrival', dep: 'departure',
  // spelling variants and common misspellings
  colour: 'color', centre: 'center', licence: 'license', harbour: 'harbor', metre: 'meter', tonne: 'ton', tonnes: 'ton',
  recieved: 'received', adress: 'address', seperate: 'separate', lenght: 'length', heigth: 'height', widht: 'width',
  draught: 'draft', ocurrence: 'occurrence', occurence: 'occurrence', registery: 'registry', vesel: 'vessel', catagory: 'category',
};

/** Multi-word phrases with one canonical spelling, applied after word-level mapping. */
export const DEFAULT_PHRASES: ReadonlyArray<readonly [string, string]> = [
  ['flag state', 'flag'],
  ['flag country', 'flag'],
  ['deadweight tonnage', 'deadweight'],
  ['date birth', 'birth date'],
];

/** Words dropped before comparing. `to`, `from`, `on` and `in` are kept: they carry meaning (FROM/TO). */
const STOPWORDS = new Set(['of', 'the', 'a', 'an']);

/** Opposite or contrasting terms: names that differ by one of these pairs are never duplicates. */
export const DEFAULT_OPPOSITES: ReadonlyArray<readonly [string, string]> = [
  ['minimum', 'maximum'], ['start', 'end'], ['begin', 'end'], ['from', 'to'], ['gross', 'net'], ['arrival', 'departure'],
  ['first', 'last'], ['open', 'close'], ['opened', 'closed'], ['inbound', 'outbound'], ['import', 'export'], ['in', 'out'],
  ['buy', 'sell'], ['debit', 'credit'], ['upper', 'lower'], ['high', 'low'], ['before', 'after'], ['origin', 'destination'],
  ['load', 'discharge'], ['loading', 'discharge'], ['sender', 'receiver'], ['source', 'target'], ['old', 'new'],
  ['previous', 'next'], ['previous', 'current'], ['shipper', 'consignee'], ['north', 'south'], ['east', 'west'],
  ['latitude', 'longitude'], ['left', 'right'], ['input', 'output'], ['incoming', 'outgoing'], ['start', 'stop'],
  ['on', 'off'], ['positive', 'negative'], ['estimated', 'actual'], ['planned', 'actual'], ['expected', 'actual'],
  ['primary', 'secondary'], ['earliest', 'latest'], ['utc', 'local'], ['male', 'female'], ['buyer', 'seller'],
  ['owner', 'operator'], ['lessor', 'lessee'], ['parent', 'child'], ['head', 'tail'], ['top', 'bottom'], ['home', 'away'],
  ['total', 'average'], ['sum', 'average'], ['received', 'sent'], ['created', 'updated'], ['created', 'deleted'],
  ['issue', 'expiry'], ['issued', 'expired'], ['issue', 'expiration'], ['entry', 'exit'], ['pickup', 'delivery'], ['day', 'night'],
  ['winter', 'summer'], ['bow', 'stern'], ['port', 'starboard'], ['fore', 'aft'], ['ballast', 'laden'], ['light', 'heavy'],
];

/** Units of measure and currencies, each mapped to one canonical symbol. */
export const DEFAULT_UNITS: Readonly<Record<string, string>> = {
  kg: 'kg', kgs: 'kg', kilogram: 'kg', kilo: 'kg', g: 'g', gram: 'g', t: 't', ton: 't', mt: 't', lb: 'lb', lbs: 'lb', pound: 'lb',
  m: 'm', meter: 'm', cm: 'cm', mm: 'mm', km: 'km', kilometer: 'km', ft: 'ft', feet: 'ft', foot: 'ft', inch: 'in', inches: 'in',
  nm: 'nmi', nmi: 'nmi', mile: 'mi', mi: 'mi', kn: 'kn', knot: 'kn', kt: 'kn', kts: 'kn', mph: 'mph', kmh: 'kmh', kph: 'kmh',
  usd: 'usd', eur: 'eur', gbp: 'gbp', jpy: 'jpy', cny: 'cny', nok: 'nok', sgd: 'sgd', dollar: 'usd', euro: 'eur',
  c: 'c', celsius: 'c', f: 'f', fahrenheit: 'f', k: 'k', kelvin: 'k',
  s: 's', sec: 's', ms: 'ms', millisecond: 'ms', minute: 'minute', mins: 'minute', hour: 'hour', day: 'day', days: 'day',
  l: 'l', liter: 'l', litre: 'l', m3: 'm3', cbm: 'm3', bbl: 'bbl', barrel: 'bbl', teu: 'teu', feu: 'feu',
  kw: 'kw', mw: 'mw', hp: 'hp', kwh: 'kwh', percent: 'percent', ppm: 'ppm', bar: 'bar', psi: 'psi',
};

/** Suffix words that name an attribute of the thing rather than a different thing (IMO ~ IMO_NUMBER, VESSEL ~ VESSEL_NAME). */
export const GENERIC_SUFFIXES: ReadonlySet<string> = new Set(['number', 'name', 'id', 'label', 'value', 'text']);

/**
 * Common words of data schemas. When two names differ only by words that are all in this list
 * (DATE/DATA, PORT/POST, COUNTRY/COUNTY), they name different things, however close the letters.
 */
export const DEFAULT_VOCABULARY: ReadonlySet<string> = new Set(
  `id code number name type kind class category group status state stage step phase flag port post part point place
  date data time timestamp year month week day hour minute second period season duration age
  rate price cost value amount total count quantity volume weight mass size length width height depth draft draught area
  speed course heading bearing distance range position location latitude longitude coordinate zone region area sector
  country county city town district province street road address postcode zip phone email fax web site url link line lane
  person people owner operator manager charterer builder agent broker master captain crew officer pilot inspector
  surveyor passenger company organization corporation firm fleet vessel boat barge tug tanker carrier container cargo
  load lead hold hull deck dock berth birth bay yard terminal harbor anchorage canal strait river sea ocean coast
  gross net deadweight tonnage capacity engine power fuel oil gas water ballast tank bank bunker
  flag registry registration register license permit certificate document report record entry note comment remark
  description information reference source target origin destination route voyage trip journey leg call visit
  arrival departure start end begin finish open close first last min max minimum maximum average mean median
  inspection deficiency detention incident accident casualty violation sanction penalty fine risk score level grade
  trade trader sale scale sell buy buyer seller order invoice bill payment account balance tax fee charge
  model make version release revision edition serial batch lot unit item product goods commodity
  title label tag text value field column row table list set map key index
  mode node note notes role rule user users file form from farm frame game
  home house sign call mobile service identity imo mmsi
  color colour shape image photo picture video
  parent child family member team department division branch office
  left right upper lower top bottom front back side inner outer
  input output source sink reader writer
  male female gender sex nationality citizenship race ethnicity language religion
  birth death marriage divorce
  approved rejected pending active inactive deleted archived
  current previous next new old latest earliest
  actual estimated planned expected forecast
  internal external domestic foreign local global national international
  cast cost coast post past pass mass mast most must
  bond band bind bend
  tone tune tine
  rank bank tank
  sender tender render
  lease least
  fare fair far
  hire hour
  bow stern
  draft craft graft
  sale tale
  gear year near
  line lime
  cite city
  pier peer`
    .split(/\s+/)
    .filter(Boolean),
);

export interface NameDictionary {
  abbreviations: Readonly<Record<string, string>>;
  phrases: ReadonlyArray<readonly [string, string]>;
  opposites: ReadonlyArray<readonly [string, string]>;
  units: Readonly<Record<string, string>>;
  vocabulary: ReadonlySet<string>;
  genericSuffixes: ReadonlySet<string>;
}

export const defaultNameDictionary: NameDictionary = {
  abbreviations: DEFAULT_ABBREVIATIONS,
  phrases: DEFAULT_PHRASES,
  opposites: DEFAULT_OPPOSITES,
  units: DEFAULT_UNITS,
  vocabulary: DEFAULT_VOCABULARY,
  genericSuffixes: GENERIC_SUFFIXES,
};

/** A name taken apart for comparison. */
export interface NormalizedName {
  original: string;
  /** Canonical words, in order (`VesselNames` -> `['vessel', 'name']`). */
  tokens: string[];
  /** Words joined with single spaces: what the catalog stores as `normalized_name`. */
  normalized: string;
  /** Words joined without separators: what the edit distance is measured on. */
  joined: string;
  /** Words sorted, then joined: equal for `PORT_OF_ARRIVAL` and `ARRIVAL_PORT`. */
  sortedJoined: string;
  /** Sibling markers: numbers (2020, 1, 2) and single letters that are not units (A/B, X/Y). */
  numbers: string[];
  /** Words that are not sibling markers. */
  words: string[];
}

const SINGULAR_EXCEPTIONS = new Set(['series', 'species', 'news', 'gas', 'bus', 'status', 'gross', 'class', 'analysis', 'basis', 'axis', 'alias', 'aliases', 'address', 'process', 'access', 'business', 'success', 'ais', 'mass', 'pass', 'loss', 'kts', 'lbs', 'days', 'mins', 'inches', 'kgs', 'bbl', 'its', 'yes', 'this', 'plus', 'minus', 'bias', 'canvas', 'lens', 'chassis', 'physics', 'logistics', 'statistics', 'economics']);

/** `names` -> `name`, `companies` -> `company`, `batches` -> `batch`; words that only look plural stay. */
export function singularize(word: string): string {
  if (word.length <= 3 || SINGULAR_EXCEPTIONS.has(word) || /\d/.test(word)) return word;
  if (word === 'aliases') return 'alias';
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (/(ches|shes|xes|zes)$/.test(word)) return word.slice(0, -2);
  if (/(ss|us|is|ous)$/.test(word)) return word;
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}

/** Splits a raw name into lower-case words: case, separators, camelCase, punctuation and letter/digit boundaries. */
export function splitWords(name: string): string[] {
  // eslint-disable-next-line no-control-regex
  const text = /^[\x00-\x7f]*$/.test(name) ? name : name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  const words: string[] = [];
  let word = '';
  // 0 other, 1 lower, 2 upper, 3 digit
  let previous = 0;
  const flush = () => {
    if (word) words.push(word.toLowerCase());
    word = '';
  };
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    const code = ch.charCodeAt(0);
    const kind = code >= 97 && code <= 122 ? 1 : code >= 65 && code <= 90 ? 2 : code >= 48 && code <= 57 ? 3 : 0;
    if (kind === 0) {
      flush();
      if (ch === '#') words.push('number');
      else if (ch === '%') words.push('percent');
      previous = 0;
      continue;
    }
    if (word) {
      const next = text.charCodeAt(i + 1);
      const nextIsLower = next >= 97 && next <= 122;
      // vesselName | IMONumber (upper run then Upper+lower) | FLAG2020 | 2020flag
      if ((previous === 1 && kind === 2) || (previous === 2 && kind === 2 && nextIsLower) || (previous === 3) !== (kind === 3)) flush();
    }
    word += ch;
    previous = kind;
  }
  flush();
  return words;
}

function mapWord(word: string, dictionary: NameDictionary): string[] {
  const direct = dictionary.abbreviations[word];
  if (direct !== undefined) return direct.split(' ');
  const singular = singularize(word);
  const mapped = dictionary.abbreviations[singular];
  if (mapped !== undefined) return mapped.split(' ');
  return [singular];
}

function applyPhrases(tokens: string[], dictionary: NameDictionary): string[] {
  if (!dictionary.phrases.some(([phrase]) => tokens.includes(phrase.slice(0, phrase.indexOf(' '))))) return tokens;
  let text = ` ${tokens.join(' ')} `;
  for (const [phrase, replacement] of dictionary.phrases) text = text.split(` ${phrase} `).join(` ${replacement} `);
  return text.trim().split(' ').filter(Boolean);
}

const NUMBER_WORDS = new Set(['number', 'no', 'nr', 'num', 'nbr']);

/** `NUMBER_OF_CREW` -> `crew count`: "number of" counts things (`CREW_NUMBER` stays an identifier). */
function countOf(words: string[]): string[] {
  const at = words.findIndex((w, i) => NUMBER_WORDS.has(w) && words[i + 1] === 'of' && i + 2 < words.length);
  return at === -1 ? words : [...words.slice(0, at), ...words.slice(at + 2), 'count'];
}

/** A name that restates itself (`GROSS_TONNAGE_GT` -> `gross tonnage gross tonnage`) is said once. */
function restated(tokens: string[]): string[] {
  const half = tokens.length / 2;
  if (!Number.isInteger(half) || half === 0) return tokens;
  for (let i = 0; i < half; i += 1) if (tokens[i] !== tokens[half + i]) return tokens;
  return tokens.slice(0, half);
}

/** Normalises a name for comparison. Deterministic and pure. */
export function normalizeName(name: string, dictionary: NameDictionary = defaultNameDictionary): NormalizedName {
  const raw = countOf(splitWords(name));
  // A stop word at the end is a label (`risk_model_a`), not filler.
  const mapped = raw.filter((w, i) => !STOPWORDS.has(w) || i === raw.length - 1).flatMap((w) => mapWord(w, dictionary));
  const tokens = restated(applyPhrases(mapped, dictionary).map((t) => dictionary.units[t] ?? t));
  const isMarker = (t: string) => /^\d+$/.test(t) || (t.length === 1 && dictionary.units[t] === undefined);
  const words = tokens.filter((t) => !isMarker(t));
  const numbers = tokens.filter(isMarker);
  return {
    original: name,
    tokens,
    normalized: tokens.join(' '),
    joined: tokens.join(''),
    sortedJoined: [...tokens].sort().join(''),
    numbers,
    words,
  };
}

/** The `normalized_name` the catalog stores: canonical words separated by single spaces. */
export function normalizedNameOf(name: string): string {
  return normalizeName(name).normalized;
}
