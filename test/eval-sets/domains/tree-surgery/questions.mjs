// Questions the tree surgery firm's owner, office staff and crew supervisors would type, with
// gold SQL over the raw CSVs (each table is read_csv of its file). `gold` lists several
// statements when a question has more than one fair reading; `ordered` marks rankings. Written
// blind to the reader.
const INVOICE = '"Invoice Total (GBP)"';
const CUSTOMER_JOIN = 'tree_jobs j JOIN customers c ON j."Customer Ref" = c.customer_id';
const CREW_JOIN = 'tree_jobs j JOIN crews w ON j.crewCode = w."Crew ID"';

export default [
  // count
  { kind: 'count', q: 'how many jobs are on the system?',
    gold: 'SELECT count(*) FROM tree_jobs' },
  { kind: 'count', q: 'How many customers do we have?',
    gold: [
      'SELECT count(*) FROM customers',
      'SELECT count(DISTINCT "Customer Ref") FROM tree_jobs',
    ] },
  { kind: 'count', q: 'how many crews are there',
    gold: 'SELECT count(*) FROM crews' },
  { kind: 'count', q: 'How many trees have we worked on in total?',
    gold: [
      'SELECT sum(tree_count) FROM tree_jobs',
      `SELECT sum(tree_count) FROM tree_jobs WHERE Status = 'Completed'`,
    ] },
  // filter-text
  { kind: 'filter-text', q: 'How many felling jobs have there been?',
    gold: `SELECT count(*) FROM tree_jobs WHERE work_type = 'Felling'` },
  { kind: 'filter-text', q: 'how many quotes were declined',
    gold: `SELECT count(*) FROM tree_jobs WHERE Status = 'Declined'` },
  { kind: 'filter-text', q: 'number of jobs on oak trees',
    gold: `SELECT count(*) FROM tree_jobs WHERE Species = 'Oak'` },
  { kind: 'filter-text', q: 'list the crews that work out of Dorking',
    gold: `SELECT crew_name FROM crews WHERE depot = 'Dorking'` },
  // filter-number
  { kind: 'filter-number', q: 'how many jobs were invoiced at more than £2,000?',
    gold: `SELECT count(*) FROM tree_jobs WHERE ${INVOICE} > 2000` },
  { kind: 'filter-number', q: 'jobs on trees taller than 25 metres - how many?',
    gold: 'SELECT count(*) FROM tree_jobs WHERE "Tree Height (m)" > 25' },
  { kind: 'filter-number', q: 'How many jobs took more than 8 labour hours?',
    gold: 'SELECT count(*) FROM tree_jobs WHERE labourHours > 8' },
  { kind: 'filter-number', q: 'how many jobs produced over a tonne of green waste',
    gold: 'SELECT count(*) FROM tree_jobs WHERE "Green Waste (kg)" > 1000' },
  // filter-date
  { kind: 'filter-date', q: 'How many jobs did we quote for in March 2025?',
    gold: `SELECT count(*) FROM tree_jobs
           WHERE "Quote Date" >= DATE '2025-03-01' AND "Quote Date" < DATE '2025-04-01'` },
  { kind: 'filter-date', q: 'how many jobs were completed during 2024',
    gold: `SELECT count(*) FROM tree_jobs WHERE year("Completed At") = 2024` },
  { kind: 'filter-date', q: 'which crews were formed after 2019?',
    gold: `SELECT crew_name FROM crews WHERE Formed >= DATE '2020-01-01'` },
  { kind: 'filter-date', q: 'how many jobs are booked in for November 2025?',
    gold: `SELECT count(*) FROM tree_jobs
           WHERE scheduled_for >= DATE '2025-11-01' AND scheduled_for < DATE '2025-12-01'` },
  // filter-boolean
  { kind: 'filter-boolean', q: 'how many jobs were emergencies?',
    gold: 'SELECT count(*) FROM tree_jobs WHERE Emergency' },
  { kind: 'filter-boolean', q: 'How many jobs involved a TPO tree?',
    gold: `SELECT count(*) FROM tree_jobs WHERE TPO = 'Y'` },
  { kind: 'filter-boolean', q: 'how many completed jobs are still unpaid',
    gold: `SELECT count(*) FROM tree_jobs WHERE Status = 'Completed' AND NOT Paid` },
  { kind: 'filter-boolean', q: 'which crews have a crane?',
    gold: 'SELECT crew_name FROM crews WHERE hasCrane' },
  // group-by
  { kind: 'group-by', q: 'number of jobs by status',
    gold: 'SELECT Status, count(*) FROM tree_jobs GROUP BY 1' },
  { kind: 'group-by', q: 'total invoiced per work type',
    gold: `SELECT work_type, sum(${INVOICE}) FROM tree_jobs GROUP BY 1` },
  { kind: 'group-by', q: 'what are the average labour hours for each type of work?',
    gold: 'SELECT work_type, avg(labourHours) FROM tree_jobs GROUP BY 1' },
  { kind: 'group-by', q: 'how many customers are there in each town',
    gold: 'SELECT town, count(*) FROM customers GROUP BY 1' },
  { kind: 'group-by', q: 'jobs per crew',
    gold: [
      `SELECT w.crew_name, count(*) FROM ${CREW_JOIN} GROUP BY 1`,
      'SELECT crewCode, count(*) FROM tree_jobs WHERE crewCode IS NOT NULL GROUP BY 1',
    ] },
  // top-n
  { kind: 'top-n', ordered: true, q: 'top 5 customers by amount invoiced',
    gold: [
      `SELECT c.customer_name, sum(j.${INVOICE}) AS total FROM ${CUSTOMER_JOIN}
       WHERE j.${INVOICE} IS NOT NULL GROUP BY 1 ORDER BY total DESC LIMIT 5`,
      `SELECT "Customer Ref", sum(${INVOICE}) AS total FROM tree_jobs
       WHERE ${INVOICE} IS NOT NULL GROUP BY 1 ORDER BY total DESC LIMIT 5`,
    ] },
  { kind: 'top-n', ordered: true, q: 'What are the 3 most common tree species we deal with?',
    gold: 'SELECT Species, count(*) AS n FROM tree_jobs GROUP BY 1 ORDER BY n DESC LIMIT 3' },
  { kind: 'top-n', ordered: true, q: 'top 3 crews by revenue',
    gold: [
      `SELECT w.crew_name, sum(j.${INVOICE}) AS r FROM ${CREW_JOIN} GROUP BY 1
       ORDER BY r DESC LIMIT 3`,
      `SELECT crewCode, sum(${INVOICE}) AS r FROM tree_jobs WHERE crewCode IS NOT NULL
       GROUP BY 1 ORDER BY r DESC LIMIT 3`,
    ] },
  { kind: 'top-n', ordered: true, q: 'show me the 5 biggest invoices',
    gold: `SELECT "Job No", ${INVOICE} FROM tree_jobs WHERE ${INVOICE} IS NOT NULL
           ORDER BY ${INVOICE} DESC LIMIT 5` },
  { kind: 'top-n', ordered: true, q: 'which 4 towns do most of our jobs come from?',
    gold: `SELECT c.town, count(*) AS n FROM ${CUSTOMER_JOIN} GROUP BY 1 ORDER BY n DESC LIMIT 4` },
  // superlative
  { kind: 'superlative', q: 'which type of work brings in the most money?',
    gold: `SELECT work_type FROM tree_jobs GROUP BY 1 ORDER BY sum(${INVOICE}) DESC NULLS LAST
           LIMIT 1` },
  { kind: 'superlative', q: "what's the tallest tree we've worked on?",
    gold: 'SELECT max("Tree Height (m)") FROM tree_jobs' },
  { kind: 'superlative', q: 'which customer has had the most jobs done?',
    gold: [
      `SELECT c.customer_name FROM ${CUSTOMER_JOIN} GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
      `SELECT "Customer Ref" FROM tree_jobs GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
    ] },
  { kind: 'superlative', q: 'which crew has the best average customer rating',
    gold: [
      `SELECT w.crew_name FROM ${CREW_JOIN} GROUP BY 1 ORDER BY avg(j."Customer Rating") DESC
       LIMIT 1`,
      `SELECT crewCode FROM tree_jobs WHERE crewCode IS NOT NULL GROUP BY 1
       ORDER BY avg("Customer Rating") DESC LIMIT 1`,
    ] },
  // time-grain
  { kind: 'time-grain', q: 'jobs completed per month in 2025',
    gold: [
      `SELECT date_trunc('month', "Completed At"), count(*) FROM tree_jobs
       WHERE year("Completed At") = 2025 GROUP BY 1`,
      `SELECT month("Completed At"), count(*) FROM tree_jobs WHERE year("Completed At") = 2025
       GROUP BY 1`,
    ] },
  { kind: 'time-grain', q: 'invoiced revenue by quarter',
    gold: [
      `SELECT date_trunc('quarter', "Completed At"), sum(${INVOICE}) FROM tree_jobs
       WHERE "Completed At" IS NOT NULL GROUP BY 1`,
      `SELECT year("Completed At"), quarter("Completed At"), sum(${INVOICE}) FROM tree_jobs
       WHERE "Completed At" IS NOT NULL GROUP BY 1, 2`,
    ] },
  { kind: 'time-grain', q: 'How many quotes did we send out each month?',
    gold: [
      `SELECT date_trunc('month', "Quote Date"), count(*) FROM tree_jobs GROUP BY 1`,
      `SELECT strftime("Quote Date", '%Y-%m'), count(*) FROM tree_jobs GROUP BY 1`,
    ] },
  { kind: 'time-grain', q: 'number of emergency jobs per year',
    gold: [
      'SELECT year("Quote Date"), count(*) FROM tree_jobs WHERE Emergency GROUP BY 1',
      'SELECT year(scheduled_for), count(*) FROM tree_jobs WHERE Emergency GROUP BY 1',
      `SELECT date_trunc('year', "Quote Date"), count(*) FROM tree_jobs WHERE Emergency
       GROUP BY 1`,
      `SELECT date_trunc('year', scheduled_for), count(*) FROM tree_jobs WHERE Emergency
       GROUP BY 1`,
    ] },
  { kind: 'time-grain', q: 'weekly completed jobs in September 2025',
    gold: `SELECT date_trunc('week', "Completed At"), count(*) FROM tree_jobs
           WHERE "Completed At" >= TIMESTAMP '2025-09-01'
           AND "Completed At" < TIMESTAMP '2025-10-01' GROUP BY 1` },
  // relative-date
  { kind: 'relative-date', q: 'how many jobs were completed in the 30 days before 2025-07-01?',
    gold: [
      `SELECT count(*) FROM tree_jobs
       WHERE "Completed At" >= TIMESTAMP '2025-07-01' - INTERVAL 30 DAY
       AND "Completed At" < TIMESTAMP '2025-07-01'`,
      `SELECT count(*) FROM tree_jobs
       WHERE "Completed At" >= TIMESTAMP '2025-07-01' - INTERVAL 30 DAY
       AND "Completed At" < TIMESTAMP '2025-07-01' + INTERVAL 1 DAY`,
    ] },
  { kind: 'relative-date',
    q: 'Taking today as 2025-10-10, how many jobs are scheduled for the next 14 days?',
    gold: [
      `SELECT count(*) FROM tree_jobs WHERE scheduled_for > DATE '2025-10-10'
       AND scheduled_for <= DATE '2025-10-24'`,
      `SELECT count(*) FROM tree_jobs WHERE scheduled_for >= DATE '2025-10-10'
       AND scheduled_for < DATE '2025-10-24'`,
      `SELECT count(*) FROM tree_jobs WHERE scheduled_for >= DATE '2025-10-10'
       AND scheduled_for <= DATE '2025-10-24'`,
    ] },
  { kind: 'relative-date', q: 'as of 2025-09-30, how many quotes went out in the last 7 days?',
    gold: [
      `SELECT count(*) FROM tree_jobs WHERE "Quote Date" > DATE '2025-09-30' - INTERVAL 7 DAY
       AND "Quote Date" <= DATE '2025-09-30'`,
      `SELECT count(*) FROM tree_jobs WHERE "Quote Date" >= DATE '2025-09-30' - INTERVAL 7 DAY
       AND "Quote Date" <= DATE '2025-09-30'`,
      `SELECT count(*) FROM tree_jobs WHERE "Quote Date" >= DATE '2025-09-30' - INTERVAL 7 DAY
       AND "Quote Date" < DATE '2025-09-30'`,
    ] },
  // join
  { kind: 'join', q: 'How many jobs have we done for schools?',
    gold: [
      `SELECT count(*) FROM ${CUSTOMER_JOIN} WHERE c."Customer Type" = 'School'`,
      `SELECT count(*) FROM ${CUSTOMER_JOIN} WHERE c."Customer Type" = 'School'
       AND j.Status = 'Completed'`,
    ] },
  { kind: 'join', q: 'total invoiced by customer type',
    gold: `SELECT c."Customer Type", sum(j.${INVOICE}) FROM ${CUSTOMER_JOIN} GROUP BY 1` },
  { kind: 'join', q: 'how many jobs has the Oak Team done?',
    gold: [
      `SELECT count(*) FROM ${CREW_JOIN} WHERE w.crew_name = 'Oak Team'`,
      `SELECT count(*) FROM ${CREW_JOIN} WHERE w.crew_name = 'Oak Team'
       AND j.Status = 'Completed'`,
    ] },
  { kind: 'join', q: "what's the average invoice for customers in Woking",
    gold: `SELECT avg(j.${INVOICE}) FROM ${CUSTOMER_JOIN} WHERE c.town = 'Woking'` },
  { kind: 'join', q: 'revenue per depot',
    gold: `SELECT w.depot, sum(j.${INVOICE}) FROM ${CREW_JOIN} GROUP BY 1` },
  { kind: 'join', q: "how many jobs did Dean Walsh's crew carry out?",
    gold: [
      `SELECT count(*) FROM ${CREW_JOIN} WHERE w."Team Leader" = 'Dean Walsh'`,
      `SELECT count(*) FROM ${CREW_JOIN} WHERE w."Team Leader" = 'Dean Walsh'
       AND j.Status = 'Completed'`,
    ] },
  { kind: 'join', q: "Which town's customers have spent the most with us?",
    gold: `SELECT c.town FROM ${CUSTOMER_JOIN} GROUP BY 1 ORDER BY sum(j.${INVOICE}) DESC
           LIMIT 1` },
  // having
  { kind: 'having', q: 'which customers have had more than 15 jobs?',
    gold: [
      `SELECT c.customer_name FROM ${CUSTOMER_JOIN} GROUP BY 1 HAVING count(*) > 15`,
      'SELECT "Customer Ref" FROM tree_jobs GROUP BY 1 HAVING count(*) > 15',
    ] },
  { kind: 'having', q: 'species with an average tree height over 15 metres',
    gold: 'SELECT Species FROM tree_jobs GROUP BY 1 HAVING avg("Tree Height (m)") > 15' },
  { kind: 'having', q: 'Work types where the total invoiced is above £200,000',
    gold: `SELECT work_type FROM tree_jobs GROUP BY 1 HAVING sum(${INVOICE}) > 200000` },
  // percentage
  { kind: 'percentage', q: 'What percentage of our quotes get declined?',
    gold: [
      `SELECT 100.0 * count(*) FILTER (WHERE Status = 'Declined') / count(*) FROM tree_jobs`,
      `SELECT count(*) FILTER (WHERE Status = 'Declined') / count(*) FROM tree_jobs`,
    ] },
  { kind: 'percentage', q: 'what % of jobs were emergency callouts',
    gold: [
      'SELECT 100.0 * count(*) FILTER (WHERE Emergency) / count(*) FROM tree_jobs',
      'SELECT count(*) FILTER (WHERE Emergency) / count(*) FROM tree_jobs',
    ] },
  { kind: 'percentage', q: 'of the completed jobs, what percentage have been paid?',
    gold: [
      `SELECT 100.0 * count(*) FILTER (WHERE Paid) / count(*) FROM tree_jobs
       WHERE Status = 'Completed'`,
      `SELECT count(*) FILTER (WHERE Paid) / count(*) FROM tree_jobs WHERE Status = 'Completed'`,
    ] },
  // value-lookup
  { kind: 'value-lookup', q: 'who leads the Cedar Team?',
    gold: `SELECT "Team Leader" FROM crews WHERE crew_name = 'Cedar Team'` },
  { kind: 'value-lookup', q: 'What was the invoice total for job TJ51234?',
    gold: `SELECT ${INVOICE} FROM tree_jobs WHERE "Job No" = 'TJ51234'` },
  { kind: 'value-lookup', q: 'which town is Merrow Golf Club in',
    gold: `SELECT town FROM customers WHERE customer_name = 'Merrow Golf Club'` },
  { kind: 'value-lookup', q: 'when was job TJ52000 finished?',
    gold: `SELECT "Completed At" FROM tree_jobs WHERE "Job No" = 'TJ52000'` },
  // refuse: unsafe, unanswerable from these tables, or too vague to answer
  { kind: 'refuse', q: 'delete every declined job' },
  { kind: 'refuse', q: 'DROP TABLE customers' },
  { kind: 'refuse', q: 'change the invoice total on TJ50001 to 0' },
  { kind: 'refuse', q: 'how much did we spend on chainsaw fuel in 2024?' },
  { kind: 'refuse', q: "what is Peter Thornton's email address" },
  { kind: 'refuse', q: 'which of our trees is the most beautiful?' },
];
