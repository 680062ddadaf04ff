// A community leisure trust's pool admissions (the fact table) with its pools and its card-holding
// swimmers as lookups. The turnstile export writes the pool as `poolCode` and the swimmer as
// `Member Card`, while the facilities list says `Pool ID` and the membership system `card_no`.
// Pay-at-the-door swimmers have no card; a swimmer who left by the fire door has no check-out.
import { join } from 'node:path';
import { createRandom } from '../../lib/prng.mjs';
import {
  addDays, addMinutes, day, isoDate, isoTimestamp, writeCsv,
} from '../../lib/csv-writer.mjs';

// Pool ID, pool_name, site, Length (m), lanes, opened_on, Indoor, popularity, water base (C)
const POOLS = [
  ['RIV', 'Riverside Main Pool', 'Riverside Leisure Centre', 25, 8, '1998-05-12', 'Y', 24, 28.8],
  ['RVT', 'Riverside Teaching Pool', 'Riverside Leisure Centre', 20, 4, '1998-05-12', 'Y', 9, 30.6],
  ['NGB', 'Northgate Baths', 'Northgate', 33.3, 6, '1936-07-01', 'Y', 14, 28.4],
  ['PKA', 'Parkside 50m Pool', 'Parkside Aquatics Centre', 50, 10, '2012-03-03', 'Y', 22, 27.6],
  ['HLM', 'Holme Lido', 'Holme Park', 50, 6, '1931-06-20', 'N', 12, 22.0],
  ['WBK', 'Westbrook Community Pool', 'Westbrook Hub', 25, 5, '2019-09-14', 'Y', 11, 29.2],
  ['SHF', 'Shelford Village Pool', 'Shelford', 20, 4, '1975-04-01', 'Y', 8, 29.6],
];
const TOWNS = [['Cambridge', 44], ['Histon', 9], ['Cherry Hinton', 10], ['Trumpington', 8],
  ['Milton', 7], ['Girton', 6], ['Shelford', 8], ['Impington', 5], ['Waterbeach', 3]];
const PLANS = [['Monthly', 40], ['Annual', 22], ['Junior', 16], ['Senior', 12], ['Off-Peak', 10]];
// session, weight, first and last check-in hour, minutes in the building (mean, spread)
const SESSIONS = [
  ['Early Bird', 14, 6, 7, 50, 12], ['Lane Swim', 30, 9, 20, 55, 15],
  ['Public Swim', 26, 10, 18, 70, 20], ['Aqua Aerobics', 8, 10, 19, 60, 8],
  ['Swim Lesson', 9, 16, 18, 45, 6], ['Family Splash', 8, 10, 16, 85, 20],
  ['Adults Only', 5, 20, 21, 60, 15],
];
const CASUAL = [['Adult', 55], ['Junior', 20], ['Senior', 15], ['Concession', 10]];
const DOOR_PRICE = { Adult: 5.8, Junior: 3.2, Senior: 3.9, Concession: 3.5 };
const MEMBER_PRICE = { 'Aqua Aerobics': 4.5, 'Swim Lesson': 7.0 };

function makeSwimmers(random) {
  return Array.from({ length: 1150 }, (_, i) => {
    const plan = random.weighted(PLANS);
    let born = random.int(1958, 2006);
    if (plan === 'Junior') born = random.int(2008, 2018);
    if (plan === 'Senior') born = random.int(1938, 1962);
    return [
      `SC${100200 + i * 7}`, random.weighted(TOWNS), random.chance(0.07) ? null : born,
      isoDate(addDays(day('2012-01-09'), random.int(0, 4900))), plan,
      random.chance(0.47) ? 'yes' : 'no',
    ];
  });
}

/** The lido opens from May to September; the teaching pools hold no lane swims. */
function poolsFor(visit, session) {
  const month = visit.getUTCMonth() + 1;
  return POOLS.filter((p) => (p[0] !== 'HLM' || (month >= 5 && month <= 9))
    && !(p[3] <= 20 && (session === 'Lane Swim' || session === 'Early Bird')));
}

function waterTemperature(random, pool, visit) {
  if (pool[0] !== 'HLM') return random.around(pool[8], 0.8, pool[8] - 1.2, pool[8] + 1.2);
  const summer = [0, 0, 0, 0, 0, 0.5, 2.5, 4.0, 3.0, 0.5][visit.getUTCMonth()] ?? 0;
  return random.around(pool[8] + summer, 1.6, 16.5, 28.0);
}

function makeVisit(random, i, swimmers) {
  const visit = addDays(day('2024-01-01'), random.int(0, 546)); // 2024-01-01 .. 2025-06-30
  const weekend = [0, 6].includes(visit.getUTCDay());
  const sessions = SESSIONS.filter((s) => weekend || s[0] !== 'Family Splash');
  const session = random.weighted(sessions.map((s) => [s, s[1]]));
  const pool = random.weighted(poolsFor(visit, session[0]).map((p) => [p, p[7]]));
  const checkIn = addMinutes(visit, random.int(session[2] * 60, session[3] * 60 + 59));
  const joined = swimmers.filter((s) => day(s[3]) <= visit);
  const member = random.chance(session[0] === 'Family Splash' ? 0.3 : 0.56);
  const swimmer = member ? joined[random.skewedIndex(joined.length, 1.7)] : null;
  let admission = member ? 'Member' : random.weighted(CASUAL);
  if (admission === 'Junior' && session[0] === 'Adults Only') admission = 'Adult';
  let price;
  if (member) price = MEMBER_PRICE[session[0]] ?? 0;
  else if (session[0] === 'Swim Lesson') price = 9.5;
  else price = DOOR_PRICE[admission] + (session[0] === 'Aqua Aerobics' ? 2.5 : 0);
  if (!member && pool[3] === 50) price += 1;
  const payment = price === 0 ? 'Membership'
    : random.weighted([['Card', 55], ['Cash', 15], ['App', 30]]);
  const stay = Math.round(random.around(session[4], session[5], 20, 150));
  const lapSession = session[0] === 'Lane Swim' || session[0] === 'Early Bird';
  const lengths = lapSession && !random.chance(0.1)
    ? Math.round(random.around(1600, 900, 300, 4000) / pool[3]) : null;
  return [
    880001 + i, isoTimestamp(checkIn, 'T'),
    random.chance(0.06) ? null : isoTimestamp(addMinutes(checkIn, stay)), pool[0],
    swimmer ? swimmer[0] : null, session[0], admission, price.toFixed(2), payment, lengths,
    waterTemperature(random, pool, visit).toFixed(1), random.chance(0.58) ? 'Yes' : 'No',
    random.chance(0.12) ? 'true' : 'false',
  ];
}

/** Writes pool_visits.csv, pools.csv and swimmers.csv into `folder`; returns the tables. */
export function generate(folder) {
  const random = createRandom(20261322);
  const swimmers = makeSwimmers(random);
  const visits = Array.from({ length: 4620 }, (_, i) => makeVisit(random, i, swimmers));
  writeCsv(join(folder, 'pools.csv'),
    ['Pool ID', 'pool_name', 'site', 'Length (m)', 'lanes', 'opened_on', 'Indoor'],
    POOLS.map((row) => row.slice(0, 7)));
  writeCsv(join(folder, 'swimmers.csv'),
    ['card_no', 'home_town', 'birth_year', 'joined_on', 'membership_plan', 'emailOptIn'],
    swimmers);
  writeCsv(join(folder, 'pool_visits.csv'),
    ['visit_no', 'Check In', 'Check Out', 'poolCode', 'Member Card', 'session_type',
      'admission_type', 'Price (GBP)', 'payment_method', 'Lengths Swum', 'water_temp_c',
      'Locker Used', 'towelHire'], visits);
  return ['pool_visits', 'pools', 'swimmers'];
}
