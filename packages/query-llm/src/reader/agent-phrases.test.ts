// "By" that names who made the rows, not a grouping: "repairs done by technicians who own a van".
import { describe, expect, it } from 'vitest';
import { readerOn } from './reader-test-answers.js';
import { repairs } from './repairs.fixture.js';

const { sql, refusal } = readerOn(repairs);

describe('"by <noun> who <yes/no field>"', () => {
  it('filters on the looked-up yes/no field instead of grouping by it', () => {
    expect(sql('number of repairs done by technicians who own a van')).toMatch(/SELECT count\(\*\) AS count FROM "repairs_joined" WHERE "technician_owns_van"$/);
    expect(sql('how many repairs by technicians that own a van')).toMatch(/SELECT count\(\*\) AS count FROM "repairs_joined" WHERE "technician_owns_van"$/);
  });

  it('never groups by the yes/no field a plural noun follows ("by gas safe technicians")', () => {
    // Not read yet as a filter (the noun is left over), but no longer answered as a grouping.
    expect(refusal('number of repairs by gas safe technicians')).toMatch(/"technicians"/);
  });

  it('still groups by a field after "by", a participle before it or not', () => {
    expect(sql('repairs done by region')).toMatch(/SELECT "technician_region", count\(\*\) AS value FROM "repairs_joined" GROUP BY "technician_region"/);
    expect(sql('total fees by region')).toMatch(/SELECT "technician_region", sum\("fee_gbp"\) AS value FROM "repairs_joined" GROUP BY "technician_region"/);
    expect(sql('repairs by gas safe')).toMatch(/GROUP BY "technician_gas_safe"/);
  });
});
