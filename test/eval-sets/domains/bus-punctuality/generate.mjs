// A city bus network's punctuality log (the fact table: one row per timed departure observed at
// a timing point) with its routes and its stops as lookups. The tracking export calls the route
// `Route No` and the stop `stopCode`, while the network plan says `route_id` and the stop register
// `Stop ID`: three systems, three spellings of the same keys. Night routes run past midnight, so
// a departure's `Service Date` (the operating day) can be the day before its scheduled timestamp.
// A cancelled departure has no actual time, no delay and no passenger count.
import { join } from 'node:path';
import { createRandom } from '../../lib/prng.mjs';
import {
  addDays, addMinutes, day, isoDate, isoTimestamp, writeCsv,
} from '../../lib/csv-writer.mjs';

// route_id, name, operator, length (km), peak frequency (min), night service, depot, launched,
// the localities it runs through
const ROUTES = [
  ['1', 'Temple Quay - Southmead Hospital', 'CityLink Buses', 11.4, 8, 'No', 'Lawrence Hill',
    '2009-04-05', ['City Centre', 'Kingsdown', 'Southmead']],
  ['2', 'Harbourside - Brislington', 'CityLink Buses', 9.2, 10, 'No', 'Hengrove', '2011-09-04',
    ['Harbourside', 'City Centre', 'Brislington']],
  ['3', 'Easton Circular', 'CityLink Buses', 7.8, 12, 'No', 'Lawrence Hill', '2014-01-12',
    ['City Centre', 'Easton', 'Redfield']],
  ['5', 'City Centre - Hillfields', 'Avonline', 8.6, 15, 'No', 'Filton', '2008-06-01',
    ['City Centre', 'Easton', 'Hillfields']],
  ['7', 'Westbury - Redfield', 'CityLink Buses', 10.1, 10, 'No', 'Lawrence Hill', '2012-03-18',
    ['Westbury', 'Kingsdown', 'City Centre', 'Redfield']],
  ['9', 'Harbourside - Westbury', 'Severn Coaches', 8.9, 20, 'No', 'Filton', '2016-10-02',
    ['Harbourside', 'City Centre', 'Westbury']],
  ['10', 'Southmead - Brislington Crosstown', 'Avonline', 14.7, 15, 'No', 'Hengrove',
    '2010-02-07', ['Southmead', 'Hillfields', 'Easton', 'Brislington']],
  ['12', 'City Centre - Kingsdown Hopper', 'CityLink Buses', 4.3, 7, 'No', 'Lawrence Hill',
    '2019-05-12', ['City Centre', 'Kingsdown']],
  ['14', 'Redfield - Harbourside', 'Severn Coaches', 6.9, 20, 'No', 'Hengrove', '2017-08-27',
    ['Redfield', 'City Centre', 'Harbourside']],
  ['20', 'Hillfields - Westbury Orbital', 'Avonline', 16.2, 30, 'No', 'Filton', '2013-11-03',
    ['Hillfields', 'Southmead', 'Westbury']],
  ['22', 'Brislington - City Centre', 'Severn Coaches', 6.1, 12, 'No', 'Hengrove', '2018-04-08',
    ['Brislington', 'City Centre']],
  ['36', 'Easton - Southmead', 'Avonline', 9.7, 30, 'No', 'Filton', '2021-09-05',
    ['Easton', 'Kingsdown', 'Southmead']],
  ['X1', 'Airport Express', 'Severn Coaches', 19.8, 20, 'No', 'Hengrove', '2015-07-01',
    ['City Centre', 'Brislington', 'Airport']],
  ['X4', 'Westbury - Airport Express', 'Severn Coaches', 22.5, 30, 'No', 'Filton', '2023-03-26',
    ['Westbury', 'Harbourside', 'Airport']],
  ['N1', 'Night Bus: City Centre - Southmead', 'CityLink Buses', 11.9, 30, 'Yes', 'Lawrence Hill',
    '2020-10-04', ['City Centre', 'Kingsdown', 'Southmead']],
  ['N7', 'Night Bus: City Centre - Redfield', 'CityLink Buses', 8.4, 40, 'Yes', 'Lawrence Hill',
    '2022-06-19', ['City Centre', 'Easton', 'Redfield']],
];
// How often a route is observed: the frequent ones more.
const ROUTE_WEIGHT = { 1: 15, 2: 11, 3: 9, 5: 7, 7: 11, 9: 5, 10: 7, 12: 13, 14: 5, 20: 3, 22: 8,
  36: 3, X1: 6, X4: 3, N1: 2, N7: 2 };
// locality, fare zone, stops, the landmarks its stops may be named after
const LOCALITIES = [
  ['City Centre', 1, 22, ['Temple Quay', 'Old Market', 'Broad Quay', 'Corn Street', 'Castle Park',
    'Bus Station', 'St James Barton', 'Haymarket', 'Council House', 'Cathedral']],
  ['Harbourside', 1, 11, ['Aquarium', 'Wapping Wharf', 'Ferry Landing', 'Princes Wharf',
    'Arnolfini', 'SS Great Britain']],
  ['Kingsdown', 1, 12, ['Royal Infirmary', 'Cotham Hill', 'Kingsdown Parade', 'St Michaels Hill',
    'University Precinct']],
  ['Easton', 2, 14, ['Community Hub', 'Leisure Centre', 'Railway Bridge']],
  ['Redfield', 2, 13, ['Library', 'Fire Station', 'Health Centre']],
  ['Westbury', 2, 14, ['Tennis Club', 'High School', 'Police Station']],
  ['Hillfields', 3, 12, ['Retail Park', 'Sports Ground']],
  ['Southmead', 3, 13, ['Hospital Main Entrance', 'Cemetery']],
  ['Brislington', 3, 12, ['Park and Ride', 'Trading Estate']],
  ['Airport', 4, 5, ['Airport Terminal', 'Airport Long Stay']]];
const STREETS = ['Albert', 'Ashley', 'Beaufort', 'Berkeley', 'Brook', 'Chester', 'Church',
  'Claremont', 'Coronation', 'Dean', 'Eastfield', 'Elm', 'Fairfield', 'Fishponds', 'Gloucester',
  'Grove', 'Hampton', 'Henleaze', 'Highbury', 'Kings', 'Lodge', 'Mill', 'Newfoundland', 'Oakfield',
  'Park', 'Queens', 'Redland', 'Sandy', 'Stapleton', 'Station', 'Victoria', 'Whiteladies'];
const STREET_TYPES = ['Road', 'Street', 'Lane', 'Avenue', 'Hill', 'Crescent'];
const WEATHER_BY_MONTH = (month) => {
  if (month === 11 || month <= 1) {
    return [['Dry', 44], ['Rain', 38], ['Fog', 8], ['Snow', 6], ['Wind', 4]];
  }
  if (month <= 4 || month >= 9) return [['Dry', 56], ['Rain', 32], ['Fog', 6], ['Wind', 6]];
  return [['Dry', 78], ['Rain', 18], ['Wind', 4]];
};
const FLEET = { 'Lawrence Hill': [3101, 3158], Hengrove: [4201, 4246], Filton: [5301, 5333] };
const DAY_HOURS = [[5, 2], [6, 5], [7, 10], [8, 11], [9, 7], [10, 6], [11, 6], [12, 6], [13, 6],
  [14, 6], [15, 7], [16, 9], [17, 10], [18, 7], [19, 5], [20, 4], [21, 3], [22, 2], [23, 1]];
const NIGHT_HOURS = [[23, 5], [0, 6], [1, 5], [2, 4], [3, 3], [4, 2]];
const PEAK = new Set([7, 8, 16, 17]);

function makeStops(random) {
  const names = new Set();
  const stops = [];
  for (const [locality, zone, count, landmarks] of LOCALITIES) {
    const unused = landmarks.slice();
    for (let k = 0; k < count; k += 1) {
      let name;
      if (unused.length > 0 && (locality === 'Airport' || random.chance(0.5))) {
        name = unused.shift();
      } else {
        do name = `${random.pick(STREETS)} ${random.pick(STREET_TYPES)}`; while (names.has(name));
      }
      names.add(name);
      const cleaned = random.chance(0.12) ? null
        : isoDate(addDays(day('2025-03-01'), random.int(0, 180)));
      stops.push([`ST${1000 + stops.length * 7 + random.int(0, 6)}`, name, locality, zone,
        random.chance(locality === 'City Centre' ? 0.9 : 0.55) ? 'Yes' : 'No',
        random.chance(zone === 1 ? 0.8 : 0.35) ? 'TRUE' : 'FALSE', cleaned]);
    }
  }
  return stops;
}

/** Each route serves 8 to 14 stops drawn from the localities it runs through. */
function routeStops(random, route, stops) {
  const pool = stops.filter((stop) => route[8].includes(stop[2]));
  const wanted = Math.min(pool.length, random.int(8, 14));
  const chosen = [];
  while (chosen.length < wanted) {
    const stop = random.pick(pool);
    if (!chosen.includes(stop)) chosen.push(stop);
  }
  return chosen;
}

function pickServiceDate(random) {
  for (;;) {
    const date = addDays(day('2024-09-02'), random.int(0, 363)); // 2024-09-02 .. 2025-08-31
    const weekday = date.getUTCDay();
    if (weekday === 0 && random.chance(0.45)) continue;
    if (weekday === 6 && random.chance(0.2)) continue;
    return date;
  }
}

function delaySeconds(random, hour, weather, incident) {
  if (random.chance(0.08)) return -6 * random.int(2, 30); // left early: 0.2 to 3 minutes
  let minutes = random.around(1.6, 2.4, 0, 6);
  if (PEAK.has(hour)) minutes += random.int(0, 4);
  if (weather === 'Rain') minutes += random.around(1, 1, 0, 3);
  if (weather === 'Snow') minutes += random.around(6, 4, 1, 14);
  if (weather === 'Fog') minutes += random.around(2, 1.5, 0, 5);
  if (incident) minutes += random.around(16, 10, 8, 42);
  return 6 * Math.round((minutes * 60) / 6);
}

function passengers(random, hour, zone, route) {
  let mean = PEAK.has(hour) ? 14 : 7;
  if (zone === 1) mean += 5;
  if (route[0].startsWith('X')) mean += 3;
  if (route[5] === 'Yes') mean = 5;
  return Math.round(random.around(mean, mean * 0.9, 0, 48));
}

function makeDeparture(random, routes) {
  const route = random.weighted(routes.map((r) => [r, ROUTE_WEIGHT[r.route[0]]]));
  const night = route.route[5] === 'Yes';
  const serviceDate = pickServiceDate(random);
  const hour = random.weighted(night ? NIGHT_HOURS : DAY_HOURS);
  const minute = random.int(0, 11) * 5 + (route.route[0].length % 2);
  const calendarDay = night && hour < 5 ? addDays(serviceDate, 1) : serviceDate;
  const scheduled = addMinutes(calendarDay, hour * 60 + minute);
  const stop = random.pick(route.stops);
  const month = serviceDate.getUTCMonth();
  const weather = random.chance(0.04) ? null : random.weighted(WEATHER_BY_MONTH(month));
  const cancelled = random.chance(weather === 'Snow' ? 0.12 : 0.026);
  const incident = !cancelled && random.chance(0.05);
  const [low, high] = FLEET[route.route[6]];
  const direction = random.chance(0.5) ? 'Inbound' : 'Outbound';
  if (cancelled) {
    return [scheduled, serviceDate, route.route[0], direction, stop[0], null, null,
      random.int(low, high), null, 'Y', 'false', weather,
      random.weighted([['Driver Shortage', 45], ['Breakdown', 25], ['Traffic', 10],
        ['Diversion', 10], ['Severe Weather', weather === 'Snow' ? 60 : 2]])];
  }
  const seconds = delaySeconds(random, hour, weather, incident);
  const actual = new Date(scheduled.getTime() + seconds * 1000);
  const cause = incident || seconds > 600
    ? random.weighted([['Traffic', 44], ['Roadworks', 24], ['Passenger Incident', 12],
      ['Breakdown', 6], ['Diversion', 8], ['Severe Weather', weather === 'Snow' ? 40 : 1]])
    : (seconds > 300 && random.chance(0.25) ? 'Traffic' : null);
  return [scheduled, serviceDate, route.route[0], direction, stop[0], actual,
    (seconds / 60).toFixed(1), random.int(low, high),
    passengers(random, hour, stop[3], route.route),
    'N', random.chance(0.085) ? 'true' : 'false', weather, cause];
}

/** Writes stop_departures.csv, routes.csv and stops.csv into `folder`; returns the tables. */
export function generate(folder) {
  const random = createRandom(20270421);
  const stops = makeStops(random);
  const routes = ROUTES.map((route) => ({ route, stops: routeStops(random, route, stops) }));
  const departures = Array.from({ length: 4580 }, () => makeDeparture(random, routes))
    .sort((a, b) => a[0].getTime() - b[0].getTime() || a[2].localeCompare(b[2]));
  const rows = departures.map(([scheduled, serviceDate, ...rest], i) => {
    const [routeNo, direction, stopCode, actual, ...tail] = rest;
    return [`D${String(250001 + i)}`, isoDate(serviceDate), routeNo, direction, stopCode,
      isoTimestamp(scheduled), actual === null ? null : isoTimestamp(actual, 'T'), ...tail];
  });
  writeCsv(join(folder, 'routes.csv'),
    ['route_id', 'Route Name', 'operator', 'Route Length (km)', 'Peak Frequency (min)',
      'Night Service', 'depot', 'launched_on'], ROUTES.map((route) => route.slice(0, 8)));
  writeCsv(join(folder, 'stops.csv'),
    ['Stop ID', 'stop_name', 'locality', 'Fare Zone', 'Has Shelter', 'realTimeDisplay',
      'Last Cleaned'], stops);
  writeCsv(join(folder, 'stop_departures.csv'),
    ['departure_id', 'Service Date', 'Route No', 'Direction', 'stopCode', 'Scheduled Departure',
      'actual_departure', 'Delay (min)', 'fleetNumber', 'Passengers Boarded', 'Cancelled',
      'ramp_deployed', 'Weather', 'Disruption Cause'], rows);
  return ['stop_departures', 'routes', 'stops'];
}
