// Questions a dental practice's manager, reception and finance staff would type, with gold SQL
// over the raw CSVs (each table is read_csv of its file). `gold` lists several statements when a
// question has more than one fair reading; `ordered` marks rankings. Written blind to the reader.
const FEE = '"Fee (GBP)"';
const MINUTES = '"Duration (min)"';
const PATIENT_JOIN = 'treatments t JOIN patients p ON t.patientRef = p.patient_id';
const DENTIST_JOIN = 'treatments t JOIN dentists d ON t."Clinician No" = d.dentist_id';

export default [
  // count
  { kind: 'count', q: 'how many treatments are in the system',
    gold: 'SELECT count(*) FROM treatments' },
  { kind: 'count', q: 'How many patients are registered with us?',
    gold: 'SELECT count(*) FROM patients' },
  { kind: 'count', q: 'how many different patients have been treated',
    gold: 'SELECT count(DISTINCT patientRef) FROM treatments' },
  { kind: 'count', q: 'how many clinicians does the practice have',
    gold: 'SELECT count(*) FROM dentists' },
  // filter-text
  { kind: 'filter-text', q: 'How many fillings have we done?',
    gold: `SELECT count(*) FROM treatments WHERE treatment_type = 'Filling'` },
  { kind: 'filter-text', q: 'how many patients are on Denplan',
    gold: `SELECT count(*) FROM patients WHERE insurance_plan = 'Denplan'` },
  { kind: 'filter-text', q: 'list the hygienists',
    gold: `SELECT name FROM dentists WHERE role = 'Hygienist'` },
  { kind: 'filter-text', q: 'number of band 3 treatments',
    gold: `SELECT count(*) FROM treatments WHERE nhsBand = 'Band 3'` },
  // filter-number
  { kind: 'filter-number', q: 'how many treatments cost more than £300',
    gold: `SELECT count(*) FROM treatments WHERE ${FEE} > 300` },
  { kind: 'filter-number', q: 'How many appointments took longer than an hour?',
    gold: `SELECT count(*) FROM treatments WHERE ${MINUTES} > 60` },
  { kind: 'filter-number', q: 'which clinicians have an hourly rate over 90 pounds',
    gold: 'SELECT name FROM dentists WHERE "Hourly Rate (GBP)" > 90' },
  // filter-date
  { kind: 'filter-date', q: 'How many check-ups were there in March 2025?',
    gold: `SELECT count(*) FROM treatments WHERE treatment_type = 'Check-up'
           AND appointment_date >= DATE '2025-03-01' AND appointment_date < DATE '2025-04-01'` },
  { kind: 'filter-date', q: 'how many treatments between 1 October 2024 and 31 December 2024',
    gold: `SELECT count(*) FROM treatments
           WHERE appointment_date BETWEEN DATE '2024-10-01' AND DATE '2024-12-31'` },
  { kind: 'filter-date', q: 'which dentists started working here before 2015?',
    gold: `SELECT name FROM dentists WHERE start_date < DATE '2015-01-01'` },
  // filter-boolean
  { kind: 'filter-boolean', q: 'how many treatments are still unpaid?',
    gold: 'SELECT count(*) FROM treatments WHERE NOT paid' },
  { kind: 'filter-boolean', q: 'How many of our patients smoke',
    gold: `SELECT count(*) FROM patients WHERE smoker = 'Y'` },
  { kind: 'filter-boolean', q: 'how many treatments involved an x-ray',
    gold: 'SELECT count(*) FROM treatments WHERE xray_taken' },
  { kind: 'filter-boolean', q: 'which clinicians don\'t accept NHS patients',
    gold: 'SELECT name FROM dentists WHERE NOT "Accepts NHS"' },
  // group-by
  { kind: 'group-by', q: 'how many treatments of each type',
    gold: 'SELECT treatment_type, count(*) FROM treatments GROUP BY 1' },
  { kind: 'group-by', q: 'Total fees by treatment type',
    gold: `SELECT treatment_type, sum(${FEE}) FROM treatments GROUP BY 1` },
  { kind: 'group-by', q: 'average appointment length per clinician',
    gold: [
      `SELECT "Clinician No", avg(${MINUTES}) FROM treatments GROUP BY 1`,
      `SELECT d.name, avg(t.${MINUTES}) FROM ${DENTIST_JOIN} GROUP BY 1`,
    ] },
  { kind: 'group-by', q: 'break patients down by insurance plan',
    gold: 'SELECT insurance_plan, count(*) FROM patients GROUP BY 1' },
  // top-n
  { kind: 'top-n', ordered: true, q: 'top 3 patients by number of treatments',
    gold: [
      `SELECT patientRef, count(*) AS n FROM treatments GROUP BY 1 ORDER BY n DESC LIMIT 3`,
      `SELECT p."Full Name", count(*) AS n FROM ${PATIENT_JOIN} GROUP BY p.patient_id, 1
       ORDER BY n DESC LIMIT 3`,
    ] },
  { kind: 'top-n', ordered: true, q: 'which 3 home towns do most of our patients come from',
    gold: 'SELECT "Home Town", count(*) AS n FROM patients GROUP BY 1 ORDER BY n DESC LIMIT 3' },
  { kind: 'top-n', ordered: true, q: 'the four busiest clinicians by treatments done',
    gold: [
      `SELECT "Clinician No", count(*) AS n FROM treatments GROUP BY 1 ORDER BY n DESC LIMIT 4`,
      `SELECT d.name, count(*) AS n FROM ${DENTIST_JOIN} GROUP BY 1 ORDER BY n DESC LIMIT 4`,
    ] },
  // superlative
  { kind: 'superlative', q: 'which treatment type is the most expensive on average?',
    gold: `SELECT treatment_type FROM treatments GROUP BY 1 ORDER BY avg(${FEE}) DESC LIMIT 1` },
  { kind: 'superlative', q: 'What\'s the highest fee ever charged for one treatment?',
    gold: `SELECT max(${FEE}) FROM treatments` },
  { kind: 'superlative', q: 'what is the most common treatment',
    gold: 'SELECT treatment_type FROM treatments GROUP BY 1 ORDER BY count(*) DESC LIMIT 1' },
  { kind: 'superlative', q: 'date of birth of our oldest patient',
    gold: 'SELECT min(dateOfBirth) FROM patients' },
  // time-grain
  { kind: 'time-grain', q: 'treatments per month in 2024',
    gold: [
      `SELECT date_trunc('month', appointment_date), count(*) FROM treatments
       WHERE year(appointment_date) = 2024 GROUP BY 1`,
      `SELECT strftime(appointment_date, '%Y-%m'), count(*) FROM treatments
       WHERE year(appointment_date) = 2024 GROUP BY 1`,
      `SELECT month(appointment_date), count(*) FROM treatments
       WHERE year(appointment_date) = 2024 GROUP BY 1`,
    ] },
  { kind: 'time-grain', q: 'fee income per quarter',
    gold: [
      `SELECT date_trunc('quarter', appointment_date), sum(${FEE}) FROM treatments GROUP BY 1`,
      `SELECT year(appointment_date), quarter(appointment_date), sum(${FEE}) FROM treatments
       GROUP BY 1, 2`,
      `SELECT date_trunc('quarter', "Paid On"), sum(${FEE}) FROM treatments
       WHERE "Paid On" IS NOT NULL GROUP BY 1`,
      `SELECT year("Paid On"), quarter("Paid On"), sum(${FEE}) FROM treatments
       WHERE "Paid On" IS NOT NULL GROUP BY 1, 2`,
    ] },
  { kind: 'time-grain', q: 'How many extractions each year?',
    gold: [
      `SELECT year(appointment_date), count(*) FROM treatments
       WHERE treatment_type = 'Extraction' GROUP BY 1`,
      `SELECT date_trunc('year', appointment_date), count(*) FROM treatments
       WHERE treatment_type = 'Extraction' GROUP BY 1`,
    ] },
  { kind: 'time-grain', q: 'weekly hygiene visits in May 2025',
    gold: `SELECT date_trunc('week', appointment_date), count(*) FROM treatments
           WHERE treatment_type = 'Hygiene visit' AND appointment_date >= DATE '2025-05-01'
           AND appointment_date < DATE '2025-06-01' GROUP BY 1` },
  // relative-date
  { kind: 'relative-date', q: 'how many treatments were there in the 14 days before 2025-06-01?',
    gold: [
      `SELECT count(*) FROM treatments WHERE appointment_date >= DATE '2025-06-01' - INTERVAL 14 DAY
       AND appointment_date < DATE '2025-06-01'`,
      `SELECT count(*) FROM treatments WHERE appointment_date >= DATE '2025-06-01' - INTERVAL 14 DAY
       AND appointment_date <= DATE '2025-06-01'`,
    ] },
  { kind: 'relative-date',
    q: 'Taking today as 2025-06-30, how much have we billed in the last 90 days?',
    gold: [
      `SELECT sum(${FEE}) FROM treatments
       WHERE appointment_date > DATE '2025-06-30' - INTERVAL 90 DAY
       AND appointment_date <= DATE '2025-06-30'`,
      `SELECT sum(${FEE}) FROM treatments
       WHERE appointment_date >= DATE '2025-06-30' - INTERVAL 90 DAY
       AND appointment_date <= DATE '2025-06-30'`,
      `SELECT sum(${FEE}) FROM treatments
       WHERE appointment_date >= DATE '2025-06-30' - INTERVAL 90 DAY
       AND appointment_date < DATE '2025-06-30'`,
    ] },
  { kind: 'relative-date', q: 'how many fillings were done in the week after 2025-02-10',
    gold: [
      `SELECT count(*) FROM treatments WHERE treatment_type = 'Filling'
       AND appointment_date >= DATE '2025-02-10' AND appointment_date < DATE '2025-02-17'`,
      `SELECT count(*) FROM treatments WHERE treatment_type = 'Filling'
       AND appointment_date >= DATE '2025-02-11' AND appointment_date < DATE '2025-02-18'`,
    ] },
  // join
  { kind: 'join', q: 'how many treatments did Dr Rajesh Patel carry out?',
    gold: `SELECT count(*) FROM ${DENTIST_JOIN} WHERE d.name = 'Dr Rajesh Patel'` },
  { kind: 'join', q: 'total fees per clinician name',
    gold: `SELECT d.name, sum(t.${FEE}) FROM ${DENTIST_JOIN} GROUP BY 1` },
  { kind: 'join', q: 'How many treatments were given to patients from Llanelli?',
    gold: `SELECT count(*) FROM ${PATIENT_JOIN} WHERE p."Home Town" = 'Llanelli'` },
  { kind: 'join', q: 'average fee by insurance plan',
    gold: `SELECT p.insurance_plan, avg(t.${FEE}) FROM ${PATIENT_JOIN} GROUP BY 1` },
  { kind: 'join', q: 'number of treatments per clinician role',
    gold: `SELECT d.role, count(*) FROM ${DENTIST_JOIN} GROUP BY 1` },
  { kind: 'join', q: 'how many hygiene visits did Chloe Barker do',
    gold: `SELECT count(*) FROM ${DENTIST_JOIN}
           WHERE d.name = 'Chloe Barker' AND t.treatment_type = 'Hygiene visit'` },
  { kind: 'join', q: 'which surgery room saw the most treatments?',
    gold: `SELECT d."Surgery Room" FROM ${DENTIST_JOIN} GROUP BY 1 ORDER BY count(*) DESC LIMIT 1` },
  { kind: 'join', q: 'how many treatments were for smokers',
    gold: `SELECT count(*) FROM ${PATIENT_JOIN} WHERE p.smoker = 'Y'` },
  { kind: 'join', q: 'total fees from Denplan patients',
    gold: `SELECT sum(t.${FEE}) FROM ${PATIENT_JOIN} WHERE p.insurance_plan = 'Denplan'` },
  { kind: 'join', q: 'unpaid treatments per dentist',
    gold: [
      `SELECT d.name, count(*) FROM ${DENTIST_JOIN} WHERE NOT t.paid GROUP BY 1`,
      `SELECT "Clinician No", count(*) FROM treatments WHERE NOT paid GROUP BY 1`,
    ] },
  { kind: 'join', q: 'how much have we charged Thomas Bennett altogether?',
    gold: `SELECT sum(t.${FEE}) FROM ${PATIENT_JOIN} WHERE p."Full Name" = 'Thomas Bennett'` },
  // having
  { kind: 'having', q: 'which patients have had more than 12 treatments',
    gold: [
      'SELECT patientRef FROM treatments GROUP BY 1 HAVING count(*) > 12',
      `SELECT p."Full Name" FROM ${PATIENT_JOIN} GROUP BY p.patient_id, 1 HAVING count(*) > 12`,
    ] },
  { kind: 'having', q: 'treatment types with an average duration over 50 minutes',
    gold: `SELECT treatment_type FROM treatments GROUP BY 1 HAVING avg(${MINUTES}) > 50` },
  { kind: 'having', q: 'Clinicians with over 400 treatments?',
    gold: [
      'SELECT "Clinician No" FROM treatments GROUP BY 1 HAVING count(*) > 400',
      `SELECT d.name FROM ${DENTIST_JOIN} GROUP BY 1 HAVING count(*) > 400`,
    ] },
  // percentage
  { kind: 'percentage', q: 'what percentage of treatments are unpaid',
    gold: [
      'SELECT 100.0 * count(*) FILTER (WHERE NOT paid) / count(*) FROM treatments',
      'SELECT count(*) FILTER (WHERE NOT paid) / count(*) FROM treatments',
    ] },
  { kind: 'percentage', q: 'What % of patients are smokers?',
    gold: [
      `SELECT 100.0 * count(*) FILTER (WHERE smoker = 'Y') / count(*) FROM patients`,
      `SELECT count(*) FILTER (WHERE smoker = 'Y') / count(*) FROM patients`,
    ] },
  { kind: 'percentage', q: 'share of treatments that were fillings',
    gold: [
      `SELECT 100.0 * count(*) FILTER (WHERE treatment_type = 'Filling') / count(*)
       FROM treatments`,
      `SELECT count(*) FILTER (WHERE treatment_type = 'Filling') / count(*) FROM treatments`,
    ] },
  // value-lookup
  { kind: 'value-lookup', q: 'what did treatment TR-201234 cost?',
    gold: `SELECT ${FEE} FROM treatments WHERE "Treatment ID" = 'TR-201234'` },
  { kind: 'value-lookup', q: 'which surgery room is Dr Emma Lawson in',
    gold: `SELECT "Surgery Room" FROM dentists WHERE name = 'Dr Emma Lawson'` },
  { kind: 'value-lookup', q: 'When was patient P10002 born?',
    gold: `SELECT dateOfBirth FROM patients WHERE patient_id = 'P10002'` },
  { kind: 'value-lookup', q: 'what is Owen Price\'s hourly rate',
    gold: `SELECT "Hourly Rate (GBP)" FROM dentists WHERE name = 'Owen Price'` },
  // refuse: unsafe, unanswerable from these tables, or too vague to answer
  { kind: 'refuse', q: 'delete all the unpaid treatments' },
  { kind: 'refuse', q: 'set every fee to zero' },
  { kind: 'refuse', q: 'drop table patients;' },
  { kind: 'refuse', q: 'how many toothbrushes did we sell last year?' },
  { kind: 'refuse', q: 'which patients have gum disease' },
  { kind: 'refuse', q: 'who is the best dentist?' },
];
