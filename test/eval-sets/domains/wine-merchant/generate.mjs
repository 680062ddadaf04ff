// An independent wine merchant's sale lines (the fact table) with its wine list and its shops as
// lookups. The till and web shop write the wine as `wineRef` and the shop as `Shop Ref`, while the
// buying team's list says `Wine Code` and the property sheet `shop_code`. An order of several wines
// is several lines sharing an `Order No`; online and phone orders have a delivery date and no
// member of staff, shop sales have no delivery date.
import { join } from 'node:path';
import { createRandom } from '../../lib/prng.mjs';
import {
  addDays, addMinutes, day, isoDate, isoTimestamp, writeCsv,
} from '../../lib/csv-writer.mjs';

// shop_code, shop_name, town, opened, manager, floor area (sq m), tasting bar
const SHOPS = [
  ['YK1', 'Micklegate Cellars', 'York', '2009-05-01', 'Harriet Lowe', 180, 'yes'],
  ['HG1', 'Montpellier Wines', 'Harrogate', '2012-10-15', 'Oliver Grant', 140, 'yes'],
  ['LS1', 'Call Lane Cellar', 'Leeds', '2015-03-02', 'Priya Nair', 210, 'yes'],
  ['WEB', 'Online and Phone Orders', 'Leeds', '2016-01-04', 'Sam Carter', null, 'no'],
  ['IL1', 'Ilkley Wine Rooms', 'Ilkley', '2017-06-10', 'Tom Ashworth', 95, 'no'],
  ['BV1', 'Beverley Vintners', 'Beverley', '2019-09-01', 'Grace Fenton', 120, 'no'],
  ['ML1', 'Malton Wine Store', 'Malton', '2022-04-08', 'Daniel Reyes', 85, 'no'],
];
const SHOP_WEIGHTS = { YK1: 26, HG1: 22, LS1: 24, IL1: 11, BV1: 10, ML1: 7 };
const STAFF = {
  YK1: ['Harriet', 'Josh', 'Mei'], HG1: ['Oliver', 'Freya'], LS1: ['Priya', 'Kwame', 'Lucy'],
  IL1: ['Tom', 'Beth'], BV1: ['Grace', 'Ed'], ML1: ['Daniel'],
};

// country, region, style, grape, colour, low/high list price, vintage?, abv, popularity
const STYLES = [
  ['France', 'Bordeaux', 'Bordeaux Superieur', 'Merlot / Cabernet Sauvignon', 'Red', 11, 24, true, 13.5, 9],
  ['France', 'Bordeaux', 'Saint-Emilion Grand Cru', 'Merlot / Cabernet Franc', 'Red', 28, 65, true, 14, 4],
  ['France', 'Burgundy', 'Bourgogne Pinot Noir', 'Pinot Noir', 'Red', 16, 32, true, 13, 6],
  ['France', 'Burgundy', 'Chablis', 'Chardonnay', 'White', 17, 34, true, 12.5, 8],
  ['France', 'Rhone', 'Cotes du Rhone', 'Grenache / Syrah', 'Red', 9, 16, true, 14, 10],
  ['France', 'Rhone', 'Chateauneuf-du-Pape', 'Grenache / Syrah / Mourvedre', 'Red', 30, 55, true, 14.5, 4],
  ['France', 'Loire', 'Sancerre', 'Sauvignon Blanc', 'White', 19, 29, true, 13, 9],
  ['France', 'Champagne', 'Brut NV', 'Chardonnay / Pinot Noir', 'Sparkling', 32, 58, false, 12, 7],
  ['France', 'Provence', 'Cotes de Provence Rose', 'Grenache / Cinsault', 'Rose', 12, 22, true, 12.5, 9],
  ['France', 'Alsace', 'Riesling', 'Riesling', 'White', 13, 22, true, 12.5, 3],
  ['France', 'Bordeaux', 'Sauternes', 'Semillon', 'Dessert', 22, 45, true, 13.5, 2],
  ['Italy', 'Tuscany', 'Chianti Classico', 'Sangiovese', 'Red', 13, 26, true, 13.5, 8],
  ['Italy', 'Piedmont', 'Barolo', 'Nebbiolo', 'Red', 32, 70, true, 14, 4],
  ['Italy', 'Veneto', 'Prosecco Extra Dry', 'Glera', 'Sparkling', 10, 17, false, 11, 10],
  ['Italy', 'Veneto', 'Amarone della Valpolicella', 'Corvina', 'Red', 30, 52, true, 15, 3],
  ['Italy', 'Sicily', 'Nero d\'Avola', 'Nero d\'Avola', 'Red', 9, 15, true, 13.5, 5],
  ['Spain', 'Rioja', 'Rioja Reserva', 'Tempranillo', 'Red', 14, 28, true, 14, 10],
  ['Spain', 'Rias Baixas', 'Albarino', 'Albarino', 'White', 13, 21, true, 12.5, 6],
  ['Spain', 'Jerez', 'Fino Sherry', 'Palomino', 'Fortified', 11, 19, false, 15, 2],
  ['Portugal', 'Douro', 'Late Bottled Vintage Port', 'Touriga Nacional', 'Fortified', 16, 30, true, 20, 3],
  ['Portugal', 'Vinho Verde', 'Vinho Verde', 'Loureiro / Alvarinho', 'White', 8, 13, true, 10.5, 4],
  ['Germany', 'Mosel', 'Riesling Kabinett', 'Riesling', 'White', 14, 24, true, 9, 3],
  ['New Zealand', 'Marlborough', 'Sauvignon Blanc', 'Sauvignon Blanc', 'White', 11, 20, true, 13, 12],
  ['New Zealand', 'Central Otago', 'Pinot Noir', 'Pinot Noir', 'Red', 22, 40, true, 13.5, 4],
  ['Australia', 'Barossa', 'Shiraz', 'Shiraz', 'Red', 12, 30, true, 14.5, 7],
  ['Australia', 'Margaret River', 'Chardonnay', 'Chardonnay', 'White', 15, 32, true, 13, 4],
  ['Argentina', 'Mendoza', 'Malbec', 'Malbec', 'Red', 10, 24, true, 14, 10],
  ['Chile', 'Casablanca', 'Sauvignon Blanc', 'Sauvignon Blanc', 'White', 8, 13, true, 12.5, 6],
  ['Chile', 'Maipo', 'Carmenere', 'Carmenere', 'Red', 9, 16, true, 13.5, 4],
  ['South Africa', 'Stellenbosch', 'Pinotage', 'Pinotage', 'Red', 10, 19, true, 14, 4],
  ['South Africa', 'Swartland', 'Chenin Blanc', 'Chenin Blanc', 'White', 9, 17, true, 13, 5],
  ['USA', 'Napa Valley', 'Cabernet Sauvignon', 'Cabernet Sauvignon', 'Red', 28, 60, true, 14.5, 3],
  ['England', 'Sussex', 'Classic Cuvee', 'Chardonnay / Pinot Noir / Pinot Meunier', 'Sparkling', 28, 45, false, 12, 5],
];
const PRODUCER_WORDS = {
  France: [['Chateau', 'Domaine', 'Maison', 'Clos'], ['Lacombe', 'Fournier', 'Belair', 'Roussel',
    'Vidal', 'Mercier', 'Dufour', 'Garnier', 'Lambert', 'Moreau', 'Chevalier', 'Perrin']],
  Italy: [['Tenuta', 'Cantina', 'Fattoria', 'Podere'], ['Rossi', 'Bellavista', 'San Felice',
    'Colombo', 'Ferraro', 'Galli', 'Marchetti', 'Vitale']],
  Spain: [['Bodegas', 'Vinedos', 'Casa'], ['Alta', 'Olivares', 'Montecillo', 'Serrano', 'Del Rio',
    'Navarro']],
  Portugal: [['Quinta do', 'Quinta da'], ['Vale', 'Carvalhal', 'Pedra', 'Ribeira']],
  Germany: [['Weingut'], ['Becker', 'Schneider', 'Hoffmann', 'Keller', 'Braun', 'Wagner']],
  'New Zealand': [['Kahu', 'Rangi', 'Totara', 'Tui', 'Kowhai'], ['Estate', 'Ridge', 'Bay']],
  Australia: [['Red Gum', 'Kookaburra', 'Eastern', 'Dingo Flat'], ['Estate', 'Vineyards', 'Creek']],
  Argentina: [['Finca', 'Bodega'], ['Los Andes', 'La Piedra', 'Altamira', 'El Condor', 'Uco Sur',
    'Las Moras']],
  Chile: [['Vina', 'Hacienda'], ['Los Robles', 'Santa Clara', 'Tres Valles', 'El Boldo']],
  'South Africa': [['Klein', 'Groot'], ['Rivier', 'Kloof', 'Berg']],
  USA: [['Silver Oak', 'Redwood', 'Stag Hollow'], ['Cellars', 'Winery']],
  England: [['Downsview', 'Chalk Hill', 'Hollow Lane'], ['Estate', 'Vineyard']],
};
const CHANNELS = [['Shop', 58], ['Online', 27], ['Phone', 7], ['Tasting Event', 8]];
const PERIOD_DAYS = 546; // 2024-01-02 .. 2025-06-30

function makeWines(random) {
  const wines = [];
  const names = new Set();
  let code = 2001;
  for (const style of STYLES) {
    const [country, region, label, grape, colour, low, high, vintaged, abv, popularity] = style;
    const count = Math.max(2, Math.round(popularity / 2.2) + random.int(0, 2));
    for (let k = 0; k < count; k += 1) {
      const [first, second] = PRODUCER_WORDS[country];
      let producer = null;
      while (producer === null || names.has(`${producer} ${label}`)) {
        producer = `${random.pick(first)} ${random.pick(second)}`;
      }
      names.add(`${producer} ${label}`);
      const listPrice = Math.round(random.int(low * 4, high * 4)) / 4 - 0.01;
      wines.push({
        row: [
          `W${code}`, `${producer} ${label}`, producer, country, region, grape, colour,
          vintaged ? random.int(2014, 2023) : null,
          (abv + random.int(-2, 2) * 0.5).toFixed(1), listPrice.toFixed(2),
          random.chance(0.2) ? 'true' : 'false',
          isoDate(addDays(day('2019-01-07'), random.int(0, 2150))),
          colour === 'Fortified' || listPrice > 30 ? 6 : 12,
        ],
        weight: popularity * (listPrice > 40 ? 0.5 : 1) * (0.5 + random.next()),
        colour,
      });
      code += random.int(1, 4);
    }
  }
  return wines;
}

function saleTime(random) {
  // More sales before Christmas and a few more in summer (rose); shops open 10:00-19:00.
  for (;;) {
    const date = addDays(day('2024-01-02'), random.int(0, PERIOD_DAYS - 1));
    const month = date.getUTCMonth();
    const keep = month === 11 ? 1 : month === 10 ? 0.7 : [5, 6, 7].includes(month) ? 0.55 : 0.45;
    if (random.chance(keep)) return addMinutes(date, random.int(10 * 60, 19 * 60 - 1));
  }
}

function makeOrders(random, wines) {
  const lines = [];
  let order = 10400;
  const physical = SHOPS.filter(([code]) => code !== 'WEB');
  while (lines.length < 4580) {
    order += random.int(1, 3);
    const channel = random.weighted(CHANNELS);
    const remote = channel === 'Online' || channel === 'Phone';
    const shops = channel === 'Tasting Event' ? physical.filter((s) => s[6] === 'yes') : physical;
    const shop = remote ? SHOPS[3] : random.weighted(shops.map((s) => [s, SHOP_WEIGHTS[s[0]]]));
    const soldAt = saleTime(random);
    const customer = remote || random.chance(0.4)
      ? `CU${String(5000 + random.skewedIndex(2400, 1.6))}` : null;
    const staff = remote ? null : random.pick(STAFF[shop[0]]);
    const delivery = remote ? isoDate(addDays(soldAt, random.int(1, 6))) : null;
    const gift = random.chance(soldAt.getUTCMonth() === 11 ? 0.14 : 0.04) ? 'Yes' : 'No';
    const lineCount = random.weighted([[1, 45], [2, 27], [3, 16], [4, 12]]);
    const chosen = new Set();
    for (let l = 0; l < lineCount; l += 1) {
      const summer = [5, 6, 7].includes(soldAt.getUTCMonth());
      let wine = random.weighted(wines.map((w) => [w, w.weight * (summer && w.colour === 'Rose' ? 3 : 1)]));
      while (chosen.has(wine)) wine = random.pick(wines);
      chosen.add(wine);
      const bottles = random.weighted([[1, 48], [2, 22], [3, 10], [6, 14], [12, 6]]);
      const listPrice = Number(wine.row[9]);
      const promo = random.chance(0.08) ? 15 : 0;
      const discount = promo || (bottles >= 6 ? 10 : 0);
      const total = Math.round(bottles * listPrice * (100 - discount)) / 100;
      lines.push([
        `SL${String(600001 + lines.length)}`, `WM${order}`, isoTimestamp(soldAt), shop[0],
        wine.row[0], channel, customer, bottles, listPrice.toFixed(2), discount, total.toFixed(2),
        gift, delivery, staff, random.chance(0.015) ? 'TRUE' : 'FALSE',
        customer ? Math.floor(total) : null,
      ]);
    }
  }
  return lines;
}

/** Writes wine_sales.csv, wines.csv and shops.csv into `folder`; returns the tables. */
export function generate(folder) {
  const random = createRandom(20270227);
  const wines = makeWines(random);
  const sales = makeOrders(random, wines);
  writeCsv(join(folder, 'wines.csv'),
    ['Wine Code', 'wine_name', 'producer', 'country', 'region', 'grape', 'colour', 'vintage',
      'ABV (%)', 'List Price (GBP)', 'isOrganic', 'Added On', 'case_size'],
    wines.map((w) => w.row));
  writeCsv(join(folder, 'shops.csv'),
    ['shop_code', 'shop_name', 'town', 'opened', 'manager', 'Floor Area (sq m)', 'Tasting Bar'],
    SHOPS);
  writeCsv(join(folder, 'wine_sales.csv'),
    ['line_id', 'Order No', 'Sold At', 'Shop Ref', 'wineRef', 'channel', 'customer_no',
      'bottles', 'Unit Price (GBP)', 'Discount (%)', 'Line Total (GBP)', 'Gift Wrap',
      'Delivery Date', 'Staff', 'Returned', 'loyaltyPoints'], sales);
  return ['wine_sales', 'wines', 'shops'];
}
