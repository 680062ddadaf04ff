// A small regional airline's flown schedule (the fact table) with its fleet and the airports it
// serves as lookups. The operations export calls the aircraft `Tail Number` and the airports
// `Origin` / `Destination`, while the fleet list says `registration` and the station list
// `iata_code`; the fleet list names each aircraft's base as `Home Base`. One year of flights,
// 2024-07-01 to the export at 2025-06-30 16:30 UTC: cancelled flights never departed, and the
// flights still in the air at the export have not landed (no arrival time, no arrival delay).
import { join } from 'node:path';
import { createRandom } from '../../lib/prng.mjs';
import {
  addDays, addMinutes, day, isoDate, isoTimestamp, writeCsv,
} from '../../lib/csv-writer.mjs';

// iata_code, name, city, country, runway (m), hub, time zone, latitude, longitude
const AIRPORTS = [
  ['MAN', 'Manchester Airport', 'Manchester', 'United Kingdom', 3050, 'yes', 'Europe/London',
    53.354, -2.275],
  ['EDI', 'Edinburgh Airport', 'Edinburgh', 'United Kingdom', 2556, 'yes', 'Europe/London',
    55.95, -3.372],
  ['LHR', 'London Heathrow', 'London', 'United Kingdom', 3902, 'no', 'Europe/London',
    51.47, -0.454],
  ['BFS', 'Belfast International', 'Belfast', 'United Kingdom', 2780, 'no', 'Europe/London',
    54.657, -6.216],
  ['SOU', 'Southampton Airport', 'Southampton', 'United Kingdom', 1723, 'no', 'Europe/London',
    50.95, -1.357],
  ['JER', 'Jersey Airport', 'St Helier', 'Jersey', 1706, 'no', 'Europe/Jersey', 49.208, -2.196],
  ['DUB', 'Dublin Airport', 'Dublin', 'Ireland', 3110, 'no', 'Europe/Dublin', 53.421, -6.27],
  ['AMS', 'Amsterdam Schiphol', 'Amsterdam', 'Netherlands', 3800, 'no', 'Europe/Amsterdam',
    52.31, 4.768],
  ['CDG', 'Paris Charles de Gaulle', 'Paris', 'France', 4200, 'no', 'Europe/Paris',
    49.01, 2.548],
  ['NCE', 'Nice Côte d\'Azur', 'Nice', 'France', 2960, 'no', 'Europe/Paris', 43.658, 7.216],
  ['FRA', 'Frankfurt Airport', 'Frankfurt', 'Germany', 4000, 'no', 'Europe/Berlin',
    50.033, 8.57],
  ['MUC', 'Munich Airport', 'Munich', 'Germany', 4000, 'no', 'Europe/Berlin', 48.354, 11.786],
  ['BCN', 'Barcelona El Prat', 'Barcelona', 'Spain', 3352, 'no', 'Europe/Madrid', 41.297, 2.078],
  ['MAD', 'Madrid Barajas', 'Madrid', 'Spain', 4349, 'no', 'Europe/Madrid', 40.472, -3.561],
  ['PMI', 'Palma de Mallorca', 'Palma', 'Spain', 3270, 'no', 'Europe/Madrid', 39.552, 2.739],
  ['AGP', 'Malaga Costa del Sol', 'Malaga', 'Spain', 3200, 'no', 'Europe/Madrid',
    36.675, -4.499],
  ['LIS', 'Lisbon Humberto Delgado', 'Lisbon', 'Portugal', 3805, 'no', 'Europe/Lisbon',
    38.774, -9.134],
  ['FAO', 'Faro Airport', 'Faro', 'Portugal', 2490, 'no', 'Europe/Lisbon', 37.014, -7.966],
  ['FCO', 'Rome Fiumicino', 'Rome', 'Italy', 3900, 'no', 'Europe/Rome', 41.8, 12.239],
  ['MXP', 'Milan Malpensa', 'Milan', 'Italy', 3920, 'no', 'Europe/Rome', 45.63, 8.723],
  ['ATH', 'Athens International', 'Athens', 'Greece', 4000, 'no', 'Europe/Athens',
    37.936, 23.947],
  ['VIE', 'Vienna International', 'Vienna', 'Austria', 3600, 'no', 'Europe/Vienna',
    48.11, 16.57],
  ['PRG', 'Vaclav Havel Prague', 'Prague', 'Czech Republic', 3715, 'no', 'Europe/Prague',
    50.101, 14.26],
  ['ZRH', 'Zurich Airport', 'Zurich', 'Switzerland', 3700, 'no', 'Europe/Zurich',
    47.465, 8.549],
  ['GVA', 'Geneva Airport', 'Geneva', 'Switzerland', 3900, 'no', 'Europe/Zurich',
    46.238, 6.109],
  ['CPH', 'Copenhagen Kastrup', 'Copenhagen', 'Denmark', 3600, 'no', 'Europe/Copenhagen',
    55.618, 12.656],
  ['OSL', 'Oslo Gardermoen', 'Oslo', 'Norway', 3600, 'no', 'Europe/Oslo', 60.194, 11.1],
  ['ARN', 'Stockholm Arlanda', 'Stockholm', 'Sweden', 3301, 'no', 'Europe/Stockholm',
    59.652, 17.919],
  ['KEF', 'Keflavik International', 'Reykjavik', 'Iceland', 3065, 'no', 'Atlantic/Reykjavik',
    63.985, -22.605],
];

// registration, type, manufacturer, seats, year built, delivered, wifi, leased, home base
const AIRCRAFT = [
  ['G-NWAA', 'Airbus A320neo', 'Airbus', 186, 2017, '2018-03-14', 'TRUE', 'N', 'MAN'],
  ['G-NWAB', 'Airbus A320neo', 'Airbus', 186, 2018, '2018-11-02', 'TRUE', 'N', 'MAN'],
  ['G-NWAC', 'Airbus A320neo', 'Airbus', 186, 2019, '2019-06-21', 'TRUE', 'Y', 'EDI'],
  ['G-NWAD', 'Airbus A320neo', 'Airbus', 180, 2021, '2021-09-09', 'TRUE', 'Y', 'MAN'],
  ['G-NWBA', 'Airbus A321neo', 'Airbus', 220, 2020, '2020-04-30', 'TRUE', 'N', 'MAN'],
  ['G-NWBB', 'Airbus A321neo', 'Airbus', 220, 2022, '2022-05-17', 'TRUE', 'Y', 'MAN'],
  ['G-NWBC', 'Airbus A321neo', 'Airbus', 214, 2023, '2024-02-26', 'TRUE', 'Y', 'EDI'],
  ['G-NWCA', 'Boeing 737-800', 'Boeing', 189, 2008, '2015-01-19', 'FALSE', 'Y', 'MAN'],
  ['G-NWCB', 'Boeing 737-800', 'Boeing', 189, 2010, '2016-07-04', 'FALSE', 'Y', 'EDI'],
  ['G-NWDA', 'Embraer E190', 'Embraer', 100, 2012, '2014-10-08', 'FALSE', 'N', 'EDI'],
  ['G-NWDB', 'Embraer E190', 'Embraer', 100, 2013, '2014-12-15', 'FALSE', 'N', 'MAN'],
  ['G-NWDC', 'Embraer E190', 'Embraer', 98, 2015, '2017-03-28', 'TRUE', 'N', 'EDI'],
  ['G-NWEA', 'ATR 72-600', 'ATR', 70, 2016, '2016-09-12', 'FALSE', 'N', 'EDI'],
  ['G-NWEB', 'ATR 72-600', 'ATR', 72, 2019, '2019-08-01', 'FALSE', 'Y', 'EDI'],
  ['G-NWEC', 'ATR 72-600', 'ATR', 70, 2011, '2013-05-20', 'FALSE', 'N', 'MAN'],
];
const FUEL_PER_MIN = { 'Airbus A320neo': 38, 'Airbus A321neo': 46, 'Boeing 737-800': 44,
  'Embraer E190': 30, 'ATR 72-600': 11 };

const WEEKDAYS = [1, 2, 3, 4, 5];
// hub, destination, outbound departures (UTC), days of week (0 = Sunday), season, codeshare, fleet
const ROUTES = [
  ['MAN', 'LHR', ['06:40'], [1, 2, 4, 5], 'all', true, 'regional'],
  ['MAN', 'AMS', ['07:10'], [1, 3, 5], 'all', true, 'narrow'],
  ['MAN', 'DUB', ['08:00'], [1, 5], 'all', false, 'regional'],
  ['MAN', 'CDG', ['09:15'], [1, 5], 'all', true, 'narrow'],
  ['MAN', 'FRA', ['06:55'], [1, 4], 'all', true, 'narrow'],
  ['MAN', 'BCN', ['10:30'], [2, 6], 'all', false, 'narrow'],
  ['MAN', 'PMI', ['11:00'], [0, 3, 6], 'summer', false, 'long'],
  ['MAN', 'AGP', ['12:10'], [3, 6], 'all', false, 'long'],
  ['MAN', 'FAO', ['13:00'], [6], 'summer', false, 'long'],
  ['MAN', 'ATH', ['07:30'], [6], 'summer', false, 'long'],
  ['MAN', 'KEF', ['09:40'], [4], 'all', false, 'long'],
  ['MAN', 'PRG', ['14:20'], [5], 'all', false, 'narrow'],
  ['MAN', 'LIS', ['08:50'], [2], 'all', false, 'long'],
  ['MAN', 'FCO', ['10:05'], [0], 'all', false, 'long'],
  ['MAN', 'VIE', ['15:10'], [1], 'all', false, 'narrow'],
  ['MAN', 'GVA', ['08:20'], [6], 'winter', false, 'narrow'],
  ['MAN', 'NCE', ['12:45'], [5], 'summer', false, 'narrow'],
  ['MAN', 'JER', ['09:30'], [6], 'summer', false, 'regional'],
  ['EDI', 'MAN', ['06:30'], WEEKDAYS, 'all', false, 'regional'],
  ['EDI', 'MAN', ['15:50'], [1, 5], 'all', false, 'regional'],
  ['EDI', 'LHR', ['07:00'], [1, 4], 'all', true, 'narrow'],
  ['EDI', 'AMS', ['08:15'], [2, 5], 'all', true, 'narrow'],
  ['EDI', 'DUB', ['11:20'], [2, 6], 'all', false, 'regional'],
  ['EDI', 'BFS', ['09:05'], [1, 4], 'all', false, 'regional'],
  ['EDI', 'SOU', ['07:35'], [3], 'all', false, 'regional'],
  ['EDI', 'CPH', ['10:40'], [4], 'all', false, 'narrow'],
  ['EDI', 'OSL', ['12:30'], [5], 'all', false, 'narrow'],
  ['EDI', 'BCN', ['13:15'], [6], 'summer', false, 'narrow'],
];
const FLEETS = {
  regional: ['Embraer E190', 'ATR 72-600'],
  narrow: ['Airbus A320neo', 'Embraer E190', 'Boeing 737-800'],
  long: ['Airbus A321neo', 'Airbus A320neo', 'Boeing 737-800'],
};
const DELAY_REASONS = [['Late Inbound Aircraft', 34], ['ATC Restriction', 22], ['Weather', 16],
  ['Technical', 12], ['Crew', 8], ['Baggage Handling', 8]];
const CANCEL_REASONS = [['Technical', 40], ['Weather', 30], ['Crew', 18], ['ATC Restriction', 12]];
const EXPORT_AT = new Date('2025-06-30T16:30:00Z');

const byCode = new Map(AIRPORTS.map((a) => [a[0], a]));

/** Great-circle distance in km, rounded. */
function distanceKm(from, to) {
  const [lat1, lon1] = byCode.get(from).slice(7).map((d) => (d * Math.PI) / 180);
  const [lat2, lon2] = byCode.get(to).slice(7).map((d) => (d * Math.PI) / 180);
  const h = Math.sin((lat2 - lat1) / 2) ** 2 +
    Math.cos(lat1) * Math.cos(lat2) * Math.sin((lon2 - lon1) / 2) ** 2;
  return Math.round(2 * 6371 * Math.asin(Math.sqrt(h)));
}

function inSeason(season, date) {
  const month = date.getUTCMonth() + 1;
  if (season === 'summer') return month >= 4 && month <= 10;
  if (season === 'winter') return month === 12 || month <= 3;
  return true;
}

/** Every scheduled rotation, outbound and return, with its flight numbers, in date order. */
function schedule() {
  const numbered = [];
  let number = 100;
  for (const [hub, dest, times, days, season, codeshare, fleet] of ROUTES) {
    for (const time of times) {
      numbered.push({ hub, dest, time, days, season, codeshare, fleet,
        out: `NW${number}`, back: `NW${number + 1}` });
      number += 2;
    }
    number += 10 - (number % 10);
  }
  const rotations = [];
  for (let date = day('2024-07-01'); date <= day('2025-06-30'); date = addDays(date, 1)) {
    for (const rotation of numbered) {
      if (rotation.days.includes(date.getUTCDay()) && inSeason(rotation.season, date)) {
        rotations.push({ ...rotation, date });
      }
    }
  }
  return rotations;
}

function departureDelay(random) {
  const band = random.weighted([['early', 30], ['small', 42], ['medium', 19], ['long', 7],
    ['severe', 2]]);
  if (band === 'early') return random.int(-8, 0);
  if (band === 'small') return random.int(1, 15);
  if (band === 'medium') return random.int(16, 45);
  if (band === 'long') return random.int(46, 120);
  return random.int(121, 330);
}

function fly(random, leg, aircraft, scheduledDeparture, blockMin) {
  const [registration, type, , seats] = aircraft;
  const distance = distanceKm(leg.from, leg.to);
  const scheduledArrival = addMinutes(scheduledDeparture, blockMin);
  const base = {
    flightNo: leg.flightNo, date: isoDate(scheduledDeparture), from: leg.from, to: leg.to,
    registration, scheduledDeparture, scheduledArrival, distance, codeshare: leg.codeshare,
  };
  if (random.chance(0.021)) {
    return { ...base, status: 'Cancelled', reason: random.weighted(CANCEL_REASONS) };
  }
  const delay = departureDelay(random);
  const actualDeparture = addMinutes(scheduledDeparture, delay);
  const diverted = random.chance(0.004);
  const airborne = Math.round(blockMin + random.int(-14, 12) + (diverted ? random.int(35, 80) : 0));
  const actualArrival = addMinutes(actualDeparture, airborne);
  const month = scheduledDeparture.getUTCMonth() + 1;
  const peak = month >= 6 && month <= 8 ? 0.08 : month <= 2 ? -0.09 : 0;
  const load = random.around(0.8 + peak, 0.22, 0.28, 1);
  const passengers = Math.round(seats * load);
  const fare = (38 + distance * 0.085) * random.around(1, 0.3, 0.6, 1.5);
  return {
    ...base, delay, actualDeparture, actualArrival, passengers,
    status: diverted ? 'Diverted' : 'Landed',
    reason: delay > 15 ? random.weighted(DELAY_REASONS) : null,
    revenue: (passengers * fare).toFixed(2),
    fuel: Math.round(FUEL_PER_MIN[type] * airborne * random.around(1, 0.08, 0.9, 1.1)),
  };
}

function makeFlights(random) {
  const flights = [];
  for (const rotation of schedule()) {
    const types = FLEETS[rotation.fleet];
    const type = random.weighted(types.map((t, i) => [t, types.length - i]));
    const fleet = AIRCRAFT.filter((a) => a[1] === type);
    const aircraft = fleet[random.skewedIndex(fleet.length, 1.3)];
    const distance = distanceKm(rotation.hub, rotation.dest);
    const speed = type === 'ATR 72-600' ? 8.2 : 12.4;
    const blockMin = Math.round((30 + distance / speed) / 5) * 5;
    const [hours, minutes] = rotation.time.split(':').map(Number);
    const outDeparture = addMinutes(rotation.date, hours * 60 + minutes);
    const backDeparture = addMinutes(outDeparture, blockMin + 45);
    flights.push(fly(random, { flightNo: rotation.out, from: rotation.hub, to: rotation.dest,
      codeshare: rotation.codeshare }, aircraft, outDeparture, blockMin));
    flights.push(fly(random, { flightNo: rotation.back, from: rotation.dest, to: rotation.hub,
      codeshare: rotation.codeshare }, aircraft, backDeparture, blockMin));
  }
  // The export holds flights that departed (or were cancelled) by 16:30 on 2025-06-30.
  return flights
    .filter((f) => f.scheduledDeparture < EXPORT_AT && (!f.actualDeparture ||
      f.actualDeparture < EXPORT_AT))
    .sort((a, b) => a.scheduledDeparture - b.scheduledDeparture);
}

function row(flight, index) {
  const landed = flight.actualArrival && flight.actualArrival <= EXPORT_AT;
  const status = flight.actualDeparture && !landed ? 'Airborne' : flight.status;
  const arrivalDelay = landed
    ? Math.round((flight.actualArrival - flight.scheduledArrival) / 60_000) : null;
  const ts = (date) => (date ? isoTimestamp(date, 'T') : null);
  return [
    `FL${String(240001 + index)}`, flight.flightNo, flight.date, flight.from, flight.to,
    flight.registration, isoTimestamp(flight.scheduledDeparture),
    isoTimestamp(flight.scheduledArrival), ts(flight.actualDeparture),
    landed ? ts(flight.actualArrival) : null, flight.delay ?? null, arrivalDelay, status,
    flight.reason, flight.distance, flight.passengers ?? null, flight.revenue ?? null,
    landed ? flight.fuel : null,
    flight.codeshare ? 'true' : 'false',
    arrivalDelay === null ? null : arrivalDelay <= 15 ? 'Yes' : 'No',
  ];
}

/** Writes flights.csv, aircraft.csv and airports.csv into `folder`; returns the tables. */
export function generate(folder) {
  const random = createRandom(20261313);
  const flights = makeFlights(random).map(row);
  writeCsv(join(folder, 'aircraft.csv'),
    ['registration', 'Aircraft Type', 'manufacturer', 'Seats', 'year_built', 'Delivered On',
      'wifiFitted', 'leased', 'Home Base'], AIRCRAFT);
  writeCsv(join(folder, 'airports.csv'),
    ['iata_code', 'Airport Name', 'city', 'country', 'Runway Length (m)', 'is_hub', 'timezone'],
    AIRPORTS.map((a) => a.slice(0, 7)));
  writeCsv(join(folder, 'flights.csv'),
    ['flight_id', 'Flight No', 'flight_date', 'Origin', 'Destination', 'Tail Number',
      'Scheduled Departure', 'Scheduled Arrival', 'actualDeparture', 'Actual Arrival',
      'Departure Delay (min)', 'arrival_delay_min', 'status', 'Delay Reason', 'Distance (km)',
      'Passengers', 'Ticket Revenue (GBP)', 'Fuel Burn (kg)', 'isCodeshare', 'On Time'], flights);
  return ['flights', 'aircraft', 'airports'];
}
