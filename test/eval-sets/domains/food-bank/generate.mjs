// A regional food bank's parcels handed to households (the fact table) with its registered
// clients and its distribution centres as lookups. The issuing app calls the household
// `Client Ref` and the centre `centreCode`, while the client register says `client_id` and the
// centres list says `Centre Code`. A parcel that was packed but not yet picked up has no
// collection date.
import { join } from 'node:path';
import { createRandom } from '../../lib/prng.mjs';
import { addDays, addMinutes, day, isoDate, isoTimestamp, writeCsv } from '../../lib/csv-writer.mjs';

// Centre Code, centre_name, town, Opened, Has Cold Storage, Weekly Capacity (parcels), manager,
// share of parcels
const CENTRES = [
  ['DC01', 'Riverside Hub', 'Leeds', '2012-04-02', 'Yes', 220, 'Grace Okafor', 22],
  ['DC02', 'St Marks Hall', 'Leeds', '2015-09-14', 'No', 90, 'Tom Pritchard', 10],
  ['DC03', 'Northgate Pantry', 'Bradford', '2014-01-20', 'Yes', 160, 'Aisha Rahman', 15],
  ['DC04', 'Kirkstall Community Centre', 'Leeds', '2018-06-04', 'No', 70, 'Tom Pritchard', 7],
  ['DC05', 'Wakefield Depot', 'Wakefield', '2016-03-07', 'Yes', 180, 'Megan Hale', 14],
  ['DC06', 'Holbeck Chapel', 'Leeds', '2020-05-11', 'No', 60, 'Grace Okafor', 6],
  ['DC07', 'Halifax Market Stall', 'Halifax', '2019-10-01', 'No', 80, 'Daniel Booth', 8],
  ['DC08', 'Dewsbury Family Centre', 'Dewsbury', '2021-02-15', 'Yes', 110, 'Megan Hale', 9],
  ['DC09', 'Shipley Mobile Van', 'Shipley', '2023-08-21', 'No', 40, 'Aisha Rahman', 5],
  ['DC10', 'Otley Parish Rooms', 'Otley', '2022-11-07', 'No', 35, 'Daniel Booth', 4],
];
const AGENCIES = [['Citizens Advice', 28], ['GP Surgery', 12], ['School', 14],
  ['Jobcentre', 16], ['Housing Association', 12], ['Social Services', 10], ['Self-referral', 8]];
const DIETS = [[null, 70], ['Halal', 12], ['Vegetarian', 8], ['Gluten free', 4],
  ['Diabetic', 4], ['Vegan', 2]];
const PARCEL_TYPES = [['Standard', 52], ['Family', 20], ['Emergency', 12], ['Baby', 6],
  ['Hygiene', 5], ['Single', 5]];
const BASE_WEIGHT = { Standard: 11, Family: 19, Emergency: 6, Baby: 7, Hygiene: 4, Single: 7 };
const VOLUNTEERS = ['Jo Bell', 'Sam Patel', 'Ruth Evans', 'Kwame Mensah', 'Lily Chen',
  'Mark Duffy', 'Priya Shah', 'Owen Riley', 'Hannah Webb', 'Imran Ali', 'Beth Moss', 'Ian Cole'];

function makeClients(random) {
  return Array.from({ length: 1320 }, (_, i) => {
    const size = random.weighted([[1, 30], [2, 20], [3, 18], [4, 16], [5, 9], [6, 5], [7, 2]]);
    const children = size >= 3 ? random.chance(0.8) : random.chance(0.1);
    const registered = addDays(day('2019-01-07'), random.int(0, 2360)); // to mid 2025
    return [
      `HH${10001 + i}`, size, random.weighted([['LS', 48], ['BD', 20], ['WF', 14], ['HX', 9],
        ['HD', 9]]),
      random.weighted(AGENCIES), isoDate(registered), children ? 'true' : 'false',
      random.weighted(DIETS), random.chance(0.12) ? 'Y' : 'N',
    ];
  });
}

function makeParcel(random, i, clients) {
  const client = clients[random.skewedIndex(clients.length, 1.6)];
  const centre = random.weighted(CENTRES.map((c) => [c, c[7]]));
  const issuedDay = addDays(day('2024-01-02'), random.int(0, 544)); // 2024-01-02 .. 2025-06-29
  const issued = addMinutes(issuedDay, random.int(9 * 60, 18 * 60 + 30));
  const type = client[1] >= 4 && random.chance(0.6) ? 'Family'
    : random.weighted(PARCEL_TYPES);
  const weight = Math.max(1.5, BASE_WEIGHT[type] + random.around(0, 3, -4, 4));
  const items = Math.max(4, Math.round(weight * random.around(2.2, 0.6, 1.4, 3.0)));
  const late = issuedDay >= day('2025-06-20');
  const collected = random.chance(late ? 0.55 : 0.93);
  const collectedOn = collected ? isoDate(addDays(issuedDay, random.weighted([[0, 70], [1, 15],
    [2, 8], [3, 5], [5, 2]]))) : null;
  return [
    `P${String(200000 + i * 7)}`, client[0], centre[0], isoTimestamp(issued, 'T'), collectedOn,
    type, weight.toFixed(1), items, random.chance(0.45) ? 'TRUE' : 'FALSE',
    (weight * random.around(2.6, 0.4, 1.8, 3.4)).toFixed(2), random.pick(VOLUNTEERS),
    client[7] === 'Y' && random.chance(0.8) ? 'yes' : 'no',
    random.chance(0.15) ? random.pick(['Short of tinned veg', 'Client asked for halal meat',
      'No fresh milk', 'Referral voucher missing', 'Extra toiletries added']) : null,
  ];
}

/** Writes parcels_issued.csv, clients.csv and distribution_centres.csv into `folder`. */
export function generate(folder) {
  const random = createRandom(20261716);
  const clients = makeClients(random);
  const parcels = Array.from({ length: 4620 }, (_, i) => makeParcel(random, i, clients));
  writeCsv(join(folder, 'distribution_centres.csv'),
    ['Centre Code', 'centre_name', 'town', 'Opened', 'Has Cold Storage',
      'Weekly Capacity (parcels)', 'manager'], CENTRES.map((row) => row.slice(0, 7)));
  writeCsv(join(folder, 'clients.csv'),
    ['client_id', 'householdSize', 'postcode_area', 'Referral Agency', 'registered_on',
      'Has Children', 'dietary_needs', 'Home Delivery'], clients);
  writeCsv(join(folder, 'parcels_issued.csv'),
    ['parcel_id', 'Client Ref', 'centreCode', 'Issued At', 'collected_date', 'parcel_type',
      'Parcel Weight (kg)', 'Items Count', 'freshProduce', 'Estimated Value (GBP)', 'volunteer',
      'Delivered', 'notes'], parcels);
  return ['parcels_issued', 'clients', 'distribution_centres'];
}
