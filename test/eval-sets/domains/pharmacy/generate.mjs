// A pharmacy chain's dispensing log (the fact table: one row per prescription filled) with its
// medicines formulary and its branches as lookups. The dispensing system writes the medicine as
// `Medicine Code` and the branch as `branchId`, while the formulary says `med_code` and the
// estates list says `Branch No`: three systems, three spellings of the same keys. Cash payers have
// no copay, and a wait time is only logged when the patient waited in store.
import { join } from 'node:path';
import { createRandom } from '../../lib/prng.mjs';
import {
  addDays, addMinutes, day, isoDate, isoTimestamp, writeCsv,
} from '../../lib/csv-writer.mjs';

// med_code, Drug Name, Strength (mg), form, therapeutic_class, Controlled Substance,
// Unit Price (USD), needsRefrigeration, manufacturer, popularity
const MEDICINES = [
  ['MED-0104', 'Atorvastatin', 20, 'Tablet', 'Cardiovascular', 'N', 0.18, 'false', 'Pfizer', 60],
  ['MED-0111', 'Amlodipine', 5, 'Tablet', 'Cardiovascular', 'N', 0.09, 'false', 'Teva', 48],
  ['MED-0117', 'Lisinopril', 10, 'Tablet', 'Cardiovascular', 'N', 0.07, 'false', 'Lupin', 44],
  ['MED-0123', 'Metoprolol', 50, 'Tablet', 'Cardiovascular', 'N', 0.11, 'false', 'Sandoz', 30],
  ['MED-0130', 'Warfarin', 5, 'Tablet', 'Cardiovascular', 'N', 0.21, 'false', 'Teva', 12],
  ['MED-0136', 'Clopidogrel', 75, 'Tablet', 'Cardiovascular', 'N', 0.24, 'false', 'Sanofi', 15],
  ['MED-0202', 'Metformin', 500, 'Tablet', 'Diabetes', 'N', 0.05, 'false', 'Sandoz', 52],
  ['MED-0209', 'Insulin Glargine', null, 'Injection', 'Diabetes', 'N', 9.8, 'true', 'Sanofi', 14],
  ['MED-0215', 'Sitagliptin', 100, 'Tablet', 'Diabetes', 'N', 4.9, 'false', 'Merck', 10],
  ['MED-0221', 'Semaglutide', null, 'Injection', 'Diabetes', 'N', 32.5, 'true', 'Novo Nordisk', 9],
  ['MED-0305', 'Amoxicillin', 500, 'Capsule', 'Antibiotic', 'N', 0.22, 'false', 'Sandoz', 40],
  ['MED-0312', 'Azithromycin', 250, 'Tablet', 'Antibiotic', 'N', 0.85, 'false', 'Pfizer', 22],
  ['MED-0318', 'Doxycycline', 100, 'Capsule', 'Antibiotic', 'N', 0.4, 'false', 'Mylan', 16],
  ['MED-0324', 'Cephalexin', 500, 'Capsule', 'Antibiotic', 'N', 0.33, 'false', 'Lupin', 18],
  ['MED-0331', 'Amoxicillin Suspension', null, 'Liquid', 'Antibiotic', 'N', 0.06, 'true',
    'Sandoz', 8],
  ['MED-0403', 'Sertraline', 50, 'Tablet', 'Mental Health', 'N', 0.15, 'false', 'Pfizer', 34],
  ['MED-0410', 'Fluoxetine', 20, 'Capsule', 'Mental Health', 'N', 0.12, 'false', 'Teva', 24],
  ['MED-0416', 'Alprazolam', 0.5, 'Tablet', 'Mental Health', 'Y', 0.3, 'false', 'Mylan', 11],
  ['MED-0423', 'Zolpidem', 10, 'Tablet', 'Mental Health', 'Y', 0.45, 'false', 'Sanofi', 9],
  ['MED-0429', 'Methylphenidate', 10, 'Tablet', 'Mental Health', 'Y', 1.1, 'false', 'Novartis', 7],
  ['MED-0502', 'Oxycodone', 5, 'Tablet', 'Pain', 'Y', 0.95, 'false', 'Purdue', 8],
  ['MED-0508', 'Tramadol', 50, 'Tablet', 'Pain', 'Y', 0.28, 'false', 'Teva', 13],
  ['MED-0515', 'Ibuprofen', 600, 'Tablet', 'Pain', 'N', 0.06, 'false', 'Perrigo', 26],
  ['MED-0521', 'Naproxen', 500, 'Tablet', 'Pain', 'N', 0.1, 'false', 'Perrigo', 12],
  ['MED-0527', 'Gabapentin', 300, 'Capsule', 'Pain', 'N', 0.14, 'false', 'Pfizer', 28],
  ['MED-0604', 'Salbutamol Inhaler', null, 'Inhaler', 'Respiratory', 'N', 0.19, 'false', 'GSK',
    20],
  ['MED-0611', 'Fluticasone Inhaler', null, 'Inhaler', 'Respiratory', 'N', 0.52, 'false', 'GSK',
    11],
  ['MED-0617', 'Montelukast', 10, 'Tablet', 'Respiratory', 'N', 0.2, 'false', 'Merck', 14],
  ['MED-0703', 'Omeprazole', 20, 'Capsule', 'Gastro', 'N', 0.08, 'false', 'AstraZeneca', 38],
  ['MED-0709', 'Pantoprazole', 40, 'Tablet', 'Gastro', 'N', 0.13, 'false', 'Pfizer', 17],
  ['MED-0716', 'Ondansetron', 4, 'Tablet', 'Gastro', 'N', 0.5, 'false', 'Novartis', 6],
  ['MED-0802', 'Levothyroxine', 0.1, 'Tablet', 'Endocrine', 'N', 0.1, 'false', 'AbbVie', 36],
  ['MED-0808', 'Prednisone', 10, 'Tablet', 'Endocrine', 'N', 0.07, 'false', 'Mylan', 15],
  ['MED-0903', 'Hydrocortisone Cream', null, 'Cream', 'Dermatology', 'N', 0.35, 'false',
    'Perrigo', 9],
  ['MED-0910', 'Isotretinoin', 20, 'Capsule', 'Dermatology', 'N', 2.4, 'false', 'Roche', 4],
  ['MED-0915', 'Adalimumab', null, 'Injection', 'Immunology', 'N', 1450, 'true', 'AbbVie', 3],
];
// Branch No, branch_name, city, opened_on, Drive Thru, Pharmacist In Charge, Open 24h, weight
const BRANCHES = [
  ['BR-01', 'Harbourside', 'Portland', '2009-04-14', 'Yes', 'Dana Whitfield', 'TRUE', 16],
  ['BR-02', 'Old Mill', 'Portland', '2011-09-01', 'No', 'Marcus Lee', 'FALSE', 9],
  ['BR-03', 'Pearl District', 'Portland', '2015-03-23', 'No', 'Priya Natarajan', 'FALSE', 12],
  ['BR-04', 'Beaverton Square', 'Beaverton', '2012-06-11', 'Yes', 'Tom Okafor', 'FALSE', 11],
  ['BR-05', 'Cedar Hills', 'Beaverton', '2018-10-02', 'Yes', 'Elena Rossi', 'FALSE', 7],
  ['BR-06', 'Gresham Station', 'Gresham', '2014-01-20', 'Yes', 'Sam Carter', 'TRUE', 10],
  ['BR-07', 'Lake Oswego', 'Lake Oswego', '2016-05-09', 'No', 'Hannah Brooks', 'FALSE', 6],
  ['BR-08', 'Salem Central', 'Salem', '2010-11-30', 'Yes', 'Victor Alvarez', 'TRUE', 13],
  ['BR-09', 'Salem West', 'Salem', '2021-08-16', 'No', 'Grace Kim', 'FALSE', 4],
  ['BR-10', 'Hillsboro Plaza', 'Hillsboro', '2019-02-25', 'Yes', 'Omar Haddad', 'FALSE', 8],
  ['BR-11', 'Tigard Crossing', 'Tigard', '2024-09-09', 'No', 'Lucy Martin', 'FALSE', 3],
];
const PAYERS = [['Commercial', 46], ['Medicare', 28], ['Medicaid', 16], ['Cash', 10]];
const PRESCRIBERS = [['GP', 58], ['Specialist', 18], ['Nurse Practitioner', 14], ['Dentist', 5],
  ['Urgent Care', 5]];
const SHORT_COURSE = new Set(['Antibiotic']);

function dispense(random, i, patients) {
  const medicine = random.weighted(MEDICINES.map((m) => [m, m[9]]));
  const branch = random.weighted(BRANCHES.map((b) => [b, b[7]]));
  const opened = day(branch[3]);
  const earliest = opened > day('2024-01-01') ? opened : day('2024-01-01');
  const span = Math.round((day('2025-06-30') - earliest) / 86_400_000);
  const dispenseDay = addDays(earliest, random.int(0, span));
  const dispensedAt = addMinutes(dispenseDay, random.int(8 * 60, 21 * 60 + 30));
  const written = addDays(dispenseDay, -random.weighted([[0, 40], [1, 25], [2, 12],
    [random.int(3, 10), 15], [random.int(11, 40), 8]]));
  const chronic = !SHORT_COURSE.has(medicine[4]) && medicine[3] !== 'Cream';
  const daysSupply = chronic ? random.weighted([[30, 55], [90, 30], [28, 15]])
    : random.weighted([[7, 50], [10, 30], [14, 20]]);
  const perDay = random.weighted([[1, 70], [2, 25], [3, 5]]);
  let quantity = Math.max(1, Math.round(daysSupply * perDay));
  if (medicine[3] === 'Injection') quantity = daysSupply >= 90 ? 3 : 1;
  if (medicine[3] === 'Inhaler' || medicine[3] === 'Cream') quantity = random.int(1, 3);
  if (medicine[3] === 'Liquid') quantity = random.pick([100, 150, 200]);
  const generic = medicine[6] < 2 && random.chance(0.6);
  const unit = medicine[6] * (generic ? 0.7 : 1) * random.around(1, 0.06, 0.9, 1.1);
  const total = Math.max(4, unit * quantity + random.int(150, 450) / 100);
  const payer = random.weighted(PAYERS);
  const copay = payer === 'Cash' ? null
    : Math.min(total, payer === 'Medicaid' ? 1 + random.int(0, 3)
      : random.pick([5, 10, 15, 20, 35])).toFixed(2);
  const refill = chronic && random.chance(0.55);
  const pickup = random.weighted([['In Store', 64], ['Drive Thru', branch[4] === 'Yes' ? 22 : 0],
    ['Delivery', 12]]);
  const wait = pickup === 'In Store' && !random.chance(0.12)
    ? (random.chance(0.04) ? random.int(40, 95) : Math.round(random.around(13, 11, 1, 36)))
    : null;
  const patient = patients[random.skewedIndex(patients.length, 1.6)];
  return [
    `RX${String(2400000 + i * 7)}`, isoTimestamp(dispensedAt), isoDate(written), medicine[0],
    branch[0], patient, random.weighted(PRESCRIBERS), quantity, daysSupply, total.toFixed(2), copay,
    payer, refill ? 'yes' : 'no', generic ? 'Y' : 'N', pickup, wait,
    random.chance(medicine[5] === 'Y' ? 0.85 : 0.3) ? 'TRUE' : 'FALSE',
  ];
}

/** Writes prescriptions.csv, medicines.csv and branches.csv into `folder`; returns the tables. */
export function generate(folder) {
  const random = createRandom(20270115);
  const patients = Array.from({ length: 1500 }, (_, i) => `PT-${String(10000 + i * 11)}`);
  const rows = Array.from({ length: 4650 }, (_, i) => dispense(random, i, patients));
  writeCsv(join(folder, 'medicines.csv'),
    ['med_code', 'Drug Name', 'Strength (mg)', 'form', 'therapeutic_class', 'Controlled Substance',
      'Unit Price (USD)', 'needsRefrigeration', 'manufacturer'],
    MEDICINES.map((row) => row.slice(0, 9)));
  writeCsv(join(folder, 'branches.csv'),
    ['Branch No', 'branch_name', 'city', 'opened_on', 'Drive Thru', 'Pharmacist In Charge',
      'Open 24h'], BRANCHES.map((row) => row.slice(0, 7)));
  writeCsv(join(folder, 'prescriptions.csv'),
    ['rx_number', 'Dispensed At', 'written_date', 'Medicine Code', 'branchId', 'patient_id',
      'Prescriber Type', 'Qty Dispensed', 'days_supply', 'Total Price ($)', 'Copay ($)', 'payer',
      'refill', 'Generic Sub', 'pickup_method', 'Wait Time (min)', 'counselled'], rows);
  return ['prescriptions', 'medicines', 'branches'];
}
