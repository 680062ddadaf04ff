// A Manchester locksmith firm's callouts (the fact table) with its locksmiths and the service areas
// it covers as lookups. The dispatch system exports the locksmith as `Tech No` and the area as
// `areaCode`, while the staff list says `locksmith_id` and the area sheet says `Area ID`: three
// systems, three spellings of the same keys. A callout cancelled before anyone arrived has no
// arrival, no invoice and no rating.
import { join } from 'node:path';
import { createRandom } from '../../lib/prng.mjs';
import {
  addDays, addMinutes, day, isoDate, isoTimestamp, writeCsv,
} from '../../lib/csv-writer.mjs';

// Area ID, area_name, borough, Callout Fee (GBP), households, Out Of Hours Cover, demand
const AREAS = [
  ['M1', 'City Centre', 'Manchester', 45, 14200, 'true', 16],
  ['M4', 'Ancoats', 'Manchester', 45, 9800, 'true', 9],
  ['M14', 'Fallowfield', 'Manchester', 40, 16500, 'true', 13],
  ['M15', 'Hulme', 'Manchester', 40, 8700, 'false', 6],
  ['M20', 'Didsbury', 'Manchester', 40, 15400, 'true', 11],
  ['M21', 'Chorlton', 'Manchester', 40, 12100, 'true', 9],
  ['M16', 'Old Trafford', 'Trafford', 45, 10300, 'true', 7],
  ['M32', 'Stretford', 'Trafford', 45, 11800, 'false', 7],
  ['M33', 'Sale', 'Trafford', 50, 17900, 'true', 9],
  ['M41', 'Urmston', 'Trafford', 50, 13200, 'false', 5],
  ['SK4', 'Heaton Moor', 'Stockport', 55, 11100, 'false', 4],
  ['SK8', 'Cheadle', 'Stockport', 55, 16800, 'true', 6],
];
// locksmith_id, name, team, Start Date, master_locksmith, Hourly Rate (GBP), van_reg, workload
const LOCKSMITHS = [
  ['LS101', 'Dean Walsh', 'North', '2011-04-04', 'Yes', 46, 'MA61 KXT', 12],
  ['LS102', 'Sandra Okafor', 'North', '2013-08-19', 'Yes', 44, 'MA13 PLV', 11],
  ['LS103', 'Gary Holt', 'South', '2012-02-06', 'Yes', 45, 'MF12 ZRD', 12],
  ['LS104', 'Priya Raman', 'South', '2015-10-12', 'No', 38, 'MK65 TBW', 10],
  ['LS105', 'Tom Kershaw', 'North', '2016-03-01', 'No', 36, 'ML16 HNA', 10],
  ['LS106', 'Lee Brennan', 'Commercial', '2010-09-13', 'Yes', 48, 'MA60 CJS', 9],
  ['LS107', 'Hannah Doyle', 'South', '2017-06-05', 'No', 36, 'MX17 DGE', 9],
  ['LS108', 'Marek Nowak', 'North', '2018-01-15', 'No', 35, 'MJ18 ORP', 9],
  ['LS109', 'Chris Ogden', 'Commercial', '2014-05-27', 'Yes', 47, 'MA14 UVY', 8],
  ['LS110', 'Jo Ashworth', 'South', '2018-09-03', 'No', 35, 'MF68 LKE', 8],
  ['LS111', 'Kwame Mensah', 'North', '2019-02-11', 'No', 34, 'MK19 WSA', 8],
  ['LS112', 'Steve Pilling', 'South', '2012-11-19', 'Yes', 44, 'ML62 BNF', 8],
  ['LS113', 'Rachel Fogg', 'Commercial', '2019-07-22', 'No', 39, 'MX69 RRT', 7],
  ['LS114', 'Danny Hughes', 'North', '2020-01-06', 'No', 33, 'MA20 GHY', 7],
  ['LS115', 'Aleksy Wojcik', 'South', '2020-06-15', 'No', 33, 'MJ20 KPO', 7],
  ['LS116', 'Imran Shah', 'North', '2021-03-08', 'No', 32, 'MF21 EZC', 6],
  ['LS117', 'Becky Lord', 'South', '2021-04-19', 'No', 32, 'MK21 YTV', 6],
  ['LS118', 'Paul Entwistle', 'Commercial', '2016-10-03', 'Yes', 46, 'ML66 NDA', 6],
  ['LS119', 'Nisha Kapoor', 'North', '2022-01-10', 'No', 31, 'MX22 SBO', 6],
  ['LS120', 'Owen Pryce', 'South', '2022-05-23', 'No', 31, 'MA22 FLU', 5],
  ['LS121', 'Callum Reid', 'North', '2022-09-05', 'No', 31, 'MJ72 HWR', 5],
  ['LS122', 'Fatima Begum', 'South', '2023-02-13', 'No', 30, 'MF23 PKA', 5],
  ['LS123', 'Jordan Mills', 'Commercial', '2023-06-26', 'No', 36, 'MK23 CVE', 4],
  ['LS124', 'Ellie Whittle', 'North', '2023-11-06', 'No', 30, 'ML73 GXR', 4],
  ['LS125', 'Ryan Tattersall', 'South', '2024-03-04', 'No', 30, 'MX24 BTY', 4],
  ['LS126', 'Zainab Ali', 'North', '2024-08-12', 'No', 30, 'MA74 JOE', 4],
  ['LS127', 'Liam Grady', 'South', '2025-01-13', 'No', 30, 'MJ25 WAQ', 4],
  ['LS128', 'Megan Cross', 'Commercial', '2025-07-07', 'No', 34, 'MF25 DXU', 4],
];
const JOB_TYPES = [['Lockout', 30], ['Lock Change', 20], ['Lock Repair', 15],
  ['Burglary Repair', 10], ['Car Key', 10], ['Key Cutting', 8], ['Safe Opening', 4]];
const EMERGENCY_CHANCE = { Lockout: 0.85, 'Burglary Repair': 0.9, 'Car Key': 0.5,
  'Lock Change': 0.06, 'Lock Repair': 0.08, 'Key Cutting': 0.02, 'Safe Opening': 0.1 };
const LABOUR = { Lockout: 0.5, 'Lock Change': 1, 'Lock Repair': 1.25, 'Burglary Repair': 2.5,
  'Car Key': 1, 'Key Cutting': 0.5, 'Safe Opening': 2 };
const PARTS = { Lockout: [0, 15], 'Lock Change': [25, 120], 'Lock Repair': [10, 60],
  'Burglary Repair': [40, 220], 'Car Key': [60, 180], 'Key Cutting': [5, 25],
  'Safe Opening': [0, 80] };
const NORTH = new Set(['Manchester']);

function propertyOf(random, jobType) {
  if (jobType === 'Car Key') return 'Vehicle';
  if (jobType === 'Safe Opening') return random.chance(0.6) ? 'Commercial' : 'House';
  return random.weighted([['House', 50], ['Flat', 35], ['Commercial', 15]]);
}

/** The reported time: emergencies at any hour (evenings busiest), the rest in working hours. */
function reportedAt(random, emergency) {
  const date = addDays(day('2024-01-01'), random.int(0, 546)); // .. 2025-06-30
  const minutes = emergency
    ? random.weighted([[random.int(0, 7 * 60), 12], [random.int(7 * 60, 17 * 60), 45],
      [random.int(17 * 60, 24 * 60 - 1), 43]])
    : random.int(8 * 60, 17 * 60 + 30);
  return addMinutes(date, minutes);
}

function makeCallout(random) {
  const jobType = random.weighted(JOB_TYPES);
  const property = propertyOf(random, jobType);
  const emergency = random.chance(EMERGENCY_CHANCE[jobType]);
  const reported = reportedAt(random, emergency);
  const area = random.weighted(AREAS.map((a) => [a, a[6]]));
  const team = property === 'Commercial' || jobType === 'Safe Opening' ? 'Commercial'
    : NORTH.has(area[2]) ? 'North' : 'South';
  const staff = LOCKSMITHS.filter((l) => l[2] === team && day(l[3]) <= reported);
  const tech = random.weighted(staff.map((l) => [l, l[7]]));
  const hour = reported.getUTCHours();
  const weekday = reported.getUTCDay();
  const afterHours = hour < 8 || hour >= 18 || weekday === 0 || weekday === 6;
  const status = random.weighted([['Completed', 88],
    ['Cancelled', jobType === 'Lockout' ? 14 : 4], ['Follow-up Needed', 5]]);
  const cancelled = status === 'Cancelled';
  const response = cancelled ? null
    : Math.round(emergency ? random.around(38, 34, 9, 150) : random.around(115, 90, 20, 320));
  const arrived = cancelled ? null : addMinutes(reported, response);
  const labour = cancelled ? null
    : Math.round(4 * random.around(LABOUR[jobType], LABOUR[jobType] * 0.8, 0.25, 5)) / 4;
  const [lowParts, highParts] = PARTS[jobType];
  const parts = cancelled ? null
    : jobType === 'Lockout' && random.chance(0.7) ? 0 : random.int(lowParts * 4, highParts * 4) / 4;
  const invoice = cancelled ? null
    : area[3] + labour * tech[5] * (afterHours ? 1.5 : 1) + parts;
  const completedOn = status !== 'Completed' ? null
    : addDays(arrived, ['Lock Change', 'Burglary Repair'].includes(jobType) && random.chance(0.12)
      ? random.int(1, 4) : 0);
  const payment = cancelled ? null
    : property === 'Commercial' && random.chance(0.6) ? 'Invoice'
      : jobType === 'Burglary Repair' && random.chance(0.65) ? 'Insurance'
        : random.weighted([['Card', 70], ['Cash', 15], ['Insurance', 6], ['Invoice', 4]]);
  const slow = response !== null && response > (emergency ? 60 : 180);
  const rating = cancelled || random.chance(0.35) ? null
    : random.weighted(slow ? [[1, 15], [2, 20], [3, 30], [4, 25], [5, 10]]
      : [[1, 3], [2, 5], [3, 14], [4, 38], [5, 40]]);
  return {
    reported,
    row: [
      isoTimestamp(reported, 'T'), arrived ? isoTimestamp(arrived, 'T') : null,
      completedOn ? isoDate(completedOn) : null, tech[0], area[0], jobType, property,
      emergency ? 'Y' : 'N', afterHours ? 'true' : 'false', response,
      labour === null ? null : labour.toFixed(2), parts === null ? null : parts.toFixed(2),
      invoice === null ? null : invoice.toFixed(2), status, payment, rating,
    ],
  };
}

/** Writes callouts.csv, locksmiths.csv and service_areas.csv into `folder`; returns the tables. */
export function generate(folder) {
  const random = createRandom(20261225);
  const callouts = Array.from({ length: 4720 }, () => makeCallout(random))
    .sort((a, b) => a.reported - b.reported)
    .map(({ row }, i) => [`LK-${40001 + i}`, ...row]);
  writeCsv(join(folder, 'locksmiths.csv'),
    ['locksmith_id', 'name', 'team', 'Start Date', 'master_locksmith', 'Hourly Rate (GBP)',
      'van_reg'], LOCKSMITHS.map((row) => row.slice(0, 7)));
  writeCsv(join(folder, 'service_areas.csv'),
    ['Area ID', 'area_name', 'borough', 'Callout Fee (GBP)', 'households', 'Out Of Hours Cover'],
    AREAS.map((row) => row.slice(0, 6)));
  writeCsv(join(folder, 'callouts.csv'),
    ['callout_no', 'Reported At', 'Arrived At', 'completed_on', 'Tech No', 'areaCode', 'job_type',
      'property_type', 'Emergency', 'afterHours', 'Response Time (min)', 'labour_hours',
      'Parts (GBP)', 'Invoice Total (GBP)', 'status', 'payment', 'customer_rating'], callouts);
  return ['callouts', 'locksmiths', 'service_areas'];
}
