// A regional tool-hire firm's hire contracts (the fact table) with its fleet of tools and its
// branches as lookups. The counter system writes the tool as `Tool Code` and the branch as
// `branchId`, while the asset register says `tool_id` and the property list `Branch Code`: three
// systems, three spellings of the same keys. A contract still out has no return time, a contract
// returned on time no late fee, and only fuelled tools record the fuel used.
import { join } from 'node:path';
import { createRandom } from '../../lib/prng.mjs';
import {
  addDays, addMinutes, day, isoDate, isoTimestamp, writeCsv,
} from '../../lib/csv-writer.mjs';

// Branch Code, branch_name, region, manager, opened_on, Open Sundays, floor_area_sqm, weight
const BRANCHES = [
  ['BR01', 'Leeds Kirkstall', 'West Yorkshire', 'Dawn Hartley', '2009-04-01', 'Yes', 1450, 20],
  ['BR02', 'Leeds Hunslet', 'West Yorkshire', 'Marcus Bell', '2012-09-17', 'No', 2100, 17],
  ['BR03', 'Bradford', 'West Yorkshire', 'Priya Chauhan', '2011-03-07', 'Yes', 1380, 14],
  ['BR04', 'Harrogate', 'North Yorkshire', 'Tom Whitaker', '2015-05-11', 'No', 820, 8],
  ['BR05', 'Wakefield', 'West Yorkshire', 'Lisa Moorhouse', '2013-01-21', 'No', 1100, 11],
  ['BR06', 'York', 'North Yorkshire', 'Gareth Pryce', '2016-10-03', 'Yes', 1260, 12],
  ['BR07', 'Huddersfield', 'West Yorkshire', 'Aisha Rahman', '2018-02-12', 'No', 940, 9],
  ['BR08', 'Halifax', 'West Yorkshire', 'Neil Sutcliffe', '2019-07-01', 'No', 760, 5],
  ['BR09', 'Selby', 'North Yorkshire', 'Karen Oduya', '2022-06-06', 'No', 540, 4],
];

// model, category, brand, Daily Rate (GBP), weight_kg, power_source, Requires Training,
// units in the fleet, popularity
const MODELS = [
  ['SDS Hammer Drill', 'Drilling', 'Makita', 18.5, 3.2, 'Electric', 'N', 14, 14],
  ['Cordless Combi Drill', 'Drilling', 'DeWalt', 14, 1.8, 'Battery', 'N', 14, 15],
  ['Diamond Core Drill', 'Drilling', 'Hilti', 48, 14.5, 'Electric', 'Y', 5, 4],
  ['Electric Breaker 15kg', 'Breaking', 'Makita', 32, 15, 'Electric', 'N', 10, 8],
  ['Petrol Breaker', 'Breaking', 'Atlas Copco', 65, 25, 'Petrol', 'Y', 4, 3],
  ['Disc Cutter 300mm', 'Cutting', 'Stihl', 38, 10.2, 'Petrol', 'Y', 9, 7],
  ['Wet Tile Cutter', 'Cutting', 'Rubi', 22, 19, 'Electric', 'N', 8, 6],
  ['Chainsaw 18in', 'Garden', 'Husqvarna', 42, 5.6, 'Petrol', 'Y', 8, 6],
  ['Hedge Trimmer', 'Garden', 'Stihl', 24, 4.8, 'Petrol', 'N', 10, 9],
  ['Turf Cutter', 'Garden', 'Camon', 75, 95, 'Petrol', 'N', 4, 3],
  ['Rotavator', 'Garden', 'Camon', 55, 68, 'Petrol', 'N', 6, 5],
  ['Stump Grinder', 'Garden', 'Predator', 120, 210, 'Petrol', 'Y', 2, 2],
  ['Pressure Washer', 'Cleaning', 'Karcher', 28, 22, 'Electric', 'N', 12, 11],
  ['Carpet Cleaner', 'Cleaning', 'Rug Doctor', 26, 18, 'Electric', 'N', 11, 10],
  ['Floor Sander', 'Flooring', 'Bona', 45, 52, 'Electric', 'N', 7, 6],
  ['Edging Sander', 'Flooring', 'Bona', 30, 16, 'Electric', 'N', 5, 4],
  ['Wallpaper Stripper', 'Decorating', 'Earlex', 12, 3, 'Electric', 'N', 8, 7],
  ['Plaster Mixer Drill', 'Decorating', 'Collomix', 16, 5.5, 'Electric', 'N', 6, 5],
  ['Cement Mixer', 'Building', 'Belle', 25, 52, 'Electric', 'N', 10, 9],
  ['Plate Compactor', 'Building', 'Belle', 40, 78, 'Petrol', 'N', 7, 6],
  ['Mini Digger 1.5t', 'Plant', 'Kubota', 165, 1550, 'Diesel', 'Y', 5, 4],
  ['Micro Dumper', 'Plant', 'Thwaites', 95, 480, 'Diesel', 'Y', 4, 3],
  ['Scissor Lift', 'Access', 'Genie', 140, 1200, 'Battery', 'Y', 3, 2],
  ['Scaffold Tower', 'Access', 'Boss', 55, 140, 'Manual', 'Y', 9, 7],
  ['Triple Extension Ladder', 'Access', 'Youngman', 15, 24, 'Manual', 'N', 10, 8],
  ['Generator 3kVA', 'Power', 'Honda', 48, 45, 'Petrol', 'N', 6, 5],
  ['Dehumidifier', 'Heating & Drying', 'Ebac', 20, 32, 'Electric', 'N', 8, 6],
  ['Diesel Space Heater', 'Heating & Drying', 'Andrews', 22, 25, 'Diesel', 'N', 5, 4],
  ['Rotating Laser Level', 'Surveying', 'Leica', 19, 2.1, 'Battery', 'N', 4, 4],
  ['Pipe Threader', 'Plumbing', 'Ridgid', 35, 28, 'Electric', 'N', 2, 2],
];
const CUSTOMER_TYPES = [['Trade', 45], ['Private', 42], ['Business Account', 13]];
const PAYMENT = { Trade: [['Card', 55], ['Account', 35], ['Cash', 10]],
  Private: [['Card', 85], ['Cash', 15]], 'Business Account': [['Account', 100]] };
const DAYS = [[1, 38], [2, 22], [3, 12], [4, 6], [5, 6], [7, 10], [10, 2], [14, 4]];
const SEASONAL = new Set(['Garden', 'Heating & Drying']);

function makeTools(random) {
  const tools = [];
  for (const model of MODELS) {
    for (let unit = 0; unit < model[7]; unit += 1) {
      // A few units are new stock, bought in the export's last month: not all hired out yet.
      const bought = random.chance(0.05) ? addDays(day('2025-06-01'), random.int(0, 29))
        : addDays(day('2017-01-01'), random.int(0, 2900));
      tools.push({ model, row: [
        `TL-${String(1001 + tools.length * 3)}`, model[0], model[1], model[2], model[3].toFixed(2),
        model[4], model[5], model[6], isoDate(bought),
      ] });
    }
  }
  return tools;
}

/** Garden tools go out in spring and summer, heaters and dryers in the winter. */
function popularity(model, month) {
  if (!SEASONAL.has(model[1])) return model[8];
  const summer = month >= 3 && month <= 8;
  const garden = model[1] === 'Garden';
  return model[8] * (summer === garden ? 2.2 : 0.4);
}

function makeContract(random, i, tools) {
  const hired = addMinutes(addDays(day('2024-01-02'), random.int(0, 545)),
    random.int(7 * 60, 17 * 60 + 30)); // 2024-01-02 .. 2025-06-30
  const month = hired.getUTCMonth();
  const model = random.weighted(MODELS.map((m) => [m, popularity(m, month)]));
  const owned = tools.filter((t) => t.model === model && day(t.row[8]) <= hired);
  const units = owned.length > 0 ? owned : tools.filter((t) => t.model === model);
  const tool = units[random.int(0, units.length - 1)];
  const branch = random.weighted(BRANCHES.map((b) => [b, b[7]]));
  const customer = random.weighted(CUSTOMER_TYPES);
  const days = model[1] === 'Plant' || model[1] === 'Access'
    ? random.weighted([[1, 20], [2, 15], [3, 10], [5, 15], [7, 25], [14, 15]])
    : random.weighted(DAYS);
  const hiredDay = day(isoDate(hired));
  const due = addDays(hiredDay, days);
  const rate = model[3] * (customer === 'Private' ? 1 : 0.85);
  const charge = (rate * days).toFixed(2);
  const waiver = customer === 'Private' ? random.chance(0.7) : random.chance(0.35);
  // Contracts from the last fortnight of the export, and a few older ones, are still out.
  const stillOut = hired >= day('2025-06-20') ? random.chance(0.8) : random.chance(0.006);
  const lateDays = random.weighted([[0, 84], [1, 9], [2, 4], [3, 2], [6, 1]]);
  const early = lateDays === 0 && days > 1 && random.chance(0.3) ? -24 * 60 : 0;
  const returned = stillOut ? null
    : addMinutes(addDays(due, lateDays), random.int(7 * 60, 17 * 60 + 30) + early);
  const late = returned !== null && lateDays > 0;
  const fuelled = ['Petrol', 'Diesel'].includes(model[5]);
  const fuel = fuelled && returned !== null
    ? (random.around(model[4] > 400 ? 9 : 1.6, model[4] > 400 ? 5 : 0.9, 0.2, 30)
      * Math.sqrt(days)).toFixed(1)
    : null;
  const deposit = model[3] >= 90 ? 250 : model[3] >= 40 ? 100 : 50;
  return [
    `HC-${String(104000 + i)}`, isoTimestamp(hired), tool.row[0], branch[0], customer, days,
    isoDate(due), returned === null ? null : isoTimestamp(returned, 'T'), charge,
    (customer === 'Business Account' ? 0 : deposit).toFixed(2), waiver ? 'true' : 'false',
    returned !== null && random.chance(model[1] === 'Plant' ? 0.09 : 0.03) ? 'Yes' : 'No',
    late ? (model[3] * lateDays).toFixed(2) : null,
    random.chance(model[4] > 100 ? 0.75 : 0.12) ? 'Delivered' : 'Collected',
    random.weighted(PAYMENT[customer]), fuel,
  ];
}

/** Writes hire_contracts.csv, tools.csv and branches.csv into `folder`; returns the tables. */
export function generate(folder) {
  const random = createRandom(20261223);
  const tools = makeTools(random);
  const contracts = Array.from({ length: 4560 }, (_, i) => makeContract(random, i, tools));
  writeCsv(join(folder, 'hire_contracts.csv'),
    ['contract_no', 'Hired At', 'Tool Code', 'branchId', 'customer_type', 'hire_days', 'due_back',
      'returnedAt', 'Hire Charge (GBP)', 'deposit_gbp', 'Damage Waiver', 'Damage Reported',
      'late_fee_gbp', 'delivery', 'payment_method', 'Fuel Used (L)'], contracts);
  writeCsv(join(folder, 'tools.csv'),
    ['tool_id', 'model', 'category', 'brand', 'Daily Rate (GBP)', 'weight_kg',
      'power_source', 'Requires Training', 'purchase_date'], tools.map((t) => t.row));
  writeCsv(join(folder, 'branches.csv'),
    ['Branch Code', 'branch_name', 'region', 'manager', 'opened_on', 'Open Sundays',
      'floor_area_sqm'], BRANCHES.map((b) => b.slice(0, 7)));
  return ['hire_contracts', 'tools', 'branches'];
}
