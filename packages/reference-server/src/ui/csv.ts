/** Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"). */
const FORMULA_LEAD = /^[=+\-@\t\r]/;

/** A value as CSV text: numbers as they are, text with a formula lead defused by a leading `'`. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean')
    return String(value);
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  return FORMULA_LEAD.test(text) ? `'${text}` : text;
}

/** RFC 4180: a field holding a comma, a quote or a line break is quoted, its quotes doubled. */
function field(value: unknown): string {
  const text = cellText(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A result as RFC 4180 CSV (CRLF line ends, header row first). Text cells that start with
 * `= + - @`, a tab or a carriage return get a leading `'` so a spreadsheet shows them instead of
 * running them; numbers (a negative count is no formula) are written unchanged.
 *
 * @example toCsv(['flag', 'n'], [['Liberia', 3]]) // 'flag,n\r\nLiberia,3\r\n'
 */
export function toCsv(columns: string[], rows: unknown[][]): string {
  return [columns, ...rows].map((row) => row.map(field).join(',') + '\r\n').join('');
}

/** A `content-disposition` header naming the download: an ASCII fallback plus the UTF-8 name. */
export function attachment(name: string): string {
  const ascii = name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'answer';
  // RFC 5987 leaves no room for ' ( ) * in the encoded name; encodeURIComponent keeps them.
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}.csv"; filename*=UTF-8''${encoded}.csv`;
}
