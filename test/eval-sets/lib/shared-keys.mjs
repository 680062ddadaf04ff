// The shared keys each domain's author listed in ../README.md's table ("shared keys as the
// exports spell them"), read from that table so the expectation has one home: the author's.
import { readFileSync } from 'node:fs';
import { toSnakeCase } from '@living-schema/core';

const README = new URL('../README.md', import.meta.url);

/** `"Doctor ID"` -> doctor_id, `courseCode` -> course_code: the field name ingest gives a header. */
const fieldName = (raw) => toSnakeCase(raw.replace(/^"|"$/g, ''));

/** One side of `=`: `` `t.f` `` or `` `t.f` / `g` `` (g another field of t). */
function refsOf(side) {
  const refs = [];
  let table = null;
  for (const [, ref] of side.matchAll(/`([^`]+)`/g)) {
    const dot = ref.match(/^([a-z0-9_]+)\.(.+)$/);
    if (dot) [table] = [dot[1]];
    if (table) refs.push({ table, field: fieldName(dot ? dot[2] : ref) });
  }
  return refs;
}

/** Every pair of fields the author said hold one key, each as `a.x=b.y` with the two sides sorted. */
function pairsOf(cell) {
  const pairs = new Set();
  for (const chain of cell.split(';')) {
    const sides = chain.split(' = ').map(refsOf);
    for (let i = 0; i + 1 < sides.length; i += 1) {
      for (const a of sides[i]) for (const b of sides[i + 1]) pairs.add(pairKey(a, b));
    }
  }
  return pairs;
}

/** An unordered pair of fields, written one way. */
export function pairKey(a, b) {
  return [`${a.table}.${a.field}`, `${b.table}.${b.field}`].sort().join('=');
}

/** @returns {Map<string, Set<string>>} domain name -> its shared-key pairs */
export function sharedKeys() {
  const keys = new Map();
  for (const line of readFileSync(README, 'utf8').split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    const name = /^`([a-z0-9-]+)`/.exec(cells[1] ?? '')?.[1];
    if (name && cells.length >= 6 && cells[4].includes(' = ')) keys.set(name, pairsOf(cells[4]));
  }
  return keys;
}
