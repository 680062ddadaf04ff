// A dog-walking business's walks (the fact table) with the dogs on its books and its walkers as
// lookups. The booking app exports the dog as `Dog ID` and the walker as `walkerId`, while the
// client list says `dog_id` and the staff rota says `Walker No`: three systems, three spellings
// of the same keys. Cancelled walks and puppy visits have no distance; most walks go unrated.
import { join } from 'node:path';
import { createRandom } from '../../lib/prng.mjs';
import {
  addDays, addMinutes, day, isoDate, isoTimestamp, writeCsv,
} from '../../lib/csv-writer.mjs';

// Walker No, full_name, home_area, Start Date, hourly_rate_gbp, DBS Checked, van_owner, workload
const WALKERS = [
  ['WK01', 'Priya Shah', 'Clifton', '2019-04-01', 15.5, 'TRUE', 'yes', 14],
  ['WK02', 'Tom Baxter', 'Bedminster', '2019-06-15', 14.0, 'TRUE', 'yes', 12],
  ['WK03', 'Grace Okafor', 'Redland', '2020-02-03', 14.5, 'TRUE', 'no', 9],
  ['WK04', 'Liam Doherty', 'Southville', '2020-05-11', 13.5, 'TRUE', 'yes', 10],
  ['WK05', 'Hannah Price', 'Clifton', '2020-09-21', 13.5, 'TRUE', 'no', 7],
  ['WK06', 'Owen Gallagher', 'Bishopston', '2021-01-18', 13.0, 'TRUE', 'yes', 8],
  ['WK07', 'Megan Lloyd', 'Redland', '2021-03-29', 13.0, 'FALSE', 'no', 5],
  ['WK08', 'Sam Ridley', 'Easton', '2021-07-05', 12.5, 'TRUE', 'no', 6],
  ['WK09', 'Aisha Rahman', 'Totterdown', '2021-10-12', 12.5, 'TRUE', 'yes', 7],
  ['WK10', 'Callum Reid', 'Bedminster', '2022-02-14', 12.5, 'TRUE', 'no', 5],
  ['WK11', 'Zoe Marshall', 'Henleaze', '2022-04-25', 12.0, 'TRUE', 'yes', 6],
  ['WK12', 'Ben Whitfield', 'Southville', '2022-06-06', 12.0, 'FALSE', 'no', 3],
  ['WK13', 'Chloe Bennett', 'Bishopston', '2022-09-01', 12.0, 'TRUE', 'no', 4],
  ['WK14', 'Dev Patel', 'Easton', '2023-01-09', 11.5, 'TRUE', 'yes', 5],
  ['WK15', 'Ruby Evans', 'Henleaze', '2023-03-20', 11.5, 'TRUE', 'no', 3],
  ['WK16', 'Jack Foster', 'Clifton', '2023-05-15', 11.5, 'FALSE', 'no', 2],
  ['WK17', 'Ellie Morgan', 'Totterdown', '2023-08-07', 11.0, 'TRUE', 'no', 3],
  ['WK18', 'Noah Kaur', 'Redland', '2023-11-13', 11.0, 'TRUE', 'yes', 3],
  ['WK19', 'Isla Campbell', 'Bedminster', '2024-02-19', 11.0, 'TRUE', 'no', 2],
  ['WK20', 'Marcus Green', 'Easton', '2024-05-06', 10.5, 'FALSE', 'no', 2],
  ['WK21', 'Freya Holt', 'Southville', '2024-09-02', 10.5, 'TRUE', 'no', 1],
  ['WK22', 'Kieran Walsh', 'Henleaze', '2025-01-13', 10.5, 'FALSE', 'no', 1],
];
// breed, size, weight
const BREEDS = [['Labrador Retriever', 'Large', 16], ['Cocker Spaniel', 'Medium', 12],
  ['Cockapoo', 'Medium', 12], ['Border Collie', 'Medium', 7], ['French Bulldog', 'Small', 8],
  ['Dachshund', 'Small', 6], ['Golden Retriever', 'Large', 7], ['Jack Russell Terrier', 'Small', 6],
  ['Staffordshire Bull Terrier', 'Medium', 6], ['German Shepherd', 'Large', 4],
  ['Whippet', 'Medium', 4], ['Miniature Schnauzer', 'Small', 4], ['Labradoodle', 'Large', 5],
  ['Beagle', 'Medium', 3]];
const NAMES = ['Biscuit', 'Luna', 'Bella', 'Max', 'Teddy', 'Milo', 'Daisy', 'Coco', 'Poppy',
  'Alfie', 'Bear', 'Rosie', 'Willow', 'Archie', 'Nala', 'Ollie', 'Maple', 'Pepper', 'Ruby',
  'Ziggy', 'Hugo', 'Bonnie', 'Murphy', 'Skye', 'Winnie', 'Barney', 'Honey', 'Otis', 'Mabel',
  'Rolo'];
const AREAS = [['Clifton', 16], ['Redland', 14], ['Bishopston', 12], ['Bedminster', 12],
  ['Southville', 11], ['Henleaze', 9], ['Easton', 8], ['Totterdown', 8], ['Cotham', 6],
  ['Westbury', 4]];
// walk_type, weight, durations, base price, per-minute price
const WALK_TYPES = [
  ['Solo Walk', 38, [30, 45, 60], 8, 0.2],
  ['Group Walk', 40, [60, 90], 4, 0.14],
  ['Puppy Visit', 12, [20, 30], 6, 0.2],
  ['Adventure', 10, [120, 180], 10, 0.12],
];
const STATUSES = [['Completed', 87], ['Cancelled', 9], ['No Show', 4]];

function makeDogs(random) {
  return Array.from({ length: 900 }, (_, i) => {
    const breed = random.weighted(BREEDS.map((b) => [b, b[2]]));
    return [
      `D${1001 + i}`, random.pick(NAMES), breed[0], breed[1],
      random.chance(0.07) ? null : random.int(2010, 2024), random.weighted(AREAS),
      random.chance(0.68) ? 'Yes' : 'No',
      isoDate(addDays(day('2019-03-01'), random.int(0, 2200))),
    ];
  });
}

function makeWalk(random, i, dogs) {
  const date = addDays(day('2024-03-01'), random.int(0, 548)); // 2024-03-01 .. 2025-08-31
  const walkers = WALKERS.filter((w) => day(w[3]) <= date);
  const walker = random.weighted(walkers.map((w) => [w, w[7]]));
  const registered = dogs.filter((d) => day(d[7]) <= date); // a dog is walked once on the books
  const dog = registered[random.skewedIndex(registered.length, 1.6)];
  const type = random.weighted(WALK_TYPES.map((t) => [t, t[1]]));
  const minutes = random.pick(type[2]);
  const status = random.weighted(STATUSES);
  const bookedAt = addMinutes(addDays(date, -random.int(0, 14)), random.int(7 * 60, 21 * 60 + 59));
  const discounted = random.chance(0.1);
  const price = ((type[3] + type[4] * minutes) * (discounted ? 0.85 : 1)).toFixed(2);
  const done = status === 'Completed';
  const distance = done && type[0] !== 'Puppy Visit'
    ? (minutes / 60 * random.around(4.2, 1.2, 2.2, 6.5)).toFixed(1) : null;
  const rating = done && random.chance(0.45) ? random.weighted([[5, 60], [4, 28], [3, 8], [2, 3],
    [1, 1]]) : null;
  const tip = done && random.chance(0.12) ? random.pick([1, 2, 2.5, 3, 5, 10]).toFixed(2) : null;
  return [
    `W${200001 + i}`, isoTimestamp(bookedAt), isoDate(date), dog[0], walker[0], type[0],
    minutes, price, distance, status, rating, done ? (random.chance(0.64) ? 'Y' : 'N') : 'N', tip,
  ];
}

/** Writes walks.csv, dogs.csv and walkers.csv into `folder`; returns the tables. */
export function generate(folder) {
  const random = createRandom(20280117);
  const dogs = makeDogs(random);
  const walks = Array.from({ length: 4640 }, (_, i) => makeWalk(random, i, dogs));
  writeCsv(join(folder, 'dogs.csv'),
    ['dog_id', 'dog_name', 'breed', 'size', 'birth_year', 'Owner Area', 'Neutered',
      'registeredOn'], dogs);
  writeCsv(join(folder, 'walkers.csv'),
    ['Walker No', 'full_name', 'home_area', 'Start Date', 'hourly_rate_gbp', 'DBS Checked',
      'van_owner'], WALKERS.map((row) => row.slice(0, 7)));
  writeCsv(join(folder, 'walks.csv'),
    ['walk_id', 'Booked At', 'walk_date', 'Dog ID', 'walkerId', 'walk_type', 'Duration (min)',
      'Price (GBP)', 'distance_km', 'Status', 'Owner Rating', 'Photos Sent', 'Tip (GBP)'], walks);
  return ['walks', 'dogs', 'walkers'];
}
