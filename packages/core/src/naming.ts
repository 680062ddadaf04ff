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
