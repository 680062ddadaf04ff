import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { Batch } from './batch.js';

/**
 * The batch id: derived from what was read (source, kind, dataset) and the content, never from
 * where or when. The same content read again gets the same id, which is what makes loads idempotent.
 */
export function deriveBatchId(batch: Pick<Batch, 'source' | 'kind' | 'dataset' | 'contentHash'>): string {
  const digest = createHash('sha256')
    .update([batch.source, batch.kind, batch.dataset, batch.contentHash].join('\u0000'))
    .digest('hex');
  return `b_${digest.slice(0, 32)}`;
}

/** sha256 of a string or bytes, hex. */
export function sha256(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}

/** sha256 of a file's bytes, streamed (constant memory). */
export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
