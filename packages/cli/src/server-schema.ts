import type { SchemaApi, SchemaDiffEntry, SchemaSnapshot } from '@living-schema/core';
import type { ServerClient } from './server-client.js';

/** The schema reads the CLI prints; the engine's `schema` has them, and so does the server's API. */
export type SchemaReads = Pick<SchemaApi, 'current' | 'at' | 'versions' | 'diff'>;

/** {@link SchemaReads} through the API of the server holding the store. */
export function schemaThroughServer(server: ServerClient): SchemaReads {
  return {
    current: () => server.get<SchemaSnapshot>('/api/schema/current'),
    at: (when) => {
      const moment = when instanceof Date ? when.toISOString() : String(when);
      return server.getOrNull<SchemaSnapshot>(`/api/schema/at/${encodeURIComponent(moment)}`);
    },
    versions: () => server.get('/api/schema/versions'),
    diff: async (from, to) => (await server.get<{ changes: SchemaDiffEntry[] }>(`/api/schema/diff/${from}/${to}`)).changes,
  };
}
