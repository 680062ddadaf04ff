// A fulfilment warehouse's order picking lines (the fact table) with its product master and its
// pickers as lookups. The warehouse management system exports the product as `Product SKU` and
// the picker as `pickerId`, while the item master says `sku_code` and the rota says `Picker No`.
// A line is created when an order drops; it is confirmed when the picker scans it, so lines
// still pending (or cancelled) have no confirmation time, no picked quantity and no pick time,
// and lines not yet released to the floor (and most cancelled ones) have no picker.
import { join } from 'node:path';
import { createRandom } from '../../lib/prng.mjs';
import {
  addDays, addMinutes, day, isoDate, isoTimestamp, writeCsv,
} from '../../lib/csv-writer.mjs';

// category, zone, hazmat share, fragile share, popularity,
// items as [name, unit weight (kg), unit cost (GBP)]
const CATEGORIES = [
  ['Electronics', 'A', 0.12, 0.45, 18, [['USB-C Charging Cable', 0.08, 4.2],
    ['Wireless Earbuds', 0.12, 38], ['Power Bank', 0.35, 17.5], ['HDMI Cable', 0.15, 5.1],
    ['Bluetooth Speaker', 0.9, 32], ['Phone Case', 0.06, 3.6], ['Smart Plug', 0.2, 9.8],
    ['LED Desk Lamp', 1.3, 21], ['Webcam', 0.25, 27], ['Wireless Mouse', 0.11, 11.5]]],
  ['Homeware', 'B', 0.02, 0.55, 16, [['Ceramic Mug', 0.4, 2.9], ['Glass Tumbler Set', 1.6, 8.4],
    ['Cotton Tea Towel', 0.1, 1.7], ['Bamboo Chopping Board', 1.1, 6.2],
    ['Scented Candle', 0.45, 4.8], ['Photo Frame', 0.7, 3.9], ['Storage Basket', 0.9, 7.5],
    ['Table Lamp', 2.4, 19], ['Cushion Cover', 0.25, 3.1], ['Serving Bowl', 1.2, 5.6]]],
  ['Toys', 'C', 0.01, 0.1, 12, [['Building Blocks Set', 1.4, 14], ['Plush Bear', 0.3, 5.5],
    ['Jigsaw Puzzle', 0.8, 4.9], ['Remote Control Car', 1.1, 18.5], ['Craft Kit', 0.6, 6.8],
    ['Board Game', 1.3, 11], ['Toy Train Set', 2.2, 24], ['Modelling Clay', 0.5, 2.6]]],
  ['Garden', 'D', 0.18, 0.15, 9, [['Plant Food', 1.2, 3.8], ['Hose Connector', 0.15, 2.4],
    ['Garden Gloves', 0.2, 2.9], ['Bird Feeder', 1.5, 8.5], ['Lawn Seed', 5, 12.5],
    ['Pruning Shears', 0.4, 7.2], ['Solar Path Light', 0.6, 5.9], ['Weed Killer', 2.5, 6.4]]],
  ['Health & Beauty', 'A', 0.25, 0.2, 15, [['Hand Cream', 0.12, 2.2], ['Shampoo', 0.45, 2.8],
    ['Electric Toothbrush', 0.5, 24], ['Nail Polish Remover', 0.2, 1.4], ['Sun Cream', 0.3, 4.6],
    ['Hair Dryer', 0.9, 19.5], ['Perfume', 0.35, 16], ['Vitamin C Tablets', 0.15, 3.3]]],
  ['Stationery', 'B', 0.01, 0.05, 10, [['A5 Notebook', 0.25, 1.9], ['Gel Pen Pack', 0.12, 2.1],
    ['Desk Organiser', 0.8, 6.3], ['Sticky Notes', 0.1, 1.2], ['Printer Paper', 2.5, 3.9],
    ['Highlighter Set', 0.1, 1.8], ['Ring Binder', 0.4, 1.5]]],
  ['Sports', 'C', 0.02, 0.05, 9, [['Yoga Mat', 1.2, 8.9], ['Dumbbell Set', 10, 29],
    ['Water Bottle', 0.3, 4.4], ['Resistance Bands', 0.35, 5.2], ['Football', 0.45, 7.8],
    ['Cycling Helmet', 0.4, 18], ['Skipping Rope', 0.25, 2.7], ['Tennis Balls', 0.25, 3.6]]],
  ['Pet Supplies', 'D', 0.03, 0.02, 11, [['Dog Lead', 0.3, 4.1], ['Cat Litter', 10, 6.9],
    ['Dog Food', 12, 21], ['Pet Bed', 2.2, 16], ['Cat Scratching Post', 4.5, 14.5],
    ['Fish Flakes', 0.1, 2.3], ['Chew Toy', 0.2, 1.9]]],
];
const FIRST = ['Aisha', 'Ben', 'Chloe', 'Dawid', 'Ellie', 'Farid', 'Grace', 'Harry', 'Imran',
  'Jade', 'Kacper', 'Leah', 'Mo', 'Nadia', 'Owen', 'Priya', 'Ryan', 'Sara', 'Tomasz', 'Zoe'];
const LAST = ['Ahmed', 'Baker', 'Clarke', 'Davies', 'Evans', 'Kowalski', 'Hughes', 'Jones',
  'Khan', 'Lewis', 'Morgan', 'Nowak', 'Patel', 'Roberts', 'Singh', 'Taylor', 'Walker', 'Wright'];
const SHIFTS = [['Early', 40], ['Late', 35], ['Night', 25]];
const PRIORITIES = [['Standard', 62], ['Express', 26], ['Next Day', 12]];
const CARRIERS = [['Royal Mail', 34], ['DPD', 28], ['Evri', 24], ['UPS', 14]];
const FIRST_DAY = day('2025-01-06');
const LAST_DAY = day('2025-09-30');
const DAYS = 268; // 2025-01-06 .. 2025-09-30

const round = (value, places) => Number(value.toFixed(places));

// How a variant changes the base item's weight: packs and sizes weigh more or less.
const VARIANTS = [['Black', 1], ['White', 1], ['Blue', 1], ['Grey', 1], ['Red', 1], ['Green', 1],
  ['Small', 0.7], ['Large', 1.4], ['Mini', 0.5], ['XL', 1.8], ['Twin Pack', 2], ['3 Pack', 3]];

function makeProducts(random) {
  const products = [];
  const used = new Set();
  const bins = new Set();
  let next = 10040;
  for (const [category, zone, hazmat, fragile, , names] of CATEGORIES) {
    const count = Math.round(names.length * 4.2);
    for (let k = 0; k < count; k += 1) {
      let item;
      let variant;
      do {
        item = random.pick(names);
        variant = random.pick(VARIANTS);
      } while (used.has(`${item[0]} ${variant[0]}`));
      used.add(`${item[0]} ${variant[0]}`);
      let bin;
      do {
        bin = `${zone}-${String(random.int(1, 24)).padStart(2, '0')}-${random.int(1, 5)}`;
      } while (bins.has(bin));
      bins.add(bin);
      next += random.int(1, 9);
      const [, kg, gbp] = item;
      const scale = variant[1];
      products.push([
        `SKU-${next}`, `${item[0]} ${variant[0]}`, category, zone, bin,
        round(kg * scale * random.around(1, 0.1, 0.85, 1.15), 2),
        random.chance(hazmat) ? 'true' : 'false', random.chance(fragile) ? 'Y' : 'N',
        round(gbp * (scale > 1 ? scale * 0.85 : Math.max(scale, 0.8))
          * random.around(1, 0.12, 0.8, 1.2), 2),
        random.int(2, 12) * 10,
      ]);
    }
  }
  return products;
}

function makePickers(random) {
  const used = new Set();
  return Array.from({ length: 38 }, (_, i) => {
    let name;
    do {
      name = `${random.pick(FIRST)} ${random.pick(LAST)}`;
    } while (used.has(name));
    used.add(name);
    const agency = random.chance(0.3);
    const started = addDays(day(agency ? '2024-03-01' : '2017-01-01'),
      random.int(0, agency ? 520 : 2900));
    return [
      `PK${String(101 + i * 2).padStart(4, '0')}`, name, random.weighted(SHIFTS), isoDate(started),
      agency ? 'yes' : 'no', random.chance(agency ? 0.15 : 0.45) ? 'TRUE' : 'FALSE',
      (agency ? 12.6 : 12.2 + random.int(0, 9) * 0.35).toFixed(2),
    ];
  });
}

function makeOrder(random, orderNo, products, pickers, popularity, workload) {
  const created = addMinutes(addDays(FIRST_DAY, random.int(0, DAYS - 1)),
    random.int(0, 24 * 60 - 1));
  const ageDays = (LAST_DAY.getTime() + 86_400_000 - created.getTime()) / 86_400_000;
  const priority = random.weighted(PRIORITIES);
  const carrier = random.weighted(CARRIERS);
  const lines = random.weighted([[1, 38], [2, 27], [3, 18], [4, 10], [5, 7]]);
  // Orders of the last three days are not all picked yet; a few are cancelled before picking.
  const pending = ageDays < 3 && random.chance(ageDays < 1 ? 0.9 : (ageDays < 2 ? 0.55 : 0.2));
  const cancelled = !pending && random.chance(0.03);
  const released = !pending || random.chance(0.5);
  // Only pickers who had started by the day the order dropped can pick it.
  const onRota = workload.filter(([i]) => pickers[i][3] <= isoDate(created));
  const orderPicker = pickers[random.weighted(onRota)];
  const rows = [];
  for (let line = 0; line < lines; line += 1) {
    const product = products[random.weighted(popularity)];
    const otherPicker = () => pickers[random.pick(onRota)[0]];
    const picker = released && !cancelled ? (random.chance(0.8) ? orderPicker : otherPicker())
      : (cancelled && random.chance(0.4) ? orderPicker : null);
    const ordered = random.weighted([[1, 60], [2, 20], [3, 8], [4, 5], [6, 4], [10, 2], [12, 1]]);
    const confirmed = !pending && !cancelled;
    const short = confirmed && random.chance(0.045);
    const picked = confirmed ? (short ? random.int(0, ordered - 1) : ordered) : null;
    const waitMinutes = confirmed
      ? Math.round(random.around(priority === 'Standard' ? 240 : 90, 80, 8, 700)) : 0;
    const confirmedAt = confirmed
      ? addMinutes(created, waitMinutes + line * random.int(1, 4)) : null;
    // Heavier items, bigger quantities and the far zone (D) take longer to pick.
    const typical = 35 + product[5] * 4 + ordered * 6 + (product[3] === 'D' ? 25 : 0);
    const seconds = confirmed ? Math.round(random.around(typical, 25, 8, 600)) : null;
    const dispatched = confirmed && random.chance(0.97)
      ? isoDate(addDays(confirmedAt, confirmedAt.getUTCHours() >= 15 ? 1 : 0)) : null;
    rows.push({
      created,
      row: [
        null, orderNo, product[0], picker ? picker[0] : null, ordered, picked,
        isoTimestamp(created, ' '), confirmedAt ? isoTimestamp(confirmedAt, 'T') : null, seconds,
        confirmed ? 'Confirmed' : (pending ? 'Pending' : 'Cancelled'), priority,
        confirmed ? (short ? 'Y' : 'N') : null, carrier, dispatched,
        confirmed ? (random.chance(0.93) ? 'TRUE' : 'FALSE') : 'FALSE',
      ],
    });
  }
  return rows;
}

/** Writes picks.csv, products.csv and pickers.csv into `folder`; returns the tables. */
export function generate(folder) {
  const random = createRandom(20261211);
  const products = makeProducts(random);
  const pickers = makePickers(random);
  const weightOf = Object.fromEntries(CATEGORIES.map((c) => [c[0], c[4]]));
  const popularity = products.map((p, i) => [i, weightOf[p[2]] * (0.2 + random.next() ** 3 * 3)]);
  // Agency staff work fewer shifts; some permanent pickers do overtime.
  const workload = pickers.map((p, i) => [i, (p[4] === 'yes' ? 0.5 : 0.8) + random.next()]);
  const lines = [];
  for (let order = 0; lines.length < 4700; order += 1) {
    lines.push(...makeOrder(random, `SO-${88000 + order * 3}`, products, pickers, popularity,
      workload));
  }
  const picks = lines.slice(0, 4700)
    .sort((a, b) => a.created.getTime() - b.created.getTime() || a.row[1].localeCompare(b.row[1]))
    .map(({ row }, i) => [`PL${String(500001 + i)}`, ...row.slice(1)]);
  writeCsv(join(folder, 'products.csv'),
    ['sku_code', 'Description', 'category', 'zone', 'Bin Location', 'Unit Weight (kg)', 'isHazmat',
      'Fragile', 'Unit Cost (GBP)', 'reorder_point'], products);
  writeCsv(join(folder, 'pickers.csv'),
    ['Picker No', 'full_name', 'shift', 'Start Date', 'agency_worker', 'forkliftCertified',
      'Hourly Rate (GBP)'], pickers);
  writeCsv(join(folder, 'picks.csv'),
    ['pick_id', 'Order No', 'Product SKU', 'pickerId', 'Qty Ordered', 'qty_picked', 'Created At',
      'Confirmed At', 'Pick Time (sec)', 'status', 'priority', 'short_pick', 'Carrier',
      'Dispatch Date', 'scan_verified'], picks);
  return ['picks', 'products', 'pickers'];
}
