// A solar company's rooftop installations (the fact table) with its customers and the installer
// firms it subcontracts as lookups. The job system calls the firm `Installer Ref` and the
// customer `customerId`, while the subcontractor list says `installer_id` and the CRM
// `customer_id`. Systems fitted but not yet commissioned have no commissioning time, and a
// system without a battery has no battery capacity.
import { join } from 'node:path';
import { createRandom } from '../../lib/prng.mjs';
import {
  addDays, addMinutes, day, isoDate, isoTimestamp, writeCsv,
} from '../../lib/csv-writer.mjs';

// installer_id, company, lead electrician, base town, MCS certified, founded, crew size, weight
const INSTALLERS = [
  ['INS-01', 'Brightside Solar', 'Mark Trevithick', 'Exeter', 'TRUE', 2011, 8, 16],
  ['INS-02', 'Sunwise Renewables', 'Kerry Hodge', 'Plymouth', 'TRUE', 2014, 6, 12],
  ['INS-03', 'Helios Home Energy', 'Dev Sharma', 'Taunton', 'TRUE', 2016, 5, 10],
  ['INS-04', 'Greenroof Installations', 'Paul Yelland', 'Truro', 'FALSE', 2019, 4, 6],
  ['INS-05', 'PV Pro Services', 'Anna Kowalczyk', 'Bristol', 'TRUE', 2012, 9, 15],
  ['INS-06', 'Solstice Electrical', 'Gavin Moss', 'Barnstaple', 'TRUE', 2018, 4, 7],
  ['INS-07', 'Westcountry Solar', 'Jenny Pascoe', 'Bodmin', 'TRUE', 2010, 7, 11],
  ['INS-08', 'Apex Energy Solutions', 'Ibrahim Sule', 'Bath', 'FALSE', 2021, 3, 4],
  ['INS-09', 'Clearsky Installers', 'Rob Chudleigh', 'Torquay', 'TRUE', 2015, 5, 8],
  ['INS-10', 'Ridge & Panel Ltd', 'Steve Ward', 'Yeovil', 'TRUE', 2017, 6, 9],
  ['INS-11', 'EcoVolt', 'Marta Silva', 'Bridgwater', 'FALSE', 2022, 3, 3],
];
const FIRST = ['Alan', 'Beth', 'Colin', 'Diane', 'Edward', 'Fiona', 'Graham', 'Helen', 'Ian',
  'Julie', 'Keith', 'Linda', 'Martin', 'Nicola', 'Philip', 'Rachel', 'Simon', 'Tracey', 'Victor',
  'Wendy', 'Amir', 'Bronwen', 'Chen', 'Deepa', 'Ewan', 'Gemma', 'Hamish', 'Imogen', 'Joel', 'Kate'];
const LAST = ['Penrose', 'Tremayne', 'Hocking', 'Rowe', 'Nancarrow', 'Stevens', 'Pearce', 'Hawke',
  'Martin', 'Williams', 'Thomas', 'Harris', 'Bennett', 'Mitchell', 'Carter', 'Ellis', 'Gill',
  'Hooper', 'Lane', 'Marsh', 'Norris', 'Osborne', 'Quick', 'Rendle', 'Sweet', 'Treloar', 'Vosper'];
const BUSINESSES = ['Holsworthy Farms', 'Tamar Valley Lettings', 'Coastline Holiday Parks',
  'Moorland Housing Trust', 'Exe Estuary Properties', 'Quantock Dairy', 'Kernow Homes',
  'Dartside Care Homes', 'Mendip Self Storage', 'Atlantic Surf Lodges', 'Blackdown Estates',
  'Riverside Lettings', 'St Ives Guest Houses', 'Wessex Community Housing'];
const COUNTIES = [['Devon', 34], ['Cornwall', 24], ['Somerset', 20], ['Dorset', 10],
  ['Bristol', 8], ['Wiltshire', 4]];
const HOMES = [['Detached', 34], ['Semi-detached', 30], ['Terraced', 18], ['Bungalow', 18]];
const ROOFS = [['South', 40], ['South-West', 18], ['South-East', 16], ['East-West', 20],
  ['West', 6]];
const ROOF_YIELD = { South: 950, 'South-West': 910, 'South-East': 905, 'East-West': 820,
  West: 800 };
// panel model, watts, weight
const PANELS = [['SunCell 400', 400, 30], ['Aurora 430', 430, 25], ['BlackPeak 410', 410, 25],
  ['Helio 450', 450, 20]];
const INVERTERS = [['String', 50], ['Hybrid', 35], ['Micro', 15]];
const EXPORTED_ON = day('2025-06-30');

function makeCustomers(random) {
  const homeowners = Array.from({ length: 2600 }, (_, i) => {
    const signed = addDays(day('2023-01-01'), random.int(0, 880));
    return [
      `C-${30001 + i}`, `${random.pick(FIRST)} ${random.pick(LAST)}`, 'Homeowner',
      random.weighted(COUNTIES), random.weighted(HOMES), random.weighted(ROOFS), isoDate(signed),
      random.chance(0.3) ? 'Y' : 'N', random.int(22, 60) * 100,
      random.chance(0.55) ? 'yes' : 'no',
    ];
  });
  const businesses = BUSINESSES.map((name, i) => [
    `C-${32601 + i}`, name, /Lettings|Housing|Homes|Properties|Estates/.test(name) ? 'Landlord'
      : 'Business', random.weighted(COUNTIES),
    i % 4 === 0 ? 'Commercial' : random.pick(['Terraced', 'Semi-detached', 'Commercial']),
    random.weighted(ROOFS), isoDate(addDays(day('2022-06-01'), random.int(0, 300))), 'N',
    random.int(80, 400) * 100, 'no',
  ]);
  return [...homeowners, ...businesses];
}

function makeInstallation(random, i, customers) {
  const homes = customers.filter((c) => c[2] === 'Homeowner');
  const firms = customers.filter((c) => c[2] !== 'Homeowner');
  const business = random.chance(0.12);
  const customer = business ? firms[random.skewedIndex(firms.length, 1.6)] : random.pick(homes);
  const installed = addDays(day('2024-01-02'), random.int(0, 545)); // 2024-01-02 .. 2025-06-30
  const ordered = addDays(installed, -random.int(14, 120));
  const [model, watts] = random.weighted(PANELS.map((p) => [p, p[2]]));
  const panels = business ? random.int(12, 40) : random.int(6, 22);
  const size = (panels * watts) / 1000;
  const inverter = random.weighted(INVERTERS);
  const battery = random.chance(inverter === 'Hybrid' ? 0.85 : 0.15);
  const capacity = battery ? random.pick([5, 9.5, 10, 13.5]) : null;
  const scaffolding = random.chance(customer[4] === 'Bungalow' ? 0.2 : 0.85);
  const value = 1800 + size * random.int(1050, 1300) + (capacity ?? 0) * 420
    + (scaffolding ? 650 : 0);
  const commissionAfter = random.int(1, 35);
  const commissioned = addMinutes(addDays(installed, commissionAfter), random.int(8 * 60, 18 * 60));
  const isCommissioned = commissioned <= EXPORTED_ON && random.chance(0.97);
  const output = Math.round(size * ROOF_YIELD[customer[5]] * (0.95 + random.next() * 0.1));
  return [
    `SI-${String(i + 1).padStart(6, '0')}`, customer[0], random.weighted(INSTALLERS.map((f) =>
      [f[0], f[7]])), isoDate(ordered), isoDate(installed),
    isCommissioned ? isoTimestamp(commissioned) : null, panels, model, size.toFixed(2), inverter,
    battery ? 'Yes' : 'No', capacity, value.toFixed(2), scaffolding ? 'true' : 'false', output,
    isCommissioned ? 'Commissioned' : 'Awaiting commissioning',
  ];
}

/** Writes installations.csv, customers.csv and installers.csv into `folder`; returns the tables. */
export function generate(folder) {
  const random = createRandom(20261219);
  const customers = makeCustomers(random);
  const installations = Array.from({ length: 4480 },
    (_, i) => makeInstallation(random, i, customers));
  writeCsv(join(folder, 'installers.csv'),
    ['installer_id', 'company_name', 'Lead Electrician', 'base_town', 'MCS Certified',
      'foundedYear', 'Crew Size'], INSTALLERS.map((row) => row.slice(0, 7)));
  writeCsv(join(folder, 'customers.csv'),
    ['customer_id', 'Customer Name', 'customer_type', 'county', 'Property Type',
      'roofOrientation', 'Signed Up', 'grant_eligible', 'Annual Usage (kWh)', 'Export Tariff'],
    customers);
  writeCsv(join(folder, 'installations.csv'),
    ['Install No', 'customerId', 'Installer Ref', 'order_date', 'Installed On', 'Commissioned At',
      'panel_count', 'Panel Model', 'System Size (kW)', 'Inverter Type', 'battery_fitted',
      'Battery Capacity (kWh)', 'Contract Value (GBP)', 'scaffoldingNeeded',
      'Est Annual Output (kWh)', 'status'], installations);
  return ['installations', 'customers', 'installers'];
}
