import { tableColumns, type RelationshipEntry, type SinkSqlRunner } from '@living-schema/core';
import { measureCandidate, measureContext } from './relationship-batch-measure.js';
import { KeyStatistics } from './relationship-key-stats.js';
import { keyFamilyOf, type KeyColumn, type PairMeasurement } from './relationship-measure.js';
import { WEAK_NAME_MIN_COVERAGE, nameAgreement, type NameAgreement } from './relationship-names.js';
import { VALUE_ONLY_EVIDENCE, valueOnlyPairs } from './relationship-values.js';

/**
 * Relationship discovery in four named stages: key columns from the catalog -> candidate pairs
 * whose names agree -> measured in DuckDB -> judged and stored. Value overlap alone would join
 * any two surrogate keys, so a pair without name agreement is looked at only on a full run and
 * only with strong value evidence (see relationship-values.ts).
 */

/** Which pairs a run looks at: the dataset of one batch (or several) against the others, or every pair. */
export interface RelationshipScope {
  mode: 'incremental' | 'full';
  /** The batch whose rows are measured on the `from` side (incremental only). */
  batchId?: string;
  /** Several batches of `dataset` discovered together, in place of `batchId` (incremental only). */
  batchIds?: ReadonlyArray<string>;
  /** The batches' dataset: pairs with it at either end are looked at (incremental only). */
  dataset?: string;
}

/** Thresholds a measured pair must meet to be suggested. */
export const RELATIONSHIP_THRESHOLDS = {
  /** Share of `from`'s distinct values found in `to`: a few orphans are normal in exports. */
  minCoverage: 0.9,
  /** Distinct values of `to` per non-null row: a lookup key, allowing a stray duplicate row. */
  minToUniqueness: 0.98,
} as const;

export interface RelationshipRunResult {
  /** Relationships this run suggested for the first time. */
  suggested: RelationshipEntry[];
  /** Existing relationships whose coverage, cardinality or evidence was measured again. */
  remeasured: number;
}

interface Candidate {
  from: KeyColumn;
  to: KeyColumn;
  agreement: NameAgreement;
  /** Found on its values alone (no name agreement): held to a higher coverage. */
  valueOnly?: boolean;
}

interface Judged extends Candidate {
  measurement: PairMeasurement;
  coverage: number;
  toUnique: boolean;
  cardinality: RelationshipEntry['cardinality'];
  evidence: string[];
  passes: boolean;
}

interface StoredRow {
  id: number;
  from_dataset: string;
  from_field: string;
  to_dataset: string;
  to_field: string;
  cardinality: string;
  coverage: number;
  status: string;
}

const pairKey = (fromDataset: string, fromField: string, toDataset: string, toField: string) =>
  `${fromDataset}\u0000${fromField}\u0000${toDataset}\u0000${toField}`;

/**
 * Finds, measures and stores relationships in the caller's transaction. A pair a reviewer
 * rejected (in either direction) is never touched again; a confirmed one keeps its status while
 * its figures are kept current.
 */
export async function discoverRelationships(runner: SinkSqlRunner, scope: RelationshipScope, stats: KeyStatistics = new KeyStatistics()): Promise<RelationshipRunResult> {
  const columns = await keyColumns(runner);
  const stored = await storedRelationships(runner);
  const candidates: Candidate[] = candidatePairs(columns, scope);
  if (scope.mode === 'full') {
    const paired = new Set(candidates.map((c) => `${c.from.dataset}.${c.from.field}>${c.to.dataset}.${c.to.field}`));
    candidates.push(...(await valueOnlyPairs(runner, columns, paired)).map((p) => ({ ...p, valueOnly: true })));
  }
  const ids = scope.batchIds ?? (scope.batchId ? [scope.batchId] : []);
  const batch = scope.mode === 'incremental' && ids.length > 0 && scope.dataset ? { ids, dataset: scope.dataset } : undefined;
  // Read together: the batch's columns other tables' values are looked up in, when figures kept
  // from an earlier batch can bound them (only those are ever asked for).
  const batchColumns = batch ? [...new Map(candidates.filter((c) => c.to.dataset === batch.dataset && stats.previous(c.to)).map((c) => [c.to.field, c.to])).values()] : [];
  const ctx = measureContext({ runner, stats, minToUniqueness: RELATIONSHIP_THRESHOLDS.minToUniqueness, minCoverage: RELATIONSHIP_THRESHOLDS.minCoverage, batch, batchColumns });
  const judged: Judged[] = [];
  for (const candidate of candidates) {
    const { from, to } = candidate;
    const mine = stored.get(pairKey(from.dataset, from.field, to.dataset, to.field));
    const theirs = stored.get(pairKey(to.dataset, to.field, from.dataset, from.field));
    // A rejected pair (either way) is never touched again: not measured either.
    if (mine?.status === 'rejected' || theirs?.status === 'rejected') continue;
    const measurement = await measureCandidate(ctx, from, to, mine ? 'this' : theirs ? 'reverse' : null);
    if (measurement) judged.push(judge(candidate, measurement));
  }
  return store(runner, oneDirectionEach(judged), stored, scope);
}

/** Stage 1: integer and text fields of datasets whose table exists and still has them, with their table names. */
async function keyColumns(runner: SinkSqlRunner): Promise<KeyColumn[]> {
  const rows = await runner.all<{ dataset: string; table_name: string; name: string; data_type: string }>(
    `SELECT f.dataset, d.table_name, f.name, f.data_type FROM field_definitions f JOIN datasets d ON d.name = f.dataset
     WHERE f.status IN ('active', 'pending_review')
     ORDER BY f.dataset, f.id`,
  );
  const keys = rows.flatMap((row) => {
    const family = keyFamilyOf(row.data_type);
    return family ? [{ dataset: row.dataset, table: row.table_name, field: row.name, dataType: row.data_type, family }] : [];
  });
  const tables = await tableColumns(runner, keys.map((key) => key.table));
  return keys.filter((key) => tables.get(key.table)?.some((c) => c.column_name === key.field) ?? false);
}

/** Stage 2: pairs of different datasets, same type family, names agreeing; in scope. */
export function candidatePairs(columns: KeyColumn[], scope: RelationshipScope): Candidate[] {
  const inScope = (from: KeyColumn, to: KeyColumn) => scope.mode === 'full' || from.dataset === scope.dataset || to.dataset === scope.dataset;
  const pairs: Candidate[] = [];
  for (const from of columns) {
    for (const to of columns) {
      if (from.dataset === to.dataset || from.family !== to.family || !inScope(from, to)) continue;
      const agreement = nameAgreement(from.field, to.dataset, to.field);
      if (agreement) pairs.push({ from, to, agreement });
    }
  }
  return pairs;
}

/** Stage 3: the measurement as figures and evidence, and whether it is worth suggesting. */
function judge(candidate: Candidate, m: PairMeasurement): Judged {
  const coverage = m.fromDistinct === 0 ? 0 : m.found / m.fromDistinct;
  const uniqueness = m.toRows === 0 ? 0 : m.toDistinct / m.toRows;
  const toUnique = m.toRows > 0 && m.toDistinct === m.toRows;
  const evidence = [
    `inclusion ${coverage.toFixed(2)}`,
    `values: ${m.found} of ${m.fromDistinct} found in ${candidate.to.dataset}.${candidate.to.field}`,
    candidate.agreement.evidence,
    ...(candidate.agreement.role ? [`role: ${candidate.agreement.role}`] : []),
    candidate.from.dataType === candidate.to.dataType ? 'type agrees' : `type agrees: ${candidate.from.dataType} ~ ${candidate.to.dataType}`,
    toUnique ? `key: ${candidate.to.dataset}.${candidate.to.field} is unique` : `key: ${(uniqueness * 100).toFixed(1)}% of ${candidate.to.dataset}.${candidate.to.field} distinct`,
  ];
  const minCoverage = candidate.valueOnly ? VALUE_ONLY_EVIDENCE.minCoverage : candidate.agreement.keyWordsDiffer || candidate.agreement.abbreviated ? WEAK_NAME_MIN_COVERAGE : RELATIONSHIP_THRESHOLDS.minCoverage;
  const passes = m.fromDistinct > 0 && coverage >= minCoverage && uniqueness >= RELATIONSHIP_THRESHOLDS.minToUniqueness;
  const cardinality = m.fromDistinct === m.fromRows ? 'one-to-one' : 'many-to-one';
  return { ...candidate, measurement: m, coverage, toUnique, cardinality, evidence, passes };
}

/**
 * Two unique columns that name each other (a one-to-one pair) would be suggested both ways:
 * keep the direction from the larger table, which is the one a question joins from.
 */
function oneDirectionEach(judged: Judged[]): Judged[] {
  const passing = new Map(judged.filter((j) => j.passes).map((j) => [pairKey(j.from.dataset, j.from.field, j.to.dataset, j.to.field), j]));
  return judged.filter((j) => {
    const reverse = passing.get(pairKey(j.to.dataset, j.to.field, j.from.dataset, j.from.field));
    if (!j.passes || !reverse) return true;
    const mine = j.measurement.fromRows;
    const theirs = reverse.measurement.fromRows;
    return mine > theirs || (mine === theirs && `${j.from.dataset}` < `${reverse.from.dataset}`);
  });
}

async function storedRelationships(runner: SinkSqlRunner): Promise<Map<string, StoredRow>> {
  const rows = await runner.all<StoredRow>(`SELECT id, from_dataset, from_field, to_dataset, to_field, cardinality, coverage, status FROM relationships`);
  return new Map(rows.map((r) => [pairKey(r.from_dataset, r.from_field, r.to_dataset, r.to_field), r]));
}

/** Stage 4: new suggestions inserted, existing ones re-measured, rejected ones left alone. */
async function store(runner: SinkSqlRunner, judged: Judged[], stored: Map<string, StoredRow>, scope: RelationshipScope): Promise<RelationshipRunResult> {
  const result: RelationshipRunResult = { suggested: [], remeasured: 0 };
  for (const j of judged) {
    const key = pairKey(j.from.dataset, j.from.field, j.to.dataset, j.to.field);
    const reverse = stored.get(pairKey(j.to.dataset, j.to.field, j.from.dataset, j.from.field));
    const existing = stored.get(key);
    if (existing?.status === 'rejected' || reverse?.status === 'rejected') continue;
    if (existing) {
      await remeasure(runner, existing, j, scope);
      result.remeasured += 1;
    } else if (j.passes && !reverse) {
      result.suggested.push(await insert(runner, j));
    }
  }
  return result;
}

async function remeasure(runner: SinkSqlRunner, existing: StoredRow, j: Judged, scope: RelationshipScope): Promise<void> {
  // A batch measures only its own rows of `from`: the table's coverage is then at least the
  // lower of the two, and a many-to-one key stays many-to-one. A full run measures it exactly.
  const batchOnly = scope.mode === 'incremental' && j.from.dataset === scope.dataset;
  if (batchOnly && j.measurement.fromDistinct === 0) return;
  const coverage = batchOnly ? Math.min(Number(existing.coverage), j.coverage) : j.coverage;
  const cardinality = batchOnly && existing.cardinality === 'many-to-one' ? 'many-to-one' : j.cardinality;
  const evidence = [`inclusion ${coverage.toFixed(2)}`, ...j.evidence.slice(1)];
  await runner.run(
    `UPDATE relationships SET coverage = $2, cardinality = $3, to_unique = $4, evidence = $5::JSON::VARCHAR[], updated_at = now() WHERE id = $1`,
    [existing.id, coverage, cardinality, j.toUnique, JSON.stringify(evidence)],
  );
}

async function insert(runner: SinkSqlRunner, j: Judged): Promise<RelationshipEntry> {
  const [row] = await runner.all<{ id: number; first_seen: string }>(
    `INSERT INTO relationships (id, from_dataset, from_field, to_dataset, to_field, cardinality, coverage, to_unique, status, evidence, first_seen, updated_at)
     VALUES (nextval('relationship_id_seq'), $1, $2, $3, $4, $5, $6, $7, 'suggested', $8::JSON::VARCHAR[], now(), now())
     RETURNING id, first_seen`,
    [j.from.dataset, j.from.field, j.to.dataset, j.to.field, j.cardinality, j.coverage, j.toUnique, JSON.stringify(j.evidence)],
  );
  return {
    id: Number(row!.id),
    from: { dataset: j.from.dataset, field: j.from.field },
    to: { dataset: j.to.dataset, field: j.to.field },
    cardinality: j.cardinality,
    coverage: j.coverage,
    toUnique: j.toUnique,
    status: 'suggested',
    evidence: j.evidence,
    firstSeen: row?.first_seen ?? null,
  };
}
