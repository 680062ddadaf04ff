// A city museum's ticket sales (the fact table) with its exhibitions and its registered visitors
// as lookups. The ticketing export calls the exhibition `Exhibition Code` and the visitor
// `visitorId`, while the exhibition plan says `exhibit_id` and the CRM says `visitor_number`:
// three systems, three spellings of the same keys. Walk-in buyers have no visitor id.
import { join } from 'node:path';
import { createRandom } from '../../lib/prng.mjs';
import {
  addDays, addMinutes, day, isoDate, isoTimestamp, writeCsv,
} from '../../lib/csv-writer.mjs';

// exhibit_id, title, curator, gallery, opening, closing, ticketed, budget (k EUR), popularity
const EXHIBITIONS = [
  ['EX-101', 'Permanent Collection', 'Helena Marsh', 'Main Hall', '2020-01-01', null, 'no', 0, 30],
  ['EX-204', 'Light and Water: Dutch Seascapes', 'Pieter Vos', 'East Wing', '2024-02-10',
    '2024-06-30', 'yes', 420, 14],
  ['EX-211', 'Silk Roads', 'Amina Farouk', 'West Wing', '2024-03-15', '2024-09-15', 'yes', 610, 16],
  ['EX-219', 'Bronze Age Britain', 'Helena Marsh', 'Lower Gallery', '2024-05-01', '2024-11-30',
    'yes', 280, 9],
  ['EX-230', 'The Clockmakers', 'Jonas Eriksen', 'East Wing', '2024-07-20', '2025-01-12', 'yes',
    190, 7],
  ['EX-236', 'Paper Cities', 'Amina Farouk', 'Print Room', '2024-09-01', '2025-02-28', 'no', 45, 5],
  ['EX-242', 'Monet to Matisse', 'Claire Dubois', 'West Wing', '2024-10-05', '2025-03-30', 'yes',
    950, 22],
  ['EX-250', 'Dinosaurs After Dark', 'Jonas Eriksen', 'Main Hall', '2024-11-15', '2025-05-31',
    'yes', 520, 18],
  ['EX-257', 'Women Photographers 1900-1950', 'Claire Dubois', 'Print Room', '2025-01-20',
    '2025-06-30', 'yes', 130, 6],
  ['EX-263', 'Gold of the Andes', 'Pieter Vos', 'East Wing', '2025-02-01', '2025-06-30', 'yes',
    780, 15],
  ['EX-270', 'Children\'s Discovery Lab', 'Sofia Reyes', 'Lower Gallery', '2024-01-01', null, 'no',
    60, 10],
  ['EX-275', 'Masks of the World', 'Sofia Reyes', 'Lower Gallery', '2025-03-01', '2025-06-30',
    'yes', 150, 5],
];
const TICKET_TYPES = [['Adult', 46], ['Child', 16], ['Concession', 14], ['Family', 12],
  ['Member', 12]];
const BASE_PRICE = { Adult: 16, Child: 7, Concession: 11, Family: 38, Member: 0 };
const CHANNELS = [['Online', 55], ['Box Office', 35], ['Kiosk', 10]];
const CITIES = [['Bristol', 40], ['Bath', 14], ['Cardiff', 10], ['London', 12], ['Exeter', 6],
  ['Gloucester', 8], ['Swindon', 6], ['Oxford', 4]];
const TIERS = [['Friend', 60], ['Patron', 30], ['Benefactor', 10]];
const DISCOUNTS = ['SPRING10', 'STUDENT', 'NHS20', 'BLACKFRIDAY'];

function makeVisitors(random) {
  return Array.from({ length: 1200 }, (_, i) => {
    const member = random.chance(0.35);
    const since = addDays(day('2016-01-01'), random.int(0, 3300));
    return [
      `V${String(50000 + i * 3)}`, random.weighted(CITIES),
      random.chance(0.08) ? null : random.int(1940, 2008),
      member ? isoDate(since) : null, member ? random.weighted(TIERS) : null,
      random.chance(0.42) ? 'true' : 'false',
    ];
  });
}

function exhibitionOpenOn(visit) {
  return EXHIBITIONS.filter(([, , , , opening, closing]) =>
    day(opening) <= visit && (closing === null || visit <= day(closing)));
}

function price(random, type, exhibition, quantity) {
  const surcharge = exhibition[6] === 'yes' && type !== 'Member' ? 4 : 0;
  const discounted = random.chance(0.07);
  const unit = (BASE_PRICE[type] + surcharge) * (discounted ? 0.8 : 1);
  return { total: (unit * quantity).toFixed(2), code: discounted ? random.pick(DISCOUNTS) : null };
}

function makeSale(random, i, visitors) {
  const visit = addDays(day('2024-01-02'), random.int(0, 545)); // 2024-01-02 .. 2025-06-30
  const open = exhibitionOpenOn(visit);
  const exhibition = random.weighted(open.map((e) => [e, e[8]]));
  const type = random.weighted(TICKET_TYPES);
  const quantity = type === 'Family' ? 1 : random.weighted([[1, 55], [2, 30], [3, 9], [4, 6]]);
  const channel = random.weighted(CHANNELS);
  const leadDays = channel === 'Online' ? random.int(0, 30) : 0;
  const soldAt = addMinutes(addDays(visit, -leadDays), random.int(8 * 60, 19 * 60));
  // A member ticket is scanned against a member's card; other buyers are known only if they
  // booked with an account.
  const pool = type === 'Member' ? visitors.filter((v) => v[3] !== null) : visitors;
  const known = type === 'Member' || random.chance(0.45);
  const visitor = known ? pool[random.skewedIndex(pool.length, 1.8)][0] : null;
  const { total, code } = price(random, type, exhibition, quantity);
  return [
    `T${String(700000 + i)}`, isoTimestamp(soldAt, 'T'), isoDate(visit), exhibition[0], visitor,
    type, quantity, total, channel, random.chance(0.22) ? 'Y' : 'N',
    type === 'Member' ? 'TRUE' : 'FALSE', code,
    random.chance(0.1) ? null : random.int(35, 240),
  ];
}

/** Writes ticket_sales.csv, exhibitions.csv and visitors.csv into `folder`; returns the tables. */
export function generate(folder) {
  const random = createRandom(20261201);
  const visitors = makeVisitors(random);
  const sales = Array.from({ length: 4300 }, (_, i) => makeSale(random, i, visitors));
  writeCsv(join(folder, 'exhibitions.csv'),
    ['exhibit_id', 'title', 'curator', 'gallery', 'Opening Date', 'closing_date', 'Ticketed',
      'Budget (k EUR)'], EXHIBITIONS.map((row) => row.slice(0, 8)));
  writeCsv(join(folder, 'visitors.csv'),
    ['visitor_number', 'home_city', 'birth_year', 'Member Since', 'membership_tier',
      'newsletterOptIn'], visitors);
  writeCsv(join(folder, 'ticket_sales.csv'),
    ['ticket_no', 'Sold At', 'visit_date', 'Exhibition Code', 'visitorId', 'ticket_type',
      'Quantity', 'Price (EUR)', 'channel', 'Audio Guide', 'is_member', 'Discount Code',
      'Time In Museum (min)'], sales);
  return ['ticket_sales', 'exhibitions', 'visitors'];
}
