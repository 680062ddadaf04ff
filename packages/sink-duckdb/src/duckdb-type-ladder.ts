/**
 * Safe widening of column types. A value that does not fit a column's type widens the column to
 * the narrowest type both fit; VARCHAR holds anything, so no value is ever dropped.
 */
const NUMERIC_RANK: Record<string, number> = {
  BOOLEAN: 0,
  TINYINT: 1,
  SMALLINT: 2,
  INTEGER: 3,
  BIGINT: 4,
  HUGEINT: 5,
  FLOAT: 6,
  DOUBLE: 7,
};
const TEMPORAL_RANK: Record<string, number> = { DATE: 0, TIMESTAMP: 1, 'TIMESTAMP WITH TIME ZONE': 2 };

function normalize(type: string): string {
  const upper = type.toUpperCase().trim();
  if (upper === 'TIMESTAMPTZ') return 'TIMESTAMP WITH TIME ZONE';
  if (upper.startsWith('DECIMAL')) return 'DOUBLE';
  if (upper === 'UBIGINT' || upper === 'UINTEGER' || upper === 'USMALLINT' || upper === 'UTINYINT') return 'HUGEINT';
  if (upper === 'TIMESTAMP_NS' || upper === 'TIMESTAMP_MS' || upper === 'TIMESTAMP_S') return 'TIMESTAMP';
  return upper;
}

/** The narrowest type that holds values of both types; `VARCHAR` when nothing narrower does. */
export function commonSupertype(a: string, b: string): string {
  const x = normalize(a);
  const y = normalize(b);
  if (x === y) return x;
  if (x === '"NULL"' || x === 'NULL') return y;
  if (y === '"NULL"' || y === 'NULL') return x;
  if (x in NUMERIC_RANK && y in NUMERIC_RANK) {
    // Integers wider than 53 bits would lose precision in DOUBLE: keep them exact as VARCHAR... unless both fit.
    const wider = NUMERIC_RANK[x]! >= NUMERIC_RANK[y]! ? x : y;
    const other = wider === x ? y : x;
    if ((wider === 'FLOAT' || wider === 'DOUBLE') && (other === 'HUGEINT')) return 'VARCHAR';
    if (wider === 'FLOAT') return 'DOUBLE';
    return wider;
  }
  if (x in TEMPORAL_RANK && y in TEMPORAL_RANK) return TEMPORAL_RANK[x]! >= TEMPORAL_RANK[y]! ? x : y;
  return 'VARCHAR';
}

/** Whether the column needs altering for incoming values of type `incoming`. */
export function needsWidening(existing: string, incoming: string): boolean {
  return normalize(commonSupertype(existing, incoming)) !== normalize(existing);
}
