import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandInputs, isUri } from './input-paths.js';

function tree(): string {
  const root = mkdtempSync(join(tmpdir(), 'ls-inputs-'));
  mkdirSync(join(root, 'exports', '2026'), { recursive: true });
  mkdirSync(join(root, 'argilla-ds', '.argilla'), { recursive: true });
  for (const file of ['exports/a.csv', 'exports/b.tsv', 'exports/2026/c.csv', 'exports/.hidden.csv', 'argilla-ds/records.json', 'argilla-ds/.argilla/settings.json']) {
    writeFileSync(join(root, file), 'x');
  }
  return root;
}

describe('expandInputs', () => {
  it('expands folders recursively, skipping hidden files', async () => {
    const root = tree();
    const { inputs, missing } = await expandInputs([join(root, 'exports')]);
    expect(inputs).toEqual([join(root, 'exports/2026/c.csv'), join(root, 'exports/a.csv'), join(root, 'exports/b.tsv')]);
    expect(missing).toEqual([]);
  });

  it('matches globs with * and **', async () => {
    const root = tree();
    expect((await expandInputs([join(root, 'exports/*.csv')])).inputs).toEqual([join(root, 'exports/a.csv')]);
    expect((await expandInputs([join(root, 'exports/**/*.csv')])).inputs).toEqual([join(root, 'exports/2026/c.csv'), join(root, 'exports/a.csv')]);
  });

  it('keeps a folder whole when a source reads it as one input', async () => {
    const root = tree();
    const { inputs } = await expandInputs([join(root, 'argilla-ds')], (folder) => folder.endsWith('argilla-ds'));
    expect(inputs).toEqual([join(root, 'argilla-ds')]);
  });

  it('keeps an export folder whole when it sits inside the folder given (ingest ./exports/)', async () => {
    const root = tree();
    mkdirSync(join(root, 'exports', 'ner', '.argilla'), { recursive: true });
    writeFileSync(join(root, 'exports', 'ner', 'records.json'), '[]');
    writeFileSync(join(root, 'exports', 'ner', '.argilla', 'settings.json'), '{}');
    const { inputs } = await expandInputs([join(root, 'exports')], (folder) => folder.endsWith('ner'));
    expect(inputs).toEqual([join(root, 'exports/2026/c.csv'), join(root, 'exports/a.csv'), join(root, 'exports/b.tsv'), join(root, 'exports/ner')]);
  });

  it('takes a name with glob characters literally when that file exists', async () => {
    const root = tree();
    writeFileSync(join(root, 'exports', 'report [final].csv'), 'x');
    expect((await expandInputs([join(root, 'exports', 'report [final].csv')])).inputs).toEqual([join(root, 'exports', 'report [final].csv')]);
  });

  it('reports missing paths and empty globs, and passes URIs through', async () => {
    const root = tree();
    const { inputs, missing } = await expandInputs([join(root, 'nope.csv'), join(root, '*.xlsx'), 'https://argilla.example/ds', 'sample:registry']);
    expect(missing).toEqual([join(root, 'nope.csv'), join(root, '*.xlsx')]);
    expect(inputs).toEqual(['https://argilla.example/ds', 'sample:registry']);
    expect(isUri('C:/data/x.csv')).toBe(false);
  });
});
