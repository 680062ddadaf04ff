// A Surrey tree surgery firm's jobs (the fact table) with its customers and its crews as lookups.
// The job sheet names the customer `Customer Ref` and the crew `crewCode`; the accounts system
// says `customer_id` and the yard's crew list `Crew ID`. A declined quote has no crew, no
// scheduled day and no invoice; only completed jobs have a finish time, hours, waste and a bill.
import { join } from 'node:path';
import { createRandom } from '../../lib/prng.mjs';
import {
  addDays, addMinutes, day, isoDate, isoTimestamp, writeCsv,
} from '../../lib/csv-writer.mjs';

// Crew ID, crew_name, Team Leader, depot, crew_size, hasCrane, Stump Grinder, Formed, weight
const CREWS = [
  ['CRW-1', 'Ash Team', 'Dean Walsh', 'Guildford', 4, 'true', 'Yes', '2012-03-01', 14],
  ['CRW-2', 'Beech Team', 'Kerry Doyle', 'Guildford', 3, 'false', 'Yes', '2015-09-14', 12],
  ['CRW-3', 'Cedar Team', 'Ollie Grant', 'Woking', 4, 'true', 'No', '2016-04-04', 11],
  ['CRW-4', 'Elm Team', 'Priya Shah', 'Woking', 3, 'false', 'Yes', '2018-02-19', 10],
  ['CRW-5', 'Hazel Team', 'Sean Brady', 'Farnham', 2, 'false', 'No', '2019-06-03', 7],
  ['CRW-6', 'Larch Team', 'Megan Price', 'Farnham', 3, 'false', 'Yes', '2020-01-13', 9],
  ['CRW-7', 'Oak Team', 'Tariq Aziz', 'Dorking', 5, 'true', 'Yes', '2014-05-12', 13],
  ['CRW-8', 'Rowan Team', 'Lucy Hart', 'Dorking', 2, 'false', 'No', '2022-08-22', 5],
  ['CRW-9', 'Yew Team', 'Callum Ross', 'Guildford', 3, 'false', 'Yes', '2024-09-02', 3],
];
const TOWNS = [['Guildford', 26], ['Woking', 18], ['Godalming', 10], ['Farnham', 12],
  ['Dorking', 11], ['Cranleigh', 7], ['Haslemere', 6], ['Leatherhead', 10]];
const DEPOT_OF_TOWN = { Guildford: 'Guildford', Godalming: 'Guildford', Cranleigh: 'Guildford',
  Woking: 'Woking', Farnham: 'Farnham', Haslemere: 'Farnham', Dorking: 'Dorking',
  Leatherhead: 'Dorking' };
const TYPES = [['Residential', 72], ['Commercial', 11], ['Council', 4], ['School', 5],
  ['Estate', 5], ['Church', 3]];
// work type, weight, price per tree (GBP), hours per tree, waste kg per tree
const WORK = [
  ['Crown Reduction', 24, 420, 3.5, 380],
  ['Felling', 18, 650, 5, 900],
  ['Crown Lift', 12, 260, 2, 160],
  ['Deadwooding', 9, 300, 2.5, 140],
  ['Hedge Trimming', 14, 180, 1.5, 220],
  ['Stump Grinding', 10, 140, 1, 60],
  ['Pollarding', 6, 380, 3, 420],
  ['Tree Survey', 7, 95, 0.75, 0],
];
const SPECIES = [['Oak', 18], ['Ash', 12], ['Sycamore', 11], ['Beech', 9], ['Leylandii', 14],
  ['Silver Birch', 8], ['Willow', 7], ['Horse Chestnut', 5], ['Lime', 6], ['Cherry', 6],
  ['Scots Pine', 4]];
const HEDGES = [['Leylandii', 50], ['Laurel', 30], ['Beech', 10], ['Privet', 10]];
const FIRST = ['James', 'Sarah', 'David', 'Emma', 'Peter', 'Helen', 'Mark', 'Claire', 'Paul',
  'Rachel', 'Simon', 'Laura', 'Andrew', 'Kate', 'Richard', 'Joanna', 'Ian', 'Fiona', 'Neil',
  'Alison', 'Graham', 'Susan', 'Martin', 'Nicola', 'Colin', 'Anna', 'Robert', 'Jane'];
const LAST = ['Ashworth', 'Bennett', 'Carter', 'Dawson', 'Ellis', 'Fletcher', 'Gibson', 'Hayes',
  'Irwin', 'Jenkins', 'Knight', 'Lawson', 'Mason', 'Norris', 'Osborne', 'Palmer', 'Quinn',
  'Russell', 'Sutton', 'Thornton', 'Underwood', 'Vaughan', 'Webb', 'Yates', 'Barlow', 'Chapman',
  'Doherty', 'Foster', 'Griffin', 'Holt', 'Lambert', 'Marsh'];
const BUSINESS = ['Holdings', 'Properties', 'Estates', 'Lettings', 'Care Home', 'Golf Club',
  'Business Park', 'Developments', 'Farms', 'Retail Park'];
const PLACE = ['Wey Valley', 'Hogs Back', 'Surrey Hills', 'Mole Valley', 'Tillingbourne',
  'Hindhead', 'Newlands', 'Merrow', 'Shalford', 'Ripley', 'Send', 'Chilworth'];
const SCHOOLS = ['Primary School', 'Academy', 'Infant School', 'Grammar School'];

function makeCustomers(random) {
  const names = new Set();
  return Array.from({ length: 1150 }, (_, i) => {
    let type = random.weighted(TYPES);
    const town = random.weighted(TOWNS);
    let name;
    for (let attempt = 0; name === undefined || names.has(name); attempt += 1) {
      if (attempt > 12) type = 'Residential'; // every council, church or school is taken
      if (type === 'Residential') name = `${random.pick(FIRST)} ${random.pick(LAST)}`;
      else if (type === 'Commercial') name = `${random.pick(PLACE)} ${random.pick(BUSINESS)}`;
      else if (type === 'Council') {
        name = `${town} Council ${random.pick(['Parks', 'Housing', 'Highways', 'Cemeteries'])}`;
      } else if (type === 'School') name = `${random.pick(PLACE)} ${random.pick(SCHOOLS)}`;
      else if (type === 'Estate') {
        name = `${random.pick(PLACE)} ${random.pick(['Manor', 'Park', 'Hall'])} Estate`;
      } else {
        const saint = random.pick(['Mary', 'John', 'Peter', 'Nicolas', 'Andrew']);
        name = `St ${saint}'s Church, ${town}`;
      }
    }
    names.add(name);
    const opened = addDays(day('2015-01-05'), random.int(0, 3900));
    return {
      row: [
        `C${10001 + i * 2}`, name, type, town, isoDate(opened), random.chance(0.37) ? 'Y' : 'N',
        type === 'Residential' ? null : random.pick([2000, 5000, 5000, 10000, 20000]),
      ],
      town, type, opened,
    };
  });
}

function makeJob(random, i, customers) {
  const customer = customers[random.skewedIndex(customers.length, 1.6)];
  const work = random.weighted(WORK.map((w) => [w, w[1]]));
  let quote = addDays(day('2024-01-02'), random.int(0, 636)); // to 2025-09-30
  if (quote < customer.opened) quote = addDays(customer.opened, random.int(0, 20));
  if (quote > day('2025-09-30')) quote = day('2025-09-30');
  const big = customer.type !== 'Residential';
  const trees = work[0] === 'Tree Survey' ? random.int(1, big ? 40 : 6)
    : random.weighted(big ? [[1, 20], [2, 20], [3, 20], [5, 15], [8, 15], [12, 10]]
      : [[1, 55], [2, 25], [3, 12], [4, 8]]);
  const species = work[0] === 'Hedge Trimming' ? random.weighted(HEDGES)
    : work[0] === 'Tree Survey' && trees > 3 ? 'Mixed' : random.weighted(SPECIES);
  const height = ['Stump Grinding', 'Hedge Trimming'].includes(work[0]) ? null
    : Math.round(random.around(['Oak', 'Beech'].includes(species) ? 18 : 13, 6, 4, 32) * 2) / 2;
  const tpo = work[0] !== 'Hedge Trimming' && random.chance(species === 'Oak' ? 0.3 : 0.1);
  const emergency = ['Felling', 'Crown Reduction', 'Deadwooding'].includes(work[0])
    && random.chance(0.07);
  const factor = (height ? 0.6 + height / 30 : 1) * (tpo ? 1.1 : 1) * (emergency ? 1.5 : 1);
  const quoted = Math.round(work[2] * trees ** 0.85 * factor * random.around(1, 0.25, 0.7, 1.3)
    / 5) * 5;
  const declined = !emergency && random.chance(0.12);
  const lead = emergency ? random.int(0, 2) : random.int(tpo ? 42 : 5, tpo ? 70 : 45);
  const scheduled = addDays(quote, lead);
  const future = scheduled > day('2025-10-10');
  const cancelled = !declined && !future && random.chance(0.05);
  const status = declined ? 'Declined' : future ? 'Scheduled' : cancelled ? 'Cancelled'
    : 'Completed';
  const done = status === 'Completed';
  const depot = DEPOT_OF_TOWN[customer.town];
  const crews = CREWS.filter((c) => c[3] === depot && day(c[7]) <= scheduled
    && (work[0] !== 'Stump Grinding' || c[6] === 'Yes'));
  const pool = crews.length ? crews : CREWS;
  const crew = declined ? null : random.weighted(pool.map((c) => [c, c[8]]));
  const hours = work[3] * trees ** 0.8 * factor * random.around(1, 0.3, 0.6, 1.5);
  const finish = addMinutes(scheduled, random.int(10 * 60, 17 * 60));
  const extra = random.chance(0.15) ? random.pick([1.1, 1.2, 0.95]) : 1;
  const rating = done && random.chance(0.42)
    ? random.weighted([[5, 52], [4, 30], [3, 10], [2, 5], [1, 3]]) : null;
  const paid = done && random.chance(finish < day('2025-09-01') ? 0.96 : 0.6);
  return [
    `TJ${50001 + i}`, isoDate(quote), declined ? null : isoDate(scheduled),
    done ? isoTimestamp(finish, 'T') : null, customer.row[0], crew ? crew[0] : null, work[0],
    species, height, trees, quoted.toFixed(2), done ? (quoted * extra).toFixed(2) : null,
    done ? hours.toFixed(1) : null,
    done && work[4] ? Math.round(work[4] * trees ** 0.9 * random.around(1, 0.3, 0.5, 1.6)) : null,
    tpo ? 'Y' : 'N', emergency ? 'TRUE' : 'FALSE', status, paid ? 'yes' : 'no', rating,
  ];
}

/** Writes tree_jobs.csv, customers.csv and crews.csv into `folder`; returns the tables. */
export function generate(folder) {
  const random = createRandom(20261231);
  const customers = makeCustomers(random);
  const jobs = Array.from({ length: 4560 }, (_, i) => makeJob(random, i, customers));
  writeCsv(join(folder, 'customers.csv'),
    ['customer_id', 'customer_name', 'Customer Type', 'town', 'Account Opened', 'Marketing Opt-In',
      'credit_limit_gbp'], customers.map((c) => c.row));
  writeCsv(join(folder, 'crews.csv'),
    ['Crew ID', 'crew_name', 'Team Leader', 'depot', 'crew_size', 'hasCrane', 'Stump Grinder',
      'Formed'], CREWS.map((row) => row.slice(0, 8)));
  writeCsv(join(folder, 'tree_jobs.csv'),
    ['Job No', 'Quote Date', 'scheduled_for', 'Completed At', 'Customer Ref', 'crewCode',
      'work_type', 'Species', 'Tree Height (m)', 'tree_count', 'Quoted Price (GBP)',
      'Invoice Total (GBP)', 'labourHours', 'Green Waste (kg)', 'TPO', 'Emergency', 'Status',
      'Paid', 'Customer Rating'], jobs);
  return ['tree_jobs', 'customers', 'crews'];
}
