// A rowing club's outings, its boats and its coaches: for the reader's tests of fields asked by a
// verb, counts of one table's rows, units, shares and headings. Data of our own, in no eval set.
import type { OfflineSchema } from '../offline-sql.js';

export const rowingClub: OfflineSchema = {
  tables: [
    { name: 'outings', kind: 'dataset', dataset: 'outings', rows: 4200, ingestedAt: null, columns: [
      { name: 'outing_no', type: 'BIGINT', distinct: 4200, min: 1, max: 4200 },
      { name: 'outing_ref', type: 'VARCHAR', distinct: 4200, examples: ['OUT-00012'], values: ['OUT-00012', 'OUT-00013'] },
      { name: 'boat_ref', type: 'VARCHAR', distinct: 40, examples: ['B07'] },
      { name: 'coach_ref', type: 'VARCHAR', distinct: 12, examples: ['C03'] },
      { name: 'booked_at', type: 'TIMESTAMP', min: '2024-01-02 08:00:00', max: '2025-09-30 19:00:00' },
      { name: 'outing_date', type: 'DATE', min: '2024-01-05', max: '2025-10-12' },
      { name: 'launch_time', type: 'TIME', min: '06:00:00', max: '19:30:00' },
      { name: 'distance_km', type: 'DOUBLE', min: 2, max: 24 },
      { name: 'fuel_litres', type: 'DOUBLE', min: 0, max: 25 },
      { name: 'tank_size_l', type: 'DOUBLE', min: 30, max: 50 },
      { name: 'fee_gbp', type: 'DOUBLE', min: 5, max: 60 },
      { name: 'tip_gbp', type: 'DOUBLE', min: 0, max: 10, nullShare: 0.6 },
      { name: 'rating_1_5', type: 'INTEGER', min: 1, max: 5 },
      { name: 'status', type: 'VARCHAR', distinct: 2, values: ['Completed', 'Cancelled'] },
      { name: 'booked_online', type: 'BOOLEAN', distinct: 2 },
      { name: 'paid_on', type: 'DATE', min: '2024-01-05', max: '2025-10-20', nullShare: 0.1 },
    ] },
    { name: 'boats', kind: 'dataset', dataset: 'boats', rows: 40, ingestedAt: null, columns: [
      { name: 'boat_id', type: 'VARCHAR', distinct: 40, examples: ['B07'] },
      { name: 'boat_name', type: 'VARCHAR', distinct: 40, values: ['Swift Heron', 'Grey Lady', 'Kingfisher'] },
      { name: 'boat_class', type: 'VARCHAR', distinct: 3, values: ['Eight', 'Four', 'Single Scull'] },
      { name: 'builder', type: 'VARCHAR', distinct: 5, values: ['Hudson', 'Empacher', 'Filippi'] },
      { name: 'hull_length_m', type: 'DOUBLE', min: 7, max: 19 },
      { name: 'value_k_gbp', type: 'DOUBLE', min: 8, max: 90 },
    ] },
    { name: 'coaches', kind: 'dataset', dataset: 'coaches', rows: 12, ingestedAt: null, columns: [
      { name: 'coach_id', type: 'VARCHAR', distinct: 12, examples: ['C03'] },
      { name: 'coach_name', type: 'VARCHAR', distinct: 12, values: ['Ada Shaw', 'Rhys Owen', 'Mina Patel'] },
      { name: 'level', type: 'VARCHAR', distinct: 2, values: ['Senior', 'Junior'] },
      { name: 'supervisor', type: 'VARCHAR', distinct: 3, values: ['Joan Reid', 'Tom Hale', 'Priya Das'] },
    ] },
  ],
  entityTypes: [],
  relationships: [
    { from: { table: 'outings', column: 'boat_ref' }, to: { table: 'boats', column: 'boat_id' }, cardinality: 'many-to-one', coverage: 1, status: 'suggested' },
    { from: { table: 'outings', column: 'coach_ref' }, to: { table: 'coaches', column: 'coach_id' }, cardinality: 'many-to-one', coverage: 1, status: 'suggested' },
  ],
};
