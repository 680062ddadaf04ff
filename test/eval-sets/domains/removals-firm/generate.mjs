// A Yorkshire removals firm's job sheet (the fact table) with its crews and its vans as lookups.
// The job-sheet export calls the crew `Crew Ref` and the van `vanReg`, while the rota says
// `crew_id` and the fleet list says `Van Reg`. The export was taken on 2025-08-31: moves after
// it are still Booked, with no invoice, finish time or rating; cancelled jobs have no invoice
// and often no van.
import { join } from 'node:path';
import { createRandom } from '../../lib/prng.mjs';
import {
  addDays, addMinutes, day, isoDate, isoTimestamp, writeCsv,
} from '../../lib/csv-writer.mjs';

// crew_id, Crew Leader, base_depot, Formed, HGV Licence, Day Rate (GBP), workload weight
const CREWS = [
  ['CR01', 'Gary Holt', 'Leeds', '2015-03-02', 'yes', 640, 13],
  ['CR02', 'Dean Whitaker', 'Leeds', '2016-07-18', 'yes', 660, 12],
  ['CR03', 'Sam Okoro', 'Leeds', '2019-01-07', 'no', 520, 9],
  ['CR04', 'Lisa Brennan', 'York', '2014-09-15', 'yes', 690, 11],
  ['CR05', 'Tom Ackroyd', 'York', '2020-04-20', 'no', 500, 6],
  ['CR06', 'Marek Nowak', 'Harrogate', '2017-11-06', 'yes', 610, 8],
  ['CR07', 'Jade Sutcliffe', 'Harrogate', '2021-02-01', 'no', 480, 5],
  ['CR08', 'Imran Hussain', 'Wakefield', '2018-05-14', 'yes', 600, 10],
  ['CR09', 'Chris Fenwick', 'Wakefield', '2022-08-22', 'no', 470, 4],
  ['CR10', 'Paula Dyson', 'Bradford', '2016-02-29', 'yes', 630, 7],
  ['CR11', 'Kieran Walsh', 'Bradford', '2023-03-13', 'no', 450, 3],
  ['CR12', 'Nadia Begum', 'York', '2019-10-01', 'yes', 650, 8.5],
  ['CR13', 'Rob Tattersall', 'Leeds', '2024-01-08', 'no', 460, 2],
];

// make/model, Capacity (m3), electric
const VAN_MODELS = [
  ['Ford Transit 350 Luton', 18, 'false'],
  ['Mercedes Sprinter 514 Luton', 20, 'false'],
  ['Iveco Daily 7.2t Box', 32, 'false'],
  ['DAF LF 7.5t Box', 38, 'false'],
  ['Mercedes Atego 12t', 48, 'false'],
  ['Renault Master E-Tech Luton', 17, 'true'],
  ['Ford E-Transit Luton', 18, 'true'],
];
const VAN_MODEL_MIX = [[0, 8], [1, 6], [2, 5], [3, 5], [4, 2], [5, 3], [6, 2]];
const PLATE_LETTERS = 'ABCDEFGHJKLMNOPRSTUVWXYZ';
const AREA_CODES = ['YA', 'YB', 'YC', 'YD', 'YE', 'YF', 'YG', 'YH', 'YJ', 'YK', 'YL', 'YM', 'YN',
  'YP', 'YR', 'YS', 'YT', 'YU', 'YV', 'YW', 'YX', 'YY'];

const MOVE_TYPES = [['House Move', 44], ['Flat Move', 27], ['Office Relocation', 9],
  ['Student Move', 12], ['Single Item', 8]];
const TOWNS = [['Leeds', 30], ['York', 17], ['Harrogate', 10], ['Wakefield', 10],
  ['Bradford', 12], ['Huddersfield', 6], ['Halifax', 5], ['Ripon', 3], ['Selby', 4],
  ['Otley', 3]];
const DEPOT_OF = { Leeds: 'Leeds', Otley: 'Leeds', York: 'York', Selby: 'York',
  Harrogate: 'Harrogate', Ripon: 'Harrogate', Wakefield: 'Wakefield', Bradford: 'Bradford',
  Halifax: 'Bradford', Huddersfield: 'Bradford' };
const LONG_HAUL = [['London', 5], ['Manchester', 6], ['Newcastle', 4], ['Edinburgh', 2],
  ['Bristol', 2], ['Sheffield', 5], ['Nottingham', 3]];
const FIRST = ['Oliver', 'Amelia', 'Harry', 'Isla', 'Jack', 'Ava', 'George', 'Mia', 'Noah',
  'Sophie', 'Leo', 'Grace', 'Arthur', 'Lily', 'Oscar', 'Freya', 'Charlie', 'Emily', 'Jacob',
  'Ella', 'Aisha', 'Mohammed', 'Priya', 'Rohan', 'Zainab', 'Tomasz', 'Katarzyna', 'Liam',
  'Niamh', 'Ethan', 'Hannah', 'Daniel', 'Chloe', 'Samuel', 'Ruby', 'Joseph', 'Evie', 'Adam',
  'Holly', 'Ben'];
const LAST = ['Smith', 'Jones', 'Taylor', 'Brown', 'Wilson', 'Evans', 'Thomas', 'Roberts',
  'Walker', 'Wright', 'Robinson', 'Thompson', 'White', 'Hughes', 'Edwards', 'Green', 'Hall',
  'Wood', 'Harris', 'Lewis', 'Martin', 'Jackson', 'Clarke', 'Clark', 'Turner', 'Hill', 'Scott',
  'Cooper', 'Morris', 'Ward', 'Moore', 'King', 'Watson', 'Baker', 'Harrison', 'Khan', 'Ali',
  'Patel', 'Shah', 'Kowalski', 'Murphy', 'Kelly', 'Lee', 'Chen', 'Barker', 'Firth', 'Haigh',
  'Illingworth', 'Pickersgill', 'Oldroyd'];
const COMPANIES = ['Aire Valley Accountants', 'Northern Lights Dental', 'Minster Legal LLP',
  'Calder Design Studio', 'Pennine IT Services', 'Wharfe Estate Agents', 'Ouse Insurance Brokers',
  'Dales Physiotherapy', 'Kirkgate Architects', 'Granary Wharf Media'];

function makeVans(random) {
  const seen = new Set();
  const vans = [];
  while (vans.length < 30) {
    const model = VAN_MODELS[random.weighted(VAN_MODEL_MIX)];
    const year = random.int(model[2] === 'true' ? 2021 : 2016, 2024);
    const age = year % 100 + (random.chance(0.5) ? 50 : 0);
    const plate = `${random.pick(AREA_CODES)}${String(age).padStart(2, '0')} `
      + `${random.pick(PLATE_LETTERS)}${random.pick(PLATE_LETTERS)}${random.pick(PLATE_LETTERS)}`;
    if (seen.has(plate)) continue;
    seen.add(plate);
    const motDue = addDays(day('2025-09-01'), random.int(0, 330));
    vans.push([plate, model[0], model[1], year, model[2], isoDate(motDue)]);
  }
  return vans;
}

// Busier in summer and at the end of a month; quiet around Christmas.
const MONTH_WEIGHT = [6, 6, 7, 8, 9, 10, 12, 12, 10, 8, 7, 5];

function moveDate(random) {
  for (;;) {
    const date = addDays(day('2024-01-02'), random.int(0, 637)); // .. 2025-09-30
    const monthWeight = MONTH_WEIGHT[date.getUTCMonth()] / 12;
    const endOfMonth = date.getUTCDate() >= 25 ? 1 : 0.7;
    const weekday = date.getUTCDay();
    const dayWeight = weekday === 0 ? 0.15 : weekday === 5 ? 1 : weekday === 6 ? 0.6 : 0.75;
    if (random.next() < monthWeight * endOfMonth * dayWeight) return date;
  }
}

function customerName(random, type) {
  if (type === 'Office Relocation') return random.pick(COMPANIES);
  return `${random.pick(FIRST)} ${random.pick(LAST)}`;
}

function makeJob(random, i, vans) {
  const type = random.weighted(MOVE_TYPES);
  const date = moveDate(random);
  const booked = addDays(date, -random.int(type === 'Single Item' ? 1 : 5, 75));
  const from = random.weighted(TOWNS);
  // Most jobs go to a crew of the depot nearest the pick-up; busy weeks borrow from elsewhere.
  const local = CREWS.filter((c) => c[2] === DEPOT_OF[from]);
  const crew = random.weighted((random.chance(0.7) ? local : CREWS).map((c) => [c, c[6]]));
  const longHaul = type !== 'Single Item' && random.chance(0.09);
  const to = longHaul ? random.weighted(LONG_HAUL)
    : random.chance(0.55) ? from : random.weighted(TOWNS);
  const bedrooms = type === 'House Move' ? random.weighted([[2, 25], [3, 45], [4, 22], [5, 8]])
    : type === 'Flat Move' ? random.weighted([[1, 45], [2, 45], [3, 10]])
      : type === 'Student Move' ? 1 : null;
  const miles = longHaul ? random.int(60, 330) + random.int(0, 9) / 10
    : from === to ? random.int(1, 9) + random.int(0, 9) / 10
      : random.int(8, 45) + random.int(0, 9) / 10;
  const volume = type === 'Single Item' ? random.int(1, 3)
    : type === 'Office Relocation' ? random.int(25, 70)
      : type === 'Student Move' ? random.int(3, 8)
        : Math.round(bedrooms * random.around(9, 3, 5, 15));
  const crewSize = type === 'Single Item' ? 2 : volume > 40 ? random.int(4, 5)
    : volume > 20 ? random.int(3, 4) : random.int(2, 3);
  const hours = Math.round(2 * Math.max(1.5, volume / (crewSize * 2.2) + miles / 40
    + random.around(1, 1, 0, 2))) / 2;
  const packing = type !== 'Single Item' && type !== 'Student Move' && random.chance(0.3);
  const storage = (type === 'House Move' || type === 'Office Relocation') && random.chance(0.1);
  const insured = random.chance(type === 'Office Relocation' ? 0.8 : 0.38);
  const quote = Math.round(crewSize * hours * 32 + miles * 1.6 + (packing ? volume * 9 : 0)
    + (storage ? 180 : 0) + (insured ? 45 : 0) + (type === 'Single Item' ? 60 : 0));
  const future = date > day('2025-08-31');
  const status = future ? 'Booked'
    : random.weighted([['Completed', 91], ['Cancelled', 6.5], ['Postponed', 2.5]]);
  const done = status === 'Completed';
  const overrun = done && random.chance(0.18) ? random.int(1, 6) * 25 : 0;
  const invoice = done ? (quote + overrun).toFixed(2) : null;
  const finished = done
    ? isoTimestamp(addMinutes(date, 8 * 60 + Math.round(hours * 60) + random.int(-30, 90)))
    : null;
  const rating = done && random.chance(0.68)
    ? random.weighted([[5, 48], [4, 31], [3, 12], [2, 6], [1, 3]]) : null;
  const claim = done && random.chance(0.035) ? (random.int(40, 1800) + 0.5 * random.int(0, 1))
    .toFixed(2) : null;
  const vanFits = vans.filter((v) => v[2] >= Math.min(volume, 30));
  const van = status === 'Cancelled' && random.chance(0.6) ? null
    : random.pick(vanFits.length > 0 ? vanFits : vans)[0];
  return [
    `RM${30001 + i}`, isoDate(booked), isoDate(date), crew[0], van, customerName(random, type),
    type, from, to, bedrooms, miles.toFixed(1), volume, crewSize, hours, quote.toFixed(2),
    invoice, packing ? 'Yes' : 'No', storage ? 'Y' : 'N', insured ? 'TRUE' : 'FALSE', status,
    finished, rating, claim,
  ];
}

/** Writes removal_jobs.csv, crews.csv and vans.csv into `folder`; returns the tables. */
export function generate(folder) {
  const random = createRandom(20250831);
  const vans = makeVans(random);
  const jobs = Array.from({ length: 4620 }, (_, i) => makeJob(random, i, vans));
  writeCsv(join(folder, 'crews.csv'),
    ['crew_id', 'Crew Leader', 'base_depot', 'Formed', 'HGV Licence', 'Day Rate (GBP)'],
    CREWS.map((row) => row.slice(0, 6)));
  writeCsv(join(folder, 'vans.csv'),
    ['Van Reg', 'make_model', 'Capacity (m3)', 'year_registered', 'isElectric', 'mot_due'], vans);
  writeCsv(join(folder, 'removal_jobs.csv'),
    ['job_no', 'Booked On', 'move_date', 'Crew Ref', 'vanReg', 'customer_name', 'Move Type',
      'from_town', 'to_town', 'bedrooms', 'distance_miles', 'Volume (m3)', 'crew_size',
      'labour_hours', 'Quote (GBP)', 'invoice_total_gbp', 'Packing Service', 'needs_storage',
      'Full Insurance', 'status', 'Finished At', 'customer_rating', 'Damage Claim (GBP)'], jobs);
  return ['removal_jobs', 'crews', 'vans'];
}
