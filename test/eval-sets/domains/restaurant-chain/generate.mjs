// A restaurant chain's till export: one row per order line (an order of three dishes is three
// rows sharing an `Order ID`), with the menu and the outlets as lookups. The till writes the
// outlet as `Outlet` and the item as `Item SKU`; the outlet list calls it `outlet_code` and the
// menu `sku`, as two systems' exports do.
import { join } from 'node:path';
import { createRandom } from '../../lib/prng.mjs';
import { addMinutes, day, isoTimestamp, writeCsv } from '../../lib/csv-writer.mjs';

const OUTLETS = [
  ['RC01', 'Harbour Street', 'Bristol', 84, '2016-04-02', 'Yes', 'Dana Whitfield'],
  ['RC02', 'Old Market', 'Bristol', 60, '2017-09-15', 'No', 'Marco Bellini'],
  ['RC03', 'Canal Wharf', 'Bath', 72, '2018-03-10', 'Yes', 'Aisha Rahman'],
  ['RC04', 'Station Square', 'Cardiff', 110, '2019-06-21', 'No', 'Tom Hughes'],
  ['RC05', 'Castle Quarter', 'Cardiff', 48, '2020-11-05', 'Yes', 'Ffion Price'],
  ['RC06', 'Gloucester Road', 'Bristol', 56, '2021-05-01', 'No', 'Sam Okafor'],
  ['RC07', 'Riverside Mill', 'Exeter', 90, '2022-08-19', 'Yes', 'Hannah Cole'],
  ['RC08', 'Cathedral Green', 'Exeter', 40, '2023-10-12', 'No', 'Luis Ferreira'],
  ['RC09', 'Marina Point', 'Swansea', 66, '2024-02-29', 'Yes', 'Rhys Morgan'],
];
const OUTLET_WEIGHTS = [18, 12, 13, 16, 8, 9, 11, 5, 8];

// [name, category, price, vegetarian, spicy, kcal, launched]
const MENU = [
  ['Garlic Flatbread', 'Starter', 5.5, 'true', 'N', 610, '2022-01-10'],
  ['Crispy Calamari', 'Starter', 7.25, 'false', 'N', 480, '2022-01-10'],
  ['Chilli Chicken Wings', 'Starter', 7.95, 'false', 'Y', 720, '2023-03-01'],
  ['Burrata & Heritage Tomato', 'Starter', 8.5, 'true', 'N', 390, '2024-05-20'],
  ['Soup of the Day', 'Starter', 5.25, 'true', 'N', 260, '2022-01-10'],
  ['Classic Margherita', 'Main', 11.5, 'true', 'N', 890, '2022-01-10'],
  ['Nduja Pizza', 'Main', 13.95, 'false', 'Y', 1040, '2022-06-01'],
  ['Wild Mushroom Risotto', 'Main', 14.25, 'true', 'N', 780, '2022-01-10'],
  ['Beef Short Rib', 'Main', 21.5, 'false', 'N', 1150, '2023-09-15'],
  ['Pan-Roasted Hake', 'Main', 18.75, 'false', 'N', 640, '2023-04-04'],
  ['Thai Green Curry', 'Main', 15.5, 'false', 'Y', 870, '2022-01-10'],
  ['Jackfruit Tacos', 'Main', 12.95, 'true', 'Y', 720, '2024-09-02'],
  ['Chicken Caesar Salad', 'Main', 12.5, 'false', 'N', 560, '2022-01-10'],
  ['Smash Burger', 'Main', 13.5, 'false', 'N', 1210, '2022-01-10'],
  ['Halloumi Burger', 'Main', 12.95, 'true', 'N', 980, '2023-01-16'],
  ['Sweet Potato Fries', 'Side', 4.5, 'true', 'N', 420, '2022-01-10'],
  ['Truffle Parmesan Fries', 'Side', 5.75, 'true', 'N', 530, '2024-01-08'],
  ['House Slaw', 'Side', 3.25, 'true', 'N', 180, '2022-01-10'],
  ['Sticky Toffee Pudding', 'Dessert', 6.95, 'true', 'N', 690, '2022-01-10'],
  ['Salted Caramel Brownie', 'Dessert', 6.5, 'true', 'N', 610, '2022-11-01'],
  ['Lemon Posset', 'Dessert', 6.25, 'true', 'N', 450, '2024-04-15'],
  ['Affogato', 'Dessert', 4.95, 'true', 'N', 220, '2022-01-10'],
  ['Still Water', 'Drink', 2.5, 'true', 'N', 0, '2022-01-10'],
  ['Fresh Lemonade', 'Drink', 3.75, 'true', 'N', 140, '2022-01-10'],
  ['House Lager (pint)', 'Drink', 5.6, 'true', 'N', 240, '2022-01-10'],
  ['Pinot Grigio (175ml)', 'Drink', 7.2, 'true', 'N', 160, '2022-01-10'],
  ['Flat White', 'Drink', 3.2, 'true', 'N', 110, '2022-01-10'],
  ['Spiced Mango Lassi', 'Drink', 4.25, 'true', 'Y', 210, '2025-02-03'],
];
const CATEGORY_WEIGHTS = { Starter: 5, Main: 9, Side: 6, Dessert: 4, Drink: 8 };
const CHANNELS = [['Dine-in', 55], ['Takeaway', 20], ['Delivery app', 25]];
const PAYMENTS = [['Card', 68], ['Cash', 9], ['Apple Pay', 18], ['Gift Card', 5]];
const LOYALTY = [['Y', 35], ['N', 65]];

const skuOf = (index) => `MI-${String(101 + index * 3)}`;

function menuRows() {
  return MENU.map(([name, category, price, veg, spicy, kcal, launched], i) =>
    [skuOf(i), name, category, price.toFixed(2), veg, spicy, kcal, launched]);
}

/** A dish the till could sell on `when`: launched by then, weighted by how often its kind sells. */
function pickItem(random, when) {
  const onMenu = MENU.map((item, i) => [i, item]).filter(([, item]) => day(item[6]) <= when);
  return random.weighted(onMenu.map(([i, item]) => [i, CATEGORY_WEIGHTS[item[1]] / (1 + i % 4)]));
}

/** Lunch and dinner peaks: minutes after midnight. */
const orderMinute = (random) => (random.chance(0.4) ? random.int(690, 870) : random.int(1050, 1320));

function orderLines(random, orderNo, when) {
  const outlet = OUTLETS[random.weighted(OUTLETS.map((o, k) => [k, OUTLET_WEIGHTS[k]]))];
  const channel = random.weighted(CHANNELS);
  const loyalty = random.weighted(LOYALTY);
  const payment = random.weighted(PAYMENTS);
  const discount = loyalty === 'Y' && random.chance(0.5) ? 10 : random.chance(0.05) ? 25 : 0;
  const tip = channel === 'Dine-in' && random.chance(0.6) ? (random.int(100, 900) / 100).toFixed(2)
    : null;
  const rating = random.chance(0.3) ? random.weighted([[5, 40], [4, 30], [3, 15], [2, 8], [1, 7]])
    : null;
  const refunded = random.chance(0.03) ? 'TRUE' : 'FALSE';
  const lineCount = random.weighted([[1, 25], [2, 35], [3, 25], [4, 15]]);
  return Array.from({ length: lineCount }, (_, line) => {
    const item = pickItem(random, when);
    const qty = random.weighted([[1, 75], [2, 20], [3, 5]]);
    const price = MENU[item][2];
    const total = (qty * price * (1 - discount / 100)).toFixed(2);
    return [`ORD-${orderNo}`, line + 1, isoTimestamp(when, 'T'), outlet[0], skuOf(item), qty,
      price.toFixed(2), discount, total, channel, payment, loyalty, line === 0 ? tip : null,
      line === 0 ? rating : null, refunded];
  });
}

function orderItemRows(random) {
  const rows = [];
  const start = day('2024-07-01');
  for (let orderNo = 500001; rows.length < 4400; orderNo += 1) {
    const date = new Date(start.getTime() + random.int(0, 364) * 86_400_000); // to 2025-06-30
    const when = addMinutes(date, orderMinute(random));
    const outletOpen = (lines) => day(OUTLETS.find((o) => o[0] === lines[0][3])[4]) <= date;
    const lines = orderLines(random, orderNo, when);
    if (outletOpen(lines)) rows.push(...lines);
  }
  return rows;
}

/** Writes order_items.csv, menu_items.csv and outlets.csv; returns the tables it wrote. */
export function generate(folder) {
  const random = createRandom(20261201);
  writeCsv(join(folder, 'outlets.csv'),
    ['outlet_code', 'outlet_name', 'city', 'Seats', 'opened_on', 'Has Terrace', 'manager'],
    OUTLETS);
  writeCsv(join(folder, 'menu_items.csv'),
    ['sku', 'item_name', 'Category', 'Menu Price (GBP)', 'isVegetarian', 'spicy',
      'Calories [kcal]', 'launched'], menuRows());
  writeCsv(join(folder, 'order_items.csv'),
    ['Order ID', 'line_no', 'orderedAt', 'Outlet', 'Item SKU', 'qty', 'Unit Price (GBP)',
      'discount_pct', 'Line Total (GBP)', 'channel', 'Payment Method', 'loyalty_member',
      'tip_gbp', 'rating', 'refunded'], orderItemRows(random));
  return ['order_items', 'menu_items', 'outlets'];
}
