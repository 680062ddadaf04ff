import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { LivingSchemaError } from './errors.js';
import { importOptionalPackage } from './optional-package.js';

const folder = mkdtempSync(join(tmpdir(), 'ls-optional-package-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

// The specifier is held in a variable so that vitest's transform leaves the import to Node.
const importByName = (specifier: string) => () => import(specifier);

describe('importOptionalPackage', () => {
  it('returns the module when the package is installed', async () => {
    const zod = await importOptionalPackage('zod', 'config validation', importByName('zod'));
    expect(typeof (zod as { z: unknown }).z).toBe('object');
  });

  it('names the missing package and the command that installs it', async () => {
    const error = await importOptionalPackage('ls-no-such-package', 'the example provider', importByName('ls-no-such-package')).catch((e: unknown) => e);
    expect(LivingSchemaError.isInstance(error)).toBe(true);
    expect((error as LivingSchemaError).code).toBe('LS_PACKAGE_NOT_INSTALLED');
    expect((error as LivingSchemaError).message).toBe(
      'the example provider needs the package "ls-no-such-package", which is not installed. Run `npm install ls-no-such-package` in your project.',
    );
    expect((error as LivingSchemaError).details).toEqual({ package: 'ls-no-such-package', purpose: 'the example provider' });
  });

  it('passes on a failure inside an installed package unchanged (its own missing import is not ours to name)', async () => {
    const module = join(folder, 'broken.mjs');
    writeFileSync(module, "import 'ls-dependency-of-broken';\n");
    const error = await importOptionalPackage('broken', 'the broken plugin', importByName(pathToFileURL(module).href)).catch((e: unknown) => e);
    expect(LivingSchemaError.isInstance(error)).toBe(false);
    expect((error as { code?: string }).code).toBe('ERR_MODULE_NOT_FOUND');
  });
});
