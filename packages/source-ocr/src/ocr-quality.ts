/**
 * Character error rate: the edit distance between what OCR read and the true text, divided by
 * the true text's length. Whitespace runs are collapsed first, so line wrapping is not an error.
 */
export function characterErrorRate(recognised: string, truth: string): number {
  const a = Array.from(recognised.replace(/\s+/g, ' ').trim());
  const b = Array.from(truth.replace(/\s+/g, ' ').trim());
  if (b.length === 0) return a.length === 0 ? 0 : 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]! / b.length;
}
