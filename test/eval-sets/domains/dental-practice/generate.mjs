// A dental practice's treatments (the fact table) with its registered patients and its clinicians
// (dentists, hygienists and a therapist) as lookups. The practice-management export calls the
// patient `patientRef` and the clinician `Clinician No`, while the patient register says
// `patient_id` and the staff list `dentist_id`. Treatments not yet paid have no payment date.
import { join } from 'node:path';
import { createRandom } from '../../lib/prng.mjs';
import {
  addDays, addMinutes, day, isoDate, isoTimestamp, writeCsv,
} from '../../lib/csv-writer.mjs';

// dentist_id, name, role, surgery, start date, accepts NHS, hourly rate (GBP), workload weight
const DENTISTS = [
  ['D01', 'Dr Sarah Whitfield', 'Dentist', 'Surgery 1', '2012-09-03', 'Yes', 95, 14],
  ['D02', 'Dr Rajesh Patel', 'Dentist', 'Surgery 2', '2015-01-12', 'Yes', 90, 13],
  ['D03', 'Dr Emma Lawson', 'Dentist', 'Surgery 3', '2018-04-23', 'No', 110, 9],
  ['D04', 'Dr Tomasz Nowak', 'Dentist', 'Surgery 4', '2019-10-07', 'Yes', 85, 12],
  ['D05', 'Dr Aisha Bello', 'Dentist', 'Surgery 2', '2021-02-01', 'Yes', 80, 10],
  ['D06', 'Dr Gareth Evans', 'Dentist', 'Surgery 5', '2010-06-14', 'No', 120, 7],
  ['D07', 'Dr Hannah Cole', 'Dentist', 'Surgery 1', '2022-08-30', 'Yes', 75, 8],
  ['D08', 'Dr Marco Rossi', 'Dentist', 'Surgery 3', '2016-03-21', 'Yes', 92, 11],
  ['D09', 'Dr Li Wei', 'Dentist', 'Surgery 4', '2023-09-04', 'Yes', 72, 6],
  ['D10', 'Chloe Barker', 'Hygienist', 'Hygiene Room', '2017-05-15', 'Yes', 48, 0],
  ['D11', 'Nina Kowalski', 'Hygienist', 'Hygiene Room', '2020-11-02', 'Yes', 45, 0],
  ['D12', 'Owen Price', 'Hygienist', 'Surgery 5', '2023-01-16', 'No', 44, 0],
  ['D13', 'Fatima Hussain', 'Dental Therapist', 'Surgery 6', '2021-07-05', 'Yes', 52, 4],
];
const HYGIENE_STAFF = [['D10', 45], ['D11', 40], ['D12', 15]];
const FIRST = ['Oliver', 'Amelia', 'George', 'Isla', 'Harry', 'Ava', 'Noah', 'Mia', 'Jack', 'Grace',
  'Leo', 'Freya', 'Arthur', 'Lily', 'Muhammad', 'Ella', 'Oscar', 'Sophie', 'Charlie', 'Evie',
  'Thomas', 'Ruby', 'James', 'Poppy', 'William', 'Zara', 'Daniel', 'Chloe', 'Samuel', 'Megan',
  'Priya', 'Kwame', 'Sean', 'Bethan', 'Rhys', 'Agnieszka', 'Yusuf', 'Margaret', 'Peter', 'Janet'];
const LAST = ['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies',
  'Robinson', 'Wright', 'Thompson', 'Evans', 'Walker', 'White', 'Roberts', 'Green', 'Hall',
  'Wood', 'Jackson', 'Clarke', 'Patel', 'Khan', 'Lewis', 'James', 'Phillips', 'Mason', 'Okafor',
  'Murphy', 'Hughes', 'Edwards', 'Kaur', 'Morgan', 'Price', 'Bennett', 'Nowak', 'Ahmed'];
const TOWNS = [['Swansea', 38], ['Neath', 14], ['Port Talbot', 12], ['Llanelli', 10],
  ['Mumbles', 9], ['Gorseinon', 8], ['Pontardawe', 5], ['Bridgend', 4]];
const PLANS = [['NHS', 55], ['Private', 20], ['Denplan', 25]];
// treatment, weight, duration range (min), NHS band, NHS fee, private fee range
const TREATMENTS = [
  ['Check-up', 34, [15, 30], 'Band 1', 27.4, [55, 65]],
  ['Hygiene visit', 22, [30, 45], 'Band 1', 27.4, [65, 85]],
  ['Filling', 20, [30, 60], 'Band 2', 75.3, [120, 180]],
  ['Extraction', 9, [20, 60], 'Band 2', 75.3, [140, 220]],
  ['Root canal', 6, [60, 120], 'Band 3', 326.7, [450, 650]],
  ['Crown', 6, [60, 90], 'Band 3', 326.7, [550, 750]],
  ['Whitening', 3, [60, 90], null, null, [300, 400]],
];
const EXPORTED_ON = day('2025-06-30');

function makePatients(random) {
  return Array.from({ length: 1380 }, (_, i) => {
    const born = addDays(day('1938-01-01'), random.int(0, 31000));
    const registered = addDays(day('2005-01-01'), random.int(0, 7300));
    return [
      `P${10001 + i}`, `${random.pick(FIRST)} ${random.pick(LAST)}`, isoDate(born),
      random.weighted(TOWNS), random.weighted(PLANS), isoDate(registered),
      random.chance(0.14) ? 'Y' : 'N', random.chance(0.7) ? 'true' : 'false',
      random.chance(0.06) ? null : `07${random.int(100000000, 999999999)}`,
    ];
  });
}

function makeTreatment(random, i, patients) {
  const visit = addDays(day('2024-01-02'), random.int(0, 545)); // 2024-01-02 .. 2025-06-30
  const patient = patients[random.skewedIndex(patients.length, 1.4)];
  const plan = patient[4];
  const treatment = random.weighted(TREATMENTS.map((t) => [t, t[1]]));
  const [type, , [shortest, longest], band, nhsFee, [cheapest, dearest]] = treatment;
  const clinician = type === 'Hygiene visit'
    ? random.weighted(HYGIENE_STAFF)
    : random.weighted(DENTISTS.filter((d) => d[7] > 0 && (type !== 'Root canal' && type !== 'Crown'
      || d[2] === 'Dentist')).map((d) => [d[0], d[7]]));
  const acceptsNhs = DENTISTS.find((d) => d[0] === clinician)[5] === 'Yes';
  const onNhs = plan === 'NHS' && band !== null && acceptsNhs;
  const fee = onNhs ? nhsFee : random.int(cheapest, dearest) + (random.chance(0.5) ? 0.5 : 0);
  const checkedIn = addMinutes(visit, random.int(8 * 60 + 30, 17 * 60 + 30));
  const age = Math.round((EXPORTED_ON.getTime() - visit.getTime()) / 86_400_000);
  const paid = random.chance(age < 21 ? 0.45 : age < 60 ? 0.8 : 0.96);
  const paidOn = paid ? addDays(visit, random.chance(0.7) ? 0 : random.int(1, Math.min(age, 45))) : null;
  const hasTooth = ['Filling', 'Extraction', 'Root canal', 'Crown'].includes(type);
  const tooth = hasTooth ? random.int(1, 4) * 10 + random.int(1, 8) : null;
  const xray = type === 'Check-up' ? random.chance(0.35) : type === 'Root canal' || type === 'Extraction'
    ? random.chance(0.9) : random.chance(0.1);
  const anaesthetic = hasTooth ? random.chance(type === 'Filling' ? 0.7 : 0.95) : false;
  return [
    `TR-${200001 + i}`, patient[0], clinician, isoDate(visit), isoTimestamp(checkedIn, 'T'), type,
    tooth, random.int(shortest, longest), fee.toFixed(2), paid ? 'yes' : 'no',
    paidOn ? isoDate(paidOn) : null, xray ? 'TRUE' : 'FALSE', onNhs ? band : null,
    anaesthetic ? 'Y' : 'N',
  ];
}

/** Writes treatments.csv, patients.csv and dentists.csv into `folder`; returns the tables. */
export function generate(folder) {
  const random = createRandom(20261218);
  const patients = makePatients(random);
  const treatments = Array.from({ length: 4560 }, (_, i) => makeTreatment(random, i, patients));
  writeCsv(join(folder, 'dentists.csv'),
    ['dentist_id', 'name', 'role', 'Surgery Room', 'start_date', 'Accepts NHS',
      'Hourly Rate (GBP)'], DENTISTS.map((row) => row.slice(0, 7)));
  writeCsv(join(folder, 'patients.csv'),
    ['patient_id', 'Full Name', 'dateOfBirth', 'Home Town', 'insurance_plan', 'Registered On',
      'smoker', 'smsReminders', 'Mobile Number'], patients);
  writeCsv(join(folder, 'treatments.csv'),
    ['Treatment ID', 'patientRef', 'Clinician No', 'appointment_date', 'Checked In At',
      'treatment_type', 'Tooth Number', 'Duration (min)', 'Fee (GBP)', 'paid', 'Paid On',
      'xray_taken', 'nhsBand', 'Anaesthetic Used'], treatments);
  return ['treatments', 'patients', 'dentists'];
}
