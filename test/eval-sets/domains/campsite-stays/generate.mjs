// Stays on a group of campsites (the fact table) with the pitches and the sites as lookups. The
// booking system calls the pitch `Pitch Ref` and the site `siteCode`, while the pitch register says
// `pitch_id` and `site_ref` and the site list `Site ID`. Stays cancelled before arrival have no
// check-in time, no review and a cancellation time; guests who did not leave a review have none.
import { join } from 'node:path';
import { createRandom } from '../../lib/prng.mjs';
import {
  addDays, addMinutes, day, isoDate, isoTimestamp, writeCsv,
} from '../../lib/csv-writer.mjs';

// Site ID, name, region, manager, has shop, pool, opened (year), share of pitches
const SITES = [
  ['CS01', 'Bracken Hollow', 'Lake District', 'Fiona Grant', 'Y', 'false', 2009, 16],
  ['CS02', 'Gull Point', 'Cornwall', 'Dan Trewin', 'Y', 'true', 2012, 18],
  ['CS03', 'Heather Moor', 'Yorkshire Dales', 'Fiona Grant', 'N', 'false', 2015, 10],
  ['CS04', 'Pine Ridge', 'Scottish Highlands', 'Callum Reid', 'Y', 'false', 2011, 12],
  ['CS05', 'Saltmarsh Farm', 'Norfolk', 'Ruth Elliott', 'N', 'false', 2018, 8],
  ['CS06', 'Cove Meadow', 'Cornwall', 'Dan Trewin', 'Y', 'true', 2016, 14],
  ['CS07', 'Oakwood Glade', 'New Forest', 'Ruth Elliott', 'Y', 'true', 2010, 14],
  ['CS08', 'Llyn Valley', 'Snowdonia', 'Callum Reid', 'N', 'false', 2020, 8],
];
// pitch type, weight, nightly rate (GBP) range, size range (m2), max guests, electric chance
const PITCH_TYPES = [
  ['Tent', 34, [14, 22], [40, 90], 4, 0.3],
  ['Caravan', 24, [24, 34], [80, 120], 6, 1],
  ['Motorhome', 16, [26, 36], [80, 130], 5, 1],
  ['Cabin', 14, [75, 120], [25, 45], 6, 1],
  ['Glamping Pod', 12, [55, 80], [12, 20], 4, 1],
];
const CHANNELS = [['Direct', 42], ['Pitchup', 24], ['Booking.com', 20], ['Phone', 14]];

function makePitches(random) {
  const pitches = [];
  for (const site of SITES) {
    const count = site[7] * 2;
    for (let n = 1; n <= count; n += 1) {
      const [type, , rate, size, guests, electric] = random.weighted(PITCH_TYPES.map((t) => [t, t[1]]));
      pitches.push([
        `${site[0]}-P${String(n).padStart(2, '0')}`, site[0], type, random.int(size[0], size[1]),
        random.chance(electric) ? 'Yes' : 'No', type === 'Tent' ? 'FALSE' : (random.chance(0.7) ? 'TRUE' : 'FALSE'),
        (random.int(rate[0] * 2, rate[1] * 2) / 2).toFixed(2), guests,
        type === 'Cabin' || type === 'Glamping Pod' ? (random.chance(0.5) ? 'yes' : 'no') : 'yes',
      ]);
    }
  }
  return pitches;
}

/** A season weighting: more arrivals from May to September. */
function arrival(random) {
  for (;;) {
    const date = addDays(day('2024-03-01'), random.int(0, 578)); // 2024-03-01 .. 2025-09-30
    const month = date.getUTCMonth() + 1;
    const weight = month >= 6 && month <= 8 ? 1 : (month === 5 || month === 9 ? 0.6 : 0.2);
    if (random.chance(weight)) return date;
  }
}

/** Writes pitch_stays.csv, pitches.csv and sites.csv into `folder`; returns the tables. */
export function generate(folder) {
  const random = createRandom(20270121);
  const pitches = makePitches(random);
  // Some pitches (by the lake, near the shop) are booked far more often than others.
  const popularity = pitches.map((p) => [p, random.weighted([[1, 50], [2, 30], [4, 15], [7, 5]])]);
  const stays = Array.from({ length: 4480 }, (_, i) => {
    const pitch = random.weighted(popularity);
    const arrive = arrival(random);
    const nights = random.weighted([[1, 14], [2, 26], [3, 20], [4, 12], [5, 8], [7, 14], [10, 3],
      [14, 3]]);
    const leadDays = random.int(1, 150);
    const booked = addMinutes(addDays(arrive, -leadDays), random.int(7 * 60, 23 * 60));
    const adults = random.weighted([[1, 10], [2, 62], [3, 10], [4, 18]]);
    const children = Math.min(pitch[7] - adults, random.weighted([[0, 50], [1, 20], [2, 22], [3, 8]]));
    const dogs = pitch[8] === 'yes' ? random.weighted([[0, 62], [1, 30], [2, 8]]) : 0;
    const hookup = pitch[4] === 'Yes' && (pitch[2] !== 'Tent' || random.chance(0.8)) ? 'Y' : 'N';
    const status = random.weighted([['Completed', 86], ['Cancelled', 10], ['No-show', 4]]);
    const price = (nights * Number(pitch[6]) + (hookup === 'Y' && pitch[2] === 'Tent' ? 5 * nights : 0)
      + dogs * 3 * nights).toFixed(2);
    const cancelledAt = status === 'Cancelled'
      ? addMinutes(booked, random.int(60, Math.max(120, (leadDays - 1) * 1440))) : null;
    const checkedIn = status === 'Completed' ? addMinutes(arrive, random.int(13 * 60, 21 * 60)) : null;
    const review = status === 'Completed' && random.chance(0.55)
      ? random.weighted([[10, 22], [9, 28], [8, 22], [7, 12], [6, 7], [5, 4], [4, 2], [3, 2], [2, 1]])
      : null;
    return [
      `BK${String(810000 + i * 3)}`, isoTimestamp(booked, 'T'), isoDate(arrive),
      isoDate(addDays(arrive, nights)), nights, pitch[0], pitch[1], adults, children, dogs, hookup,
      price, random.weighted(CHANNELS), status, checkedIn ? isoTimestamp(checkedIn, 'T') : null,
      cancelledAt ? isoTimestamp(cancelledAt, 'T') : null, review,
    ];
  });
  writeCsv(join(folder, 'sites.csv'),
    ['Site ID', 'site_name', 'Region', 'manager', 'Has Shop', 'swimmingPool', 'opened_year'],
    SITES.map((row) => row.slice(0, 7)));
  writeCsv(join(folder, 'pitches.csv'),
    ['pitch_id', 'site_ref', 'pitch_type', 'Size (m2)', 'Electric', 'hardstanding',
      'Nightly Rate (GBP)', 'max_guests', 'Dogs Allowed'], pitches);
  writeCsv(join(folder, 'pitch_stays.csv'),
    ['booking_ref', 'Booked At', 'arrival_date', 'Departure Date', 'nights', 'Pitch Ref', 'siteCode',
      'Adults', 'children', 'Dogs', 'Electric Hook-up', 'Price (GBP)', 'booking channel', 'status',
      'checkedInAt', 'Cancelled At', 'Review Score (1-10)'], stays);
  return ['pitch_stays', 'pitches', 'sites'];
}
