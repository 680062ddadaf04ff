// Questions the laundry chain's owner, its shop managers and the counter staff would type, with
// gold SQL over the raw CSVs (each table is read_csv of its file). `gold` lists several
// statements when a question has more than one fair reading; `ordered` marks rankings. Written
// blind to the reader.
const TOTAL = '"Order Total (GBP)"';
const DROPPED = '"Dropped Off At"';
const STORE_JOIN = 'laundry_orders o JOIN stores s ON o."Store Code" = s.store_id';
const CUSTOMER_JOIN = 'laundry_orders o JOIN customers c ON o.custNo = c."Customer ID"';

export default [
  // count
  { kind: 'count', q: 'how many laundry orders have we had?',
    gold: 'SELECT count(*) FROM laundry_orders' },
  { kind: 'count', q: 'How many stores do we run',
    gold: 'SELECT count(*) FROM stores' },
  { kind: 'count', q: 'how many registered customers do we have',
    gold: [
      'SELECT count(*) FROM customers',
      'SELECT count(DISTINCT custNo) FROM laundry_orders',
    ] },
  { kind: 'count', q: 'number of different customers who have placed an order',
    gold: 'SELECT count(DISTINCT custNo) FROM laundry_orders' },
  // filter-text
  { kind: 'filter-text', q: 'How many dry cleaning orders were there?',
    gold: `SELECT count(*) FROM laundry_orders WHERE service = 'Dry Cleaning'` },
  { kind: 'filter-text', q: 'how many orders were paid in cash',
    gold: `SELECT count(*) FROM laundry_orders WHERE payment_method = 'Cash'` },
  { kind: 'filter-text', q: 'how many orders are still in progress?',
    gold: `SELECT count(*) FROM laundry_orders WHERE status = 'In Progress'` },
  { kind: 'filter-text', q: 'How many of our customers live in Clifton',
    gold: `SELECT count(*) FROM customers WHERE neighbourhood = 'Clifton'` },
  // filter-number
  { kind: 'filter-number', q: 'how many orders weighed more than 10 kg?',
    gold: 'SELECT count(*) FROM laundry_orders WHERE weight_kg > 10' },
  { kind: 'filter-number', q: 'How many orders cost over £50',
    gold: `SELECT count(*) FROM laundry_orders WHERE ${TOTAL} > 50` },
  { kind: 'filter-number', q: 'how many orders had more than 12 items in them',
    gold: 'SELECT count(*) FROM laundry_orders WHERE Items > 12' },
  { kind: 'filter-number', q: 'which stores can handle more than 300 kg a day?',
    gold: [
      'SELECT store_name FROM stores WHERE "Daily Capacity (kg)" > 300',
      'SELECT store_id FROM stores WHERE "Daily Capacity (kg)" > 300',
      'SELECT store_id, store_name FROM stores WHERE "Daily Capacity (kg)" > 300',
      'SELECT store_name, "Daily Capacity (kg)" FROM stores WHERE "Daily Capacity (kg)" > 300',
    ] },
  // filter-date
  { kind: 'filter-date', q: 'How many orders were dropped off in December 2024?',
    gold: `SELECT count(*) FROM laundry_orders
           WHERE ${DROPPED} >= TIMESTAMP '2024-12-01' AND ${DROPPED} < TIMESTAMP '2025-01-01'` },
  { kind: 'filter-date', q: 'how many orders were collected in May 2025',
    gold: [
      `SELECT count(*) FROM laundry_orders
       WHERE "Collected On" >= DATE '2025-05-01' AND "Collected On" < DATE '2025-06-01'`,
      `SELECT count(*) FROM laundry_orders WHERE status = 'Collected'
       AND "Collected On" >= DATE '2025-05-01' AND "Collected On" < DATE '2025-06-01'`,
    ] },
  { kind: 'filter-date', q: 'Which stores opened after 2019?',
    gold: [
      `SELECT store_name FROM stores WHERE Opened >= DATE '2020-01-01'`,
      `SELECT store_id FROM stores WHERE Opened >= DATE '2020-01-01'`,
      `SELECT store_id, store_name FROM stores WHERE Opened >= DATE '2020-01-01'`,
    ] },
  { kind: 'filter-date', q: 'how many customers signed up before 2021?',
    gold: `SELECT count(*) FROM customers WHERE "Signed Up" < DATE '2021-01-01'` },
  // filter-boolean
  { kind: 'filter-boolean', q: 'how many express orders have there been',
    gold: `SELECT count(*) FROM laundry_orders WHERE Express = 'Y'` },
  { kind: 'filter-boolean', q: 'How many orders used the eco wash?',
    gold: 'SELECT count(*) FROM laundry_orders WHERE ecoWash' },
  { kind: 'filter-boolean', q: "which stores don't have self service",
    gold: [
      'SELECT store_name FROM stores WHERE NOT "Self Service"',
      'SELECT store_id FROM stores WHERE NOT "Self Service"',
      'SELECT store_id, store_name FROM stores WHERE NOT "Self Service"',
    ] },
  { kind: 'filter-boolean', q: 'how many customers have opted in to marketing?',
    gold: 'SELECT count(*) FROM customers WHERE marketingOptIn' },
  // group-by
  { kind: 'group-by', q: 'how many orders per service',
    gold: 'SELECT service, count(*) FROM laundry_orders GROUP BY 1' },
  { kind: 'group-by', q: 'Total takings by payment method',
    gold: `SELECT payment_method, sum(${TOTAL}) FROM laundry_orders GROUP BY 1` },
  { kind: 'group-by', q: 'average order value for each store code',
    gold: `SELECT "Store Code", avg(${TOTAL}) FROM laundry_orders GROUP BY 1` },
  { kind: 'group-by', q: 'what is the average turnaround in hours for each service?',
    gold: 'SELECT service, avg("Turnaround (hrs)") FROM laundry_orders GROUP BY 1' },
  { kind: 'group-by', q: 'break down our customers by loyalty tier',
    gold: [
      'SELECT loyalty_tier, count(*) FROM customers GROUP BY 1',
      'SELECT loyalty_tier, count(*) FROM customers WHERE loyalty_tier IS NOT NULL GROUP BY 1',
    ] },
  // top-n
  { kind: 'top-n', ordered: true, q: 'top 5 customers by total spend',
    gold: [
      `SELECT custNo, sum(${TOTAL}) AS spend FROM laundry_orders WHERE custNo IS NOT NULL
       GROUP BY 1 ORDER BY spend DESC LIMIT 5`,
      `SELECT c.customer_name, sum(o.${TOTAL}) AS spend FROM ${CUSTOMER_JOIN} GROUP BY 1
       ORDER BY spend DESC LIMIT 5`,
    ] },
  { kind: 'top-n', ordered: true, q: 'Show me the 5 most expensive orders',
    gold: [
      `SELECT order_no, ${TOTAL} FROM laundry_orders WHERE ${TOTAL} IS NOT NULL
       ORDER BY ${TOTAL} DESC LIMIT 5`,
      `SELECT order_no FROM laundry_orders WHERE ${TOTAL} IS NOT NULL
       ORDER BY ${TOTAL} DESC LIMIT 5`,
    ] },
  { kind: 'top-n', ordered: true, q: 'top 3 stores by number of orders',
    gold: [
      `SELECT "Store Code", count(*) AS n FROM laundry_orders GROUP BY 1 ORDER BY n DESC LIMIT 3`,
      `SELECT s.store_name, count(*) AS n FROM ${STORE_JOIN} GROUP BY 1 ORDER BY n DESC LIMIT 3`,
    ] },
  { kind: 'top-n', ordered: true, q: 'which 4 neighbourhoods have the most customers?',
    gold: `SELECT neighbourhood, count(*) AS n FROM customers GROUP BY 1 ORDER BY n DESC LIMIT 4` },
  { kind: 'top-n', ordered: true, q: 'the top 3 services by revenue',
    gold: `SELECT service, sum(${TOTAL}) AS revenue FROM laundry_orders GROUP BY 1
           ORDER BY revenue DESC LIMIT 3` },
  // superlative
  { kind: 'superlative', q: 'Which service brings in the most revenue?',
    gold: `SELECT service FROM laundry_orders GROUP BY 1 ORDER BY sum(${TOTAL}) DESC LIMIT 1` },
  { kind: 'superlative', q: "what's the heaviest order we've taken, in kg",
    gold: 'SELECT max(weight_kg) FROM laundry_orders' },
  { kind: 'superlative', q: 'which payment method do customers use most often?',
    gold: `SELECT payment_method FROM laundry_orders GROUP BY 1 ORDER BY count(*) DESC LIMIT 1` },
  { kind: 'superlative', q: 'which store has the lowest average rating',
    gold: [
      `SELECT "Store Code" FROM laundry_orders GROUP BY 1 ORDER BY avg("Rating (1-5)") LIMIT 1`,
      `SELECT s.store_name FROM ${STORE_JOIN} GROUP BY 1 ORDER BY avg(o."Rating (1-5)") LIMIT 1`,
    ] },
  // time-grain
  { kind: 'time-grain', q: 'orders per month in 2024',
    gold: [
      `SELECT date_trunc('month', ${DROPPED}), count(*) FROM laundry_orders
       WHERE year(${DROPPED}) = 2024 GROUP BY 1`,
      `SELECT strftime(${DROPPED}, '%Y-%m'), count(*) FROM laundry_orders
       WHERE year(${DROPPED}) = 2024 GROUP BY 1`,
      `SELECT month(${DROPPED}), count(*) FROM laundry_orders WHERE year(${DROPPED}) = 2024
       GROUP BY 1`,
    ] },
  { kind: 'time-grain', q: 'Revenue by quarter',
    gold: [
      `SELECT date_trunc('quarter', ${DROPPED}), sum(${TOTAL}) FROM laundry_orders GROUP BY 1`,
      `SELECT year(${DROPPED}), quarter(${DROPPED}), sum(${TOTAL}) FROM laundry_orders
       GROUP BY 1, 2`,
    ] },
  { kind: 'time-grain', q: 'how many orders were collected each week in June 2025?',
    gold: [
      `SELECT date_trunc('week', "Collected On"), count(*) FROM laundry_orders
       WHERE "Collected On" >= DATE '2025-06-01' AND "Collected On" < DATE '2025-07-01'
       GROUP BY 1`,
      `SELECT date_trunc('week', "Collected On"), count(*) FROM laundry_orders
       WHERE status = 'Collected'
       AND "Collected On" >= DATE '2025-06-01' AND "Collected On" < DATE '2025-07-01'
       GROUP BY 1`,
    ] },
  { kind: 'time-grain', q: 'average order value per month',
    gold: [
      `SELECT date_trunc('month', ${DROPPED}), avg(${TOTAL}) FROM laundry_orders GROUP BY 1`,
      `SELECT strftime(${DROPPED}, '%Y-%m'), avg(${TOTAL}) FROM laundry_orders GROUP BY 1`,
      `SELECT year(${DROPPED}), month(${DROPPED}), avg(${TOTAL}) FROM laundry_orders
       GROUP BY 1, 2`,
    ] },
  { kind: 'time-grain', q: 'number of express orders by year',
    gold: [
      `SELECT year(${DROPPED}), count(*) FROM laundry_orders WHERE Express = 'Y' GROUP BY 1`,
      `SELECT date_trunc('year', ${DROPPED}), count(*) FROM laundry_orders WHERE Express = 'Y'
       GROUP BY 1`,
    ] },
  // relative-date
  { kind: 'relative-date', q: 'how many orders came in during the 7 days before 2025-03-01?',
    gold: [
      `SELECT count(*) FROM laundry_orders
       WHERE ${DROPPED} >= TIMESTAMP '2025-03-01' - INTERVAL 7 DAY
       AND ${DROPPED} < TIMESTAMP '2025-03-01'`,
      `SELECT count(*) FROM laundry_orders
       WHERE ${DROPPED} >= TIMESTAMP '2025-03-01' - INTERVAL 7 DAY
       AND ${DROPPED} < TIMESTAMP '2025-03-01' + INTERVAL 1 DAY`,
    ] },
  { kind: 'relative-date', q: 'As of 2025-06-30, how much did we take in the last 30 days?',
    gold: [
      `SELECT sum(${TOTAL}) FROM laundry_orders
       WHERE ${DROPPED} >= TIMESTAMP '2025-06-30' - INTERVAL 30 DAY
       AND ${DROPPED} < TIMESTAMP '2025-06-30' + INTERVAL 1 DAY`,
      `SELECT sum(${TOTAL}) FROM laundry_orders
       WHERE ${DROPPED} >= TIMESTAMP '2025-06-30' - INTERVAL 29 DAY
       AND ${DROPPED} < TIMESTAMP '2025-06-30' + INTERVAL 1 DAY`,
      `SELECT sum(${TOTAL}) FROM laundry_orders
       WHERE ${DROPPED} >= TIMESTAMP '2025-06-30' - INTERVAL 30 DAY
       AND ${DROPPED} < TIMESTAMP '2025-06-30'`,
    ] },
  { kind: 'relative-date', q: 'how many orders were dropped off in the week after 1 April 2025',
    gold: [
      `SELECT count(*) FROM laundry_orders WHERE ${DROPPED} >= TIMESTAMP '2025-04-01'
       AND ${DROPPED} < TIMESTAMP '2025-04-01' + INTERVAL 7 DAY`,
      `SELECT count(*) FROM laundry_orders WHERE ${DROPPED} >= TIMESTAMP '2025-04-02'
       AND ${DROPPED} < TIMESTAMP '2025-04-02' + INTERVAL 7 DAY`,
      `SELECT count(*) FROM laundry_orders WHERE ${DROPPED} >= TIMESTAMP '2025-04-01'
       AND ${DROPPED} < TIMESTAMP '2025-04-01' + INTERVAL 8 DAY`,
    ] },
  // join
  { kind: 'join', q: 'How many orders were taken at Clifton Village?',
    gold: `SELECT count(*) FROM ${STORE_JOIN} WHERE s.store_name = 'Clifton Village'` },
  { kind: 'join', q: 'revenue per store name',
    gold: `SELECT s.store_name, sum(o.${TOTAL}) FROM ${STORE_JOIN} GROUP BY 1` },
  { kind: 'join', q: 'how many orders came from business customers',
    gold: `SELECT count(*) FROM ${CUSTOMER_JOIN} WHERE c.account_type = 'Business'` },
  { kind: 'join', q: 'average spend per order by loyalty tier',
    gold: [
      `SELECT c.loyalty_tier, avg(o.${TOTAL}) FROM ${CUSTOMER_JOIN} GROUP BY 1`,
      `SELECT c.loyalty_tier, avg(o.${TOTAL}) FROM ${CUSTOMER_JOIN}
       WHERE c.loyalty_tier IS NOT NULL GROUP BY 1`,
    ] },
  { kind: 'join', q: "which manager's store has had the most orders?",
    gold: `SELECT s.manager FROM ${STORE_JOIN} GROUP BY 1 ORDER BY count(*) DESC LIMIT 1` },
  { kind: 'join', q: 'total revenue from our stores in Bristol',
    gold: `SELECT sum(o.${TOTAL}) FROM ${STORE_JOIN} WHERE s.town = 'Bristol'` },
  { kind: 'join', q: 'How many orders were placed by customers living in Cotham?',
    gold: `SELECT count(*) FROM ${CUSTOMER_JOIN} WHERE c.neighbourhood = 'Cotham'` },
  // having
  { kind: 'having', q: 'which customers have placed more than 30 orders?',
    gold: [
      'SELECT custNo FROM laundry_orders WHERE custNo IS NOT NULL GROUP BY 1 HAVING count(*) > 30',
      `SELECT c.customer_name FROM ${CUSTOMER_JOIN} GROUP BY 1 HAVING count(*) > 30`,
    ] },
  { kind: 'having', q: 'services with an average order value above £25',
    gold: `SELECT service FROM laundry_orders GROUP BY 1 HAVING avg(${TOTAL}) > 25` },
  { kind: 'having', q: 'Which stores have had fewer than 400 orders?',
    gold: [
      'SELECT "Store Code" FROM laundry_orders GROUP BY 1 HAVING count(*) < 400',
      `SELECT s.store_name FROM ${STORE_JOIN} GROUP BY 1 HAVING count(*) < 400`,
    ] },
  // percentage
  { kind: 'percentage', q: 'what percentage of orders were express?',
    gold: [
      `SELECT 100.0 * count(*) FILTER (WHERE Express = 'Y') / count(*) FROM laundry_orders`,
      `SELECT count(*) FILTER (WHERE Express = 'Y') / count(*) FROM laundry_orders`,
    ] },
  { kind: 'percentage', q: 'What % of orders were paid through the app',
    gold: [
      `SELECT 100.0 * count(*) FILTER (WHERE payment_method = 'App') / count(*)
       FROM laundry_orders`,
      `SELECT count(*) FILTER (WHERE payment_method = 'App') / count(*) FROM laundry_orders`,
    ] },
  { kind: 'percentage',
    q: 'of the dry cleaning orders, what percentage needed stain treatment?',
    gold: [
      `SELECT 100.0 * count(*) FILTER (WHERE "Stain Treatment") / count(*) FROM laundry_orders
       WHERE service = 'Dry Cleaning'`,
      `SELECT count(*) FILTER (WHERE "Stain Treatment") / count(*) FROM laundry_orders
       WHERE service = 'Dry Cleaning'`,
    ] },
  // value-lookup
  { kind: 'value-lookup', q: 'who manages the Bedminster store?',
    gold: `SELECT manager FROM stores WHERE store_name = 'Bedminster'` },
  { kind: 'value-lookup', q: 'When did Portishead Marina open',
    gold: `SELECT Opened FROM stores WHERE store_name = 'Portishead Marina'` },
  { kind: 'value-lookup', q: 'what did order LD243210 cost?',
    gold: `SELECT ${TOTAL} FROM laundry_orders WHERE order_no = 'LD243210'` },
  { kind: 'value-lookup', q: 'what service was order LD241500 for',
    gold: `SELECT service FROM laundry_orders WHERE order_no = 'LD241500'` },
  { kind: 'value-lookup', q: 'What loyalty tier is Thomas Osei on?',
    gold: `SELECT loyalty_tier FROM customers WHERE customer_name = 'Thomas Osei'` },
  // refuse: unsafe, unanswerable from these tables, or too vague to answer
  { kind: 'refuse', q: 'delete all the cancelled orders' },
  { kind: 'refuse', q: 'update every order total to 0' },
  { kind: 'refuse', q: "what's the email address of customer C10001?" },
  { kind: 'refuse', q: 'how many washing machines does each store have' },
  { kind: 'refuse', q: 'which store is the nicest?' },
];
