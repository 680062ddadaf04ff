/** Bytes a scalar that is not text counts for (a number's or a flag's share of a result). */
const SCALAR_BYTES = 8;

/**
 * Bytes a JSON-safe result value counts against `maxResultBytes`: a string its UTF-8 length,
 * numbers, booleans and nulls 8, a list the sum of its items, a struct or map the sum of its
 * keys and values. Close to the value's size as JSON, which is what a result costs the server
 * (its rows, then their JSON text), and cheap: no value is encoded to be measured.
 */
export function valueBytes(value: unknown): number {
  if (typeof value === 'string') return Buffer.byteLength(value, 'utf8');
  if (Array.isArray(value)) {
    let total = 0;
    for (const item of value) total += valueBytes(item);
    return total;
  }
  if (value !== null && typeof value === 'object') {
    let total = 0;
    for (const [key, inner] of Object.entries(value)) total += Buffer.byteLength(key, 'utf8') + valueBytes(inner);
    return total;
  }
  return SCALAR_BYTES;
}
