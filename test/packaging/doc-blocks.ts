import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { workspaceRoot } from './consumer-project.js';

/** The README's library example: its first `ts` block after "As a library:", exactly as printed. */
export function readmeLibraryExample(): string {
  const readme = readFileSync(join(workspaceRoot, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('As a library:'));
  const block = /```ts\n([\s\S]*?)```/.exec(section);
  if (!block) throw new Error('README.md: no ```ts block after "As a library:"');
  return block[1]!;
}

/**
 * The same example for a CommonJS project, which has no top-level await: its import lines
 * stay on top (TypeScript turns them into `require()`), the rest runs in an async function.
 * Only single-line imports are moved; a multi-line one would fail to compile, visibly.
 */
export function asCommonJs(example: string): string {
  const lines = example.split('\n');
  const imports = lines.filter((line) => line.startsWith('import '));
  const body = lines.filter((line) => !line.startsWith('import '));
  return [...imports, '', 'async function main(): Promise<void> {', ...body.map((line) => (line ? `  ${line}` : line)), '}', '', 'void main();', ''].join('\n');
}
