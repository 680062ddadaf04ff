// A city's 311 service requests for 2024: the request export (fact table, district as a number
// in a column called `District`) and the districts list (`district_id`), as two city systems
// export them. Timestamps have a time of day; open requests have no closing time.
import { join } from 'node:path';
import { createRandom } from '../../lib/prng.mjs';
import { addMinutes, day, isoTimestamp, writeCsv } from '../../lib/csv-writer.mjs';

const DISTRICTS = [
  [1, 'Old Town', 41200, 'Maria Esposito', 6.4],
  [2, 'Northside', 58900, 'Desmond Hale', 14.2],
  [3, 'Riverbend', 37400, 'Anh Tran', 9.8],
  [4, 'Eastgate', 66100, 'Carlos Medina', 17.5],
  [5, 'Southport', 29800, 'Helen Okafor', 11.1],
  [6, 'Westbrook', 51300, 'Jonas Berg', 13.6],
  [7, 'Highfield', 22700, 'Priya Raman', 8.3],
  [8, 'Lakeshore', 44600, 'Tom Whitaker', 10.9],
  [9, 'Mill Valley', 18900, 'Sofia Lindgren', 21.4],
  [10, 'Cedar Heights', 35200, 'Marcus Bell', 12.7],
];
// complaint type, agency, weight, descriptors, typical hours to resolve
const COMPLAINTS = [
  ['Pothole', 'Transportation', 18, ['Pothole in roadway', 'Pothole in bike lane'], 96],
  ['Streetlight Out', 'Transportation', 12, ['Single light out', 'Whole street dark'], 72],
  ['Noise', 'Police', 16, ['Loud music', 'Construction after hours', 'Barking dog'], 6],
  ['Graffiti', 'Parks', 9, ['Graffiti on wall', 'Graffiti on bench'], 120],
  ['Missed Collection', 'Sanitation', 14, ['Recycling not collected', 'Trash not collected'], 30],
  ['Illegal Dumping', 'Sanitation', 8, ['Mattress on sidewalk', 'Bags dumped in alley'], 60],
  ['Water Leak', 'Water', 7, ['Leak from hydrant', 'Water in street'], 20],
  ['Fallen Tree', 'Parks', 5, ['Tree blocking road', 'Branch on power line'], 40],
  ['Abandoned Vehicle', 'Police', 6, ['Car without plates', 'Vehicle parked 7+ days'], 150],
  ['Rodent Sighting', 'Health', 5, ['Rats in yard', 'Rats near restaurant'], 200],
];
const DISTRICT_WEIGHTS = [14, 12, 9, 16, 7, 11, 5, 10, 4, 8];
const CHANNELS = [['Phone', 38], ['Mobile App', 30], ['Web Portal', 24], ['Walk-in', 8]];
const PRIORITIES = [['Low', 35], ['Medium', 40], ['High', 19], ['Urgent', 6]];
const STREETS = ['Main St', 'Elm Ave', 'Harbor Rd', 'Station Rd', 'Park Lane', 'Mill St',
  'Cedar Blvd', 'Queen St', 'Bridge Rd', 'Lake Dr', 'Church St', 'Market Sq', 'Oak St',
  'Victoria Rd', 'King St', 'Canal Walk'];

function makeRequest(random, index) {
  const complaint = random.weighted(COMPLAINTS.map((c) => [c, c[2]]));
  const [type, agency, , descriptors, typicalHours] = complaint;
  const createdAt = addMinutes(day('2024-01-01'), random.int(0, 366 * 24 * 60 - 1));
  const priority = random.weighted(PRIORITIES);
  const isOpen = createdAt > day('2024-12-10') ? random.chance(0.55) : random.chance(0.06);
  const status = isOpen ? (random.chance(0.5) ? 'Open' : 'In Progress') : 'Closed';
  const hours = isOpen ? null
    : Math.round(random.around(typicalHours, typicalHours * 0.8, 0.5, typicalHours * 3) * 10) / 10;
  const closedAt = hours === null ? null : addMinutes(createdAt, Math.round(hours * 60));
  const district = random.weighted(DISTRICTS.map((d, k) => [d[0], DISTRICT_WEIGHTS[k]]));
  const rated = !isOpen && random.chance(0.55);
  const score = rated ? Math.round(random.around(hours < typicalHours ? 4.2 : 2.8, 1.5, 1, 5)) : null;
  return [
    100001 + index, isoTimestamp(createdAt), closedAt ? isoTimestamp(closedAt) : null, type,
    random.pick(descriptors), status, priority, district, random.weighted(CHANNELS),
    `${random.int(1, 240)} ${random.pick(STREETS)}`, hours, random.chance(0.07), score, agency,
  ];
}

/** Writes service_requests.csv and districts.csv into `folder`; returns the tables it wrote. */
export function generate(folder) {
  const random = createRandom(311_2024);
  const requests = Array.from({ length: 4200 }, (_, index) => makeRequest(random, index));
  writeCsv(join(folder, 'districts.csv'),
    ['district_id', 'district_name', 'population', 'council_member', 'Area (km2)'], DISTRICTS);
  writeCsv(join(folder, 'service_requests.csv'),
    ['request_id', 'Created At', 'closed_at', 'complaint_type', 'descriptor', 'status',
      'priority', 'District', 'channel', 'street_address', 'Resolution Hours', 'is_duplicate',
      'satisfaction_score', 'agency'], requests);
  return ['service_requests', 'districts'];
}
