// A wholesale plant nursery's order lines (the fact table) with its plant list and its growers
// (suppliers) as lookups. The order system writes `PlantSKU`, the plant list `sku`; the plant
// list names its grower `Supplier Ref` while the supplier sheet says `supplier_id`, so a question
// about suppliers needs two joins. Lines not yet dispatched have no dispatch time.
import { join } from 'node:path';
import { createRandom } from '../../lib/prng.mjs';
import {
  addDays, addMinutes, day, isoDate, isoTimestamp, writeCsv,
} from '../../lib/csv-writer.mjs';

// supplier_id, supplier_name, county, organic_certified, lead_time_days, Rating (1-5)
const SUPPLIERS = [
  ['SUP01', 'Greenacre Growers', 'Kent', 'Y', 5, 4.6],
  ['SUP02', 'Hollybrook Nurseries', 'Devon', 'N', 7, 4.1],
  ['SUP03', 'Fernleigh Plants', 'Cornwall', 'Y', 9, 4.8],
  ['SUP04', 'Oak Lane Trees', 'Herefordshire', 'N', 14, 3.9],
  ['SUP05', 'Marsh End Perennials', 'Norfolk', 'Y', 6, 4.4],
  ['SUP06', 'Thistledown Herbs', 'Somerset', 'Y', 4, 4.7],
  ['SUP07', 'Redcliffe Horticulture', 'Lancashire', 'N', 10, 3.5],
  ['SUP08', 'Willow Bank Climbers', 'Shropshire', 'N', 8, 4.0],
  ['SUP09', 'Bramblewood', 'Kent', 'N', 6, 4.2],
  ['SUP10', 'Northern Roots', 'Yorkshire', 'Y', 12, 3.8],
];
// category, weight, price range (£), height range (cm), suppliers who grow it
const CATEGORIES = [
  ['Shrub', 24, [6, 35], [30, 150], ['SUP01', 'SUP02', 'SUP09']],
  ['Perennial', 26, [4, 14], [15, 90], ['SUP05', 'SUP01', 'SUP10']],
  ['Tree', 10, [25, 180], [120, 400], ['SUP04', 'SUP10']],
  ['Fern', 8, [5, 18], [20, 80], ['SUP03']],
  ['Grass', 9, [5, 16], [20, 150], ['SUP05', 'SUP07']],
  ['Herb', 13, [2, 7], [10, 60], ['SUP06']],
  ['Climber', 10, [8, 28], [60, 250], ['SUP08', 'SUP07']],
];
const GENERA = {
  Shrub: ['Hydrangea', 'Viburnum', 'Pittosporum', 'Hebe', 'Camellia', 'Skimmia', 'Cornus'],
  Perennial: ['Geranium', 'Salvia', 'Echinacea', 'Astrantia', 'Heuchera', 'Nepeta', 'Phlox'],
  Tree: ['Acer', 'Betula', 'Malus', 'Prunus', 'Sorbus', 'Amelanchier'],
  Fern: ['Dryopteris', 'Polystichum', 'Asplenium', 'Athyrium'],
  Grass: ['Miscanthus', 'Stipa', 'Carex', 'Festuca', 'Pennisetum'],
  Herb: ['Rosmarinus', 'Thymus', 'Mentha', 'Salvia officinalis', 'Lavandula'],
  Climber: ['Clematis', 'Lonicera', 'Trachelospermum', 'Hedera', 'Wisteria'],
};
const CULTIVARS = ['Annabelle', 'Blue Heaven', 'Royal Purple', 'Snow Queen', 'Golden Glow',
  'Midnight', 'Little Lime', 'Ruby Star', 'Silver Dust', 'Autumn Fire', 'Moonlight', 'Pink Lady',
  'Dwarf Form', 'Variegata', 'Compacta', 'Red Baron'];
const CUSTOMER_TYPES = [['Garden Centre', 38], ['Landscaper', 34], ['Retail', 20],
  ['Local Council', 8]];
const DELIVERY = [['Courier', 45], ['Own Van', 35], ['Collection', 20]];
const POT_SIZES = [[0.5, 14], [1, 22], [2, 24], [3, 18], [5, 12], [10, 7], [20, 3]];
const REGIONS = ['BS', 'BA', 'GL', 'SN', 'EX', 'TA', 'CF', 'OX', 'RG', 'SP'];

function makePlants(random) {
  const seen = new Set();
  const plants = [];
  while (plants.length < 150) {
    const category = random.weighted(CATEGORIES.map((c) => [c, c[1]]));
    const [name, , [low, high], [short, tall], growers] = category;
    const genus = random.pick(GENERA[name]);
    const latin = `${genus} '${random.pick(CULTIVARS)}'`;
    if (seen.has(latin)) continue;
    seen.add(latin);
    plants.push([
      `PL-${String(1000 + plants.length * 7)}`, latin, name, random.pick(growers),
      random.int(short, tall), (random.int(low * 4, high * 4) / 4).toFixed(2),
      name === 'Herb' || random.chance(0.75) ? 'TRUE' : 'FALSE',
      random.chance(0.06) ? null : random.pick(['Full sun', 'Part shade', 'Shade']),
    ]);
  }
  return plants;
}

function dispatch(random, ordered) {
  if (ordered > day('2025-06-20') && random.chance(0.7)) return null;
  if (random.chance(0.02)) return null; // cancelled or waiting for stock
  return addMinutes(addDays(ordered, random.int(1, 12)), random.int(6 * 60, 17 * 60));
}

function makeLine(random, i, orderNumber, ordered, customer, plants) {
  const plant = plants[random.skewedIndex(plants.length, 1.7)];
  const quantity = customer === 'Retail' ? random.int(1, 6) : random.int(5, 120);
  const discount = customer === 'Retail' ? 1 : 0.85;
  const dispatched = dispatch(random, ordered);
  return [
    `OL${String(i + 1).padStart(6, '0')}`, orderNumber, isoDate(ordered),
    dispatched ? isoTimestamp(dispatched) : null, plant[0], quantity,
    (Number(plant[5]) * discount).toFixed(2), customer, random.weighted(POT_SIZES),
    random.chance(0.05) ? 'yes' : 'no', random.weighted(DELIVERY), random.pick(REGIONS),
    dispatched && random.chance(0.04) ? 'Yes' : 'No',
  ];
}

function makeOrderLines(random, plants) {
  const lines = [];
  for (let order = 0; lines.length < 4600; order += 1) {
    const ordered = addDays(day('2024-01-01'), random.int(0, 546)); // 2024-01-01 .. 2025-06-30
    const customer = random.weighted(CUSTOMER_TYPES);
    const size = random.weighted([[1, 30], [2, 25], [3, 20], [4, 12], [6, 8], [9, 5]]);
    const orderNumber = `SO-${24000 + order}`;
    for (let k = 0; k < size && lines.length < 4600; k += 1) {
      lines.push(makeLine(random, lines.length, orderNumber, ordered, customer, plants));
    }
  }
  return lines;
}

/** Writes order_lines.csv, plants.csv and suppliers.csv into `folder`; returns the tables. */
export function generate(folder) {
  const random = createRandom(20261202);
  const plants = makePlants(random);
  writeCsv(join(folder, 'suppliers.csv'),
    ['supplier_id', 'supplier_name', 'county', 'organic_certified', 'lead_time_days',
      'Rating (1-5)'], SUPPLIERS);
  writeCsv(join(folder, 'plants.csv'),
    ['sku', 'Latin Name', 'category', 'Supplier Ref', 'Mature Height (cm)', 'list_price',
      'frostHardy', 'Light'], plants);
  writeCsv(join(folder, 'order_lines.csv'),
    ['line_id', 'order_number', 'Order Date', 'dispatched_at', 'PlantSKU', 'qty',
      'Unit Price (GBP)', 'customer_type', 'Pot Size (L)', 'gift_wrap', 'Delivery Method',
      'postcode_area', 'Returned'], makeOrderLines(random, plants));
  return ['order_lines', 'plants', 'suppliers'];
}
