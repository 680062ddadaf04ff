import type { Command } from 'commander';
import { ErrorCodes, LivingSchemaError, relationshipName, type RelationshipEntry } from '@living-schema/core';
import { getDiscovery, type RelationshipDecision } from '@living-schema/discovery';
import { withEngine } from '../engine-factory.js';
import { printJson, printTable, type GlobalOptions } from '../output.js';

interface ReviewFlags {
  confirm?: boolean;
  reject?: boolean;
  by?: string;
}

const STATUSES = ['suggested', 'confirmed', 'rejected'] as const;

/** The relationships table as `schema` and `relationships` print it. */
export function printRelationships(list: RelationshipEntry[]): void {
  printTable(
    ['id', 'relationship', 'cardinality', 'coverage', 'status', 'evidence'],
    list.map((r) => [r.id, relationshipName(r), r.cardinality, r.coverage.toFixed(2), r.status, r.evidence.slice(1).join('; ')]),
  );
}

function decisionOf(idText: string, flags: ReviewFlags): { id: number; decision: RelationshipDecision } {
  const id = Number(idText);
  const chosen = [flags.confirm, flags.reject].filter(Boolean).length;
  if (chosen !== 1 || !Number.isInteger(id)) {
    throw new LivingSchemaError({
      code: ErrorCodes.RELATIONSHIP_REVIEW_INVALID,
      message: !Number.isInteger(id) ? `"${idText}" is not a relationship id (a number from \`living-schema relationships\`).` : 'Choose exactly one of --confirm or --reject.',
      details: { id: idText },
    });
  }
  return { id, decision: flags.confirm ? 'confirm' : 'reject' };
}

export function registerRelationships(program: Command, globals: () => GlobalOptions): void {
  const relationships = program
    .command('relationships')
    .description('list join keys discovery found between datasets; `relationships review <id>` confirms or rejects one')
    .option('--status <status>', `only one review state: ${STATUSES.join(', ')}`)
    .action(async (flags: { status?: string }) => {
      const options = globals();
      if (flags.status !== undefined && !(STATUSES as readonly string[]).includes(flags.status)) {
        throw new LivingSchemaError({ code: ErrorCodes.RELATIONSHIP_REVIEW_INVALID, message: `--status takes ${STATUSES.join(', ')} (got "${flags.status}").`, details: { status: flags.status } });
      }
      await withEngine(options, { readOnly: true }, async (ls) => {
        const all = (await ls.sink.catalog.read()).relationships;
        const list = flags.status ? all.filter((r) => r.status === flags.status) : all;
        if (options.json) {
          printJson(list);
          return;
        }
        if (list.length === 0) {
          process.stdout.write(flags.status ? `No ${flags.status} relationships.\n` : 'No relationships found yet (they appear when two datasets share a key).\n');
          return;
        }
        printRelationships(list);
        if (list.some((r) => r.status === 'suggested')) process.stdout.write('Review with: npx living-schema relationships review <id> --confirm | --reject\n');
      });
    });

  relationships
    .command('review')
    .description('confirm a suggested relationship, or reject it (it is then never suggested again)')
    .argument('<id>', 'relationship id (from `living-schema relationships`)')
    .option('--confirm', 'the join is right: readers and LLMs use it as confirmed')
    .option('--reject', 'the join is wrong: it leaves the context and is never suggested again')
    .option('--by <who>', 'who decided (kept with the review)')
    .action(async (idText: string, flags: ReviewFlags) => {
      const options = globals();
      const { id, decision } = decisionOf(idText, flags);
      await withEngine(options, {}, async (ls) => {
        const result = await getDiscovery(ls).reviewRelationship(id, decision, { by: flags.by ?? process.env.USER });
        if (options.json) printJson(result);
        else {
          const version = result.version ?? (await ls.schema.current()).version;
          process.stdout.write(`Relationship ${id} (${relationshipName(result.relationship)}) is ${result.relationship.status}. Schema version ${version}.\n`);
        }
      });
    });
}
