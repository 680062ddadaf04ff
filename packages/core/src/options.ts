import { z } from 'zod';
import { ErrorCodes, LivingSchemaError } from './errors.js';

/** `sources[0].delimiter` from a zod issue path. */
export function formatOptionPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

/** One readable sentence per zod issue, each naming the option path. */
export function describeIssues(error: z.ZodError, prefix = ''): string[] {
  return error.issues.map((issue) => {
    const path = formatOptionPath([...(prefix ? [prefix] : []), ...issue.path]);
    if (issue.code === 'unrecognized_keys') {
      const keys = (issue as { keys: string[] }).keys;
      const where = path ? ` in \`${path}\`` : '';
      return `unknown option${keys.length > 1 ? 's' : ''}${where}: ${keys.map((k) => `\`${k}\``).join(', ')}`;
    }
    return `option \`${path || '(root)'}\`: ${issue.message}`;
  });
}

/**
 * Validates a plugin's options against its zod schema; on failure throws
 * `LS_PLUGIN_OPTIONS_INVALID` naming the plugin and each bad option's path.
 *
 * @example
 * const options = parsePluginOptions('csv', csvOptionsSchema, userOptions);
 */
export function parsePluginOptions<S extends z.ZodType>(pluginName: string, schema: S, options: unknown): z.output<S> {
  const result = schema.safeParse(options ?? {});
  if (result.success) return result.data;
  const problems = describeIssues(result.error);
  throw new LivingSchemaError({
    code: ErrorCodes.PLUGIN_OPTIONS_INVALID,
    message: `Invalid options for plugin "${pluginName}": ${problems.join('; ')}.`,
    details: { plugin: pluginName, problems, paths: result.error.issues.map((i) => formatOptionPath(i.path)) },
    cause: result.error,
  });
}
