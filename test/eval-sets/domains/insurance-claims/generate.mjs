// An insurer's claims register (the fact table) with its policy book and its claims adjusters as
// lookups. The claims system calls the policy `Policy No` and the adjuster `adjusterId`, while
// the policy admin system says `policy_id` and the HR roster says `Adjuster Code`. Claims still
// open or under review have no settlement date and no approved amount; the newest claims are not
// yet assigned to an adjuster.
import { join } from 'node:path';
import { createRandom } from '../../lib/prng.mjs';
import {
  addDays, addMinutes, day, daysBetween, isoDate, isoTimestamp, writeCsv,
} from '../../lib/csv-writer.mjs';

const EXTRACT_DAY = day('2025-06-30');
const PRODUCTS = [['Motor', 50], ['Home', 35], ['Travel', 15]];
const TIERS = [['Basic', 35], ['Standard', 45], ['Premium', 20]];
const TIER_FACTOR = { Basic: 0.8, Standard: 1, Premium: 1.45 };
const BASE_PREMIUM = { Motor: 1150, Home: 1380, Travel: 190 };
const DEDUCTIBLES = { Basic: [[1000, 50], [2500, 30], [500, 20]],
  Standard: [[500, 55], [1000, 35], [250, 10]], Premium: [[250, 60], [500, 40]] };
const STATES = [['TX', 20], ['CA', 18], ['FL', 16], ['NY', 10], ['IL', 8], ['GA', 8], ['AZ', 7],
  ['OH', 6], ['NC', 5], ['CO', 2]];

// Adjuster Code, full_name, team, office, hire_date, Senior, Authority Limit ($), workload
const ADJUSTERS = [
  ['AJ-101', 'Maria Alvarez', 'Motor Claims', 'Dallas', '2014-03-17', 'TRUE', 100000, 9],
  ['AJ-102', 'Daniel Okafor', 'Motor Claims', 'Atlanta', '2017-08-01', 'TRUE', 50000, 8],
  ['AJ-103', 'Priya Raman', 'Motor Claims', 'Phoenix', '2019-05-13', 'FALSE', 25000, 7],
  ['AJ-104', 'Tom Becker', 'Motor Claims', 'Dallas', '2021-01-11', 'FALSE', 25000, 7],
  ['AJ-105', 'Grace Liu', 'Motor Claims', 'Chicago', '2018-10-22', 'TRUE', 50000, 6],
  ['AJ-106', 'Marcus Reed', 'Motor Claims', 'Atlanta', '2022-06-06', 'FALSE', 10000, 5],
  ['AJ-107', 'Hannah Schultz', 'Motor Claims', 'Phoenix', '2023-02-20', 'FALSE', 10000, 4],
  ['AJ-108', 'Luis Romero', 'Motor Claims', 'Dallas', '2016-04-04', 'TRUE', 50000, 6],
  ['AJ-109', 'Chloe Martin', 'Motor Claims', 'Chicago', '2024-01-08', 'FALSE', 10000, 3],
  ['AJ-201', 'Samuel Grant', 'Property Claims', 'Atlanta', '2012-09-10', 'TRUE', 250000, 8],
  ['AJ-202', 'Aisha Bello', 'Property Claims', 'Dallas', '2015-11-30', 'TRUE', 100000, 8],
  ['AJ-203', 'Kevin Walsh', 'Property Claims', 'Chicago', '2019-03-04', 'FALSE', 50000, 6],
  ['AJ-204', 'Nina Petrova', 'Property Claims', 'Phoenix', '2020-07-27', 'FALSE', 50000, 6],
  ['AJ-205', 'Oscar Lindqvist', 'Property Claims', 'Atlanta', '2018-01-15', 'TRUE', 100000, 5],
  ['AJ-206', 'Yuki Tanaka', 'Property Claims', 'Dallas', '2022-09-12', 'FALSE', 25000, 4],
  ['AJ-207', 'Fatima Haddad', 'Property Claims', 'Chicago', '2023-05-22', 'FALSE', 25000, 3],
  ['AJ-208', 'Ben Carter', 'Property Claims', 'Phoenix', '2017-06-19', 'TRUE', 100000, 4],
  ['AJ-301', 'Elena Rossi', 'Travel & Specialty', 'Chicago', '2016-02-08', 'TRUE', 50000, 6],
  ['AJ-302', 'Jamal Wright', 'Travel & Specialty', 'Atlanta', '2020-10-05', 'FALSE', 25000, 5],
  ['AJ-303', 'Sofia Moreno', 'Travel & Specialty', 'Phoenix', '2021-08-16', 'FALSE', 25000, 4],
  ['AJ-304', 'Peter Novak', 'Travel & Specialty', 'Dallas', '2019-12-02', 'FALSE', 10000, 3],
  ['AJ-305', 'Rachel Kim', 'Travel & Specialty', 'Chicago', '2024-04-15', 'FALSE', 10000, 2],
];
const TEAM_OF = { Motor: 'Motor Claims', Home: 'Property Claims', Travel: 'Travel & Specialty' };

// claim type per product: [type, weight, min amount, max amount, days to settle min, max]
const CLAIM_TYPES = {
  Motor: [['Collision', 42, 1500, 28000, 10, 75], ['Windscreen', 24, 250, 1400, 2, 15],
    ['Theft', 10, 4000, 42000, 25, 120], ['Vandalism', 12, 400, 4500, 7, 40],
    ['Personal Injury', 12, 2500, 95000, 40, 170]],
  Home: [['Water Damage', 34, 1800, 46000, 14, 90], ['Storm', 22, 900, 38000, 10, 80],
    ['Burglary', 16, 1000, 24000, 14, 70], ['Fire', 8, 6000, 180000, 30, 160],
    ['Accidental Damage', 20, 150, 5200, 5, 30]],
  Travel: [['Medical Expenses', 38, 300, 26000, 10, 60],
    ['Trip Cancellation', 40, 350, 6500, 5, 45],
    ['Lost Luggage', 22, 100, 2600, 5, 35]],
};
const POLICE_TYPES = new Set(['Collision', 'Theft', 'Vandalism', 'Burglary', 'Personal Injury']);
const CHANNELS = [['Phone', 35], ['Web', 30], ['Mobile App', 25], ['Broker', 10]];
// Named storms: claims of type Storm in these windows are tagged with the event code.
const CAT_EVENTS = [['CAT-23-04', '2023-04-02', '2023-04-09'],
  ['CAT-23-09', '2023-09-14', '2023-09-21'],
  ['CAT-24-03', '2024-03-20', '2024-03-26'], ['CAT-24-07', '2024-07-08', '2024-07-15'],
  ['CAT-24-10', '2024-10-09', '2024-10-14'], ['CAT-25-05', '2025-05-18', '2025-05-24']];

function makePolicies(random) {
  return Array.from({ length: 950 }, (_, i) => {
    const product = random.weighted(PRODUCTS);
    const tier = random.weighted(TIERS);
    const start = addDays(day('2019-01-01'), random.int(0, 2190)); // .. 2024-12-30
    const cancelled = random.chance(0.08)
      ? addDays(start, random.int(60, Math.max(61, daysBetween(start, EXTRACT_DAY) - 1))) : null;
    const premium = BASE_PREMIUM[product] * TIER_FACTOR[tier] * random.around(1, 0.35, 0.6, 1.5);
    return {
      product, start, cancelled, fleet: random.chance(0.03),
      row: [`POL-${10000 + i}`, product, tier, isoDate(start),
        cancelled ? isoDate(cancelled) : null, premium.toFixed(2),
        random.weighted(DEDUCTIBLES[tier]), random.weighted(STATES),
        random.chance(0.64) ? 'true' : 'false',
        random.chance(0.06) ? null : random.int(1945, 2004)],
    };
  });
}

function catEvent(type, incident) {
  if (type !== 'Storm') return null;
  const hit = CAT_EVENTS.find(([, from, to]) => day(from) <= incident && incident <= day(to));
  return hit ? hit[0] : null;
}

function stormDay(random) {
  // A third of storm claims come from the named events, the rest from local weather.
  if (random.chance(0.66)) return addDays(day('2023-01-01'), random.int(0, 900));
  const [, from, to] = random.pick(CAT_EVENTS);
  return addDays(day(from), random.int(0, daysBetween(day(from), day(to))));
}

function settle(random, reported, type) {
  const [, , , , minDays, maxDays] = type;
  const age = daysBetween(reported, EXTRACT_DAY);
  const recent = age <= 30;
  const status = recent
    ? random.weighted([['Open', 58], ['Under Review', 30], ['Settled', 7], ['Denied', 5]])
    : random.weighted([['Settled', 73], ['Denied', 11], ['Withdrawn', 4], ['Under Review', 7],
      ['Open', 5]]);
  if (status !== 'Settled') return { status, settled: null };
  const settled = addDays(reported, random.int(Math.min(minDays, Math.max(1, age)),
    Math.max(1, Math.min(maxDays, age))));
  return { status, settled: settled > EXTRACT_DAY ? EXTRACT_DAY : settled };
}

function makeClaim(random, i, policies) {
  const first = day('2023-01-01');
  let incident = addDays(first, random.int(0, 901)); // .. 2025-06-21
  const eligible = policies.filter((p) => p.start <= incident
    && (p.cancelled === null || incident < p.cancelled));
  const policy = random.weighted(eligible.map((p) => [p, p.fleet ? 7 : 1]));
  const type = random.weighted(CLAIM_TYPES[policy.product].map((t) => [t, t[1]]));
  if (type[0] === 'Storm') {
    const storm = stormDay(random);
    if (storm >= policy.start && (policy.cancelled === null || storm < policy.cancelled)) {
      incident = storm;
    }
  }
  const lag = random.weighted([[0, 30], [1, 25], [2, 14], [3, 9], [5, 8], [8, 6], [14, 5],
    [25, 3]]);
  let reported = addMinutes(addDays(incident, lag), random.int(7 * 60, 21 * 60 + 30));
  if (reported > addDays(EXTRACT_DAY, 1)) reported = addMinutes(EXTRACT_DAY, random.int(420, 900));
  const [, , minAmount, maxAmount] = type;
  const amount = minAmount + (maxAmount - minAmount) * random.next() ** 2.1;
  const fraud = random.chance(type[0] === 'Theft' || type[0] === 'Personal Injury' ? 0.11 : 0.03);
  let { status, settled } = settle(random, reported, type);
  if (fraud && status === 'Settled' && random.chance(0.55)) {
    status = 'Denied';
    settled = null;
  }
  const deductible = policy.row[6];
  const approved = status === 'Settled'
    ? Math.max(0, amount * random.around(0.88, 0.2, 0.55, 1) - deductible).toFixed(2)
    : status === 'Denied' ? '0.00' : null;
  const unassigned = (status === 'Open' && daysBetween(reported, EXTRACT_DAY) <= 12 && !fraud)
    || (status === 'Withdrawn' && random.chance(0.3));
  const team = ADJUSTERS.filter((a) => a[2] === TEAM_OF[policy.product]);
  const adjuster = unassigned ? null : random.weighted(team.map((a) => [a, a[7]]))[0];
  const police = POLICE_TYPES.has(type[0]) ? random.chance(0.62) : random.chance(0.03);
  return [
    `CLM-${300000 + i}`, policy.row[0], adjuster, isoDate(incident), isoTimestamp(reported, 'T'),
    type[0], amount.toFixed(2), approved, status, settled ? isoDate(settled) : null,
    fraud ? 'Y' : 'N', police ? 'Yes' : 'No', random.weighted(CHANNELS),
    catEvent(type[0], incident),
  ];
}

/** Writes claims.csv, policies.csv and adjusters.csv into `folder`; returns the tables. */
export function generate(folder) {
  const random = createRandom(20261215);
  const policies = makePolicies(random);
  const claims = Array.from({ length: 4560 }, (_, i) => makeClaim(random, i, policies));
  writeCsv(join(folder, 'policies.csv'),
    ['policy_id', 'product_line', 'plan_tier', 'Start Date', 'Cancelled On',
      'Annual Premium (USD)', 'Deductible (USD)', 'state', 'autoRenew', 'holder_birth_year'],
    policies.map((p) => p.row));
  writeCsv(join(folder, 'adjusters.csv'),
    ['Adjuster Code', 'full_name', 'team', 'office', 'hire_date', 'Senior', 'Authority Limit ($)'],
    ADJUSTERS.map((row) => row.slice(0, 7)));
  writeCsv(join(folder, 'claims.csv'),
    ['claim_id', 'Policy No', 'adjusterId', 'Incident Date', 'reported_at', 'claim_type',
      'Claim Amount (USD)', 'Approved Amount (USD)', 'status', 'Settlement Date', 'fraudFlag',
      'Police Report Filed', 'channel', 'cat_event_code'], claims);
  return ['claims', 'policies', 'adjusters'];
}
