// A district council's kerbside bin collections (the fact table) with its collection rounds and
// the households on them as lookups. The in-cab system writes the round as `Round Ref` and the
// property as `Property UPRN`, while the round plan says `round_id` and the address gazetteer
// says `uprn`. A collection is Collected, Missed, or still Scheduled (the export was taken on
// 2025-03-28, so later ones have not happened yet and have no time or weight).
import { join } from 'node:path';
import { createRandom } from '../../lib/prng.mjs';
import {
  addDays, addMinutes, day, isoDate, isoTimestamp, writeCsv,
} from '../../lib/csv-writer.mjs';

const WARDS = ['Abbey', 'Brookside', 'Castle', 'Eastfield', 'Millbrook', 'Westgate'];
const POSTCODE_AREA = { Abbey: 'AB1', Brookside: 'AB2', Castle: 'AB3', Eastfield: 'AB4',
  Millbrook: 'AB5', Westgate: 'AB6' };
// stream, share of collections, mean weight (kg), spread
const STREAMS = [['Refuse', 34, 14, 6], ['Recycling', 32, 9, 4], ['Garden', 16, 18, 8],
  ['Food', 18, 4, 2]];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const DEPOTS = { Abbey: 'North Depot', Brookside: 'North Depot', Castle: 'North Depot',
  Eastfield: 'South Depot', Millbrook: 'South Depot', Westgate: 'South Depot' };
const SUPERVISORS = ['Dave Pritchard', 'Karen Holt', 'Imran Shah', 'Lucy Barnes', 'Tom Okafor'];
const PROPERTY_TYPES = [['Semi-detached', 34], ['Terraced', 28], ['Detached', 18], ['Flat', 14],
  ['Bungalow', 6]];
const MISSED_REASONS = [['Bin not presented', 46], ['Access blocked', 20], ['Vehicle breakdown', 10],
  ['Contaminated', 14], ['Severe weather', 4], ['Crew shortage', 6]];
const EXPORT_DAY = day('2025-03-28');

function makeRounds(random) {
  const rounds = [];
  let n = 1;
  for (const ward of WARDS) {
    for (const [stream] of STREAMS) {
      const weekday = DAYS[(WARDS.indexOf(ward) + STREAMS.findIndex(([s]) => s === stream)) % 5];
      rounds.push([
        `R${String(n).padStart(3, '0')}`, `${ward} ${stream}`, stream, weekday, DEPOTS[ward],
        random.pick(SUPERVISORS), stream === 'Food' ? 3.5 : random.pick([10, 12, 15]),
        'N', ward,
      ]);
      n += 1;
    }
  }
  // Two Saturday catch-up rounds for the garden service's busy season.
  rounds.push([`R${String(n).padStart(3, '0')}`, 'North Saturday Garden', 'Garden', 'Saturday',
    'North Depot', 'Karen Holt', 12, 'Y', null]);
  rounds.push([`R${String(n + 1).padStart(3, '0')}`, 'South Saturday Garden', 'Garden', 'Saturday',
    'South Depot', 'Tom Okafor', 12, 'Y', null]);
  return rounds;
}

function makeHouseholds(random) {
  return Array.from({ length: 1450 }, (_, i) => {
    const ward = random.pick(WARDS);
    const registered = addDays(day('2008-01-01'), random.int(0, 6200));
    return [
      String(100020003000 + i * 7), `${POSTCODE_AREA[ward]} ${random.int(1, 9)}${random.pick(
        ['AA', 'BD', 'EF', 'GH', 'JL', 'NP', 'QR', 'TW'])}`, ward, random.weighted(PROPERTY_TYPES),
      random.weighted([[2, 30], [3, 45], [4, 25]]),
      random.chance(0.45) ? 'Yes' : 'No', random.chance(0.06) ? 'TRUE' : 'FALSE',
      isoDate(registered), random.chance(0.12) ? null : random.weighted([[1, 22], [2, 36], [3, 18],
        [4, 16], [5, 6], [6, 2]]),
    ];
  });
}

function makeCollection(random, i, rounds, households) {
  const household = households[random.int(0, households.length - 1)];
  const ward = household[2];
  const garden = household[5] === 'Yes';
  const streams = STREAMS.filter(([s]) => s !== 'Garden' || garden);
  const stream = random.weighted(streams.map((s) => [s, s[1]]));
  const week = random.int(0, 53); // weeks from Monday 2024-04-01 to 2025-04-07
  const saturday = stream[0] === 'Garden' && random.chance(0.12);
  const round = saturday
    ? rounds.find((r) => r[7] === 'Y' && r[4] === (DEPOTS[ward]))
    : rounds.find((r) => r[8] === ward && r[2] === stream[0]);
  const weekday = round[3] === 'Saturday' ? 5 : DAYS.indexOf(round[3]);
  const scheduled = addDays(day('2024-04-01'), week * 7 + weekday);
  const due = scheduled <= EXPORT_DAY;
  const missedChance = stream[0] === 'Garden' ? 0.09 : 0.05;
  const status = !due ? 'Scheduled' : random.chance(missedChance) ? 'Missed' : 'Collected';
  const collected = status === 'Collected';
  const at = collected ? addMinutes(scheduled, random.int(6 * 60 + 30, 15 * 60)) : null;
  const weight = collected ? random.around(stream[2], stream[3], 0.5, 60).toFixed(1) : null;
  const size = stream[0] === 'Food' ? 23 : random.weighted([[140, 20], [180, 30], [240, 42],
    [360, 8]]);
  const contaminated = collected && (stream[0] === 'Recycling' || stream[0] === 'Food')
    ? random.chance(0.08) : false;
  const reason = status === 'Missed' ? random.weighted(MISSED_REASONS) : null;
  return [
    `C${String(500000 + i)}`, round[0], household[0], isoDate(scheduled),
    at ? isoTimestamp(at) : null, status, size, weight,
    collected ? (contaminated ? 'yes' : 'no') : null, reason,
    status === 'Missed' ? (random.chance(0.6) ? 'true' : 'false')
      : (collected && random.chance(0.01) ? 'true' : 'false'),
  ];
}

/** Writes collections.csv, rounds.csv and households.csv into `folder`; returns the tables. */
export function generate(folder) {
  const random = createRandom(20261414);
  const rounds = makeRounds(random);
  const households = makeHouseholds(random);
  const collections = Array.from({ length: 4650 }, (_, i) =>
    makeCollection(random, i, rounds, households))
    .sort((a, b) => (a[3] < b[3] ? -1 : a[3] > b[3] ? 1 : 0))
    .map((row, i) => [`C${String(500000 + i)}`, ...row.slice(1)]);
  writeCsv(join(folder, 'rounds.csv'),
    ['round_id', 'Round Name', 'waste_stream', 'Collection Day', 'depot', 'crewSupervisor',
      'Vehicle Capacity (t)', 'Weekend Round', 'Ward'], rounds);
  writeCsv(join(folder, 'households.csv'),
    ['uprn', 'Postcode', 'ward', 'Property Type', 'binsRegistered', 'Garden Subscription',
      'assisted_collection', 'Registered On', 'Occupants'], households);
  writeCsv(join(folder, 'collections.csv'),
    ['collection_id', 'Round Ref', 'Property UPRN', 'Scheduled Date', 'Collected At', 'status',
      'Bin Size (L)', 'Weight Collected (kg)', 'Contaminated', 'missed_reason',
      'reportedByResident'], collections);
  return ['collections', 'rounds', 'households'];
}
