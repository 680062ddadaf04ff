// A ten-pin bowling alley's lane bookings (the fact table) with its lanes and its registered
// bowlers as lookups. The booking system exports the lane as `Lane No` and the bowler as
// `bowlerRef`, while the lane plan says `lane_id` and the loyalty club says `Bowler ID`: the same
// keys spelled three ways. Walk-in parties that never gave a card have no bowler.
import { join } from 'node:path';
import { createRandom } from '../../lib/prng.mjs';
import {
  addDays, addMinutes, day, isoDate, isoTimestamp, writeCsv,
} from '../../lib/csv-writer.mjs';

// lane_id, zone, Lane Type, Has Bumpers, installed_on, Max Players, scoring_system, popularity
const LANES = [
  ['L01', 'Main Floor', 'Standard', 'Yes', '2012-03-15', 8, 'Brunswick', 11],
  ['L02', 'Main Floor', 'Standard', 'Yes', '2012-03-15', 8, 'Brunswick', 11],
  ['L03', 'Main Floor', 'Standard', 'No', '2012-03-15', 8, 'Brunswick', 10],
  ['L04', 'Main Floor', 'Standard', 'No', '2012-03-15', 8, 'Brunswick', 10],
  ['L05', 'Main Floor', 'Standard', 'No', '2012-03-15', 8, 'Brunswick', 12],
  ['L06', 'Main Floor', 'Standard', 'No', '2012-03-15', 8, 'Brunswick', 12],
  ['L07', 'Main Floor', 'Standard', 'No', '2013-09-02', 8, 'Brunswick', 10],
  ['L08', 'Main Floor', 'Standard', 'No', '2013-09-02', 8, 'Brunswick', 9],
  ['L09', 'Main Floor', 'Standard', 'No', '2013-09-02', 8, 'Brunswick', 9],
  ['L10', 'Main Floor', 'Standard', 'No', '2013-09-02', 8, 'Brunswick', 8],
  ['L11', 'Main Floor', 'Premium', 'No', '2016-05-20', 8, 'QubicaAMF', 8],
  ['L12', 'Main Floor', 'Premium', 'No', '2016-05-20', 8, 'QubicaAMF', 7],
  ['L13', 'Party Zone', 'Mini', 'Yes', '2018-11-01', 6, 'Brunswick', 7],
  ['L14', 'Party Zone', 'Mini', 'Yes', '2018-11-01', 6, 'Brunswick', 7],
  ['L15', 'Party Zone', 'Mini', 'Yes', '2018-11-01', 6, 'Brunswick', 6],
  ['L16', 'Party Zone', 'Mini', 'Yes', '2019-02-14', 6, 'Brunswick', 5],
  ['L17', 'VIP Lounge', 'Premium', 'No', '2021-07-09', 10, 'QubicaAMF', 5],
  ['L18', 'VIP Lounge', 'Premium', 'No', '2021-07-09', 10, 'QubicaAMF', 5],
  ['L19', 'VIP Lounge', 'Premium', 'No', '2021-07-09', 10, 'QubicaAMF', 4],
  ['L20', 'VIP Lounge', 'Premium', 'No', '2022-03-25', 10, 'QubicaAMF', 3],
];
const PRICE_PER_GAME = { Standard: 5.5, Premium: 7.5, Mini: 4.5 };
const TOWNS = [['Leeds', 38], ['Bradford', 15], ['Wakefield', 11], ['Huddersfield', 9],
  ['York', 8], ['Harrogate', 7], ['Halifax', 6], ['Otley', 4], ['Pudsey', 2]];
const TEAMS = [['Strike Force', 18], ['Pin Pals', 16], ['Gutter Gang', 14], ['Split Happens', 13],
  ['Lucky Strikes', 12], ['Alley Cats', 10], ['Ten Pin Titans', 9], ['Spare Parts', 8]];
const FIRST = ['Aisha', 'Ben', 'Chloe', 'Daniel', 'Ella', 'Farhan', 'Grace', 'Harry', 'Imran',
  'Jade', 'Kieran', 'Laura', 'Mohammed', 'Niamh', 'Oliver', 'Priya', 'Quinn', 'Rachel', 'Sam',
  'Tariq', 'Uma', 'Vikram', 'Wendy', 'Xander', 'Yasmin', 'Zoe', 'Adam', 'Bethany', 'Connor',
  'Deepa', 'Ethan', 'Fiona', 'George', 'Hannah', 'Isaac', 'Jasmine', 'Kyle', 'Leah', 'Marcus',
  'Nadia'];
const LAST = ['Ahmed', 'Barker', 'Clarke', 'Dixon', 'Evans', 'Fletcher', 'Gill', 'Hussain',
  'Iqbal', 'Jackson', 'Kaur', 'Lister', 'Mahmood', 'Naylor', 'Oakes', 'Patel', 'Quigley', 'Riley',
  'Shaw', 'Thornton', 'Uddin', 'Varley', 'Walsh', 'Yates', 'Armitage', 'Booth', 'Crowther',
  'Denton', 'Ellis', 'Firth', 'Greenwood', 'Haigh', 'Ingham', 'Jagger', 'Kitching', 'Lodge',
  'Moorhouse', 'Nutter', 'Oldroyd', 'Pickles'];
const CHANNELS = [['Online', 50], ['Phone', 20], ['Walk-in', 30]];
const PAYMENTS = [['Card', 70], ['Cash', 20], ['Voucher', 10]];
const PROMOS = [['STRIKE20', 30], ['KIDSBOWL', 22], ['STUDENT', 16], ['BIRTHDAY', 12], ['NHS', 8],
  ['SUMMERFUN', 5]];

function makeBowlers(random) {
  return Array.from({ length: 1150 }, (_, i) => {
    const league = random.chance(0.33);
    const junior = random.chance(0.18);
    const joined = addDays(day('2014-01-06'), random.int(0, 4160)); // .. 2025-05-31
    const born = junior ? random.int(2008, 2016) : random.int(1952, 2006);
    return [
      `BW${1000 + i}`, `${random.pick(FIRST)} ${random.pick(LAST)}`, random.weighted(TOWNS),
      isoDate(joined), league ? random.int(0, 60) : null, league ? random.weighted(TEAMS) : null,
      junior ? 'true' : 'false', random.chance(0.07) ? null : born,
    ];
  });
}

const twoDigits = (n) => String(n).padStart(2, '0');
/** The time of day of a UTC date as HH:MM. */
const clock = (date) => `${twoDigits(date.getUTCHours())}:${twoDigits(date.getUTCMinutes())}`;

/** A day in 2024-01-01 .. 2025-06-30, weekends and Friday nights busier. */
function playDay(random) {
  for (;;) {
    const date = addDays(day('2024-01-01'), random.int(0, 546));
    const weekday = date.getUTCDay();
    const keep = weekday === 0 || weekday === 6 ? 1 : weekday === 5 ? 0.8 : 0.45;
    if (random.chance(keep)) return date;
  }
}

function makeBooking(random, bowlers) {
  const played = playDay(random);
  const weekday = played.getUTCDay();
  const weekend = weekday === 0 || weekday === 6;
  const lane = random.weighted(LANES.map((l) => [l, l[7]]));
  const joinedBefore = bowlers.filter((b) => b[3] <= isoDate(played));
  const leagueNight = (weekday === 2 || weekday === 4) && random.chance(0.3);
  const leagueBowlers = joinedBefore.filter((b) => b[5] !== null);
  const league = leagueNight && lane[2] !== 'Mini' && leagueBowlers.length > 0;
  const channel = league ? 'Phone' : random.weighted(CHANNELS);
  const startMinutes = league ? 19 * 60 : 60 * random.int(weekend ? 10 : 12, 21)
    + (random.chance(0.5) ? 30 : 0);
  const start = addMinutes(played, startMinutes);
  const maxLead = { Online: 21, Phone: 14, 'Walk-in': 0 }[channel];
  const lead = maxLead > 0 ? random.int(0, maxLead) : 0;
  let bookedAt;
  if (channel === 'Walk-in') bookedAt = addMinutes(start, -random.int(2, 25));
  else if (lead === 0) bookedAt = addMinutes(start, -random.int(30, 240));
  else bookedAt = addMinutes(addDays(played, -lead), random.int(8 * 60, 22 * 60));
  const status = channel === 'Walk-in' ? 'Completed'
    : random.weighted([['Completed', 90], ['No Show', 6], ['Cancelled', 4]]);
  const party = league ? random.int(4, 5)
    : random.weighted([[1, 4], [2, 20], [3, 15], [4, 25], [5, 12], [6, 12], [7, 6], [8, 6]]);
  const size = Math.min(party, lane[5]);
  const completed = status === 'Completed';
  const games = !completed ? 0 : league ? 3 : random.weighted([[1, 25], [2, 45], [3, 25], [4, 5]]);
  const knownChance = { Online: 0.75, Phone: 0.5, 'Walk-in': 0.25 }[channel];
  const pool = league ? leagueBowlers : joinedBefore;
  const bowler = league || random.chance(knownChance)
    ? pool[random.skewedIndex(pool.length, 1.7)] : null;
  const shoes = completed && random.chance(0.6);
  const promo = !league && completed && random.chance(0.08) ? random.weighted(PROMOS) : null;
  let fee;
  if (status === 'Cancelled') fee = 0;
  else if (status === 'No Show') fee = 10;
  else {
    const perGame = league ? 4 : PRICE_PER_GAME[lane[2]] + (weekend || weekday === 5 ? 1 : 0);
    fee = size * games * perGame * (promo ? 0.8 : 1) + (shoes ? 2 * size : 0);
  }
  const skill = league ? 185 : 115 + 8 * size - (lane[2] === 'Mini' ? 25 : 0);
  const score = !completed || random.chance(0.04) ? null
    : random.chance(0.0006) ? 300 : Math.round(random.around(skill, 60, 45, 299));
  const duration = completed ? Math.max(30, Math.ceil((size * games * 7) / 30) * 30) : null;
  return {
    bookedAt,
    row: [
      isoTimestamp(bookedAt), isoDate(played),
      clock(start),
      lane[0], bowler ? bowler[0] : null, size, games, score, fee.toFixed(2),
      shoes ? 'Y' : 'N', league ? 'true' : 'false', channel, promo,
      status === 'Cancelled' ? null : status === 'No Show' ? 'Card' : random.weighted(PAYMENTS),
      duration, status,
    ],
  };
}

/** Writes lane_bookings.csv, lanes.csv and bowlers.csv into `folder`; returns the tables. */
export function generate(folder) {
  const random = createRandom(20261224);
  const bowlers = makeBowlers(random);
  const bookings = Array.from({ length: 4580 }, () => makeBooking(random, bowlers))
    .sort((a, b) => a.bookedAt - b.bookedAt)
    .map(({ row }, i) => [`BK${240001 + i}`, ...row]);
  writeCsv(join(folder, 'lanes.csv'),
    ['lane_id', 'zone', 'Lane Type', 'Has Bumpers', 'installed_on', 'Max Players',
      'scoring_system'], LANES.map((row) => row.slice(0, 7)));
  writeCsv(join(folder, 'bowlers.csv'),
    ['Bowler ID', 'full_name', 'home_town', 'Joined On', 'handicap', 'league_team', 'isJunior',
      'birth_year'], bowlers);
  writeCsv(join(folder, 'lane_bookings.csv'),
    ['booking_ref', 'Booked At', 'play_date', 'Start Time', 'Lane No', 'bowlerRef', 'party_size',
      'Games', 'Top Score', 'Fee (GBP)', 'shoe_hire', 'is_league', 'booking_channel',
      'Promo Code', 'payment_method', 'Duration (min)', 'status'], bookings);
  return ['lane_bookings', 'lanes', 'bowlers'];
}
