import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import { dirname } from 'node:path';
import { ErrorCodes, LivingSchemaError } from '@living-schema/core';

async function writable(path: string): Promise<boolean> {
  return access(path, constants.W_OK).then(
    () => true,
    () => false,
  );
}

/**
 * Whether an existing database file must be opened read-only: DuckDB needs to write the file and
 * to create its write-ahead log beside it. A store that does not exist yet is never read-only
 * here (opening creates it, or fails saying why).
 */
export async function mustOpenReadOnly(location: string): Promise<boolean> {
  if (location === ':memory:' || location.startsWith('md:')) return false;
  if (!(await access(location).then(() => true, () => false))) return false;
  return !(await writable(location)) || !(await writable(dirname(location)));
}

/** A write asked of a store open read-only. */
export function storeReadOnly(location: string, chosen: boolean): LivingSchemaError {
  const why = chosen ? 'it was opened with readOnly: true' : 'its file or folder is not writable';
  return new LivingSchemaError({
    code: ErrorCodes.STORE_READ_ONLY,
    message: `Database ${location} is read-only (${why}); writes are refused, reads still work. Make the file and its folder writable, or write through a store that is.`,
    details: { database: location },
  });
}
