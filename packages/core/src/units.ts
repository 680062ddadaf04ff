/**
 * Units of measure a column name can carry (`weight_kg`, `price_eur`, `duration_min`) and the
 * words a question uses for them ("kilograms", "euros", "minutes"). One table serves the
 * semantic layer (which unit a column holds) and the question readers (which column a unit word
 * points at), so the two never disagree.
 */
export interface UnitDefinition {
  /** Canonical code, e.g. `kg`. */
  code: string;
  /** What it measures, e.g. `mass`. */
  quantity: 'mass' | 'length' | 'time' | 'money' | 'ratio' | 'volume' | 'energy' | 'speed' | 'area' | 'temperature';
  /** Words and abbreviations a person writes for it, singular and plural. */
  words: readonly string[];
  /** Last name parts that mark a column as holding it (`weight_kg`, `cost_usd`). */
  nameParts: readonly string[];
  /** How many of its quantity's base unit one of it is (seconds, kilograms, metres), where units of that quantity convert. */
  inBase?: number;
}

export const UNITS: readonly UnitDefinition[] = [
  { code: 'kg', quantity: 'mass', words: ['kg', 'kgs', 'kilo', 'kilos', 'kilogram', 'kilograms'], nameParts: ['kg', 'kgs', 'kilograms'], inBase: 1 },
  { code: 'g', quantity: 'mass', words: ['gram', 'grams'], nameParts: ['g', 'grams'], inBase: 0.001 },
  { code: 't', quantity: 'mass', words: ['tonne', 'tonnes', 'ton', 'tons'], nameParts: ['t', 'tonnes', 'tons', 'dwt', 'gt'], inBase: 1000 },
  { code: 'lb', quantity: 'mass', words: ['lb', 'lbs', 'pound', 'pounds'], nameParts: ['lb', 'lbs'], inBase: 0.45359237 },
  { code: 'm', quantity: 'length', words: ['metre', 'metres', 'meter', 'meters'], nameParts: ['m', 'meters', 'metres'], inBase: 1 },
  { code: 'km', quantity: 'length', words: ['km', 'kms', 'kilometre', 'kilometres', 'kilometer', 'kilometers'], nameParts: ['km', 'kms'], inBase: 1000 },
  { code: 'mi', quantity: 'length', words: ['mile', 'miles'], nameParts: ['mi', 'miles'], inBase: 1609.344 },
  { code: 'mm', quantity: 'length', words: ['mm', 'millimetre', 'millimetres', 'millimeter', 'millimeters'], nameParts: ['mm'], inBase: 0.001 },
  { code: 'cm', quantity: 'length', words: ['cm', 'centimetre', 'centimetres', 'centimeter', 'centimeters'], nameParts: ['cm'], inBase: 0.01 },
  { code: 'nm', quantity: 'length', words: ['nm', 'nautical'], nameParts: ['nm', 'nmi'] },
  { code: 's', quantity: 'time', words: ['second', 'seconds', 'secs'], nameParts: ['s', 'sec', 'secs', 'seconds'], inBase: 1 },
  { code: 'min', quantity: 'time', words: ['minute', 'minutes', 'mins'], nameParts: ['min', 'mins', 'minutes'], inBase: 60 },
  { code: 'h', quantity: 'time', words: ['hour', 'hours', 'h', 'hr', 'hrs'], nameParts: ['h', 'hr', 'hrs', 'hours'], inBase: 3600 },
  { code: 'd', quantity: 'time', words: ['day', 'days'], nameParts: ['days'], inBase: 86400 },
  { code: 'eur', quantity: 'money', words: ['eur', 'euro', 'euros', '€'], nameParts: ['eur', 'euro', 'euros', '€'] },
  { code: 'usd', quantity: 'money', words: ['usd', 'dollar', 'dollars', '$'], nameParts: ['usd', 'dollars', '$'] },
  { code: 'gbp', quantity: 'money', words: ['gbp', 'pound sterling', '£'], nameParts: ['gbp', '£'] },
  { code: 'pct', quantity: 'ratio', words: ['percent', 'percentage', '%'], nameParts: ['pct', 'percent', 'percentage', 'share', '%'] },
  { code: 'l', quantity: 'volume', words: ['litre', 'litres', 'liter', 'liters'], nameParts: ['l', 'litres', 'liters'], inBase: 0.001 },
  // "cubic metres" is two words: readers take "cubic" before a length word as this unit.
  { code: 'm3', quantity: 'volume', words: ['m3', 'm³', 'cubic'], nameParts: ['m3', 'm³'], inBase: 1 },
  { code: 'kwh', quantity: 'energy', words: ['kwh', 'kilowatt'], nameParts: ['kwh'] },
  { code: 'kn', quantity: 'speed', words: ['knot', 'knots', 'kn'], nameParts: ['kn', 'knots', 'kts'] },
  { code: 'kmh', quantity: 'speed', words: ['kmh', 'kph'], nameParts: ['kmh', 'kph'] },
  { code: 'm2', quantity: 'area', words: ['sqm', 'm2'], nameParts: ['m2', 'sqm'] },
  { code: 'c', quantity: 'temperature', words: ['celsius'], nameParts: ['c', 'celsius'] },
];

/**
 * Name parts that are a unit only at the end of a longer name: `weight_kg` holds kilograms, but a
 * column called just `m` or `t` is not a measurement in metres or tonnes.
 */
const AMBIGUOUS_ALONE = new Set(['m', 't', 'g', 's', 'h', 'c', 'l', 'd']);

/** The unit a snake_case column name carries in its last part, if any (`trip_km` → km). */
export function unitOfColumnName(name: string): UnitDefinition | undefined {
  const parts = name.toLowerCase().split(/[^a-z0-9%€$£]+/).filter(Boolean);
  const last = parts[parts.length - 1];
  if (last === undefined) return undefined;
  if (parts.length === 1 && AMBIGUOUS_ALONE.has(last)) return undefined;
  // "min" and "max" prefixes (`min_age`) are not minutes; only a trailing part counts.
  return UNITS.find((unit) => unit.nameParts.includes(last));
}

/** The unit a word of a question names (`kilograms` → kg), if any. */
export function unitOfWord(word: string): UnitDefinition | undefined {
  const lower = word.toLowerCase();
  return UNITS.find((unit) => unit.words.includes(lower));
}

/**
 * A value said in one unit, in another of the same quantity ("over 2 hours" of a field in
 * minutes: 120); undefined when the two do not convert (money, or different quantities).
 */
export function convertUnit(value: number, from: UnitDefinition, to: UnitDefinition): number | undefined {
  if (from.code === to.code) return value;
  if (from.quantity !== to.quantity || from.inBase === undefined || to.inBase === undefined) return undefined;
  return Number(((value * from.inBase) / to.inBase).toPrecision(12));
}

/** The unit of a code (`kg`), if it is one of `UNITS`. */
export const unitOfCode = (code: string): UnitDefinition | undefined => UNITS.find((unit) => unit.code === code);
