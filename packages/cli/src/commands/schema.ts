import type { Command } from 'commander';
import { ErrorCodes, LivingSchemaError, type SchemaDiffEntry, type SchemaSnapshot } from '@living-schema/core';
import { getDiscovery, listDescriptionSuggestions, parseDescriptionTarget } from '@living-schema/discovery';
import { withEngine } from '../engine-factory.js';
import { printJson, printTable, type GlobalOptions } from '../output.js';
import { ServerClient } from '../server-client.js';
import { schemaThroughServer, type SchemaReads } from '../server-schema.js';
import { printRelationships } from './relationships.js';
import { registerSchemaTeach } from './schema-teach.js';

interface SchemaFlags {
  at?: string;
  diff?: string;
  versions?: boolean;
}

function parseRange(text: string): [number, number] {
  const match = /^(\d+)\.\.(\d+)$/.exec(text.trim());
  if (!match) {
    throw new LivingSchemaError({ code: ErrorCodes.NOT_FOUND, message: `--diff takes two versions as <from>..<to>, e.g. --diff 2..3 (got "${text}").`, details: { diff: text } });
  }
  return [Number(match[1]), Number(match[2])];
}

function printDiff(diff: SchemaDiffEntry[]): void {
  if (diff.length === 0) process.stdout.write('(no changes)\n');
  else printTable(['change', 'subject', 'name', 'from', 'to', 'impact'], diff.map((d) => [d.change, d.subject, d.name, d.from ?? '', d.to ?? '', d.impact]));
}

function printSnapshot(snapshot: SchemaSnapshot): void {
  const { catalog } = snapshot;
  process.stdout.write(`Schema version ${snapshot.version} (${snapshot.cause.kind}${snapshot.cause.reference ? ` ${snapshot.cause.reference}` : ''}, ${snapshot.createdAt})\n\nEntity types\n`);
  const names = new Map(catalog.entityTypes.map((e) => [e.id, e.name]));
  printTable(
    ['id', 'name', 'status', 'alias_of', 'occurrences', 'first_seen', 'last_seen', 'description'],
    catalog.entityTypes.map((e) => [e.id, e.name, e.status, e.aliasOf === null ? '' : (names.get(e.aliasOf) ?? e.aliasOf), e.occurrenceCount, e.firstSeen, e.lastSeen, e.description]),
  );
  process.stdout.write('\nFields\n');
  printTable(
    ['id', 'dataset', 'name', 'original_name', 'type', 'status', 'occurrences', 'description'],
    catalog.fields.map((f) => [f.id, f.dataset, f.name, f.originalName, f.dataType, f.status, f.occurrenceCount, f.description]),
  );
  if (catalog.relationships.length) {
    process.stdout.write('\nRelationships\n');
    printRelationships(catalog.relationships);
  }
  if (snapshot.diff.length) {
    process.stdout.write(`\nChanges from version ${snapshot.version - 1}\n`);
    printDiff(snapshot.diff);
  }
}

/** Runs `work` on the schema of the server holding the store, else of the store opened read-only. */
async function withSchemaReads<T>(options: GlobalOptions, work: (schema: SchemaReads) => Promise<T>): Promise<T> {
  const server = await ServerClient.find(options);
  if (server) return work(schemaThroughServer(server));
  return withEngine(options, { readOnly: true }, (ls) => work(ls.schema));
}

export function registerSchema(program: Command, globals: () => GlobalOptions): void {
  const schema = program
    .command('schema')
    .description('show the catalog (entity types, fields, relationships) now, as it stood at a date or version, or the diff between two versions')
    .option('--at <when>', 'an ISO date (2026-11-24T10:00:00Z) or a version number')
    .option('--diff <range>', 'differences between two versions, e.g. 2..3')
    .option('--versions', 'list every schema version with its cause')
    .action(async (flags: SchemaFlags) => {
      const options = globals();
      await withSchemaReads(options, async (schema) => {
        if (flags.versions) {
          const versions = await schema.versions();
          if (options.json) printJson(versions);
          else printTable(['version', 'created_at', 'cause', 'reference', 'note', 'changes'], versions.map((v) => [v.version, v.createdAt, v.cause.kind, v.cause.reference, v.cause.note, v.changes]));
          return;
        }
        if (flags.diff) {
          const [from, to] = parseRange(flags.diff);
          const diff = await schema.diff(from, to);
          if (options.json) printJson({ from, to, impact: diff.some((d) => d.impact === 'breaking') ? 'breaking' : 'additive', diff });
          else {
            process.stdout.write(`Schema changes from version ${from} to ${to}\n`);
            printDiff(diff);
          }
          return;
        }
        let snapshot: SchemaSnapshot | null;
        if (flags.at !== undefined) {
          const at = flags.at.trim();
          snapshot = await schema.at(/^\d+$/.test(at) ? Number(at) : at);
          if (!snapshot) {
            throw new LivingSchemaError({
              code: ErrorCodes.NOT_FOUND,
              message: /^\d+$/.test(at) ? `Schema version ${at} does not exist (see \`living-schema schema --versions\`).` : `No schema version existed at ${at}: the database was created later.`,
              details: { at },
            });
          }
        } else {
          snapshot = await schema.current();
        }
        if (options.json) printJson(snapshot);
        else printSnapshot(snapshot);
      });
    });

  schema
    .command('describe')
    .description("write a field's or entity type's description (a person's text: no LLM run replaces it), or accept the LLM's suggestion")
    .argument('<target>', 'a field as <dataset>.<column> (loans.status), or an entity type (FLAG)')
    .argument('[text]', 'the description: what a code means, the unit, the typical range')
    .option('--accept-suggestion', "put the LLM's pending suggestion in force instead (see `schema suggestions`)")
    .option('--by <who>', 'who wrote or accepted it')
    .action(async (target: string, text: string | undefined, flags: { acceptSuggestion?: boolean; by?: string }) => {
      const options = globals();
      if (Boolean(flags.acceptSuggestion) === (text !== undefined)) {
        throw new LivingSchemaError({ code: ErrorCodes.DESCRIPTION_INVALID, message: 'Give the description text, or --accept-suggestion, not both or neither.', details: { target } });
      }
      await withEngine(options, {}, async (ls) => {
        const by = flags.by ?? process.env.USER;
        const discovery = getDiscovery(ls);
        const parsed = parseDescriptionTarget(target);
        const result = flags.acceptSuggestion ? await discovery.acceptDescription(parsed, { by }) : await discovery.editDescription(parsed, text!, { by });
        if (options.json) printJson(result);
        else process.stdout.write(`Description of ${target} ${flags.acceptSuggestion ? 'accepted' : 'saved'}. Schema version ${result.version ?? (await ls.schema.current()).version}.\n`);
      });
    });

  registerSchemaTeach(schema, globals);

  schema
    .command('suggestions')
    .description('list descriptions an LLM wrote that wait for a person to accept them')
    .action(async () => {
      const options = globals();
      await withEngine(options, { readOnly: true }, async (ls) => {
        const list = await listDescriptionSuggestions(ls.sink.reader);
        if (options.json) printJson(list);
        else if (list.length === 0) process.stdout.write('No description suggestions waiting.\n');
        else {
          printTable(['target', 'suggested', 'current', 'model'], list.map((d) => [d.target, d.suggested, d.current, d.model]));
          process.stdout.write('Accept with: npx living-schema schema describe <target> --accept-suggestion (or write your own text)\n');
        }
      });
    });
}
