// A Bristol letting agency's tenancies (the fact table) with the properties it lets and the
// landlords who own them as lookups. The tenancy export calls the property `Property Ref`, the
// property list says `property_id` and points at its owner with `landlordRef`, and the landlord
// list says `Landlord Code`: three systems, three spellings. Tenancies from 2019 to the export on
// 2025-06-30; a tenancy still running has no end date, one under notice has its end date ahead.
import { join } from 'node:path';
import { createRandom } from '../../lib/prng.mjs';
import {
  addDays, addMinutes, day, isoDate, isoTimestamp, writeCsv,
} from '../../lib/csv-writer.mjs';

// area, postcode district, rent factor, share of properties, student area
const AREAS = [
  ['Clifton', 'BS8', 1.35, 14, true], ['Redland', 'BS6', 1.2, 10, true],
  ['Cotham', 'BS6', 1.15, 7, true], ['Bishopston', 'BS7', 1.1, 9, false],
  ['Horfield', 'BS7', 0.95, 8, false], ['Bedminster', 'BS3', 0.98, 10, false],
  ['Southville', 'BS3', 1.08, 8, false], ['Easton', 'BS5', 0.9, 9, false],
  ['Fishponds', 'BS16', 0.85, 8, false], ['Harbourside', 'BS1', 1.3, 9, false],
  ['St Pauls', 'BS2', 0.92, 5, true], ['Totterdown', 'BS4', 0.94, 6, false],
];
const STREETS = {
  Clifton: ['Royal York Crescent', 'Whiteladies Road', 'Princess Victoria Street', 'Alma Road'],
  Redland: ['Redland Road', 'Elm Lane', 'Zetland Road', 'Cranbrook Road'],
  Cotham: ['Cotham Hill', 'Hampton Road', 'Cotham Brow'],
  Bishopston: ['Gloucester Road', 'Egerton Road', 'Berkeley Road'],
  Horfield: ['Filton Avenue', 'Muller Road', 'Wellington Hill'],
  Bedminster: ['North Street', 'Cannon Street', 'Dean Lane', 'Sheene Road'],
  Southville: ['Stackpool Road', 'Greville Road', 'Raleigh Road'],
  Easton: ['Stapleton Road', 'Belle Vue Road', 'Chelsea Road'],
  Fishponds: ['Fishponds Road', 'Straits Parade', 'Lodge Causeway'],
  Harbourside: ['Canons Way', 'Gas Ferry Road', 'Hotwell Road', 'Cumberland Road'],
  'St Pauls': ['Portland Square', 'Brunswick Square', 'Ashley Road'],
  Totterdown: ['Wells Road', 'Cambridge Road', 'Vale Street'],
};
const TYPES = [['Flat', 38], ['Terraced House', 24], ['Semi-detached', 10], ['Detached', 3],
  ['Studio', 10], ['Maisonette', 7], ['HMO', 8]];
const BEDROOMS = { Flat: [1, 3], 'Terraced House': [2, 4], 'Semi-detached': [3, 4],
  Detached: [3, 5], Studio: [0, 0], Maisonette: [2, 3], HMO: [4, 7] };
const EPC = [['A', 2], ['B', 14], ['C', 38], ['D', 30], ['E', 12], ['F', 3], ['G', 1]];
const FURNISHED = [['Unfurnished', 45], ['Furnished', 38], ['Part-furnished', 17]];
const FIRST = ['Olivia', 'Amelia', 'Isla', 'Ava', 'Mia', 'Ivy', 'Grace', 'Freya', 'Lily', 'Sophie',
  'Noah', 'Oliver', 'George', 'Arthur', 'Leo', 'Harry', 'Oscar', 'Jack', 'Theo', 'Finley',
  'Priya', 'Aisha', 'Chen', 'Kofi', 'Mateusz', 'Zofia', 'Yusuf', 'Hana', 'Rohan', 'Elena',
  'Tomasz', 'Niamh', 'Callum', 'Ewan', 'Ffion', 'Dylan', 'Imogen', 'Samir', 'Bea', 'Luca'];
const LAST = ['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Davies', 'Evans',
  'Thomas', 'Roberts', 'Patel', 'Khan', 'Nowak', 'Kowalski', 'Okafor', 'Mensah', 'Hughes', 'Lewis',
  'Walker', 'Wright', 'Green', 'Hall', 'Wood', 'Clarke', 'Ahmed', 'Singh', 'Murphy', 'Kelly',
  'Price', 'Morgan', 'Ellis', 'Fraser', 'Baker', 'Turner', 'Hussain', 'Begum', 'Zhang', 'Rossi',
  'Silva', 'Novak', 'Moreau', 'Byrne', 'Doyle', 'Quinn', 'Harris'];
// Eight companies, then a trust and a housing association.
const COMPANIES = ['Harbour Lets Ltd', 'Avon Residential Ltd', 'Clifton Estates Ltd',
  'Bristol Student Homes Ltd', 'Severn Living Ltd', 'Temple Quay Investments',
  'Redcliffe Holdings Ltd', 'Kingsdown Homes LLP', 'Westcountry Property Trust',
  'Brunel Housing Co-op'];
const NEGOTIATORS = [['Hannah Pike', 22], ['Marcus Bell', 18], ['Sita Raman', 17],
  ['Joe Lindqvist', 14], ['Abi Castell', 13], ['Declan Foy', 9], ['Rhiannon Vaughan', 7]];
const END_REASONS = [['Tenant moved out', 62], ['Tenant bought a home', 12],
  ['Landlord selling', 9], ['Rent increase', 7], ['Landlord moving in', 4], ['Eviction', 3],
  ['Job relocation', 3]];
const EXPORT_DAY = day('2025-06-30');

function makeLandlords(random) {
  const kinds = ['Company', 'Trust', 'Housing Association'];
  const companies = COMPANIES.map((name, i) => [name, kinds[Math.max(0, i - 7)]]);
  const people = Array.from({ length: 74 }, () => [
    `${random.pick(FIRST)} ${random.pick(LAST)}`, 'Individual']);
  const seen = new Set();
  return [...companies, ...people].filter(([name]) => !seen.has(name) && seen.add(name))
    .map(([name, kind], i) => {
      const joined = addDays(day('2012-01-01'), random.int(0, 4300));
      return [
        `LL-${String(101 + i * 2)}`, name, kind,
        (kind === 'Individual' ? random.pick([10, 12, 12, 12.5, 14, 15]) :
          random.pick([8, 8.5, 9, 10])).toFixed(1),
        random.chance(kind === 'Individual' ? 0.55 : 0.85) ? 'Y' : 'N', isoDate(joined),
        random.chance(kind === 'Individual' ? 0.14 : 0) ? 'yes' : 'no',
      ];
    });
}

function makeProperties(random, landlords) {
  const order = landlords.map((l, i) => [l, i < 10 ? 9 - i * 0.6 : 1]);
  const addresses = new Set();
  return Array.from({ length: 1180 }, (_, i) => {
    const [area, district, factor] = random.weighted(AREAS.map((a) => [a, a[3]]));
    const type = random.weighted(TYPES);
    const [lo, hi] = BEDROOMS[type];
    const bedrooms = random.int(lo, hi);
    const bathrooms = type === 'HMO' ? random.int(2, 3) : bedrooms >= 3 ? random.int(1, 2) : 1;
    const area2 = Math.round((28 + bedrooms * 17 + (type === 'Detached' ? 35 : 0)) *
      random.around(1, 0.2, 0.75, 1.3) * 10) / 10;
    const flat = ['Flat', 'Studio', 'Maisonette'].includes(type);
    let address;
    do {
      const street = `${random.int(1, 140)} ${random.pick(STREETS[area])}`;
      address = flat ? `Flat ${random.int(1, 12)}, ${street}` : street;
    } while (addresses.has(address));
    addresses.add(address);
    const postcode = `${district} ${random.int(1, 9)}${random.pick('ABDEFGHJLNPQRSTUWXYZ')}` +
      `${random.pick('ABDEFGHJLNPQRSTUWXYZ')}`;
    const listed = addDays(day('2016-03-01'), random.skewedIndex(3200, 0.7));
    const baseRent = (type === 'Studio' ? 720 : 640 + bedrooms * 290 + (type === 'HMO' ? 350 : 0))
      * factor * random.around(1, 0.12, 0.8, 1.25);
    const landlord = random.weighted(order);
    return {
      row: [
        `PR-${String(1001 + i)}`, address, postcode, area, type, bedrooms, bathrooms,
        area2.toFixed(1), random.weighted(EPC), random.weighted(FURNISHED),
        !flat && random.chance(0.7) ? 'TRUE' : 'FALSE',
        random.chance(flat ? 0.35 : 0.55) ? 'Yes' : 'No', landlord,
        isoDate(listed), (Math.round(baseRent * 1.3 / 25) * 25).toFixed(2),
      ],
      listed, baseRent, type, bedrooms, student: AREAS.find((a) => a[0] === area)[4],
    };
  });
}

const addMonths = (date, months) => {
  const next = new Date(date.getTime());
  next.setUTCMonth(next.getUTCMonth() + months);
  return next;
};

function tenancyType(random, property) {
  if (property.type === 'HMO' || (property.student && property.bedrooms >= 3)) {
    return random.weighted([['Student', 70], ['Assured Shorthold', 30]]);
  }
  return random.weighted([['Assured Shorthold', 78], ['Periodic', 10], ['Company Let', 12]]);
}

function tenanciesOf(random, property) {
  const out = [];
  let start = addDays(property.listed < day('2019-01-01') ? day('2019-01-01') : property.listed,
    random.int(0, property.listed < day('2019-01-01') ? 200 : 45));
  while (start <= EXPORT_DAY) {
    const type = tenancyType(random, property);
    const term = type === 'Periodic' ? null : type === 'Student' ? random.pick([10, 11, 12])
      : random.weighted([[12, 60], [6, 25], [24, 15]]);
    const stayMonths = (term ?? random.int(4, 20)) +
      (type !== 'Student' && random.chance(0.3) ? random.int(1, 12) : 0);
    const plannedEnd = addDays(addMonths(start, stayMonths), -1);
    const years = (start - day('2019-01-01')) / (365.25 * 86_400_000);
    const rent = Math.round(property.baseRent * 1.045 ** years * random.around(1, 0.05, 0.9, 1.1)
      / 5) * 5;
    let status = 'Ended';
    let end = plannedEnd;
    if (plannedEnd > EXPORT_DAY) {
      const ahead = (plannedEnd - EXPORT_DAY) / 86_400_000;
      status = ahead <= 90 && random.chance(0.5) ? 'Notice Given' : 'Active';
      if (status === 'Active') end = null;
    }
    const occupants = property.type === 'HMO' ? property.bedrooms
      : Math.max(1, Math.min(property.bedrooms + 1, random.int(1, property.bedrooms + 1)));
    const signed = addMinutes(addDays(start, -random.int(5, 45)), random.int(9 * 60, 18 * 60));
    out.push({
      start, signed, end, term, type, rent, status, occupants,
      tenant: `${random.pick(FIRST)} ${random.pick(LAST)}`,
      pets: random.chance(type === 'Student' ? 0.03 : 0.16) ? 'Y' : 'N',
      protected: random.chance(0.97) ? 'TRUE' : 'FALSE',
      guarantor: random.chance(type === 'Student' ? 0.85 : 0.18) ? 'Yes' : 'No',
      arrears: random.chance(0.09) ? (rent * random.pick([0.25, 0.5, 1, 1, 2, 3])).toFixed(2)
        : '0.00',
      reason: status === 'Ended' ? random.weighted(END_REASONS)
        : status === 'Notice Given' ? random.weighted(END_REASONS.slice(0, 5)) : null,
      negotiator: random.weighted(NEGOTIATORS),
    });
    start = addDays(plannedEnd, random.int(3, 50));
  }
  return out;
}

/** Writes tenancies.csv, properties.csv and landlords.csv into `folder`; returns the tables. */
export function generate(folder) {
  const random = createRandom(20261314);
  const landlords = makeLandlords(random);
  const properties = makeProperties(random, landlords.map((l) => l[0]));
  const tenancies = properties
    .flatMap((property) => tenanciesOf(random, property).map((t) => ({ ...t,
      property: property.row[0] })))
    .sort((a, b) => a.signed - b.signed);
  const rows = tenancies.map((t, i) => [
    `TN-${String(200001 + i)}`, t.property, t.tenant, isoDate(t.start), t.end && isoDate(t.end),
    t.term, t.rent.toFixed(2), (Math.round(t.rent * 12 / 52 * 5 * 100) / 100).toFixed(2),
    t.type, t.status, t.occupants, t.pets, t.protected, t.guarantor, t.arrears, t.reason,
    t.negotiator, isoTimestamp(t.signed, 'T'),
  ]);
  writeCsv(join(folder, 'landlords.csv'),
    ['Landlord Code', 'landlord_name', 'Landlord Type', 'Management Fee (%)', 'fully_managed',
      'joined_on', 'Overseas Landlord'], landlords);
  writeCsv(join(folder, 'properties.csv'),
    ['property_id', 'Address', 'postcode', 'area', 'Property Type', 'bedrooms', 'Bathrooms',
      'Floor Area (sq m)', 'EPC Rating', 'furnished', 'hasGarden', 'Parking', 'landlordRef',
      'Listed Date', 'Asking Rent (GBP pcm)'], properties.map((p) => p.row));
  writeCsv(join(folder, 'tenancies.csv'),
    ['tenancy_id', 'Property Ref', 'Lead Tenant', 'start_date', 'End Date', 'Term (months)',
      'Monthly Rent (GBP)', 'Deposit (GBP)', 'tenancy_type', 'status', 'Number of Occupants',
      'petsAllowed', 'Deposit Protected', 'Guarantor', 'Arrears (GBP)', 'end_reason',
      'negotiator', 'signedAt'], rows);
  return ['tenancies', 'properties', 'landlords'];
}
