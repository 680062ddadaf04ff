import { describe, expect, it } from 'vitest';
import { readTimeExpressions, shiftDay } from './time-expressions.js';
import { tokenize } from './tokens.js';

const read = (question: string, today: string | null = null) => readTimeExpressions(tokenize(question), today);
const bounds = (question: string, today: string | null = null) => read(question, today).ranges.map((r) => [r.from, r.to]);

describe('readTimeExpressions', () => {
  it('reads calendar days, months and quarters as half-open ranges', () => {
    expect(bounds('orders on 2025-02-28')).toEqual([['2025-02-28', '2025-03-01']]);
    expect(bounds('orders in March 2025')).toEqual([['2025-03-01', '2025-04-01']]);
    expect(bounds('orders in Dec 2024')).toEqual([['2024-12-01', '2025-01-01']]);
    expect(bounds('orders in 2024-11')).toEqual([['2024-11-01', '2024-12-01']]);
    expect(bounds('orders in Q4 2024')).toEqual([['2024-10-01', '2025-01-01']]);
    expect(bounds('orders in the third quarter of 2023')).toEqual([['2023-07-01', '2023-10-01']]);
  });

  it('reads windows before a day as [day - n, day) and after a day as the n days that follow it', () => {
    expect(bounds('the 14 days before 2024-07-04')).toEqual([['2024-06-20', '2024-07-04']]);
    expect(bounds('the week after 2024-11-28')).toEqual([['2024-11-29', '2024-12-06']]);
    expect(bounds('in the 3 months before 2024-09-01')).toEqual([['2024-06-01', '2024-09-01']]);
    expect(bounds('in the two weeks after 2024-12-20')).toEqual([['2024-12-21', '2025-01-04']]);
  });

  it('counts "the last N days" back from the stated as-of day, else from today, else not at all', () => {
    expect(bounds('As of 2025-06-30, how many orders in the previous 7 days')).toEqual([['2025-06-23', '2025-06-30']]);
    expect(bounds('orders in the last 2 months', '2026-12-01')).toEqual([['2026-10-01', '2026-12-01']]);
    expect(bounds('orders in the last 2 months')).toEqual([]);
  });

  it('reads days written with the month spelled out, day first or month first, only with a year', () => {
    expect(bounds('payments after 1 July 2024')).toEqual([['2024-07-01', '2024-07-02']]);
    expect(bounds('payments on the 3rd of March 2025')).toEqual([['2025-03-03', '2025-03-04']]);
    expect(bounds('payments on 13 jan 2025')).toEqual([['2025-01-13', '2025-01-14']]);
    expect(bounds('payments on 1 sept 2024')).toEqual([['2024-09-01', '2024-09-02']]);
    expect(bounds('payments on March 14, 2025')).toEqual([['2025-03-14', '2025-03-15']]);
    expect(bounds('payments on Sept 1st 2024')).toEqual([['2024-09-01', '2024-09-02']]);
    // No year: left for the refusal. Not a day of that month: not a day at all.
    expect(bounds('payments on 14 March')).toEqual([]);
    expect(bounds('payments on 31 June 2024')).toEqual([]);
    expect(bounds('the 5 largest payments in June 2024')).toEqual([['2024-06-01', '2024-07-01']]);
  });

  it('places every token of a spelled-out day', () => {
    const reading = read('how many payments were made after 1 July 2024');
    expect(reading.ranges[0]!.tokens).toEqual([6, 7, 8]);
  });

  it('reads windows that end on their day, and windows around a spelled-out day', () => {
    expect(bounds('in the 7 days up to and including 2025-06-30')).toEqual([['2025-06-24', '2025-07-01']]);
    expect(bounds('in the week ending 2025-06-29')).toEqual([['2025-06-23', '2025-06-30']]);
    expect(bounds('in the week after 13 jan 2025')).toEqual([['2025-01-14', '2025-01-21']]);
    expect(bounds('in the 14 days before 1 June 2025')).toEqual([['2025-05-18', '2025-06-01']]);
    // "up to" alone does not say whether the day is in: not a window.
    expect(read('in the 7 days up to 2025-06-30').ranges.map((r) => r.kind)).toEqual(['day']);
  });

  it('takes the reference day from "as of", "as at", "taking today as" and "if today is"', () => {
    expect(bounds('taking today as 2025-04-15, how many payments in the last 30 days')).toEqual([['2025-03-16', '2025-04-15']]);
    expect(bounds('if today is 1 May 2025, payments in the past week')).toEqual([['2025-04-24', '2025-05-01']]);
    expect(bounds('As at 30 Nov 2025, payments in the previous 60 days')).toEqual([['2025-10-01', '2025-11-30']]);
    expect(read('taking today as 2025-04-15, how many payments in the last 30 days').asOf).toBe('2025-04-15');
  });

  it('reads a grain only in its singular after per/by/each, or as an adverb', () => {
    expect(read('orders per month').grain?.grain).toBe('month');
    expect(read('revenue by quarter').grain?.grain).toBe('quarter');
    expect(read('monthly orders').grain?.grain).toBe('month');
    expect(read('orders each year').grain?.grain).toBe('year');
    expect(read('orders in the last 3 months', '2026-01-01').grain).toBeNull();
    expect(read('what year was it built').grain).toBeNull();
    // A number's rate is no grouping: "over 1,000 parcels a day", "20 bookings per week".
    expect(read('which depots handle more than 1,000 parcels a day').grain).toBeNull();
    expect(read('members with over 20 bookings per week').grain).toBeNull();
    expect(read('how many parcels a day').grain?.grain).toBe('day');
  });

  it('does not read "may" the verb as a month', () => {
    expect(bounds('which orders may ship in 2025')).toEqual([]);
    expect(bounds('orders in May 2025')).toEqual([['2025-05-01', '2025-06-01']]);
  });

  it('shifts days across month and year ends', () => {
    expect(shiftDay('2024-01-31', 'month', 1)).toBe('2024-02-29');
    expect(shiftDay('2024-03-31', 'quarter', -1)).toBe('2023-12-31');
    expect(shiftDay('2024-02-29', 'year', 1)).toBe('2025-02-28');
    expect(shiftDay('2024-03-01', 'day', -1)).toBe('2024-02-29');
    expect(shiftDay('2024-12-25', 'week', 1)).toBe('2025-01-01');
  });
});
