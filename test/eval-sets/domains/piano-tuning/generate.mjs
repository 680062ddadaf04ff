// A piano tuning service's job sheet (the fact table) with the pianos it looks after and its
// tuners as lookups. The scheduling app exports the piano as `Piano ID` and the tuner as
// `tunerId`, while the piano register says `piano_id` and the staff list `Tuner No`: each key
// spelled two ways. A cancelled visit has no charge, no duration, no readings and no
// payment status; a visit where nobody let the tuner in is charged a flat 25 GBP.
import { join } from 'node:path';
import { createRandom } from '../../lib/prng.mjs';
import {
  addDays, addMinutes, day, isoDate, isoTimestamp, writeCsv,
} from '../../lib/csv-writer.mjs';

// Tuner No, full_name, base_town, Start Date, Hourly Rate (GBP), PTA Member, specialism, workload
const TUNERS = [
  ['TN-01', 'Margaret Oyelaran', 'Leeds', '2009-03-02', 48.0, 'Yes', 'Concert Grands', 10],
  ['TN-02', 'Declan Rourke', 'York', '2012-09-17', 42.5, 'Yes', 'Uprights', 9],
  ['TN-03', 'Priya Natarajan', 'Harrogate', '2015-01-12', 45.0, 'Yes', 'Restoration', 7],
  ['TN-04', 'Tomasz Wrobel', 'Bradford', '2016-06-06', 38.0, 'No', 'Uprights', 9],
  ['TN-05', 'Eleanor Fitch', 'Leeds', '2011-04-25', 46.0, 'Yes', 'Grands', 8],
  ['TN-06', 'Gareth Lloyd', 'Wakefield', '2018-02-19', 36.5, 'No', 'Uprights', 8],
  ['TN-07', 'Hannah Brierley', 'Huddersfield', '2017-10-02', 40.0, 'Yes', 'Regulation', 7],
  ['TN-08', 'Samuel Achterberg', 'Ilkley', '2008-08-11', 50.0, 'Yes', 'Concert Grands', 5],
  ['TN-09', 'Fiona McBride', 'York', '2019-05-13', 37.0, 'No', 'Uprights', 7],
  ['TN-10', 'Rafael Souza', 'Halifax', '2020-01-06', 35.0, 'No', 'Repairs', 6],
  ['TN-11', 'Bethany Cole', 'Harrogate', '2013-11-04', 44.0, 'Yes', 'Grands', 6],
  ['TN-12', 'Joseph Ainsworth', 'Otley', '2006-02-27', 47.5, 'Yes', 'Restoration', 4],
  ['TN-13', 'Mei Lin Tan', 'Leeds', '2021-09-01', 34.0, 'No', 'Uprights', 7],
  ['TN-14', 'Oliver Haigh', 'Ripon', '2014-03-31', 41.0, 'Yes', 'Regulation', 5],
  ['TN-15', 'Aisha Rahman', 'Bradford', '2022-04-04', 33.5, 'No', 'Repairs', 6],
  ['TN-16', 'Callum Pryce', 'Wakefield', '2024-02-05', 32.0, 'No', 'Uprights', 6],
  ['TN-17', 'Ingrid Solberg', 'York', '2024-07-01', 39.0, 'Yes', 'Grands', 5],
];
const TOWNS = [['Leeds', 28], ['York', 14], ['Harrogate', 10], ['Bradford', 12], ['Wakefield', 8],
  ['Huddersfield', 8], ['Halifax', 6], ['Ilkley', 4], ['Otley', 3], ['Ripon', 4], ['Skipton', 3]];
const MAKES = [['Yamaha', 22], ['Kawai', 12], ['Steinway', 5], ['Bechstein', 5], ['Broadwood', 6],
  ['Chappell', 8], ['Challen', 7], ['Knight', 8], ['Kemble', 9], ['Welmar', 6], ['Petrof', 5],
  ['Boston', 3]];
const OWNER_TYPES = [['Home', 70], ['School', 10], ['Church', 7], ['Care Home', 4], ['Hotel', 3],
  ['Concert Venue', 3], ['Music Teacher', 3]];
// service, weight, mean minutes, spread, base charge (GBP)
const SERVICES = [
  ['Standard Tune', 62, 60, 15, 75], ['Pitch Raise', 12, 100, 20, 110],
  ['Regulation', 7, 180, 40, 240], ['Repair', 9, 90, 40, 60], ['Voicing', 4, 120, 30, 150],
  ['Concert Prep', 6, 90, 20, 140],
];
const RATINGS = [[5, 55], [4, 28], [3, 10], [2, 4], [1, 3]];
const STATUSES = [['Completed', 92], ['Cancelled', 5], ['No Access', 3]];

function pianoType(random, ownerType) {
  if (ownerType === 'Concert Venue') return random.weighted([['Concert Grand', 60], ['Grand', 40]]);
  if (ownerType === 'Hotel' || ownerType === 'Music Teacher') {
    return random.weighted([['Baby Grand', 50], ['Grand', 30], ['Upright', 20]]);
  }
  return random.weighted([['Upright', 76], ['Baby Grand', 16], ['Grand', 8]]);
}

function makePianos(random) {
  return Array.from({ length: 1260 }, (_, i) => {
    const owner = random.weighted(OWNER_TYPES);
    const restored = random.chance(0.14)
      ? isoDate(addDays(day('2000-01-01'), random.int(0, 8900))) : null;
    return [
      `PN-${String(i + 1).padStart(4, '0')}`, random.weighted(MAKES), pianoType(random, owner),
      random.chance(0.1) ? null : random.int(1895, 2023), owner, random.weighted(TOWNS),
      random.chance(0.31) ? 'Yes' : 'No', restored,
    ];
  });
}

function pickTuner(random, visit, town) {
  const working = TUNERS.filter((t) => day(t[3]) <= visit);
  const local = working.filter((t) => t[2] === town);
  const pool = local.length && random.chance(0.6) ? local : working;
  return random.weighted(pool.map((t) => [t, t[7]]));
}

/** A cancelled visit owes nothing, so it is neither paid nor unpaid. */
const paid = (random, status) => {
  if (status === 'Cancelled') return null;
  return random.chance(0.93) ? 'Y' : 'N';
};

function makeJob(random, i, pianos) {
  const visit = addDays(day('2023-07-01'), random.int(0, 730)); // 2023-07-01 .. 2025-06-30
  // A few pianos (a school's practice rooms, a busy hall) are booked again and again.
  const piano = pianos[random.skewedIndex(pianos.length, 1.5)];
  const tuner = pickTuner(random, visit, piano[5]);
  let service = random.weighted(SERVICES.map((s) => [s, s[1]]));
  if (service[0] === 'Concert Prep' && piano[2] === 'Upright') [service] = SERVICES;
  const old = piano[3] !== null && piano[3] < 1930;
  if (service[0] === 'Standard Tune' && old && random.chance(0.3)) {
    [, service] = SERVICES; // old pianos drift far flat: a pitch raise
  }
  const status = random.weighted(STATUSES);
  const done = status === 'Completed';
  const miles = Number(random.around(12, 14, 0.8, 46).toFixed(1));
  const minutes = done ? Math.round(random.around(service[2], service[3], 30, 320)) : null;
  const strings = done && service[0] === 'Repair' ? random.weighted([[0, 30], [1, 35], [2, 20],
    [3, 10], [4, 5]]) : done && random.chance(0.03) ? 1 : 0;
  const travel = Math.max(0, miles - 10) * 0.45;
  let charge = null;
  if (done) {
    const parts = service[0] === 'Repair' ? random.int(0, 90) : 0;
    charge = (service[4] + travel + strings * 12 + parts).toFixed(2);
  }
  else if (status === 'No Access') charge = '25.00';
  const offset = service[0] === 'Pitch Raise' ? random.around(-38, 24, -85, -18)
    : random.around(-7, 12, -30, 6);
  const bookedAt = addMinutes(addDays(visit, -random.int(1, 60)), random.int(8 * 60, 20 * 60));
  return [
    `PT-${20000 + i}`, isoTimestamp(bookedAt), isoDate(visit), piano[0], tuner[0], service[0],
    status, charge, miles, minutes, done ? offset.toFixed(1) : null,
    done && !random.chance(0.12) ? random.int(34, 71) : null, done ? strings : null,
    done && random.chance(0.16) ? 'true' : 'false',
    paid(random, status),
    done && random.chance(0.64) ? random.weighted(RATINGS) : null,
  ];
}

/** Writes tuning_jobs.csv, pianos.csv and tuners.csv into `folder`; returns the tables. */
export function generate(folder) {
  const random = createRandom(20261311);
  const pianos = makePianos(random);
  const jobs = Array.from({ length: 4480 }, (_, i) => makeJob(random, i, pianos));
  writeCsv(join(folder, 'pianos.csv'),
    ['piano_id', 'make', 'Piano Type', 'year_built', 'owner_type', 'town', 'Service Plan',
      'last_restored'], pianos);
  writeCsv(join(folder, 'tuners.csv'),
    ['Tuner No', 'full_name', 'base_town', 'Start Date', 'Hourly Rate (GBP)', 'PTA Member',
      'specialism'], TUNERS.map((row) => row.slice(0, 7)));
  writeCsv(join(folder, 'tuning_jobs.csv'),
    ['job_ref', 'Booked At', 'visit_date', 'Piano ID', 'tunerId', 'service_type', 'status',
      'Charge (GBP)', 'travel_miles', 'Duration (min)', 'Pitch Before (cents)', 'Humidity (%)',
      'strings_replaced', 'followUpNeeded', 'Paid', 'customer_rating'], jobs);
  return ['tuning_jobs', 'pianos', 'tuners'];
}
