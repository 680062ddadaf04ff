/**
 * Visits every object in a parsed JSON tree, depth first (a statement DuckDB serialised with
 * `json_serialize_sql`, for one): the SQL guards of the store and of the query layer both walk it.
 */
export function walkObjects(value: unknown, visit: (node: Record<string, unknown>) => void): void {
  if (Array.isArray(value)) {
    for (const item of value) walkObjects(item, visit);
    return;
  }
  if (value && typeof value === 'object') {
    visit(value as Record<string, unknown>);
    for (const child of Object.values(value)) walkObjects(child, visit);
  }
}
