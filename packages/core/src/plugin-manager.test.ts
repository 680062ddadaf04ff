import 'reflect-metadata';
import { container } from 'tsyringe';
import { describe, expect, it } from 'vitest';
import { LivingSchemaEventBus } from './events.js';
import { LivingSchemaError } from './errors.js';
import type { PluginContext } from './plugin.js';
import { PluginManager } from './plugin-manager.js';

function context(): PluginContext {
  return { container: container.createChildContainer(), events: new LivingSchemaEventBus(), afterBatchLoaded: () => undefined, afterBatchesLoaded: () => undefined };
}

describe('PluginManager', () => {
  it('refuses a duplicate plugin name', () => {
    const manager = new PluginManager(context());
    manager.register({ name: 'discovery' });
    expect(() => manager.register({ name: 'discovery' })).toThrowError(/registered twice/);
  });

  it('reports a missing dependency with both names', () => {
    const manager = new PluginManager(context());
    try {
      manager.registerAll([{ name: 'reports', dependencies: ['query-llm'] }]);
      expect.unreachable();
    } catch (error) {
      expect(LivingSchemaError.hasCode(error, 'LS_PLUGIN_DEPENDENCY_MISSING')).toBe(true);
      expect((error as Error).message).toContain('"reports" needs plugin "query-llm"');
    }
  });

  it('wraps a failing hook with the plugin name and keeps the cause', async () => {
    const manager = new PluginManager(context());
    const cause = new Error('cannot reach the LLM');
    manager.registerAll([{ name: 'descriptions', initialize: () => Promise.reject(cause) }]);
    const error = await manager.initializeAll().catch((e) => e);
    expect(LivingSchemaError.hasCode(error, 'LS_PLUGIN_HOOK_FAILED')).toBe(true);
    expect(error.message).toBe('Plugin "descriptions" failed in initialize: cannot reach the LLM');
    expect(error.cause).toBe(cause);
  });

  it('registers into its own child container: two managers never share services', () => {
    const a = context();
    const b = context();
    new PluginManager(a).registerAll([{ name: 'p', register: (c) => c.container.registerInstance('answer', 1) }]);
    new PluginManager(b).registerAll([{ name: 'p', register: (c) => c.container.registerInstance('answer', 2) }]);
    expect(a.container.resolve('answer')).toBe(1);
    expect(b.container.resolve('answer')).toBe(2);
  });

  it('shuts down in reverse order and runs every hook even when one fails', async () => {
    const order: string[] = [];
    const manager = new PluginManager(context());
    manager.registerAll([
      { name: 'first', shutdown: () => void order.push('first') },
      { name: 'second', shutdown: () => { order.push('second'); throw new Error('boom'); } },
    ]);
    await manager.initializeAll();
    await expect(manager.shutdownAll()).rejects.toThrow(/"second" failed in shutdown: boom/);
    expect(order).toEqual(['second', 'first']);
  });
});
