// A city's public library: loans (the fact table) with books and branches as lookups. The loan
// export names the branch `branch_code` while the branch list calls it `code`, and joins books by
// `isbn`, the way the two systems' exports actually differ.
import { join } from 'node:path';
import { createRandom } from '../../lib/prng.mjs';
import { addDays, day, isoDate, writeCsv } from '../../lib/csv-writer.mjs';

const BRANCHES = [
  ['CEN', 'Central Library', 'City Centre', 1962, 5400, 'yes'],
  ['NTH', 'Northgate', 'Northgate', 1978, 1250, 'no'],
  ['RIV', 'Riverside', 'Riverside', 1985, 980, 'yes'],
  ['OAK', 'Oakwood', 'Oakwood Park', 1991, 760, 'no'],
  ['HIL', 'Hillcrest', 'Hillcrest', 2003, 1120, 'no'],
  ['HAR', 'Harbour View', 'Docklands', 2011, 1430, 'yes'],
  ['WST', 'Westfield', 'Westfield', 1999, 640, 'no'],
  ['MDW', 'Meadowbank', 'Meadowbank', 2018, 890, 'yes'],
];
const BRANCH_WEIGHTS = [30, 14, 12, 8, 10, 13, 5, 8];

const GENRES = [
  ['Fiction', 22], ['Mystery', 14], ['Science Fiction', 9], ['Biography', 7], ['History', 8],
  ['Children', 16], ['Cookery', 5], ['Travel', 4], ['Poetry', 3], ['Graphic Novel', 6],
];
const LANGUAGES = [['English', 84], ['Spanish', 7], ['French', 4], ['Polish', 3], ['Welsh', 2]];
const TITLE_OPENERS = ['The', 'A', 'Our', 'Last', 'Beyond the', 'Under the', 'Letters from the'];
const TITLE_NOUNS = [
  'Lighthouse', 'Orchard', 'Winter', 'Harbour', 'Cartographer', 'Garden', 'Silence', 'River',
  'Glass House', 'Archive', 'Comet', 'Mill', 'Stranger', 'Kingdom', 'Tide', 'Lantern', 'Fox',
  'Bridge', 'Salt Marsh', 'Clockmaker', 'Meadow', 'Island', 'Engine', 'Violin',
];
const TITLE_TAILS = ['', '', '', ' Returns', ', and Other Stories', ' of Small Things', ' at Dusk'];
const FIRST = ['Ada', 'Tomas', 'Priya', 'Hugo', 'Mei', 'Oluwaseun', 'Greta', 'Rafael', 'Ines',
  'Kwame', 'Saoirse', 'Lars', 'Amara', 'Dmitri', 'Yuki', 'Beatriz', 'Callum', 'Noor'];
const LAST = ['Whitcombe', 'Adeyemi', 'Lindqvist', 'Moreau', 'Castellanos', 'Okonkwo', 'Brennan',
  'Nakamura', 'Petrova', 'Halvorsen', 'Delacroix', 'Achebe', 'Fairweather', 'Szymanska'];
const PATRON_TYPES = [['Adult', 52], ['Child', 18], ['Teen', 12], ['Senior', 18]];
const CHANNELS = [['Front desk', 45], ['Self-service kiosk', 38], ['Mobile app', 17]];

function makeBooks(random) {
  const seen = new Set();
  const books = [];
  while (books.length < 420) {
    const [opener, noun, tail] = [TITLE_OPENERS, TITLE_NOUNS, TITLE_TAILS].map(random.pick);
    const title = `${opener} ${noun}${tail}`;
    if (seen.has(title)) continue;
    seen.add(title);
    const genre = random.weighted(GENRES);
    const pages = genre === 'Children' ? random.int(24, 180) : random.int(96, 880);
    books.push([
      9780000000000 + random.int(100000000, 999999999), title,
      `${random.pick(FIRST)} ${random.pick(LAST)}`, genre, random.int(1951, 2024), pages,
      random.chance(0.45) ? 'true' : 'false', random.weighted(LANGUAGES),
    ]);
  }
  return books;
}

function lateFee(random, due, returned) {
  if (!returned) return null;
  const daysLate = Math.round((returned - due) / 86_400_000);
  if (daysLate <= 0) return '0.00';
  return Math.min(12, daysLate * 0.25).toFixed(2);
}

function makeLoans(random, books) {
  const start = day('2024-01-01');
  const patrons = Array.from({ length: 640 }, (_, i) => [
    `P${String(10000 + i * 7).padStart(5, '0')}`, random.weighted(PATRON_TYPES),
  ]);
  const loans = [];
  for (let i = 0; i < 3600; i += 1) {
    const checkout = addDays(start, random.int(0, 546)); // 2024-01-01 .. 2025-06-30
    const renewals = random.weighted([[0, 60], [1, 25], [2, 10], [3, 5]]);
    const due = addDays(checkout, 21 * (1 + renewals));
    const neverReturned = checkout > day('2025-05-15') ? random.chance(0.5) : random.chance(0.04);
    const keptDays = () => random.int(3, 21 * (1 + renewals) + 30);
    const returned = neverReturned ? null : addDays(checkout, keptDays());
    const [patronId, patronType] = patrons[random.skewedIndex(patrons.length)];
    loans.push([
      `L${String(i + 1).padStart(6, '0')}`, books[random.skewedIndex(books.length, 1.6)][0],
      random.weighted(BRANCHES.map((b, k) => [b[0], BRANCH_WEIGHTS[k]])), patronId, patronType,
      isoDate(checkout), isoDate(due), returned ? isoDate(returned) : null, renewals,
      lateFee(random, due, returned), renewals > 0 && random.chance(0.7) ? 'Yes' : 'No',
      random.weighted(CHANNELS),
    ]);
  }
  return loans;
}

/** Writes loans.csv, books.csv and branches.csv into `folder`; returns the tables it wrote. */
export function generate(folder) {
  const random = createRandom(20250301);
  const books = makeBooks(random);
  writeCsv(join(folder, 'branches.csv'),
    ['code', 'branch_name', 'neighbourhood', 'opened_year', 'Floor Area (m2)', 'has_makerspace'],
    BRANCHES);
  writeCsv(join(folder, 'books.csv'),
    ['isbn', 'title', 'author', 'genre', 'Publication Year', 'pages', 'isEbookAvailable',
      'language'], books);
  writeCsv(join(folder, 'loans.csv'),
    ['loan_id', 'isbn', 'branch_code', 'patron_id', 'Patron Type', 'checkout_date', 'due_date',
      'returned_date', 'renewals', 'Late Fee ($)', 'auto_renewed', 'checkout_channel'],
    makeLoans(random, books));
  return ['loans', 'books', 'branches'];
}
