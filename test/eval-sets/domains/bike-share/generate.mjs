// A bike-share scheme's 2025 season: the trip log (fact table: `start_station_id`,
// `end_station_id`, `bike_id`) with the station list (`station_id`) and the fleet list
// (`bike_id`) as lookups. Timestamps are ISO with a `T`; helmets are logged as Y/N.
import { join } from 'node:path';
import { createRandom } from '../../lib/prng.mjs';
import { addDays, addMinutes, day, isoDate, isoTimestamp, writeCsv } from '../../lib/csv-writer.mjs';

const STATION_NAMES = [
  ['Harbour Square', 'Waterfront'], ['Ferry Terminal', 'Waterfront'], ['Pier 4', 'Waterfront'],
  ['Lighthouse Walk', 'Waterfront'], ['Central Station', 'Downtown'], ['City Hall', 'Downtown'],
  ['Market Street', 'Downtown'], ['Opera House', 'Downtown'], ['Union Plaza', 'Downtown'],
  ['Courthouse', 'Downtown'], ['University Library', 'University'],
  ['Science Park', 'University'], ['Student Union', 'University'], ['Botanic Gardens', 'University'],
  ['Old Mill Bridge', 'Eastside'], ['Brewery Yard', 'Eastside'], ['Eastside Pool', 'Eastside'],
  ['Foundry Lane', 'Eastside'], ['Canal Basin', 'Eastside'], ['Hospital North', 'Northside'],
  ['Stadium Gate', 'Northside'], ['Northside Park', 'Northside'], ['Tram Depot', 'Northside'],
  ['Ridge Road', 'Northside'],
];
const MODELS = [['Urban 3', false], ['Urban 3', false], ['CityCruiser', false],
  ['E-Glide 500', true], ['E-Glide 700', true]];
const PAYMENTS = [['Card', 46], ['Apple Pay', 21], ['Google Pay', 11], ['Transit Pass', 22]];

function makeStations(random) {
  return STATION_NAMES.map(([name, zone], index) => [
    101 + index, name, zone, random.int(8, 30) + index, random.chance(0.6) ? 'yes' : 'no',
    isoDate(addDays(day('2016-04-01'), random.int(0, 3000))),
  ]);
}

function makeBikes(random) {
  return Array.from({ length: 260 }, (_, index) => {
    const [model, electric] = random.pick(MODELS);
    return [
      `B${String(index + 1).padStart(4, '0')}`, model, electric ? 'TRUE' : 'FALSE',
      isoDate(addDays(day('2019-03-01'), random.int(0, 2100))),
      electric ? (model === 'E-Glide 700' ? 700 : 500) : null,
    ];
  });
}

function fareFor(riderType, minutes, electric) {
  const unlockAndRide = riderType === 'member' ? Math.max(0, minutes - 45) * 0.1
    : 1 + minutes * 0.15;
  return (unlockAndRide + (electric ? minutes * 0.05 : 0)).toFixed(2);
}

function makeTrip(random, index, stations, bikes) {
  const startedAt = addMinutes(day('2025-04-01'), random.int(0, 183 * 24 * 60 - 1));
  const start = stations[random.skewedIndex(stations.length, 1.5)];
  const end = random.chance(0.08) ? start : stations[random.skewedIndex(stations.length, 1.3)];
  const bike = bikes[random.skewedIndex(bikes.length, 1.4)];
  const electric = bike[2] === 'TRUE';
  const riderType = random.chance(0.62) ? 'member' : 'casual';
  const distance = Math.round(random.around(electric ? 4.2 : 3.1, 3.5, 0.3, 18) * 100) / 100;
  const minutes = Math.round((distance * (electric ? 3.2 : 4.4) + random.int(1, 14)) * 10) / 10;
  const endedAt = addMinutes(startedAt, Math.round(minutes));
  return [
    250001 + index, bike[0], start[0], end[0], isoTimestamp(startedAt, 'T'),
    isoTimestamp(endedAt, 'T'), minutes, distance, riderType,
    random.chance(0.18) ? null : random.int(16, 74), fareFor(riderType, minutes, electric),
    random.weighted(PAYMENTS), random.chance(0.57) ? 'Y' : 'N',
  ];
}

/** Writes trips.csv, stations.csv and bikes.csv into `folder`; returns the tables it wrote. */
export function generate(folder) {
  const random = createRandom(0xb1ce);
  const stations = makeStations(random);
  const bikes = makeBikes(random);
  const trips = Array.from({ length: 4800 }, (_, index) => makeTrip(random, index, stations, bikes));
  writeCsv(join(folder, 'stations.csv'),
    ['station_id', 'station_name', 'zone', 'capacity', 'Has Kiosk', 'installed_on'], stations);
  writeCsv(join(folder, 'bikes.csv'),
    ['bike_id', 'model', 'isElectric', 'commissioned_on', 'Battery (Wh)'], bikes);
  writeCsv(join(folder, 'trips.csv'),
    ['trip_id', 'bike_id', 'start_station_id', 'end_station_id', 'started_at', 'ended_at',
      'Duration (min)', 'distance_km', 'rider_type', 'Rider Age', 'fare_usd', 'payment_method',
      'Helmet Used'], trips);
  return ['trips', 'stations', 'bikes'];
}
