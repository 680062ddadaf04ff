import { ErrorCodes, LivingSchemaError, describeError } from './errors.js';

const NO_SPACE = /ENOSPC|No space left on device|disk is full|not enough space on the disk/i;

/** True when `error`, or any error in its `cause` chain, says the disk is full. */
export function isDiskFull(error: unknown): boolean {
  for (let current = error, depth = 0; current !== undefined && current !== null && depth < 8; depth += 1) {
    if ((current as NodeJS.ErrnoException).code === 'ENOSPC') return true;
    if (NO_SPACE.test(describeError(current))) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/**
 * The disk under `directory` is full: `LS_DISK_FULL` naming the folder (never a file inside it)
 * and what could not be written.
 *
 * @example throw diskFull('/srv/ls/staging', 'staging vessels.csv', error);
 */
export function diskFull(directory: string, doing: string, cause: unknown): LivingSchemaError {
  return new LivingSchemaError({
    code: ErrorCodes.DISK_FULL,
    message: `No space left on the disk of ${directory} while ${doing}; nothing of it was stored. Free space there, or move that folder to a larger disk, and try again.`,
    details: { directory },
    cause,
  });
}
