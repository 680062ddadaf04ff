// A portrait and commercial photography studio's shoots (the fact table) with its photographers
// and its clients as lookups. The booking system exports the photographer as `Photographer Ref`
// and the client as `clientId`, while the staff sheet says `photographer_id` and the client
// database `Client No`: three systems, three spellings of the same keys. Cancelled and
// not-yet-delivered shoots have no image count or delivery date; many clients gave no source.
import { join } from 'node:path';
import { createRandom } from '../../lib/prng.mjs';
import {
  addDays, addMinutes, day, isoDate, isoTimestamp, writeCsv,
} from '../../lib/csv-writer.mjs';

// photographer_id, name, speciality, Joined, Day Rate (GBP), Owns Drone, workload
const PHOTOGRAPHERS = [
  ['PH01', 'Rosa Delgado', 'Weddings', '2015-03-02', 650, 'Y', 12],
  ['PH02', 'Marcus Webb', 'Portraits', '2016-08-15', 420, 'N', 14],
  ['PH03', 'Yuki Tanaka', 'Newborn', '2017-01-09', 450, 'N', 11],
  ['PH04', 'Daniel Osei', 'Commercial', '2017-11-20', 700, 'Y', 9],
  ['PH05', 'Fiona McLeod', 'Portraits', '2018-05-14', 400, 'N', 10],
  ['PH06', 'Arjun Mehta', 'Weddings', '2019-02-25', 600, 'Y', 8],
  ['PH07', 'Lucy Hargreaves', 'Family', '2019-09-30', 380, 'N', 9],
  ['PH08', 'Tomasz Nowak', 'Commercial', '2020-06-08', 620, 'N', 6],
  ['PH09', 'Ella Fitzgerald-Byrne', 'Family', '2021-03-15', 360, 'N', 7],
  ['PH10', 'Sipho Dlamini', 'Events', '2021-10-04', 480, 'Y', 6],
  ['PH11', 'Harriet Cole', 'Newborn', '2022-04-19', 390, 'N', 5],
  ['PH12', 'Ravi Kapoor', 'Events', '2023-01-23', 450, 'N', 4],
  ['PH13', 'Nina Petrova', 'Portraits', '2023-09-11', 350, 'N', 3],
  ['PH14', 'Gareth Pryce', 'Commercial', '2024-06-03', 550, 'Y', 2],
];
// shoot_type, weight, specialities that take it, hours, base fee, hourly fee
const SHOOT_TYPES = [
  ['Portrait', 24, ['Portraits', 'Family'], [1, 1.5, 2], 60, 55],
  ['Headshot', 16, ['Portraits', 'Commercial'], [0.5, 1], 45, 70],
  ['Family', 16, ['Family', 'Portraits'], [1, 1.5, 2], 80, 50],
  ['Newborn', 12, ['Newborn', 'Family'], [2, 2.5, 3], 120, 45],
  ['Product', 12, ['Commercial'], [2, 3, 4, 6], 100, 85],
  ['Event', 10, ['Events', 'Weddings'], [3, 4, 5], 150, 75],
  ['Wedding', 6, ['Weddings'], [6, 8, 10], 400, 90],
  ['Pet', 4, ['Family', 'Portraits', 'Newborn'], [1, 1.5], 50, 50],
];
const LOCATIONS = { Product: [['Studio A', 50], ['Studio B', 40], ['On Location', 10]],
  Event: [['On Location', 1]], Wedding: [['On Location', 1]] };
const DEFAULT_LOCATIONS = [['Studio A', 45], ['Studio B', 35], ['On Location', 20]];
const TOWNS = [['Leeds', 34], ['Harrogate', 12], ['York', 10], ['Wakefield', 9],
  ['Bradford', 11], ['Otley', 5], ['Ilkley', 6], ['Huddersfield', 8], ['Wetherby', 5]];
const SOURCES = [['Instagram', 30], ['Google', 28], ['Word of Mouth', 25], ['Wedding Fair', 7],
  ['Facebook', 10]];
const STATUSES = [['Delivered', 85], ['Cancelled', 8], ['Rescheduled', 7]];
const EXPORT_DAY = day('2025-06-30');

function makeClients(random) {
  return Array.from({ length: 1340 }, (_, i) => {
    const business = random.chance(0.18);
    return [
      `C${40001 + i * 2}`, business ? 'Business' : 'Individual', random.weighted(TOWNS),
      isoDate(addDays(day('2016-01-04'), random.int(0, 3400))),
      random.chance(0.55) ? 'true' : 'false',
      random.chance(0.22) ? null : random.weighted(SOURCES),
    ];
  });
}

function makeShoot(random, i, clients) {
  const date = addDays(day('2023-09-01'), random.int(0, 668)); // 2023-09-01 .. 2025-06-30
  const type = random.weighted(SHOOT_TYPES.map((t) => [t, t[1]]));
  const able = PHOTOGRAPHERS.filter((p) => day(p[3]) <= date && type[2].includes(p[2]));
  const photographer = random.weighted(able.map((p) => [p, p[6]]));
  const business = ['Product', 'Headshot', 'Event'].includes(type[0]) && random.chance(0.8);
  const pool = clients.filter((c) => (c[1] === 'Business') === business && day(c[3]) <= date);
  const client = pool[random.skewedIndex(pool.length, 1.7)];
  const hours = random.pick(type[3]);
  const start = addMinutes(date, random.int(16, 36) * 30);
  const room = random.weighted(LOCATIONS[type[0]] ?? DEFAULT_LOCATIONS);
  const deliverBy = addDays(date, random.int(3, 35));
  // Shoots whose images would be delivered after the export day are still being edited.
  const drawn = random.weighted(STATUSES);
  const status = drawn === 'Delivered' && deliverBy > EXPORT_DAY ? 'Editing' : drawn;
  const fee = (type[4] + type[5] * hours + (room === 'On Location' ? 40 : 0)).toFixed(2);
  const delivered = status === 'Delivered';
  const images = delivered ? Math.round(hours * random.around(28, 10, 8, 60)) : null;
  const deliveredOn = delivered ? isoDate(deliverBy) : null;
  return [
    `PS-${30001 + i}`, isoDate(date), isoTimestamp(start, 'T'), photographer[0], client[0],
    type[0], room, hours, fee, status, images, deliveredOn,
    delivered ? (random.chance(0.34) ? 'yes' : 'no') : 'no',
    random.chance(0.83) ? 'TRUE' : 'FALSE',
  ];
}

/** Writes photo_shoots.csv, photographers.csv and clients.csv into `folder`; returns the tables. */
export function generate(folder) {
  const random = createRandom(20280203);
  const clients = makeClients(random);
  const shoots = Array.from({ length: 4460 }, (_, i) => makeShoot(random, i, clients));
  writeCsv(join(folder, 'photographers.csv'),
    ['photographer_id', 'name', 'speciality', 'Joined', 'Day Rate (GBP)', 'Owns Drone'],
    PHOTOGRAPHERS.map((row) => row.slice(0, 6)));
  writeCsv(join(folder, 'clients.csv'),
    ['Client No', 'client_type', 'town', 'First Booking', 'marketingOptIn', 'referral_source'],
    clients);
  writeCsv(join(folder, 'photo_shoots.csv'),
    ['shoot_ref', 'Shoot Date', 'start_time', 'Photographer Ref', 'clientId', 'shoot_type',
      'Location', 'Hours Booked', 'Fee (GBP)', 'status', 'images_delivered', 'Delivered On',
      'Prints Ordered', 'depositPaid'], shoots);
  return ['photo_shoots', 'photographers', 'clients'];
}
