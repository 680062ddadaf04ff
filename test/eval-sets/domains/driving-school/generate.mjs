// A driving school's lessons (the fact table) with its instructors and its learners as lookups.
// The diary export calls the instructor `Instructor ID` and the learner `learnerNo`, while the
// instructor register says `instructor_code` and the sign-up form says `Learner ID`: three
// systems, three spellings of the same keys. Only test-day lessons have a test centre and a
// result; cancelled lessons have no mileage.
import { join } from 'node:path';
import { createRandom } from '../../lib/prng.mjs';
import {
  addDays, addMinutes, day, isoDate, isoTimestamp, writeCsv,
} from '../../lib/csv-writer.mjs';

const NAMES = ['Carl Webster', 'Denise Okafor', 'Gavin Hale', 'Joanne Pike', 'Rashid Malik',
  'Sandra Lowe', 'Trevor Banks', 'Ingrid Holm', 'Marcus Reed', 'Paula Jennings', 'Kevin Ashby',
  'Fiona McLeod', 'Stuart Nolan', 'Yasmin Begum', 'Owen Pritchard', 'Helen Duffy', 'Neil Crawford',
  'Anita Sharma', 'Graham Todd', 'Lorna Briggs', 'Victor Mensah', 'Claire Ogden', 'Darren Fox',
  'Ruth Abbott', 'Simon Harker', 'Beth Whitfield'];
const CARS = [['Ford Fiesta', 30], ['VW Polo', 20], ['Vauxhall Corsa', 15],
  ['Toyota Yaris Hybrid', 15], ['Kia Ceed', 10], ['MG4 EV', 10]];
const AREAS = [['North', 25], ['South', 20], ['East', 20], ['West', 20], ['City Centre', 15]];
const POSTCODES = [['LS6', 18], ['LS4', 10], ['LS8', 12], ['LS11', 9], ['LS17', 8], ['LS28', 7],
  ['BD3', 6], ['WF1', 8], ['LS1', 5], ['HG1', 4], ['LS12', 13]];
const REFERRALS = [['Google', 34], ['Friend', 30], ['Instagram', 14], ['School Leaflet', 8],
  ['Returning Pupil', 6], [null, 8]];
const LESSON_TYPES = [['Standard', 62], ['Motorway', 7], ['Mock Test', 10], ['Test Day', 7],
  ['Refresher', 6], ['Night Driving', 4], ['Pass Plus', 4]];
const CENTRES = [['Leeds Horsforth', 35], ['Leeds Harehills', 30], ['Wakefield', 20],
  ['Harrogate', 15]];
const PICKUPS = [['Home', 60], ['College', 16], ['Work', 14], ['Train Station', 10]];

function makeInstructors(random) {
  return NAMES.map((name, i) => {
    const car = random.weighted(CARS);
    const automatic = car === 'MG4 EV' || car === 'Toyota Yaris Hybrid' || random.chance(0.1);
    return [
      `INS-${201 + i * 3}`, name, random.chance(0.3) ? 'A' : 'B', car,
      automatic ? 'Automatic' : 'Manual',
      isoDate(addDays(day('2008-01-01'), random.int(0, 5800))),
      (32 + random.int(0, 20) * 0.5).toFixed(2), random.chance(0.35) ? 'TRUE' : 'FALSE',
      random.weighted(AREAS),
    ];
  });
}

function makeLearners(random) {
  return Array.from({ length: 1100 }, (_, i) => {
    const registered = addMinutes(addDays(day('2023-06-01'), random.int(0, 800)),
      random.int(7 * 60, 23 * 60));
    const theory = random.chance(0.64);
    const born = addDays(day('1970-01-01'), random.int(0, 13500));
    return [
      `L${20000 + i * 2}`, isoDate(random.chance(0.7) ? addDays(day('2000-01-01'),
        random.int(0, 2900)) : born), random.weighted(POSTCODES),
      isoTimestamp(registered, 'T'), theory ? 'Yes' : 'No',
      theory ? isoDate(addDays(registered, random.int(-60, 120))) : null,
      random.weighted(REFERRALS),
    ];
  });
}

function makeLesson(random, i, instructors, learners) {
  const date = addDays(day('2024-04-01'), random.int(0, 547)); // 2024-04-01 .. 2025-09-29
  const instructor = instructors[random.skewedIndex(instructors.length, 1.3)];
  const learner = learners[random.skewedIndex(learners.length, 1.5)];
  const type = random.weighted(LESSON_TYPES);
  const minutes = type === 'Test Day' ? 120
    : random.weighted(type === 'Motorway' || type === 'Pass Plus' ? [[120, 70], [90, 30]]
      : [[60, 45], [90, 35], [120, 20]]);
  const start = addMinutes(date, 7 * 60 + 30 * random.int(0, 26)); // 07:00 .. 20:00
  const prepaid = random.chance(0.4);
  const rate = Number(instructor[6]);
  const fee = type === 'Test Day' ? 95 + rate : (rate * minutes) / 60 * (prepaid ? 0.9 : 1);
  const cancelled = random.chance(0.07);
  const miles = cancelled || random.chance(0.05) ? null
    : (minutes * random.around(0.33, 0.1, 0.15, 0.7) * (type === 'Motorway' ? 1.8 : 1)).toFixed(1);
  const test = type === 'Test Day' && !cancelled;
  return [
    `DL${String(500001 + i)}`, isoTimestamp(start, ' '), instructor[0], learner[0], type,
    minutes, fee.toFixed(2), miles, random.weighted(PICKUPS), test ? random.weighted(CENTRES) : null,
    test ? (random.chance(0.52) ? 'Pass' : 'Fail') : null, prepaid ? 'true' : 'false',
    cancelled ? 'Y' : 'N', test ? random.weighted([[0, 30], [1, 25], [2, 20], [3, 12], [4, 8],
      [5, 5]]) : null,
  ];
}

/** Writes driving_lessons.csv, instructors.csv and learners.csv into `folder`; returns the tables. */
export function generate(folder) {
  const random = createRandom(20270203);
  const instructors = makeInstructors(random);
  const learners = makeLearners(random);
  const lessons = Array.from({ length: 4620 },
    (_, i) => makeLesson(random, i, instructors, learners));
  writeCsv(join(folder, 'instructors.csv'),
    ['instructor_code', 'instructor_name', 'ADI Grade', 'car_model', 'gearbox', 'Start Date',
      'Hourly Rate (GBP)', 'is_franchisee', 'teaching_area'], instructors);
  writeCsv(join(folder, 'learners.csv'),
    ['Learner ID', 'date_of_birth', 'postcode_district', 'Registered At', 'Theory Test Passed',
      'theory_pass_date', 'referral_source'], learners);
  writeCsv(join(folder, 'driving_lessons.csv'),
    ['lesson_ref', 'Lesson Start', 'Instructor ID', 'learnerNo', 'lesson_type', 'Duration (mins)',
      'Fee (GBP)', 'miles_driven', 'pickup_point', 'Test Centre', 'test_result', 'prepaidBlock',
      'Cancelled', 'Driving Faults'], lessons);
  return ['driving_lessons', 'instructors', 'learners'];
}
