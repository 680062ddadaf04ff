// A window cleaning business's visits (the fact table) with its customers and its cleaners as
// lookups. The round-planning app writes the customer as `Customer Ref` and the cleaner as
// `cleanerId`, while the customer list says `customer_id` and the staff sheet `Cleaner No`:
// the same keys, spelled three ways. Visits that were rained off, cancelled or found no one
// home have no start time, no price and no payment.
import { join } from 'node:path';
import { createRandom } from '../../lib/prng.mjs';
import {
  addDays, addMinutes, day, isoDate, isoTimestamp, writeCsv,
} from '../../lib/csv-writer.mjs';

// Cleaner No, name, team, started on, hourly rate (GBP), pole certified, van reg
const CLEANERS = [
  ['CL01', 'Darren Hollis', 'North Round', '2014-04-07', 14.5, 'Yes', 'YJ15 KTV'],
  ['CL02', 'Shaun Pickering', 'North Round', '2016-09-12', 13.75, 'Yes', 'YD17 HMX'],
  ['CL03', 'Kelly Marsden', 'North Round', '2019-03-04', 12.9, 'No', 'YC19 RPA'],
  ['CL04', 'Gary Oldroyd', 'North Round', '2021-06-21', 12.4, 'Yes', null],
  ['CL05', 'Nathan Brear', 'North Round', '2023-02-13', 11.8, 'No', 'YB23 LWE'],
  ['CL06', 'Lisa Tomlinson', 'South Round', '2013-05-20', 15.2, 'Yes', 'YK13 OFS'],
  ['CL07', 'Craig Whitaker', 'South Round', '2015-01-05', 14.1, 'Yes', 'YE65 NCU'],
  ['CL08', 'Jamie Sugden', 'South Round', '2018-08-27', 13.2, 'No', 'YH68 TTB'],
  ['CL09', 'Owen Ackroyd', 'South Round', '2020-11-02', 12.6, 'Yes', 'YA70 GZD'],
  ['CL10', 'Becky Lund', 'South Round', '2022-04-19', 12.1, 'Yes', null],
  ['CL11', 'Tom Rishworth', 'South Round', '2024-03-11', 11.44, 'No', 'YF24 MUP'],
  ['CL12', 'Paul Hebden', 'Commercial', '2012-10-01', 16.0, 'Yes', 'YX62 BDL'],
  ['CL13', 'Andrea Kaye', 'Commercial', '2017-07-17', 15.4, 'Yes', 'YS67 WRO'],
  ['CL14', 'Mick Dawson', 'Commercial', '2019-12-02', 14.8, 'No', 'YT69 EJH'],
];
const NORTH_TOWNS = ['Ripon', 'Knaresborough', 'Boroughbridge', 'Pateley Bridge', 'Killinghall'];
const TOWNS = [['Harrogate', 36], ['Knaresborough', 15], ['Ripon', 12], ['Wetherby', 10],
  ['Pateley Bridge', 4], ['Boroughbridge', 7], ['Pannal', 6], ['Killinghall', 6], ['Spofforth', 4]];
const PROPERTY_TYPES = [['Terraced', 24], ['Semi-Detached', 30], ['Detached', 19],
  ['Bungalow', 12], ['Flat', 8], ['Commercial', 7]];
const WINDOWS = { Terraced: [7, 12], 'Semi-Detached': [9, 16], Detached: [13, 28],
  Bungalow: [7, 14], Flat: [4, 8], Commercial: [12, 44] };
const FREQUENCIES = [[4, 12], [6, 18], [8, 40], [12, 30]];
const CONTACTS = [['SMS', 45], ['Email', 30], ['Phone', 15], [null, 10]];
const FIRST = ['Margaret', 'John', 'Susan', 'David', 'Janet', 'Peter', 'Linda', 'Michael', 'Carol',
  'Stephen', 'Helen', 'Andrew', 'Gillian', 'Richard', 'Pauline', 'Mark', 'Karen', 'Ian', 'Sarah',
  'Neil', 'Joanne', 'Colin', 'Amanda', 'Graham', 'Rachel', 'Keith', 'Emma', 'Brian', 'Claire',
  'Trevor', 'Hannah', 'Martin', 'Fiona', 'Derek', 'Ruth', 'Alan', 'Wendy', 'Simon', 'Joan', 'Barry'];
const SURNAMES = ['Holt', 'Atkinson', 'Barraclough', 'Priestley', 'Dobson', 'Wainwright', 'Firth',
  'Hirst', 'Metcalfe', 'Sykes', 'Thackray', 'Ellis', 'Cawood', 'Dinsdale', 'Fawcett', 'Horsfall',
  'Lister', 'Moorhouse', 'Naylor', 'Pickles', 'Raistrick', 'Shackleton', 'Teale', 'Verity',
  'Walsh', 'Appleyard', 'Bairstow', 'Clegg', 'Denby', 'Emmott', 'Greenwood', 'Haigh', 'Ingham',
  'Jowett', 'Kitching', 'Lumb', 'Mitchell', 'Oates', 'Pullan', 'Rushworth'];
const STREETS = ['Cold Bath Road', 'Kings Road', 'Leeds Road', 'Skipton Road', 'Station Parade',
  'Otley Road', 'Park Drive', 'Valley Drive', 'York Place', 'Bond End', 'High Street',
  'Church Lane', 'North Road', 'Westgate', 'Bondgate', 'Market Place', 'Mill Lane', 'The Avenue',
  'Beech Grove', 'Hookstone Road'];
const BUSINESS_PLACES = ['Nidd', 'Spa', 'Crown', 'Harlow', 'Dales', 'Stray', 'Valley', 'Abbey',
  'Castle', 'Riverside', 'Market', 'Station'];
const BUSINESS_KINDS = ['Cafe', 'Dental', 'Vets', 'Hotel', 'Pharmacy', 'Barbers', 'Florists',
  'Estate Agents', 'Bakery', 'Garage', 'Nursery', 'Inn'];
const SERVICES = [['Windows Only', 62], ['Windows + Frames', 18], ['Conservatory Roof', 9],
  ['Fascia & Soffit', 4]];
const WEATHER = [['Dry', 50], ['Overcast', 28], ['Light Rain', 12], ['Heavy Rain', 5],
  ['Windy', 5]];
const PAYMENTS = [['Bank Transfer', 30], ['Direct Debit', 30], ['Cash', 22], ['Card', 18]];
const PERIOD_START = day('2024-01-02');
const PERIOD_END = day('2025-06-30');

function makeCustomers(random) {
  const names = new Set();
  return Array.from({ length: 690 }, (_, i) => {
    const type = random.weighted(PROPERTY_TYPES);
    let name = null;
    while (name === null || names.has(name)) {
      name = type === 'Commercial'
        ? `${random.pick(BUSINESS_PLACES)} ${random.pick(BUSINESS_KINDS)}`
        : `${random.pick(FIRST)} ${random.pick(SURNAMES)}`;
    }
    names.add(name);
    const joined = addDays(day('2015-03-02'), random.int(0, 3740)); // .. 2025-05
    const left = random.chance(0.45) ? addDays(joined, random.int(120, 1800)) : null;
    const [low, high] = WINDOWS[type];
    return [
      `C${String(1001 + i)}`, name, `${random.int(1, 140)} ${random.pick(STREETS)}`,
      random.weighted(TOWNS), type, random.int(low, high), random.weighted(FREQUENCIES),
      isoDate(joined), left && left < day('2025-07-01') ? isoDate(left) : null,
      random.chance(0.22) ? 'Yes' : 'No', random.weighted(CONTACTS),
    ];
  });
}

function regularCleaner(random, customer) {
  const [, , , town, type] = customer;
  const team = type === 'Commercial' ? 'Commercial'
    : NORTH_TOWNS.includes(town) ? 'North Round' : 'South Round';
  const crew = CLEANERS.filter((c) => c[2] === team);
  return { crew, regular: crew[random.int(0, crew.length - 1)] };
}

const roundTo = (value, step) => Math.round(value / step) * step;

function priceOf(random, service, windows, type, gutterPlan) {
  const commercial = type === 'Commercial' ? 1.3 : 1;
  if (service === 'Gutter Clear') return roundTo(random.int(40, 85) * commercial, 0.5);
  if (service === 'Conservatory Roof') return roundTo(random.int(30, 60) * commercial, 0.5);
  if (service === 'Fascia & Soffit') return roundTo(random.int(55, 120) * commercial, 0.5);
  const perWindow = service === 'Windows + Frames' ? 1.75 : 1.1;
  const base = Math.max(8, windows * perWindow * commercial);
  return roundTo(base * (gutterPlan === 'Yes' ? 0.95 : 1), 0.5);
}

function makeVisit(random, customer, cleaner, date, index) {
  const [customerId, , , , type, windows, , , , gutterPlan] = customer;
  const winter = [11, 0, 1].includes(date.getUTCMonth());
  const weather = random.weighted(winter
    ? [['Dry', 30], ['Overcast', 30], ['Light Rain', 20], ['Heavy Rain', 12], ['Windy', 8]]
    : WEATHER);
  let status = 'Completed';
  if (weather === 'Heavy Rain' || (weather === 'Windy' && random.chance(0.35))) status = 'Rained Off';
  else if (random.chance(0.055)) status = 'No Access';
  else if (random.chance(0.03)) status = 'Cancelled';
  const done = status === 'Completed';
  const gutterDue = gutterPlan === 'Yes' && random.chance(0.25);
  const service = gutterDue ? 'Gutter Clear' : random.weighted(SERVICES);
  const pole = done ? cleaner[5] === 'Yes' && random.chance(0.72) : null;
  const startedAt = done ? addMinutes(date, random.int(8 * 12, 16 * 12 + 6) * 5) : null;
  const minutes = done ? Math.round(service === 'Gutter Clear' ? random.around(55, 20, 25, 120)
    : windows * random.around(2.3, 0.8, 1.2, 4) + (service === 'Windows Only' ? 0 : 15)) : null;
  const method = done ? random.weighted(PAYMENTS) : null;
  const paid = done ? (method === 'Direct Debit' || random.chance(0.9) ? 'Y' : 'N') : null;
  const rating = done && random.chance(0.3)
    ? random.weighted([[5, 55], [4, 28], [3, 10], [2, 4], [1, 3]]) : null;
  return [
    `WV${String(300001 + index)}`, isoDate(date), customerId, cleaner[0], service, status, weather,
    startedAt ? isoTimestamp(startedAt, 'T') : null, minutes, done ? windows : null,
    done ? priceOf(random, service, windows, type, gutterPlan).toFixed(2) : null,
    done && random.chance(0.08) ? (random.int(2, 20) / 2).toFixed(2) : null, method, paid,
    pole === null ? null : String(pole), pole ? (windows * random.around(1.6, 0.5, 0.8, 3)).toFixed(1) : null,
    rating,
  ];
}

function visitDay(date) {
  const weekday = date.getUTCDay();
  return weekday === 0 ? addDays(date, 1) : date; // no rounds on a Sunday
}

function makeVisits(random, customers) {
  const planned = [];
  for (const customer of customers) {
    const [, , , , , , weeks, joinedOn, leftOn] = customer;
    const { crew, regular } = regularCleaner(random, customer);
    const from = new Date(Math.max(day(joinedOn).getTime(), PERIOD_START.getTime()));
    const until = leftOn ? new Date(Math.min(day(leftOn).getTime(), PERIOD_END.getTime()))
      : PERIOD_END;
    for (let date = addDays(from, random.int(0, weeks * 7 - 1)); date <= until;
      date = addDays(date, weeks * 7 + random.int(-3, 3))) {
      const wanted = random.chance(0.12) ? crew[random.int(0, crew.length - 1)] : regular;
      const cleaner = day(wanted[3]) <= date ? wanted
        : crew.find((c) => c !== wanted && day(c[3]) <= date);
      planned.push({ customer, cleaner, date: visitDay(date) });
    }
  }
  planned.sort((a, b) => a.date - b.date || a.customer[0].localeCompare(b.customer[0]));
  return planned.filter(({ date }) => date <= PERIOD_END)
    .map(({ customer, cleaner, date }, i) => makeVisit(random, customer, cleaner, date, i));
}

/** Writes cleaning_visits.csv, customers.csv and cleaners.csv into `folder`; returns the tables. */
export function generate(folder) {
  const random = createRandom(20270127);
  const customers = makeCustomers(random);
  const visits = makeVisits(random, customers);
  writeCsv(join(folder, 'customers.csv'),
    ['customer_id', 'customer_name', 'address_line1', 'town', 'property_type', 'Window Count',
      'frequencyWeeks', 'Joined On', 'left_on', 'Gutter Plan', 'Preferred Contact'], customers);
  writeCsv(join(folder, 'cleaners.csv'),
    ['Cleaner No', 'cleaner_name', 'team', 'start_date', 'Hourly Rate (GBP)', 'Pole Certified',
      'van_reg'], CLEANERS.map((c) => [...c.slice(0, 4), c[4].toFixed(2), ...c.slice(5)]));
  writeCsv(join(folder, 'cleaning_visits.csv'),
    ['visit_id', 'Visit Date', 'Customer Ref', 'cleanerId', 'service', 'status', 'weather',
      'Started At', 'duration_min', 'windows_cleaned', 'Price (GBP)', 'Tip (GBP)',
      'payment_method', 'Paid', 'water_fed_pole', 'Water Used (litres)', 'Customer Rating'],
    visits);
  return ['cleaning_visits', 'customers', 'cleaners'];
}
