import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { workspaceRoot } from './consumer-project.js';

/** The first `language` code block after `marker` in a file of the repository, exactly as printed. */
export function codeBlockAfter(file: string, marker: string, language: string): string {
  const text = readFileSync(join(workspaceRoot, file), 'utf8');
  const at = text.indexOf(marker);
  const block = at < 0 ? null : new RegExp('```' + language + '\\n([\\s\\S]*?)```').exec(text.slice(at));
  if (!block) throw new Error(`${file}: no \`\`\`${language} block after "${marker}"`);
  return block[1]!;
}

/** Every `language` code block of a file of the repository, exactly as printed, in order. */
export function codeBlocks(file: string, language: string): string[] {
  const text = readFileSync(join(workspaceRoot, file), 'utf8');
  return [...text.matchAll(new RegExp('```' + language + '\\n([\\s\\S]*?)```', 'g'))].map((match) => match[1]!);
}

/** The README's library example: its first `ts` block after "As a library:". */
export const readmeLibraryExample = () => codeBlockAfter('README.md', 'As a library:', 'ts');

/** The config the plugin guide shows for its package. */
export const pluginGuideConfig = () => JSON.parse(codeBlockAfter('docs/guides/plugins.md', '`living-schema.config.json` in the folder', 'json')) as unknown;

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
