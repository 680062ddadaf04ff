// A tutoring agency's lessons (the fact table) with its tutors and its students as lookups. The
// booking system calls the tutor `Tutor Ref` and the student `studentId`, while the staff list
// says `tutor_id` and the enrolment sheet says `Student No`. A lesson is one-to-one or a small
// group booked by one lead student; it is booked, held, cancelled or missed (a no-show). Lessons
// cancelled before they start have no fee, no minutes and no rating; the export was taken on
// 2025-06-20, so later lessons are still only booked.
import { join } from 'node:path';
import { createRandom } from '../../lib/prng.mjs';
import {
  addDays, addMinutes, day, isoDate, isoTimestamp, writeCsv,
} from '../../lib/csv-writer.mjs';

const EXPORT_DAY = day('2025-06-20');
const FIRST_NAMES = ['Hannah', 'Oliver', 'Priya', 'Tom', 'Grace', 'Samuel', 'Aisha', 'Daniel',
  'Chloe', 'Marcus', 'Fatima', 'Ben', 'Rosie', 'Kwame', 'Elena', 'Jack', 'Mei', 'Ruth'];
const SURNAMES = ['Okafor', 'Whitfield', 'Sharma', 'Brennan', 'Lloyd', 'Nakamura', 'Patel',
  'Hughes', 'Moreau', 'Adeyemi', 'Fraser', 'Kowalski', 'Ellis', 'Dunmore'];
const SUBJECTS = [['Maths', 30], ['English', 16], ['Physics', 9], ['Chemistry', 9],
  ['Biology', 8], ['French', 6], ['Spanish', 5], ['Computer Science', 6], ['History', 5],
  ['Music', 3], ['Economics', 3]];
const CITIES = [['Leeds', 40], ['York', 20], ['Harrogate', 15], ['Bradford', 15], ['Wakefield', 10]];
const SCHOOLS = [['Roundhay School', 14], ['Allerton High', 12], ['Lawnswood Academy', 11],
  ['St Aidan\'s CE', 9], ['Fulford School', 9], ['Harrogate Grammar', 10], ['Bradford Girls\' Grammar', 7],
  ['Leeds City College', 8], ['Ripon Grammar', 5], ['Home educated', 6], ['Tadcaster Grammar', 5],
  ['Wakefield Academy', 4]];
const SOURCES = [['Word of mouth', 35], ['School referral', 20], ['Google', 25], ['Facebook', 10],
  ['Leaflet', 5]];
const REASONS = [['Illness', 34], ['Timetable clash', 22], ['Tutor unavailable', 14],
  ['Holiday', 16], ['School trip', 6], ['Other', 8]];

function makeTutors(random) {
  return Array.from({ length: 38 }, (_, i) => {
    const name = `${FIRST_NAMES[i % FIRST_NAMES.length]} ${SURNAMES[(i * 5 + 3) % SURNAMES.length]}`;
    const qualified = random.chance(0.45);
    const rate = (qualified ? 38 : 26) + random.int(0, 34) / 2; // steps of 50p
    return [
      `TUT-${String(101 + i * 2)}`, name, random.weighted(SUBJECTS), rate.toFixed(2),
      qualified ? 'true' : 'false', random.chance(0.92) ? 'Yes' : 'No',
      isoDate(addDays(day('2017-09-01'), random.int(0, 2700))), random.weighted(CITIES),
      random.weighted([[1, 30], [3, 25], [4, 30], [6, 15]]),
    ];
  });
}

function makeStudents(random) {
  return Array.from({ length: 1150 }, (_, i) => {
    const yearGroup = random.weighted([[5, 4], [6, 6], [7, 7], [8, 8], [9, 11], [10, 16],
      [11, 22], [12, 12], [13, 14]]);
    return [
      `S${String(24000 + i * 7)}`, yearGroup, random.weighted(SCHOOLS),
      isoDate(addDays(day('2022-08-15'), random.int(0, 1000))),
      random.chance(0.13) ? 'Y' : 'N', random.chance(0.2) ? null : random.weighted(SOURCES),
      random.chance(0.6) ? 'yes' : 'no',
    ];
  });
}

function makeLesson(random, i, tutors, students) {
  let date = addDays(day('2024-09-02'), random.int(0, 319)); // 2024-09-02 .. 2025-07-18
  if (date.getUTCDay() === 0) date = addDays(date, 1); // no lessons on Sundays
  const tutor = tutors[random.skewedIndex(tutors.length, 1.4)];
  const student = students[random.skewedIndex(students.length, 1.6)];
  const subject = random.chance(0.85) ? tutor[2] : random.weighted(SUBJECTS);
  const maxGroup = tutor[8];
  const group = maxGroup > 1 && random.chance(0.3) ? random.int(2, maxGroup) : 1;
  const duration = random.weighted([[30, 12], [45, 18], [60, 52], [90, 18]]);
  const online = random.chance(group > 1 ? 0.2 : 0.42);
  const hour = date.getUTCDay() === 6 ? random.int(9, 15) : random.int(15, 19);
  const start = addMinutes(date, hour * 60 + random.pick([0, 0, 30]));
  let bookedAt = addMinutes(addDays(start, -random.int(1, 28)), -random.int(30, 600));
  if (bookedAt > EXPORT_DAY) bookedAt = addMinutes(EXPORT_DAY, -random.int(60, 5000));
  const trial = random.chance(0.06);
  const rate = Number(tutor[3]);
  const fee = (trial ? 0.5 : 1) * rate * (duration / 60) * (group > 1 ? 0.6 * group : 1);
  let status;
  if (date > EXPORT_DAY) status = random.chance(0.9) ? 'Booked' : 'Cancelled';
  else status = random.weighted([['Held', 80], ['Cancelled', 13], ['No-show', 7]]);
  const held = status === 'Held';
  // Cancelled between booking and the lesson (or the export, for a lesson still to come).
  const cancelWindow = (Math.min(start, EXPORT_DAY) - bookedAt) / 60_000;
  const cancelledAt = status === 'Cancelled'
    ? addMinutes(bookedAt, Math.floor(cancelWindow * (0.2 + 0.75 * random.next()))) : null;
  const actual = held ? Math.max(20, duration + random.int(-10, 8)) : null;
  const rating = held && random.chance(0.68)
    ? random.weighted([[5, 48], [4, 32], [3, 12], [2, 5], [1, 3]]) : null;
  return [
    `LSN-${String(30001 + i)}`, isoTimestamp(bookedAt), isoDate(date),
    isoTimestamp(start, 'T').slice(11, 16), tutor[0], student[0], subject,
    group > 1 ? 'Small group' : 'One-to-one', group, online ? 'TRUE' : 'FALSE',
    trial ? 'Yes' : 'No', status, duration, actual,
    status === 'Cancelled' ? null : fee.toFixed(2), rating,
    cancelledAt ? isoTimestamp(cancelledAt) : null,
    status === 'Cancelled' ? random.weighted(REASONS) : null,
    held ? (random.chance(0.7) ? 'Y' : 'N') : null,
  ];
}

/** Writes lessons.csv, tutors.csv and students.csv into `folder`; returns the tables. */
export function generate(folder) {
  const random = createRandom(20270119);
  const tutors = makeTutors(random);
  const students = makeStudents(random);
  const lessons = Array.from({ length: 4620 }, (_, i) => makeLesson(random, i, tutors, students));
  writeCsv(join(folder, 'tutors.csv'),
    ['tutor_id', 'full_name', 'Main Subject', 'Hourly Rate (GBP)', 'qualifiedTeacher',
      'DBS Checked', 'start_date', 'base_city', 'Max Group Size'], tutors);
  writeCsv(join(folder, 'students.csv'),
    ['Student No', 'year_group', 'school', 'Signed Up', 'SEN Support', 'referral_source',
      'marketingOptIn'], students);
  writeCsv(join(folder, 'lessons.csv'),
    ['lesson_id', 'Booked At', 'lesson_date', 'Start Time', 'Tutor Ref', 'studentId', 'subject',
      'lesson_type', 'Group Size', 'isOnline', 'Trial Lesson', 'status', 'Duration (min)',
      'Actual Minutes', 'Fee (GBP)', 'Rating (1-5)', 'Cancelled At', 'cancellation_reason',
      'Homework Set'], lessons);
  return ['lessons', 'tutors', 'students'];
}
