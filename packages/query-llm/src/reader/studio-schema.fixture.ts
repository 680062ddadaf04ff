// A recording studio (sessions in rooms with engineers), written for the reader's tests: a fact
// table with money in two fields (a rate and a total), minutes and a percentage, and two lookups.
import type { OfflineSchema } from '../offline-sql.js';
import type { SchemaRelationship } from '../schema-semantics.js';

const sessions = {
  name: 'studio_sessions', kind: 'dataset' as const, dataset: 'studio_sessions', rowNoun: 'studio session', rows: 2400, ingestedAt: '_ingested_at',
  columns: [
    { name: 'session_ref', type: 'VARCHAR', distinct: 2400, examples: ['S-0001'], values: ['S-0001', 'S-0002'] },
    { name: 'room_no', type: 'BIGINT', distinct: 6, min: 1, max: 6 },
    { name: 'engineer_id', type: 'VARCHAR', distinct: 5, examples: ['E-01'], values: ['E-01', 'E-02', 'E-03', 'E-04', 'E-05'] },
    { name: 'booked_at', type: 'TIMESTAMP', min: '2024-01-02 09:00:00', max: '2025-09-30 18:00:00' },
    { name: 'length_min', type: 'INTEGER', unit: 'min', min: 30, max: 480 },
    { name: 'hourly_rate_eur', type: 'DOUBLE', unit: 'eur', min: 40, max: 120 },
    { name: 'total_eur', type: 'DOUBLE', unit: 'eur', min: 20, max: 960 },
    { name: 'genre', type: 'VARCHAR', distinct: 3, values: ['Rock', 'Jazz', 'Podcast'] },
    { name: 'mixed', type: 'BOOLEAN', distinct: 2 },
    { name: 'discount_pct', type: 'INTEGER', unit: 'pct', min: 5, max: 20 },
    { name: 'lineup', type: 'VARCHAR', distinct: 3, values: ['Solo', 'Duo', 'Full Band'] },
    { name: 'full_day', type: 'BOOLEAN', distinct: 2 },
  ],
};
const rooms = {
  name: 'rooms', kind: 'dataset' as const, dataset: 'rooms', rowNoun: 'room', rows: 6, ingestedAt: '_ingested_at',
  columns: [
    { name: 'room_number', type: 'BIGINT', distinct: 6, min: 1, max: 6 },
    { name: 'room_type', type: 'VARCHAR', distinct: 3, values: ['Live', 'Vocal booth', 'Control'] },
    { name: 'floor', type: 'INTEGER', distinct: 3, min: 0, max: 2 },
    { name: 'day_rate_eur', type: 'DOUBLE', unit: 'eur', min: 300, max: 900 },
  ],
};
const engineers = {
  name: 'engineers', kind: 'dataset' as const, dataset: 'engineers', rowNoun: 'engineer', rows: 5, ingestedAt: '_ingested_at',
  columns: [
    { name: 'engineer_id', type: 'VARCHAR', distinct: 5, values: ['E-01', 'E-02', 'E-03', 'E-04', 'E-05'] },
    { name: 'engineer_name', type: 'VARCHAR', distinct: 5, values: ['Ana Ruiz', 'Ben Okoro', 'Chloe Park', 'Dev Mehta', 'Eli Stone'] },
    { name: 'role', type: 'VARCHAR', distinct: 3, values: ['Engineer', 'Assistant', 'Senior Engineer'] },
    { name: 'part_time', type: 'BOOLEAN', distinct: 2 },
    { name: 'date_of_birth', type: 'DATE', min: '1970-02-01', max: '2001-11-30' },
    { name: 'start_date', type: 'DATE', min: '2012-01-09', max: '2025-03-03' },
  ],
};
const relationship = (from: string, to: string): SchemaRelationship => {
  const [fromTable, fromColumn] = from.split('.') as [string, string];
  const [toTable, toColumn] = to.split('.') as [string, string];
  return { name: `${from} -> ${to}`, from: { table: fromTable, column: fromColumn }, to: { table: toTable, column: toColumn }, cardinality: 'many-to-one', coverage: 1, status: 'suggested' };
};
export const studio: OfflineSchema = {
  tables: [sessions, rooms, engineers],
  entityTypes: [],
  relationships: [relationship('studio_sessions.room_no', 'rooms.room_number'), relationship('studio_sessions.engineer_id', 'engineers.engineer_id')],
};
/** The same tables with no relationship between them. */
export const studioUnrelated: OfflineSchema = { ...studio, relationships: [] };

