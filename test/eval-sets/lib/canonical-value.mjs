// One canonical form per value, so that the reader's rows and the gold rows compare on meaning,
// not on how a driver printed them: DuckDB's JSON rows give BIGINT and DECIMAL as strings and
// timestamps with a space, the CLI's JSON gives numbers and ISO strings.

const NUMBER = /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/;
const DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}:\d{2}(?::\d{2})?)(\.\d+)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/;

/** A date or timestamp as an ISO string; midnight is the date alone (a month bucket is a day). */
function isoDateTime(match) {
  const [, date, time, fraction, zone] = match;
  if (zone && !/^(Z|[+-]00(:?00)?)$/.test(zone)) return match[0]; // keep a real offset as written
  if (!time) return date;
  const seconds = time.length === 5 ? `${time}:00` : time;
  const digits = fraction && Number(fraction) !== 0 ? fraction.replace(/0+$/, '') : '';
  if (seconds === '00:00:00' && !digits) return date;
  return `${date}T${seconds}${digits}`;
}

/** @returns {null | boolean | number | string} */
export function canonicalValue(value) {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean' || typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof Date) return isoDateTime(DATE_TIME.exec(value.toISOString()));
  if (typeof value !== 'string') return JSON.stringify(value);
  if (NUMBER.test(value)) return Number(value);
  const dateTime = DATE_TIME.exec(value);
  return dateTime ? isoDateTime(dateTime) : value;
}

/** @param {unknown[][]} rows */
export const canonicalRows = (rows) => rows.map((row) => row.map(canonicalValue));
