// A small-animal vet practice: visits (the fact table) with pets and vets as lookups. The
// practice system exports the patient as `Pet ID` and the clinician as `vetId`, while the pet
// register calls it `pet_id` and the staff list `Vet No`, as the three exports really differ.
import { join } from 'node:path';
import { createRandom } from '../../lib/prng.mjs';
import {
  addDays, addMinutes, day, isoDate, isoTimestamp, writeCsv,
} from '../../lib/csv-writer.mjs';

const VETS = [
  ['V01', 'Dr Helen Marsh', 'Senior Vet', 'Surgery', '2009-04-01', 'No'],
  ['V02', 'Dr Rajesh Iyer', 'Vet', 'Dermatology', '2015-09-14', 'No'],
  ['V03', 'Dr Sarah Kowalski', 'Vet', 'General practice', '2018-02-05', 'Yes'],
  ['V04', 'Dr Tom Ellery', 'Senior Vet', 'Dentistry', '2011-06-20', 'No'],
  ['V05', 'Dr Grace Mbeki', 'Vet', 'Exotics', '2020-01-13', 'No'],
  ['V06', 'Dr Owen Price', 'Vet', 'General practice', '2021-08-02', 'Yes'],
  ['V07', 'Dr Lena Vogel', 'Locum', 'General practice', '2024-03-11', 'Yes'],
  ['V08', 'Dr Amir Haddad', 'Vet', 'Cardiology', '2019-10-28', 'No'],
  ['V09', 'Dr Fiona Gallagher', 'Locum', 'Surgery', '2025-01-06', 'Yes'],
];
const VET_WEIGHTS = [16, 13, 9, 12, 7, 11, 5, 10, 4];

/** [species, weight, breeds, adult weight range in kg] */
const SPECIES = [
  ['Dog', 48, ['Labrador Retriever', 'Cocker Spaniel', 'Border Collie', 'French Bulldog',
    'Dachshund', 'Staffordshire Bull Terrier', 'Golden Retriever', 'Mixed breed'], [4, 42]],
  ['Cat', 36, ['Domestic Shorthair', 'Maine Coon', 'Siamese', 'British Shorthair', 'Ragdoll'],
    [2.5, 7.5]],
  ['Rabbit', 8, ['Netherland Dwarf', 'Lop', 'Rex'], [1, 4.5]],
  ['Guinea pig', 4, ['Abyssinian', 'American'], [0.7, 1.3]],
  ['Bird', 2, ['Budgerigar', 'Cockatiel', 'African Grey'], [0.03, 0.5]],
  ['Reptile', 2, ['Bearded Dragon', 'Leopard Gecko', 'Corn Snake'], [0.05, 0.6]],
];
const PET_NAMES = ['Bella', 'Max', 'Luna', 'Charlie', 'Milo', 'Daisy', 'Poppy', 'Alfie', 'Willow',
  'Teddy', 'Nala', 'Bruno', 'Coco', 'Oscar', 'Ruby', 'Pepper', 'Biscuit', 'Ziggy', 'Maple',
  'Rolo', 'Pickle', 'Juniper', 'Otis', 'Hazel'];
const SURNAMES = ['Thompson', 'Patel', 'Hughes', 'Nowak', 'Evans', 'Okafor', 'Reid', 'Campbell',
  'Khan', 'Fletcher', 'Doyle', 'Sørensen', 'Whitaker', 'Abbott', 'Lewis', 'Chen'];
/** [reason, weight, fee range in GBP, duration range in minutes] */
const REASONS = [
  ['Vaccination', 24, [45, 75], [10, 20]], ['Annual check-up', 20, [40, 60], [15, 25]],
  ['Skin problem', 11, [55, 140], [15, 30]], ['Digestive upset', 10, [55, 180], [15, 35]],
  ['Injury', 9, [70, 420], [20, 60]], ['Dental', 8, [180, 650], [45, 120]],
  ['Surgery', 6, [350, 1900], [60, 210]], ['Emergency', 5, [150, 1200], [30, 150]],
  ['Nail clip', 7, [12, 20], [5, 10]],
];
/** Visits that neither insurance pays for nor end in anything but 'Treated'. */
const ROUTINE = ['Vaccination', 'Nail clip'];
const OUTCOMES = [['Treated', 70], ['Monitoring', 14], ['Referred', 6], ['Admitted', 6],
  ['No treatment needed', 4]];

const minDate = (a, b) => (a < b ? a : b);
/** Only cats and dogs get chipped here (most of them). */
const chipped = (random, species) => ['Dog', 'Cat'].includes(species) && random.chance(0.82);

function makePets(random) {
  return Array.from({ length: 900 }, (_, i) => {
    const [species, , breeds] = random.weighted(SPECIES.map((s) => [s, s[1]]));
    const born = addDays(day('2008-01-01'), random.int(0, 6200));
    const registered = minDate(addDays(born, random.int(40, 900)), day('2025-06-30'));
    const row = [`PT${String(2001 + i).padStart(5, '0')}`, random.pick(PET_NAMES), species,
      random.pick(breeds), random.chance(0.07) ? null : isoDate(born),
      random.pick(['Male', 'Female']), random.chance(0.64) ? 'yes' : 'no',
      chipped(random, species) ? 'true' : 'false',
      random.pick(SURNAMES), isoDate(registered)];
    return { row, registered, usualWeight: usualWeight(random, species) };
  });
}

/** A pet's usual weight; each visit weighs it within a few percent of that. */
function usualWeight(random, species) {
  const [min, max] = SPECIES.find((s) => s[0] === species)[3];
  return min + (max - min) * random.next();
}

function weightOf(random, pet) {
  if (random.chance(0.05)) return null; // not weighed (a nail clip, a nervous cat)
  const weight = pet.usualWeight * random.around(1, 0.06, 0.85, 1.15);
  return weight.toFixed(weight < 1 ? 3 : 1);
}

function arrivalOf(random) {
  const date = addDays(day('2024-01-01'), random.int(0, 545)); // 2024-01-01 .. 2025-06-29
  const weekend = [0, 6].includes(date.getUTCDay());
  if (weekend && random.chance(0.7)) return arrivalOf(random);
  return addMinutes(date, 8 * 60 + 5 * random.int(0, 119)); // 08:00 .. 17:55
}

/** A vet already on the staff on the visit's day (the locums joined late). */
function vetOn(random, arrival) {
  const onStaff = VETS.map((v, k) => [v, VET_WEIGHTS[k]]).filter(([v]) => day(v[4]) <= arrival);
  return random.weighted(onStaff)[0];
}

/** A pet already on the register on the visit's day (a few regulars come in often). */
function petOn(random, pets, arrival) {
  for (;;) {
    const pet = pets[random.skewedIndex(pets.length, 1.3)];
    if (pet.registered <= arrival) return pet;
  }
}

/** One visit, without its id: ids follow arrival order, given once the visits are sorted. */
function makeVisit(random, pets) {
  const arrival = arrivalOf(random);
  const pet = petOn(random, pets, arrival);
  const [reason, , [feeMin, feeMax], [durMin, durMax]] =
    random.weighted(REASONS.map((r) => [r, r[1]]));
  const fee = (feeMin + (feeMax - feeMin) * random.next() ** 1.5).toFixed(2);
  const insured = !ROUTINE.includes(reason) && random.chance(0.38);
  const vet = vetOn(random, arrival);
  const followUp = ['Surgery', 'Dental', 'Injury', 'Emergency'].includes(reason)
    ? random.chance(0.75) : random.chance(0.15);
  return [pet.row[0], vet, isoDate(arrival), isoTimestamp(arrival),
    reason, weightOf(random, pet), random.int(durMin, durMax), fee, insured ? 'TRUE' : 'FALSE',
    followUp ? 'Y' : 'N', ROUTINE.includes(reason) ? 'Treated' : random.weighted(OUTCOMES),
    random.chance(0.1) ? random.pick([5, 10, 15]) : null];
}

/** Writes visits.csv, pets.csv and vets.csv into `folder`; returns the tables it wrote. */
export function generate(folder) {
  const random = createRandom(20251202);
  const pets = makePets(random);
  const visits = Array.from({ length: 4300 }, () => makeVisit(random, pets))
    .sort((a, b) => (a[3] < b[3] ? -1 : a[3] > b[3] ? 1 : 0))
    .map((visit, i) => [`VS-${50001 + i}`, ...visit]);
  writeCsv(join(folder, 'vets.csv'),
    ['Vet No', 'vet_name', 'role', 'specialty', 'start_date', 'Part Time'], VETS);
  writeCsv(join(folder, 'pets.csv'),
    ['pet_id', 'pet_name', 'species', 'breed', 'Date of Birth', 'sex', 'neutered',
      'isMicrochipped', 'owner_surname', 'registered_on'], pets.map((pet) => pet.row));
  writeCsv(join(folder, 'visits.csv'),
    ['visit_id', 'Pet ID', 'vetId', 'visit_date', 'Arrival Time', 'reason', 'Weight (kg)',
      'Duration (min)', 'Fee (£)', 'insurance_claim', 'Follow-up Needed', 'outcome',
      'discount_pct'], visits);
  return ['visits', 'pets', 'vets'];
}
