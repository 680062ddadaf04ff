// A farm co-operative's harvest deliveries (the fact table) with growers and crops as lookups.
// The weighbridge export names the grower `GrowerID` and the crop `crop`, while the member list
// says `grower_id` and the crop list `crop_code`. The depot clerks type the organic flag by
// hand, so one column holds yes, Yes, Y, no, No and N side by side.
import { join } from 'node:path';
import { createRandom } from '../../lib/prng.mjs';
import {
  addDays, addMinutes, day, isoDate, isoTimestamp, writeCsv,
} from '../../lib/csv-writer.mjs';

// code, name, category, base price (EUR/t), perishable, harvest months (1-12), typical load (kg)
const CROPS = [
  ['WHT', 'Winter Wheat', 'Grain', 215, 'N', [7, 8], 9000],
  ['BAR', 'Spring Barley', 'Grain', 190, 'N', [7, 8, 9], 8000],
  ['OAT', 'Oats', 'Grain', 175, 'N', [8, 9], 6000],
  ['RAP', 'Oilseed Rape', 'Oilseed', 430, 'N', [7, 8], 5000],
  ['SUN', 'Sunflower', 'Oilseed', 410, 'N', [9, 10], 4000],
  ['POT', 'Potatoes', 'Vegetable', 160, 'Y', [6, 7, 8, 9, 10], 7000],
  ['ONI', 'Onions', 'Vegetable', 240, 'Y', [8, 9], 3000],
  ['CAR', 'Carrots', 'Vegetable', 280, 'Y', [6, 7, 8, 9, 10, 11], 2500],
  ['CAB', 'Cabbage', 'Vegetable', 220, 'Y', [9, 10, 11], 2000],
  ['APL', 'Apples', 'Fruit', 520, 'Y', [8, 9, 10], 1800],
  ['PER', 'Pears', 'Fruit', 610, 'Y', [8, 9], 1200],
  ['STR', 'Strawberries', 'Fruit', 2900, 'Y', [5, 6, 7], 400],
  ['PLM', 'Plums', 'Fruit', 880, 'Y', [7, 8], 700],
];
const REGIONS = [['Upper Valley', 30], ['Lowmoor', 22], ['Eastfields', 18], ['Kestrel Hills', 16],
  ['Saltmarsh', 14]];
const DEPOTS = [['North Depot', 45], ['South Depot', 35], ['Riverside Depot', 20]];
const FARM_WORDS = ['Oak', 'Willow', 'Brook', 'Hawthorn', 'Meadow', 'Stone', 'Elm', 'Fern',
  'Ash', 'Heron', 'Clover', 'Bramble', 'Moss', 'Linden', 'Rook', 'Barley'];
const FARM_MIDDLES = ['Hill', 'Lane', 'End', 'Cross', 'Green', 'Bottom'];
const FARM_TAILS = ['Farm', 'Farm', 'Acres', 'Holdings', 'Orchards', 'Fields', 'Grange'];
const OWNERS = ['Ann Marsh', 'Piet de Vries', 'Hugh Tallis', 'Maria Kowal', 'Ewan Reid',
  'Jana Novak', 'Tom Ashby', 'Ines Duarte', 'Oskar Lind', 'Ruth Penhale', 'Bram Hooft',
  'Carys Wynne', 'Luca Ferri', 'Nell Dawson', 'Sanjay Rao', 'Greta Holm'];
const YES = ['yes', 'Yes', 'Y'];
const NO = ['no', 'No', 'N'];

function makeGrowers(random) {
  const names = new Set();
  const growers = [];
  while (growers.length < 160) {
    const name = [FARM_WORDS, FARM_MIDDLES, FARM_TAILS].map(random.pick).join(' ');
    if (names.has(name)) continue; // two members never share a farm name
    names.add(name);
    const joined = addDays(day('2004-01-01'), random.int(0, 7300));
    growers.push([`G-${String(101 + growers.length).padStart(3, '0')}`, name,
      random.pick(OWNERS), random.weighted(REGIONS), Math.round(random.around(120, 160, 8, 900)),
      isoDate(joined), random.chance(0.28) ? 'TRUE' : 'FALSE']);
  }
  return growers;
}

function deliveryTime(random, crop) {
  const year = random.weighted([[2024, 48], [2025, 52]]);
  const month = random.pick(crop[5]);
  const date = addDays(day(`${year}-${String(month).padStart(2, '0')}-01`), random.int(0, 27));
  return addMinutes(date, random.int(6 * 60, 19 * 60));
}

function quality(random, crop, organic) {
  const grade = random.weighted([['Premium', 24], ['Standard', 64], ['Reject', 12]]);
  const moisture = crop[2] === 'Grain' || crop[2] === 'Oilseed'
    ? random.around(14.5, 3, 9, 22).toFixed(1) : null;
  const premium = { Premium: 1.15, Standard: 1, Reject: 0 }[grade] * (organic ? 1.3 : 1);
  return { grade, moisture, price: ((crop[3] / 1000) * premium).toFixed(3) };
}

function payment(random, delivered, grade) {
  if (grade === 'Reject') return ['Not payable', null];
  if (delivered > day('2025-10-01') && random.chance(0.6)) return ['Pending', null];
  const status = random.weighted([['Paid', 92], ['Disputed', 5], ['Pending', 3]]);
  return status === 'Paid' ? [status, isoDate(addDays(delivered, random.int(14, 45)))]
    : [status, null];
}

function makeDelivery(random, index, grower) {
  const crop = CROPS[random.skewedIndex(CROPS.length, 1.3)];
  const delivered = deliveryTime(random, crop);
  const organic = grower[6] === 'TRUE' && random.chance(0.85);
  const { grade, moisture, price } = quality(random, crop, organic);
  const weight = random.around(crop[6], crop[6] * 0.6, crop[6] * 0.1, crop[6] * 2.2).toFixed(1);
  const [status, paidOn] = payment(random, delivered, grade);
  return [`D${String(index + 1).padStart(6, '0')}`, grower[0], crop[0], isoTimestamp(delivered),
    random.weighted(DEPOTS), weight, moisture, grade, random.pick(organic ? YES : NO), price,
    status, paidOn, random.chance(0.07) ? 'sample retained' : null];
}

/** Writes deliveries.csv, growers.csv and crops.csv into `folder`; returns the tables it wrote. */
export function generate(folder) {
  const random = createRandom(20261202);
  const growers = makeGrowers(random);
  const deliveries = Array.from({ length: 4700 }, (_, i) =>
    makeDelivery(random, i, growers[random.skewedIndex(growers.length, 1.8)]));
  writeCsv(join(folder, 'crops.csv'),
    ['crop_code', 'crop_name', 'category', 'Base Price (EUR/t)', 'perishable'],
    CROPS.map((crop) => crop.slice(0, 5)));
  writeCsv(join(folder, 'growers.csv'),
    ['grower_id', 'farm_name', 'owner', 'region', 'Hectares', 'joined_on', 'Certified Organic'],
    growers);
  writeCsv(join(folder, 'deliveries.csv'),
    ['delivery_id', 'GrowerID', 'crop', 'Delivered At', 'depot', 'Net Weight (kg)',
      'Moisture %', 'grade', 'organic', 'pricePerKg', 'payment_status', 'paid_on', 'notes'],
    deliveries);
  return ['deliveries', 'growers', 'crops'];
}
