import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('docs/configuration.md', () => {
  it('matches the zod schemas (regenerate with `npm run docs:config`)', () => {
    const result = spawnSync(process.execPath, ['scripts/generate-config-docs.mjs', '--check'], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
