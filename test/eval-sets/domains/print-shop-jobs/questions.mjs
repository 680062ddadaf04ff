// Questions the print shop's account managers, production manager and owner would type, with
// gold SQL over the raw CSVs (each table is read_csv of its file). `gold` lists several statements
// when a question has more than one fair reading; `ordered` marks rankings. Written blind to the
// reader.
const PRICE = '"Price (GBP)"';
const CLIENT_JOIN = 'print_jobs j JOIN clients c ON j."Client Account" = c.client_id';
const PRESS_JOIN = 'print_jobs j JOIN presses p ON j.pressNo = p."Press ID"';

export default [
  // count
  { kind: 'count', q: 'how many print jobs have we had',
    gold: 'SELECT count(*) FROM print_jobs' },
  { kind: 'count', q: 'How many client accounts are there?',
    gold: 'SELECT count(*) FROM clients' },
  { kind: 'count', q: 'how many different clients have placed a job',
    gold: 'SELECT count(DISTINCT "Client Account") FROM print_jobs' },
  { kind: 'count', q: 'total sheets printed',
    gold: 'SELECT sum("Sheets Printed") FROM print_jobs' },
  // filter-text
  { kind: 'filter-text', q: 'how many jobs were flyers',
    gold: `SELECT count(*) FROM print_jobs WHERE product = 'Flyers'` },
  { kind: 'filter-text', q: 'How many jobs are awaiting proof?',
    gold: `SELECT count(*) FROM print_jobs WHERE Status = 'Awaiting Proof'` },
  { kind: 'filter-text', q: 'number of jobs sent by royal mail',
    gold: `SELECT count(*) FROM print_jobs WHERE "Delivery Method" = 'Royal Mail'` },
  { kind: 'filter-text', q: 'how many clients are based in Harrogate',
    gold: `SELECT count(*) FROM clients WHERE town = 'Harrogate'` },
  { kind: 'filter-text', q: 'how many jobs were printed black only',
    gold: `SELECT count(*) FROM print_jobs WHERE colour_mode = 'Black Only'` },
  // filter-number
  { kind: 'filter-number', q: 'how many jobs cost more than £1,000',
    gold: `SELECT count(*) FROM print_jobs WHERE ${PRICE} > 1000` },
  { kind: 'filter-number', q: 'jobs with a quantity of 5000 or more',
    gold: 'SELECT count(*) FROM print_jobs WHERE Quantity >= 5000' },
  { kind: 'filter-number', q: 'How many jobs needed 3 proof rounds?',
    gold: 'SELECT count(*) FROM print_jobs WHERE proof_rounds = 3' },
  { kind: 'filter-number', q: 'how many jobs used paper heavier than 300gsm',
    gold: 'SELECT count(*) FROM print_jobs WHERE "Paper Weight (gsm)" > 300' },
  // filter-date
  { kind: 'filter-date', q: 'how many jobs were ordered in November 2024?',
    gold: `SELECT count(*) FROM print_jobs
           WHERE ordered_at >= TIMESTAMP '2024-11-01' AND ordered_at < TIMESTAMP '2024-12-01'` },
  { kind: 'filter-date', q: 'jobs completed between 1 March and 15 March 2025',
    gold: `SELECT count(*) FROM print_jobs
           WHERE completed_at >= TIMESTAMP '2025-03-01'
           AND completed_at < TIMESTAMP '2025-03-16'` },
  { kind: 'filter-date', q: 'how many client accounts were opened in 2024',
    gold: 'SELECT count(*) FROM clients WHERE year(account_opened) = 2024' },
  // filter-boolean
  { kind: 'filter-boolean', q: 'how many rush jobs',
    gold: 'SELECT count(*) FROM print_jobs WHERE rush_job' },
  { kind: 'filter-boolean', q: 'How many jobs were double sided?',
    gold: `SELECT count(*) FROM print_jobs WHERE "Double Sided" = 'Y'` },
  { kind: 'filter-boolean', q: 'number of clients with a trade account',
    gold: 'SELECT count(*) FROM clients WHERE "Trade Account"' },
  { kind: 'filter-boolean', q: 'how many clients have not opted in to marketing',
    gold: 'SELECT count(*) FROM clients WHERE NOT marketingOptIn' },
  // group-by
  { kind: 'group-by', q: 'jobs per product',
    gold: 'SELECT product, count(*) FROM print_jobs GROUP BY 1' },
  { kind: 'group-by', q: 'revenue by delivery method',
    gold: [
      `SELECT "Delivery Method", sum(${PRICE}) FROM print_jobs GROUP BY 1`,
      `SELECT "Delivery Method", sum(${PRICE}) FROM print_jobs
       WHERE "Delivery Method" IS NOT NULL GROUP BY 1`,
    ] },
  { kind: 'group-by', q: 'average waste sheets for each press',
    gold: [
      'SELECT pressNo, avg("Waste Sheets") FROM print_jobs GROUP BY 1',
      `SELECT p.press_name, avg(j."Waste Sheets") FROM ${PRESS_JOIN} GROUP BY 1`,
    ] },
  { kind: 'group-by', q: 'Number of clients by sector',
    gold: 'SELECT sector, count(*) FROM clients GROUP BY 1' },
  // top-n
  { kind: 'top-n', ordered: true, q: 'top 5 clients by spend',
    gold: [
      `SELECT "Client Account", sum(${PRICE}) AS s FROM print_jobs GROUP BY 1
       ORDER BY s DESC LIMIT 5`,
      `SELECT c."Business Name", sum(j.${PRICE}) AS s FROM ${CLIENT_JOIN} GROUP BY 1
       ORDER BY s DESC LIMIT 5`,
    ] },
  { kind: 'top-n', ordered: true, q: 'the 3 most expensive jobs',
    gold: `SELECT ${PRICE} FROM print_jobs ORDER BY ${PRICE} DESC LIMIT 3` },
  { kind: 'top-n', ordered: true, q: 'top 3 paper stocks by number of jobs',
    gold: `SELECT "Paper Stock", count(*) AS n FROM print_jobs GROUP BY 1
           ORDER BY n DESC LIMIT 3` },
  { kind: 'top-n', ordered: true, q: 'Which 5 towns have the most clients?',
    gold: 'SELECT town, count(*) AS n FROM clients GROUP BY 1 ORDER BY n DESC LIMIT 5' },
  // superlative
  { kind: 'superlative', q: "what's our best selling product",
    gold: [
      'SELECT product FROM print_jobs GROUP BY 1 ORDER BY count(*) DESC LIMIT 1',
      `SELECT product FROM print_jobs GROUP BY 1 ORDER BY sum(${PRICE}) DESC LIMIT 1`,
      'SELECT product FROM print_jobs GROUP BY 1 ORDER BY sum(Quantity) DESC LIMIT 1',
    ] },
  { kind: 'superlative', q: 'largest quantity ordered on a single job',
    gold: 'SELECT max(Quantity) FROM print_jobs' },
  { kind: 'superlative', q: 'which press has the highest hourly cost?',
    gold: [
      'SELECT press_name FROM presses ORDER BY "Hourly Cost (GBP)" DESC LIMIT 1',
      'SELECT "Press ID" FROM presses ORDER BY "Hourly Cost (GBP)" DESC LIMIT 1',
    ] },
  { kind: 'superlative', q: 'oldest press we have',
    gold: [
      'SELECT press_name FROM presses ORDER BY "Year Installed" LIMIT 1',
      'SELECT "Press ID" FROM presses ORDER BY "Year Installed" LIMIT 1',
      'SELECT min("Year Installed") FROM presses',
    ] },
  // time-grain
  { kind: 'time-grain', q: 'jobs per month in 2024',
    gold: [
      `SELECT date_trunc('month', ordered_at), count(*) FROM print_jobs
       WHERE year(ordered_at) = 2024 GROUP BY 1`,
      `SELECT strftime(ordered_at, '%Y-%m'), count(*) FROM print_jobs
       WHERE year(ordered_at) = 2024 GROUP BY 1`,
      `SELECT month(ordered_at), count(*) FROM print_jobs WHERE year(ordered_at) = 2024 GROUP BY 1`,
    ] },
  { kind: 'time-grain', q: 'Revenue by quarter',
    gold: [
      `SELECT date_trunc('quarter', ordered_at), sum(${PRICE}) FROM print_jobs GROUP BY 1`,
      `SELECT year(ordered_at), quarter(ordered_at), sum(${PRICE}) FROM print_jobs GROUP BY 1, 2`,
      `SELECT date_trunc('quarter', completed_at), sum(${PRICE}) FROM print_jobs
       WHERE completed_at IS NOT NULL GROUP BY 1`,
      `SELECT year(completed_at), quarter(completed_at), sum(${PRICE}) FROM print_jobs
       WHERE completed_at IS NOT NULL GROUP BY 1, 2`,
    ] },
  { kind: 'time-grain', q: 'weekly job count for June 2025',
    gold: `SELECT date_trunc('week', ordered_at), count(*) FROM print_jobs
           WHERE ordered_at >= TIMESTAMP '2025-06-01' AND ordered_at < TIMESTAMP '2025-07-01'
           GROUP BY 1` },
  { kind: 'time-grain', q: 'how many jobs were completed each month in 2025',
    gold: [
      `SELECT date_trunc('month', completed_at), count(*) FROM print_jobs
       WHERE year(completed_at) = 2025 GROUP BY 1`,
      `SELECT strftime(completed_at, '%Y-%m'), count(*) FROM print_jobs
       WHERE year(completed_at) = 2025 GROUP BY 1`,
      `SELECT month(completed_at), count(*) FROM print_jobs
       WHERE year(completed_at) = 2025 GROUP BY 1`,
    ] },
  // relative-date
  { kind: 'relative-date', q: 'as of 2025-06-30, how many jobs came in over the last 14 days',
    gold: [
      `SELECT count(*) FROM print_jobs WHERE ordered_at >= TIMESTAMP '2025-06-30' - INTERVAL 14 DAY
       AND ordered_at < TIMESTAMP '2025-06-30' + INTERVAL 1 DAY`,
      `SELECT count(*) FROM print_jobs WHERE ordered_at >= TIMESTAMP '2025-06-30' - INTERVAL 13 DAY
       AND ordered_at < TIMESTAMP '2025-06-30' + INTERVAL 1 DAY`,
      `SELECT count(*) FROM print_jobs WHERE ordered_at >= TIMESTAMP '2025-06-30' - INTERVAL 14 DAY
       AND ordered_at < TIMESTAMP '2025-06-30'`,
    ] },
  { kind: 'relative-date', q: 'How much revenue in the 30 days before 2025-01-01?',
    gold: [
      `SELECT sum(${PRICE}) FROM print_jobs
       WHERE ordered_at >= TIMESTAMP '2025-01-01' - INTERVAL 30 DAY
       AND ordered_at < TIMESTAMP '2025-01-01'`,
      `SELECT sum(${PRICE}) FROM print_jobs
       WHERE ordered_at >= TIMESTAMP '2025-01-01' - INTERVAL 30 DAY
       AND ordered_at < TIMESTAMP '2025-01-01' + INTERVAL 1 DAY`,
    ] },
  { kind: 'relative-date', q: 'how many jobs are due in the 7 days after 2025-06-30',
    gold: [
      `SELECT count(*) FROM print_jobs WHERE "Due Date" > DATE '2025-06-30'
       AND "Due Date" <= DATE '2025-06-30' + INTERVAL 7 DAY`,
      `SELECT count(*) FROM print_jobs WHERE "Due Date" >= DATE '2025-06-30'
       AND "Due Date" < DATE '2025-06-30' + INTERVAL 7 DAY`,
      // only the jobs still open on the day of the export
      `SELECT count(*) FROM print_jobs WHERE "Due Date" > DATE '2025-06-30'
       AND "Due Date" <= DATE '2025-06-30' + INTERVAL 7 DAY
       AND Status NOT IN ('Completed', 'Cancelled')`,
      `SELECT count(*) FROM print_jobs WHERE "Due Date" >= DATE '2025-06-30'
       AND "Due Date" < DATE '2025-06-30' + INTERVAL 7 DAY
       AND Status NOT IN ('Completed', 'Cancelled')`,
    ] },
  // join
  { kind: 'join', q: 'how many jobs did hospitality clients order',
    gold: `SELECT count(*) FROM ${CLIENT_JOIN} WHERE c.sector = 'Hospitality'` },
  { kind: 'join', q: 'revenue per sector',
    gold: `SELECT c.sector, sum(j.${PRICE}) FROM ${CLIENT_JOIN} GROUP BY 1` },
  { kind: 'join', q: 'How many jobs ran on digital presses?',
    gold: `SELECT count(*) FROM ${PRESS_JOIN} WHERE p.process = 'Digital'` },
  { kind: 'join', q: 'average job price per press name',
    gold: `SELECT p.press_name, avg(j.${PRICE}) FROM ${PRESS_JOIN} GROUP BY 1` },
  { kind: 'join', q: 'number of jobs for clients in York',
    gold: `SELECT count(*) FROM ${CLIENT_JOIN} WHERE c.town = 'York'` },
  { kind: 'join', q: 'which sector orders the most banners',
    gold: [
      `SELECT c.sector FROM ${CLIENT_JOIN} WHERE j.product = 'Banners' GROUP BY 1
       ORDER BY count(*) DESC LIMIT 1`,
      `SELECT c.sector FROM ${CLIENT_JOIN} WHERE j.product = 'Banners' GROUP BY 1
       ORDER BY sum(j.Quantity) DESC LIMIT 1`,
    ] },
  { kind: 'join', q: 'how much have trade account clients spent with us',
    gold: `SELECT sum(j.${PRICE}) FROM ${CLIENT_JOIN} WHERE c."Trade Account"` },
  { kind: 'join', q: 'how many jobs has Oakwood Trust placed',
    gold: `SELECT count(*) FROM ${CLIENT_JOIN} WHERE c."Business Name" = 'Oakwood Trust'` },
  { kind: 'join', q: 'total waste sheets by print process',
    gold: `SELECT p.process, sum(j."Waste Sheets") FROM ${PRESS_JOIN} GROUP BY 1` },
  { kind: 'join', q: 'How many jobs went through the HP Indigo 7K?',
    gold: `SELECT count(*) FROM ${PRESS_JOIN} WHERE p.press_name = 'HP Indigo 7K'` },
  // having
  { kind: 'having', q: 'clients with more than 50 jobs',
    gold: [
      'SELECT "Client Account" FROM print_jobs GROUP BY 1 HAVING count(*) > 50',
      `SELECT c."Business Name" FROM ${CLIENT_JOIN} GROUP BY 1 HAVING count(*) > 50`,
    ] },
  { kind: 'having', q: 'products with an average price over £200',
    gold: `SELECT product FROM print_jobs GROUP BY 1 HAVING avg(${PRICE}) > 200` },
  { kind: 'having', q: 'Which sectors have more than 60 clients?',
    gold: 'SELECT sector FROM clients GROUP BY 1 HAVING count(*) > 60' },
  // percentage
  { kind: 'percentage', q: 'what percentage of jobs were cancelled',
    gold: [
      `SELECT 100.0 * count(*) FILTER (WHERE Status = 'Cancelled') / count(*) FROM print_jobs`,
      `SELECT count(*) FILTER (WHERE Status = 'Cancelled') / count(*) FROM print_jobs`,
    ] },
  { kind: 'percentage', q: 'What % of jobs were rush jobs?',
    gold: [
      'SELECT 100.0 * count(*) FILTER (WHERE rush_job) / count(*) FROM print_jobs',
      'SELECT count(*) FILTER (WHERE rush_job) / count(*) FROM print_jobs',
    ] },
  { kind: 'percentage',
    q: 'of the completed jobs, what percentage were finished after their due date',
    gold: [
      `SELECT 100.0 * count(*) FILTER (WHERE CAST(completed_at AS DATE) > "Due Date")
       / count(*) FROM print_jobs WHERE Status = 'Completed'`,
      `SELECT count(*) FILTER (WHERE CAST(completed_at AS DATE) > "Due Date")
       / count(*) FROM print_jobs WHERE Status = 'Completed'`,
    ] },
  { kind: 'percentage', q: 'share of clients that have a trade account, as a percentage',
    gold: 'SELECT 100.0 * count(*) FILTER (WHERE "Trade Account") / count(*) FROM clients' },
  // value-lookup
  { kind: 'value-lookup', q: 'what did job PJ25000 cost',
    gold: `SELECT ${PRICE} FROM print_jobs WHERE "Job No" = 'PJ25000'` },
  { kind: 'value-lookup', q: 'What sector is Pennine Deli in?',
    gold: `SELECT sector FROM clients WHERE "Business Name" = 'Pennine Deli'` },
  { kind: 'value-lookup', q: 'which town is Larkfield Dental in',
    gold: `SELECT town FROM clients WHERE "Business Name" = 'Larkfield Dental'` },
  { kind: 'value-lookup', q: 'what process does the Roland TrueVIS VG3 use',
    gold: `SELECT process FROM presses WHERE press_name = 'Roland TrueVIS VG3'` },
  // refuse: unsafe, unanswerable from these tables, or too vague to answer
  { kind: 'refuse', q: 'delete every cancelled job' },
  { kind: 'refuse', q: 'update the price of all flyers to 10 pounds' },
  { kind: 'refuse', q: 'how much ink did we use on business cards' },
  { kind: 'refuse', q: 'which designer did the nicest work?' },
  { kind: 'refuse', q: 'who was operating the press on job PJ24500' },
];
