import type { DuckDBInstance } from '@duckdb/node-api';
import { duckdbApi } from './duckdb-api.js';

/** The settings an in-memory converter is created with. */
export interface ConverterSettings {
  memoryLimit: string;
  threads?: number;
}

/** How long an idle converter is kept for the next read before it is closed. */
export const CONVERTER_IDLE_MS = 30_000;
/** Idle converters kept per setting; more are closed at once. */
const MAX_IDLE_PER_SETTING = 2;

interface Idle {
  instance: DuckDBInstance;
  timer: NodeJS.Timeout;
}

/**
 * In-memory DuckDB instances that convert users' files, kept between reads: creating one costs
 * tens of milliseconds, as much as reading a small CSV. Each read has an instance to itself
 * (conversions create and drop tables of their own), so instances are lent, never shared. An
 * instance whose read failed is closed, not lent again: nothing a failed conversion left behind
 * reaches the next one. Idle instances close after {@link CONVERTER_IDLE_MS} and never keep the
 * process alive.
 */
class ConverterInstances {
  private readonly idle = new Map<string, Idle[]>();

  async borrow(settings: ConverterSettings): Promise<DuckDBInstance> {
    const kept = this.idle.get(keyOf(settings))?.pop();
    if (kept) {
      clearTimeout(kept.timer);
      return kept.instance;
    }
    return create(settings);
  }

  /** Returns an instance after a read: kept when the read succeeded, closed otherwise. */
  giveBack(settings: ConverterSettings, instance: DuckDBInstance, reusable: boolean): void {
    const key = keyOf(settings);
    const list = this.idle.get(key) ?? [];
    if (!reusable || list.length >= MAX_IDLE_PER_SETTING) {
      instance.closeSync();
      return;
    }
    const entry: Idle = { instance, timer: setTimeout(() => this.expire(key, entry), CONVERTER_IDLE_MS) };
    entry.timer.unref();
    list.push(entry);
    this.idle.set(key, list);
  }

  /** Closes every idle instance (tests; a process about to exit need not call it). */
  closeIdle(): void {
    for (const [key, list] of this.idle) {
      for (const entry of list) this.expire(key, entry);
    }
  }

  /** Idle instances kept now, over every setting. */
  get idleCount(): number {
    let count = 0;
    for (const list of this.idle.values()) count += list.length;
    return count;
  }

  private expire(key: string, entry: Idle): void {
    clearTimeout(entry.timer);
    const list = this.idle.get(key) ?? [];
    const index = list.indexOf(entry);
    if (index >= 0) list.splice(index, 1);
    if (list.length === 0) this.idle.delete(key);
    entry.instance.closeSync();
  }
}

function keyOf(settings: ConverterSettings): string {
  return `${settings.memoryLimit}\u0000${settings.threads ?? ''}`;
}

/** Extensions are never downloaded or loaded on demand: everything a conversion uses is built in. */
function create(settings: ConverterSettings): Promise<DuckDBInstance> {
  const config: Record<string, string> = {
    memory_limit: settings.memoryLimit,
    autoinstall_known_extensions: 'false',
    autoload_known_extensions: 'false',
  };
  if (settings.threads) config.threads = String(settings.threads);
  return duckdbApi.DuckDBInstance.create(':memory:', config);
}

/** The converters of this process (or worker thread). */
export const converterInstances = new ConverterInstances();
