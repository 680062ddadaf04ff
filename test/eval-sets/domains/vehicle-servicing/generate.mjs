// A chain of independent garages' job sheets (the fact table: services, repairs and MOTs) with
// the vehicles seen and the garages as lookups. The workshop system writes the vehicle as
// `Reg Plate` and the site as `garageId`, while the vehicle register says `registration` and the
// site list `Garage Code`. Jobs still on the ramp or waiting for parts have no completion time
// and no invoice yet; cancelled jobs never get either.
import { join } from 'node:path';
import { createRandom } from '../../lib/prng.mjs';
import {
  addDays, addMinutes, day, isoDate, isoTimestamp, writeCsv,
} from '../../lib/csv-writer.mjs';

// Garage Code, garage_name, town, manager, Bays, MOT Centre, Labour Rate (GBP/h), opened_on, weight
const GARAGES = [
  ['GR-01', 'Northgate Motors', 'Leeds', 'Dave Holloway', 8, 'TRUE', 78.5, '2009-04-01', 16],
  ['GR-02', 'Kirkstall Autocare', 'Leeds', 'Priya Shah', 5, 'FALSE', 72, '2014-09-15', 10],
  ['GR-03', 'Harrogate Service Centre', 'Harrogate', 'Tom Briggs', 6, 'TRUE', 84, '2011-02-01', 11],
  ['GR-04', 'York Road Garage', 'York', 'Sandra Okafor', 7, 'TRUE', 80, '2007-06-20', 13],
  ['GR-05', 'Minster Auto Repairs', 'York', 'Gareth Lloyd', 4, 'FALSE', 69.5, '2018-03-12', 7],
  ['GR-06', 'Wakefield Tyre & Exhaust', 'Wakefield', 'Lena Novak', 5, 'FALSE', 65, '2016-11-01',
    8],
  ['GR-07', 'Bradford Central Motors', 'Bradford', 'Imran Hussain', 9, 'TRUE', 74, '2005-01-10',
    15],
  ['GR-08', 'Shipley EV Workshop', 'Bradford', 'Chloe Adams', 3, 'FALSE', 92, '2021-05-04', 5],
  ['GR-09', 'Halifax Autopoint', 'Halifax', 'Mark Sutcliffe', 6, 'TRUE', 70, '2012-08-27', 8],
  ['GR-10', 'Otley Village Garage', 'Otley', 'Ruth Pearson', 3, 'TRUE', 66, '1998-05-18', 4],
  ['GR-11', 'Selby Motor Works', 'Selby', 'Ben Whitaker', 4, 'FALSE', 68, '2019-10-07', 5],
];
// make, model, fuel choices [[fuel, weight]], weight
const MODELS = [
  ['Ford', 'Fiesta', [['Petrol', 90], ['Diesel', 10]], 14],
  ['Ford', 'Focus', [['Petrol', 60], ['Diesel', 40]], 10],
  ['Vauxhall', 'Corsa', [['Petrol', 80], ['Diesel', 15], ['Electric', 5]], 11],
  ['Volkswagen', 'Golf', [['Petrol', 55], ['Diesel', 35], ['Hybrid', 10]], 10],
  ['Volkswagen', 'Polo', [['Petrol', 90], ['Diesel', 10]], 6],
  ['Toyota', 'Yaris', [['Hybrid', 70], ['Petrol', 30]], 7],
  ['Toyota', 'Corolla', [['Hybrid', 85], ['Petrol', 15]], 6],
  ['Nissan', 'Qashqai', [['Petrol', 55], ['Diesel', 45]], 8],
  ['Nissan', 'Leaf', [['Electric', 100]], 3],
  ['BMW', '3 Series', [['Diesel', 60], ['Petrol', 30], ['Hybrid', 10]], 6],
  ['Audi', 'A3', [['Petrol', 50], ['Diesel', 50]], 5],
  ['Kia', 'Sportage', [['Petrol', 50], ['Diesel', 25], ['Hybrid', 25]], 6],
  ['Hyundai', 'Tucson', [['Petrol', 50], ['Hybrid', 50]], 4],
  ['Tesla', 'Model 3', [['Electric', 100]], 3],
  ['Skoda', 'Octavia', [['Diesel', 55], ['Petrol', 45]], 5],
  ['Mercedes-Benz', 'C-Class', [['Diesel', 65], ['Petrol', 35]], 4],
];
const COLOURS = [['Black', 20], ['Grey', 22], ['Silver', 16], ['White', 18], ['Blue', 12],
  ['Red', 9], ['Green', 3]];
const OWNER_TYPES = [['Private', 70], ['Fleet', 18], ['Lease', 12]];
// job_type, weight, labour hours [mean, spread, min, max], parts [min, max]
const JOB_TYPES = [
  ['Full Service', 22, [2.5, 0.8, 1.5, 4], [60, 220]],
  ['Interim Service', 16, [1.4, 0.5, 0.8, 2.5], [30, 110]],
  ['MOT', 24, [0.8, 0.2, 0.5, 1], [0, 0]],
  ['Brake Repair', 9, [1.8, 0.8, 0.8, 3.5], [80, 380]],
  ['Tyre Replacement', 10, [0.7, 0.3, 0.3, 1.5], [70, 520]],
  ['Clutch Replacement', 3, [5, 1.2, 3.5, 7.5], [280, 760]],
  ['Diagnostics', 7, [1, 0.5, 0.5, 2], [0, 40]],
  ['Battery Replacement', 4, [0.5, 0.2, 0.3, 1], [90, 210]],
  ['Air Con Regas', 5, [0.8, 0.2, 0.5, 1.2], [25, 60]],
];
const TECHNICIANS = ['Alan Marsh', 'Kofi Mensah', 'Jade Porter', 'Luke Denton', 'Marek Kowalski',
  'Sam Ridley', 'Nadia Begum', 'Owen Price', 'Callum Reid', 'Ella Sharp', 'Harvey Cole',
  'Tariq Aziz', 'Megan Walsh', 'Josh Hartley', 'Paul Kendrick', 'Zoe Fairclough', 'Ryan Doyle',
  'Ian Mercer', 'Bilal Qureshi', 'Amy Thornton', 'Stuart Lowe', 'Katie Barker'];
const LETTERS = 'ABCDEFGHJKLMNOPRSTUVWXYZ';

function plate(random, year) {
  const letter = () => LETTERS[random.int(0, LETTERS.length - 1)];
  const half = random.chance(0.5);
  const age = half ? year % 100 : (year % 100) + 50;
  return `${letter()}${letter()}${String(age).padStart(2, '0')} ${letter()}${letter()}${letter()}`;
}

function makeVehicles(random) {
  const seen = new Set();
  const vehicles = [];
  while (vehicles.length < 640) {
    const [make, model, fuels] = random.weighted(MODELS.map((m) => [m, m[3]]));
    const fuel = random.weighted(fuels);
    const year = random.int(2008, 2024);
    const registration = plate(random, year);
    if (seen.has(registration)) continue;
    seen.add(registration);
    const first = addDays(day(`${year}-01-01`), random.int(0, 364));
    const warranty = year >= 2022 ? random.chance(0.85) : year >= 2020 && random.chance(0.2);
    vehicles.push([registration, make, model, fuel, year, isoDate(first), random.weighted(COLOURS),
      random.weighted(OWNER_TYPES), warranty ? 'Y' : 'N']);
  }
  return vehicles;
}

const money = (value) => Number(value.toFixed(2));

function makeJob(random, i, vehicles) {
  const jobDay = addDays(day('2024-01-02'), random.int(0, 545)); // 2024-01-02 .. 2025-06-30
  const garage = random.weighted(GARAGES.map((g) => [g, g[8]]));
  const vehicle = vehicles[random.skewedIndex(vehicles.length, 1.3)];
  let jobType = random.weighted(JOB_TYPES.map((j) => [j, j[1]]));
  if (jobType[0] === 'MOT' && garage[5] === 'FALSE') jobType = JOB_TYPES[0];
  const [type, , hours, parts] = jobType;
  const leadDays = random.weighted([[0, 20], [1, 15], [2, 12], [3, 10], [5, 10], [7, 13],
    [10, 10], [14, 10]]);
  const bookedAt = addMinutes(addDays(jobDay, -leadDays), random.int(7 * 60, 18 * 60 + 30));
  const labour = Math.round(random.around(...hours) * 10) / 10;
  const partsCost = money(random.int(parts[0] * 100, parts[1] * 100) / 100);
  const daysToEnd = (day('2025-06-30') - jobDay) / 86_400_000;
  let status = 'Completed';
  if (random.chance(0.035)) status = 'Cancelled';
  else if (daysToEnd < 4 && random.chance(0.6)) status = 'In Progress';
  else if (daysToEnd < 14 && ['Brake Repair', 'Clutch Replacement'].includes(type)
    && random.chance(0.5)) status = 'Awaiting Parts';
  else if (random.chance(0.006)) status = 'Awaiting Parts';
  const done = status === 'Completed';
  const completedAt = done
    ? isoTimestamp(addMinutes(jobDay, 8 * 60 + random.int(30, 60 * labour * 1.6 + 240)), ' ')
    : null;
  const invoice = done ? money(labour * garage[6] + partsCost) : null;
  const motResult = type === 'MOT' && done
    ? random.weighted([['Pass', 62], ['Pass with Advisories', 24], ['Fail', 14]]) : null;
  const mileage = random.chance(0.05) ? null
    : Math.round((2025 - vehicle[4]) * random.around(8500, 3000, 1500, 18000)
      + random.int(0, 3000));
  const garageIndex = GARAGES.indexOf(garage);
  const technician = TECHNICIANS[(garageIndex * 2 + random.int(0, 2)) % TECHNICIANS.length];
  const warrantyClaim = vehicle[8] === 'Y' && type !== 'MOT' && random.chance(0.3);
  const rating = done && random.chance(0.45)
    ? random.weighted([[5, 44], [4, 30], [3, 13], [2, 8], [1, 5]]) : null;
  return [
    `JB${String(240000 + i)}`, vehicle[0], garage[0], type, isoTimestamp(bookedAt, 'T'),
    isoDate(jobDay), completedAt, status, labour, type === 'MOT' ? 0 : partsCost, invoice,
    mileage, technician, motResult, random.chance(0.17) ? 'yes' : 'no',
    warrantyClaim ? 'true' : 'false', rating,
  ];
}

/** Writes service_jobs.csv, vehicles.csv and garages.csv into `folder`; returns the tables. */
export function generate(folder) {
  const random = createRandom(20270315);
  const vehicles = makeVehicles(random);
  const jobs = Array.from({ length: 4640 }, (_, i) => makeJob(random, i, vehicles));
  writeCsv(join(folder, 'vehicles.csv'),
    ['registration', 'make', 'model', 'Fuel Type', 'year_of_manufacture', 'First Registered',
      'colour', 'ownerType', 'Under Warranty'], vehicles);
  writeCsv(join(folder, 'garages.csv'),
    ['Garage Code', 'garage_name', 'town', 'manager', 'Bays', 'MOT Centre', 'Labour Rate (GBP/h)',
      'opened_on'], GARAGES.map((row) => row.slice(0, 8)));
  writeCsv(join(folder, 'service_jobs.csv'),
    ['job_no', 'Reg Plate', 'garageId', 'job_type', 'Booked At', 'job_date', 'Completed At',
      'status', 'Labour Hours (h)', 'Parts Cost (GBP)', 'Invoice Total (GBP)', 'Odometer (miles)',
      'technician', 'mot_result', 'Courtesy Car', 'isWarrantyClaim', 'customerRating'], jobs);
  return ['service_jobs', 'vehicles', 'garages'];
}
