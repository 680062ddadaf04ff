/**
 * Parquet exports (the Hugging Face form of `Dataset.to_hub`), read with hyparquet. Integers
 * there are int64 (a rating, a rank, a record number), which hyparquet returns as BigInt: JSON
 * cannot hold those, and every later step (hashing, staging) works on JSON.
 */

/** A value with every BigInt made a number (or, past 2^53, its decimal text, so no digit is lost). */
export function withoutBigInts(value: unknown): unknown {
  if (typeof value === 'bigint') {
    return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value.toString();
  }
  if (Array.isArray(value)) return value.map(withoutBigInts);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withoutBigInts(item)]));
  }
  return value;
}

/** The rows of a Parquet file as plain JSON-safe objects. */
export async function readParquetRows(path: string): Promise<unknown[]> {
  const { asyncBufferFromFile, parquetReadObjects } = await import('hyparquet');
  const file = await asyncBufferFromFile(path);
  return ((await parquetReadObjects({ file })) as unknown[]).map(withoutBigInts);
}

/** Column names of a Parquet file, nested ones included. */
export async function parquetColumns(path: string): Promise<string[]> {
  const { asyncBufferFromFile, parquetMetadataAsync } = await import('hyparquet');
  const file = await asyncBufferFromFile(path);
  const metadata = await parquetMetadataAsync(file);
  return metadata.schema.slice(1).map((element) => element.name);
}
