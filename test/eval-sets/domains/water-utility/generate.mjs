// A water utility's maintenance work orders (the fact table) with its field crews and its pipe
// asset register as lookups. The work-management system writes the pipe as `AssetID` and the crew
// as `assigned_crew`, while the GIS register says `Asset Ref` and the roster says `Crew Code`:
// three systems, three spellings of the same keys. Open orders have no completion time, some
// orders were never assigned a crew, and the register does not know every pipe's install year.
import { join } from 'node:path';
import { createRandom } from '../../lib/prng.mjs';
import {
  addDays, addMinutes, day, isoDate, isoTimestamp, writeCsv,
} from '../../lib/csv-writer.mjs';

// Crew Code, crew_name, Supervisor, depot, Crew Size, on_call, formed, workload weight
const CREWS = [
  ['CR-N1', 'North Mains 1', 'Rebecca Thorne', 'Northgate', 5, 'yes', '2015-03-02', 13],
  ['CR-N2', 'North Mains 2', 'Rebecca Thorne', 'Northgate', 4, 'no', '2017-06-19', 10],
  ['CR-N3', 'North Valves', 'Imran Sheikh', 'Northgate', 3, 'no', '2019-01-07', 6],
  ['CR-R1', 'River Mains 1', 'Colin Baxter', 'Riverside', 7, 'yes', '2012-09-10', 15],
  ['CR-R2', 'River Mains 2', 'Colin Baxter', 'Riverside', 4, 'no', '2016-04-25', 9],
  ['CR-R3', 'River Hydrants', 'Aisha Bello', 'Riverside', 2, 'no', '2020-08-03', 5],
  ['CR-H1', 'Hill Mains', 'Gareth Pryce', 'Hillcrest', 5, 'yes', '2014-11-17', 11],
  ['CR-H2', 'Hill Meters', 'Gareth Pryce', 'Hillcrest', 2, 'no', '2021-02-15', 7],
  ['CR-H3', 'Hill Leak Detection', 'Nadia Kowalski', 'Hillcrest', 3, 'no', '2022-05-30', 4],
  ['CR-E1', 'Emergency Response A', 'Derek Holt', 'Central', 6, 'yes', '2010-01-11', 12],
  ['CR-E2', 'Emergency Response B', 'Derek Holt', 'Central', 6, 'yes', '2013-07-08', 8],
  ['CR-C1', 'Central Services', 'Aisha Bello', 'Central', 4, 'no', '2018-10-01', 3],
];
const ZONES = [['Harbour', 18], ['Old Town', 22], ['Hilltop', 12], ['Riverside', 16],
  ['Eastfield', 14], ['Airport', 6], ['Millbrook', 12]];
// material, share, install years, diameters
const MATERIALS = [
  ['Cast Iron', 28, [1905, 1965], [100, 150, 200, 300]],
  ['Ductile Iron', 22, [1966, 2005], [150, 200, 300, 450, 600]],
  ['PVC', 24, [1975, 2015], [100, 150, 200]],
  ['Asbestos Cement', 10, [1950, 1985], [100, 150, 225]],
  ['HDPE', 12, [1998, 2024], [90, 125, 180, 250]],
  ['Steel', 4, [1930, 1990], [450, 600, 900]],
];
const STREETS = ['High St', 'Mill Lane', 'Quay Rd', 'Station Rd', 'Church St', 'Park Ave',
  'Kings Way', 'Bridge St', 'Market Sq', 'Orchard Cl', 'Victoria Rd', 'Harbour Walk', 'Elm Grove',
  'Castle Hill', 'Ferry Rd', 'Brook St', 'Airfield Rd', 'North Parade', 'Canal Side', 'Green Lane'];
// job type, weight, labour hours mean, cost base
const JOB_TYPES = [
  ['Leak Repair', 30, 6, 1400], ['Main Break', 11, 14, 6200], ['Valve Replacement', 12, 8, 2600],
  ['Hydrant Service', 14, 3, 450], ['Meter Install', 13, 2, 320], ['Inspection', 16, 2.5, 260],
  ['Service Line Repair', 4, 5, 980],
];
const SOURCES = [['Customer Call', 44], ['Routine Inspection', 24], ['SCADA Alarm', 14],
  ['Crew Found', 12], ['Council Referral', 6]];

const EXPORTED = day('2025-07-01');

function makeAssets(random) {
  return Array.from({ length: 420 }, (_, i) => {
    const [material, , [from, to], diameters] = random.weighted(MATERIALS.map((m) => [m, m[1]]));
    const installed = random.int(from, to);
    const diameter = random.pick(diameters);
    const inspected = random.chance(0.18) ? null
      : isoDate(addDays(day('2019-01-01'), random.int(0, 2300)));
    return [
      `PA-${String(10000 + i * 13)}`, material, diameter, random.chance(0.07) ? null : installed,
      Math.round(random.around(140, 120, 12, 900)), random.weighted(ZONES),
      `${random.int(1, 240)} ${random.pick(STREETS)}`,
      diameter >= 300 || random.chance(0.05) ? 'TRUE' : 'FALSE', inspected,
    ];
  });
}

function failureWeight(asset) {
  const age = 2024 - (asset[3] ?? 1960);
  const brittle = asset[1] === 'Cast Iron' || asset[1] === 'Asbestos Cement' ? 1.8 : 1;
  return (1 + age / 25) * brittle;
}

function source(random, jobType) {
  if (jobType === 'Inspection') return 'Routine Inspection';
  if (jobType === 'Main Break') {
    return random.weighted([['Customer Call', 55], ['SCADA Alarm', 35], ['Council Referral', 10]]);
  }
  return random.weighted(SOURCES);
}

function makeOrder(random, i, assets, weights) {
  const asset = random.weighted(assets.map((a, k) => [a, weights[k]]));
  const [jobType, , meanHours, baseCost] = random.weighted(JOB_TYPES.map((j) => [j, j[1]]));
  const reported = addMinutes(addDays(day('2023-10-01'), random.int(0, 638)), // .. 2025-06-30
    random.int(0, 24 * 60 - 1));
  const urgent = jobType === 'Main Break' || (jobType === 'Leak Repair' && random.chance(0.3));
  const priority = urgent ? random.weighted([['P1', 70], ['P2', 30]])
    : random.weighted([['P2', 20], ['P3', 50], ['P4', 30]]);
  const ageDays = (EXPORTED - reported) / 86_400_000;
  let status = ageDays < 20 && random.chance(0.55) ? random.pick(['Open', 'In Progress'])
    : random.weighted([['Completed', 90], ['Cancelled', 4], ['Open', 3], ['In Progress', 3]]);
  const crew = status === 'Open' && random.chance(0.6) ? null
    : random.weighted(CREWS.map((c) => [c, c[1].startsWith('Emergency') && urgent ? 40 : c[7]]));
  const responseHours = { P1: 4, P2: 24, P3: 96, P4: 240 }[priority];
  const hours = Math.round(random.around(meanHours, meanHours * 0.6, 0.5, 40) * 4) / 4;
  let completed = status === 'Completed'
    ? addMinutes(reported, Math.round((random.around(responseHours, responseHours * 0.8, 0.5,
      responseHours * 3) + hours) * 60))
    : null;
  // The export was taken at the end of 2025-06-30: a job not finished by then is still running.
  if (completed && completed >= EXPORTED) [status, completed] = ['In Progress', null];
  const done = status === 'Completed';
  const cost = done ? (baseCost * random.around(1, 0.5, 0.3, 3)).toFixed(2) : null;
  const leaking = jobType === 'Leak Repair' || jobType === 'Main Break'
    || jobType === 'Service Line Repair';
  const waterLost = leaking && done && !random.chance(0.15)
    ? Math.round(random.around(jobType === 'Main Break' ? 180 : 25, 20, 0.5, 900) * 10) / 10
    : null;
  const affected = jobType === 'Main Break' ? random.int(20, 1400)
    : leaking && random.chance(0.4) ? random.int(1, 60) : 0;
  return [
    `WO-${String(240000 + i)}`, isoTimestamp(reported, 'T'),
    completed ? isoTimestamp(completed) : null, asset[0], crew ? crew[0] : null, jobType, priority,
    status, source(random, jobType), done ? hours : null, cost, waterLost, affected,
    jobType === 'Main Break' && random.chance(0.3) ? 'Y' : 'N',
    asset[2] >= 200 || jobType === 'Main Break' ? 'true' : random.chance(0.2) ? 'true' : 'false',
  ];
}

/** Writes work_orders.csv, crews.csv and pipe_assets.csv into `folder`; returns the tables. */
export function generate(folder) {
  const random = createRandom(20270302);
  const assets = makeAssets(random);
  const weights = assets.map(failureWeight);
  const orders = Array.from({ length: 4550 }, (_, i) => makeOrder(random, i, assets, weights));
  writeCsv(join(folder, 'crews.csv'),
    ['Crew Code', 'crew_name', 'Supervisor', 'depot', 'Crew Size', 'on_call', 'Formed'],
    CREWS.map((row) => row.slice(0, 7)));
  writeCsv(join(folder, 'pipe_assets.csv'),
    ['Asset Ref', 'material', 'Diameter (mm)', 'install_year', 'Length (m)', 'Pressure Zone',
      'location', 'isCriticalMain', 'Last Inspected'], assets);
  writeCsv(join(folder, 'work_orders.csv'),
    ['WO Number', 'Reported At', 'completed_at', 'AssetID', 'assigned_crew', 'Job Type',
      'priority', 'Status', 'source', 'Labour Hours', 'Cost (USD)', 'Water Lost (m3)',
      'customers_affected', 'Boil Water Notice', 'traffic_management'], orders);
  return ['work_orders', 'crews', 'pipe_assets'];
}
