// A secondary school's exam results (the fact table) with students and courses as lookups. The
// results export spells the student key `Student No` and the course key `courseCode`, while the
// student list says `student_id` and the course list `code`: two systems, two spellings.
import { join } from 'node:path';
import { createRandom } from '../../lib/prng.mjs';
import {
  addDays, addMinutes, day, isoDate, isoTimestamp, writeCsv,
} from '../../lib/csv-writer.mjs';

const COURSES = [
  ['MAT-G', 'Mathematics', 'Mathematics', 'GCSE', 10, 'false', 90, 'Mr Okafor'],
  ['ENG-G', 'English Language', 'English', 'GCSE', 10, 'false', 105, 'Ms Harrow'],
  ['LIT-G', 'English Literature', 'English', 'GCSE', 10, 'false', 105, 'Ms Harrow'],
  ['BIO-G', 'Biology', 'Science', 'GCSE', 10, 'false', 105, 'Dr Quayle'],
  ['CHE-G', 'Chemistry', 'Science', 'GCSE', 10, 'false', 105, 'Dr Quayle'],
  ['PHY-G', 'Physics', 'Science', 'GCSE', 10, 'false', 105, 'Mr Brandt'],
  ['HIS-G', 'History', 'Humanities', 'GCSE', 10, 'false', 120, 'Mrs Devlin'],
  ['GEO-G', 'Geography', 'Humanities', 'GCSE', 10, 'true', 90, 'Mr Salas'],
  ['FRE-G', 'French', 'Languages', 'GCSE', 10, 'true', 75, 'Mme Girard'],
  ['ART-G', 'Art and Design', 'Creative Arts', 'GCSE', 10, 'true', 60, 'Ms Lindgren'],
  ['COM-G', 'Computer Science', 'Computing', 'GCSE', 10, 'true', 90, 'Mr Adeleke'],
  ['MUS-G', 'Music', 'Creative Arts', 'GCSE', 10, 'true', 75, 'Mr Fenwick'],
  ['MAT-A', 'Mathematics', 'Mathematics', 'A-Level', 20, 'false', 120, 'Mr Okafor'],
  ['FMA-A', 'Further Mathematics', 'Mathematics', 'A-Level', 20, 'false', 120, 'Mrs Iqbal'],
  ['PHY-A', 'Physics', 'Science', 'A-Level', 20, 'true', 135, 'Mr Brandt'],
  ['CHE-A', 'Chemistry', 'Science', 'A-Level', 20, 'true', 135, 'Dr Quayle'],
  ['BIO-A', 'Biology', 'Science', 'A-Level', 20, 'true', 135, 'Dr Moreno'],
  ['PSY-A', 'Psychology', 'Humanities', 'A-Level', 20, 'false', 120, 'Ms Achterberg'],
  ['HIS-A', 'History', 'Humanities', 'A-Level', 20, 'true', 150, 'Mrs Devlin'],
  ['ECO-A', 'Economics', 'Humanities', 'A-Level', 20, 'false', 120, 'Mr Pryce'],
  ['ENG-A', 'English Literature', 'English', 'A-Level', 20, 'true', 150, 'Ms Harrow'],
  ['COM-A', 'Computer Science', 'Computing', 'A-Level', 20, 'true', 150, 'Mr Adeleke'],
];
const GCSE = COURSES.filter((course) => course[3] === 'GCSE');
const A_LEVEL = COURSES.filter((course) => course[3] === 'A-Level');

const FIRST = ['Amelia', 'Oliver', 'Isla', 'Noah', 'Ava', 'Leo', 'Freya', 'Arjun', 'Zara', 'Kai',
  'Maya', 'Finn', 'Hana', 'Theo', 'Leila', 'Jonah', 'Sienna', 'Ravi', 'Chloe', 'Mateo', 'Nia'];
const LAST = ['Patel', 'Smith', 'Nowak', 'Okoro', 'Jones', 'Khan', 'Murphy', 'Santos', 'Evans',
  'Kowalski', 'Ahmed', 'Taylor', 'Byrne', 'Haddad', 'Walsh', 'Nguyen', 'Price', 'Mensah'];
const HOUSES = [['Austen', 25], ['Brunel', 25], ['Curie', 25], ['Darwin', 25]];
const EXAMINERS = ['J. Whitley', 'P. Osei', 'R. Carrington', 'L. Marsh', 'T. Ibrahim',
  'K. Duval', 'S. Ferreira'];
/** Exam windows: [first day, days long, sitting name]; students sit papers inside them. */
const SESSIONS = [
  ['2024-01-08', 12, 'January mocks'], ['2024-05-13', 38, 'Summer'],
  ['2024-11-04', 12, 'November resits'], ['2025-01-13', 12, 'January mocks'],
  ['2025-05-12', 38, 'Summer'],
];
const SESSION_WEIGHTS = [18, 34, 6, 16, 26];

function makeStudents(random) {
  return Array.from({ length: 620 }, (_, i) => {
    const yearGroup = random.weighted([[10, 28], [11, 27], [12, 24], [13, 21]]);
    // Born in the school year that puts them in this year group; a few were held back a year.
    const birthYear = 2024 - yearGroup - 5 + (random.chance(0.03) ? -1 : 0);
    const born = addDays(day(`${birthYear}-09-01`), random.int(0, 364));
    const enrolled = addDays(day(`${2024 - (yearGroup - 7)}-09-04`), random.chance(0.15)
      ? random.int(30, 600) : 0);
    return [`S${1001 + i * 3}`, random.pick(FIRST), random.pick(LAST), yearGroup,
      random.weighted(HOUSES), isoDate(enrolled), isoDate(born),
      random.chance(0.22) ? 'Yes' : 'No', random.chance(0.11) ? 'TRUE' : 'FALSE'];
  });
}

/** Marks by course difficulty: a few courses run lower or higher than the rest. */
const COURSE_MEAN = { 'FMA-A': 58, 'PHY-A': 55, 'CHE-G': 57, 'ART-G': 71, 'MUS-G': 69 };

function gradeOf(score) {
  const bands = [[90, 'A*'], [80, 'A'], [70, 'B'], [60, 'C'], [50, 'D'], [40, 'E']];
  return (bands.find(([floor]) => score >= floor) ?? [0, 'U'])[1];
}

function sittingDate(random) {
  const session = random.weighted(SESSIONS.map((s, k) => [s, SESSION_WEIGHTS[k]]));
  let date = addDays(day(session[0]), random.int(0, session[1]));
  while ([0, 6].includes(date.getUTCDay())) date = addDays(date, 1); // no papers at weekends
  return { date, sitting: session[2] };
}

function makeResult(random, index, student) {
  const [studentId, , , yearGroup, , , , , senSupport] = student;
  const extraTime = senSupport === 'TRUE' || random.chance(0.02); // access arrangements
  const course = random.pick(yearGroup <= 11 ? GCSE : A_LEVEL);
  const { date, sitting } = sittingDate(random);
  const attempt = sitting === 'November resits' ? random.weighted([[2, 80], [3, 20]]) : 1;
  const absent = random.chance(0.045);
  const score = absent ? null
    : Math.round(random.around(COURSE_MEAN[course[0]] ?? 64, 34, 0, 100));
  const start = addMinutes(date, random.pick([9 * 60, 13 * 60 + 30]));
  const marked = absent ? null
    : isoTimestamp(addMinutes(start, random.int(3 * 1440, 24 * 1440)), 'T');
  return [`R${String(index + 1).padStart(5, '0')}`, studentId, course[0], sitting,
    isoDate(date), attempt, score, score === null ? null : gradeOf(score), absent ? 'Y' : 'N',
    extraTime ? 'true' : 'false', absent ? null : random.pick(EXAMINERS), marked];
}

/** Writes exam_results.csv, students.csv and courses.csv; returns the tables it wrote. */
export function generate(folder) {
  const random = createRandom(20261201);
  const students = makeStudents(random);
  const results = Array.from({ length: 4300 }, (_, i) =>
    makeResult(random, i, students[random.int(0, students.length - 1)]));
  writeCsv(join(folder, 'courses.csv'),
    ['code', 'course_title', 'department', 'level', 'Credits', 'has_coursework',
      'Exam Length (min)', 'Lead Teacher'], COURSES);
  writeCsv(join(folder, 'students.csv'),
    ['student_id', 'first_name', 'last_name', 'Year Group', 'house', 'enrolled_on',
      'dateOfBirth', 'Free School Meals', 'SEN Support'], students);
  writeCsv(join(folder, 'exam_results.csv'),
    ['result_id', 'Student No', 'courseCode', 'sitting', 'exam_date', 'Attempt No', 'Score (%)',
      'grade', 'absent', 'extraTime', 'examiner', 'Marked At'], results);
  return ['exam_results', 'students', 'courses'];
}
