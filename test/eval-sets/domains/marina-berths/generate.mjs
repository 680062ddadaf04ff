// A south-coast marina's berth visits (the fact table) with its berths and the skippers who
// stay as lookups. The harbour office's export calls the berth `Berth Ref` and the skipper
// `skipperId`, while the pontoon plan says `berth_code` and the customer file `Skipper No`:
// three systems, three spellings of the same keys. Each skipper keeps one boat, so a boat's
// name, type and length repeat on every visit. A boat still in on the day of the export has
// no departure date yet, and the office forgot to log a few departures; moorings have no
// power and some no surveyed depth; a skipper need not belong to a yacht club.
import { join } from 'node:path';
import { createRandom } from '../../lib/prng.mjs';
import {
  addDays, addMinutes, day, isoDate, isoTimestamp, writeCsv,
} from '../../lib/csv-writer.mjs';

const EXPORTED_ON = day('2025-10-31');

// pontoon, berths on it, berth type, max length (m), depth (m), nightly rate (GBP), power (amps)
const PONTOONS = [
  ['A', 28, 'Finger', 10, 2.4, 32, 16],
  ['B', 28, 'Finger', 12, 2.6, 40, 16],
  ['C', 24, 'Finger', 14, 2.8, 48, 32],
  ['D', 22, 'Finger', 16, 3.0, 58, 32],
  ['E', 16, 'Alongside', 20, 3.4, 75, 63],
  ['F', 8, 'Hammerhead', 30, 4.0, 140, 63],
  ['Moorings', 14, 'Swinging Mooring', 12, null, 18, null],
];
const PORTS = [['Cowes', 14, 'UK'], ['Poole', 12, 'UK'], ['Lymington', 10, 'UK'],
  ['Southampton', 9, 'UK'], ['Chichester', 7, 'UK'], ['Brighton', 6, 'UK'],
  ['Plymouth', 6, 'UK'], ['Dartmouth', 5, 'UK'], ['Falmouth', 4, 'UK'],
  ['Cherbourg', 8, 'France'], ['St Malo', 6, 'France'], ['St Peter Port', 6, 'Channel Islands'],
  ['IJmuiden', 4, 'Netherlands'], ['Ostend', 3, 'Belgium']];
const CLUBS = ['Royal Solent YC', 'Poole YC', 'Royal Lymington YC', 'Cruising Association',
  'Island Sailing Club', 'Yacht Club de Cherbourg'];
const FIRST = ['James', 'Sarah', 'Tom', 'Helen', 'Richard', 'Claire', 'Peter', 'Anna', 'Mark',
  'Lucy', 'David', 'Emma', 'Jean', 'Marie', 'Pierre', 'Sophie', 'Henk', 'Femke', 'Luc', 'Ines',
  'Graham', 'Fiona', 'Nigel', 'Tessa', 'Oliver', 'Ruth', 'Simon', 'Kate', 'Hugh', 'Isla',
  'Martin', 'Julia', 'Colin', 'Alison', 'Bram', 'Sanne', 'Yann', 'Elodie', 'Rupert', 'Georgina'];
const LAST = ['Hargreaves', 'Penrose', 'Whitcombe', 'Trelawney', 'Ashdown', 'Fairbairn',
  'Colville', 'Marchetti', 'Dubois', 'Lefevre', 'Moreau', 'Girard', 'de Vries', 'Bakker',
  'Janssens', 'Peeters', 'Kettering', 'Blackwood', 'Ormsby', 'Pendleton', 'Sinclair', 'Thorne',
  'Wakefield', 'Yelland', 'Quinlan', 'Rowntree', 'Stanhope', 'Tremayne', 'Vickery', 'Winslade',
  'Abbott', 'Bellamy', 'Carver', 'Dunmore', 'Ellery', 'Fenwick', 'Gosling', 'Hallett'];
const BOAT_WORDS = ['Sea', 'Wind', 'Blue', 'Silver', 'Storm', 'Morning', 'Wild', 'Salty',
  'Golden', 'Northern', 'Lazy', 'Free', 'Happy', 'Swift', 'Quiet'];
const BOAT_NOUNS = ['Spirit', 'Dancer', 'Whisper', 'Gull', 'Tern', 'Star', 'Horizon', 'Dream',
  'Wanderer', 'Petrel', 'Otter', 'Breeze', 'Shadow', 'Lady', 'Puffin'];
// vessel type, weight, shortest and longest length overall (m)
const VESSEL_TYPES = [['Sailing Yacht', 52, 7.5, 15.5], ['Motor Cruiser', 24, 8, 17.5],
  ['Catamaran', 9, 9.5, 14], ['RIB', 6, 5, 9], ['Classic Yacht', 5, 9, 21],
  ['Motor Yacht', 4, 18, 28]];
const CHANNELS = [['Online', 45], ['Phone', 25], ['VHF Radio', 18], ['Walk-up', 12]];
const NIGHTS = [[1, 40], [2, 24], [3, 12], [4, 6], [5, 5], [7, 6], [10, 1], [14, 4], [28, 2]];
// the season: how much of the summer's traffic each month sees (January = index 0)
const SEASON = [0.12, 0.15, 0.3, 0.55, 0.8, 1, 1, 1, 0.75, 0.45, 0.2, 0.15];

function makeBerths(random) {
  const berths = [];
  for (const [pontoon, count, type, maxLength, depth, rate, amps] of PONTOONS) {
    for (let n = 1; n <= count; n += 1) {
      const code = pontoon === 'Moorings' ? `M${String(n).padStart(2, '0')}`
        : `${pontoon}${String(n).padStart(2, '0')}`;
      const inspected = addDays(day('2024-09-01'), random.int(0, 400));
      berths.push([
        code, pontoon, type, (maxLength + (random.chance(0.3) ? 1 : 0)).toFixed(1),
        depth === null ? (random.chance(0.5) ? null : (random.int(18, 30) / 10).toFixed(1))
          : (depth + random.int(-2, 3) / 10).toFixed(1),
        (rate + random.pick([0, 0, 0, 2, 4])).toFixed(2),
        pontoon === 'Moorings' ? 'No' : (random.chance(0.9) ? 'Yes' : 'No'),
        amps, random.chance(0.06) ? null : isoDate(inspected),
      ]);
    }
  }
  return berths;
}

/** Every first and last name once, in a seeded order: no two skippers share a name. */
function shuffledNames(random) {
  const names = FIRST.flatMap((first) => LAST.map((last) => `${first} ${last}`));
  for (let i = names.length - 1; i > 0; i -= 1) {
    const j = random.int(0, i);
    [names[i], names[j]] = [names[j], names[i]];
  }
  return names;
}

function makeSkippers(random) {
  const names = shuffledNames(random);
  return Array.from({ length: 1150 }, (_, i) => {
    const [port, , country] = random.weighted(PORTS.map((p) => [p, p[1]]));
    const [type, , shortest, longest] = random.weighted(VESSEL_TYPES.map((v) => [v, v[1]]));
    const length = Math.round((shortest + (longest - shortest) * random.next() ** 1.4) * 10) / 10;
    const name = `${random.pick(BOAT_WORDS)} ${random.pick(BOAT_NOUNS)}`;
    const boat = { name: random.chance(0.15) ? `${name} ${random.pick(['II', 'III'])}` : name,
      type, length };
    const firstVisit = addDays(day('2012-04-01'), random.int(0, 4900));
    return {
      boat,
      row: [
        `SK${String(3000 + i * 7)}`, names[i], port, country,
        random.chance(0.45) ? null : random.pick(CLUBS), random.chance(0.3) ? 'Yes' : 'No',
        isoDate(firstVisit), random.chance(0.12) ? null : random.int(1946, 2001),
      ],
    };
  });
}

function arrivalDay(random) {
  for (;;) {
    const candidate = addDays(day('2024-03-01'), random.int(0, 609)); // .. 2025-10-31
    if (random.next() < SEASON[candidate.getUTCMonth()]) return candidate;
  }
}

function makeVisit(random, berths, skippers) {
  const skipper = skippers[random.skewedIndex(skippers.length, 1.7)];
  const { boat } = skipper;
  // The office puts a boat on a berth that takes it without wasting much water.
  const takes = berths.filter((b) => Number(b[3]) >= boat.length);
  const snug = takes.filter((b) => Number(b[3]) <= boat.length + 6);
  const fitting = snug.length > 0 ? snug : takes;
  const berth = fitting[random.skewedIndex(fitting.length, 1.3)];
  const arrived = arrivalDay(random);
  const arrivedAt = addMinutes(arrived, random.int(9 * 60, 20 * 60 + 30));
  const nights = random.weighted(NIGHTS);
  const leaves = addDays(arrived, nights);
  const stillIn = leaves > EXPORTED_ON;
  const loyal = skipper.row[5] === 'Yes';
  const fee = nights * Number(berth[5]) * (loyal ? 0.9 : 1) * (nights >= 7 ? 0.85 : 1);
  const power = berth[7] !== null && random.chance(0.62) ? 'Y' : 'N';
  const motor = boat.type.startsWith('Motor') || boat.type === 'RIB';
  const fuel = random.chance(motor ? 0.5 : 0.18)
    ? (motor ? random.int(40, 900) : random.int(10, 90)) + random.int(0, 9) / 10 : null;
  const paid = stillIn ? random.chance(0.4) : random.chance(0.96);
  return [
    isoTimestamp(arrivedAt, 'T'),
    stillIn || random.chance(0.012) ? null : isoDate(leaves), berth[0], skipper.row[0],
    boat.name, boat.type, boat.length.toFixed(1), nights, fee.toFixed(2), power,
    fuel === null ? null : fuel.toFixed(1), paid ? 'true' : 'false',
    random.weighted(CHANNELS),
    random.weighted([[1, 14], [2, 42], [3, 18], [4, 16], [5, 6], [6, 4]]),
  ];
}

/** Writes berth_visits.csv, berths.csv and skippers.csv into `folder`; returns the tables. */
export function generate(folder) {
  const random = createRandom(20270112);
  const berths = makeBerths(random);
  const skippers = makeSkippers(random);
  // The harbour office numbers visits as boats arrive.
  const visits = Array.from({ length: 4540 }, () => makeVisit(random, berths, skippers))
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map((visit, i) => [`MV${String(240001 + i)}`, ...visit]);
  writeCsv(join(folder, 'berths.csv'),
    ['berth_code', 'pontoon', 'Berth Type', 'Max Length (m)', 'Depth (m)', 'Nightly Rate (GBP)',
      'hasWater', 'Power (amps)', 'Last Inspected'], berths);
  writeCsv(join(folder, 'skippers.csv'),
    ['Skipper No', 'full_name', 'home_port', 'nationality', 'yacht_club', 'Loyalty Card',
      'First Visit', 'Year Of Birth'], skippers.map((s) => s.row));
  writeCsv(join(folder, 'berth_visits.csv'),
    ['visit_no', 'Arrived At', 'departure_date', 'Berth Ref', 'skipperId', 'Vessel Name',
      'vessel_type', 'LOA (m)', 'nights', 'Berth Fee (GBP)', 'Shore Power', 'Fuel (L)', 'Paid',
      'booking_channel', 'Persons On Board'], visits);
  return ['berth_visits', 'berths', 'skippers'];
}
