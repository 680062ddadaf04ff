// A car-rental firm's rentals (the fact table) with its fleet and its branches as lookups. The
// rental system writes the car as `plate` and the branches as `pickup_branch` / `Return Branch`,
// while the fleet list calls its key `Registration` and the branch list `branch_id`, the way a
// booking system's export and a fleet manager's spreadsheet actually differ.
import { join } from 'node:path';
import { createRandom } from '../../lib/prng.mjs';
import {
  addDays, addMinutes, day, isoDate, isoTimestamp, writeCsv,
} from '../../lib/csv-writer.mjs';

// [branch_id, name, city, airport, opened, parking spaces, weight]
const BRANCHES = [
  ['LIS-APT', 'Lisbon Airport', 'Lisbon', 'yes', '2009-05-01', 320, 22],
  ['LIS-CEN', 'Lisbon Baixa', 'Lisbon', 'no', '2012-03-15', 60, 10],
  ['OPO-APT', 'Porto Airport', 'Porto', 'yes', '2011-06-01', 240, 15],
  ['OPO-CAM', 'Porto Campanha Station', 'Porto', 'no', '2016-09-01', 45, 7],
  ['FAO-APT', 'Faro Airport', 'Faro', 'yes', '2010-04-01', 410, 20],
  ['FAO-ALB', 'Albufeira', 'Albufeira', 'no', '2018-05-20', 80, 9],
  ['COI-CEN', 'Coimbra', 'Coimbra', 'no', '2014-02-03', 35, 5],
  ['FNC-APT', 'Madeira Airport', 'Funchal', 'yes', '2015-07-01', 150, 8],
  ['BRG-CEN', 'Braga', 'Braga', 'no', '2021-10-11', 30, 4],
];
// [make, model, class, fuel, seats, daily rate, automatic, EV range]
const MODELS = [
  ['Fiat', '500', 'Mini', 'Petrol', 4, 29, 'N', null],
  ['Renault', 'Clio', 'Economy', 'Petrol', 5, 34, 'N', null],
  ['Peugeot', '208', 'Economy', 'Diesel', 5, 36, 'N', null],
  ['Volkswagen', 'Golf', 'Compact', 'Diesel', 5, 45, 'Y', null],
  ['Toyota', 'Corolla', 'Compact', 'Hybrid', 5, 49, 'Y', null],
  ['Seat', 'Ateca', 'SUV', 'Petrol', 5, 62, 'Y', null],
  ['Nissan', 'Qashqai', 'SUV', 'Hybrid', 5, 66, 'Y', null],
  ['Tesla', 'Model 3', 'Electric', 'Electric', 5, 89, 'Y', 510],
  ['Renault', 'Zoe', 'Electric', 'Electric', 5, 52, 'Y', 390],
  ['Mercedes-Benz', 'Vito', 'Van', 'Diesel', 9, 95, 'N', null],
  ['BMW', '5 Series', 'Premium', 'Diesel', 5, 120, 'Y', null],
];
const BRANCH_WEIGHTS = BRANCHES.map((branch) => [branch[0], branch[6]]);
const MODEL_WEIGHTS = [10, 18, 14, 12, 10, 8, 7, 4, 4, 5, 3];
const INSURANCE = [['None', 30, 1], ['Basic', 45, 1.12], ['Full Cover', 25, 1.3]];
// [days, weight]: weekends, weeks and fortnights are what people book.
const RENTAL_LENGTHS = [[1, 8], [2, 12], [3, 16], [4, 12], [5, 10], [7, 18], [10, 8], [14, 9],
  [21, 4], [28, 3]];
const CUSTOMERS = [['Private', 70], ['Corporate', 20], ['Tour Operator', 10]];

function registration(random) {
  const letters = 'ABCDEFGHJKLMNPRSTUVXZ';
  const pair = () => random.pick(letters) + random.pick(letters);
  return `${pair()}-${String(random.int(10, 99))}-${pair()}`;
}

function makeCars(random) {
  const seen = new Set();
  const cars = [];
  while (cars.length < 190) {
    const plate = registration(random);
    if (seen.has(plate)) continue;
    seen.add(plate);
    const model = random.weighted(MODELS.map((m, k) => [m, MODEL_WEIGHTS[k]]));
    const home = random.weighted(BRANCH_WEIGHTS);
    const [make, name, carClass, fuel, seats, rate, automatic, range] = model;
    cars.push([plate, make, name, carClass, fuel, seats, rate.toFixed(2), random.int(2018, 2025),
      automatic, home, range === null ? null : range - random.int(0, 40)]);
  }
  return cars;
}

function returnDetails(random, pickup, days, mileageOut) {
  const returned = addMinutes(pickup, days * 1440 + random.int(-180, 240));
  return {
    returnedAt: isoTimestamp(returned, 'T'),
    mileageIn: mileageOut + Math.round(random.around(days * 85, days * 40, 20, 4000)),
    fuelFull: random.chance(0.78) ? 'true' : 'false',
    damage: random.chance(0.06) ? 'yes' : 'no',
  };
}

/** Pickup days over 2024-07-01 .. 2025-08-31, busier in summer, in date order. */
function pickupDays(random, count) {
  const start = day('2024-07-01');
  const days = [];
  while (days.length < count) {
    const candidate = addDays(start, random.int(0, 426));
    const month = candidate.getUTCMonth(); // 0 = January
    const season = month >= 5 && month <= 8 ? 1 : month === 11 || month === 3 ? 0.75 : 0.55;
    if (random.chance(season)) days.push(candidate);
  }
  return days.sort((a, b) => a - b);
}

function makeRentals(random, cars) {
  // The last cars joined the fleet after this export was taken: they have no rentals yet.
  const rentable = cars.slice(0, cars.length - 7);
  const pickups = pickupDays(random, 4600);
  const mileage = new Map(cars.map((car) => [car[0], random.int(3000, 90000)]));
  const rentals = [];
  for (let i = 0; i < 4600; i += 1) {
    const car = random.pick(rentable);
    // In pickup order, so rental numbers and odometers both rise.
    const pickup = addMinutes(pickups[i], random.int(7 * 4, 21 * 4) * 15);
    const rentalDays = random.weighted(RENTAL_LENGTHS);
    const stillOut = addDays(pickup, rentalDays) > day('2025-09-01');
    const pickupBranch = random.chance(0.7) ? car[9] : random.weighted(BRANCH_WEIGHTS);
    const returnBranch = random.chance(0.85) ? pickupBranch : random.pick(BRANCHES)[0];
    const [insurance, , factor] = random.weighted(INSURANCE.map((option) => [option, option[1]]));
    const extraDriver = random.chance(0.18);
    const price = rentalDays * Number(car[6]) * factor + (extraDriver ? rentalDays * 9 : 0);
    const mileageOut = mileage.get(car[0]);
    const back = stillOut ? null : returnDetails(random, pickup, rentalDays, mileageOut);
    if (back) mileage.set(car[0], back.mileageIn);
    rentals.push([
      `R${String(250001 + i)}`, car[0], pickupBranch, returnBranch, isoTimestamp(pickup),
      back?.returnedAt, rentalDays, mileageOut, back?.mileageIn, price.toFixed(2), insurance,
      extraDriver ? 'Y' : 'N',
      random.weighted(CUSTOMERS), random.chance(0.64) ? 'TRUE' : 'FALSE', back?.fuelFull,
      back?.damage, random.chance(0.05) ? null : random.int(21, 78),
    ]);
  }
  return rentals;
}

/** Writes rentals.csv, cars.csv and branches.csv into `folder`; returns the tables it wrote. */
export function generate(folder) {
  const random = createRandom(20261202);
  const cars = makeCars(random);
  writeCsv(join(folder, 'branches.csv'),
    ['branch_id', 'branch_name', 'city', 'Airport Location', 'opened_on', 'Parking Spaces'],
    BRANCHES.map((branch) => branch.slice(0, 6)));
  writeCsv(join(folder, 'cars.csv'),
    ['Registration', 'make', 'model', 'Car Class', 'fuel_type', 'seats', 'Daily Rate (EUR)',
      'modelYear', 'Automatic', 'Home Branch', 'EV Range (km)'], cars);
  writeCsv(join(folder, 'rentals.csv'),
    ['Rental No', 'plate', 'pickup_branch', 'Return Branch', 'pickupDateTime', 'return_datetime',
      'Rental Days', 'Mileage Out (km)', 'Mileage In (km)', 'Total Price (EUR)',
      'insurance_option', 'Additional Driver', 'customer_type', 'Booked Online',
      'fuelFullOnReturn', 'damage_reported', 'driver_age'], makeRentals(random, cars));
  return ['rentals', 'cars', 'branches'];
}
