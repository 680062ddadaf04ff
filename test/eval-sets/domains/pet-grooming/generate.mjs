// A small chain of pet grooming salons: its appointments (the fact table) with its groomers and
// its salons as lookups. The booking system calls the groomer `Groomer No` and the salon
// `salonCode`, while the staff rota says `groomer_id` (and `Base Salon`) and the property list
// says `Salon Code`: three exports, three spellings of the same keys. Cancelled and no-show
// appointments have no payment, no tip and no rating.
import { join } from 'node:path';
import { createRandom } from '../../lib/prng.mjs';
import {
  addDays, addMinutes, day, isoDate, isoTimestamp, writeCsv,
} from '../../lib/csv-writer.mjs';

// Salon Code, salon_name, town, opened_on, grooming_tables, Has Hydrobath, manager, popularity
const SALONS = [
  ['SAL-01', 'Paws on the Quay', 'Bristol', '2015-04-01', 6, 'Yes', 'Megan Hart', 22],
  ['SAL-02', 'The Dapper Dog', 'Bath', '2017-09-15', 4, 'No', 'Tom Ellery', 14],
  ['SAL-03', 'Fur & Feather', 'Cheltenham', '2018-03-10', 5, 'Yes', 'Priya Nair', 15],
  ['SAL-04', 'Suds and Scissors', 'Swindon', '2019-06-01', 3, 'No', 'Gareth Owen', 10],
  ['SAL-05', 'Wagging Tails', 'Bristol', '2020-11-20', 5, 'Yes', 'Lucy Brennan', 16],
  ['SAL-06', 'The Grooming Room', 'Stroud', '2021-05-05', 2, 'No', 'Hannah Cole', 6],
  ['SAL-07', 'Pampered Paws', 'Gloucester', '2022-08-12', 4, 'Yes', 'Daniel Frost', 11],
  ['SAL-08', 'Clip Joint', 'Weston-super-Mare', '2023-02-01', 3, 'No', 'Aisha Khan', 6],
];
const FIRST = ['Amelia', 'Ben', 'Chloe', 'Dev', 'Ella', 'Finn', 'Grace', 'Harvey', 'Isla', 'Jack',
  'Keira', 'Liam', 'Maya', 'Noah', 'Olivia', 'Piotr', 'Quinn', 'Rosie', 'Sam', 'Tara', 'Umar',
  'Violet', 'Will', 'Zara', 'Alfie', 'Bella', 'Callum', 'Daisy', 'Ethan', 'Freya'];
const LAST = ['Morgan', 'Price', 'Evans', 'Shah', 'Walsh', 'Turner', 'Lloyd', 'Kowalski', 'Baker',
  'Reid', 'Hughes', 'Patel', 'Carter', 'Doyle', 'Fisher'];
const LEVELS = [['Junior', 35], ['Senior', 45], ['Master', 20]];
const BASE_RATE = { Junior: 11.5, Senior: 14, Master: 17.5 };
const SPECIALISMS = [['Hand Stripping', 20], ['Cats', 15], ['Poodles', 15], ['Nervous Dogs', 15],
  [null, 35]];
const SPECIES = [['Dog', 82], ['Cat', 13], ['Rabbit', 5]];
const BREEDS = {
  Dog: [['Cockapoo', 18], ['Labrador', 10], ['Shih Tzu', 9], ['Cocker Spaniel', 10],
    ['Miniature Schnauzer', 7], ['Border Terrier', 6], ['Golden Retriever', 6], ['Poodle', 7],
    ['Bichon Frise', 6], ['West Highland Terrier', 5], ['Springer Spaniel', 6], ['Dachshund', 5],
    ['Cavapoo', 9]],
  Cat: [['Persian', 35], ['Maine Coon', 25], ['Ragdoll', 25], ['Domestic Longhair', 15]],
  Rabbit: [['Lionhead', 45], ['Angora', 30], ['Mini Lop', 25]],
};
const WEIGHT = { Dog: [14, 12, 2.5, 42], Cat: [5, 2.5, 2.8, 9], Rabbit: [2, 1.2, 1, 3.6] };
const SERVICES = {
  Dog: [['Full Groom', 38], ['Bath & Brush', 24], ['Nail Trim', 14], ['Puppy Intro', 6],
    ['De-shed Treatment', 10], ['Hand Strip', 8]],
  Cat: [['Full Groom', 30], ['Bath & Brush', 20], ['Nail Trim', 30], ['Lion Cut', 20]],
  Rabbit: [['Nail Trim', 70], ['Bath & Brush', 30]],
};
// minutes (min, max, in steps of 5) and base price in GBP
const SERVICE_TERMS = {
  'Full Groom': [90, 150, 48], 'Bath & Brush': [45, 75, 32], 'Nail Trim': [10, 20, 12],
  'Puppy Intro': [30, 45, 25], 'De-shed Treatment': [60, 90, 42], 'Hand Strip': [90, 180, 62],
  'Lion Cut': [60, 90, 55],
};
const COATS = [['Short', 25], ['Medium', 25], ['Long', 22], ['Curly', 18], ['Wire', 10]];
const PET_NAMES = ['Bailey', 'Bella', 'Luna', 'Milo', 'Teddy', 'Poppy', 'Alfie', 'Daisy',
  'Coco', 'Max', 'Ruby', 'Biscuit', 'Willow', 'Archie', 'Rosie', 'Otis', 'Nala', 'Buster',
  'Pepper', 'Hugo', 'Mabel', 'Ziggy', 'Juniper', 'Fudge'];
const PAYMENTS = [['Card', 66], ['Cash', 14], ['Voucher', 8], ['Bank Transfer', 12]];
const STATUSES = [['Completed', 86], ['Cancelled', 9], ['No-show', 5]];

function makeGroomers(random) {
  return Array.from({ length: 30 }, (_, i) => {
    const level = random.weighted(LEVELS);
    const salon = i < 16 ? SALONS[i % 8] : random.weighted(SALONS.map((s) => [s, s[7]]));
    return [
      `G-${101 + i}`, `${FIRST[i]} ${LAST[(i * 7) % LAST.length]}`, salon[0], level,
      isoDate(addDays(day('2012-01-01'), random.int(0, 4500))),
      (BASE_RATE[level] + random.int(0, 8) * 0.25).toFixed(2),
      random.chance(0.4) ? 'Yes' : 'No', random.weighted(SPECIALISMS),
    ];
  });
}

function makeAppointment(random, i, groomers) {
  const date = addDays(day('2024-01-01'), random.int(0, 546)); // 2024-01-01 .. 2025-06-30
  const salon = random.weighted(SALONS.map((s) => [s, s[7]]));
  const team = groomers.filter((g) => g[2] === salon[0]);
  const groomer = team[random.int(0, team.length - 1)];
  const species = random.weighted(SPECIES);
  const breed = random.chance(0.04) ? null : random.weighted(BREEDS[species]);
  const service = random.weighted(SERVICES[species]);
  const [shortest, longest, base] = SERVICE_TERMS[service];
  const minutes = 5 * random.int(shortest / 5, longest / 5);
  const [mean, spread, min, max] = WEIGHT[species];
  const weight = random.around(mean, spread, min, max);
  const start = addMinutes(date, 8 * 60 + 15 * random.int(0, 36)); // 08:00 .. 17:00
  const booked = addDays(date, -random.int(0, 42));
  const status = random.weighted(STATUSES);
  const done = status === 'Completed';
  const price = base + (species === 'Dog' ? Math.floor(weight / 10) * 6 : 0)
    + (groomer[3] === 'Master' ? 5 : 0) + random.int(0, 3) * 1.5;
  return [
    `APT-${100001 + i}`, isoDate(booked), isoTimestamp(start, ' '), salon[0], groomer[0],
    random.pick(PET_NAMES), species, breed, random.weighted(COATS), service, minutes,
    random.chance(0.06) ? null : weight.toFixed(1), price.toFixed(2),
    done && random.chance(0.45) ? (random.int(4, 30) * 0.5).toFixed(2) : null, status,
    random.chance(0.18) ? 'true' : 'false', random.chance(0.12) ? 'Y' : 'N',
    done ? random.weighted(PAYMENTS) : null,
    done && random.chance(0.6) ? random.weighted([[5, 50], [4, 30], [3, 12], [2, 5], [1, 3]]) : null,
  ];
}

/** Writes grooming_appointments.csv, groomers.csv and salons.csv into `folder`; returns the tables. */
export function generate(folder) {
  const random = createRandom(20270115);
  const groomers = makeGroomers(random);
  const appointments = Array.from({ length: 4480 }, (_, i) => makeAppointment(random, i, groomers));
  writeCsv(join(folder, 'salons.csv'),
    ['Salon Code', 'salon_name', 'town', 'opened_on', 'grooming_tables', 'Has Hydrobath',
      'manager'], SALONS.map((row) => row.slice(0, 7)));
  writeCsv(join(folder, 'groomers.csv'),
    ['groomer_id', 'full_name', 'Base Salon', 'level', 'Started On', 'Hourly Rate (GBP)',
      'cat_certified', 'specialism'], groomers);
  writeCsv(join(folder, 'grooming_appointments.csv'),
    ['appointment_id', 'Booked On', 'appointment_start', 'salonCode', 'Groomer No', 'pet_name',
      'species', 'breed', 'Coat Type', 'service', 'Duration (min)', 'weight_kg', 'Price (GBP)',
      'Tip (GBP)', 'status', 'isFirstVisit', 'Flea Treatment Added', 'payment_method',
      'customer_rating'], appointments);
  return ['grooming_appointments', 'groomers', 'salons'];
}
