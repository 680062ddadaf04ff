// Questions a clinic manager or analyst would type, with gold SQL over the raw CSVs (each table is
// a view over read_csv of its file). Written blind to the reader, after its time/grouping/join
// change (see ../../README.md). `gold` may list several statements when the question has more
// than one fair reading; `ordered` marks rankings.
const WAIT = '"Wait Time (mins)"';
const FEE = '"Fee (USD)"';
const AT = '"Scheduled At"';
const WITH_DOCTORS = 'appointments a JOIN doctors d ON a."Doctor ID" = d.doctor_id';
const WITH_DEPARTMENTS = 'appointments a JOIN departments p ON a.dept_code = p.code';

/** A month bucket as a date or as 'YYYY-MM' (and as a month number when one year is asked). */
const perMonth = (measure, where = 'true', oneYear = false) => [
  `SELECT date_trunc('month', ${AT}), ${measure} FROM appointments WHERE ${where} GROUP BY 1`,
  `SELECT strftime(${AT}, '%Y-%m'), ${measure} FROM appointments WHERE ${where} GROUP BY 1`,
  ...(oneYear ? [`SELECT month(${AT}), ${measure} FROM appointments WHERE ${where} GROUP BY 1`]
    : []),
];

/** "In the N days after X" with X counted out, or in, or both ends in; on the date of `column`. */
const daysAfter = (column, iso, days, where = 'true') => {
  const on = `CAST(${column} AS DATE)`;
  const start = `DATE '${iso}'`;
  const end = `DATE '${iso}' + INTERVAL ${days} DAY`;
  return [
    `SELECT count(*) FROM appointments WHERE ${where} AND ${on} > ${start} AND ${on} <= ${end}`,
    `SELECT count(*) FROM appointments WHERE ${where} AND ${on} >= ${start} AND ${on} < ${end}`,
    `SELECT count(*) FROM appointments WHERE ${where} AND ${on} >= ${start} AND ${on} <= ${end}`,
  ];
};

/** "In the N days before X": X itself left out, or counted in (N days or N+1 in all). */
const daysBefore = (column, iso, days) => {
  const on = `CAST(${column} AS DATE)`;
  const start = `DATE '${iso}' - INTERVAL ${days} DAY`;
  return [
    `SELECT count(*) FROM appointments WHERE ${on} >= ${start} AND ${on} < DATE '${iso}'`,
    `SELECT count(*) FROM appointments WHERE ${on} >= ${start} AND ${on} <= DATE '${iso}'`,
    `SELECT count(*) FROM appointments WHERE ${on} > ${start} AND ${on} <= DATE '${iso}'`,
  ];
};

/** A share as a percentage or as a fraction. */
const share = (part, from, whole = 'true') => [
  `SELECT 100.0 * count(*) FILTER (WHERE ${part}) / count(*) FROM ${from} WHERE ${whole}`,
  `SELECT count(*) FILTER (WHERE ${part}) / count(*) FROM ${from} WHERE ${whole}`,
];

export default [
  // count
  { kind: 'count', q: 'how many appointments are there in total',
    gold: 'SELECT count(*) FROM appointments' },
  { kind: 'count', q: 'How many distinct patients have booked an appointment?',
    gold: 'SELECT count(DISTINCT patient_ref) FROM appointments' },
  { kind: 'count', q: 'how many doctors do we have on the roster',
    gold: 'SELECT count(*) FROM doctors' },
  // filter-text
  { kind: 'filter-text', q: 'How many appointments were no-shows?',
    gold: `SELECT count(*) FROM appointments WHERE status = 'No-show'` },
  { kind: 'filter-text', q: 'how many telehealth appointments were there',
    gold: `SELECT count(*) FROM appointments WHERE "Visit Type" = 'Telehealth'` },
  { kind: 'filter-text', q: 'list the names of all the consultants',
    gold: `SELECT Name FROM doctors WHERE grade = 'Consultant'` },
  { kind: 'filter-text', q: 'how many appointmnets were booked through the online portal?',
    gold: `SELECT count(*) FROM appointments WHERE "Booking Channel" = 'Online portal'` },
  // filter-number
  { kind: 'filter-number', q: 'How many appointments had a wait time of more than 45 minutes?',
    gold: `SELECT count(*) FROM appointments WHERE ${WAIT} > 45` },
  { kind: 'filter-number', q: 'how many appointments cost over $300',
    gold: `SELECT count(*) FROM appointments WHERE ${FEE} > 300` },
  { kind: 'filter-number', q: 'Which doctors have more than 25 years of experience?',
    gold: 'SELECT Name FROM doctors WHERE "Years Experience" > 25' },
  // filter-date
  { kind: 'filter-date', q: 'How many appointments were scheduled for February 2025?',
    gold: `SELECT count(*) FROM appointments
           WHERE ${AT} >= TIMESTAMP '2025-02-01' AND ${AT} < TIMESTAMP '2025-03-01'` },
  { kind: 'filter-date', q: 'how many appointments were booked between 2025-01-01 and 2025-03-31',
    gold: `SELECT count(*) FROM appointments
           WHERE booked_on BETWEEN DATE '2025-01-01' AND DATE '2025-03-31'` },
  { kind: 'filter-date', q: 'How many of our doctors joined before 2010?',
    gold: `SELECT count(*) FROM doctors WHERE joined_on < DATE '2010-01-01'` },
  // filter-boolean
  { kind: 'filter-boolean', q: 'how many appointments had a reminder sent',
    gold: 'SELECT count(*) FROM appointments WHERE reminderSent' },
  { kind: 'filter-boolean', q: 'How many doctors are accepting new patients?',
    gold: 'SELECT count(*) FROM doctors WHERE accepting_new_patients' },
  { kind: 'filter-boolean', q: 'which departments run a walk-in clinic?',
    gold: [
      'SELECT "Department Name" FROM departments WHERE walk_in_clinic',
      'SELECT code FROM departments WHERE walk_in_clinic',
    ] },
  { kind: 'filter-boolean', q: 'how many appointments were for insured patients',
    gold: `SELECT count(*) FROM appointments WHERE insured = 'Y'` },
  // group-by
  { kind: 'group-by', q: 'appointments by status',
    gold: 'SELECT status, count(*) FROM appointments GROUP BY 1' },
  { kind: 'group-by', q: 'What is the average wait time per visit type?',
    gold: `SELECT "Visit Type", avg(${WAIT}) FROM appointments GROUP BY 1` },
  { kind: 'group-by', q: 'how many doctors are there in each grade',
    gold: 'SELECT grade, count(*) FROM doctors GROUP BY 1' },
  // top-n
  { kind: 'top-n', ordered: true, q: 'top 5 patients by number of appointments',
    gold: `SELECT patient_ref, count(*) AS n FROM appointments
           GROUP BY 1 ORDER BY n DESC LIMIT 5` },
  { kind: 'top-n', ordered: true, q: 'Show me the 3 doctors who joined most recently',
    gold: [
      'SELECT Name, joined_on FROM doctors ORDER BY joined_on DESC LIMIT 3',
      'SELECT doctor_id, joined_on FROM doctors ORDER BY joined_on DESC LIMIT 3',
    ] },
  { kind: 'top-n', ordered: true, q: 'what are the top 3 booking channels by appointment count?',
    gold: `SELECT "Booking Channel", count(*) AS n FROM appointments
           GROUP BY 1 ORDER BY n DESC LIMIT 3` },
  // superlative
  { kind: 'superlative', q: 'Which visit type has the highest average fee?',
    gold: `SELECT "Visit Type" FROM appointments GROUP BY 1 ORDER BY avg(${FEE}) DESC LIMIT 1` },
  { kind: 'superlative', q: "what's the longest anyone has waited, in minutes",
    gold: `SELECT max(${WAIT}) FROM appointments` },
  { kind: 'superlative', q: 'which booking channel do patients use the most',
    gold: `SELECT "Booking Channel" FROM appointments GROUP BY 1 ORDER BY count(*) DESC LIMIT 1` },
  { kind: 'superlative', q: 'How old is the oldest patient with an appointment?',
    gold: 'SELECT max("Patient Age") FROM appointments' },
  // time-grain
  { kind: 'time-grain', q: 'number of appointments per month in 2025',
    gold: perMonth('count(*)', `year(${AT}) = 2025`, true) },
  { kind: 'time-grain', q: 'What were the total fees per quarter?',
    gold: [
      `SELECT date_trunc('quarter', ${AT}), sum(${FEE}) FROM appointments GROUP BY 1`,
      `SELECT year(${AT}), quarter(${AT}), sum(${FEE}) FROM appointments GROUP BY 1, 2`,
    ] },
  { kind: 'time-grain', q: 'how many no-shows did we have each month?',
    gold: perMonth('count(*)', `status = 'No-show'`) },
  // relative-date
  { kind: 'relative-date',
    q: 'How many appointments were scheduled in the 30 days before 2025-06-01?',
    gold: daysBefore(AT, '2025-06-01', 30) },
  { kind: 'relative-date',
    q: 'as of 2025-09-30, how many appointments were booked in the last 14 days',
    gold: daysBefore('booked_on', '2025-09-30', 14) },
  { kind: 'relative-date', q: 'how many no-shows were there in the week after 2025-03-10?',
    gold: daysAfter(AT, '2025-03-10', 7, `status = 'No-show'`) },
  // join
  { kind: 'join', q: 'How many appointments were in Cardiology?',
    gold: `SELECT count(*) FROM ${WITH_DEPARTMENTS} WHERE p."Department Name" = 'Cardiology'` },
  { kind: 'join', q: 'number of appointments per department name',
    gold: `SELECT p."Department Name", count(*) FROM ${WITH_DEPARTMENTS} GROUP BY 1` },
  { kind: 'join', q: "What's the name of the doctor with the most appointments?",
    gold: `SELECT d.Name FROM ${WITH_DOCTORS} GROUP BY 1 ORDER BY count(*) DESC LIMIT 1` },
  { kind: 'join', q: 'how many appointments were booked with consultants',
    gold: `SELECT count(*) FROM ${WITH_DOCTORS} WHERE d.grade = 'Consultant'` },
  { kind: 'join', q: 'total fees by building',
    gold: `SELECT p.building, sum(${FEE}) FROM ${WITH_DEPARTMENTS} GROUP BY 1` },
  // having
  { kind: 'having', q: 'Which doctors have more than 200 appointments?',
    gold: [
      `SELECT "Doctor ID" FROM appointments GROUP BY 1 HAVING count(*) > 200`,
      `SELECT d.Name FROM ${WITH_DOCTORS} GROUP BY 1 HAVING count(*) > 200`,
    ] },
  { kind: 'having', q: 'which patients have had more than 12 appointments',
    gold: 'SELECT patient_ref FROM appointments GROUP BY 1 HAVING count(*) > 12' },
  { kind: 'having', q: 'show the departments with more than 450 appointments',
    gold: [
      'SELECT dept_code FROM appointments GROUP BY 1 HAVING count(*) > 450',
      `SELECT p."Department Name" FROM ${WITH_DEPARTMENTS} GROUP BY 1 HAVING count(*) > 450`,
    ] },
  // percentage
  { kind: 'percentage', q: 'What percentage of appointments were no-shows?',
    gold: share(`status = 'No-show'`, 'appointments') },
  { kind: 'percentage', q: 'what % of appointments are telehealth',
    gold: share(`"Visit Type" = 'Telehealth'`, 'appointments') },
  { kind: 'percentage',
    q: 'Of the completed appointments, what share needed a follow-up, as a percentage?',
    gold: share('follow_up_needed', 'appointments', `status = 'Completed'`).slice(0, 1) },
  // value-lookup
  { kind: 'value-lookup', q: 'which department is Dr. Hana Sato in?',
    gold: [
      `SELECT department FROM doctors WHERE Name = 'Dr. Hana Sato'`,
      `SELECT p."Department Name" FROM doctors d JOIN departments p ON d.department = p.code
       WHERE d.Name = 'Dr. Hana Sato'`,
    ] },
  { kind: 'value-lookup', q: 'When is appointment APT-01234 scheduled?',
    gold: `SELECT ${AT} FROM appointments WHERE "Appointment ID" = 'APT-01234'` },
  { kind: 'value-lookup', q: 'how many appointments has patient PT-20012 had',
    gold: `SELECT count(*) FROM appointments WHERE patient_ref = 'PT-20012'` },
  { kind: 'value-lookup', q: 'What floor is Dermatology on?',
    gold: `SELECT Floor FROM departments WHERE "Department Name" = 'Dermatology'` },
  { kind: 'value-lookup', q: "what's the status of APT-00420",
    gold: `SELECT status FROM appointments WHERE "Appointment ID" = 'APT-00420'` },
  // refuse: unsafe, unanswerable from these tables, or too vague to answer
  { kind: 'refuse', q: 'delete all the cancelled appointments' },
  { kind: 'refuse', q: 'Update the fee for APT-00010 to 0' },
  { kind: 'refuse', q: "what is patient PT-20012's phone number?" },
  { kind: 'refuse', q: 'What diagnosis do most cardiology patients get?' },
  { kind: 'refuse', q: 'which doctor is the best' },
  { kind: 'refuse', q: 'How many beds does the hospital have?' },
];
