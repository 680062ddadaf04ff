// A brewery's keg and cask deliveries to pubs and bars (the fact table) with its beers and the
// venues it supplies as lookups. The dispatch system calls the venue `Venue Ref` and the beer
// `beerSku`, while the accounts list says `venue_code` and the beer range says `Product Code`.
// Deliveries not yet made have no delivery time, no late flag, no returns and no signature; some
// drops were left without a signature; cancelled orders carry no invoice. Exported 2025-06-30.
import { join } from 'node:path';
import { createRandom } from '../../lib/prng.mjs';
import {
  addDays, addMinutes, day, daysBetween, isoDate, isoTimestamp, writeCsv,
} from '../../lib/csv-writer.mjs';

const EXPORT_DAY = day('2025-06-30');
// Product Code, beer_name, style, ABV (%), seasonal, cask ale, launched, price per litre, weight
const BEERS = [
  ['HB-001', 'Harbour Bitter', 'Bitter', 3.8, 'No', true, '2012-03-01', 3.10, 20],
  ['HB-002', 'Lighthouse IPA', 'IPA', 5.6, 'No', false, '2014-05-12', 4.20, 18],
  ['HB-003', 'Old Anchor Porter', 'Porter', 4.9, 'No', true, '2013-10-01', 3.60, 8],
  ['HB-004', 'Sea Fret Pale', 'Pale Ale', 4.2, 'No', true, '2016-04-20', 3.40, 14],
  ['HB-005', 'Tidewater Lager', 'Lager', 4.5, 'No', false, '2015-06-01', 3.30, 22],
  ['HB-006', 'Driftwood Stout', 'Stout', 5.2, 'No', false, '2017-11-03', 3.80, 7],
  ['HB-007', 'Spring Tide', 'Golden Ale', 4.0, 'Yes', true, '2019-03-15', 3.50, 4],
  ['HB-008', 'Harvest Moon', 'Amber Ale', 4.6, 'Yes', true, '2018-09-01', 3.55, 4],
  ['HB-009', 'Winter Storm', 'Old Ale', 6.5, 'Yes', true, '2016-11-10', 4.10, 3],
  ['HB-010', 'Quayside Pils', 'Lager', 4.8, 'No', false, '2020-05-01', 3.45, 9],
  ['HB-011', 'Cutter Session IPA', 'IPA', 4.1, 'No', false, '2021-02-14', 3.70, 8],
  ['HB-012', 'Mackerel Sky Sour', 'Sour', 4.4, 'Yes', false, '2022-06-01', 4.60, 2],
  ['HB-013', 'Breakwater Best', 'Bitter', 4.3, 'No', true, '2011-08-01', 3.20, 11],
  ['HB-014', 'Longshore Wheat', 'Wheat Beer', 5.0, 'Yes', false, '2023-04-01', 3.90, 3],
  ['HB-015', 'Deep Water DIPA', 'IPA', 7.8, 'No', false, '2023-09-09', 5.40, 2],
  ['HB-016', 'Pilot Mild', 'Mild', 3.4, 'No', true, '2012-03-01', 2.90, 3],
  ['HB-017', 'Galleon Gold', 'Golden Ale', 4.1, 'No', true, '2019-07-01', 3.35, 6],
  ['HB-018', 'Smugglers Red', 'Red Ale', 5.0, 'No', true, '2024-03-01', 3.65, 3],
];
const TOWNS = [['Plymouth', 30], ['Exeter', 20], ['Torquay', 12], ['Truro', 10], ['Falmouth', 8],
  ['Newquay', 8], ['Barnstaple', 6], ['Tavistock', 6]];
const VENUE_TYPES = [['Pub', 55], ['Bar', 20], ['Restaurant', 10], ['Hotel', 8], ['Club', 7]];
const NAME_A = ['Red', 'Golden', 'Old', 'Royal', 'Jolly', 'Black', 'White', 'Crooked', 'Salty',
  'Green', 'Blue', 'Silver'];
const NAME_B = ['Lion', 'Anchor', 'Swan', 'Oak', 'Sailor', 'Horse', 'Hart', 'Mermaid', 'Crown',
  'Dragon', 'Bell', 'Pilchard', 'Compass'];
const REPS = ['Jo Penrose', 'Mark Trelawny', 'Sian Carter', 'Dev Anand'];
const DRIVERS = [['Gary Hocking', 26], ['Lee Polglase', 24], ['Tasha Bray', 22],
  ['Ian Rowe', 18], ['Agency driver', 10]];
const SIGNERS = ['Bar manager', 'Landlord', 'Cellar staff', 'Duty manager', 'Chef'];

function makeVenues(random) {
  return Array.from({ length: 184 }, (_, i) => {
    const type = random.weighted(VENUE_TYPES);
    // Every pair of words once (156 of them), then a "New" venue for the rest.
    const pair = `${NAME_A[i % NAME_A.length]} ${NAME_B[Math.floor(i / NAME_A.length) % NAME_B.length]}`;
    const stem = i < NAME_A.length * NAME_B.length ? pair : `New ${pair}`;
    const suffix = { Bar: 'Bar', Club: 'Social Club', Restaurant: 'Kitchen' }[type];
    const name = suffix ? `${stem} ${suffix}` : `The ${stem}`;
    const closed = random.chance(0.05);
    return [
      `VEN${String(4100 + i * 3)}`, name,
      type, random.weighted(TOWNS), isoDate(addDays(day('2010-01-01'), random.int(0, 5200))),
      random.chance(0.07) ? 'TRUE' : 'FALSE', type === 'Pub' ? random.int(6, 30) : random.int(3, 14),
      random.pick(REPS), closed ? isoDate(addDays(day('2024-03-01'), random.int(0, 420))) : null,
      random.chance(0.3) ? 'yes' : 'no',
    ];
  });
}

function makeDelivery(random, i, venues) {
  const venue = venues[random.skewedIndex(venues.length, 1.5)];
  // Ordered while the account was open: from its opening (or 2024-01-02) to its closing.
  const first = new Date(Math.max(day(venue[4]), day('2024-01-02')));
  const closing = venue[8] ? day(venue[8]) : EXPORT_DAY;
  const ordered = addDays(first, random.int(0, Math.max(0, daysBetween(first, closing))));
  const due = addDays(ordered, random.weighted([[1, 30], [2, 35], [3, 20], [5, 15]]));
  const beer = random.weighted(BEERS.map((b) => [b, b[8]]));
  const cask = beer[5] && random.chance(0.85);
  const container = cask ? 'Cask' : 'Keg';
  const size = cask ? random.weighted([[40.9, 80], [20.5, 20]]) : random.weighted([[50, 65], [30, 35]]);
  const quantity = random.weighted([[1, 28], [2, 32], [3, 18], [4, 12], [6, 7], [10, 3]]);
  const volume = Math.round(quantity * size * 10) / 10;
  const discount = random.chance(0.12) ? 0.9 : 1;
  let status;
  if (due > EXPORT_DAY) status = 'Scheduled';
  else if (due.getTime() === EXPORT_DAY.getTime()) status = random.chance(0.6) ? 'Out for Delivery' : 'Delivered';
  else status = random.chance(0.04) ? 'Cancelled' : 'Delivered';
  const delivered = status === 'Delivered';
  const lateDays = delivered && random.chance(0.14) ? random.weighted([[1, 75], [2, 20], [3, 5]]) : 0;
  const deliveredAt = delivered
    ? addMinutes(addDays(due, lateDays), random.int(6 * 60 + 30, 15 * 60)) : null;
  const late = delivered ? (lateDays > 0 || random.chance(0.03) ? 'yes' : 'no') : null;
  const returned = delivered
    ? (random.chance(0.09) ? Math.round(random.int(5, Math.max(6, volume * 0.5)) * 10) / 10 : 0)
    : null;
  const signed = delivered && random.chance(0.91);
  return [
    `DN${String(880001 + i)}`, isoDate(ordered), isoDate(due),
    deliveredAt ? isoTimestamp(deliveredAt, 'T') : null, venue[0], beer[0], container, size,
    quantity, volume, status === 'Cancelled' ? null : (volume * beer[7] * discount).toFixed(2),
    status, late, returned, delivered ? random.int(0, quantity + 2) : null,
    signed ? random.pick(SIGNERS) : null, status === 'Scheduled' ? null : random.weighted(DRIVERS),
    random.chance(0.05) ? 'Y' : 'N',
  ];
}

/** Writes keg_deliveries.csv, beers.csv and venues.csv into `folder`; returns the tables. */
export function generate(folder) {
  const random = createRandom(20270219);
  const venues = makeVenues(random);
  const deliveries = Array.from({ length: 4740 }, (_, i) => makeDelivery(random, i, venues));
  writeCsv(join(folder, 'beers.csv'),
    ['Product Code', 'beer_name', 'style', 'ABV (%)', 'Seasonal', 'caskAle', 'launch_date',
      'Price per Litre (GBP)'],
    BEERS.map((b) => [b[0], b[1], b[2], b[3].toFixed(1), b[4], b[5] ? 'true' : 'false', b[6],
      b[7].toFixed(2)]));
  writeCsv(join(folder, 'venues.csv'),
    ['venue_code', 'Venue Name', 'venue_type', 'town', 'Account Opened', 'creditHold',
      'Cellar Capacity (kegs)', 'sales_rep', 'Closed On', 'Live Music'], venues);
  writeCsv(join(folder, 'keg_deliveries.csv'),
    ['delivery_no', 'order_date', 'Due Date', 'Delivered At', 'Venue Ref', 'beerSku',
      'container', 'Container Size (L)', 'Qty', 'Volume (L)', 'Invoice Total (GBP)', 'status',
      'Late?', 'Returned (L)', 'empties_collected', 'Signed By', 'driver', 'Damaged'], deliveries);
  return ['keg_deliveries', 'beers', 'venues'];
}
