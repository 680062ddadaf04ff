// An electricity supplier's monthly meter readings (the fact table) with meters and tariffs as
// lookups. The readings export names the meter `Meter No` where the meter register says
// `meter_number`, and the register names the tariff `Tariff` where the price list says
// `tariff_code`, the way a billing system's and an asset register's exports actually differ.
import { join } from 'node:path';
import { createRandom } from '../../lib/prng.mjs';
import {
  addDays, addMinutes, day, isoDate, isoTimestamp, writeCsv,
} from '../../lib/csv-writer.mjs';

// code, name, unit rate (p/kWh), standing charge (p/day), green, fixed term (months; null: none)
const TARIFFS = [
  ['STD-V', 'Standard Variable', 24.86, 60.1, 'N', null],
  ['FIX12', 'Fixed 12 Month', 23.4, 58.5, 'N', 12],
  ['FIX24', 'Fixed 24 Month', 25.1, 55.2, 'N', 24],
  ['GRN12', 'Green Fix 12', 26.75, 61.0, 'Y', 12],
  ['EVN', 'EV Night Saver', 19.9, 64.3, 'Y', null],
  ['BIZ-FLEX', 'Business Flex', 27.3, 98.7, 'N', 36],
];
const RESIDENTIAL_TARIFFS = [
  ['STD-V', 34], ['FIX12', 26], ['FIX24', 12], ['GRN12', 18], ['EVN', 10],
];
const SEGMENTS = [['Residential', 74], ['Small Business', 19], ['Commercial', 7]];
const PROPERTY_TYPES = {
  Residential: [['Flat', 28], ['Terraced', 30], ['Semi-detached', 26], ['Detached', 16]],
  'Small Business': [['Shop', 50], ['Office', 35], ['Workshop', 15]],
  Commercial: [['Office', 45], ['Retail Unit', 30], ['Factory', 25]],
};
/** Mean monthly kWh for each segment; winter months use more. */
const MONTHLY_KWH = { Residential: 260, 'Small Business': 1150, Commercial: 5200 };
const REGIONS = [['North', 24], ['South', 22], ['East', 16], ['West', 20], ['Central', 18]];
const FIRST_READ = day('2024-01-01');
const MONTHS = 18; // 2024-01 .. 2025-06

function makeMeter(random, index) {
  const segment = random.weighted(SEGMENTS);
  // Most meters predate the readings; the rest were fitted during them (no reads before that).
  const installed = random.chance(0.85)
    ? addDays(day('2012-03-01'), random.int(0, 4200))
    : addDays(FIRST_READ, random.int(0, 420));
  return {
    number: `E${String(17004 + index * 13).padStart(6, '0')}`, segment,
    region: random.weighted(REGIONS), installed,
    smart: random.chance(segment === 'Residential' ? 0.62 : 0.8),
    tariff: segment === 'Residential' ? random.weighted(RESIDENTIAL_TARIFFS) : 'BIZ-FLEX',
    solar: random.chance(segment === 'Commercial' ? 0.3 : 0.18),
    propertyType: random.weighted(PROPERTY_TYPES[segment]),
  };
}

/** The register's row: its booleans spelled `TRUE`/`FALSE` and `yes`/`no`, as it exports them. */
const meterRow = (meter) => [
  meter.number, meter.segment, meter.region, isoDate(meter.installed),
  meter.smart ? 'TRUE' : 'FALSE', meter.tariff, meter.solar ? 'yes' : 'no', meter.propertyType,
];

/** Each meter is read once a month, on the 24th to the 29th (spread by meter). */
const readDay = (month, meterIndex) =>
  addDays(new Date(Date.UTC(2024, month, 1)), 24 + (meterIndex % 6));
// Use and outdoor temperature by calendar month, January first.
const SEASONAL_USE = [1.45, 1.35, 1.15, 0.95, 0.8, 0.72, 0.7, 0.72, 0.82, 1.0, 1.25, 1.42];
const MEAN_TEMP_C = [4.1, 4.8, 6.9, 9.2, 12.6, 15.4, 17.8, 17.5, 14.9, 11.3, 7.6, 5.0];

/** Amount for a month (30 days of standing charge) and whether it was paid; June 2025 is not
 * billed yet, so both are empty. */
function bill(random, meter, kWh, date) {
  if (date >= day('2025-06-01')) return [null, null];
  const [, , rate, standing] = TARIFFS.find(([code]) => code === meter.tariff);
  const amount = (kWh * rate + standing * 30) / 100;
  const payRate = meter.segment === 'Residential' ? 0.9 : 0.95;
  return [amount.toFixed(2), random.chance(payRate) ? 'Yes' : 'No'];
}

function makeReading(random, meter, date) {
  const month = date.getUTCMonth();
  const method = meter.smart ? (random.chance(0.96) ? 'Smart' : 'Manual')
    : random.weighted([['Manual', 55], ['Customer', 45]]);
  const estimated = !meter.smart && random.chance(0.22);
  const kWh = MONTHLY_KWH[meter.segment] * SEASONAL_USE[month]
    * random.around(1, 0.45, 0.35, 1.9);
  const solar = meter.solar ? (kWh * 0.3 * (2 - SEASONAL_USE[month])).toFixed(1) : null;
  const submitted = addMinutes(date, random.int(6 * 60, 22 * 60));
  const peak = meter.smart ? (kWh / 720 * random.around(4.2, 1.5, 1.8, 7)).toFixed(2) : null;
  return [
    meter.number, isoDate(date), isoTimestamp(submitted, 'T'), method, kWh.toFixed(1), peak,
    estimated ? 'true' : 'false', ...bill(random, meter, kWh, date), solar,
    (MEAN_TEMP_C[month] + random.around(0, 2.5, -4, 4)).toFixed(1),
  ];
}

function makeReadings(random, meters) {
  const rows = [];
  for (let month = 0; month < MONTHS; month += 1) {
    meters.forEach((meter, meterIndex) => {
      const date = readDay(month, meterIndex);
      if (date < meter.installed || random.chance(0.06)) return; // not fitted yet, or missed
      rows.push(makeReading(random, meter, date));
    });
  }
  return rows.map((row, i) => [`RD${String(i + 1).padStart(7, '0')}`, ...row]);
}

/** Writes readings.csv, meters.csv and tariffs.csv into `folder`; returns the tables it wrote. */
export function generate(folder) {
  const random = createRandom(20251111);
  const meters = Array.from({ length: 260 }, (_, i) => makeMeter(random, i));
  writeCsv(join(folder, 'tariffs.csv'),
    ['tariff_code', 'Tariff Name', 'Unit Rate (p/kWh)', 'Standing Charge (p/day)', 'green_energy',
      'fixed_term_months'], TARIFFS);
  writeCsv(join(folder, 'meters.csv'),
    ['meter_number', 'Customer Segment', 'region', 'install_date', 'smartMeter', 'Tariff',
      'has_solar_panels', 'Property Type'], meters.map(meterRow));
  writeCsv(join(folder, 'readings.csv'),
    ['reading_id', 'Meter No', 'read_date', 'Submitted At', 'Read Method', 'Consumption (kWh)',
      'Peak Demand (kW)', 'is_estimated', 'Amount Billed (GBP)', 'Paid', 'Solar Export (kWh)',
      'Avg Temp (C)'], makeReadings(random, meters));
  return ['readings', 'meters', 'tariffs'];
}
