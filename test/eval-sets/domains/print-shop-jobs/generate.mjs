// A commercial print shop's job log (the fact table: one row per print job) with its client
// accounts and its presses as lookups. The job system calls the client `Client Account` and the
// press `pressNo`, while the accounts ledger says `client_id` and the equipment register
// `Press ID`: three systems, three spellings of the same keys. The export was taken on
// 2025-06-30: recent jobs are still awaiting proof or printing, so they have no completion time
// and no sheet counts yet, and cancelled jobs have none either.
import { join } from 'node:path';
import { createRandom } from '../../lib/prng.mjs';
import {
  addDays, addMinutes, day, isoDate, isoTimestamp, writeCsv,
} from '../../lib/csv-writer.mjs';

// Press ID, name, process, year installed, hourly cost (GBP), max sheet, colour capable
const PRESSES = [
  ['PRS-01', 'Heidelberg Speedmaster SM52', 'Offset', 2012, 68.5, 'SRA2', 'Yes'],
  ['PRS-02', 'Komori Lithrone G40', 'Offset', 2018, 92.0, 'B1', 'Yes'],
  ['PRS-03', 'Heidelberg Printmaster GTO', 'Offset', 2004, 41.0, 'SRA3', 'No'],
  ['PRS-04', 'HP Indigo 7K', 'Digital', 2020, 55.0, 'SRA3', 'Yes'],
  ['PRS-05', 'Xerox Iridesse', 'Digital', 2021, 49.5, 'SRA3', 'Yes'],
  ['PRS-06', 'Ricoh Pro 8320', 'Digital', 2016, 28.0, 'SRA3', 'No'],
  ['PRS-07', 'Konica Minolta AccurioPress C14000', 'Digital', 2023, 52.0, 'SRA3', 'Yes'],
  ['PRS-08', 'Roland TrueVIS VG3', 'Wide Format', 2019, 37.5, '1.6m roll', 'Yes'],
  ['PRS-09', 'Epson SureColor S80600', 'Wide Format', 2017, 31.0, '1.6m roll', 'Yes'],
];
// product, weight, quantities, presses' process, stocks [name, gsm], price(qty)
const PRODUCTS = [
  ['Business Cards', 18, [[250, 30], [500, 35], [1000, 25], [2500, 10]], 'Digital',
    [['Silk', 400], ['Uncoated', 350], ['Gloss', 400]], (q) => 22 + q * 0.034],
  ['Flyers', 20, [[500, 20], [1000, 30], [2500, 25], [5000, 15], [10000, 10]], 'mixed',
    [['Gloss', 150], ['Silk', 170], ['Silk', 130]], (q) => 38 + q * 0.046],
  ['Posters', 10, [[10, 20], [25, 30], [50, 25], [100, 15], [200, 10]], 'Wide Format',
    [['Satin', 200], ['Blueback', 115], ['Gloss', 190]], (q) => 24 + q * 6.4],
  ['Booklets', 9, [[50, 25], [100, 30], [250, 25], [500, 12], [1000, 8]], 'mixed',
    [['Silk', 130], ['Silk', 150], ['Uncoated', 100]], (q) => 95 + q * 1.75],
  ['Banners', 6, [[1, 55], [2, 25], [4, 12], [10, 8]], 'Wide Format',
    [['PVC', 510], ['Mesh', 340]], (q) => 18 + q * 62],
  ['Letterheads', 8, [[250, 25], [500, 35], [1000, 25], [2500, 15]], 'Offset',
    [['Uncoated', 120], ['Uncoated', 100], ['Conqueror Laid', 100]], (q) => 55 + q * 0.072],
  ['Wedding Invitations', 7, [[40, 20], [60, 25], [80, 25], [120, 20], [200, 10]], 'Digital',
    [['Pearlescent', 300], ['Textured', 350]], (q) => 35 + q * 2.4],
  ['Stickers', 10, [[100, 25], [250, 30], [500, 25], [1000, 15], [5000, 5]], 'Digital',
    [['Vinyl', 90], ['Paper Label', 80]], (q) => 29 + q * 0.13],
  ['Menus', 12, [[50, 30], [100, 35], [250, 25], [500, 10]], 'Digital',
    [['Silk', 350], ['Uncoated', 300]], (q) => 32 + q * 0.95],
];
// How many of an item fit on one press sheet.
const UPS = { 'Business Cards': 21, Flyers: 8, Posters: 1, Booklets: 0.25, Banners: 1,
  Letterheads: 2, 'Wedding Invitations': 4, Stickers: 12, Menus: 2 };
const SECTORS = [['Hospitality', 22], ['Retail', 20], ['Events', 12], ['Education', 10],
  ['Charity', 9], ['Property', 8], ['Professional Services', 9], ['Private', 10]];
const SECTOR_PRODUCTS = {
  Hospitality: { Menus: 40, Flyers: 15, 'Business Cards': 10, Posters: 10, Stickers: 8 },
  Retail: { Flyers: 20, Stickers: 20, Posters: 15, Banners: 10, 'Business Cards': 10 },
  Events: { Banners: 25, Posters: 20, Flyers: 20, Booklets: 10 },
  Education: { Booklets: 30, Letterheads: 15, Posters: 15, Flyers: 10 },
  Charity: { Flyers: 30, Booklets: 15, Banners: 15, Letterheads: 10 },
  Property: { Flyers: 20, 'Business Cards': 25, Letterheads: 20, Booklets: 15 },
  'Professional Services': { 'Business Cards': 30, Letterheads: 30, Booklets: 10 },
  Private: { 'Wedding Invitations': 55, 'Business Cards': 15, Posters: 10, Stickers: 10 },
};
const TOWNS = [['Leeds', 38], ['Bradford', 14], ['Harrogate', 10], ['York', 9], ['Wakefield', 9],
  ['Huddersfield', 8], ['Halifax', 6], ['Otley', 6]];
const NAME_WORDS = ['Aire', 'Wharfe', 'Calder', 'Pennine', 'Kirkgate', 'Briggate', 'Headrow',
  'Moorland', 'Northern', 'White Rose', 'Millstone', 'Brewery Wharf', 'Granary', 'Copper', 'Ivy',
  'Hollin', 'Dale', 'Larkfield', 'Rosemount', 'Thornton', 'Ashdown', 'Holbeck', 'Roundhay',
  'Chapel', 'Canal Side', 'Oakwood', 'Riverside', 'Station', 'Market', 'Blue Fox'];
const SECTOR_WORDS = {
  Hospitality: ['Kitchen', 'Tap House', 'Bistro', 'Coffee Co', 'Inn', 'Bakery', 'Tavern', 'Grill'],
  Retail: ['Interiors', 'Boutique', 'Florist', 'Hardware', 'Books', 'Cycles', 'Gifts', 'Deli'],
  Events: ['Events', 'Weddings', 'Festivals', 'Productions', 'Venues'],
  Education: ['Primary School', 'Academy', 'College', 'Nursery', 'Music School'],
  Charity: ['Trust', 'Foundation', 'Community Project', 'Hospice', 'Food Bank'],
  Property: ['Estates', 'Lettings', 'Homes', 'Property Group'],
  'Professional Services': ['Accountants', 'Solicitors', 'Architects', 'Consulting', 'Dental'],
};
const FIRST = ['Sarah', 'James', 'Priya', 'Tom', 'Aisha', 'Daniel', 'Chloe', 'Mohammed', 'Emma',
  'Liam', 'Grace', 'Oliver', 'Hannah', 'Ravi', 'Sophie', 'Kieran', 'Megan', 'Yusuf', 'Lucy', 'Ben'];
const LAST = ['Holt', 'Whitaker', 'Sutcliffe', 'Akhtar', 'Brennan', 'Pickles', 'Ramsden', 'Kaur',
  'Barraclough', 'Shaw', 'Hussain', 'Lister', 'Crowther', 'Dobson', 'Greenwood', 'Moss'];
const START = day('2024-01-02');
const EXPORTED = addMinutes(day('2025-06-30'), 18 * 60); // the export ran at 18:00

function makeClients(random) {
  const names = new Set();
  return Array.from({ length: 560 }, (_, i) => {
    const sector = random.weighted(SECTORS);
    let name;
    do {
      name = sector === 'Private' ? `${random.pick(FIRST)} ${random.pick(LAST)}`
        : `${random.pick(NAME_WORDS)} ${random.pick(SECTOR_WORDS[sector])}`;
    } while (names.has(name));
    names.add(name);
    const trade = sector !== 'Private' && random.chance(0.3);
    const opened = addDays(day('2014-03-01'), random.int(0, 4100));
    return [`ACC${1001 + i}`, name, sector, random.weighted(TOWNS), trade ? 'Yes' : 'No',
      trade ? random.weighted([[1000, 30], [2500, 35], [5000, 25], [10000, 10]]) : null,
      isoDate(opened), random.chance(0.46) ? 'true' : 'false'];
  });
}

function pressFor(random, product, quantity) {
  let process = product[3];
  if (process === 'mixed') process = quantity >= 2500 || (quantity >= 500 && random.chance(0.4))
    ? 'Offset' : 'Digital';
  if (product[0] === 'Letterheads' && quantity <= 250 && random.chance(0.5)) process = 'Digital';
  const presses = PRESSES.filter((p) => p[2] === process);
  // the old GTO and the mono Ricoh take the overflow only
  const weightOf = (p) => ({ 'PRS-03': 2, 'PRS-06': 3 }[p[0]] ?? 6);
  return random.weighted(presses.map((p) => [p, weightOf(p)]));
}

/** How often a client orders: trade accounts most, private customers now and then. */
function activityOf(random, client) {
  const base = client[4] === 'Yes' ? 5 : client[2] === 'Private' ? 0.5 : 1.6;
  return base * (random.chance(0.04) ? 6 : random.around(1, 0.9, 0.1, 2.2));
}

function makeJob(random, clients) {
  const client = random.weighted(clients);
  const mix = SECTOR_PRODUCTS[client[2]];
  const wanted = random.weighted(Object.entries(mix));
  const product = PRODUCTS.find(([name]) => name === wanted);
  const quantity = random.weighted(product[2]);
  const [stock, gsm] = random.pick(product[4]);
  const press = pressFor(random, product, quantity);
  const orderedOn = addDays(START, random.int(0, 545)); // 2024-01-02 .. 2025-06-30
  const weekday = orderedOn.getUTCDay();
  const orderedAt = addMinutes(orderedOn, (weekday === 0 || weekday === 6 ? 600 : 480)
    + random.int(0, 600));
  const rush = random.chance(0.14);
  const due = addDays(orderedOn, rush ? random.int(1, 2) : random.weighted([[5, 50], [7, 30],
    [10, 20]]));
  const colour = press[6] === 'No' ? 'Black Only'
    : random.weighted([['Full Colour', 80], ['Black Only', 12], ['Spot Colour', 8]]);
  const sided = ['Business Cards', 'Flyers', 'Booklets', 'Menus'].includes(product[0])
    ? random.chance(0.7) : random.chance(0.06);
  const price = product[5](quantity) * (rush ? 1.35 : 1) * (sided ? 1.15 : 1)
    * random.around(1, 0.08, 0.85, 1.15);
  const proofs = random.chance(0.06) ? null : random.weighted([[0, 18], [1, 50], [2, 24], [3, 8]]);
  const lateness = random.weighted([[0, 80], [1, 12], [2, 6], [4, 2]]);
  const finished = addDays(due, -random.int(0, rush ? 0 : 2) + lateness + (proofs === 3 ? 1 : 0));
  let completedAt = addMinutes(finished < orderedOn ? orderedOn : finished,
    random.int(9 * 60, 18 * 60));
  if (completedAt <= orderedAt) completedAt = addMinutes(orderedAt, random.int(90, 300));
  let status = random.chance(0.05) ? 'Cancelled' : 'Completed';
  if (status === 'Completed' && completedAt > EXPORTED) {
    const age = (EXPORTED.getTime() - orderedAt.getTime()) / 86_400_000;
    status = age < 3 || (proofs >= 2 && random.chance(0.5)) ? 'Awaiting Proof' : 'Printing';
  }
  let sheets = null;
  let waste = null;
  if (status === 'Completed') {
    sheets = Math.ceil(quantity / UPS[product[0]]);
    const setup = press[2] === 'Offset' ? random.int(40, 140) : random.int(0, 12);
    waste = setup + Math.round(sheets * random.around(0.04, 0.03, 0, 0.12));
  } else {
    completedAt = null;
  }
  const delivery = status === 'Cancelled' ? null
    : random.weighted([['Collection', 45], ['Courier', 35], ['Royal Mail', 20]]);
  return [orderedAt, client[0], product[0], quantity, stock, gsm, colour,
    sided ? 'Y' : 'N', press[0], isoDate(due),
    completedAt === null ? null : isoTimestamp(completedAt), status, rush ? 'true' : 'false',
    price.toFixed(2), sheets, waste, proofs, delivery];
}

/** Writes print_jobs.csv, clients.csv and presses.csv into `folder`; returns the tables. */
export function generate(folder) {
  const random = createRandom(20270422);
  const clients = makeClients(random);
  const active = clients.map((client) => [client, activityOf(random, client)]);
  const jobs = Array.from({ length: 4520 }, () => makeJob(random, active))
    .sort((a, b) => a[0].getTime() - b[0].getTime() || a[1].localeCompare(b[1]));
  const rows = jobs.map(([orderedAt, ...rest], i) =>
    [`PJ${String(24001 + i)}`, isoTimestamp(orderedAt, 'T'), ...rest]);
  writeCsv(join(folder, 'presses.csv'),
    ['Press ID', 'press_name', 'process', 'Year Installed', 'Hourly Cost (GBP)', 'max_sheet',
      'Colour Capable'], PRESSES);
  writeCsv(join(folder, 'clients.csv'),
    ['client_id', 'Business Name', 'sector', 'town', 'Trade Account', 'Credit Limit (GBP)',
      'account_opened', 'marketingOptIn'], clients);
  writeCsv(join(folder, 'print_jobs.csv'),
    ['Job No', 'ordered_at', 'Client Account', 'product', 'Quantity', 'Paper Stock',
      'Paper Weight (gsm)', 'colour_mode', 'Double Sided', 'pressNo', 'Due Date', 'completed_at',
      'Status', 'rush_job', 'Price (GBP)', 'Sheets Printed', 'Waste Sheets', 'proof_rounds',
      'Delivery Method'], rows);
  return ['print_jobs', 'clients', 'presses'];
}
