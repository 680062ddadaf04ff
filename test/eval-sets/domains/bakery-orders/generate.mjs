// A wholesale bakery's order lines to cafes, delis and shops (the fact table) with its product
// list and its customer accounts as lookups. The order system calls the product `Item Code` and
// the customer `custRef`, while the product sheet says `product_id` and the accounts system
// `Account No`. Orders placed in the last days of the export are not yet delivered (no delivery
// date, no waste count), and cancelled lines were never delivered either.
import { join } from 'node:path';
import { createRandom } from '../../lib/prng.mjs';
import {
  addDays, addMinutes, day, isoDate, isoTimestamp, writeCsv,
} from '../../lib/csv-writer.mjs';

// product_id, name, category, list price (EUR), shelf life (days), vegan, nuts, weight (g), popularity
const PRODUCTS = [
  ['BR-01', 'Sourdough Loaf', 'Bread', 4.2, 4, 'true', 'N', 800, 30],
  ['BR-02', 'Seeded Rye', 'Bread', 4.6, 5, 'true', 'N', 750, 14],
  ['BR-03', 'White Bloomer', 'Bread', 3.1, 3, 'true', 'N', 800, 18],
  ['BR-04', 'Wholemeal Tin', 'Bread', 3.4, 4, 'true', 'N', 800, 12],
  ['BR-05', 'Baguette', 'Bread', 1.9, 1, 'true', 'N', 250, 26],
  ['BR-06', 'Focaccia Rosemary', 'Bread', 5.5, 2, 'true', 'N', 600, 9],
  ['BR-07', 'Brioche Loaf', 'Bread', 5.9, 4, 'false', 'N', 500, 7],
  ['BR-08', 'Walnut Bread', 'Bread', 5.2, 4, 'true', 'Y', 600, 5],
  ['VI-11', 'Butter Croissant', 'Viennoiserie', 1.35, 1, 'false', 'N', 70, 34],
  ['VI-12', 'Pain au Chocolat', 'Viennoiserie', 1.55, 1, 'false', 'N', 80, 28],
  ['VI-13', 'Almond Croissant', 'Viennoiserie', 2.1, 1, 'false', 'Y', 110, 15],
  ['VI-14', 'Cinnamon Bun', 'Viennoiserie', 1.95, 2, 'false', 'N', 120, 20],
  ['VI-15', 'Cardamom Knot', 'Viennoiserie', 2.05, 2, 'false', 'N', 110, 10],
  ['VI-16', 'Vegan Croissant', 'Viennoiserie', 1.6, 1, 'true', 'N', 70, 8],
  ['CA-21', 'Carrot Cake (whole)', 'Cake', 24.0, 5, 'false', 'Y', 1800, 6],
  ['CA-22', 'Lemon Drizzle Slice', 'Cake', 2.4, 4, 'false', 'N', 110, 14],
  ['CA-23', 'Chocolate Brownie', 'Cake', 2.2, 5, 'false', 'N', 90, 22],
  ['CA-24', 'Banana Bread Slice', 'Cake', 2.0, 4, 'true', 'Y', 100, 12],
  ['CA-25', 'Victoria Sponge (whole)', 'Cake', 21.0, 3, 'false', 'N', 1500, 4],
  ['CA-26', 'Pistachio Financier', 'Cake', 1.8, 4, 'false', 'Y', 45, 5],
  ['SA-31', 'Sausage Roll', 'Savoury', 2.3, 2, 'false', 'N', 150, 20],
  ['SA-32', 'Cheese and Onion Pasty', 'Savoury', 2.9, 2, 'false', 'N', 200, 12],
  ['SA-33', 'Spinach and Feta Swirl', 'Savoury', 2.7, 2, 'false', 'N', 140, 8],
  ['SA-34', 'Vegan Sausage Roll', 'Savoury', 2.4, 2, 'true', 'N', 150, 9],
  ['SA-35', 'Quiche Lorraine (whole)', 'Savoury', 16.5, 3, 'false', 'N', 1200, 3],
  ['CO-41', 'Oat and Raisin Cookie', 'Cookies', 1.1, 7, 'true', 'N', 60, 12],
  ['CO-42', 'Double Chocolate Cookie', 'Cookies', 1.2, 7, 'false', 'N', 60, 16],
  ['CO-43', 'Hazelnut Biscotti (bag)', 'Cookies', 3.8, 30, 'false', 'Y', 200, 5],
  ['CO-44', 'Shortbread Round', 'Cookies', 1.0, 14, 'false', 'N', 50, 7],
];
const TYPES = [['Cafe', 48], ['Deli', 16], ['Farm Shop', 10], ['Hotel', 8], ['Office Canteen', 8],
  ['Restaurant', 10]];
const CITIES = [['Leeds', 38], ['York', 16], ['Harrogate', 12], ['Bradford', 10], ['Wakefield', 8],
  ['Otley', 5], ['Ilkley', 6], ['Huddersfield', 5]];
const PREFIX = ['The Copper', 'Little', 'Northern', 'Green', 'Blue Door', 'Old Mill', 'Corner',
  'Morning', 'Wild', 'Market', 'Station', 'Riverside', 'Hilltop', 'Bramble', 'Oak'];
const SUFFIX = { Cafe: 'Cafe', Deli: 'Deli', 'Farm Shop': 'Farm Shop', Hotel: 'Hotel',
  'Office Canteen': 'Canteen', Restaurant: 'Kitchen' };
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const DRIVERS = [['Marek', 34], ['Priya', 30], ['Tom', 24], ['Jo', 12]];
const LAST_DAY = day('2025-06-30');

function makeCustomers(random) {
  const used = new Set();
  return Array.from({ length: 150 }, (_, i) => {
    const type = random.weighted(TYPES);
    let name;
    do {
      name = `${random.pick(PREFIX)} ${SUFFIX[type]}`;
      if (used.has(name)) name = `${name} ${random.pick(['Two', 'North', 'East', 'on the Square'])}`;
    } while (used.has(name));
    used.add(name);
    const opened = addDays(day('2018-03-01'), random.int(0, 2400));
    return [
      `AC-${String(3001 + i * 7)}`, name, type, random.weighted(CITIES), isoDate(opened),
      random.weighted([[7, 30], [14, 45], [30, 25]]), random.chance(0.88) ? 'Yes' : 'No',
    ];
  });
}

/** Writes order_items.csv, products.csv and customers.csv into `folder`; returns the tables. */
export function generate(folder) {
  const random = createRandom(20270120);
  const customers = makeCustomers(random);
  const active = customers.filter((c) => c[6] === 'Yes');
  const lines = [];
  let order = 0;
  while (lines.length < 4620) {
    order += 1;
    const placed = addMinutes(addDays(day('2024-01-01'), random.int(0, 546)),
      random.int(5 * 60, 21 * 60));
    const customer = active[random.skewedIndex(active.length, 1.7)];
    const deliverOn = addDays(day(isoDate(placed)), random.weighted([[1, 70], [2, 22], [3, 8]]));
    const cancelled = random.chance(0.035);
    const delivered = !cancelled && deliverOn <= LAST_DAY;
    const standing = random.chance(0.3) ? 'TRUE' : 'FALSE';
    const driver = random.weighted(DRIVERS);
    const count = random.weighted([[1, 30], [2, 30], [3, 22], [4, 12], [5, 6]]);
    const chosen = new Set();
    for (let k = 0; k < count && lines.length < 4620; k += 1) {
      const product = random.weighted(PRODUCTS.filter((p) => !chosen.has(p[0])).map((p) => [p, p[8]]));
      chosen.add(product[0]);
      const whole = product[3] > 10;
      const qty = whole ? random.int(1, 4) : random.weighted([[6, 20], [12, 35], [18, 15], [24, 18],
        [36, 8], [48, 4]]);
      const discount = random.weighted([[0, 70], [5, 18], [10, 9], [15, 3]]);
      const total = (qty * product[3] * (1 - discount / 100)).toFixed(2);
      const wasted = delivered ? (random.chance(0.75) ? 0 : random.int(1, Math.max(1, Math.round(qty / 4)))) : null;
      const returned = delivered && random.chance(0.04) ? 'yes' : 'no';
      lines.push([
        `L${String(500000 + lines.length)}`, `SO-${String(24000 + order)}`,
        isoTimestamp(placed), DAYS[deliverOn.getUTCDay()], delivered ? isoDate(deliverOn) : null,
        product[0], customer[0], qty, product[3].toFixed(2), discount, total,
        cancelled ? 'Cancelled' : (delivered ? 'Delivered' : 'Pending'), wasted, returned, standing,
        delivered ? driver : null,
      ]);
    }
  }
  writeCsv(join(folder, 'products.csv'),
    ['product_id', 'product_name', 'Category', 'List Price (EUR)', 'shelf_life_days', 'isVegan',
      'Contains Nuts', 'Weight (g)'], PRODUCTS.map((row) => row.slice(0, 8)));
  writeCsv(join(folder, 'customers.csv'),
    ['Account No', 'business_name', 'customerType', 'City', 'account_opened', 'Payment Terms (days)',
      'Active'], customers);
  writeCsv(join(folder, 'order_items.csv'),
    ['line_id', 'order_number', 'Ordered At', 'delivery_day', 'Delivery Date', 'Item Code', 'custRef',
      'Qty', 'Unit Price (EUR)', 'discount_pct', 'Line Total (EUR)', 'status', 'Wasted Qty',
      'returned', 'standingOrder', 'driver'], lines);
  return ['order_items', 'products', 'customers'];
}
