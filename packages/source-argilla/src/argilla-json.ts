/**
 * `JSON.stringify`, except that a value nested deeper than `maxDepth` (a hostile export can nest
 * 100,000 arrays, which overflows the stack) is cut there with a marker. Identical output for
 * anything shallower, so hashes of ordinary records do not change.
 */
export function boundedJson(value: unknown, maxDepth = 64): string {
  try {
    return JSON.stringify(value);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
  }
  const cut = (v: unknown, depth: number): unknown => {
    if (v === null || typeof v !== 'object') return v;
    if (depth >= maxDepth) return `[nested deeper than ${maxDepth} levels]`;
    if (Array.isArray(v)) return v.map((x) => cut(x, depth + 1));
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, cut(x, depth + 1)]));
  };
  return JSON.stringify(cut(value, 0));
}
