// An events company's session registrations (the fact table) across five tech conferences, with
// the session programme and the attendee list as lookups. The registration system writes the
// attendee as `Attendee No` and the session as `sessionCode`, while the CRM says `attendee_id`
// and the programme `Session ID`. A registration nobody scanned at the door has no check-in time;
// feedback exists only for some who attended.
import { join } from 'node:path';
import { createRandom } from '../../lib/prng.mjs';
import {
  addDays, addMinutes, day, isoDate, isoTimestamp, writeCsv,
} from '../../lib/csv-writer.mjs';

// event name, first day, number of days, sessions
const EVENTS = [
  ['DevConnect London 2024', '2024-03-12', 3, 22],
  ['DataWorld Berlin 2024', '2024-06-18', 2, 16],
  ['CloudNative Summit 2024', '2024-10-08', 3, 20],
  ['DevConnect London 2025', '2025-03-11', 3, 22],
  ['DataWorld Berlin 2025', '2025-06-17', 2, 16],
];
const TRACKS = {
  'AI & Data': ['Machine Learning in Production', 'Vector Databases', 'Data Contracts',
    'Feature Stores', 'LLM Evaluation', 'Streaming Analytics'],
  Cloud: ['Kubernetes Cost Control', 'Serverless Patterns', 'Multi-Region Failover',
    'Platform Engineering', 'Edge Computing'],
  Security: ['Zero Trust Networks', 'Supply Chain Security', 'Threat Modelling',
    'Secrets Management'],
  Frontend: ['Web Performance', 'Design Systems', 'Accessibility Testing', 'State Management'],
  DevOps: ['Observability', 'GitOps', 'Incident Response', 'CI Pipelines at Scale'],
  Leadership: ['Hiring Engineers', 'Remote Teams', 'Technical Debt', 'Engineering Metrics'],
};
const PREFIXES = ['Introduction to', 'Scaling', 'Lessons from', 'The Future of', 'Hands-on',
  'Deep Dive:', 'Getting Started with', 'Beyond'];
const SPEAKERS = ['Ada Whitfield', 'Rahul Menon', 'Sofia Lindqvist', 'Marcus Brandt',
  'Olivia Chen', 'Tunde Bakare', 'Elena Rossi', 'James O\'Connor', 'Hannah Weiss', 'Diego Alvarez',
  'Grace Kim', 'Lukas Becker', 'Fatima Zahra', 'Noah Fischer', 'Isla Campbell', 'Pavel Novak',
  'Mei Tanaka', 'Chris Donovan', 'Amara Osei', 'Jonas Petersen', 'Laura Martin', 'Yusuf Demir',
  'Emily Hart', 'Sebastian Wolf', 'Nina Kaur', 'Oscar Lund', 'Rachel Stein', 'Tom Evans'];
// room, capacity
const ROOMS = [['Main Auditorium', 600], ['Hall A', 250], ['Hall B', 220], ['Room 101', 80],
  ['Room 102', 80], ['Workshop Lab', 40]];
const COMPANIES = ['Acme Analytics', 'Brightwave', 'Northwind Systems', 'Globex', 'Initech',
  'Umbrella Data', 'Hooli', 'Stark Cloud', 'Wayne Digital', 'Vandelay Tech', 'Pied Piper',
  'Soylent Labs', 'Cyberdyne', 'Monzo', 'Freelance'];
const JOB_TITLES = [['Software Engineer', 34], ['Data Scientist', 12], ['Engineering Manager', 11],
  ['DevOps Engineer', 12], ['Product Manager', 8], ['CTO', 4], ['Student', 9], ['Designer', 5],
  ['Security Analyst', 5]];
const COUNTRIES = [['United Kingdom', 34], ['Germany', 22], ['United States', 10], ['France', 7],
  ['Netherlands', 8], ['India', 6], ['Spain', 5], ['Ireland', 4], ['Poland', 4]];
const CHANNELS = [['Website', 52], ['Mobile App', 28], ['Partner', 12], ['On-site', 8]];
const PROMOS = ['EARLYBIRD', 'SPEAKERFRIEND', 'STUDENT50', 'PARTNER20'];

function makeSessions(random) {
  const sessions = [];
  const titles = new Set();
  let number = 1001;
  for (const [event, first, days, count] of EVENTS) {
    for (let s = 0; s < count; s += 1) {
      const keynote = s === 0 || (s === Math.floor(count / 2) && days === 3);
      const track = keynote ? random.pick(['AI & Data', 'Cloud', 'Leadership'])
        : random.pick(Object.keys(TRACKS));
      let title;
      do title = `${random.pick(PREFIXES)} ${random.pick(TRACKS[track])}`;
      while (titles.has(title));
      titles.add(title);
      const type = keynote ? 'Keynote'
        : random.weighted([['Talk', 62], ['Workshop', 18], ['Panel', 20]]);
      const [room, capacity] = keynote ? ROOMS[0]
        : type === 'Workshop' ? ROOMS[5] : random.pick(ROOMS.slice(1, 5));
      const dayIndex = keynote ? (s === 0 ? 0 : 1) : random.int(0, days - 1);
      const startsAt = addMinutes(addDays(day(first), dayIndex),
        random.pick([9 * 60, 10 * 60, 11 * 60 + 15, 13 * 60 + 30, 14 * 60 + 45, 16 * 60]));
      const length = type === 'Workshop' ? random.pick([90, 120]) : keynote ? 60
        : random.pick([30, 45, 45, 60]);
      sessions.push([
        `S-${number}`, title, event, track, type, random.pick(SPEAKERS), room,
        isoTimestamp(startsAt, ' '), length, capacity,
        keynote ? 'Yes' : 'No',
        type === 'Workshop' ? 'FALSE' : random.chance(0.7) ? 'TRUE' : 'FALSE',
        type === 'Workshop' ? random.pick([79, 129, 199]) : 0,
        random.weighted([['Beginner', 30], ['Intermediate', 48], ['Advanced', 22]]),
      ]);
      number += 1;
    }
  }
  return sessions;
}

function makeAttendees(random) {
  return Array.from({ length: 1540 }, (_, i) => {
    const title = random.weighted(JOB_TITLES);
    const tier = title === 'Student' ? 'Student'
      : random.weighted([['Standard', 62], ['VIP', 10], ['Early Bird', 24], ['Speaker', 4]]);
    return [
      `ATT-${String(20000 + i * 3)}`, title === 'Student' ? null : random.pick(COMPANIES), title,
      random.weighted(COUNTRIES), tier,
      isoDate(addDays(day('2023-09-01'), random.int(0, 640))),
      random.chance(0.46) ? 'Y' : 'N',
      title === 'Student' ? random.int(0, 1) : random.chance(0.14) ? null : random.int(1, 28),
    ];
  });
}

/** Keynotes and the big halls draw more people than the small rooms and the workshop lab. */
const drawOf = (session) => [session, session[4] === 'Keynote' ? 6 : session[9] >= 200 ? 1.6
  : session[4] === 'Workshop' ? 0.8 : 1];

function makeRegistration(random, i, draws, attendees) {
  const chosen = random.weighted(draws);
  const attendee = attendees[random.skewedIndex(attendees.length, 1.5)];
  const start = new Date(`${chosen[7].replace(' ', 'T')}Z`);
  const registeredAt = addMinutes(addDays(start, -random.int(0, 75)), -random.int(30, 600));
  const cancelled = random.chance(0.07);
  const waitlisted = !cancelled && chosen[4] === 'Workshop' && random.chance(0.2);
  const noShow = random.chance(0.18);
  const checkedIn = cancelled || waitlisted || noShow ? null
    : isoTimestamp(addMinutes(start, random.int(-20, 12)), ' ');
  const promo = random.chance(0.09) ? random.pick(PROMOS) : null;
  const fee = chosen[12] === 0 ? 0
    : Number((chosen[12] * (promo ? 0.8 : 1) * (attendee[4] === 'Student' ? 0.5 : 1)).toFixed(2));
  const feedback = checkedIn && random.chance(0.38)
    ? random.weighted([[5, 34], [4, 36], [3, 18], [2, 8], [1, 4]]) : null;
  return [
    `REG-${String(880000 + i)}`, attendee[0], chosen[0], isoTimestamp(registeredAt, 'T'),
    checkedIn, random.weighted(CHANNELS), fee, promo, waitlisted ? 'yes' : 'no',
    cancelled ? 'true' : 'false', feedback,
  ];
}

/** Writes registrations.csv, sessions.csv and attendees.csv into `folder`; returns the tables. */
export function generate(folder) {
  const random = createRandom(20270422);
  const sessions = makeSessions(random);
  const attendees = makeAttendees(random);
  const registrations = Array.from({ length: 4730 },
    (_, i) => makeRegistration(random, i, sessions.map(drawOf), attendees));
  writeCsv(join(folder, 'sessions.csv'),
    ['Session ID', 'title', 'event_name', 'track', 'session_type', 'speaker', 'room', 'Starts At',
      'Length (mins)', 'capacity', 'isKeynote', 'Recorded', 'Workshop Fee (USD)', 'level'],
    sessions);
  writeCsv(join(folder, 'attendees.csv'),
    ['attendee_id', 'company', 'job_title', 'country', 'Ticket Tier', 'signup_date',
      'marketingOptIn', 'Years Experience'], attendees);
  writeCsv(join(folder, 'registrations.csv'),
    ['registration_id', 'Attendee No', 'sessionCode', 'Registered At', 'Checked In At', 'channel',
      'Amount Paid (USD)', 'Promo Code', 'Waitlisted', 'cancelled', 'feedbackScore'],
    registrations);
  return ['registrations', 'sessions', 'attendees'];
}
