// A count or an average grouped by a field no two rows share answers nothing: every group is one row.
import { describe, expect, it } from 'vitest';
import { readerOn } from './reader-test-answers.js';
import { repairs } from './repairs.fixture.js';

const { sql, refusal } = readerOn(repairs);

describe('groups of one row', () => {
  it('refuses an average grouped by the table\'s own key, naming it', () => {
    expect(refusal('average fee per repair id')).toMatch(/Every repairs row has its own repair_id/);
    // "repairer" shares its root with the key's name, not its meaning.
    expect(refusal('average fee for each repairer')).toMatch(/repair_id/);
  });

  it('keeps groupings by a field rows share', () => {
    expect(sql('average fee per appliance')).toBe(`SELECT "appliance", avg("fee_gbp") AS value FROM "repairs" GROUP BY "appliance" ORDER BY value DESC, "appliance"`);
    expect(sql('how many repairs per technician')).toMatch(/GROUP BY "tech_ref"/);
  });
});
