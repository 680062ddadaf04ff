import type { ChildProcess } from 'node:child_process';

/**
 * Collects a child's stderr until it contains `marker`, and resolves with all of it. Rejects
 * when the child exits first, or after `hangGuardMs` (a bound for a hung process, not a budget).
 */
export function waitForOutput(child: ChildProcess, marker: string, hangGuardMs: number): Promise<string> {
  let text = '';
  return new Promise<string>((resolve, reject) => {
    const guard = setTimeout(() => reject(new Error(`"${marker}" not printed within ${hangGuardMs} ms: ${text}`)), hangGuardMs);
    child.stderr!.on('data', (chunk) => {
      text += chunk;
      if (text.includes(marker)) {
        clearTimeout(guard);
        resolve(text);
      }
    });
    child.on('exit', (code) => {
      clearTimeout(guard);
      reject(new Error(`exited ${code} before printing "${marker}": ${text}`));
    });
  });
}
