// A ferry operator's bookings (the fact table) with its sailings and its routes as lookups. The
// booking system calls the sailing `Sailing Ref`, the timetable says `sailing_id` and names the
// route `RouteCode`, while the route list says `route_id`. Foot passengers book no vehicle;
// a booking that never turned up at the port has no check-in time.
import { join } from 'node:path';
import { createRandom } from '../../lib/prng.mjs';
import { addDays, addMinutes, day, isoDate, isoTimestamp, writeCsv } from '../../lib/csv-writer.mjs';

// route_id, Route Name, departure_port, arrival_port, Distance (nm), Crossing Time (min),
// isSeasonal, base adult fare, car fare, daily sailings
const ROUTES = [
  ['R-HOL-DUB', 'Holyhead - Dublin', 'Holyhead', 'Dublin', 60, 195, 'false', 42, 120, 3],
  ['R-FIS-ROS', 'Fishguard - Rosslare', 'Fishguard', 'Rosslare', 54, 210, 'false', 38, 110, 2],
  ['R-CAI-BEL', 'Cairnryan - Belfast', 'Cairnryan', 'Belfast', 38, 135, 'false', 35, 95, 3],
  ['R-POR-CHE', 'Portsmouth - Cherbourg', 'Portsmouth', 'Cherbourg', 82, 180, 'false', 55, 160, 2],
  ['R-PLY-ROS', 'Plymouth - Roscoff', 'Plymouth', 'Roscoff', 100, 360, 'true', 65, 180, 1],
  ['R-OBA-MUL', 'Oban - Craignure', 'Oban', 'Craignure', 6, 45, 'false', 9, 30, 5],
  ['R-ULL-STO', 'Ullapool - Stornoway', 'Ullapool', 'Stornoway', 45, 165, 'false', 12, 60, 2],
  ['R-PEN-SCI', 'Penzance - St Mary\'s', 'Penzance', 'St Mary\'s', 37, 165, 'true', 48, 0, 1],
];
const VESSELS = {
  'R-HOL-DUB': ['Ulysses', 'Isle of Inishmore'], 'R-FIS-ROS': ['Stena Europe'],
  'R-CAI-BEL': ['Stena Superfast VII', 'Stena Superfast VIII'], 'R-POR-CHE': ['Normandie'],
  'R-PLY-ROS': ['Armorique'], 'R-OBA-MUL': ['Isle of Mull', 'Loch Frisa'],
  'R-ULL-STO': ['Loch Seaforth'], 'R-PEN-SCI': ['Scillonian III'],
};
const VEHICLES = [[null, 46], ['Car', 34], ['Van', 6], ['Motorcycle', 4], ['Bicycle', 5],
  ['Campervan', 5]];
const VEHICLE_FARE = { Car: 1, Van: 1.4, Motorcycle: 0.45, Bicycle: 0.1, Campervan: 1.6 };
const CHANNELS = [['Website', 52], ['App', 24], ['Phone', 10], ['Port Office', 8],
  ['Travel Agent', 6]];

function makeSailings(random) {
  const sailings = [];
  let n = 0;
  // One sailing a day for a route is sampled; the timetable export holds 700-ish rows.
  for (let d = day('2024-03-01'); d <= day('2025-09-30'); d = addDays(d, 1)) {
    for (const route of ROUTES) {
      const month = d.getUTCMonth() + 1;
      if (route[6] === 'true' && (month < 4 || month > 10)) continue;
      if (!random.chance(0.085 * route[9])) continue;
      const departs = addMinutes(d, random.pick([6 * 60 + 30, 9 * 60, 11 * 60 + 45, 14 * 60 + 30,
        17 * 60 + 15, 20 * 60 + 30]));
      const cancelled = random.chance(0.04);
      const future = d > day('2025-07-31');
      const delay = cancelled || future ? null : random.weighted([[0, 55], [5, 12], [10, 10],
        [15, 8], [25, 6], [40, 5], [75, 3], [120, 1]]);
      n += 1;
      sailings.push([
        `SL${String(30000 + n * 3)}`, route[0], random.pick(VESSELS[route[0]]),
        isoTimestamp(departs), isoTimestamp(addMinutes(departs, route[5])),
        route[0] === 'R-OBA-MUL' ? 300 : random.pick([900, 1200, 1500]),
        route[8] === 0 ? 0 : random.pick([60, 120, 180, 250]), cancelled ? 'Y' : 'N', delay,
      ]);
    }
  }
  return sailings;
}

function makeBooking(random, i, sailings) {
  const sailing = random.pick(sailings);
  const route = ROUTES.find((r) => r[0] === sailing[1]);
  const departs = new Date(`${sailing[3].replace(' ', 'T')}Z`);
  const lead = random.weighted([[0, 5], [random.int(1, 7), 25], [random.int(8, 30), 35],
    [random.int(31, 120), 35]]);
  const bookedAt = addMinutes(addDays(departs, -lead), -random.int(60, 900));
  const vehicle = route[8] === 0 ? null : random.weighted(VEHICLES);
  const adults = random.weighted([[1, 40], [2, 40], [3, 8], [4, 8], [5, 3], [6, 1]]);
  const children = adults >= 2 ? random.weighted([[0, 60], [1, 18], [2, 16], [3, 6]]) : 0;
  const cabin = route[5] >= 180 && random.chance(0.3);
  const fare = adults * route[7] + children * route[7] * 0.5
    + (vehicle ? VEHICLE_FARE[vehicle] * route[8] : 0) + (cabin ? 45 : 0);
  const status = random.weighted([['Confirmed', 86], ['Cancelled', 9], ['Amended', 5]]);
  const sailed = sailing[8] !== null && status !== 'Cancelled';
  const checkedIn = sailed && random.chance(0.94)
    ? isoTimestamp(addMinutes(departs, -random.int(20, 110)), 'T') : null;
  return [
    `BK-${String(800000 + i * 11)}`, sailing[0], isoTimestamp(bookedAt, 'T'), adults, children,
    vehicle, vehicle === 'Car' || vehicle === 'Van' || vehicle === 'Campervan'
      ? random.around(4.6, 0.8, 3.6, 7.5).toFixed(1) : null,
    (fare * random.around(1, 0.15, 0.8, 1.25)).toFixed(2), cabin ? 'yes' : 'no',
    random.weighted(CHANNELS), status, random.chance(0.38) ? 'TRUE' : 'FALSE', checkedIn,
    random.chance(0.18) ? 'Y' : 'N',
  ];
}

/** Writes bookings.csv, sailings.csv and routes.csv into `folder`; returns the tables. */
export function generate(folder) {
  const random = createRandom(20261717);
  const sailings = makeSailings(random);
  const bookings = Array.from({ length: 4780 }, (_, i) => makeBooking(random, i, sailings));
  writeCsv(join(folder, 'routes.csv'),
    ['route_id', 'Route Name', 'departure_port', 'arrival_port', 'Distance (nm)',
      'Crossing Time (min)', 'isSeasonal'], ROUTES.map((row) => row.slice(0, 7)));
  writeCsv(join(folder, 'sailings.csv'),
    ['sailing_id', 'RouteCode', 'vessel', 'Scheduled Departure', 'scheduled_arrival',
      'Passenger Capacity', 'Vehicle Spaces', 'Cancelled', 'Delay (mins)'], sailings);
  writeCsv(join(folder, 'bookings.csv'),
    ['booking_ref', 'Sailing Ref', 'Booked At', 'adults', 'children', 'vehicleType',
      'Vehicle Length (m)', 'Fare (EUR)', 'Cabin', 'booking_channel', 'Status', 'isReturn',
      'Checked In At', 'Loyalty Member'], bookings);
  return ['bookings', 'sailings', 'routes'];
}
