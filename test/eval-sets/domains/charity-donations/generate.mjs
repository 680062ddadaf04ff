// A UK charity's donations (the fact table) with its supporters and its fundraising campaigns as
// lookups. The gift processing export names the supporter `Donor No` and the campaign
// `campaignRef`; the CRM calls them `donor_id` and the campaign plan `campaign_code`. Gift Aid is
// claimed only on gifts from individuals who made a declaration, so the other gifts (and refunded
// ones) have no Gift Aid amount; gifts received in the last days are not processed yet, and gifts
// not given to a campaign (unprompted ones) have no campaign reference.
import { join } from 'node:path';
import { createRandom } from '../../lib/prng.mjs';
import {
  addDays, addMinutes, day, isoDate, isoTimestamp, writeCsv,
} from '../../lib/csv-writer.mjs';

// campaign_code, name, channel, launch, end, target (GBP), emergency, cost (GBP), pull
const CAMPAIGNS = [
  ['CMP-2401', 'Spring Appeal 2024', 'Direct Mail', '2024-03-01', '2024-05-31', 60000, 'N', 14500,
    9],
  ['CMP-2402', 'Clean Water for Malawi', 'Email', '2024-02-12', '2024-12-31', 90000, 'N', 8200, 12],
  ['CMP-2403', 'London Marathon 2024', 'Event', '2024-01-15', '2024-05-12', 45000, 'N', 11000, 7],
  ['CMP-2404', 'East Africa Drought Appeal', 'Online Ads', '2024-01-08', '2024-06-30', 150000, 'Y',
    21000, 14],
  ['CMP-2405', 'Summer Raffle', 'Direct Mail', '2024-06-01', '2024-08-31', 25000, 'N', 6400, 6],
  ['CMP-2406', 'Telephone Fundraising Q3', 'Telephone', '2024-07-01', '2024-09-30', 40000, 'N',
    18000, 5],
  ['CMP-2407', 'Bangladesh Flood Response', 'Online Ads', '2024-08-26', '2024-11-30', 120000, 'Y',
    16500, 13],
  ['CMP-2408', 'Christmas Appeal 2024', 'Direct Mail', '2024-11-01', '2025-01-15', 110000, 'N',
    24000, 16],
  ['CMP-2409', 'Giving Tuesday 2024', 'Email', '2024-11-25', '2024-12-08', 20000, 'N', 1500, 8],
  ['CMP-2410', 'Monthly Giving Drive', 'Telephone', '2024-01-02', null, 80000, 'N', 30000, 5],
  ['CMP-2501', 'Winter Emergency Appeal', 'Online Ads', '2025-01-20', '2025-05-31', 130000, 'Y',
    19000, 13],
  ['CMP-2502', 'Spring Appeal 2025', 'Direct Mail', '2025-03-03', '2025-05-31', 65000, 'N', 15200,
    9],
  ['CMP-2503', 'London Marathon 2025', 'Event', '2025-01-13', '2025-04-27', 50000, 'N', 12500, 7],
  ['CMP-2504', 'Schools for Nepal', 'Email', '2025-02-03', null, 70000, 'N', 5200, 9],
  ['CMP-2505', 'Legacy Giving Week', 'Event', '2025-06-02', '2025-06-08', 15000, 'N', 3000, 4],
  ['CMP-2506', 'Earthquake Relief Appeal', 'Online Ads', '2025-03-31', '2025-06-30', 100000, 'Y',
    14000, 15],
  ['CMP-2507', 'Big Give Match Week', 'Online Ads', '2024-12-03', '2024-12-10', 35000, 'N', 2500,
    10],
];
// Restricted funds; every other gift is unrestricted.
const FUNDS = {
  'CMP-2402': 'Water Projects', 'CMP-2504': 'Education', 'CMP-2404': 'Emergency Relief',
  'CMP-2407': 'Emergency Relief', 'CMP-2501': 'Emergency Relief', 'CMP-2506': 'Emergency Relief',
};
const REGIONS = [['London', 18], ['South East', 15], ['North West', 11], ['West Midlands', 9],
  ['Yorkshire', 9], ['South West', 9], ['Scotland', 8], ['East of England', 8], ['Wales', 5],
  ['North East', 4], ['Northern Ireland', 4]];
const DONOR_TYPES = [['Individual', 90], ['Company', 6], ['Trust', 4]];
const CONTACT = [['Email', 55], ['Post', 28], ['Phone', 9]];
const METHODS = [['Card', 40], ['Direct Debit', 24], ['PayPal', 14], ['Bank Transfer', 10],
  ['Cheque', 7], ['Cash', 5]];
const FIRST_GIFT_DAY = day('2024-01-02');
const LAST_GIFT_DAY = day('2025-06-30');

function makeDonors(random) {
  return Array.from({ length: 1480 }, (_, i) => {
    const type = random.weighted(DONOR_TYPES);
    const person = type === 'Individual';
    const registered = addDays(day('2012-01-01'), Math.floor(4925 * random.next() ** 0.7));
    return [
      `D${String(100200 + i * 7)}`, type, random.weighted(REGIONS),
      person && !random.chance(0.17) ? random.int(1938, 2004) : null, isoDate(registered),
      person && random.chance(0.62) ? 'Yes' : 'No', random.chance(0.47) ? 'true' : 'false',
      random.chance(0.08) ? null : random.weighted(CONTACT),
    ];
  });
}

function openOn(date) {
  return CAMPAIGNS.filter(([, , , launch, end]) =>
    day(launch) <= date && (end === null || date <= day(end)));
}

function amountOf(random, type, method, recurring) {
  if (recurring) return random.pick([5, 8, 10, 10, 12, 15, 20, 25, 30]);
  if (type === 'Company') return random.int(4, 100) * 25; // payroll giving, match funding
  if (type === 'Trust') return random.int(10, 200) * 50; // grants
  if (method === 'Cash') return random.int(1, 12) * 5;
  const roll = random.next();
  if (roll < 0.55) return random.pick([10, 15, 20, 25, 30, 40, 50]);
  if (roll < 0.9) return random.pick([60, 75, 100, 120, 150, 200, 250]);
  return Number((random.int(300, 2500) + random.pick([0, 0, 0.5])).toFixed(2));
}

function makeGift(random, i, donors) {
  const date = addDays(FIRST_GIFT_DAY, random.int(0, 545));
  // Supporters give from the day they registered; a few loyal ones give often.
  const pool = donors.filter((d) => d[4] <= isoDate(date));
  let donor = pool[random.skewedIndex(pool.length, 1.6)];
  // Companies and trusts give larger sums, but far less often than individuals.
  if (donor[1] !== 'Individual' && random.chance(0.7)) {
    donor = pool[random.skewedIndex(pool.length, 1.6)];
  }
  const open = openOn(date);
  const campaign = random.chance(0.08) || open.length === 0
    ? null : random.weighted(open.map((c) => [c, c[8]]));
  const recurring = donor[1] === 'Individual' && random.chance(0.22);
  const method = recurring ? 'Direct Debit'
    : random.weighted(METHODS.filter(([m]) => m !== 'Direct Debit' || donor[1] !== 'Individual'));
  const amount = amountOf(random, donor[1], method, recurring);
  const daysToProcess = method === 'Cheque' ? random.int(3, 9) : random.int(0, 3);
  const processedDay = addDays(date, daysToProcess);
  const processed = processedDay <= LAST_GIFT_DAY;
  const refunded = random.chance(0.015);
  const giftAid = donor[5] === 'Yes' && !refunded ? (amount * 0.25).toFixed(2) : null;
  return [
    `GFT-${300001 + i}`, donor[0], campaign ? campaign[0] : null, isoDate(date),
    processed ? isoTimestamp(addMinutes(processedDay, random.int(7 * 60, 18 * 60)), 'T') : null,
    amount.toFixed(2), giftAid, method,
    campaign ? (FUNDS[campaign[0]] ?? 'Unrestricted') : 'Unrestricted',
    recurring ? 'TRUE' : 'FALSE', random.chance(0.06) ? 'Y' : 'N', refunded ? 'yes' : 'no',
  ];
}

/** Writes donations.csv, donors.csv and campaigns.csv into `folder`; returns the tables. */
export function generate(folder) {
  const random = createRandom(20261212);
  const donors = makeDonors(random);
  const gifts = Array.from({ length: 4820 }, (_, i) => makeGift(random, i, donors))
    .sort((a, b) => a[3].localeCompare(b[3]) || a[0].localeCompare(b[0]))
    .map((row, i) => [`GFT-${300001 + i}`, ...row.slice(1)]);
  writeCsv(join(folder, 'campaigns.csv'),
    ['campaign_code', 'Campaign Name', 'channel', 'Launch Date', 'end_date', 'Target (GBP)',
      'Emergency Appeal', 'Cost (GBP)'], CAMPAIGNS.map((row) => row.slice(0, 8)));
  writeCsv(join(folder, 'donors.csv'),
    ['donor_id', 'Donor Type', 'region', 'birth_year', 'Registered On', 'giftAidDeclared',
      'email_opt_in', 'preferred_contact'], donors);
  writeCsv(join(folder, 'donations.csv'),
    ['Gift Ref', 'Donor No', 'campaignRef', 'Gift Date', 'Processed At', 'Gift Amount (GBP)',
      'Gift Aid (GBP)', 'payment_method', 'fund', 'isRecurring', 'Anonymous', 'refunded'], gifts);
  return ['donations', 'donors', 'campaigns'];
}
