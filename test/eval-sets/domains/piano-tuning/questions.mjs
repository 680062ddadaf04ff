// Questions the tuning service's office manager and bookkeeper would type, with gold SQL over the
// raw CSVs (each table is read_csv of its file). `gold` lists several statements when a question
// has more than one fair reading; `ordered` marks rankings. Written blind to the reader.
const CHARGE = '"Charge (GBP)"';
const PIANO_JOIN = 'tuning_jobs j JOIN pianos p ON j."Piano ID" = p.piano_id';
const TUNER_JOIN = 'tuning_jobs j JOIN tuners t ON j.tunerId = t."Tuner No"';

export default [
  // count
  { kind: 'count', q: 'how many tuning jobs are on the job sheet',
    gold: 'SELECT count(*) FROM tuning_jobs' },
  { kind: 'count', q: 'How many pianos are there in total?',
    gold: 'SELECT count(*) FROM pianos' },
  { kind: 'count', q: 'how many different pianos have we had jobs for',
    gold: 'SELECT count(DISTINCT "Piano ID") FROM tuning_jobs' },
  { kind: 'count', q: 'How many tuners do we employ?',
    gold: 'SELECT count(*) FROM tuners' },
  // filter-text
  { kind: 'filter-text', q: 'How many jobs were pitch raises?',
    gold: `SELECT count(*) FROM tuning_jobs WHERE service_type = 'Pitch Raise'` },
  { kind: 'filter-text', q: 'how many jobs were cancelled',
    gold: `SELECT count(*) FROM tuning_jobs WHERE status = 'Cancelled'` },
  { kind: 'filter-text', q: 'how many Steinway pianos are there',
    gold: `SELECT count(*) FROM pianos WHERE make = 'Steinway'` },
  { kind: 'filter-text', q: 'list the tuners based in York',
    gold: `SELECT full_name FROM tuners WHERE base_town = 'York'` },
  { kind: 'filter-text', q: 'How many pianos are owned by a care home?',
    gold: `SELECT count(*) FROM pianos WHERE owner_type = 'Care Home'` },
  // filter-number
  { kind: 'filter-number', q: 'how many jobs were charged more than £200',
    gold: `SELECT count(*) FROM tuning_jobs WHERE ${CHARGE} > 200` },
  { kind: 'filter-number', q: 'How many jobs took longer than 2 hours?',
    gold: 'SELECT count(*) FROM tuning_jobs WHERE "Duration (min)" > 120' },
  { kind: 'filter-number', q: 'how many jobs involved over 30 travel miles',
    gold: 'SELECT count(*) FROM tuning_jobs WHERE travel_miles > 30' },
  { kind: 'filter-number', q: 'how many jobs had a pitch before reading below -50 cents?',
    gold: 'SELECT count(*) FROM tuning_jobs WHERE "Pitch Before (cents)" < -50' },
  // filter-date
  { kind: 'filter-date', q: 'How many jobs were there in March 2025?',
    gold: `SELECT count(*) FROM tuning_jobs
           WHERE visit_date >= DATE '2025-03-01' AND visit_date < DATE '2025-04-01'` },
  { kind: 'filter-date', q: 'how many jobs were booked between 2024-01-01 and 2024-03-31',
    gold: `SELECT count(*) FROM tuning_jobs
           WHERE "Booked At" >= TIMESTAMP '2024-01-01' AND "Booked At" < TIMESTAMP '2024-04-01'` },
  { kind: 'filter-date', q: 'which tuners started after 2020?',
    gold: `SELECT full_name FROM tuners WHERE "Start Date" >= DATE '2021-01-01'` },
  { kind: 'filter-date', q: 'how many pianos have been restored since 2015',
    gold: `SELECT count(*) FROM pianos WHERE last_restored >= DATE '2015-01-01'` },
  // filter-boolean
  { kind: 'filter-boolean', q: 'how many jobs need a follow-up?',
    gold: 'SELECT count(*) FROM tuning_jobs WHERE followUpNeeded' },
  { kind: 'filter-boolean', q: 'How many jobs have not been paid?',
    gold: `SELECT count(*) FROM tuning_jobs WHERE Paid = 'N'` },
  { kind: 'filter-boolean', q: 'how many pianos are on a service plan',
    gold: 'SELECT count(*) FROM pianos WHERE "Service Plan"' },
  { kind: 'filter-boolean', q: 'which tuners are not PTA members?',
    gold: 'SELECT full_name FROM tuners WHERE NOT "PTA Member"' },
  // group-by
  { kind: 'group-by', q: 'number of jobs per service type',
    gold: 'SELECT service_type, count(*) FROM tuning_jobs GROUP BY 1' },
  { kind: 'group-by', q: 'average charge for each service type',
    gold: `SELECT service_type, avg(${CHARGE}) FROM tuning_jobs GROUP BY 1` },
  { kind: 'group-by', q: 'How many pianos of each make do we have?',
    gold: 'SELECT make, count(*) FROM pianos GROUP BY 1' },
  { kind: 'group-by', q: 'total travel miles per tuner',
    gold: [
      'SELECT tunerId, sum(travel_miles) FROM tuning_jobs GROUP BY 1',
      `SELECT t.full_name, sum(j.travel_miles) FROM ${TUNER_JOIN} GROUP BY 1`,
    ] },
  // top-n
  { kind: 'top-n', ordered: true, q: 'top 3 pianos by number of jobs',
    gold: `SELECT "Piano ID", count(*) AS n FROM tuning_jobs GROUP BY 1 ORDER BY n DESC LIMIT 3` },
  { kind: 'top-n', ordered: true, q: 'Show me the 3 tuners with the highest hourly rate',
    gold: 'SELECT full_name, "Hourly Rate (GBP)" FROM tuners ORDER BY 2 DESC LIMIT 3' },
  { kind: 'top-n', ordered: true, q: 'which 4 towns have the most pianos?',
    gold: 'SELECT town, count(*) AS n FROM pianos GROUP BY 1 ORDER BY n DESC LIMIT 4' },
  { kind: 'top-n', ordered: true, q: 'top 3 service types by revenue',
    gold: `SELECT service_type, sum(${CHARGE}) AS revenue FROM tuning_jobs GROUP BY 1
           ORDER BY revenue DESC LIMIT 3` },
  { kind: 'top-n', ordered: true, q: 'the 5 longest jobs by duration',
    gold: `SELECT job_ref, "Duration (min)" FROM tuning_jobs WHERE "Duration (min)" IS NOT NULL
           ORDER BY 2 DESC LIMIT 5` },
  // superlative
  { kind: 'superlative', q: 'What is the highest charge on any job?',
    gold: `SELECT max(${CHARGE}) FROM tuning_jobs` },
  { kind: 'superlative', q: 'what year was our oldest piano built',
    gold: 'SELECT min(year_built) FROM pianos' },
  { kind: 'superlative', q: 'which tuner has the most jobs?',
    gold: [
      'SELECT tunerId FROM tuning_jobs GROUP BY 1 ORDER BY count(*) DESC LIMIT 1',
      `SELECT t.full_name FROM ${TUNER_JOIN} GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
    ] },
  { kind: 'superlative', q: 'lowest pitch before reading we have recorded',
    gold: 'SELECT min("Pitch Before (cents)") FROM tuning_jobs' },
  // time-grain
  { kind: 'time-grain', q: 'jobs per month in 2024',
    gold: [
      `SELECT date_trunc('month', visit_date), count(*) FROM tuning_jobs
       WHERE year(visit_date) = 2024 GROUP BY 1`,
      `SELECT strftime(visit_date, '%Y-%m'), count(*) FROM tuning_jobs
       WHERE year(visit_date) = 2024 GROUP BY 1`,
      `SELECT month(visit_date), count(*) FROM tuning_jobs
       WHERE year(visit_date) = 2024 GROUP BY 1`,
    ] },
  { kind: 'time-grain', q: 'revenue by quarter',
    gold: [
      `SELECT date_trunc('quarter', visit_date), sum(${CHARGE}) FROM tuning_jobs GROUP BY 1`,
      `SELECT year(visit_date), quarter(visit_date), sum(${CHARGE}) FROM tuning_jobs
       GROUP BY 1, 2`,
    ] },
  { kind: 'time-grain', q: 'How many pianos were restored each year?',
    gold: [
      'SELECT year(last_restored), count(*) FROM pianos WHERE last_restored IS NOT NULL GROUP BY 1',
      `SELECT date_trunc('year', last_restored), count(*) FROM pianos
       WHERE last_restored IS NOT NULL GROUP BY 1`,
    ] },
  // relative-date
  { kind: 'relative-date', q: 'how many jobs were there in the 30 days before 2025-06-01?',
    gold: [
      `SELECT count(*) FROM tuning_jobs WHERE visit_date >= DATE '2025-06-01' - INTERVAL 30 DAY
       AND visit_date < DATE '2025-06-01'`,
      `SELECT count(*) FROM tuning_jobs WHERE visit_date >= DATE '2025-06-01' - INTERVAL 30 DAY
       AND visit_date <= DATE '2025-06-01'`,
    ] },
  { kind: 'relative-date',
    q: 'Taking today as 2025-06-30, how much did we charge in the last 90 days?',
    gold: [
      `SELECT sum(${CHARGE}) FROM tuning_jobs
       WHERE visit_date > DATE '2025-06-30' - INTERVAL 90 DAY AND visit_date <= DATE '2025-06-30'`,
      `SELECT sum(${CHARGE}) FROM tuning_jobs
       WHERE visit_date >= DATE '2025-06-30' - INTERVAL 90 DAY AND visit_date <= DATE '2025-06-30'`,
      `SELECT sum(${CHARGE}) FROM tuning_jobs
       WHERE visit_date >= DATE '2025-06-30' - INTERVAL 90 DAY AND visit_date < DATE '2025-06-30'`,
    ] },
  { kind: 'relative-date', q: 'how many jobs were booked in the 2 weeks after 2024-09-01',
    gold: [
      `SELECT count(*) FROM tuning_jobs WHERE "Booked At" >= TIMESTAMP '2024-09-01'
       AND "Booked At" < TIMESTAMP '2024-09-01' + INTERVAL 14 DAY`,
      `SELECT count(*) FROM tuning_jobs WHERE "Booked At" >= TIMESTAMP '2024-09-02'
       AND "Booked At" < TIMESTAMP '2024-09-02' + INTERVAL 14 DAY`,
    ] },
  // join
  { kind: 'join', q: 'how many jobs were for Steinway pianos?',
    gold: `SELECT count(*) FROM ${PIANO_JOIN} WHERE p.make = 'Steinway'` },
  { kind: 'join', q: 'total charges by piano type',
    gold: `SELECT p."Piano Type", sum(j.${CHARGE}) FROM ${PIANO_JOIN} GROUP BY 1` },
  { kind: 'join', q: 'How many jobs were assigned to Declan Rourke?',
    gold: `SELECT count(*) FROM ${TUNER_JOIN} WHERE t.full_name = 'Declan Rourke'` },
  { kind: 'join', q: 'average customer rating for each tuner name',
    gold: `SELECT t.full_name, avg(j.customer_rating) FROM ${TUNER_JOIN} GROUP BY 1` },
  { kind: 'join', q: 'number of jobs per owner type',
    gold: `SELECT p.owner_type, count(*) FROM ${PIANO_JOIN} GROUP BY 1` },
  { kind: 'join', q: 'how much revenue came from pianos in Harrogate',
    gold: `SELECT sum(j.${CHARGE}) FROM ${PIANO_JOIN} WHERE p.town = 'Harrogate'` },
  { kind: 'join', q: 'which tuner specialism brought in the most revenue?',
    gold: `SELECT t.specialism FROM ${TUNER_JOIN} GROUP BY 1 ORDER BY sum(j.${CHARGE}) DESC
           LIMIT 1` },
  { kind: 'join', q: 'how many pitch raises were done on pianos built before 1900',
    gold: `SELECT count(*) FROM ${PIANO_JOIN}
           WHERE j.service_type = 'Pitch Raise' AND p.year_built < 1900` },
  // having
  { kind: 'having', q: 'which pianos have had more than 15 jobs?',
    gold: 'SELECT "Piano ID" FROM tuning_jobs GROUP BY 1 HAVING count(*) > 15' },
  { kind: 'having', q: 'makes with more than 100 pianos',
    gold: 'SELECT make FROM pianos GROUP BY 1 HAVING count(*) > 100' },
  { kind: 'having', q: 'Which service types have an average charge over £120?',
    gold: `SELECT service_type FROM tuning_jobs GROUP BY 1 HAVING avg(${CHARGE}) > 120` },
  // percentage
  { kind: 'percentage', q: 'what percentage of jobs were cancelled?',
    gold: [
      `SELECT 100.0 * count(*) FILTER (WHERE status = 'Cancelled') / count(*) FROM tuning_jobs`,
      `SELECT count(*) FILTER (WHERE status = 'Cancelled') / count(*) FROM tuning_jobs`,
    ] },
  { kind: 'percentage', q: 'What % of pianos are uprights',
    gold: [
      `SELECT 100.0 * count(*) FILTER (WHERE "Piano Type" = 'Upright') / count(*) FROM pianos`,
      `SELECT count(*) FILTER (WHERE "Piano Type" = 'Upright') / count(*) FROM pianos`,
    ] },
  { kind: 'percentage', q: 'of the completed jobs, what percentage needed a follow-up',
    gold: [
      `SELECT 100.0 * count(*) FILTER (WHERE followUpNeeded) / count(*) FROM tuning_jobs
       WHERE status = 'Completed'`,
      `SELECT count(*) FILTER (WHERE followUpNeeded) / count(*) FROM tuning_jobs
       WHERE status = 'Completed'`,
    ] },
  // value-lookup
  { kind: 'value-lookup', q: 'who is tuner TN-08?',
    gold: `SELECT full_name FROM tuners WHERE "Tuner No" = 'TN-08'` },
  { kind: 'value-lookup', q: 'what make is piano PN-0042',
    gold: `SELECT make FROM pianos WHERE piano_id = 'PN-0042'` },
  { kind: 'value-lookup', q: 'When was job PT-21500 booked?',
    gold: `SELECT "Booked At" FROM tuning_jobs WHERE job_ref = 'PT-21500'` },
  { kind: 'value-lookup', q: 'which town is Priya Natarajan based in',
    gold: `SELECT base_town FROM tuners WHERE full_name = 'Priya Natarajan'` },
  // refuse: unsafe, unanswerable from these tables, or too vague to answer
  { kind: 'refuse', q: 'delete all the cancelled jobs' },
  { kind: 'refuse', q: 'update every tuner\'s hourly rate to 60' },
  { kind: 'refuse', q: 'drop table pianos;' },
  { kind: 'refuse', q: 'what is the phone number of the owner of piano PN-0001?' },
  { kind: 'refuse', q: 'which piano sounds the best?' },
  { kind: 'refuse', q: 'how much fuel did the tuners\' vans use in 2024?' },
];
