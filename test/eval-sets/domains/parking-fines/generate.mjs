// A city council's parking enforcement: penalty charge notices (the fact table) with the streets
// and the civil enforcement officers ("wardens") as lookups. The notice export writes the street
// as `StreetRef` and the officer as `Warden No`; the street list calls it `street_code` and the
// staff list `warden_id`, the way two systems' exports differ.
import { join } from 'node:path';
import { createRandom } from '../../lib/prng.mjs';
import { addDays, addMinutes, day, isoDate, isoTimestamp, writeCsv } from '../../lib/csv-writer.mjs';

const ZONES = [['A', 30], ['B', 22], ['C', 18], ['D', 14], ['E', 10], ['F', 6]];
const STREET_NAMES = ['High Street', 'Queen Street', 'Albert Road', 'Victoria Terrace',
  'Mill Lane', 'Church Street', 'Station Road', 'Park Avenue', 'Bridge Street', 'Kings Road',
  'Market Place', 'Chapel Walk', 'North Parade', 'Clifton Crescent', 'Elm Grove', 'Castle Hill',
  'Orchard Way', 'Granby Row', 'Wharf Street', 'Tanners Yard', 'Brunswick Square', 'Mount Pleasant',
  'Hollow Lane', 'Sandy Lane', 'Priory Close', 'St Marys Gate', 'Fishergate', 'Coronation Avenue',
  'Hanover Place', 'Belmont Road', 'Lime Kiln Lane', 'Abbey Road', 'Waterloo Street',
  'Cromwell Road', 'Regent Street', 'Ropewalk'];
const CPZ_HOURS = [['Mon-Sat 8am-6.30pm', 40], ['Mon-Fri 9am-5pm', 30], ['24 hours', 10],
  ['Mon-Sun 8am-8pm', 20]];
const FIRST = ['Gary', 'Sunita', 'Derek', 'Monika', 'Kofi', 'Janet', 'Aleksander', 'Bernadette',
  'Imran', 'Shauna', 'Viktor', 'Chloe', 'Pradeep', 'Wendy', 'Tariq', 'Lorna'];
const LAST = ['Pemberton', 'Sharma', 'Hollis', 'Kowalczyk', 'Mensah', 'Ridley', 'Nowak', 'Quinn',
  'Chaudhry', 'Doyle', 'Horvat', 'Banks', 'Iyer', 'Marsh', 'Aziz', 'Cairns'];
const TEAMS = [['North', 35], ['South', 35], ['Central', 30]];
// [code, description, higher level?] London-style codes: higher level fines are 70, lower 50.
const CONTRAVENTIONS = [
  ['01', 'Parked in a restricted street during prescribed hours', true, 24],
  ['12', 'Parked in a residents or shared use bay without a permit', true, 20],
  ['16', 'Parked in a permit space without displaying a valid permit', true, 6],
  ['19', 'Parked in a residents bay displaying an invalid permit', false, 5],
  ['25', 'Parked in a loading place during restricted hours', true, 8],
  ['30', 'Parked for longer than permitted', false, 12],
  ['40', 'Parked in a designated disabled persons bay without a badge', true, 5],
  ['62', 'Parked with wheels on a footpath', true, 9],
  ['83', 'Parked in a car park without a valid pay and display ticket', false, 11],
];
const MAKES = [['Ford', 18], ['Vauxhall', 14], ['Volkswagen', 13], ['BMW', 9], ['Toyota', 10],
  ['Nissan', 7], ['Audi', 7], ['Mercedes-Benz', 7], ['Kia', 6], ['Tesla', 3], ['Peugeot', 6]];
const COLOURS = [['Black', 20], ['Silver', 18], ['White', 17], ['Grey', 16], ['Blue', 13],
  ['Red', 10], ['Green', 3], [null, 3]];

function streetRows(random) {
  return STREET_NAMES.map((name, i) => {
    const zone = random.weighted(ZONES);
    return [`ST${String(200 + i * 5)}`, name, zone, random.weighted(CPZ_HOURS),
      random.chance(0.7) ? random.int(4, 60) : 0, random.chance(0.3) ? 'TRUE' : 'FALSE',
      random.weighted([[20, 55], [30, 40], [40, 5]])];
  });
}

function wardenRows(random) {
  return Array.from({ length: 26 }, (_, i) => [
    // The second pass through the first names shifts the surnames, so no two officers share a name.
    `W${String(i + 11).padStart(3, '0')}`,
    `${FIRST[i % 16]} ${LAST[(i * 7 + Math.floor(i / 16)) % 16]}`,
    random.weighted(TEAMS), isoDate(addDays(day('2012-01-01'), random.int(0, 4500))),
    random.chance(0.75) ? 'yes' : 'no', random.chance(0.6) ? 'Y' : 'N',
  ]);
}

/** Paid at the 50% discount within 14 days, in full later, or not at all; appeals pause it. */
function settlement(random, issued, amount, recent) {
  const appealed = random.chance(0.12);
  const outcome = !appealed ? null
    : recent ? 'Pending' : random.weighted([['Upheld', 30], ['Rejected', 60], ['Pending', 10]]);
  if (outcome === 'Upheld' || outcome === 'Pending' || random.chance(recent ? 0.5 : 0.18)) {
    return [appealed ? 'Y' : 'N', outcome, 'no', null, null];
  }
  const days = random.chance(0.7) ? random.int(0, 14) : random.int(15, 90);
  const paid = days <= 14 ? amount / 2 : days > 56 ? amount * 1.5 : amount;
  return [appealed ? 'Y' : 'N', outcome, 'yes', isoDate(addDays(issued, days)), paid.toFixed(2)];
}

function fineRows(random, streets, wardens) {
  const start = day('2024-01-01');
  const rows = [];
  for (let i = 0; i < 4600; i += 1) {
    const date = addDays(start, random.int(0, 638)); // to 2025-09-30
    const issued = addMinutes(date, random.int(7 * 60, 20 * 60));
    const [code, description, higher] = random.weighted(CONTRAVENTIONS.map((c) => [c, c[3]]));
    const amount = higher ? 70 : 50;
    const recent = date >= day('2025-09-01');
    rows.push([
      `PCN${String(7300000 + i * 13)}`, isoTimestamp(issued), streets[random.skewedIndex(36, 1.7)][0],
      wardens[random.skewedIndex(26, 1.3)][0], code, description, amount.toFixed(2),
      random.weighted(MAKES), random.weighted(COLOURS), random.chance(0.04) ? 'TRUE' : 'FALSE',
      random.chance(0.22) ? 'true' : 'false', ...settlement(random, date, amount, recent),
    ]);
  }
  return rows;
}

/** Writes fines.csv, streets.csv and wardens.csv into `folder`; returns the tables it wrote. */
export function generate(folder) {
  const random = createRandom(20261202);
  const streets = streetRows(random);
  const wardens = wardenRows(random);
  writeCsv(join(folder, 'streets.csv'),
    ['street_code', 'street_name', 'Zone', 'CPZ Hours', 'meter_count', 'ResidentsOnly',
      'Speed Limit (mph)'], streets);
  writeCsv(join(folder, 'wardens.csv'),
    ['warden_id', 'Officer Name', 'team', 'start_date', 'full_time', 'Body Camera'], wardens);
  writeCsv(join(folder, 'fines.csv'),
    ['PCN Number', 'issued_at', 'StreetRef', 'Warden No', 'Contravention Code', 'contravention',
      'Fine Amount [GBP]', 'vehicleMake', 'Vehicle Colour', 'Foreign Plate', 'photo_evidence',
      'appealed', 'appeal_outcome', 'paid', 'paid_on', 'Amount Paid [GBP]'],
    fineRows(random, streets, wardens));
  return ['fines', 'streets', 'wardens'];
}
