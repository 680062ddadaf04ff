import type { Command } from 'commander';
import { relationshipName } from '@living-schema/core';
import { getDiscovery } from '@living-schema/discovery';
import { withEngine } from '../engine-factory.js';
import { printJson, printTable, type GlobalOptions } from '../output.js';

export function registerDiscover(program: Command, globals: () => GlobalOptions): void {
  program
    .command('discover')
    .description('recount every entity type and field from the data, catalogue new ones, flag near-duplicates (full reconciliation)')
    .action(async () => {
      const options = globals();
      await withEngine(options, {}, async (ls) => {
        const result = await getDiscovery(ls).reconcile();
        const version = (await ls.schema.current()).version;
        if (options.json) {
          printJson({ ...result, schemaVersion: version });
          return;
        }
        process.stdout.write(`Discovery: ${result.added.length} new, ${result.updated} updated, ${result.conflicts.length} conflict(s) in ${Math.round(result.durationMs)} ms\n`);
        if (result.added.length) {
          printTable(['id', 'kind', 'name', 'original_name', 'status', 'occurrences'], result.added.map((a) => [a.id, a.subject === 'entity_type' ? 'entity type' : `field of ${a.dataset}`, a.name, a.originalName, a.status, a.occurrenceCount]));
        }
        for (const c of result.conflicts) process.stdout.write(`conflict ${c.id}: ${c.candidateName} ~ ${c.existingName} (${c.similarity.toFixed(2)}): ${c.reason}\n`);
        for (const r of result.relationships) process.stdout.write(`relationship ${r.id} suggested: ${relationshipName(r)} (coverage ${r.coverage.toFixed(2)}); review with \`living-schema relationships review ${r.id} --confirm | --reject\`\n`);
        process.stdout.write(`Schema version ${version}${result.version ? ' (new)' : ' (unchanged)'}.\n`);
      });
    });
}
