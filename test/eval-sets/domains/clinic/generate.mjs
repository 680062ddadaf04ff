// An outpatient clinic: appointments (the fact table) with doctors and departments as lookups.
// The booking system exports the clinician as `Doctor ID` and the department as `dept_code`;
// the staff roster calls them `doctor_id` and `department`, and the department list `code`,
// the way three systems' exports actually differ.
import { join } from 'node:path';
import { createRandom } from '../../lib/prng.mjs';
import {
  addDays, addMinutes, day, isoDate, isoTimestamp, writeCsv,
} from '../../lib/csv-writer.mjs';

// code, name, building, floor, walk-in clinic, annual budget ($k); then its weight in bookings
const DEPARTMENTS = [
  ['GP', 'General Practice', 'West Wing', 0, 'true', 2150],
  ['CARD', 'Cardiology', 'Main Building', 3, 'false', 3880],
  ['DERM', 'Dermatology', 'East Wing', 1, 'false', 940],
  ['ENDO', 'Endocrinology', 'Main Building', 4, 'false', 1210],
  ['ORTH', 'Orthopaedics', 'East Wing', 2, 'false', 2630],
  ['PAED', 'Paediatrics', 'West Wing', 1, 'true', 1740],
  ['NEUR', 'Neurology', 'Main Building', 5, 'false', 2290],
  ['OBGY', 'Obstetrics & Gynaecology', 'South Pavilion', 2, 'false', 1980],
  ['PHYS', 'Physiotherapy', 'South Pavilion', 0, 'true', 760],
];
const DEPARTMENT_WEIGHTS = [26, 11, 9, 6, 12, 12, 7, 8, 9];
const DOCTORS_PER_DEPARTMENT = [7, 4, 3, 2, 4, 4, 3, 3, 3];

const FIRST = ['Amara', 'Jonas', 'Leila', 'Matteo', 'Sunita', 'Colm', 'Hana', 'Ruben', 'Ingrid',
  'Tariq', 'Ffion', 'Kenji', 'Marisol', 'Olu', 'Bettina', 'Declan', 'Zara', 'Piotr', 'Esme'];
const LAST = ['Okafor', 'Lindgren', 'Haddad', 'Ferraro', 'Raman', 'Gallagher', 'Sato', 'Vidal',
  'Nkemelu', 'Thorsen', 'Abernethy', 'Kowalczyk', 'Mbeki', 'Quintero', 'Iwu', 'Carmody'];
const GRADES = [
  ['Consultant', 40], ['Registrar', 30], ['Resident', 18], ['Nurse Practitioner', 12],
];
const VISIT_TYPES = [['Follow-up', 42], ['New patient', 28], ['Telehealth', 18], ['Procedure', 12]];
const BASE_FEE = { 'Follow-up': 85, 'New patient': 140, Telehealth: 60, Procedure: 320 };
const CHANNELS = [['Phone', 40], ['Online portal', 38], ['Referral', 14], ['Walk-in', 8]];

/** A name not yet on the roster, so a question naming a doctor means one person. */
function freshName(random, taken) {
  for (;;) {
    const name = `Dr. ${random.pick(FIRST)} ${random.pick(LAST)}`;
    if (taken.has(name)) continue;
    taken.add(name);
    return name;
  }
}

/** Doctor ids run D101, D102, ... in department order. */
function makeDoctors(random) {
  const doctors = [];
  const taken = new Set();
  DEPARTMENTS.forEach(([code], k) => {
    for (let i = 0; i < DOCTORS_PER_DEPARTMENT[k]; i += 1) {
      const joined = addDays(day('2003-01-01'), random.int(0, 7900));
      doctors.push([
        `D${101 + doctors.length}`, freshName(random, taken), code,
        random.weighted(GRADES), random.int(1, 32), random.chance(0.7) ? 'Yes' : 'No',
        isoDate(joined),
      ]);
    }
  });
  return doctors;
}

function scheduledAt(random) {
  const date = addDays(day('2024-07-01'), random.int(0, 456)); // 2024-07-01 .. 2025-09-30
  const weekday = date.getUTCDay();
  const shifted = weekday === 0 ? addDays(date, 1) : weekday === 6 ? addDays(date, 2) : date;
  return addMinutes(shifted, 8 * 60 + 15 * random.int(0, 37)); // 08:00 .. 17:15
}

/** The export was taken in late September 2025: the last week's bookings are still ahead. */
function statusOf(random, when) {
  if (when >= day('2025-09-22')) return random.chance(0.85) ? 'Scheduled' : 'Cancelled';
  return random.weighted([['Completed', 78], ['Cancelled', 12], ['No-show', 10]]);
}

/** Most patients wait a quarter of an hour or so; a clinic running late adds a long tail. */
function waitMinutes(random) {
  const runningLate = random.chance(0.08) ? random.int(20, 70) : 0;
  return Math.round(random.around(14, 12, 0, 40)) + runningLate;
}

/** What the patient was charged: nothing for a visit that did not happen, a fifth if insured. */
function fee(random, visitType, status, insured) {
  if (status === 'Cancelled' || status === 'Scheduled') return null;
  const base = BASE_FEE[visitType] * random.around(1, 0.25, 0.7, 1.4);
  return (insured === 'Y' ? base * 0.2 : base).toFixed(2);
}

function makeAppointment(random, index, doctors, patients) {
  const k = random.weighted(DEPARTMENTS.map((_, i) => [i, DEPARTMENT_WEIGHTS[i]]));
  const [code, , , , walkIn] = DEPARTMENTS[k];
  const staff = doctors.filter(([, , department]) => department === code);
  const [doctorId] = staff[random.skewedIndex(staff.length, 1.4)];
  const when = scheduledAt(random);
  const status = statusOf(random, when);
  // Physiotherapy sessions are mostly booked as procedures.
  const visitType = code === 'PHYS' && random.chance(0.6) ? 'Procedure'
    : random.weighted(VISIT_TYPES);
  const channels = walkIn === 'true' ? CHANNELS : CHANNELS.filter(([name]) => name !== 'Walk-in');
  const channel = random.weighted(channels);
  const booked = channel === 'Walk-in' ? when : addDays(when, -random.int(1, 60));
  const completed = status === 'Completed';
  const checkedIn = completed ? addMinutes(when, -random.int(0, 20)) : null;
  const [patientRef, age] = patients[random.skewedIndex(patients.length, 1.8)];
  const insured = random.chance(0.72) ? 'Y' : 'N';
  const reminded = channel !== 'Walk-in' && random.chance(0.83); // walk-ins get no reminder
  return [
    `APT-${String(index + 1).padStart(5, '0')}`, patientRef, doctorId, code, visitType,
    isoDate(booked), isoTimestamp(when, 'T'), status,
    checkedIn ? isoTimestamp(checkedIn) : null,
    completed ? waitMinutes(random) : null,
    fee(random, visitType, status, insured), insured,
    reminded ? 'TRUE' : 'FALSE', age,
    completed ? (random.chance(0.34) ? 'yes' : 'no') : null, channel,
  ];
}

function makeAppointments(random, doctors) {
  const patients = Array.from({ length: 1500 }, (_, i) => [
    `PT-${String(20000 + i * 3).padStart(5, '0')}`,
    random.chance(0.06) ? null : random.int(0, 94),
  ]);
  return Array.from({ length: 4400 }, (_, i) => makeAppointment(random, i, doctors, patients));
}

/** Writes appointments.csv, doctors.csv and departments.csv into `folder`; returns the tables. */
export function generate(folder) {
  const random = createRandom(20251004);
  const doctors = makeDoctors(random);
  writeCsv(join(folder, 'departments.csv'),
    ['code', 'Department Name', 'building', 'Floor', 'walk_in_clinic', 'Annual Budget ($k)'],
    DEPARTMENTS);
  writeCsv(join(folder, 'doctors.csv'),
    ['doctor_id', 'Name', 'department', 'grade', 'Years Experience', 'accepting_new_patients',
      'joined_on'], doctors);
  writeCsv(join(folder, 'appointments.csv'),
    ['Appointment ID', 'patient_ref', 'Doctor ID', 'dept_code', 'Visit Type', 'booked_on',
      'Scheduled At', 'status', 'checked_in_at', 'Wait Time (mins)', 'Fee (USD)', 'insured',
      'reminderSent', 'Patient Age', 'follow_up_needed', 'Booking Channel'],
    makeAppointments(random, doctors));
  return ['appointments', 'doctors', 'departments'];
}
