// A south-coast dive school's bookings (the fact table) with its dive sites and its instructors
// as lookups. The booking system writes the site as `Site Code` and the instructor as
// `instructorId`, while the site list says `site_id` and the staff sheet `Instructor No`.
// Cancelled bookings have no depth, bottom time, temperature, visibility or rating; most divers
// never leave a rating.
import { join } from 'node:path';
import { createRandom } from '../../lib/prng.mjs';
import {
  addDays, addMinutes, day, isoDate, isoTimestamp, writeCsv,
} from '../../lib/csv-writer.mjs';

// site_id, site_name, region, entry, max depth (m), wreck, boat fee (GBP), skill level, weight
const SITES = [
  ['SW01', 'Swanage Pier', 'Dorset', 'Shore', 7, 'no', 0, 'Beginner', 16],
  ['SW02', 'Kimmeridge Bay', 'Dorset', 'Shore', 6, 'no', 0, 'Beginner', 7],
  ['SW03', 'Chesil Cove', 'Dorset', 'Shore', 18, 'no', 0, 'Intermediate', 6],
  ['SW04', 'Black Hawk Wreck', 'Dorset', 'Boat', 16, 'yes', 35, 'Intermediate', 7],
  ['SW05', 'Kyarra Wreck', 'Dorset', 'Boat', 30, 'yes', 45, 'Advanced', 5],
  ['SW06', 'Old Harry Rocks', 'Dorset', 'Boat', 12, 'no', 30, 'Beginner', 6],
  ['PL01', 'Plymouth Breakwater', 'Devon', 'Boat', 14, 'no', 30, 'Beginner', 8],
  ['PL02', 'James Eagan Layne', 'Devon', 'Boat', 22, 'yes', 40, 'Intermediate', 6],
  ['PL03', 'HMS Scylla', 'Devon', 'Boat', 24, 'yes', 45, 'Intermediate', 7],
  ['PL04', 'Hand Deeps', 'Devon', 'Boat', 38, 'no', 50, 'Advanced', 3],
  ['PL05', 'Hope Cove', 'Devon', 'Shore', 10, 'no', 0, 'Beginner', 4],
  ['FA01', 'Manacles Reef', 'Cornwall', 'Boat', 28, 'no', 50, 'Advanced', 4],
  ['FA02', 'Porthkerris Cove', 'Cornwall', 'Shore', 12, 'no', 0, 'Beginner', 5],
  ['FA03', 'SS Mohegan', 'Cornwall', 'Boat', 26, 'yes', 55, 'Advanced', 2],
  ['FA04', 'Lizard Point', 'Cornwall', 'Boat', 20, 'no', 40, 'Intermediate', 3],
  ['POOL', 'Riverside Leisure Pool', 'Training Pool', 'Pool', 4, 'no', 0, 'Beginner', 11],
  ['QY01', 'Vobster Quay', 'Somerset', 'Shore', 36, 'no', 0, 'Intermediate', 4],
  ['QY02', 'Stoney Cove', 'Leicestershire', 'Shore', 35, 'no', 0, 'Intermediate', 1],
];

// Instructor No, name, level, hired on, day rate (GBP), nitrox, languages, base, weight
const INSTRUCTORS = [
  ['INS-01', 'Marcus Hale', 'Course Director', '2011-04-01', 260, 'TRUE', 'English', 'Swanage', 9],
  ['INS-02', 'Priya Nair', 'MSDT', '2016-03-14', 190, 'TRUE', 'English; Hindi', 'Swanage', 12],
  ['INS-03', 'Tom Beckett', 'OWSI', '2021-05-03', 150, 'FALSE', 'English', 'Swanage', 14],
  ['INS-04', 'Lucia Ferreira', 'MSDT', '2018-06-01', 185, 'TRUE', 'English; Portuguese; Spanish',
    'Plymouth', 11],
  ['INS-05', 'Gareth Owens', 'IDC Staff', '2014-02-17', 220, 'TRUE', 'English; Welsh', 'Plymouth',
    8],
  ['INS-06', 'Hannah Crewe', 'OWSI', '2022-04-11', 145, 'FALSE', 'English', 'Plymouth', 13],
  ['INS-07', 'Jonas Berg', 'Divemaster', '2023-03-20', 110, 'FALSE', 'English; Swedish',
    'Falmouth', 6],
  ['INS-08', 'Aisha Mensah', 'MSDT', '2017-09-04', 195, 'TRUE', 'English; French', 'Falmouth', 10],
  ['INS-09', 'Rob Kessler', 'OWSI', '2020-07-13', 155, 'TRUE', 'English; German', 'Falmouth', 7],
  ['INS-10', 'Ellie Marsh', 'Divemaster', '2024-04-02', 105, 'FALSE', 'English', 'Swanage', 5],
  ['INS-11', 'Dev Patel', 'IDC Staff', '2015-01-12', 215, 'TRUE', 'English; Gujarati', 'Swanage',
    6],
  ['INS-12', 'Sian Lloyd', 'OWSI', '2019-05-20', 160, 'FALSE', 'English; Welsh', 'Plymouth', 9],
  ['INS-13', 'Carlos Ruiz', 'OWSI', '2023-06-05', 150, 'TRUE', 'English; Spanish', 'Falmouth', 4],
  ['INS-14', 'Nadia Kowalski', 'MSDT', '2018-11-26', 180, 'TRUE', 'English; Polish', 'Plymouth', 8],
  ['INS-15', 'Fraser McLeod', 'Divemaster', '2025-02-10', 100, 'FALSE', 'English', 'Falmouth', 2],
  ['INS-16', 'Beth Okafor', 'OWSI', '2022-08-15', 150, 'FALSE', 'English', 'Swanage', 3],
];
const BASE_OF_REGION = { Dorset: 'Swanage', Devon: 'Plymouth', Cornwall: 'Falmouth' };

// dive type, weight, base price (GBP), skill levels it goes to
const DIVE_TYPES = [
  ['Fun Dive', 34, 45, ['Beginner', 'Intermediate', 'Advanced']],
  ['Try Dive', 14, 65, ['Beginner']],
  ['Open Water Course', 16, 140, ['Beginner']],
  ['Advanced Course', 10, 120, ['Beginner', 'Intermediate']],
  ['Wreck Specialty', 7, 95, ['Intermediate', 'Advanced']],
  ['Night Dive', 7, 60, ['Beginner', 'Intermediate']],
  ['Rescue Course', 5, 110, ['Beginner', 'Intermediate']],
  ['Deep Specialty', 7, 100, ['Advanced', 'Intermediate']],
];
const CERTS = [['Open Water', 40], ['Advanced Open Water', 32], ['Rescue Diver', 14],
  ['Divemaster', 6], ['Instructor', 3], ['Other Agency', 5]];
const REASONS = [['Weather', 55], ['Illness', 15], ['No Show', 18], ['Boat Fault', 6],
  ['Ear Problem', 6]];
const FIRST = ['Oliver', 'Amelia', 'Jack', 'Isla', 'Harry', 'Ava', 'George', 'Mia', 'Noah', 'Ella',
  'Leo', 'Grace', 'Oscar', 'Freya', 'Charlie', 'Lily', 'Arthur', 'Sophie', 'Alfie', 'Evie',
  'Henry', 'Ruby', 'Theo', 'Chloe', 'Finn', 'Zara', 'Sam', 'Maya', 'Ben', 'Holly', 'Dan', 'Nina',
  'Luke', 'Rosa', 'Adam', 'Kate'];
const LAST = ['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Evans', 'Thomas',
  'Roberts', 'Walker', 'Wright', 'Hughes', 'Green', 'Hall', 'Wood', 'Clarke', 'Turner', 'Hill',
  'Cooper', 'Ward', 'Morris', 'King', 'Baker', 'Price', 'Harris', 'Khan', 'Ali', 'Singh',
  'Murphy', 'Reid', 'Fisher', 'Lowe'];

function makeDivers(random) {
  const names = new Set();
  while (names.size < 960) names.add(`${random.pick(FIRST)} ${random.pick(LAST)}`);
  return [...names].map((name) => ({
    name,
    age: random.chance(0.09) ? null : random.int(12, 68),
    cert: random.chance(0.3) ? null : random.weighted(CERTS),
  }));
}

/** A dive day, 2024-03-01 .. 2025-10-31, busier in summer (the pool all year round). */
function diveDay(random) {
  for (;;) {
    const date = addDays(day('2024-03-01'), random.int(0, 609));
    const month = date.getUTCMonth() + 1;
    const season = [0.15, 0.15, 0.3, 0.55, 0.8, 1, 1, 1, 0.85, 0.55, 0.25, 0.15][month - 1];
    if (random.chance(season)) return date;
  }
}

function waterTemp(random, site, date) {
  if (site[3] === 'Pool') return random.around(28.5, 0.6, 27.5, 29.5).toFixed(1);
  const month = date.getUTCMonth();
  const sea = [9, 8.5, 9, 10, 12, 14.5, 16.5, 17.5, 16.5, 14.5, 12.5, 10.5][month];
  const quarry = site[0].startsWith('QY') ? -1.5 : 0;
  return random.around(sea + quarry, 1.2, 5, 20).toFixed(1);
}

function makeBooking(random, i, divers) {
  const type = random.weighted(DIVE_TYPES.map((t) => [t, t[1]]));
  const date = diveDay(random);
  let sites = SITES.filter((s) => type[3].includes(s[7]));
  if (type[0] === 'Try Dive' || type[0] === 'Open Water Course') {
    sites = sites.filter((s) => s[3] !== 'Boat');
  }
  if (type[0] === 'Wreck Specialty') sites = sites.filter((s) => s[5] === 'yes');
  if (type[0] === 'Deep Specialty') sites = sites.filter((s) => s[4] >= 20);
  if (type[0] === 'Night Dive') sites = sites.filter((s) => s[3] === 'Shore');
  if (!['Try Dive', 'Open Water Course', 'Rescue Course'].includes(type[0])) {
    sites = sites.filter((s) => s[3] !== 'Pool');
  }
  const month = date.getUTCMonth() + 1;
  if (month < 4 || month > 10) {
    const winter = sites.filter((s) => s[3] !== 'Boat');
    if (winter.length) sites = winter;
  }
  const site = random.weighted(sites.map((s) => [s, s[8]]));
  const base = BASE_OF_REGION[site[2]];
  const staff = INSTRUCTORS.filter((x) => (base ? x[7] === base : true)
    && (new Date(`${x[3]}T00:00:00Z`) <= date));
  const instructor = random.weighted(staff.map((x) => [x, x[8]]));
  const diver = divers[random.skewedIndex(divers.length, 1.7)];
  const bookedAt = addMinutes(addDays(date, -random.int(1, 60)), random.int(7 * 60, 22 * 60));
  const cancelled = random.chance(0.085);
  const kit = type[0] === 'Try Dive' || type[0] === 'Open Water Course' ? random.chance(0.85)
    : random.chance(0.38);
  const nitrox = site[3] !== 'Pool' && instructor[5] === 'TRUE' && random.chance(0.2);
  const listPrice = type[2] + site[6] + (kit ? 25 : 0) + (nitrox ? 12.5 : 0);
  const price = random.chance(0.06) ? listPrice * 0.9 : listPrice; // a returning diver's 10% off
  const depth = Math.min(site[4], random.around(site[4] * 0.75, site[4] * 0.25, 2, site[4]));
  const bottom = type[0] === 'Try Dive' ? random.int(20, 35)
    : Math.round(random.around(48 - depth * 0.6, 10, 12, 75));
  const visibility = site[3] === 'Pool' ? 25 : random.int(2, 15);
  const rating = cancelled || random.chance(0.55) ? null
    : random.weighted([[5, 46], [4, 32], [3, 13], [2, 6], [1, 3]]);
  return [
    `DB${30001 + i}`, isoTimestamp(bookedAt), isoDate(date), site[0], instructor[0], diver.name,
    diver.age, type[0], type[0] === 'Try Dive' ? null : diver.cert,
    cancelled ? null : depth.toFixed(1), cancelled ? null : bottom,
    cancelled || random.chance(0.05) ? null : waterTemp(random, site, date),
    cancelled || random.chance(0.07) ? null : visibility,
    price.toFixed(2), kit ? 'Y' : 'N', nitrox ? 'yes' : 'no', cancelled ? 'TRUE' : 'FALSE',
    cancelled ? random.weighted(REASONS.filter(([r]) => site[3] === 'Boat' || r !== 'Boat Fault'))
      : null, rating,
  ];
}

/** Writes dive_bookings.csv, dive_sites.csv and instructors.csv into `folder`; returns tables. */
export function generate(folder) {
  const random = createRandom(20261230);
  const divers = makeDivers(random);
  const bookings = Array.from({ length: 4620 }, (_, i) => makeBooking(random, i, divers));
  writeCsv(join(folder, 'dive_sites.csv'),
    ['site_id', 'site_name', 'region', 'Entry Type', 'max_depth_m', 'Wreck Dive', 'Boat Fee (GBP)',
      'Skill Level'], SITES.map((row) => row.slice(0, 8)));
  writeCsv(join(folder, 'instructors.csv'),
    ['Instructor No', 'full_name', 'cert_level', 'Hired On', 'Day Rate (GBP)', 'nitroxCertified',
      'languages', 'base_centre'], INSTRUCTORS.map((row) => row.slice(0, 8)));
  writeCsv(join(folder, 'dive_bookings.csv'),
    ['booking_ref', 'Booked At', 'dive_date', 'Site Code', 'instructorId', 'Diver Name',
      'Diver Age', 'Dive Type', 'certification', 'Max Depth (m)', 'bottomTimeMin',
      'Water Temp (C)', 'Visibility (m)', 'Price (GBP)', 'Kit Hire', 'nitrox', 'Cancelled',
      'cancel_reason', 'Rating'], bookings);
  return ['dive_bookings', 'dive_sites', 'instructors'];
}
