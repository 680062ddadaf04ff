// A garage's repair workshop, written for the reader's tests: a fact table of repairs that points
// at its mechanics, with a classifier field (job_type), a date whose name is a participle
// (booked_date), a quantity beside a total price, two fields of pounds, a yes/no field whose
// name is one letter from a common word (main_bay), a yes/no field sharing a word with a
// quantity (coolant_flushed, coolant_litres), a field in days, and a value that is a word of
// another field's name (job_type Inspection, inspection_score), a value that reads as a time
// (priority Next Day) and a yes/no field on the mechanics named with the repairs' noun.
import type { OfflineSchema } from '../offline-sql.js';

const repairs = {
  name: 'repairs', kind: 'dataset' as const, dataset: 'repairs', rowNoun: 'repair', rows: 3000, ingestedAt: '_ingested_at',
  columns: [
    { name: 'repair_no', type: 'VARCHAR', distinct: 3000, examples: ['R-0001'], values: ['R-0001', 'R-0002'] },
    { name: 'mechanic_id', type: 'VARCHAR', distinct: 4, values: ['M-1', 'M-2', 'M-3', 'M-4'] },
    { name: 'job_type', type: 'VARCHAR', distinct: 4, values: ['Brake Fix', 'Oil Change', 'Tyre Swap', 'Inspection'] },
    { name: 'inspection_score', type: 'INTEGER', min: 0, max: 100 },
    { name: 'customer_type', type: 'VARCHAR', distinct: 2, values: ['Fleet', 'Private'] },
    { name: 'booked_date', type: 'DATE', min: '2024-01-02', max: '2025-09-30' },
    { name: 'labour_min', type: 'INTEGER', unit: 'min', min: 15, max: 480 },
    { name: 'parts_qty', type: 'INTEGER', min: 0, max: 12 },
    { name: 'deposit_gbp', type: 'DOUBLE', unit: 'gbp', min: 0, max: 100 },
    { name: 'total_price_gbp', type: 'DOUBLE', unit: 'gbp', min: 20, max: 1500 },
    { name: 'main_bay', type: 'BOOLEAN', distinct: 2 },
    { name: 'coolant_litres', type: 'DOUBLE', unit: 'l', min: 0, max: 12 },
    { name: 'coolant_flushed', type: 'BOOLEAN', distinct: 2 },
    { name: 'warranty_days', type: 'INTEGER', unit: 'd', min: 0, max: 365 },
    { name: 'priority', type: 'VARCHAR', distinct: 2, values: ['Next Day', 'Standard'] },
  ],
};
const mechanics = {
  name: 'mechanics', kind: 'dataset' as const, dataset: 'mechanics', rowNoun: 'mechanic', rows: 4, ingestedAt: '_ingested_at',
  columns: [
    { name: 'mechanic_id', type: 'VARCHAR', distinct: 4, values: ['M-1', 'M-2', 'M-3', 'M-4'] },
    { name: 'mechanic_name', type: 'VARCHAR', distinct: 4, values: ['Ada Cole', 'Bo Lind', 'Cy Moss', 'Di Vale'] },
    { name: 'hired_on', type: 'DATE', min: '2010-05-01', max: '2024-02-01' },
    { name: 'enroll_year', type: 'INTEGER', min: 2008, max: 2023 },
    { name: 'mechanic_type', type: 'VARCHAR', distinct: 2, values: ['Staff', 'Contractor'] },
    { name: 'repair_bonus_paid', type: 'BOOLEAN', distinct: 2 },
  ],
};
export const workshop: OfflineSchema = {
  tables: [repairs, mechanics],
  entityTypes: [],
  relationships: [{ from: { table: 'repairs', column: 'mechanic_id' }, to: { table: 'mechanics', column: 'mechanic_id' }, cardinality: 'many-to-one', coverage: 1, status: 'suggested' }],
};
/** The same tables with no relationship between them: repairs points at nothing. */
export const workshopUnrelated: OfflineSchema = { ...workshop, relationships: [] };
