// A Bristol laundry and dry-cleaning chain's orders (the fact table) with its account customers
// and its shops as lookups. The till export calls the customer `custNo` and the shop
// `Store Code`, while the CRM says `Customer ID` and the shop list says `store_id`. Walk-in
// customers paying at the counter have no customer number. The export was taken at the end of
// 2025-06-30: the last days' orders are still being washed or waiting to be collected.
import { join } from 'node:path';
import { createRandom } from '../../lib/prng.mjs';
import {
  addDays, addMinutes, day, isoDate, isoTimestamp, writeCsv,
} from '../../lib/csv-writer.mjs';

// store_id, store_name, town, Opened, Self Service, manager, Daily Capacity (kg), trade weight
const STORES = [
  ['S01', 'Gloucester Road', 'Bristol', '2012-04-02', 'Yes', 'Marcia Grant', 420, 17],
  ['S02', 'Clifton Village', 'Bristol', '2014-09-15', 'No', 'Oliver Penrose', 300, 14],
  ['S03', 'Bedminster', 'Bristol', '2016-03-07', 'Yes', 'Kemi Adebayo', 380, 12],
  ['S04', 'Fishponds', 'Bristol', '2018-06-11', 'Yes', 'Darren Lusty', 350, 9],
  ['S05', 'Redland', 'Bristol', '2019-11-04', 'No', 'Helen Cho', 260, 8],
  ['S06', 'Keynsham High Street', 'Keynsham', '2020-08-03', 'Yes', 'Steve Pople', 280, 6],
  ['S07', 'Portishead Marina', 'Portishead', '2021-05-17', 'No', 'Anita Sharma', 240, 5.5],
  ['S08', 'Horfield', 'Bristol', '2023-02-20', 'Yes', 'Luke Tanner', 300, 4],
  ['S09', 'Harbourside', 'Bristol', '2024-09-02', 'No', 'Bethan Rees', 220, 3],
];

// service, mix, price per kg (wash services) or per item, turnaround hours
const SERVICES = [
  ['Wash & Fold', 40], ['Dry Cleaning', 24], ['Ironing', 14], ['Duvets & Bedding', 10],
  ['Alterations', 6], ['Shirt Service', 6],
];
const ITEM_PRICE = { 'Dry Cleaning': 7.5, Ironing: 1.9, 'Duvets & Bedding': 14, Alterations: 12,
  'Shirt Service': 2.6 };
const KG_PRICE = 3.2;
const AREAS = [['Bishopston', 12], ['Clifton', 14], ['Redland', 10], ['Bedminster', 11],
  ['Southville', 8], ['Fishponds', 9], ['Horfield', 8], ['Keynsham', 8], ['Portishead', 6],
  ['Cotham', 7], ['Totterdown', 5], ['Easton', 5]];
const FIRST = ['Olivia', 'James', 'Emma', 'William', 'Sophia', 'Thomas', 'Lucy', 'Henry',
  'Charlotte', 'Alfie', 'Poppy', 'Max', 'Daisy', 'Finn', 'Matilda', 'Reuben', 'Esme', 'Kofi',
  'Ngozi', 'Wei', 'Mei', 'Arjun', 'Ananya', 'Yusuf', 'Fatima', 'Piotr', 'Agnieszka', 'Sean',
  'Siobhan', 'Callum', 'Rhys', 'Carys', 'Theo', 'Imogen', 'Felix', 'Harriet'];
const LAST = ['Ashworth', 'Bennett', 'Carter', 'Davies', 'Ellis', 'Fletcher', 'Gibbs', 'Hooper',
  'Ingram', 'Jenkins', 'Knight', 'Lovell', 'Mason', 'Norris', 'Osei', 'Parsons', 'Quinn',
  'Richards', 'Sharpe', 'Tucker', 'Upton', 'Vaughan', 'Webb', 'Yates', 'Young', 'Adeyemi',
  'Nguyen', 'Wong', 'Kaur', 'Mistry', 'Nowak', 'Byrne', 'Doyle', 'Price', 'Morgan', 'Lloyd',
  'Pugh', 'Shepherd', 'Hancock', 'Bracey'];
const BUSINESSES = ['The Avon Gorge Hotel', 'Cabot Circus Barbers', 'Harbour Lights B&B',
  'Blue Door Salon', 'Spike Island Studios', 'Clifton Yoga Loft', 'Redcliffe Bistro',
  'Wapping Wharf Kitchen', 'St Werburghs Nursery', 'Brunel Physio Clinic', 'Temple Quay Suites',
  'Ashton Court Stables', 'Old Market Tattoo', 'Stokes Croft Cafe', 'Clifton Lido Spa',
  'Queen Square Dental', 'Montpelier Guest House', 'Kingsdown Care Home'];

function makeCustomers(random) {
  const names = new Set();
  return Array.from({ length: 1240 }, (_, i) => {
    const business = i % 69 === 7 && i / 69 < BUSINESSES.length;
    let name = business ? BUSINESSES[Math.floor(i / 69)] : null;
    while (name === null || (!business && names.has(name))) {
      name = `${random.pick(FIRST)} ${random.pick(LAST)}`;
    }
    names.add(name);
    // The regulars (the first customers drawn most often) signed up earliest.
    const signed = addDays(day('2019-03-01'), random.int(0, Math.min(2300, 150 + i * 2)));
    const tier = business ? 'Gold' : random.chance(0.3) ? null
      : random.weighted([['Bronze', 55], ['Silver', 30], ['Gold', 15]]);
    return [`C${10001 + i * 7}`, name, business ? 'Business' : 'Personal', random.weighted(AREAS),
      isoDate(signed), tier, random.chance(0.37) ? 'true' : 'false'];
  });
}

// Quieter in August (students and families away), busier before Christmas and in spring.
const MONTH_WEIGHT = [9, 9, 10, 11, 11, 10, 9, 7, 10, 11, 12, 12];

function droppedOff(random) {
  for (;;) {
    const date = addDays(day('2024-01-02'), random.int(0, 545)); // .. 2025-06-30
    const weekday = date.getUTCDay();
    const dayWeight = weekday === 0 ? 0.25 : weekday === 1 ? 1 : weekday === 6 ? 0.8 : 0.7;
    if (random.next() < (MONTH_WEIGHT[date.getUTCMonth()] / 12) * dayWeight) {
      return addMinutes(date, random.int(7 * 60 + 30, 19 * 60) + random.int(0, 59) / 60);
    }
  }
}

function makeOrder(random, i, customers, businessCustomers) {
  const at = droppedOff(random);
  const store = random.weighted(STORES.filter((s) => day(s[3]) <= at).map((s) => [s, s[7]]));
  const service = random.weighted(SERVICES);
  const walkIn = random.chance(0.17);
  const business = !walkIn && random.chance(0.12);
  let customer = null;
  while (!walkIn && (customer === null || day(customer[4]) > at)) {
    customer = business ? random.pick(businessCustomers)
      : customers[random.skewedIndex(customers.length, 1.7)];
  }
  const byWeight = service === 'Wash & Fold' || service === 'Duvets & Bedding';
  const weight = service === 'Wash & Fold'
    ? Math.round(random.around(business ? 14 : 6, business ? 6 : 3, 1.5, 30) * 10) / 10
    : service === 'Duvets & Bedding' ? Math.round(random.around(4, 1.5, 1.5, 9) * 10) / 10 : null;
  const items = service === 'Wash & Fold' ? null
    : service === 'Duvets & Bedding' ? random.int(1, 3)
      : service === 'Alterations' ? random.int(1, 3)
        : service === 'Shirt Service' ? random.weighted([[5, 60], [10, 30], [15, 10]])
          : random.int(1, service === 'Ironing' ? 20 : 6);
  const express = random.chance(service === 'Alterations' ? 0.05 : 0.16);
  const delivery = random.chance(business ? 0.7 : 0.14);
  const eco = random.chance(byWeight ? 0.33 : 0.1);
  const stain = service !== 'Alterations' && random.chance(0.11);
  const base = service === 'Wash & Fold' ? weight * KG_PRICE
    : ITEM_PRICE[service] * items + (service === 'Duvets & Bedding' ? weight * 0.8 : 0);
  const total = (base * (express ? 1.5 : 1) + (delivery ? 3.95 : 0) + (stain ? 4 : 0)
    + (eco ? 1.5 : 0)) * (business ? 0.9 : 1);
  const turnaround = express ? random.pick([4, 6, 8])
    : service === 'Alterations' ? random.pick([72, 96, 120, 168])
      : service === 'Dry Cleaning' ? random.pick([48, 72]) : random.pick([24, 24, 48]);
  const ready = addMinutes(at, turnaround * 60);
  const exportedAt = day('2025-07-01');
  const cancelled = random.chance(0.025);
  const pickupDelay = random.weighted([[0, 40], [1, 25], [2, 12], [3, 8], [5, 6], [9, 5],
    [16, 3], [30, 1]]);
  const collected = addDays(ready, pickupDelay);
  const status = cancelled ? 'Cancelled'
    : ready >= exportedAt ? 'In Progress'
      : collected >= exportedAt ? 'Ready'
        : delivery ? 'Delivered' : 'Collected';
  const done = status === 'Delivered' || status === 'Collected';
  const rating = done && random.chance(0.3)
    ? random.weighted([[5, 52], [4, 28], [3, 10], [2, 6], [1, 4]]) : null;
  const payment = business ? random.weighted([['Account', 85], ['Card', 15]])
    : walkIn ? random.weighted([['Cash', 45], ['Card', 55]])
      : random.weighted([['Card', 52], ['App', 34], ['Cash', 14]]);
  return [
    `LD${240001 + i}`, isoTimestamp(at, 'T'), store[0], customer ? customer[0] : null, service,
    weight, items, cancelled ? null : total.toFixed(2), payment, express ? 'Y' : 'N',
    delivery ? 'yes' : 'no', eco ? 'true' : 'false', stain ? 'Yes' : 'No', turnaround,
    isoDate(ready), done ? isoDate(collected) : null, status, rating,
  ];
}

/** Writes laundry_orders.csv, customers.csv and stores.csv into `folder`; returns the tables. */
export function generate(folder) {
  const random = createRandom(20250630);
  const customers = makeCustomers(random);
  const businessCustomers = customers.filter((c) => c[2] === 'Business');
  const personal = customers.filter((c) => c[2] === 'Personal');
  const orders = Array.from({ length: 4680 },
    (_, i) => makeOrder(random, i, personal, businessCustomers));
  writeCsv(join(folder, 'stores.csv'),
    ['store_id', 'store_name', 'town', 'Opened', 'Self Service', 'manager',
      'Daily Capacity (kg)'], STORES.map((row) => row.slice(0, 7)));
  writeCsv(join(folder, 'customers.csv'),
    ['Customer ID', 'customer_name', 'account_type', 'neighbourhood', 'Signed Up',
      'loyalty_tier', 'marketingOptIn'], customers);
  writeCsv(join(folder, 'laundry_orders.csv'),
    ['order_no', 'Dropped Off At', 'Store Code', 'custNo', 'service', 'weight_kg', 'Items',
      'Order Total (GBP)', 'payment_method', 'Express', 'home_delivery', 'ecoWash',
      'Stain Treatment', 'Turnaround (hrs)', 'ready_by', 'Collected On', 'status',
      'Rating (1-5)'], orders);
  return ['laundry_orders', 'customers', 'stores'];
}
