// A regional parcel courier's deliveries (the fact table: one row per parcel) with its drivers and
// depots as lookups. The tracking export calls the driver `Driver Ref` and the depot `origin_depot`,
// the HR roster says `DriverID` and `base_depot`, and the network list says `Depot Code`: three
// systems, three spellings. Parcels not delivered (failed, returned, still moving) have no
// delivery time, and most recipients leave no rating.
import { join } from 'node:path';
import { createRandom } from '../../lib/prng.mjs';
import { addDays, addMinutes, day, isoDate, isoTimestamp, writeCsv } from '../../lib/csv-writer.mjs';

// Depot Code, depot_name, City, Region, Opened, Max Daily Parcels, Open 24h, weight
const DEPOTS = [
  ['BRS', 'Avonmouth Hub', 'Bristol', 'South West', '2012-04-02', 1800, 'Yes', 22],
  ['EXE', 'Exeter Marsh Barton', 'Exeter', 'South West', '2016-09-12', 650, 'No', 8],
  ['CDF', 'Cardiff Bay', 'Cardiff', 'Wales', '2014-02-17', 900, 'No', 12],
  ['SWA', 'Swansea Enterprise Park', 'Swansea', 'Wales', '2019-06-03', 420, 'No', 5],
  ['BHM', 'Birmingham Central', 'Birmingham', 'Midlands', '2010-11-08', 2200, 'Yes', 25],
  ['COV', 'Coventry Ringway', 'Coventry', 'Midlands', '2018-03-19', 560, 'No', 7],
  ['MAN', 'Trafford Park', 'Manchester', 'North West', '2011-07-25', 2000, 'Yes', 18],
  ['LPL', 'Liverpool Docks', 'Liverpool', 'North West', '2017-10-30', 780, 'No', 10],
  ['GLO', 'Gloucester Quays', 'Gloucester', 'South West', '2022-05-16', 300, 'No', 3],
];
const FIRST = ['Aisha', 'Ben', 'Carys', 'Dev', 'Ewan', 'Farah', 'Gareth', 'Hana', 'Imran', 'Jade',
  'Kofi', 'Lena', 'Marek', 'Nia', 'Owen', 'Priya', 'Rhys', 'Sian', 'Tomasz', 'Uma', 'Viktor',
  'Wes', 'Yasmin', 'Zak'];
const LAST = ['Ahmed', 'Bennett', 'Clarke', 'Davies', 'Evans', 'Fraser', 'Green', 'Hughes',
  'Iqbal', 'Jones', 'Kowalski', 'Lewis', 'Morgan', 'Nowak', 'Okafor', 'Patel', 'Roberts',
  'Singh', 'Thomas', 'Walsh'];
const VEHICLES = [['Van', 62], ['Cargo Bike', 12], ['Motorbike', 8], ['Truck', 18]];
const SERVICES = [['Standard', 52], ['Next Day', 28], ['Express', 14], ['Same Day', 6]];
const SERVICE_HOURS = { Standard: [30, 80], 'Next Day': [16, 30], Express: [6, 20], 'Same Day': [2, 9] };
const BASE_CHARGE = { Standard: 3.95, 'Next Day': 6.5, Express: 9.95, 'Same Day': 18 };
const STATUSES = [['Delivered', 88], ['Failed Attempt', 5], ['Returned to Sender', 3],
  ['In Transit', 4]];
const FIRST_DAY = day('2024-07-01');
const DAYS = 457; // 2024-07-01 .. 2025-09-30

function makeDrivers(random) {
  return Array.from({ length: 88 }, (_, i) => {
    const vehicle = random.weighted(VEHICLES);
    const electric = vehicle === 'Cargo Bike' || (vehicle === 'Van' && random.chance(0.35));
    return [
      `DRV-${String(101 + i * 2).padStart(3, '0')}`,
      `${FIRST[(i * 7) % FIRST.length]} ${LAST[(i * 11 + Math.floor(i / 20)) % LAST.length]}`,
      random.weighted(DEPOTS.map((d) => [d[0], d[7]])), vehicle,
      isoDate(addDays(day('2015-01-05'), random.int(0, 3700))),
      random.chance(0.3) ? 'Contractor' : 'Employee', electric ? 'Y' : 'N',
    ];
  });
}

function makeParcel(random, drivers) {
  const depot = random.weighted(DEPOTS.map((d) => [d, d[7]]));
  const own = drivers.filter((d) => d[2] === depot[0]);
  const driver = own.length ? own[random.skewedIndex(own.length, 1.4)] : random.pick(drivers);
  const booked = addMinutes(addDays(FIRST_DAY, random.int(0, DAYS - 1)), random.int(6 * 60, 22 * 60));
  const service = driver[3] === 'Cargo Bike' && random.chance(0.5) ? 'Same Day'
    : random.weighted(SERVICES);
  const heavy = driver[3] === 'Truck';
  const weight = heavy ? random.around(14, 10, 2, 30) : random.around(2.2, 3, 0.1, driver[3] === 'Van' ? 25 : 8);
  const distance = random.around(service === 'Same Day' ? 12 : 45, service === 'Same Day' ? 10 : 60, 0.8, 240);
  const late = addDays(booked, 0) > addDays(FIRST_DAY, DAYS - 4);
  let status = random.weighted(STATUSES);
  if (status === 'In Transit' && !late && random.chance(0.8)) status = 'Delivered';
  const [minHours, maxHours] = SERVICE_HOURS[service];
  const attempts = status === 'Delivered' ? random.weighted([[1, 86], [2, 11], [3, 3]])
    : status === 'In Transit' ? random.weighted([[0, 70], [1, 30]]) : random.int(2, 3);
  const hours = random.int(minHours * 60, maxHours * 60) + (attempts - 1) * 24 * 60;
  const delivered = status === 'Delivered' ? isoTimestamp(addMinutes(booked, hours)) : null;
  const insured = weight > 10 ? random.chance(0.6) : random.chance(0.15);
  const charge = BASE_CHARGE[service] + 0.45 * weight + 0.02 * distance + (insured ? 2.5 : 0);
  const rating = status === 'Delivered' && random.chance(0.28)
    ? random.weighted([[5, 44], [4, 30], [3, 12], [2, 7], [1, 7]]) : null;
  return [
    null, isoTimestamp(booked, 'T'), delivered, driver[0], depot[0], service,
    weight.toFixed(2), distance.toFixed(1), charge.toFixed(2),
    random.chance(service === 'Standard' ? 0.2 : 0.45) ? 'yes' : 'no',
    random.chance(0.09) ? 'Y' : 'N', insured ? 'true' : 'false', status, attempts, rating,
  ];
}

/** Writes parcels.csv, drivers.csv and depots.csv into `folder`; returns the tables. */
export function generate(folder) {
  const random = createRandom(20270302);
  const drivers = makeDrivers(random);
  const parcels = Array.from({ length: 4700 }, () => makeParcel(random, drivers));
  // The export lists parcels by booking time, tracking numbers issued in that order.
  parcels.sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  parcels.forEach((row, i) => { row[0] = `CX${String(58000100 + i * 7)}`; });
  writeCsv(join(folder, 'depots.csv'),
    ['Depot Code', 'depot_name', 'City', 'Region', 'Opened', 'Max Daily Parcels', 'Open 24h'],
    DEPOTS.map((row) => row.slice(0, 7)));
  writeCsv(join(folder, 'drivers.csv'),
    ['DriverID', 'full_name', 'base_depot', 'Vehicle', 'Hired On', 'employment_type', 'EV'],
    drivers);
  writeCsv(join(folder, 'parcels.csv'),
    ['Tracking Number', 'booked_at', 'Delivered At', 'Driver Ref', 'origin_depot', 'Service Level',
      'Weight (kg)', 'distance_km', 'Charge (GBP)', 'Signature Required', 'Fragile', 'isInsured',
      'status', 'Delivery Attempts', 'customer_rating'], parcels);
  return ['parcels', 'drivers', 'depots'];
}
