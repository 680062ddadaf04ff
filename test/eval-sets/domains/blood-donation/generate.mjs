// A regional blood service's donation attendances (the fact table) with its donor register and
// its session venues as lookups. The session system writes the donor as `Donor No` and the venue
// as `venueCode`, while the donor register says `donor_id` and the venue list `Venue ID`: three
// systems, three spellings of the same keys. A donor deferred at the screening gives no volume
// and has no bleed time; a missing haemoglobin reading is a screening the export lost.
import { join } from 'node:path';
import { createRandom } from '../../lib/prng.mjs';
import {
  addDays, addMinutes, day, isoDate, isoTimestamp, writeCsv,
} from '../../lib/csv-writer.mjs';

// Venue ID, venue_name, town, venue_type, beds, free_parking, opened_on, weight
const VENUES = [
  ['V01', 'Nottingham Donor Centre', 'Nottingham', 'Donor Centre', 14, 'N', '2011-09-05', 26],
  ['V02', 'Leicester Donor Centre', 'Leicester', 'Donor Centre', 12, 'Y', '2014-03-10', 21],
  ['V03', 'Derby Assembly Rooms', 'Derby', 'Community Venue', 8, 'N', '2016-01-18', 10],
  ['V04', 'St Peter\'s Church Hall', 'Loughborough', 'Community Venue', 6, 'Y', '2012-05-14', 7],
  ['V05', 'Mansfield Civic Centre', 'Mansfield', 'Community Venue', 8, 'Y', '2015-10-05', 8],
  ['V06', 'Newark Town Hall', 'Newark', 'Community Venue', 6, 'N', '2018-02-26', 5],
  ['V07', 'Grantham Leisure Centre', 'Grantham', 'Community Venue', 6, 'Y', '2019-06-03', 4],
  ['V08', 'Lincoln Drill Hall', 'Lincoln', 'Community Venue', 8, 'N', '2013-11-11', 7],
  ['V09', 'University Park Campus', 'Nottingham', 'Community Venue', 10, 'N', '2017-09-25', 6],
  ['V10', 'Mobile Unit East', 'Boston', 'Mobile Unit', 4, 'Y', '2021-04-12', 3],
  ['V11', 'Mobile Unit West', 'Ashbourne', 'Mobile Unit', 4, 'Y', '2022-08-01', 2],
  ['V12', 'Derby Donor Centre', 'Derby', 'Donor Centre', 10, 'Y', '2023-05-15', 9],
];
// UK-like shares of the eight blood groups.
const GROUPS = [['O+', 35], ['A+', 30], ['B+', 8], ['AB+', 2], ['O-', 13], ['A-', 8], ['B-', 2],
  ['AB-', 1]];
const TOWNS = [['Nottingham', 30], ['Leicester', 20], ['Derby', 17], ['Loughborough', 7],
  ['Mansfield', 7], ['Newark', 4], ['Grantham', 4], ['Lincoln', 8], ['Boston', 3]];
const OTHER_DEFERRALS = [['Recent travel', 30], ['Medication', 27], ['Feeling unwell', 18],
  ['High blood pressure', 15], ['Recent tattoo', 10]];

function makeDonors(random) {
  return Array.from({ length: 1420 }, (_, i) => {
    const registered = random.chance(0.12) ? addDays(day('2024-01-02'), random.int(0, 545))
      : addDays(day('2006-01-01'), random.int(0, 6569)); // to 2023-12-31
    return [
      `D${String(20000 + i * 7)}`, random.weighted(GROUPS), random.chance(0.54) ? 'F' : 'M',
      random.chance(0.05) ? null : random.int(1952, 2006), random.weighted(TOWNS),
      registered, random.chance(0.61) ? 'true' : 'false',
    ];
  });
}

/** Donor centres run every day but Sunday; community venues and mobile units some weekdays. */
function venueOn(random, date) {
  const weekday = date.getUTCDay();
  const runs = (v) => (v[3] === 'Donor Centre' ? weekday !== 0
    : weekday !== 0 && weekday !== 6 && (date.getUTCDate() + Number(v[0].slice(1))) % 3 === 0);
  const open = VENUES.filter((v) => day(v[6]) <= date && runs(v));
  // A community session is busy: the day's donors come to it rather than to the centres.
  return random.weighted(open.map((v) => [v, v[3] === 'Donor Centre' ? v[7] : v[7] * 4]));
}

function makeDonation(random, i, donors) {
  let date = addDays(day('2024-01-02'), random.int(0, 545)); // 2024-01-02 .. 2025-06-30
  while (date.getUTCDay() === 0) date = addDays(day('2024-01-02'), random.int(0, 545)); // closed
  const venue = venueOn(random, date);
  const donor = donors[random.skewedIndex(donors.length, 1.25)];
  const centre = venue[3] === 'Donor Centre';
  const type = centre
    ? random.weighted([['Whole Blood', 62], ['Plasma', 20], ['Platelets', 18]])
    : 'Whole Blood';
  const female = donor[2] === 'F';
  const checkedIn = addMinutes(date, random.int(9 * 60, 19 * 60 + 30));
  const hb = random.chance(0.03) ? null
    : Number(random.around(female ? 13.6 : 14.9, 1.5, 10.5, 18.2).toFixed(1));
  const lowHb = hb !== null && hb < (female ? 12.5 : 13.5);
  const other = !lowHb && random.chance(0.04) ? random.weighted(OTHER_DEFERRALS) : null;
  const deferred = lowHb || other !== null;
  const volume = deferred ? null : {
    'Whole Blood': random.int(455, 475), Plasma: random.int(60, 75) * 10,
    Platelets: random.int(20, 30) * 10,
  }[type];
  const minutes = deferred ? null : {
    'Whole Blood': random.int(5, 14), Plasma: random.int(35, 52), Platelets: random.int(58, 96),
  }[type];
  return {
    donor, checkedIn,
    row: [
      `DN${String(500000 + i)}`, donor[0], venue[0], isoDate(date), isoTimestamp(checkedIn, 'T'),
      type, random.chance(0.81) ? 'Booked' : 'Walk-in', hb, random.int(52, 98),
      deferred ? 'Yes' : 'No', lowHb ? 'Low haemoglobin' : other, volume, minutes,
      !deferred && random.chance(0.025) ? 'Y' : 'N',
    ],
  };
}

/** Writes donations.csv, donors.csv and venues.csv into `folder`; returns the tables. */
export function generate(folder) {
  const random = createRandom(20261224);
  const donors = makeDonors(random);
  const donations = Array.from({ length: 4680 }, (_, i) => makeDonation(random, i, donors));
  // A donor registers on the day of their first attendance at the latest; the first attendance of
  // a donor who registered during the export is their first time.
  const first = new Map();
  for (const d of [...donations].sort((a, b) => a.checkedIn - b.checkedIn)) {
    if (!first.has(d.donor[0])) first.set(d.donor[0], d);
  }
  for (const [, d] of first) {
    const firstDay = day(isoDate(d.checkedIn));
    if (d.donor[5] > firstDay) d.donor[5] = firstDay;
  }
  const rows = donations.map((d) => [...d.row.slice(0, 7),
    first.get(d.donor[0]) === d && d.donor[5] >= day('2024-01-02') ? 'true' : 'false',
    ...d.row.slice(7)]);
  writeCsv(join(folder, 'donations.csv'),
    ['donation_id', 'Donor No', 'venueCode', 'session_date', 'Checked In At', 'donation_type',
      'Booking Type', 'firstTime', 'haemoglobin_g_dl', 'pulse_bpm', 'Deferred', 'deferral_reason',
      'Volume (ml)', 'Duration (min)', 'adverse_reaction'], rows);
  writeCsv(join(folder, 'donors.csv'),
    ['donor_id', 'blood_group', 'sex', 'birth_year', 'home_town', 'Registered On',
      'textReminders'], donors.map((d) => [...d.slice(0, 5), isoDate(d[5]), d[6]]));
  writeCsv(join(folder, 'venues.csv'),
    ['Venue ID', 'venue_name', 'town', 'venue_type', 'beds', 'free_parking', 'opened_on'],
    VENUES.map((v) => v.slice(0, 7)));
  return ['donations', 'donors', 'venues'];
}
