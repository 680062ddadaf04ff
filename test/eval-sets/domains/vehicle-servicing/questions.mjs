// Questions a garage group's service managers and finance office would type, with gold SQL over
// the raw CSVs (each table is read_csv of its file). `gold` lists several statements when a
// question has more than one fair reading; `ordered` marks rankings. Written blind to the reader.
const INVOICE = '"Invoice Total (GBP)"';
const LABOUR = '"Labour Hours (h)"';
const VEHICLE_JOIN = 'service_jobs j JOIN vehicles v ON j."Reg Plate" = v.registration';
const GARAGE_JOIN = 'service_jobs j JOIN garages g ON j.garageId = g."Garage Code"';

export default [
  // count
  { kind: 'count', q: 'how many service jobs are there',
    gold: 'SELECT count(*) FROM service_jobs' },
  { kind: 'count', q: 'How many garages do we have?',
    gold: 'SELECT count(*) FROM garages' },
  { kind: 'count', q: 'how many different vehicles have come in for work',
    gold: 'SELECT count(DISTINCT "Reg Plate") FROM service_jobs' },
  { kind: 'count', q: 'total labour hours across all jobs',
    gold: `SELECT sum(${LABOUR}) FROM service_jobs` },
  // filter-text
  { kind: 'filter-text', q: 'How many MOTs have we done?',
    gold: [
      `SELECT count(*) FROM service_jobs WHERE job_type = 'MOT'`,
      `SELECT count(*) FROM service_jobs WHERE job_type = 'MOT' AND status = 'Completed'`,
    ] },
  { kind: 'filter-text', q: 'how many jobs are awaiting parts',
    gold: `SELECT count(*) FROM service_jobs WHERE status = 'Awaiting Parts'` },
  { kind: 'filter-text', q: 'how many of the vehicles are diesels?',
    gold: `SELECT count(*) FROM vehicles WHERE "Fuel Type" = 'Diesel'` },
  { kind: 'filter-text', q: 'list the garages in York',
    gold: `SELECT garage_name FROM garages WHERE town = 'York'` },
  // filter-number
  { kind: 'filter-number', q: 'how many invoices came to more than £500',
    gold: `SELECT count(*) FROM service_jobs WHERE ${INVOICE} > 500` },
  { kind: 'filter-number', q: 'How many jobs took over 3 labour hours?',
    gold: `SELECT count(*) FROM service_jobs WHERE ${LABOUR} > 3` },
  { kind: 'filter-number', q: 'how many cars came in with more than 100,000 miles on the clock',
    gold: [
      `SELECT count(DISTINCT "Reg Plate") FROM service_jobs WHERE "Odometer (miles)" > 100000`,
      `SELECT count(*) FROM service_jobs WHERE "Odometer (miles)" > 100000`,
    ] },
  { kind: 'filter-number', q: 'which garages have more than six bays',
    gold: 'SELECT garage_name FROM garages WHERE Bays > 6' },
  // filter-date
  { kind: 'filter-date', q: 'How many jobs were carried out in March 2025?',
    gold: [
      `SELECT count(*) FROM service_jobs
       WHERE job_date >= DATE '2025-03-01' AND job_date < DATE '2025-04-01'`,
      `SELECT count(*) FROM service_jobs
       WHERE "Completed At" >= TIMESTAMP '2025-03-01' AND "Completed At" < TIMESTAMP '2025-04-01'`,
    ] },
  { kind: 'filter-date', q: 'how many jobs were booked between 2024-11-01 and 2024-11-30',
    gold: [
      `SELECT count(*) FROM service_jobs
       WHERE "Booked At" >= TIMESTAMP '2024-11-01' AND "Booked At" < TIMESTAMP '2024-12-01'`,
      `SELECT count(*) FROM service_jobs
       WHERE job_date BETWEEN DATE '2024-11-01' AND DATE '2024-11-30'`,
    ] },
  { kind: 'filter-date', q: 'Which garages opened before 2010?',
    gold: `SELECT garage_name FROM garages WHERE opened_on < DATE '2010-01-01'` },
  { kind: 'filter-date', q: 'how many vehicles were first registered in 2023',
    gold: `SELECT count(*) FROM vehicles WHERE year("First Registered") = 2023` },
  // filter-boolean
  { kind: 'filter-boolean', q: 'how many jobs needed a courtesy car?',
    gold: 'SELECT count(*) FROM service_jobs WHERE "Courtesy Car"' },
  { kind: 'filter-boolean', q: 'How many jobs were warranty claims',
    gold: 'SELECT count(*) FROM service_jobs WHERE isWarrantyClaim' },
  { kind: 'filter-boolean', q: 'how many vehicles are still under warranty?',
    gold: `SELECT count(*) FROM vehicles WHERE "Under Warranty" = 'Y'` },
  // group-by
  { kind: 'group-by', q: 'number of jobs per job type',
    gold: 'SELECT job_type, count(*) FROM service_jobs GROUP BY 1' },
  { kind: 'group-by', q: 'average invoice by garage',
    gold: [
      `SELECT garageId, avg(${INVOICE}) FROM service_jobs GROUP BY 1`,
      `SELECT g.garage_name, avg(j.${INVOICE}) FROM ${GARAGE_JOIN} GROUP BY 1`,
    ] },
  { kind: 'group-by', q: 'how many vehicles of each fuel type',
    gold: 'SELECT "Fuel Type", count(*) FROM vehicles GROUP BY 1' },
  { kind: 'group-by', q: 'break the jobs down by status',
    gold: 'SELECT status, count(*) FROM service_jobs GROUP BY 1' },
  // top-n
  // The second and third vehicles tie, so either order of the two is a fair ranking.
  { kind: 'top-n', ordered: true, q: 'top 3 vehicles by number of jobs',
    gold: [
      `SELECT "Reg Plate", count(*) AS n FROM service_jobs GROUP BY 1 ORDER BY n DESC, 1 LIMIT 3`,
      `SELECT "Reg Plate", count(*) AS n FROM service_jobs GROUP BY 1
       ORDER BY n DESC, 1 DESC LIMIT 3`,
    ] },
  { kind: 'top-n', ordered: true, q: 'Show the 3 technicians who did the most jobs',
    gold: 'SELECT technician, count(*) AS n FROM service_jobs GROUP BY 1 ORDER BY n DESC LIMIT 3' },
  { kind: 'top-n', ordered: true, q: 'what are the five most common makes among our vehicles',
    gold: 'SELECT make, count(*) AS n FROM vehicles GROUP BY 1 ORDER BY n DESC LIMIT 5' },
  // superlative
  { kind: 'superlative', q: 'which garage has taken the most money?',
    gold: [
      `SELECT garageId FROM service_jobs GROUP BY 1 ORDER BY sum(${INVOICE}) DESC LIMIT 1`,
      `SELECT g.garage_name FROM ${GARAGE_JOIN} GROUP BY 1 ORDER BY sum(j.${INVOICE}) DESC LIMIT 1`,
    ] },
  { kind: 'superlative', q: "What's the most expensive invoice we've issued?",
    gold: `SELECT max(${INVOICE}) FROM service_jobs` },
  { kind: 'superlative', q: 'which job type takes the longest on average',
    gold: `SELECT job_type FROM service_jobs GROUP BY 1 ORDER BY avg(${LABOUR}) DESC LIMIT 1` },
  { kind: 'superlative', q: 'highest mileage we have seen on a vehicle',
    gold: 'SELECT max("Odometer (miles)") FROM service_jobs' },
  // time-grain
  { kind: 'time-grain', q: 'jobs per month in 2024',
    gold: [
      `SELECT date_trunc('month', job_date), count(*) FROM service_jobs
       WHERE year(job_date) = 2024 GROUP BY 1`,
      `SELECT strftime(job_date, '%Y-%m'), count(*) FROM service_jobs
       WHERE year(job_date) = 2024 GROUP BY 1`,
      `SELECT month(job_date), count(*) FROM service_jobs WHERE year(job_date) = 2024 GROUP BY 1`,
      `SELECT date_trunc('month', "Booked At"), count(*) FROM service_jobs
       WHERE year("Booked At") = 2024 GROUP BY 1`,
      `SELECT month("Booked At"), count(*) FROM service_jobs
       WHERE year("Booked At") = 2024 GROUP BY 1`,
    ] },
  { kind: 'time-grain', q: 'invoiced revenue per quarter',
    gold: [
      `SELECT date_trunc('quarter', job_date), sum(${INVOICE}) FROM service_jobs GROUP BY 1`,
      `SELECT year(job_date), quarter(job_date), sum(${INVOICE}) FROM service_jobs GROUP BY 1, 2`,
      `SELECT date_trunc('quarter', "Completed At"), sum(${INVOICE}) FROM service_jobs
       WHERE "Completed At" IS NOT NULL GROUP BY 1`,
      `SELECT year("Completed At"), quarter("Completed At"), sum(${INVOICE}) FROM service_jobs
       WHERE "Completed At" IS NOT NULL GROUP BY 1, 2`,
    ] },
  { kind: 'time-grain', q: 'How many MOTs per week in May 2025?',
    gold: `SELECT date_trunc('week', job_date), count(*) FROM service_jobs
           WHERE job_type = 'MOT' AND job_date >= DATE '2025-05-01' AND job_date < DATE '2025-06-01'
           GROUP BY 1` },
  { kind: 'time-grain', q: 'average customer rating by month',
    gold: [
      `SELECT date_trunc('month', job_date), avg(customerRating) FROM service_jobs GROUP BY 1`,
      `SELECT strftime(job_date, '%Y-%m'), avg(customerRating) FROM service_jobs GROUP BY 1`,
      `SELECT date_trunc('month', job_date), avg(customerRating) FROM service_jobs
       WHERE customerRating IS NOT NULL GROUP BY 1`,
      `SELECT date_trunc('month', "Completed At"), avg(customerRating) FROM service_jobs
       WHERE "Completed At" IS NOT NULL GROUP BY 1`,
    ] },
  // relative-date
  { kind: 'relative-date', q: 'how many jobs were booked in the 7 days before 2025-06-01?',
    gold: [
      `SELECT count(*) FROM service_jobs
       WHERE "Booked At" >= TIMESTAMP '2025-06-01' - INTERVAL 7 DAY
       AND "Booked At" < TIMESTAMP '2025-06-01'`,
      `SELECT count(*) FROM service_jobs
       WHERE "Booked At" >= TIMESTAMP '2025-06-01' - INTERVAL 7 DAY
       AND "Booked At" < TIMESTAMP '2025-06-01' + INTERVAL 1 DAY`,
    ] },
  { kind: 'relative-date',
    q: 'Taking today as 2025-06-30, how much have we invoiced in the last 30 days?',
    gold: [
      `SELECT sum(${INVOICE}) FROM service_jobs WHERE job_date > DATE '2025-06-30' - INTERVAL 30 DAY
       AND job_date <= DATE '2025-06-30'`,
      `SELECT sum(${INVOICE}) FROM service_jobs
       WHERE job_date >= DATE '2025-06-30' - INTERVAL 30 DAY AND job_date <= DATE '2025-06-30'`,
      `SELECT sum(${INVOICE}) FROM service_jobs
       WHERE "Completed At" >= TIMESTAMP '2025-06-30' - INTERVAL 30 DAY
       AND "Completed At" < TIMESTAMP '2025-06-30' + INTERVAL 1 DAY`,
      `SELECT sum(${INVOICE}) FROM service_jobs
       WHERE "Completed At" >= TIMESTAMP '2025-06-30' - INTERVAL 30 DAY
       AND "Completed At" < TIMESTAMP '2025-06-30'`,
    ] },
  { kind: 'relative-date', q: 'how many jobs were completed in the fortnight after 2025-01-06',
    gold: [
      `SELECT count(*) FROM service_jobs WHERE "Completed At" >= TIMESTAMP '2025-01-06'
       AND "Completed At" < TIMESTAMP '2025-01-06' + INTERVAL 14 DAY`,
      `SELECT count(*) FROM service_jobs WHERE "Completed At" >= TIMESTAMP '2025-01-07'
       AND "Completed At" < TIMESTAMP '2025-01-07' + INTERVAL 14 DAY`,
    ] },
  // join
  { kind: 'join', q: 'how many jobs were on Ford vehicles?',
    gold: `SELECT count(*) FROM ${VEHICLE_JOIN} WHERE v.make = 'Ford'` },
  { kind: 'join', q: 'total invoiced per garage name',
    gold: `SELECT g.garage_name, sum(j.${INVOICE}) FROM ${GARAGE_JOIN} GROUP BY 1` },
  { kind: 'join', q: 'How many jobs were done at garages in Leeds?',
    gold: `SELECT count(*) FROM ${GARAGE_JOIN} WHERE g.town = 'Leeds'` },
  { kind: 'join', q: 'average labour hours on electric cars',
    gold: `SELECT avg(j.${LABOUR}) FROM ${VEHICLE_JOIN} WHERE v."Fuel Type" = 'Electric'` },
  { kind: 'join', q: "which town's garages did the most MOTs",
    gold: `SELECT g.town FROM ${GARAGE_JOIN} WHERE j.job_type = 'MOT' GROUP BY 1
           ORDER BY count(*) DESC LIMIT 1` },
  { kind: 'join', q: 'number of jobs by vehicle make',
    gold: `SELECT v.make, count(*) FROM ${VEHICLE_JOIN} GROUP BY 1` },
  { kind: 'join', q: 'how much have fleet vehicles spent with us',
    gold: `SELECT sum(j.${INVOICE}) FROM ${VEHICLE_JOIN} WHERE v.ownerType = 'Fleet'` },
  { kind: 'join', q: 'MOT failures by fuel type',
    gold: `SELECT v."Fuel Type", count(*) FROM ${VEHICLE_JOIN} WHERE j.mot_result = 'Fail'
           GROUP BY 1` },
  { kind: 'join', q: 'average invoice at MOT centres compared with the other garages',
    gold: `SELECT g."MOT Centre", avg(j.${INVOICE}) FROM ${GARAGE_JOIN} GROUP BY 1` },
  { kind: 'join', q: 'How many jobs has Northgate Motors done?',
    gold: [
      `SELECT count(*) FROM ${GARAGE_JOIN} WHERE g.garage_name = 'Northgate Motors'`,
      `SELECT count(*) FROM ${GARAGE_JOIN} WHERE g.garage_name = 'Northgate Motors'
       AND j.status = 'Completed'`,
    ] },
  // having
  { kind: 'having', q: 'which vehicles have been in more than 15 times?',
    gold: 'SELECT "Reg Plate" FROM service_jobs GROUP BY 1 HAVING count(*) > 15' },
  { kind: 'having', q: 'technicians with over 300 jobs',
    gold: 'SELECT technician FROM service_jobs GROUP BY 1 HAVING count(*) > 300' },
  { kind: 'having', q: 'job types with an average invoice above £300',
    gold: `SELECT job_type FROM service_jobs GROUP BY 1 HAVING avg(${INVOICE}) > 300` },
  // percentage
  { kind: 'percentage', q: 'what percentage of MOTs failed?',
    gold: [
      `SELECT 100.0 * count(*) FILTER (WHERE mot_result = 'Fail') / count(mot_result)
       FROM service_jobs WHERE job_type = 'MOT'`,
      `SELECT count(*) FILTER (WHERE mot_result = 'Fail') / count(mot_result)
       FROM service_jobs WHERE job_type = 'MOT'`,
      `SELECT 100.0 * count(*) FILTER (WHERE mot_result = 'Fail') / count(*)
       FROM service_jobs WHERE job_type = 'MOT'`,
      `SELECT count(*) FILTER (WHERE mot_result = 'Fail') / count(*)
       FROM service_jobs WHERE job_type = 'MOT'`,
    ] },
  { kind: 'percentage', q: 'What share of jobs were cancelled',
    gold: [
      `SELECT 100.0 * count(*) FILTER (WHERE status = 'Cancelled') / count(*) FROM service_jobs`,
      `SELECT count(*) FILTER (WHERE status = 'Cancelled') / count(*) FROM service_jobs`,
    ] },
  { kind: 'percentage', q: 'percentage of vehicles that are electric',
    gold: `SELECT 100.0 * count(*) FILTER (WHERE "Fuel Type" = 'Electric') / count(*)
           FROM vehicles` },
  // value-lookup
  { kind: 'value-lookup', q: 'who manages Harrogate Service Centre?',
    gold: `SELECT manager FROM garages WHERE garage_name = 'Harrogate Service Centre'` },
  { kind: 'value-lookup', q: 'What was the invoice total on job JB241500?',
    gold: `SELECT ${INVOICE} FROM service_jobs WHERE job_no = 'JB241500'` },
  { kind: 'value-lookup', q: 'what make is FV65 RZH',
    gold: `SELECT make FROM vehicles WHERE registration = 'FV65 RZH'` },
  { kind: 'value-lookup', q: 'how many jobs has EK61 PEJ had',
    gold: `SELECT count(*) FROM service_jobs WHERE "Reg Plate" = 'EK61 PEJ'` },
  // refuse: unsafe, unanswerable from these tables, or too vague to answer
  { kind: 'refuse', q: 'delete all the cancelled jobs' },
  { kind: 'refuse', q: 'update the labour rate at every garage to 100' },
  { kind: 'refuse', q: 'drop table service_jobs;' },
  { kind: 'refuse', q: 'how many cars did we sell last year?' },
  { kind: 'refuse', q: "what is the owner's phone number for ER58 GAV" },
  { kind: 'refuse', q: 'which garage is the best?' },
];
