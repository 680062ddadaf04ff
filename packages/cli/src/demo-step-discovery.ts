import { listConflicts } from '@living-schema/discovery';
import type { DemoSection, DemoStep } from './demo-steps.js';

/**
 * Discovery on the sample data: a second annotation round brings two new labels and a
 * near-duplicate of an existing one; the demo shows the catalog, the pending conflict, the
 * schema versions, the diff and the catalog as it stood before.
 */
export const discoveryStep: DemoStep = {
  name: 'discovery',
  // The sample source comes with the foundation step (and the CLI registry); declaring it twice would clash.
  async run({ engine }) {
    const ingest = await engine.ingest(['sample:reports-round-2'], { source: 'sample' });
    const sections: DemoSection[] = [
      {
        title: 'Second annotation round (new labels CALL_SIGN and DEFICIENCY, and VesselName from another tool)',
        lines: ingest.batches.map((b) => `${b.status === 'skipped' ? 'already loaded' : b.status}: ${b.kind} -> ${b.dataset} (${b.rowsIn} in, ${b.rowsLoaded} loaded)`),
      },
    ];
    const entitySql = `SELECT e.id, e.name, e.status, a.name AS alias_of, e.occurrence_count, e.description FROM entity_types e LEFT JOIN entity_types a ON a.id = e.alias_of ORDER BY e.id`;
    const entities = await engine.query(entitySql);
    sections.push({ title: 'Entity types in the catalog (discovered on arrival)', sql: entitySql, table: { columns: entities.columns.map((c) => c.name), rows: entities.rows } });

    const conflicts = await listConflicts(engine.sink.reader, { status: 'all' });
    sections.push({
      title: 'Conflicts (a near-duplicate is held for review instead of being approved)',
      table: { columns: ['id', 'new_name', 'existing_name', 'similarity', 'status', 'resolution', 'reason'], rows: conflicts.map((c) => [c.id, c.candidateName, c.existingName, c.similarity, c.status, c.resolution, c.reason]) },
      lines: conflicts.filter((c) => c.status === 'pending').map((c) => `resolve: npx living-schema conflicts resolve ${c.id} --merge | --keep-separate | --rename <name>`),
    });

    const versions = await engine.schema.versions();
    sections.push({
      title: 'Schema versions',
      table: { columns: ['version', 'created_at', 'cause', 'reference', 'changes'], rows: versions.map((v) => [v.version, v.createdAt, v.cause.kind, v.cause.reference, v.changes]) },
    });

    const annotations = ingest.batches.find((b) => b.kind === 'annotations');
    const round2 = versions.find((v) => v.cause.kind === 'batch' && v.cause.reference === annotations?.batchId);
    if (round2) {
      const diff = await engine.schema.diff(round2.version - 1, round2.version);
      sections.push({
        title: `Diff of version ${round2.version - 1}..${round2.version} (npx living-schema schema --diff ${round2.version - 1}..${round2.version})`,
        table: { columns: ['change', 'subject', 'name', 'to', 'impact'], rows: diff.map((d) => [d.change, d.subject, d.name, d.to ?? '', d.impact]) },
      });
      const before = await engine.schema.at(round2.version - 1);
      if (before) {
        sections.push({
          title: `The catalog as it stood before the round (npx living-schema schema --at ${before.createdAt})`,
          lines: [`version ${before.version}: ${before.catalog.entityTypes.map((e) => e.name).join(', ') || '(no entity types)'}`],
        });
      }
    }
    const resolvedSql = `SELECT canonical_label, count(*) AS spans FROM annotations_resolved GROUP BY 1 ORDER BY 1`;
    const resolved = await engine.query(resolvedSql);
    sections.push({ title: 'Annotations per canonical entity type (merged names count as one)', sql: resolvedSql, table: { columns: resolved.columns.map((c) => c.name), rows: resolved.rows } });
    return sections;
  },
};
