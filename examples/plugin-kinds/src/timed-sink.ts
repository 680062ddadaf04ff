// examples/plugin-kinds/src/timed-sink.ts
import type { LoadResult, SinkV1, StagedBatch } from '@living-schema/core';

export interface LoadTiming {
  batchId: string;
  dataset: string;
  status: LoadResult['status'];
  milliseconds: number;
}

/**
 * A sink that wraps another (here DuckDB) and reports how long each load took. Writing a whole
 * store is a large job (see @living-schema/sink-duckdb); wrapping one adds a concern to it.
 * Every other member is the inner sink's own, bound to it, so its capabilities stay intact.
 */
export function timedSink(inner: SinkV1, onLoad: (timing: LoadTiming) => void): SinkV1 {
  const load = async (batch: StagedBatch, path: string): Promise<LoadResult> => {
    const started = performance.now();
    const result = await inner.load(batch, path);
    onLoad({ batchId: result.batchId, dataset: batch.dataset, status: result.status, milliseconds: performance.now() - started });
    return result;
  };
  return new Proxy(inner, {
    get(target, property) {
      if (property === 'name') return `timed-${target.name}`;
      if (property === 'load') return load;
      const value = Reflect.get(target, property, target) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
