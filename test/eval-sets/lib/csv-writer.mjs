// Writes rows as RFC 4180 CSV: fields holding a comma, quote or line break are quoted, and
// null/undefined become empty fields (what a real export's missing value looks like).
import { writeFileSync } from 'node:fs';

function field(value) {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * @param {string} path
 * @param {string[]} header the column names as the export writes them
 * @param {unknown[][]} rows
 */
export function writeCsv(path, header, rows) {
  const lines = [header, ...rows].map((row) => row.map(field).join(','));
  writeFileSync(path, `${lines.join('\n')}\n`);
}

/** Calendar helpers on UTC dates, so the output does not depend on the machine's time zone. */
export const day = (iso) => new Date(`${iso}T00:00:00Z`);
export const addDays = (date, days) => new Date(date.getTime() + days * 86_400_000);
export const addMinutes = (date, minutes) => new Date(date.getTime() + minutes * 60_000);
export const isoDate = (date) => date.toISOString().slice(0, 10);
export const isoTimestamp = (date, separator = ' ') =>
  date.toISOString().slice(0, 19).replace('T', separator);
export const daysBetween = (from, to) => Math.round((to.getTime() - from.getTime()) / 86_400_000);
