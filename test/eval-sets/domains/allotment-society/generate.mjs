// An allotment society's harvest log (the fact table: one row per weighing a plot holder or a
// co-worker records at the society's scales) with its plots and its members as lookups. The log
// calls the plot `Plot No` and the member `memberRef`, while the plot register says `plot_id` and
// the membership list says `Member ID`; the register names each plot's holder `Tenant No`.
// Vacant plots have no tenant, no let date and no harvests; associates have no plot at all.
import { join } from 'node:path';
import { createRandom } from '../../lib/prng.mjs';
import {
  addDays, addMinutes, day, isoDate, isoTimestamp, writeCsv,
} from '../../lib/csv-writer.mjs';

// site, plot prefix, plots, weight of harvests per plot
const SITES = [
  ['Northfield', 'NF', 58, 1.1],
  ['Riverside', 'RS', 46, 1.0],
  ['Church Lane', 'CL', 40, 0.9],
  ['Orchard End', 'OE', 34, 0.8],
];
// size (sq m), rent (GBP) at the standard rate, weight
const SIZES = [[250, 84, 45], [125, 46, 40], [60, 26, 15]];
const SOILS = [['Loam', 45], ['Clay', 35], ['Sandy', 20]];

// crop, months it is picked in, kg per weighing (min, max), price per kg at the hut, weight
const CROPS = [
  ['Potatoes', [6, 7, 8, 9], 2, 12, 1.2, 16],
  ['Runner Beans', [7, 8, 9], 0.4, 3, 4.5, 11],
  ['Onions', [7, 8, 9], 1, 6, 1.6, 8],
  ['Courgettes', [6, 7, 8, 9], 0.5, 4.5, 2.4, 12],
  ['Tomatoes', [7, 8, 9, 10], 0.4, 4, 3.8, 11],
  ['Strawberries', [6, 7], 0.3, 2.5, 7, 6],
  ['Rhubarb', [3, 4, 5, 6], 0.5, 3.5, 3.2, 5],
  ['Carrots', [6, 7, 8, 9, 10], 0.5, 4, 1.8, 7],
  ['Leeks', [1, 2, 3, 10, 11, 12], 0.6, 4, 2.6, 6],
  ['Beetroot', [6, 7, 8, 9, 10], 0.5, 3.5, 2.2, 5],
  ['Garlic', [6, 7], 0.2, 1.5, 9, 3],
  ['Pumpkins', [9, 10], 3, 16, 1.5, 4],
  ['Raspberries', [7, 8, 9], 0.2, 2, 9.5, 5],
  ['Kale', [1, 2, 3, 4, 10, 11, 12], 0.3, 2, 4, 4],
  ['Broad Beans', [5, 6, 7], 0.5, 3, 3.5, 4],
  ['Apples', [8, 9, 10], 2, 11, 1.9, 3],
];
const GRADES = [['A', 40], ['B', 45], ['C', 15]];
const WEATHER = [['Sunny', 38], ['Cloudy', 34], ['Rain', 18], ['Windy', 10]];

const FIRST = ['Margaret', 'Tom', 'Priya', 'Dev', 'Hannah', 'George', 'Aisha', 'Ruth', 'Kwame',
  'Eileen', 'Callum', 'Siobhan', 'Arthur', 'Mei', 'Bilal', 'Joan', 'Oskar', 'Fatima', 'Derek',
  'Grace', 'Ravi', 'Maureen', 'Ewan', 'Lucy', 'Stan', 'Nadia', 'Pat', 'Winston', 'Irene', 'Yusuf'];
const LAST = ['Hollins', 'Bakewell', 'Sharma', 'Okoro', 'Pritchard', 'Fenwick', 'Rahman',
  'Ashdown', 'Mensah', 'Doyle', 'McAllister', 'Kerrigan', 'Threlfall', 'Zhang', 'Haddad',
  'Winterbottom', 'Nowak', 'Begum', 'Partridge', 'Ellery', 'Gill', 'Sutcliffe', 'Lowther',
  'Marsh', 'Cobb', 'Petrova', 'Quinlan', 'Abbott', 'Greenhalgh', 'Iqbal'];
const POSTCODES = [['LS6', 30], ['LS7', 24], ['LS8', 18], ['LS4', 12], ['LS17', 9], ['LS16', 7]];

function makeMembers(random) {
  const names = new Set();
  return Array.from({ length: 262 }, (_, i) => {
    let name;
    do name = `${random.pick(FIRST)} ${random.pick(LAST)}`; while (names.has(name));
    names.add(name);
    const joined = addDays(day('2006-03-01'), random.int(0, 7150));
    return {
      id: `M${1001 + i}`, name, joined,
      postcode: random.weighted(POSTCODES),
      concession: random.chance(0.27) ? 'Yes' : 'No',
      committee: random.chance(0.06) ? 'Y' : 'N',
      birthYear: random.chance(0.11) ? null : random.int(1942, 1999),
      emailOptIn: random.chance(0.64) ? 'true' : 'false',
    };
  });
}

function makePlots(random, members) {
  const plots = [];
  for (const [site, prefix, count, busy] of SITES) {
    for (let n = 1; n <= count; n += 1) {
      const [size, rent] = random.weighted(SIZES.map((s) => [s, s[2]]));
      const premium = site === 'Riverside' ? 1.1 : 1;
      plots.push({
        id: `${prefix}-${String(n).padStart(3, '0')}`, site, size,
        rent: (rent * premium).toFixed(2),
        tap: random.chance(0.55) ? 'Y' : 'N',
        shed: random.chance(0.62) ? 'yes' : 'no',
        raised: random.chance(0.3) ? 'TRUE' : 'FALSE',
        soil: random.weighted(SOILS),
        busy: busy * random.around(1, 0.6, 0.2, 2),
        tenant: null, letSince: null, helpers: [],
      });
    }
  }
  // Members in random order: the first ones hold the let plots, the next are co-workers on
  // someone's plot, the rest are associates without a plot.
  const order = members.map((m, i) => [m, random.next(), i]).sort((a, b) => a[1] - b[1]);
  const vacant = new Set();
  while (vacant.size < 13) vacant.add(random.int(0, plots.length - 1));
  let next = 0;
  plots.forEach((plot, i) => {
    if (vacant.has(i)) return;
    const holder = order[next][0];
    next += 1;
    plot.tenant = holder.id;
    const earliest = holder.joined > day('2012-01-01') ? holder.joined : day('2012-01-01');
    const span = Math.max(0, Math.round((day('2025-03-31') - earliest) / 86_400_000));
    plot.letSince = addDays(earliest, random.int(0, span));
    holder.role = 'Plot Holder';
  });
  const let_ = plots.filter((p) => p.tenant !== null);
  for (; next < order.length; next += 1) {
    const member = order[next][0];
    if (next < order.length - 30) {
      member.role = 'Co-worker';
      random.pick(let_).helpers.push(member.id);
    } else {
      member.role = 'Associate';
    }
  }
  return plots;
}

function makeEntry(random, i, plots) {
  const plot = random.weighted(plots.filter((p) => p.tenant !== null).map((p) => [p, p.busy]));
  const [crop, months, low, high, perKg] = random.weighted(CROPS.map((c) => [c, c[5]]));
  // 2024-01-01 .. 2025-11-30, in one of the crop's months
  let date;
  do {
    date = addDays(day('2024-01-01'), random.int(0, 699));
  } while (!months.includes(date.getUTCMonth() + 1) || date < plot.letSince);
  const logger = plot.helpers.length > 0 && random.chance(0.22)
    ? random.pick(plot.helpers) : plot.tenant;
  const weight = random.around((low + high) / 2, (high - low) / 4, low, high);
  const sold = random.chance(0.19);
  const loggedAt = addMinutes(addDays(date, random.weighted([[0, 70], [1, 20], [2, 7], [5, 3]])),
    random.int(7 * 60, 20 * 60 + 30));
  return [
    `HL-${20001 + i}`, isoTimestamp(loggedAt), isoDate(date), plot.id, logger, crop,
    weight.toFixed(2), random.chance(0.58) ? 'Yes' : 'No',
    sold ? 'true' : 'false',
    sold ? (weight * perKg * random.around(1, 0.15, 0.8, 1.2)).toFixed(2) : null,
    random.chance(0.12) ? null : random.weighted(GRADES),
    random.chance(0.2) ? null : random.int(15, 240),
    random.chance(0.07) ? 'Y' : 'N',
    random.chance(0.08) ? null : random.weighted(WEATHER),
  ];
}

/** Writes harvest_log.csv, plots.csv and members.csv into `folder`; returns the tables. */
export function generate(folder) {
  const random = createRandom(20261229);
  const members = makeMembers(random);
  const plots = makePlots(random, members);
  const entries = Array.from({ length: 4580 }, (_, i) => makeEntry(random, i, plots));
  entries.sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  entries.forEach((entry, i) => { entry[0] = `HL-${20001 + i}`; });
  writeCsv(join(folder, 'plots.csv'),
    ['plot_id', 'site', 'Size (sq m)', 'Annual Rent (GBP)', 'water_tap', 'Has Shed', 'raisedBeds',
      'soil_type', 'Tenant No', 'Let Since'],
    plots.map((p) => [p.id, p.site, p.size, p.rent, p.tap, p.shed, p.raised, p.soil, p.tenant,
      p.letSince === null ? null : isoDate(p.letSince)]));
  writeCsv(join(folder, 'members.csv'),
    ['Member ID', 'full_name', 'role', 'joined_on', 'Postcode District', 'concession',
      'Committee Member', 'birth_year', 'emailOptIn'],
    members.map((m) => [m.id, m.name, m.role, isoDate(m.joined), m.postcode, m.concession,
      m.committee, m.birthYear, m.emailOptIn]));
  writeCsv(join(folder, 'harvest_log.csv'),
    ['entry_no', 'Logged At', 'harvest_date', 'Plot No', 'memberRef', 'crop', 'Weight (kg)',
      'Organic', 'soldAtHut', 'Hut Sale (GBP)', 'quality_grade', 'Time On Plot (min)',
      'Show Entry', 'weather'], entries);
  return ['harvest_log', 'plots', 'members'];
}
