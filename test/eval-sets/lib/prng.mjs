// A seeded pseudo-random generator (mulberry32) with the few draws the domain generators need.
// Seeded so every run of the evaluation sees byte-identical CSVs: a score can only move when the
// reader changes, never because the data did.

/** @param {number} seed */
export function createRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min, max) => min + Math.floor(next() * (max - min + 1));
  const pick = (items) => items[Math.floor(next() * items.length)];
  const chance = (probability) => next() < probability;
  /** Picks from [[item, weight], ...]. */
  const weighted = (pairs) => {
    const total = pairs.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = next() * total;
    for (const [item, weight] of pairs) {
      roll -= weight;
      if (roll < 0) return item;
    }
    return pairs[pairs.length - 1][0];
  };
  /** Index in [0, count) skewed towards the start (a few heavy users, a long tail). */
  const skewedIndex = (count, power = 2.2) => Math.min(count - 1, Math.floor(count * next() ** power));
  /** Roughly normal (sum of uniforms), clamped to [min, max]. */
  const around = (mean, spread, min, max) => {
    const value = mean + spread * (next() + next() + next() + next() - 2);
    return Math.min(max, Math.max(min, value));
  };
  return { next, int, pick, chance, weighted, skewedIndex, around };
}
