// A highway authority's repair jobs (the fact table) with its road segments and its contractors as
// lookups. The works system calls the segment `Segment Ref` and the contractor `contractorId`,
// while the road asset register says `segment_id` and the framework list says `Contractor Code`.
// Potholes, resurfacing, signage and drain repairs; a job not yet completed has no completion
// date, cost or labour; a cancelled job (a duplicate report) has no contractor. Material is
// recorded only for the jobs that lay asphalt, depth only for potholes. Exported 2025-08-31.
import { join } from 'node:path';
import { createRandom } from '../../lib/prng.mjs';
import {
  addDays, addMinutes, day, isoDate, isoTimestamp, writeCsv,
} from '../../lib/csv-writer.mjs';

const EXPORT_DAY = day('2025-08-31');

const WARDS = [['Ashton', 12], ['Bedminster', 10], ['Clifton', 8], ['Easton', 9], ['Filwood', 7],
  ['Hartcliffe', 8], ['Henleaze', 6], ['Kingsweston', 7], ['Lockleaze', 8], ['Redland', 6],
  ['Southmead', 9], ['Stockwood', 7]];
const ROADS = ['Bath Road', 'Bristol Road', 'Church Lane', 'Coronation Road', 'Fishponds Road',
  'Gloucester Road', 'High Street', 'Hotwell Road', 'Kellaway Avenue', 'Long Ashton Road',
  'Mill Lane', 'Muller Road', 'Park Road', 'Queens Drive', 'Redcliffe Way', 'Station Road',
  'Stoke Lane', 'Wells Road', 'Whiteladies Road', 'Winterstoke Road', 'Cheltenham Road',
  'Stapleton Road', 'Bishopsworth Road', 'Hengrove Way', 'Filton Avenue', 'Southmead Road',
  'Crow Lane', 'Passage Road', 'Westbury Road', 'Ashley Down Road', 'Brislington Hill',
  'Nags Head Hill', 'Zetland Road', 'Oldbury Court Road', 'Two Mile Hill', 'Novers Lane'];
const CLASS_OF = (road, random) => (/Road|Way|Hill/.test(road) && random.chance(0.5)
  ? random.weighted([['A Road', 50], ['B Road', 50]])
  : random.weighted([['C Road', 40], ['Unclassified', 60]]));
const SURFACES = [['Asphalt', 70], ['Surface Dressing', 15], ['Concrete', 8], ['Block Paving', 7]];

// code, name, specialism, depot town, framework start, day rate, emergency cover, SME, rating
const CONTRACTORS = [
  ['CTR-01', 'Avonside Highways Ltd', 'Surfacing', 'Bristol', '2021-04-01', 1850, 'Y', 'false',
    4.1],
  ['CTR-02', 'Kingsmead Civils', 'Surfacing', 'Bath', '2022-04-01', 1620, 'N', 'true', 3.7],
  ['CTR-03', 'Ridgeway Road Services', 'Potholes', 'Bristol', '2021-04-01', 980, 'Y', 'true', 4.4],
  ['CTR-04', 'PatchFast UK', 'Potholes', 'Weston-super-Mare', '2023-04-01', 890, 'Y', 'true', 3.2],
  ['CTR-05', 'Severn Tarmac Co', 'Surfacing', 'Gloucester', '2020-04-01', 2100, 'N', 'false', 3.9],
  ['CTR-06', 'ClearFlow Drainage', 'Drainage', 'Bristol', '2021-10-01', 760, 'Y', 'true', 4.6],
  ['CTR-07', 'Gully & Sons', 'Drainage', 'Keynsham', '2024-01-15', 690, 'N', 'true', 3.5],
  ['CTR-08', 'SignRight Ltd', 'Signage', 'Swindon', '2022-07-01', 640, 'N', 'true', 4.0],
  ['CTR-09', 'Westway Signs & Lines', 'Signage', 'Bristol', '2020-04-01', 720, 'Y', 'false', 3.8],
  ['CTR-10', 'Mendip Roadworks', 'Potholes', 'Wells', '2024-04-01', 930, 'N', 'true', 3.4],
  ['CTR-11', 'Tarmac Highways South West', 'Surfacing', 'Exeter', '2020-04-01', 2350, 'Y', 'false',
    4.3],
  ['CTR-12', 'Brunel Infrastructure', 'Drainage', 'Bristol', '2023-09-01', 1100, 'Y', 'false', 4.2],
];
const SPECIALISM = { Pothole: 'Potholes', Resurfacing: 'Surfacing', Signage: 'Signage',
  'Drain Repair': 'Drainage' };
// job type, weight; priorities per type
const JOB_TYPES = [['Pothole', 52], ['Drain Repair', 20], ['Signage', 17], ['Resurfacing', 11]];
const PRIORITIES = {
  Pothole: [['Emergency', 18], ['Urgent', 42], ['Routine', 40]],
  'Drain Repair': [['Emergency', 14], ['Urgent', 36], ['Routine', 50]],
  Signage: [['Emergency', 6], ['Urgent', 24], ['Routine', 70]],
  Resurfacing: [['Routine', 100]],
};
const TARGET_DAYS = { Emergency: 1, Urgent: 7, Routine: 28 };
const SOURCES = [['Public Report', 48], ['Highway Inspection', 34], ['Councillor', 8],
  ['Police', 4], ['Utility Company', 6]];
// Potholes come in winter; resurfacing in summer.
const MONTH_WEIGHT = {
  Pothole: [18, 17, 15, 10, 6, 5, 4, 4, 5, 8, 11, 14],
  Resurfacing: [2, 2, 5, 9, 13, 15, 16, 15, 11, 6, 3, 2],
  'Drain Repair': [12, 10, 8, 6, 5, 5, 6, 7, 9, 12, 13, 11],
  Signage: [8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8],
};

function makeSegments(random) {
  return Array.from({ length: 520 }, (_, i) => {
    const road = ROADS[random.skewedIndex(ROADS.length, 1.3)];
    const roadClass = CLASS_OF(road, random);
    const lastResurfaced = random.chance(0.28) ? null
      : isoDate(addDays(day('2004-01-01'), random.int(0, 7600)));
    const busRoute = (roadClass === 'A Road' || roadClass === 'B Road') && random.chance(0.55);
    const traffic = roadClass === 'A Road' ? random.int(12000, 38000)
      : roadClass === 'B Road' ? random.int(5000, 16000)
        : roadClass === 'C Road' ? random.int(1500, 7000) : random.int(80, 2500);
    return {
      roadClass,
      weight: roadClass === 'A Road' ? 3 : roadClass === 'B Road' ? 2 : 1,
      row: [`SEG-${String(1001 + i * 3).padStart(5, '0')}`, road, random.weighted(WARDS), roadClass,
        random.int(60, 1400),
        roadClass === 'A Road' ? random.pick([30, 40, 40, 50]) : random.pick([20, 20, 30, 30]),
        random.weighted(SURFACES), lastResurfaced, busRoute ? 'yes' : 'no', traffic],
    };
  });
}

function reportDay(random, type) {
  for (;;) {
    const date = addDays(day('2024-01-01'), random.int(0, 608)); // .. 2025-08-31
    if (random.next() * 18 < MONTH_WEIGHT[type][date.getUTCMonth()]) return date;
  }
}

const round = (value, places) => Number(value.toFixed(places));

function makeJob(random, i, segments) {
  const type = random.weighted(JOB_TYPES);
  const priority = random.weighted(PRIORITIES[type]);
  const reported = addMinutes(reportDay(random, type), random.int(6 * 60, 22 * 60));
  const segment = random.weighted(segments.map((s) => [s, s.weight]));
  const targetDays = type === 'Resurfacing' ? 90 : TARGET_DAYS[priority];
  const target = addDays(day(isoDate(reported)), targetDays);
  const duration = type === 'Resurfacing' ? random.int(20, 140)
    : priority === 'Emergency' ? random.weighted([[0, 50], [1, 35], [2, 10], [4, 5]])
      : priority === 'Urgent' ? random.int(1, 12) : random.int(4, 45);
  const completed = addDays(day(isoDate(reported)), duration);
  const cancelled = random.chance(0.035);
  const done = !cancelled && completed <= EXPORT_DAY;
  const status = cancelled ? 'Cancelled' : done ? 'Completed'
    : daysSince(reported) < 10 ? 'Scheduled' : 'In Progress';
  const able = CONTRACTORS.filter((c) => c[2] === SPECIALISM[type] && day(c[4]) <= reported);
  const contractor = cancelled ? null : able[random.skewedIndex(able.length, 1.2)];
  const area = type === 'Pothole' ? round(random.around(1.2, 1.4, 0.2, 6), 1)
    : type === 'Resurfacing' ? random.int(250, 4800) : null;
  const asphalt = done && (type === 'Pothole' || type === 'Resurfacing')
    ? round(type === 'Pothole' ? area * random.around(0.11, 0.06, 0.03, 0.3)
      : area * random.around(0.1, 0.03, 0.06, 0.14), 2) : null;
  const labour = done ? round(type === 'Resurfacing' ? random.around(60, 40, 16, 180)
    : random.around(type === 'Pothole' ? 2.5 : type === 'Signage' ? 3 : 5, 2.5, 0.5, 14), 1) : null;
  const cost = done ? round(labour * (contractor[5] / 8) + (asphalt ?? 0) * 95
    + (type === 'Signage' ? random.int(80, 600) : 0)
    + (type === 'Drain Repair' ? random.int(0, 900) : 0), 2)
    : null;
  const depth = type === 'Pothole' ? random.int(25, 140) : null;
  return [
    `RJ-${String(60001 + i)}`, isoTimestamp(reported, 'T'), segment.row[0],
    contractor ? contractor[0] : null, type, priority, random.weighted(SOURCES), status,
    isoDate(target), done ? isoDate(completed) : null, area, depth, asphalt, labour, cost,
    type === 'Resurfacing' || segment.roadClass === 'A Road' ? 'TRUE'
      : random.chance(0.3) ? 'TRUE' : 'FALSE',
    done ? (completed <= target ? 'Y' : 'N') : null,
    type === 'Pothole' && done ? (random.chance(0.3) ? 'yes' : 'no') : null,
  ];
}

function daysSince(date) {
  return (EXPORT_DAY.getTime() - date.getTime()) / 86_400_000;
}

/** Writes repair_jobs.csv, road_segments.csv and contractors.csv into `folder`; returns tables. */
export function generate(folder) {
  const random = createRandom(20261218);
  const segments = makeSegments(random);
  const jobs = Array.from({ length: 4720 }, (_, i) => makeJob(random, i, segments));
  jobs.sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  jobs.forEach((row, i) => { row[0] = `RJ-${String(60001 + i)}`; });
  writeCsv(join(folder, 'repair_jobs.csv'),
    ['Job Number', 'Reported At', 'Segment Ref', 'contractorId', 'job_type', 'Priority',
      'reported_by', 'status', 'Target Date', 'completed_on', 'Area (m2)', 'Pothole Depth (mm)',
      'Asphalt Used (t)', 'labourHours', 'Cost (GBP)', 'Traffic Management', 'Within Target',
      'temporary_fix'], jobs);
  writeCsv(join(folder, 'road_segments.csv'),
    ['segment_id', 'Road Name', 'ward', 'Road Class', 'Length (m)', 'speedLimitMph',
      'surface_type', 'Last Resurfaced', 'Bus Route', 'Daily Traffic (vehicles)'],
    segments.map((s) => s.row));
  writeCsv(join(folder, 'contractors.csv'),
    ['Contractor Code', 'contractor_name', 'specialism', 'Depot Town', 'framework_start',
      'Day Rate (GBP)', 'Emergency Cover', 'isSME', 'rating'],
    CONTRACTORS.map((c) => [...c.slice(0, 5), c[5].toFixed(2), ...c.slice(6)]));
  return ['repair_jobs', 'road_segments', 'contractors'];
}
