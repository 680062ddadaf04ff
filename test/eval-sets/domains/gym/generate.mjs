// A fitness club's class attendance: bookings (the fact table) with members and the class
// timetable as lookups. The booking system exports the member as `Member ID` and the class as
// `classId`, while the membership system calls its key `member_no` and the timetable `class_id`,
// the way two vendors' exports differ.
import { join } from 'node:path';
import { createRandom } from '../../lib/prng.mjs';
import {
  addDays, addMinutes, day, isoDate, isoTimestamp, writeCsv,
} from '../../lib/csv-writer.mjs';

// [name, category, intensity, duration (min), capacity, needs equipment, popularity]
const CLASS_TYPES = [
  ['Morning Flow Yoga', 'Yoga', 'Low', 60, 20, 'N', 9],
  ['Power Yoga', 'Yoga', 'Medium', 45, 18, 'N', 6],
  ['Spin Express', 'Cycling', 'High', 30, 24, 'Y', 10],
  ['Endurance Ride', 'Cycling', 'High', 60, 24, 'Y', 5],
  ['HIIT Blast', 'HIIT', 'High', 30, 25, 'N', 9],
  ['Tabata Burn', 'HIIT', 'High', 45, 20, 'N', 4],
  ['Mat Pilates', 'Pilates', 'Low', 45, 16, 'N', 7],
  ['Reformer Pilates', 'Pilates', 'Medium', 50, 10, 'Y', 8],
  ['Barbell Strength', 'Strength', 'Medium', 60, 14, 'Y', 5],
  ['Kettlebell Circuit', 'Strength', 'High', 45, 16, 'Y', 4],
  ['Boxfit', 'Boxing', 'High', 45, 18, 'Y', 6],
  ['Zumba Party', 'Dance', 'Medium', 60, 30, 'N', 5],
  ['Aqua Aerobics', 'Aqua', 'Low', 45, 22, 'N', 4],
  ['Stretch & Mobility', 'Yoga', 'Low', 30, 20, 'N', 3],
];
const INSTRUCTORS = ['Dana Okafor', 'Luis Herrera', 'Sophie Marchetti', 'Kenji Watanabe',
  'Aisha Rahman', 'Marek Nowak', 'Chloe Dubois', 'Tyrone Bailey', 'Ingrid Solberg'];
const STUDIOS = { Cycling: 'Spin Room', Aqua: 'Pool', Strength: 'Weights Hall', Pilates: 'Studio B',
  Yoga: 'Studio B', HIIT: 'Studio A', Boxing: 'Studio A', Dance: 'Studio A' };
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const SLOTS = ['06:30', '07:15', '09:30', '12:15', '17:30', '18:30', '19:30'];

const FIRST = ['Olivia', 'Noah', 'Amelia', 'Arjun', 'Fatima', 'Liam', 'Zara', 'Mateo', 'Hannah',
  'Kofi', 'Elena', 'Sven', 'Maya', 'Jonah', 'Leila', 'Tariq', 'Rosa', 'Finn', 'Anya', 'Declan'];
const LAST = ['Thompson', 'Kowalski', 'Osei', 'Fernandes', 'Lindgren', 'Murphy', 'Haddad', 'Ng',
  'Papadopoulos', 'Reyes', 'Schultz', 'Adebayo', 'Costa', 'Ivanova', 'Walsh', 'Bergstrom'];
// [plan, monthly fee, weight]
const PLANS = [['Standard', 39.99, 40], ['Premium', 64.99, 22], ['Off-Peak', 27.5, 14],
  ['Student', 24.99, 16], ['Corporate', 45, 8]];
const RATINGS = [[5, 40], [4, 35], [3, 15], [2, 6], [1, 4]];
const CHANNELS = [['App', 62], ['Website', 23], ['Front Desk', 15]];

function makeClasses(random) {
  const classes = [];
  for (let i = 0; i < 42; i += 1) {
    const type = CLASS_TYPES[i % CLASS_TYPES.length];
    const [name, category, intensity, minutes, capacity, equipment] = type;
    classes.push([
      `C${String(101 + i)}`, name, category, random.pick(INSTRUCTORS), STUDIOS[category],
      WEEKDAYS[(i * 3 + random.int(0, 1)) % 7], random.pick(SLOTS), minutes, capacity, intensity,
      equipment,
    ]);
  }
  return classes;
}

function makeMembers(random) {
  return Array.from({ length: 760 }, (_, i) => {
    const [plan, fee] = random.weighted(PLANS.map((p) => [p, p[2]]));
    const age = plan === 'Student' ? random.int(18, 25) : random.int(19, 74);
    return [
      `M${String(20001 + i * 3)}`, `${random.pick(FIRST)} ${random.pick(LAST)}`, plan,
      fee.toFixed(2), isoDate(addDays(day('2019-03-01'), random.int(0, 2300))),
      random.chance(0.08) ? null : age, random.chance(0.7) ? 'TRUE' : 'FALSE',
      random.weighted([['Downtown', 55], ['Eastside', 25], ['Lakeshore', 20]]),
    ];
  });
}

/** The day of `weekday` (0 = Monday) in the week starting on `monday`. */
const dayInWeek = (monday, weekday) => addDays(monday, weekday);

function attendance(random, type, cancelled) {
  if (cancelled) return { checkedIn: 'No', calories: null, heartRate: null, rating: null };
  const checkedIn = random.chance(0.86);
  if (!checkedIn) return { checkedIn: 'No', calories: null, heartRate: null, rating: null };
  const wearable = random.chance(0.55);
  const perMinute = { High: 11, Medium: 8, Low: 4.5 }[type[2]];
  return {
    checkedIn: 'Yes',
    calories: wearable ? Math.round(random.around(perMinute * type[3], 60, 60, 900)) : null,
    heartRate: wearable ? Math.round(random.around(perMinute * 12 + 40, 12, 80, 185)) : null,
    rating: random.chance(0.4) ? random.weighted(RATINGS) : null,
  };
}

function makeBookings(random, classes, members) {
  const firstMonday = day('2025-01-06');
  const popularity = classes.map((c) => [c, CLASS_TYPES.find((t) => t[0] === c[1])[6]]);
  const bookings = [];
  for (let i = 0; i < 4400; i += 1) {
    const session = random.weighted(popularity);
    const type = CLASS_TYPES.find((t) => t[0] === session[1]);
    const week = random.int(0, 37); // 2025-01-06 .. 2025-09-28
    const classDate = dayInWeek(addDays(firstMonday, week * 7), WEEKDAYS.indexOf(session[5]));
    const [hour, minute] = session[6].split(':').map(Number);
    const start = addMinutes(classDate, hour * 60 + minute);
    const bookedAt = addMinutes(start, -random.int(45, 60 * 24 * 9));
    const cancelled = random.chance(0.11);
    const leadMinutes = (start - bookedAt) / 60_000; // at least 45
    const cancelledAt = cancelled ? addMinutes(bookedAt, random.int(5, leadMinutes - 5)) : null;
    const member = members[random.skewedIndex(members.length, 1.4)];
    const seen = attendance(random, type, cancelled);
    bookings.push([
      `BK${String(i + 1).padStart(5, '0')}`, member[0], session[0], isoDate(classDate),
      isoTimestamp(bookedAt, 'T'), random.weighted(CHANNELS), seen.checkedIn,
      cancelled ? 'true' : 'false', cancelledAt ? isoTimestamp(cancelledAt) : null,
      seen.calories, seen.heartRate, seen.rating,
    ]);
  }
  return bookings;
}

/** Writes class_bookings.csv, members.csv and classes.csv into `folder`; returns the tables. */
export function generate(folder) {
  const random = createRandom(20261201);
  const classes = makeClasses(random);
  const members = makeMembers(random);
  writeCsv(join(folder, 'classes.csv'),
    ['class_id', 'Class Name', 'category', 'instructor', 'studio', 'weekday', 'Start Time',
      'Duration (min)', 'Max Capacity', 'intensity', 'equipment_needed'], classes);
  writeCsv(join(folder, 'members.csv'),
    ['member_no', 'full_name', 'Membership Plan', 'Monthly Fee (£)', 'joinDate', 'age',
      'autoRenew', 'home_club'], members);
  writeCsv(join(folder, 'class_bookings.csv'),
    ['booking_id', 'Member ID', 'classId', 'Class Date', 'booked_at', 'Booking Channel',
      'Checked In', 'cancelled', 'cancelled_at', 'Calories Burned (kcal)', 'avg_heart_rate',
      'Rating (1-5)'], makeBookings(random, classes, members));
  return ['class_bookings', 'members', 'classes'];
}
