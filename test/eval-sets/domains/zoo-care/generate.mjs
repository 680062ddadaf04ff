// A zoo's animal care log (the fact table: feedings, health checks and enrichment sessions) with
// its animal register and its keeper roster as lookups. The care log calls the animal
// `Animal Tag` and the keeper `keeperId`, while the register says `animal_id` and the roster says
// `Keeper No`: three systems, three spellings of the same keys. Only some events weigh the animal,
// only feedings record food, only health checks take a temperature.
import { join } from 'node:path';
import { createRandom } from '../../lib/prng.mjs';
import {
  addDays, addMinutes, day, isoDate, isoTimestamp, writeCsv,
} from '../../lib/csv-writer.mjs';

// species, section, enclosure, head count, target weight (kg), daily ration (kg), diet, IUCN,
// in a breeding programme
const SPECIES = [
  ['African Lion', 'Carnivores', 'Lion Ridge', 5, 170, 7, 'Meat', 'VU', 'Yes'],
  ['Sumatran Tiger', 'Carnivores', 'Tiger Trail', 3, 115, 5, 'Meat', 'CR', 'Yes'],
  ['Snow Leopard', 'Carnivores', 'Himalayan Forest', 2, 45, 2, 'Meat', 'VU', 'Yes'],
  ['Reticulated Giraffe', 'Hoofstock', 'Savannah', 6, 950, 32, 'Browse', 'EN', 'Yes'],
  ['Plains Zebra', 'Hoofstock', 'Savannah', 9, 320, 9, 'Hay', 'NT', 'No'],
  ['Asian Elephant', 'Hoofstock', 'Elephant House', 4, 3400, 120, 'Hay', 'EN', 'Yes'],
  ['Capybara', 'Hoofstock', 'South America', 7, 50, 3, 'Fruit & Veg', 'LC', 'No'],
  ['Western Lowland Gorilla', 'Primates', 'Gorilla Kingdom', 7, 140, 9, 'Fruit & Veg', 'CR',
    'Yes'],
  ['Bornean Orangutan', 'Primates', 'Orangutan Island', 4, 65, 4.5, 'Fruit & Veg', 'CR', 'Yes'],
  ['Ring-tailed Lemur', 'Primates', 'Madagascar Walkthrough', 14, 2.4, 0.25, 'Fruit & Veg', 'EN',
    'No'],
  ['Humboldt Penguin', 'Birds', 'Penguin Beach', 26, 4.3, 0.5, 'Fish', 'VU', 'Yes'],
  ['Chilean Flamingo', 'Birds', 'Flamingo Lagoon', 28, 2.8, 0.25, 'Pellets', 'NT', 'No'],
  ['Komodo Dragon', 'Reptiles', 'Reptile House', 2, 75, 3, 'Meat', 'EN', 'Yes'],
  ['Aldabra Giant Tortoise', 'Reptiles', 'Reptile House', 5, 210, 2.5, 'Fruit & Veg', 'VU', 'No'],
  ['Green Tree Python', 'Reptiles', 'Reptile House', 6, 1.4, 0.08, 'Rodents', 'LC', 'No'],
  ['Red Panda', 'Small Mammals', 'Himalayan Forest', 4, 5.5, 1.2, 'Bamboo', 'EN', 'Yes'],
  ['Meerkat', 'Small Mammals', 'Desert Dunes', 16, 0.75, 0.08, 'Insects', 'LC', 'No'],
  ['Asian Small-clawed Otter', 'Small Mammals', 'Otter Creek', 8, 3.5, 0.6, 'Fish', 'VU', 'Yes'],
  ['Two-toed Sloth', 'Small Mammals', 'Rainforest Dome', 3, 7, 0.6, 'Fruit & Veg', 'LC', 'No'],
];
const NAMES = ['Amani', 'Bao', 'Chandra', 'Duma', 'Eko', 'Faraji', 'Gita', 'Hodari', 'Imara',
  'Jabari', 'Kibo', 'Lulu', 'Mosi', 'Nia', 'Obi', 'Pili', 'Quila', 'Raja', 'Sefu', 'Tano', 'Uzuri',
  'Vidu', 'Wanjiru', 'Xola', 'Yaro', 'Zuri', 'Asha', 'Binti', 'Coco', 'Dara', 'Ember', 'Fig',
  'Ginger', 'Hazel', 'Indigo', 'Juniper', 'Kito', 'Luna', 'Mango', 'Nutmeg', 'Olive', 'Pepper',
  'Rio', 'Sable', 'Tully', 'Umber', 'Willow', 'Yuki', 'Akira', 'Bramble', 'Cinder', 'Dash',
  'Echo', 'Flint', 'Goldie', 'Hope', 'Ivy', 'Jasper', 'Kaya', 'Loki', 'Maple', 'Nova', 'Onyx',
  'Poppy', 'Quinn', 'Rocco', 'Saffron', 'Tiko', 'Ursa', 'Vesper', 'Wren', 'Ziggy', 'Bertie'];
// Flocks, troops and mobs are tracked by their ring or chip number alone.
const UNNAMED = new Set(['Humboldt Penguin', 'Chilean Flamingo', 'Ring-tailed Lemur', 'Meerkat',
  'Green Tree Python']);
const KEEPER_FIRST = ['Alice', 'Brian', 'Carmen', 'Dev', 'Elena', 'Fergus', 'Gemma', 'Hamish',
  'Ines', 'Jack', 'Kate', 'Lewis', 'Maya', 'Noah', 'Orla', 'Pavel', 'Rosa', 'Sam', 'Tara',
  'Umar', 'Vera', 'Will', 'Xenia', 'Yasmin', 'Zach', 'Bryony', 'Cormac', 'Delia', 'Ethan'];
const KEEPER_LAST = ['Abbott', 'Byrne', 'Castillo', 'Doyle', 'Eze', 'Fischer', 'Gallagher',
  'Hart', 'Ito', 'Jensen', 'Kowalski', 'Lindqvist', 'Moreau', 'Novak', 'Okoro', 'Price',
  'Rossi', 'Sato', 'Turner', 'Varga', 'Webb', 'Yilmaz', 'Zhou', 'Bell', 'Carter', 'Dunn',
  'Ellis', 'Frost', 'Grant'];
const SECTIONS = ['Carnivores', 'Hoofstock', 'Primates', 'Birds', 'Reptiles', 'Small Mammals'];
const ENRICHMENT = [['Puzzle Feeder', 24], ['Scent Trail', 16], ['Ice Block', 14],
  ['Cardboard Boxes', 12], ['Novel Object', 14], ['Target Training', 20]];
const EVENT_TYPES = [['Feeding', 56], ['Enrichment', 27], ['Health Check', 17]];

const START = day('2024-09-01');
const SPAN = 364; // 2024-09-01 .. 2025-08-31

function makeKeepers(random) {
  const keepers = [];
  let n = 0;
  const add = (section, vet) => {
    const started = addDays(day('2006-01-01'), random.int(0, 6800));
    keepers.push([
      `KP-${String(101 + n * 4)}`,
      `${KEEPER_FIRST[n % KEEPER_FIRST.length]} ${KEEPER_LAST[(n * 11 + 5) % KEEPER_LAST.length]}`,
      section, isoDate(started), vet ? 'true' : 'false',
      vet ? 'Full-time' : random.weighted([['Full-time', 75], ['Part-time', 25]]),
    ]);
    n += 1;
  };
  for (const section of SECTIONS) {
    const count = section === 'Reptiles' ? 3 : 4;
    for (let i = 0; i < count; i += 1) add(section, false);
  }
  for (let i = 0; i < 3; i += 1) add('Veterinary', true);
  // One senior keeper in Primates trained as a vet nurse too.
  keepers[9][4] = 'true';
  return keepers;
}

function makeAnimals(random) {
  const animals = [];
  let n = 0;
  let named = 0;
  for (const species of SPECIES) {
    const [name, , enclosure, count, weight, , , iucn, breeding] = species;
    for (let i = 0; i < count; i += 1) {
      const maxAge = weight >= 1000 ? 40 : weight >= 10 ? 20 : 12;
      const born = addDays(day('2024-06-01'), -random.int(200, maxAge * 365));
      const wildBorn = random.chance(0.12);
      // Most animals were here before the log starts; a few arrived during it.
      const arrived = random.chance(0.9)
        ? addDays(born, random.int(0, Math.max(0, Math.floor((day('2024-08-01') - born) / 864e5))))
        : addDays(day('2024-10-01'), random.int(0, 240));
      const houseName = UNNAMED.has(name) ? null : NAMES[(named * 7) % NAMES.length];
      if (houseName) named += 1;
      animals.push({
        row: [
          `ZA-${String(1000 + n * 3)}`, houseName, name, enclosure, random.chance(0.5) ? 'F' : 'M',
          wildBorn ? null : isoDate(born), isoDate(arrived), iucn, breeding,
          weight >= 10 ? weight.toFixed(0) : weight.toFixed(2),
        ],
        species, arrived, base: weight * random.around(1, 0.12, 0.8, 1.2),
      });
      n += 1;
    }
  }
  return animals;
}

const ROUND = (kg) => (kg >= 10 ? kg.toFixed(1) : kg.toFixed(2));

function makeEvent(random, animals, keepers) {
  let animal = animals[random.int(0, animals.length - 1)];
  let when = addDays(START, random.int(0, SPAN));
  while (when < animal.arrived) {
    animal = animals[random.int(0, animals.length - 1)];
    when = addDays(START, random.int(0, SPAN));
  }
  const [, section, , , , ration, diet] = animal.species;
  const type = random.weighted(EVENT_TYPES);
  const vets = keepers.filter((k) => k[2] === 'Veterinary');
  const sectionKeepers = keepers.filter((k) => k[2] === section);
  const byVet = type === 'Health Check' && random.chance(0.6);
  const keeper = byVet ? random.pick(vets)
    : sectionKeepers[random.skewedIndex(sectionKeepers.length, 1.4)];
  const vetPresent = byVet || (type === 'Health Check' && random.chance(0.2));
  let minute;
  let duration;
  let food = null;
  let dietItem = null;
  let weight = null;
  let temperature = null;
  let item = null;
  let engagement = null;
  let followUp = null;
  let nextDue = null;
  let medication = false;
  if (type === 'Feeding') {
    minute = random.int(7 * 60 + 30, 16 * 60 + 30);
    duration = random.int(5, 35);
    const supplement = random.chance(0.08);
    food = ROUND(ration * (supplement ? 0.05 : random.around(0.5, 0.25, 0.15, 1)));
    dietItem = supplement ? 'Vitamin Supplement' : diet;
    if (dietItem === diet && diet === 'Meat' && random.chance(0.2)) dietItem = 'Whole Carcass';
    weight = random.chance(0.06) ? ROUND(animal.base * random.around(1, 0.04, 0.9, 1.1)) : null;
    medication = random.chance(0.04);
  } else if (type === 'Health Check') {
    minute = random.int(9 * 60, 15 * 60);
    duration = random.int(10, 90);
    weight = random.chance(0.82) ? ROUND(animal.base * random.around(1, 0.04, 0.9, 1.1)) : null;
    temperature = random.chance(0.55)
      ? random.around(section === 'Reptiles' ? 28 : section === 'Birds' ? 40.5 : 37.8, 1.2, 20, 43)
        .toFixed(1)
      : null;
    followUp = random.chance(0.18) ? 'yes' : 'no';
    if (followUp === 'yes') nextDue = isoDate(addDays(when, random.int(3, 42)));
    medication = random.chance(followUp === 'yes' ? 0.55 : 0.08);
  } else {
    minute = random.int(10 * 60, 17 * 60);
    duration = random.int(10, 60);
    item = random.weighted(ENRICHMENT);
    engagement = random.chance(0.85) ? random.int(1, 5) : null;
  }
  const at = addMinutes(when, minute);
  return [
    null, isoTimestamp(at), animal.row[0], keeper[0], type, duration, dietItem, food, weight,
    temperature, vetPresent ? 'Y' : 'N', medication ? 'TRUE' : 'FALSE', item, engagement, followUp,
    nextDue,
  ];
}

/** Writes care_events.csv, animals.csv and keepers.csv into `folder`; returns the tables. */
export function generate(folder) {
  const random = createRandom(20270113);
  const keepers = makeKeepers(random);
  const animals = makeAnimals(random);
  const events = Array.from({ length: 4760 }, () => makeEvent(random, animals, keepers));
  events.sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  events.forEach((event, i) => { event[0] = `CE${String(80001 + i)}`; });
  writeCsv(join(folder, 'animals.csv'),
    ['animal_id', 'house_name', 'species', 'Enclosure', 'sex', 'Date of Birth', 'arrival_date',
      'iucn_status', 'Breeding Programme', 'Target Weight (kg)'], animals.map((a) => a.row));
  writeCsv(join(folder, 'keepers.csv'),
    ['Keeper No', 'keeper_name', 'section', 'start_date', 'vetQualified', 'Employment'], keepers);
  writeCsv(join(folder, 'care_events.csv'),
    ['event_id', 'Event Time', 'Animal Tag', 'keeperId', 'event_type', 'Duration (min)',
      'diet_item', 'Food Given (kg)', 'Weight (kg)', 'Body Temp (C)', 'Vet Present',
      'medicationGiven', 'enrichment_item', 'Engagement Score', 'Follow-up Needed',
      'Next Check Due'], events);
  return ['care_events', 'animals', 'keepers'];
}
