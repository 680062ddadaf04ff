import { LivingSchemaError } from '@living-schema/core';

export interface GlobalOptions {
  db?: string;
  json?: boolean;
  staging?: string;
  config?: string;
}

/** Writes a value as one JSON document on stdout. */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** A plain-text table for people; long cells are cut so rows stay on one line. */
export function formatTable(columns: string[], rows: unknown[][], maxCell = 60): string {
  const text = rows.map((row) => row.map((v) => {
    const s = cell(v).replace(/\s+/g, ' ');
    return s.length > maxCell ? `${s.slice(0, maxCell - 1)}…` : s;
  }));
  const widths = columns.map((c, i) => Math.max(c.length, ...text.map((r) => (r[i] ?? '').length)));
  const line = (values: string[]) => values.map((v, i) => v.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(columns), line(widths.map((w) => '-'.repeat(w))), ...text.map(line)].join('\n');
}

export function printTable(columns: string[], rows: unknown[][]): void {
  process.stdout.write(`${formatTable(columns, rows)}\n`);
}

/** Prints an error for people (stderr) and returns the exit code. */
export function reportError(error: unknown, json: boolean): number {
  if (LivingSchemaError.isInstance(error)) {
    if (json) process.stderr.write(`${JSON.stringify({ error: error.toJSON() })}\n`);
    else process.stderr.write(`error [${error.code}]: ${error.message}\n`);
    return 1;
  }
  const message = error instanceof Error ? error.message : String(error);
  if (json) process.stderr.write(`${JSON.stringify({ error: { code: 'LS_UNEXPECTED', message } })}\n`);
  else process.stderr.write(`error: ${message}\n`);
  return 1;
}

/** A one-line progress indicator on stderr, only when stderr is a terminal. */
export function progressLine(): { update(text: string): void; done(): void } {
  const tty = process.stderr.isTTY;
  let last = 0;
  return {
    update(text) {
      if (!tty) return;
      const now = Date.now();
      if (now - last < 100) return;
      last = now;
      process.stderr.write(`\r\x1b[2K${text}`);
    },
    done() {
      if (tty) process.stderr.write('\r\x1b[2K');
    },
  };
}
