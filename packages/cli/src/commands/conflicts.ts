import type { Command } from 'commander';
import { ErrorCodes, LivingSchemaError } from '@living-schema/core';
import { getDiscovery, listConflicts, toConflictRecord, type ConflictRecord, type ConflictResolution } from '@living-schema/discovery';
import { withEngine } from '../engine-factory.js';
import { printJson, printTable, type GlobalOptions } from '../output.js';
import { ServerClient } from '../server-client.js';

interface ResolveFlags {
  merge?: boolean;
  keepSeparate?: boolean;
  rename?: string;
  by?: string;
}

/** `listConflicts` through the server holding the store: its rows, read the same way, oldest first. */
async function conflictsOnServer(server: ServerClient, status: 'all' | 'pending'): Promise<ConflictRecord[]> {
  const { conflicts } = await server.get<{ conflicts: Array<Record<string, unknown>> }>(`/api/conflicts?status=${status}`);
  return conflicts.map(toConflictRecord).sort((a, b) => a.id - b.id);
}

function printConflicts(options: GlobalOptions, list: ConflictRecord[], all: boolean): void {
  if (options.json) return printJson(list);
  if (list.length === 0) {
    process.stdout.write(all ? 'No conflicts.\n' : 'No conflicts waiting for review.\n');
    return;
  }
  printTable(
    ['id', 'kind', 'new_name', 'existing_name', 'similarity', 'status', 'resolution', 'reason'],
    list.map((c) => [c.id, c.subject === 'field' ? `field of ${c.dataset}` : 'entity type', c.candidateName, c.existingName, c.similarity.toFixed(2), c.status, c.resolution, c.reason]),
  );
  if (!all) process.stdout.write('Resolve with: npx living-schema conflicts resolve <id> --merge | --keep-separate | --rename <name>\n');
}

export function registerConflicts(program: Command, globals: () => GlobalOptions): void {
  const conflicts = program
    .command('conflicts')
    .description('list near-duplicate names waiting for review; `conflicts resolve <id>` decides one')
    .option('--all', 'also list resolved conflicts')
    .action(async (flags: { all?: boolean }) => {
      const options = globals();
      const status = flags.all ? 'all' : 'pending';
      const server = await ServerClient.find(options);
      const load = server
        ? conflictsOnServer(server, status)
        : withEngine(options, { readOnly: true }, (ls) => listConflicts(ls.sink.reader, { status }));
      printConflicts(options, await load, Boolean(flags.all));
    });

  conflicts
    .command('resolve')
    .description('resolve a conflict: merge the new name into the existing one, keep both, or rename the new one')
    .argument('<id>', 'conflict id (from `living-schema conflicts`)')
    .option('--merge', 'the new name is an alias of the existing one: queries count both as one')
    .option('--keep-separate', 'they are different things: approve the new name, never flag this pair again')
    .option('--rename <name>', 'approve the new entity type under another name')
    .option('--by <who>', 'who decided (kept with the resolution)')
    .action(async (idText: string, flags: ResolveFlags) => {
      const options = globals();
      const chosen = [flags.merge, flags.keepSeparate, flags.rename !== undefined].filter(Boolean).length;
      const id = Number(idText);
      if (chosen !== 1 || !Number.isInteger(id)) {
        throw new LivingSchemaError({
          code: ErrorCodes.CONFLICT_RESOLUTION_INVALID,
          message: !Number.isInteger(id) ? `"${idText}" is not a conflict id (a number from \`living-schema conflicts\`).` : 'Choose exactly one of --merge, --keep-separate or --rename <name>.',
          details: { id: idText },
        });
      }
      const resolution: ConflictResolution = flags.merge ? { action: 'merge' } : flags.keepSeparate ? { action: 'keep_separate' } : { action: 'rename', newName: flags.rename! };
      await withEngine(options, {}, async (ls) => {
        const result = await getDiscovery(ls).resolveConflict(id, resolution, { by: flags.by ?? process.env.USER });
        if (options.json) printJson(result);
        else {
          const c = result.conflict;
          const what = c.resolution === 'merge' ? `${c.candidateName} is now an alias of ${c.resolvedName}` : c.resolution === 'rename' ? `${c.candidateName} is now called ${c.resolvedName}` : `${c.candidateName} and ${c.existingName} stay separate`;
          process.stdout.write(`Conflict ${c.id} resolved: ${what}. Schema version ${result.version ?? (await ls.schema.current()).version}.\n`);
        }
      });
    });
}
