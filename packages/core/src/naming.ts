/**
 * Turns a header or label into a snake_case identifier: `Vessel Name` -> `vessel_name`,
 * `imoNumber` -> `imo_number`, `Flag (State)` -> `flag_state`. Names that would start with a
 * digit are prefixed with `c_`; an empty result becomes `column`.
 */
export function toSnakeCase(name: string): string {
  const snake = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  if (snake === '') return 'column';
  return /^[0-9]/.test(snake) ? `c_${snake}` : snake;
}

/**
 * Snake_case names for a list of headers, unique within the list: a repeated or empty header
 * gets a numeric suffix (`name`, `name_2`).
 */
export function uniqueSnakeCaseNames(headers: ReadonlyArray<string>, reserved: ReadonlyArray<string> = []): string[] {
  const used = new Set(reserved);
  return headers.map((header) => {
    const base = toSnakeCase(header);
    let name = base;
    for (let n = 2; used.has(name); n += 1) name = `${base}_${n}`;
    used.add(name);
    return name;
  });
}

/** Quotes an identifier for SQL. */
export function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** Quotes a string literal for SQL. */
export function quoteLiteral(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** Lineage columns every record dataset table carries; a source must not produce columns with these names. */
export const LINEAGE_COLUMNS = ['_batch_id', '_source', '_row', '_ingested_at', '_schema_version'] as const;

// The trailing part of an export's name that says when it was taken or which revision it is:
// a date (2025, 2025-06, 2025-06-30, 20250630, with a time), a quarter, a month and year, or a
// version (v2, v1.3, rev4, final, latest, copy). Matched on the snake_case name. A bare small
// number (`sensor_3`) is not a suffix: numbered siblings are different things.
const YEAR = '(?:19|20)\\d{2}';
const MONTH_NAME = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*';
const EXPORT_SUFFIX = new RegExp(
  `_(?:${[
    `${YEAR}(?:_(?:0?[1-9]|1[0-2])(?:_(?:0?[1-9]|[12]\\d|3[01])(?:_?t?\\d{2}(?:_\\d{2}){0,2})?)?)?`,
    `${YEAR}(?:0[1-9]|1[0-2])(?:(?:0[1-9]|[12]\\d|3[01])(?:_?t?\\d{4,6})?)?`,
    `${YEAR}_?q[1-4]`,
    `q[1-4]_?${YEAR}`,
    `${MONTH_NAME}_?${YEAR}`,
    `${YEAR}_?${MONTH_NAME}`,
    'v\\d+(?:_\\d+)*',
    'version_?\\d+(?:_\\d+)*',
    'rev_?\\d+',
    'final',
    'latest',
    'copy',
  ].join('|')})$`,
);

/**
 * What an export's file name (without its extension) says it holds, in snake_case: the name
 * without trailing date or version parts, so successive exports of one source
 * (`vessel_registry_2025-01`, `vessel_registry_2025-06`) name one dataset. A name that is only a
 * date is kept whole. A browser's download counter (`file (1)`) is dropped too.
 *
 * @example
 * exportBaseName('vessel_registry_2025-01'); // 'vessel_registry'
 * exportBaseName('Sales Q3 2024 v2');        // 'sales'
 * exportBaseName('sensor_3');                 // 'sensor_3'
 */
export function exportBaseName(fileStem: string): string {
  let name = toSnakeCase(fileStem.replace(/\s*\(\d+\)$/, ''));
  for (let next = name.replace(EXPORT_SUFFIX, ''); next !== name && next !== '' && next !== 'c'; next = name.replace(EXPORT_SUFFIX, '')) name = next;
  return name;
}
