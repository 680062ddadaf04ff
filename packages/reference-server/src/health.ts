import { LivingSchemaError, type LivingSchema } from '@living-schema/core';

/** What `/healthz` answers: the store's state as a read of it finds it now. */
export type StoreHealth =
  | { status: 'ok'; schemaVersion: number }
  | { status: 'unavailable'; code: string; detail: string };

/**
 * Reads the store on a connection of its own, every time: a probe must see a store that stopped
 * answering (a cached answer kept saying 200 while every query failed). The schema version comes
 * from `currentVersion` (cached by the caller: it is the whole catalog).
 */
export async function storeHealth(engine: LivingSchema, currentVersion: () => Promise<number>): Promise<StoreHealth> {
  try {
    await engine.sink.reader.all('SELECT 1 AS alive');
    return { status: 'ok', schemaVersion: await currentVersion() };
  } catch (error) {
    const code = LivingSchemaError.isInstance(error) ? error.code : 'LS_UNEXPECTED';
    const detail = LivingSchemaError.isInstance(error) ? error.message : 'The store did not answer a read.';
    return { status: 'unavailable', code, detail };
  }
}
