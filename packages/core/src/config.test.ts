import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseConfig } from './config.js';
import { LivingSchemaError } from './errors.js';
import { parsePluginOptions } from './options.js';
import { localStaging } from './staging-local.js';
import { createLivingSchema } from './engine.js';
import type { SinkV1 } from './sink.js';

const fakeSinkShape = { specificationVersion: 'v1', name: 'memory-sink' } as unknown as SinkV1;

function thrown(fn: () => unknown): LivingSchemaError {
  try {
    fn();
  } catch (error) {
    if (LivingSchemaError.isInstance(error)) return error;
    throw error;
  }
  throw new Error('expected a LivingSchemaError');
}

describe('config validation', () => {
  it('names the path of an option with the wrong type', () => {
    const error = thrown(() => parseConfig({ sink: fakeSinkShape, keepStagedFiles: 'yes' }));
    expect(error.code).toBe('LS_CONFIG_INVALID');
    expect(error.message).toContain('`keepStagedFiles`');
    expect(error.message).toMatch(/boolean/);
  });

  it('names an unknown top-level option', () => {
    const error = thrown(() => parseConfig({ sink: fakeSinkShape, sorces: [] }));
    expect(error.code).toBe('LS_CONFIG_INVALID');
    expect(error.message).toContain('`sorces`');
  });

  it('names the index of a source that is not a plugin', () => {
    const error = thrown(() => parseConfig({ sink: fakeSinkShape, sources: [{ specificationVersion: 'v1', name: 'ok' }, 'csv'] }));
    expect(error.message).toContain('`sources[1]`');
    expect(error.message).toContain('source plugin');
  });

  it('requires a sink', () => {
    const error = thrown(() => parseConfig({}));
    expect(error.message).toContain('`sink`');
  });

  it('refuses a plugin built for another specification version, naming it', () => {
    const error = thrown(() => parseConfig({ sink: { specificationVersion: 'v2', name: 'future-sink' } }));
    expect(error.code).toBe('LS_SPECIFICATION_UNSUPPORTED');
    expect(error.message).toContain('future-sink');
    expect(error.message).toContain('"v2"');
  });

  it('refuses two sources with one name', () => {
    const source = { specificationVersion: 'v1', name: 'csv', kinds: ['records'], canRead: () => true, read: async function* () {} };
    const error = thrown(() => createLivingSchema({ sink: fakeSinkShape, sources: [source, { ...source }] } as never));
    expect(error.code).toBe('LS_PLUGIN_DUPLICATE');
    expect(error.message).toContain('"csv"');
  });
});

describe('plugin options', () => {
  const schema = z.object({ delimiter: z.string().length(1), header: z.boolean().default(true) }).strict();

  it('parses and applies defaults', () => {
    expect(parsePluginOptions('csv', schema, { delimiter: ';' })).toEqual({ delimiter: ';', header: true });
  });

  it('names the plugin and the option path on a wrong type', () => {
    const error = thrown(() => parsePluginOptions('csv', schema, { delimiter: 5 }));
    expect(error.code).toBe('LS_PLUGIN_OPTIONS_INVALID');
    expect(error.message).toContain('"csv"');
    expect(error.message).toContain('`delimiter`');
    expect(error.details.paths).toEqual(['delimiter']);
  });

  it('names an unknown plugin option', () => {
    const error = thrown(() => localStaging({ directory: '/tmp/x', retainDays: 3 } as never));
    expect(error.message).toContain('local-staging');
    expect(error.message).toContain('`retainDays`');
  });
});

describe('LivingSchemaError', () => {
  it('is recognised across copies of the package by its Symbol.for marker', () => {
    const fromAnotherCopy = Object.assign(new Error('x'), { [Symbol.for('living-schema.error')]: true, code: 'LS_NOT_FOUND' });
    expect(LivingSchemaError.isInstance(fromAnotherCopy)).toBe(true);
    expect(LivingSchemaError.isInstance(new Error('plain'))).toBe(false);
    expect(LivingSchemaError.hasCode(fromAnotherCopy, 'LS_NOT_FOUND')).toBe(true);
  });
});
