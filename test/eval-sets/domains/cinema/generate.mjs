// A three-site independent cinema's screenings (the fact table: one row per showing, with its
// admissions and takings) with its film list and its screens as lookups. The box-office export
// calls the film `Film Code` and the screen `screenRef`, while the programming sheet says
// `film_id` and the venue register says `Screen Code`: three systems, three spellings.
import { join } from 'node:path';
import { createRandom } from '../../lib/prng.mjs';
import { addDays, addMinutes, day, isoDate, isoTimestamp, writeCsv } from '../../lib/csv-writer.mjs';

// film_id, Title, Genre, certificate, Runtime (mins), release_date, Distributor,
// Original Language, isRerelease, popularity weight, weeks on screen
const FILMS = [
  ['F-1001', 'The Last Lighthouse', 'Drama', '12A', 118, '2024-02-23', 'Northlight Pictures', 'English', 'false', 14, 10],
  ['F-1002', 'Neon Harbour', 'Thriller', '15', 109, '2024-03-08', 'Meridian Films', 'English', 'false', 18, 8],
  ['F-1003', 'Paws in the Park', 'Animation', 'U', 88, '2024-03-29', 'Bluebell Animation', 'English', 'false', 20, 9],
  ['F-1004', 'Steel Horizon', 'Action', '12A', 142, '2024-04-19', 'Titan Studios', 'English', 'false', 26, 8],
  ['F-1005', 'La Maison Blanche', 'Drama', '15', 124, '2024-05-03', 'Arthouse Circle', 'French', 'false', 6, 6],
  ['F-1006', 'Midnight Static', 'Horror', '18', 97, '2024-05-31', 'Meridian Films', 'English', 'false', 11, 5],
  ['F-1007', 'Orbit of Ashes', 'Sci-Fi', '12A', 151, '2024-06-21', 'Titan Studios', 'English', 'false', 30, 10],
  ['F-1008', 'Summer of Kites', 'Comedy', 'PG', 101, '2024-07-12', 'Northlight Pictures', 'English', 'false', 15, 7],
  ['F-1009', 'The Tin Dragon', 'Animation', 'U', 92, '2024-07-26', 'Bluebell Animation', 'English', 'false', 24, 9],
  ['F-1010', 'Kyoto Rain', 'Romance', '12A', 113, '2024-08-16', 'Arthouse Circle', 'Japanese', 'false', 5, 6],
  ['F-1011', 'Deep Cut', 'Thriller', '15', 105, '2024-09-06', 'Meridian Films', 'English', 'false', 12, 6],
  ['F-1012', 'Salt and Stone', 'Documentary', 'PG', 84, '2024-09-20', 'Riverside Docs', 'English', 'false', 4, 5],
  ['F-1013', 'Hollow Pines', 'Horror', '15', 99, '2024-10-11', 'Meridian Films', 'English', 'false', 16, 5],
  ['F-1014', 'Captain Comet Returns', 'Action', '12A', 136, '2024-11-01', 'Titan Studios', 'English', 'false', 28, 9],
  ['F-1015', 'A Winter Waltz', 'Romance', 'PG', 107, '2024-11-22', 'Northlight Pictures', 'English', 'false', 10, 7],
  ['F-1016', 'Snowbound Express', 'Animation', 'U', 95, '2024-12-06', 'Bluebell Animation', 'English', 'false', 22, 6],
  ['F-1017', 'El Último Tango', 'Drama', '15', 128, '2025-01-17', 'Arthouse Circle', 'Spanish', 'false', 5, 6],
  ['F-1018', 'Quantum Heist', 'Sci-Fi', '12A', 131, '2025-02-07', 'Titan Studios', 'English', 'false', 23, 8],
  ['F-1019', 'The Baker\'s Daughter', 'Comedy', '12A', 103, '2025-02-28', 'Northlight Pictures', 'English', 'false', 13, 7],
  ['F-1020', 'Wild Atlantic', 'Documentary', 'U', 90, '2025-03-21', 'Riverside Docs', 'English', 'false', 5, 5],
  ['F-1021', 'Red Meridian', 'Action', '15', 127, '2025-04-11', 'Meridian Films', 'English', 'false', 19, 7],
  ['F-1022', 'Little Lanterns', 'Animation', 'U', 86, '2025-04-04', 'Bluebell Animation', 'English', 'false', 17, 8],
  ['F-1023', 'Mirror Lake', 'Horror', '18', 102, '2025-05-09', 'Meridian Films', 'English', 'false', 9, 5],
  ['F-1024', 'Starfall: Part One', 'Sci-Fi', '12A', 158, '2025-05-23', 'Titan Studios', 'English', 'false', 32, 11],
  ['F-1025', 'Seoul Nights', 'Thriller', '15', 116, '2025-06-13', 'Arthouse Circle', 'Korean', 'false', 8, 6],
  ['F-1026', 'Beach Day Disaster', 'Comedy', '12A', 98, '2025-07-04', 'Northlight Pictures', 'English', 'false', 16, 7],
  ['F-1027', 'The Lost Orchard', 'Drama', 'PG', 111, '2025-07-18', 'Northlight Pictures', 'English', 'false', 8, 6],
  ['F-1028', 'Robo Pals 2', 'Animation', 'U', 93, '2025-07-25', 'Bluebell Animation', 'English', 'false', 21, 6],
  ['F-1029', 'Casablanca', 'Romance', 'U', 102, '1942-11-26', 'Classic Screen', 'English', 'true', 2, 999],
  ['F-1030', 'Metropolis', 'Sci-Fi', 'PG', 153, '1927-01-10', 'Classic Screen', 'German', 'true', 1, 999],
  ['F-1031', 'Seven Samurai', 'Action', 'PG', 207, '1954-04-26', 'Classic Screen', 'Japanese', 'true', 1, 999],
  ['F-1032', 'Some Like It Hot', 'Comedy', 'PG', 121, '1959-03-29', 'Classic Screen', 'English', 'true', 2, 999],
];
// Screen Code, site, Screen Name, Seats, Has IMAX, wheelchair_spaces, Last Refurbished, weight
const SCREENS = [
  ['RIV-1', 'Riverside', 'The Grand', 412, 'Yes', 8, '2023-09-14', 14],
  ['RIV-2', 'Riverside', 'Screen 2', 236, 'No', 4, '2021-05-02', 11],
  ['RIV-3', 'Riverside', 'Screen 3', 188, 'No', 4, null, 10],
  ['RIV-4', 'Riverside', 'Screen 4', 141, 'No', 3, '2022-11-20', 9],
  ['RIV-5', 'Riverside', 'Screen 5', 97, 'No', 2, null, 8],
  ['RIV-6', 'Riverside', 'The Snug', 42, 'No', 2, '2024-01-08', 6],
  ['OLD-1', 'Old Town', 'The Picture House', 318, 'No', 6, '2019-03-30', 10],
  ['OLD-2', 'Old Town', 'Screen 2', 164, 'No', 3, null, 8],
  ['OLD-3', 'Old Town', 'Screen 3', 121, 'No', 2, null, 7],
  ['OLD-4', 'Old Town', 'The Loft', 58, 'No', 2, '2022-06-11', 5],
  ['HAR-1', 'Harbour Point', 'IMAX Harbour', 377, 'Yes', 7, '2024-03-02', 12],
  ['HAR-2', 'Harbour Point', 'Screen 2', 205, 'No', 4, null, 9],
  ['HAR-3', 'Harbour Point', 'Screen 3', 153, 'No', 3, '2020-08-19', 8],
  ['HAR-4', 'Harbour Point', 'Screen 4', 109, 'No', 2, null, 7],
];
const SITE_PRICE = { Riverside: 12.5, 'Old Town': 10, 'Harbour Point': 11 };
const FIRST_DAY = day('2024-03-01');
const DAYS = 549; // 2024-03-01 .. 2025-08-31

function filmsShowingOn(date) {
  return FILMS.filter((f) => {
    const release = day(f[5]);
    return f[8] === 'true' || (release <= date && date < addDays(release, f[10] * 7));
  });
}

function showType(random, hour, weekend) {
  if (random.chance(0.012)) return 'Premiere';
  if (hour < 12 && !weekend && random.chance(0.25)) return 'Parent & Baby';
  if (hour < 15) return 'Matinee';
  if (hour >= 21) return 'Late Night';
  return 'Regular';
}

function makeScreening(random, booked) {
  let date = addDays(FIRST_DAY, random.int(0, DAYS - 1));
  // Weekends are busier: a weekday draw is kept only part of the time.
  while (![0, 5, 6].includes(date.getUTCDay()) && random.chance(0.35)) {
    date = addDays(FIRST_DAY, random.int(0, DAYS - 1));
  }
  const weekend = [0, 6].includes(date.getUTCDay());
  const films = filmsShowingOn(date);
  const film = random.weighted(films.map((f) => [f, f[9]]));
  const screen = random.weighted(SCREENS.map((s) => [s, s[7]]));
  const startMinutes = 10 * 60 + 15 * random.int(0, 50); // 10:00 .. 22:30
  // A screen shows one film at a time: a showing that would overlap another (runtime plus 30
  // minutes of trailers and cleaning) is not scheduled.
  const slot = `${isoDate(date)} ${screen[0]}`;
  const end = startMinutes + film[4] + 30;
  const taken = booked.get(slot) ?? [];
  if (taken.some(([from, to]) => startMinutes < to && from < end)) return null;
  booked.set(slot, [...taken, [startMinutes, end]]);
  const hour = Math.floor(startMinutes / 60);
  const type = showType(random, hour, weekend);
  const imax = screen[4] === 'Yes';
  const threeD = !imax && ['Action', 'Sci-Fi', 'Animation'].includes(film[2]) && random.chance(0.3);
  const subtitled = film[7] !== 'English' || random.chance(0.04);
  const demand = (film[9] / 20) * (weekend ? 1.25 : 0.85) * (type === 'Premiere' ? 2.2 : 1)
    * (type === 'Matinee' ? 0.7 : 1) * (type === 'Parent & Baby' ? 0.5 : 1);
  const occupancy = Math.max(0, random.around(0.42 * demand, 0.3, 0.01, 1.4));
  const seats = screen[3];
  const tickets = Math.min(seats, Math.round(seats * occupancy));
  const unit = (SITE_PRICE[screen[1]] + (threeD ? 3 : 0) + (imax ? 5 : 0)
    + (type === 'Matinee' ? -3 : 0) + (type === 'Late Night' ? -1 : 0)
    + (type === 'Premiere' ? 8 : 0)) * random.around(1, 0.08, 0.85, 1.15);
  const gross = (tickets * unit).toFixed(2);
  const concessions = (tickets * random.around(4.2, 2.5, 1, 9)).toFixed(2);
  const delay = random.chance(0.12) ? null : random.skewedIndex(26, 2.6);
  const rating = tickets === 0 || random.chance(0.3) ? null
    : random.around(film[9] > 15 ? 3.9 : 3.4, 1.2, 1, 5).toFixed(1);
  return [
    null, film[0], screen[0],
    isoTimestamp(addMinutes(date, startMinutes)), type, tickets, gross, concessions,
    threeD ? 'Y' : 'N', subtitled ? 'yes' : 'no', tickets === seats ? 'TRUE' : 'FALSE',
    delay, rating,
  ];
}

/** Writes screenings.csv, films.csv and screens.csv into `folder`; returns the tables. */
export function generate(folder) {
  const random = createRandom(20270115);
  const booked = new Map();
  const screenings = [];
  while (screenings.length < 4500) {
    const screening = makeScreening(random, booked);
    if (screening) screenings.push(screening);
  }
  // The export lists showings by start time (then screen), numbered in that order.
  const key = (row) => `${row[3]} ${row[2]}`;
  screenings.sort((a, b) => (key(a) < key(b) ? -1 : 1));
  screenings.forEach((row, i) => { row[0] = `SCR-${String(200001 + i)}`; });
  writeCsv(join(folder, 'films.csv'),
    ['film_id', 'Title', 'Genre', 'certificate', 'Runtime (mins)', 'release_date', 'Distributor',
      'Original Language', 'isRerelease'], FILMS.map((row) => row.slice(0, 9)));
  writeCsv(join(folder, 'screens.csv'),
    ['Screen Code', 'site', 'Screen Name', 'Seats', 'Has IMAX', 'wheelchair_spaces',
      'Last Refurbished'], SCREENS.map((row) => row.slice(0, 7)));
  writeCsv(join(folder, 'screenings.csv'),
    ['screening_id', 'Film Code', 'screenRef', 'Show Time', 'show_type', 'Tickets Sold',
      'Gross (GBP)', 'concessions_gbp', '3D', 'Subtitled', 'Sold Out', 'Start Delay (min)',
      'Avg Audience Rating'], screenings);
  return ['screenings', 'films', 'screens'];
}
