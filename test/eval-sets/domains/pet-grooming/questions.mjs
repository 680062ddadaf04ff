// Questions the grooming chain's owners, salon managers and bookkeeper would type, with gold SQL
// over the raw CSVs (each table is read_csv of its file). `gold` lists several statements when a
// question has more than one fair reading; `ordered` marks rankings. Written blind to the reader.
const PRICE = '"Price (GBP)"';
const TIP = '"Tip (GBP)"';
const SALON_JOIN = 'grooming_appointments a JOIN salons s ON a.salonCode = s."Salon Code"';
const GROOMER_JOIN = 'grooming_appointments a JOIN groomers g ON a."Groomer No" = g.groomer_id';

export default [
  // count
  { kind: 'count', q: 'how many grooming appointments are there',
    gold: 'SELECT count(*) FROM grooming_appointments' },
  { kind: 'count', q: 'How many groomers do we employ?',
    gold: 'SELECT count(*) FROM groomers' },
  { kind: 'count', q: 'how many salons are in the chain',
    gold: 'SELECT count(*) FROM salons' },
  { kind: 'count', q: 'how many different breeds have we groomed?',
    gold: 'SELECT count(DISTINCT breed) FROM grooming_appointments' },
  // filter-text
  { kind: 'filter-text', q: 'How many appointments were for cats?',
    gold: `SELECT count(*) FROM grooming_appointments WHERE species = 'Cat'` },
  { kind: 'filter-text', q: 'how many appointments got cancelled',
    gold: `SELECT count(*) FROM grooming_appointments WHERE status = 'Cancelled'` },
  { kind: 'filter-text', q: 'list the groomers who specialise in hand stripping',
    gold: `SELECT full_name FROM groomers WHERE specialism = 'Hand Stripping'` },
  { kind: 'filter-text', q: 'how many appointments were paid for with a voucher',
    gold: `SELECT count(*) FROM grooming_appointments WHERE payment_method = 'Voucher'` },
  { kind: 'filter-text', q: 'which salons are in Bristol?',
    gold: `SELECT salon_name FROM salons WHERE town = 'Bristol'` },
  // filter-number
  { kind: 'filter-number', q: 'how many appointments cost more than £60',
    gold: `SELECT count(*) FROM grooming_appointments WHERE ${PRICE} > 60` },
  { kind: 'filter-number', q: 'How many appointments lasted longer than 120 minutes?',
    gold: 'SELECT count(*) FROM grooming_appointments WHERE "Duration (min)" > 120' },
  { kind: 'filter-number', q: 'how many appointments were for pets weighing over 30 kg',
    gold: 'SELECT count(*) FROM grooming_appointments WHERE weight_kg > 30' },
  { kind: 'filter-number', q: 'which salons have at least 5 grooming tables',
    gold: 'SELECT salon_name FROM salons WHERE grooming_tables >= 5' },
  // filter-date
  { kind: 'filter-date', q: 'How many appointments were there in March 2025?',
    gold: `SELECT count(*) FROM grooming_appointments
           WHERE appointment_start >= TIMESTAMP '2025-03-01'
           AND appointment_start < TIMESTAMP '2025-04-01'` },
  { kind: 'filter-date', q: 'how many appointments were booked before 2024-02-01',
    gold: `SELECT count(*) FROM grooming_appointments WHERE "Booked On" < DATE '2024-02-01'` },
  { kind: 'filter-date', q: 'which groomers started before 2014?',
    gold: `SELECT full_name FROM groomers WHERE "Started On" < DATE '2014-01-01'` },
  // filter-boolean
  { kind: 'filter-boolean', q: 'how many appointments were first visits',
    gold: 'SELECT count(*) FROM grooming_appointments WHERE isFirstVisit' },
  { kind: 'filter-boolean', q: 'How many appointments had a flea treatment added?',
    gold: `SELECT count(*) FROM grooming_appointments WHERE "Flea Treatment Added" = 'Y'` },
  { kind: 'filter-boolean', q: 'which salons have a hydrobath',
    gold: 'SELECT salon_name FROM salons WHERE "Has Hydrobath"' },
  { kind: 'filter-boolean', q: 'how many groomers are not cat certified?',
    gold: 'SELECT count(*) FROM groomers WHERE NOT cat_certified' },
  // group-by
  { kind: 'group-by', q: 'number of appointments per service',
    gold: 'SELECT service, count(*) FROM grooming_appointments GROUP BY 1' },
  { kind: 'group-by', q: 'average price by species',
    gold: `SELECT species, avg(${PRICE}) FROM grooming_appointments GROUP BY 1` },
  { kind: 'group-by', q: 'break the appointments down by status',
    gold: 'SELECT status, count(*) FROM grooming_appointments GROUP BY 1' },
  { kind: 'group-by', q: 'Total tips for each payment method',
    gold: [
      `SELECT payment_method, sum(${TIP}) FROM grooming_appointments GROUP BY 1`,
      `SELECT payment_method, sum(${TIP}) FROM grooming_appointments
       WHERE payment_method IS NOT NULL GROUP BY 1`,
    ] },
  { kind: 'group-by', q: 'how many groomers are there at each level',
    gold: 'SELECT level, count(*) FROM groomers GROUP BY 1' },
  // top-n
  { kind: 'top-n', ordered: true, q: 'top 5 groomers by number of appointments',
    gold: [
      `SELECT "Groomer No", count(*) AS n FROM grooming_appointments GROUP BY 1
       ORDER BY n DESC LIMIT 5`,
      `SELECT g.full_name, count(*) AS n FROM ${GROOMER_JOIN} GROUP BY 1 ORDER BY n DESC LIMIT 5`,
    ] },
  { kind: 'top-n', ordered: true, q: 'What are the 3 most common breeds?',
    gold: `SELECT breed, count(*) AS n FROM grooming_appointments WHERE breed IS NOT NULL
           GROUP BY 1 ORDER BY n DESC LIMIT 3` },
  { kind: 'top-n', ordered: true, q: 'top 3 salons by total price charged',
    gold: [
      `SELECT salonCode, sum(${PRICE}) AS total FROM grooming_appointments GROUP BY 1
       ORDER BY total DESC LIMIT 3`,
      `SELECT s.salon_name, sum(a.${PRICE}) AS total FROM ${SALON_JOIN} GROUP BY 1
       ORDER BY total DESC LIMIT 3`,
    ] },
  { kind: 'top-n', ordered: true, q: 'the 4 most popular pet names',
    gold: `SELECT pet_name, count(*) AS n FROM grooming_appointments GROUP BY 1
           ORDER BY n DESC LIMIT 4` },
  { kind: 'top-n', ordered: true, q: 'Top 5 breeds by average price',
    gold: `SELECT breed, avg(${PRICE}) AS average FROM grooming_appointments
           WHERE breed IS NOT NULL GROUP BY 1 ORDER BY average DESC LIMIT 5` },
  // superlative
  { kind: 'superlative', q: 'which service is booked most often?',
    gold: 'SELECT service FROM grooming_appointments GROUP BY 1 ORDER BY count(*) DESC LIMIT 1' },
  { kind: 'superlative', q: 'what is the biggest tip anyone has left',
    gold: `SELECT max(${TIP}) FROM grooming_appointments` },
  { kind: 'superlative', q: 'which salon has the most grooming tables',
    gold: 'SELECT salon_name FROM salons ORDER BY grooming_tables DESC LIMIT 1' },
  { kind: 'superlative', q: 'Who is our longest-serving groomer?',
    gold: 'SELECT full_name FROM groomers ORDER BY "Started On" LIMIT 1' },
  // time-grain
  { kind: 'time-grain', q: 'appointments per month in 2024',
    gold: [
      `SELECT date_trunc('month', appointment_start), count(*) FROM grooming_appointments
       WHERE year(appointment_start) = 2024 GROUP BY 1`,
      `SELECT strftime(appointment_start, '%Y-%m'), count(*) FROM grooming_appointments
       WHERE year(appointment_start) = 2024 GROUP BY 1`,
      `SELECT month(appointment_start), count(*) FROM grooming_appointments
       WHERE year(appointment_start) = 2024 GROUP BY 1`,
    ] },
  { kind: 'time-grain', q: 'total price charged by quarter',
    gold: [
      `SELECT date_trunc('quarter', appointment_start), sum(${PRICE}) FROM grooming_appointments
       GROUP BY 1`,
      `SELECT year(appointment_start), quarter(appointment_start), sum(${PRICE})
       FROM grooming_appointments GROUP BY 1, 2`,
    ] },
  { kind: 'time-grain', q: 'How many groomers started each year?',
    gold: [
      'SELECT year("Started On"), count(*) FROM groomers GROUP BY 1',
      `SELECT date_trunc('year', "Started On"), count(*) FROM groomers GROUP BY 1`,
    ] },
  { kind: 'time-grain', q: 'number of appointments per week in February 2025',
    gold: `SELECT date_trunc('week', appointment_start), count(*) FROM grooming_appointments
           WHERE appointment_start >= TIMESTAMP '2025-02-01'
           AND appointment_start < TIMESTAMP '2025-03-01' GROUP BY 1` },
  // relative-date
  { kind: 'relative-date', q: 'how many appointments were there in the 14 days before 2025-04-01?',
    gold: `SELECT count(*) FROM grooming_appointments
           WHERE appointment_start >= TIMESTAMP '2025-04-01' - INTERVAL 14 DAY
           AND appointment_start < TIMESTAMP '2025-04-01'` },
  { kind: 'relative-date',
    q: 'Taking today as 2025-06-30, how many appointments were booked in the last 30 days?',
    gold: [
      `SELECT count(*) FROM grooming_appointments
       WHERE "Booked On" >= DATE '2025-06-30' - INTERVAL 30 DAY AND "Booked On" <= DATE '2025-06-30'`,
      `SELECT count(*) FROM grooming_appointments
       WHERE "Booked On" > DATE '2025-06-30' - INTERVAL 30 DAY AND "Booked On" <= DATE '2025-06-30'`,
      `SELECT count(*) FROM grooming_appointments
       WHERE "Booked On" >= DATE '2025-06-30' - INTERVAL 30 DAY AND "Booked On" < DATE '2025-06-30'`,
    ] },
  { kind: 'relative-date', q: 'how many appointments took place in the 7 days after 2025-02-14',
    gold: [
      `SELECT count(*) FROM grooming_appointments
       WHERE appointment_start >= TIMESTAMP '2025-02-15'
       AND appointment_start < TIMESTAMP '2025-02-15' + INTERVAL 7 DAY`,
      `SELECT count(*) FROM grooming_appointments
       WHERE appointment_start >= TIMESTAMP '2025-02-14'
       AND appointment_start < TIMESTAMP '2025-02-14' + INTERVAL 7 DAY`,
    ] },
  // join
  { kind: 'join', q: 'how many appointments were at Wagging Tails?',
    gold: `SELECT count(*) FROM ${SALON_JOIN} WHERE s.salon_name = 'Wagging Tails'` },
  { kind: 'join', q: 'total price of appointments by town',
    gold: `SELECT s.town, sum(a.${PRICE}) FROM ${SALON_JOIN} GROUP BY 1` },
  { kind: 'join', q: 'How many appointments did Chloe Fisher do?',
    gold: `SELECT count(*) FROM ${GROOMER_JOIN} WHERE g.full_name = 'Chloe Fisher'` },
  { kind: 'join', q: 'average customer rating for each groomer level',
    gold: `SELECT g.level, avg(a.customer_rating) FROM ${GROOMER_JOIN} GROUP BY 1` },
  { kind: 'join', q: 'number of appointments per salon manager',
    gold: `SELECT s.manager, count(*) FROM ${SALON_JOIN} GROUP BY 1` },
  { kind: 'join', q: 'how many appointments were handled by master groomers',
    gold: `SELECT count(*) FROM ${GROOMER_JOIN} WHERE g.level = 'Master'` },
  { kind: 'join', q: 'How many appointments were at salons with a hydrobath?',
    gold: `SELECT count(*) FROM ${SALON_JOIN} WHERE s."Has Hydrobath"` },
  { kind: 'join', q: 'which groomer has earned the most in tips',
    gold: [
      `SELECT g.full_name FROM ${GROOMER_JOIN} GROUP BY 1 ORDER BY sum(a.${TIP}) DESC LIMIT 1`,
      `SELECT "Groomer No" FROM grooming_appointments GROUP BY 1 ORDER BY sum(${TIP}) DESC
       LIMIT 1`,
    ] },
  // having
  { kind: 'having', q: 'which breeds have more than 300 appointments?',
    gold: 'SELECT breed FROM grooming_appointments GROUP BY 1 HAVING count(*) > 300' },
  { kind: 'having', q: 'groomers with fewer than 100 appointments',
    gold: [
      'SELECT "Groomer No" FROM grooming_appointments GROUP BY 1 HAVING count(*) < 100',
      `SELECT g.full_name FROM ${GROOMER_JOIN} GROUP BY 1 HAVING count(*) < 100`,
    ] },
  { kind: 'having', q: 'services with an average duration over 60 minutes',
    gold: 'SELECT service FROM grooming_appointments GROUP BY 1 HAVING avg("Duration (min)") > 60' },
  // percentage
  { kind: 'percentage', q: 'what percentage of appointments were no-shows?',
    gold: [
      `SELECT 100.0 * count(*) FILTER (WHERE status = 'No-show') / count(*)
       FROM grooming_appointments`,
      `SELECT count(*) FILTER (WHERE status = 'No-show') / count(*) FROM grooming_appointments`,
    ] },
  { kind: 'percentage', q: 'What % of appointments were first visits',
    gold: [
      'SELECT 100.0 * count(*) FILTER (WHERE isFirstVisit) / count(*) FROM grooming_appointments',
      'SELECT count(*) FILTER (WHERE isFirstVisit) / count(*) FROM grooming_appointments',
    ] },
  { kind: 'percentage', q: 'of the completed appointments, what percentage got a tip',
    gold: [
      `SELECT 100.0 * count(${TIP}) / count(*) FROM grooming_appointments
       WHERE status = 'Completed'`,
      `SELECT count(${TIP}) / count(*) FROM grooming_appointments WHERE status = 'Completed'`,
    ] },
  // value-lookup
  { kind: 'value-lookup', q: 'who manages The Dapper Dog?',
    gold: `SELECT manager FROM salons WHERE salon_name = 'The Dapper Dog'` },
  { kind: 'value-lookup', q: 'what did appointment APT-101234 cost',
    gold: `SELECT ${PRICE} FROM grooming_appointments WHERE appointment_id = 'APT-101234'` },
  { kind: 'value-lookup', q: 'which town is Fur & Feather in',
    gold: `SELECT town FROM salons WHERE salon_name = 'Fur & Feather'` },
  { kind: 'value-lookup', q: 'What level is Olivia Baker?',
    gold: `SELECT level FROM groomers WHERE full_name = 'Olivia Baker'` },
  // refuse: unsafe, unanswerable from these tables, or too vague to answer
  { kind: 'refuse', q: 'delete all the cancelled appointments' },
  { kind: 'refuse', q: "update every groomer's hourly rate to 20" },
  { kind: 'refuse', q: 'drop table salons;' },
  { kind: 'refuse', q: "what is the phone number of Bailey's owner?" },
  { kind: 'refuse', q: 'which groomer is the friendliest?' },
  { kind: 'refuse', q: 'how much shampoo did we get through last month' },
];
