import type { DependencyContainer } from 'tsyringe';
import { ErrorCodes, LivingSchemaError, describeError } from './errors.js';
import type { LivingSchemaPlugin, PluginContext } from './plugin.js';

/**
 * Registers plugin modules in the engine's child container: refuses duplicate names, checks
 * declared dependencies, and wraps each hook's failure with the plugin's name.
 */
export class PluginManager {
  private readonly plugins: LivingSchemaPlugin[] = [];
  private initialized: LivingSchemaPlugin[] = [];
  private running: string | undefined;

  constructor(private readonly context: PluginContext) {}

  get container(): DependencyContainer {
    return this.context.container;
  }

  /** Names of registered plugin modules, in registration order. */
  names(): string[] {
    return this.plugins.map((p) => p.name);
  }

  /** Name of the plugin whose hook is running now (for attributing what it registers). */
  get currentPlugin(): string | undefined {
    return this.running;
  }

  registerAll(plugins: ReadonlyArray<LivingSchemaPlugin>): void {
    for (const plugin of plugins) this.register(plugin);
    this.checkDependencies();
  }

  register(plugin: LivingSchemaPlugin): void {
    if (this.plugins.some((p) => p.name === plugin.name)) {
      throw new LivingSchemaError({
        code: ErrorCodes.PLUGIN_DUPLICATE,
        message: `Plugin "${plugin.name}" is registered twice. Register each plugin once per engine.`,
        details: { plugin: plugin.name },
      });
    }
    this.plugins.push(plugin);
    this.runSync(plugin, 'register');
  }

  checkDependencies(): void {
    const names = new Set(this.plugins.map((p) => p.name));
    for (const plugin of this.plugins) {
      for (const dependency of plugin.dependencies ?? []) {
        if (!names.has(dependency)) {
          throw new LivingSchemaError({
            code: ErrorCodes.PLUGIN_DEPENDENCY_MISSING,
            message: `Plugin "${plugin.name}" needs plugin "${dependency}", which is not registered. Add it to \`plugins\`.`,
            details: { plugin: plugin.name, dependency },
          });
        }
      }
    }
  }

  async initializeAll(): Promise<void> {
    for (const plugin of this.plugins) {
      await this.runAsync(plugin, 'initialize');
      this.initialized.push(plugin);
    }
  }

  /** Shuts plugins down in reverse order; every hook runs even if one fails, the first failure is thrown. */
  async shutdownAll(): Promise<void> {
    let first: unknown;
    for (const plugin of [...this.initialized].reverse()) {
      try {
        await this.runAsync(plugin, 'shutdown');
      } catch (error) {
        first ??= error;
      }
    }
    this.initialized = [];
    if (first) throw first;
  }

  private runSync(plugin: LivingSchemaPlugin, hook: 'register'): void {
    this.running = plugin.name;
    try {
      plugin[hook]?.(this.context);
    } catch (error) {
      throw hookFailed(plugin.name, hook, error);
    } finally {
      this.running = undefined;
    }
  }

  private async runAsync(plugin: LivingSchemaPlugin, hook: 'initialize' | 'shutdown'): Promise<void> {
    this.running = plugin.name;
    try {
      await plugin[hook]?.(this.context);
    } catch (error) {
      throw hookFailed(plugin.name, hook, error);
    } finally {
      this.running = undefined;
    }
  }
}

export function hookFailed(pluginName: string, hook: string, error: unknown): LivingSchemaError {
  return new LivingSchemaError({
    code: ErrorCodes.PLUGIN_HOOK_FAILED,
    message: `Plugin "${pluginName}" failed in ${hook}: ${describeError(error)}`,
    details: { plugin: pluginName, hook },
    cause: error,
  });
}
