// An appliance-repair firm's jobs and its technicians: for the reader's tests of "by" that names
// who did the work and of groupings by a field no two rows share. Data of our own, in no eval set.
import type { OfflineSchema } from '../offline-sql.js';

export const repairs: OfflineSchema = {
  tables: [
    { name: 'repairs', kind: 'dataset', dataset: 'repairs', rows: 3000, ingestedAt: null, columns: [
      { name: 'repair_id', type: 'VARCHAR', distinct: 3000, values: ['R-0001', 'R-0002'] },
      { name: 'tech_ref', type: 'VARCHAR', distinct: 20, values: ['T01', 'T02'] },
      { name: 'appliance', type: 'VARCHAR', distinct: 6, values: ['Boiler', 'Oven', 'Washer'] },
      { name: 'fee_gbp', type: 'DOUBLE', min: 40, max: 400 },
      { name: 'completed_on', type: 'DATE', min: '2024-01-02', max: '2025-06-30' },
    ] },
    { name: 'technicians', kind: 'dataset', dataset: 'technicians', rows: 20, ingestedAt: null, columns: [
      { name: 'tech_id', type: 'VARCHAR', distinct: 20, values: ['T01', 'T02'] },
      { name: 'full_name', type: 'VARCHAR', distinct: 20, values: ['Ann Lee', 'Bo Park'] },
      { name: 'gas_safe', type: 'BOOLEAN', distinct: 2 },
      { name: 'owns_van', type: 'BOOLEAN', distinct: 2 },
      { name: 'region', type: 'VARCHAR', distinct: 4, values: ['North', 'South'] },
    ] },
  ],
  relationships: [{ from: { table: 'repairs', column: 'tech_ref' }, to: { table: 'technicians', column: 'tech_id' }, cardinality: 'many-to-one', coverage: 1, status: 'suggested' }],
  entityTypes: [],
};
