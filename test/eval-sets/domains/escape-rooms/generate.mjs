// An escape-room company's game sessions (the fact table) with its rooms and its game hosts as
// lookups, over three venues. The booking system calls the room `Room Code` and the host
// `hostId`, while the room list says `room_id` and the rota `Host No`: three spellings of two
// keys. A team that did not get out has no escape time; a rating exists only when the team
// answered the survey; a gift-voucher booking was paid for earlier, so it paid nothing on the
// day; a team that gave no name on the booking form has none; a retired room has its date.
import { join } from 'node:path';
import { createRandom } from '../../lib/prng.mjs';
import {
  addDays, addMinutes, day, isoDate, isoTimestamp, writeCsv,
} from '../../lib/csv-writer.mjs';

// room_id, room_name, theme, venue, difficulty, time limit (min), max players, opened, retired,
// live actor, wheelchair access, popularity
const ROOMS = [
  ['ER-01', 'The Pharaoh\'s Curse', 'Adventure', 'Northgate', 'Medium', 60, 6, '2021-03-12',
    null, 'FALSE', 'Y', 14],
  ['ER-02', 'Prison Break', 'Heist', 'Northgate', 'Easy', 60, 5, '2021-03-12', null, 'FALSE',
    'Y', 16],
  ['ER-03', 'Asylum 13', 'Horror', 'Northgate', 'Hard', 75, 6, '2022-10-28', null, 'TRUE', 'N',
    11],
  ['ER-04', 'Da Vinci\'s Workshop', 'Mystery', 'Northgate', 'Expert', 90, 8, '2023-05-19', null,
    'FALSE', 'Y', 6],
  ['ER-05', 'The Bank Job', 'Heist', 'Canal Street', 'Medium', 60, 6, '2022-02-04', null, 'FALSE',
    'Y', 13],
  ['ER-06', 'Submarine K-9', 'Sci-Fi', 'Canal Street', 'Hard', 60, 5, '2022-02-04', '2024-12-31',
    'FALSE', 'N', 7],
  ['ER-07', 'The Haunting of Hollow House', 'Horror', 'Canal Street', 'Medium', 75, 7,
    '2023-09-29', null, 'TRUE', 'N', 12],
  ['ER-08', 'Sherlock\'s Study', 'Mystery', 'Canal Street', 'Easy', 60, 4, '2022-02-04', null,
    'FALSE', 'Y', 10],
  ['ER-09', 'Mission to Mars', 'Sci-Fi', 'Canal Street', 'Medium', 60, 6, '2025-02-14', null,
    'FALSE', 'Y', 12],
  ['ER-10', 'The Lost Temple', 'Adventure', 'Old Mill', 'Hard', 75, 8, '2023-03-03', null,
    'FALSE', 'N', 9],
  ['ER-11', 'Zombie Lab', 'Horror', 'Old Mill', 'Expert', 60, 6, '2023-03-03', null, 'TRUE', 'N',
    8],
  ['ER-12', 'The Wizard\'s Tower', 'Fantasy', 'Old Mill', 'Easy', 60, 6, '2023-03-03', null,
    'FALSE', 'Y', 13],
  ['ER-13', 'Casino Royale Heist', 'Heist', 'Old Mill', 'Hard', 60, 6, '2024-06-07', null, 'FALSE',
    'Y', 10],
  ['ER-14', 'Pirates of the Black Reef', 'Adventure', 'Old Mill', 'Medium', 60, 8, '2024-11-22',
    null, 'FALSE', 'Y', 9],
];
const VENUES = ['Northgate', 'Canal Street', 'Old Mill'];
// a host's level by how long they have been with the company
const levelOf = (random, hired) => {
  if (hired < day('2022-07-01')) {
    return random.weighted([['Lead Game Master', 50], ['Game Master', 50]]);
  }
  if (hired < day('2024-01-01')) {
    return random.weighted([['Lead Game Master', 10], ['Game Master', 75], ['Trainee', 15]]);
  }
  return random.weighted([['Game Master', 20], ['Trainee', 80]]);
};
const HOST_FIRST = ['Maya', 'Jordan', 'Priya', 'Leo', 'Chloe', 'Marcus', 'Aisha', 'Ben', 'Zara',
  'Ethan', 'Ruby', 'Kai', 'Freya', 'Omar', 'Niamh', 'Callum', 'Tara', 'Dev', 'Holly', 'Sam',
  'Iris', 'Jack', 'Lena', 'Theo', 'Mei', 'Rhys'];
const HOST_LAST = ['Okafor', 'Brennan', 'Shah', 'Novak', 'Whitfield', 'Adeyemi', 'Castillo',
  'Lindqvist', 'Murphy', 'Tanaka', 'Reyes', 'Osei', 'Fraser', 'Kowalski', 'Hughes', 'Mensah',
  'Doyle', 'Patel', 'Sutton', 'Varga', 'Ibrahim', 'Moreno', 'Quinn', 'Ellis', 'Chen', 'Barlow'];
const TEAM_WORDS = ['Puzzle', 'Clue', 'Lock', 'Key', 'Riddle', 'Brain', 'Mystery', 'Escape',
  'Code', 'Cipher', 'Panic', 'Last Minute'];
const TEAM_NOUNS = ['Busters', 'Crew', 'Masters', 'Squad', 'Hunters', 'Breakers', 'Gang',
  'Legends', 'Ninjas', 'Detectives', 'Wizards', 'Rebels'];
const COMPANIES = ['Hartley Insurance', 'Brightwave Digital', 'Northgate Council', 'Pemberton Law',
  'Orbit Telecom', 'Greenleaf Foods', 'Castell Engineering', 'Kestrel Bank'];
const SOURCES = [['Website', 52], ['Phone', 12], ['Walk-in', 6], ['Gift Voucher', 11],
  ['Partner Site', 19]];
const PROMOS = ['SUMMER15', 'STUDENT10', 'BDAY20', 'LOCKED25'];
const SLOTS = ['10:00', '11:30', '13:00', '14:30', '16:00', '17:30', '19:00', '20:30', '22:00'];
const ESCAPE_CHANCE = { Easy: 0.82, Medium: 0.64, Hard: 0.44, Expert: 0.27 };
// by getUTCDay (Sunday = index 0): weekends are the busy days
const WEEKDAY = [1, 0.35, 0.3, 0.4, 0.55, 0.85, 1];

function makeHosts(random) {
  return Array.from({ length: 26 }, (_, i) => {
    const hired = addDays(day('2021-02-01'), random.int(0, 1300));
    return [
      `GM${String(101 + i * 4)}`, `${HOST_FIRST[i]} ${HOST_LAST[(i * 7) % HOST_LAST.length]}`,
      VENUES[i % 3], isoDate(hired), levelOf(random, hired),
      random.chance(0.55) ? 'yes' : 'no', random.pick([16, 20, 24, 30, 37, 37, 40]),
    ];
  });
}

function startOf(random) {
  for (;;) {
    const candidate = addDays(day('2024-01-01'), random.int(0, 638)); // .. 2025-09-30
    if (random.next() < WEEKDAY[candidate.getUTCDay()]) return candidate;
  }
}

function teamName(random) {
  if (random.chance(0.12)) return `${random.pick(COMPANIES)} Team`;
  if (random.chance(0.18)) return null; // left blank on the booking form
  return `The ${random.pick(TEAM_WORDS)} ${random.pick(TEAM_NOUNS)}`;
}

function makeSession(random, hosts) {
  const date = startOf(random);
  const open = ROOMS.filter((r) => day(r[7]) <= date && (r[8] === null || date <= day(r[8])));
  const room = random.weighted(open.map((r) => [r, r[11]]));
  const [hh, mm] = (room[2] === 'Horror' ? random.pick(SLOTS.slice(4)) : random.pick(SLOTS))
    .split(':').map(Number);
  const start = addMinutes(date, hh * 60 + mm);
  const rota = hosts.filter((h) => h[2] === room[3] && day(h[3]) <= date);
  const host = rota.length > 0 ? rota[random.int(0, rota.length - 1)]
    : hosts.filter((h) => day(h[3]) <= date)[0];
  const source = random.weighted(SOURCES);
  const team = teamName(random);
  const corporate = team !== null && team.endsWith(' Team');
  const size = corporate ? random.int(Math.min(4, room[6]), room[6])
    : random.weighted([[2, 24], [3, 20], [4, 26], [5, 16], [6, 10], [7, 3], [8, 1]]
      .filter(([n]) => n <= room[6]));
  const hints = random.weighted([[0, 18], [1, 26], [2, 24], [3, 16], [4, 9], [5, 5], [6, 2]]);
  const escaped = random.chance(ESCAPE_CHANCE[room[4]] + (size >= 4 ? 0.05 : -0.05) +
    (hints >= 3 ? 0.08 : 0));
  const limit = room[5];
  const escapeTime = escaped ? Math.round(limit * random.around(0.78, 0.14, 0.45, 0.995) * 10) / 10
    : null;
  const perPlayer = size <= 2 ? 35 : size <= 4 ? 29 : 25;
  const promo = source !== 'Gift Voucher' && random.chance(0.07) ? random.pick(PROMOS) : null;
  const discount = promo === null ? 1 : 1 - Number(promo.match(/\d+/)[0]) / 100;
  const amount = source === 'Gift Voucher' ? 0 : size * perPlayer * discount
    + (room[9] === 'TRUE' ? 10 : 0);
  const rated = random.chance(0.58);
  const rating = rated ? Math.min(5, Math.max(1, random.weighted([[5, 44], [4, 32], [3, 14],
    [2, 6], [1, 4]]) - (escaped ? 0 : random.weighted([[0, 60], [1, 40]])))) : null;
  const lead = source === 'Walk-in' ? 0 : random.weighted([[random.int(0, 3), 30],
    [random.int(4, 14), 45], [random.int(15, 60), 25]]);
  return [
    isoTimestamp(start), isoDate(addDays(date, -lead)), room[0], host[0], team, size,
    escaped ? 'Yes' : 'No', escapeTime === null ? null : escapeTime.toFixed(1), hints,
    amount.toFixed(2), source, promo, corporate ? 'Y' : 'N', rating,
    random.chance(escaped ? 0.34 : 0.12) ? 'true' : 'false',
  ];
}

/** Writes game_sessions.csv, rooms.csv and game_hosts.csv into `folder`; returns the tables. */
export function generate(folder) {
  const random = createRandom(20270115);
  const hosts = makeHosts(random);
  const sessions = Array.from({ length: 4620 }, () => makeSession(random, hosts))
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map((session, i) => [`BK-${String(31001 + i)}`, ...session]);
  writeCsv(join(folder, 'rooms.csv'),
    ['room_id', 'room_name', 'theme', 'venue', 'difficulty', 'Time Limit (min)', 'Max Players',
      'Opened On', 'retired_on', 'Live Actor', 'Wheelchair Access'],
    ROOMS.map((row) => row.slice(0, 11)));
  writeCsv(join(folder, 'game_hosts.csv'),
    ['Host No', 'host_name', 'home_venue', 'Hired On', 'level', 'First Aid Trained',
      'weeklyHours'], hosts);
  writeCsv(join(folder, 'game_sessions.csv'),
    ['booking_ref', 'Start Time', 'booked_on', 'Room Code', 'hostId', 'Team Name', 'Team Size',
      'Escaped', 'Escape Time (min)', 'hints_used', 'Amount Paid ($)', 'booking_source',
      'Promo Code', 'Corporate', 'Rating', 'photoPackage'], sessions);
  return ['game_sessions', 'rooms', 'game_hosts'];
}
