// An ice rink's bookings (the fact table: one row per booking of a session, for one or more
// skaters) with its timetable of session types and its registered skaters as lookups. The
// booking system calls the session `sessionCode` and the skater `Skater Ref`, while the timetable
// says `Session ID` and the skater database says `skater_id`. Walk-ins booked at the desk have no
// skater; cancelled bookings have no time on the ice.
import { join } from 'node:path';
import { createRandom } from '../../lib/prng.mjs';
import {
  addDays, addMinutes, day, isoDate, isoTimestamp, writeCsv,
} from '../../lib/csv-writer.mjs';

// Session ID, session_name, category, Ice Pad, price (GBP: per skater, per hire for PRIVATE),
// length (min), coach led, min age, capacity, usual start times, popularity
const SESSIONS = [
  ['PUB-AM', 'Public Skate (Morning)', 'Public', 'Main Rink', 8.5, 90, 'FALSE', 3, 250,
    ['10:00', '11:30'], 15],
  ['PUB-PM', 'Public Skate (Afternoon)', 'Public', 'Main Rink', 9.5, 90, 'FALSE', 3, 250,
    ['14:00', '16:00'], 22],
  ['DISCO', 'Disco on Ice', 'Public', 'Main Rink', 11, 120, 'FALSE', 8, 300, ['19:00'], 14],
  ['ADULT-EVE', 'Adults Only Evening', 'Public', 'Main Rink', 10, 90, 'FALSE', 18, 200,
    ['21:00'], 5],
  ['TOTS', 'Parent and Toddler', 'Public', 'Studio Rink', 6, 45, 'FALSE', 2, 40, ['09:30'], 6],
  ['LTS-1', 'Learn to Skate Level 1', 'Lessons', 'Studio Rink', 12, 45, 'TRUE', 4, 30,
    ['16:30', '17:30'], 9],
  ['LTS-2', 'Learn to Skate Level 2', 'Lessons', 'Studio Rink', 12, 45, 'TRUE', 5, 30,
    ['17:30', '18:15'], 6],
  ['ADULT-LESSON', 'Adult Beginner Lesson', 'Lessons', 'Studio Rink', 14, 60, 'TRUE', 16, 24,
    ['19:30'], 4],
  ['FIG-CLUB', 'Figure Skating Club', 'Club', 'Main Rink', 15, 60, 'TRUE', 7, 40,
    ['06:30', '07:30'], 5],
  ['HOCKEY-JR', 'Junior Ice Hockey', 'Hockey', 'Main Rink', 13, 75, 'TRUE', 7, 45, ['17:45'],
    4],
  ['HOCKEY-AD', 'Adult Rec Hockey', 'Hockey', 'Main Rink', 16, 90, 'FALSE', 18, 40, ['22:45'],
    3],
  ['CURLING', 'Curling Taster', 'Club', 'Studio Rink', 18, 120, 'TRUE', 12, 24, ['20:00'], 2],
  ['PRIVATE', 'Private Ice Hire', 'Hire', 'Studio Rink', 220, 60, 'FALSE', 0, 40, ['12:30'], 1.5],
];
const TOWNS = [['Nottingham', 42], ['Beeston', 12], ['Arnold', 9], ['West Bridgford', 11],
  ['Long Eaton', 8], ['Hucknall', 7], ['Derby', 6], ['Mansfield', 5]];
const LEVELS = [['Beginner', 50], ['Intermediate', 35], ['Advanced', 15]];
const MEMBERSHIPS = [['Annual', 45], ['Monthly', 35], ['Junior Club', 20]];
const PAYMENTS = [['Card', 62], ['Cash', 14], ['Gift Voucher', 8], ['Apple Pay', 16]];
const CHANNELS = [['Online', 58], ['Front Desk', 34], ['Phone', 8]];
const CODES = ['XMAS15', 'HALFTERM', 'STUDENT', 'NHS10'];
const FIRST = ['Olivia', 'Jack', 'Amelia', 'Harry', 'Isla', 'Noah', 'Ava', 'Leo', 'Freya', 'Alfie',
  'Zara', 'Oscar', 'Maya', 'Theo', 'Ruby', 'Arjun', 'Evie', 'Kai', 'Poppy', 'Ibrahim', 'Daisy',
  'Finn', 'Lily', 'Rohan', 'Erin', 'Tariq', 'Sienna', 'Max', 'Holly', 'Jakub', 'Nina', 'Callum',
  'Priya', 'Ellis', 'Hana', 'Marcus', 'Tilly', 'Dominic', 'Aaliyah', 'Reuben'];
const LAST = ['Whitfield', 'Barker', 'Chowdhury', 'Lomax', 'Adeyemi', 'Stringer', 'Kowalski',
  'Fairbrother', 'Nash', 'Oduya', 'Radford', 'Mistry', 'Tennant', 'Holroyd', 'Ferreira',
  'Gunn', 'Birtwistle', 'Osei', 'Kaur', 'Lindqvist', 'Brannigan', 'Yates', 'Hussain', 'Cartwright',
  'Pemberton', 'Okafor', 'Drummond', 'Sokolova', 'Varley', 'Ahmed', 'Thistlethwaite', 'Moran',
  'Ellwood', 'Baptiste', 'Quayle', 'Dunmore', 'Sato', 'Hargreaves', 'Nwosu', 'Pickering', 'Rossi',
  'Calloway', 'Eastwood', 'Mahmood', 'Greaves', 'Lund', 'Fitzgerald', 'Akhtar'];

// Busier in the winter holidays and half terms, quieter in high summer.
const MONTH_WEIGHT = [1.1, 1.25, 0.95, 0.9, 0.8, 0.7, 0.6, 0.65, 0.85, 1.0, 1.1, 1.6];

function makeSkaters(random) {
  const names = new Set();
  return Array.from({ length: 1280 }, (_, i) => {
    let name;
    do name = `${random.pick(FIRST)} ${random.pick(LAST)}`; while (names.has(name));
    names.add(name);
    const member = random.chance(0.3);
    const born = addDays(day('1958-01-01'), random.int(0, 22000));
    return [
      `SK${10001 + i}`, name, random.chance(0.09) ? null : isoDate(born), random.weighted(TOWNS),
      member ? isoDate(addDays(day('2015-09-01'), random.int(0, 3650))) : null,
      member ? random.weighted(MEMBERSHIPS) : null,
      random.chance(0.71) ? 'Yes' : 'No', random.weighted(LEVELS),
      random.chance(0.48) ? 'true' : 'false',
    ];
  });
}

function sessionDate(random) {
  // 2024-09-01 .. 2025-11-30, weighted by month
  for (;;) {
    const date = addDays(day('2024-09-01'), random.int(0, 455));
    const weekend = [0, 6].includes(date.getUTCDay()) ? 1.4 : 1;
    if (random.next() * 2.3 < MONTH_WEIGHT[date.getUTCMonth()] * weekend) return date;
  }
}

function makeBooking(random, i, skaters) {
  const date = sessionDate(random);
  const session = random.weighted(SESSIONS.map((s) => [s, s[10]]));
  const [id, , category, , price, length, , , , starts] = session;
  const start = random.pick(starts);
  const party = id === 'PRIVATE' ? random.int(8, 30)
    : category === 'Public' ? random.weighted([[1, 30], [2, 32], [3, 16], [4, 14], [5, 5], [6, 3]])
      : random.weighted([[1, 80], [2, 20]]);
  const channel = random.weighted(CHANNELS);
  const known = channel !== 'Front Desk' || random.chance(0.25);
  const skater = known ? skaters[random.skewedIndex(skaters.length, 1.4)][0] : null;
  const hire = category !== 'Hire' && random.chance(category === 'Public' ? 0.62 : 0.3);
  const aid = category === 'Public' && random.chance(0.11);
  const code = random.chance(0.09) ? random.pick(CODES) : null;
  // Private hire is a flat fee for the ice plus skates for each guest.
  const base = id === 'PRIVATE' ? price + 5 * party : price * party;
  const amount = (base * (code === null ? 1 : 0.85) + (hire ? 3.5 * party : 0)
    + (aid ? 4 : 0)).toFixed(2);
  const cancelled = random.chance(0.06);
  const lead = channel === 'Front Desk' ? 0 : random.weighted([[0, 20], [1, 25], [3, 25], [7, 20],
    [21, 10]]) + random.int(0, 2);
  const [hours, minutes] = start.split(':').map(Number);
  const bookedAt = lead === 0
    ? addMinutes(date, hours * 60 + minutes - random.int(5, 60))
    : addMinutes(addDays(date, -lead), random.int(7 * 60, 23 * 60));
  return [
    `BK${String(400001 + i)}`, isoTimestamp(bookedAt, 'T'), isoDate(date), start, id, skater, party,
    hire ? 'Y' : 'N', aid ? 'true' : 'false', amount, random.weighted(PAYMENTS), channel, code,
    cancelled ? 'yes' : 'no',
    cancelled || random.chance(0.07) ? null : Math.round(random.around(length * 0.85,
      length * 0.15, 10, length + 15)),
    random.chance(0.018) ? 'Y' : 'N',
  ];
}

/** Writes skate_bookings.csv, session_types.csv and skaters.csv into `folder`; returns tables. */
export function generate(folder) {
  const random = createRandom(20261230);
  const skaters = makeSkaters(random);
  const bookings = Array.from({ length: 4720 }, (_, i) => makeBooking(random, i, skaters));
  bookings.sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  bookings.forEach((booking, i) => { booking[0] = `BK${String(400001 + i)}`; });
  writeCsv(join(folder, 'session_types.csv'),
    ['Session ID', 'session_name', 'category', 'Ice Pad', 'Price (GBP)',
      'Length (min)', 'coachLed', 'min_age', 'Capacity'],
    SESSIONS.map((s) => s.slice(0, 9)));
  writeCsv(join(folder, 'skaters.csv'),
    ['skater_id', 'full_name', 'date_of_birth', 'Home Town', 'Member Since', 'membership_type',
      'Photo Consent', 'skill_level', 'marketingOptIn'], skaters);
  writeCsv(join(folder, 'skate_bookings.csv'),
    ['booking_ref', 'Booked At', 'session_date', 'Start Time', 'sessionCode', 'Skater Ref',
      'Party Size', 'Skate Hire', 'skateAid', 'Amount Paid (GBP)', 'payment_method', 'Channel',
      'Discount Code', 'cancelled', 'Time On Ice (min)', 'Incident Logged'], bookings);
  return ['skate_bookings', 'session_types', 'skaters'];
}
