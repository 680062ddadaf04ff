// Questions the window cleaning round's owner and office would type, with gold SQL over the raw
// CSVs (each table is read_csv of its file). `gold` lists several statements when a question has
// more than one fair reading; `ordered` marks rankings. Written blind to the reader.
const PRICE = '"Price (GBP)"';
const CUSTOMER_JOIN = 'cleaning_visits v JOIN customers c ON v."Customer Ref" = c.customer_id';
const CLEANER_JOIN = 'cleaning_visits v JOIN cleaners w ON v.cleanerId = w."Cleaner No"';

export default [
  // count
  { kind: 'count', q: 'how many cleaning visits are there in total?',
    gold: 'SELECT count(*) FROM cleaning_visits' },
  { kind: 'count', q: 'How many cleaners do we have?',
    gold: 'SELECT count(*) FROM cleaners' },
  { kind: 'count', q: 'how many different customers have had a visit',
    gold: 'SELECT count(DISTINCT "Customer Ref") FROM cleaning_visits' },
  { kind: 'count', q: 'total number of windows cleaned',
    gold: 'SELECT sum(windows_cleaned) FROM cleaning_visits' },
  // filter-text
  { kind: 'filter-text', q: 'How many visits were rained off?',
    gold: `SELECT count(*) FROM cleaning_visits WHERE status = 'Rained Off'` },
  { kind: 'filter-text', q: 'how many customers are in Knaresborough',
    gold: `SELECT count(*) FROM customers WHERE town = 'Knaresborough'` },
  { kind: 'filter-text', q: 'number of gutter clear jobs',
    gold: `SELECT count(*) FROM cleaning_visits WHERE service = 'Gutter Clear'` },
  { kind: 'filter-text', q: 'list the cleaners on the Commercial team',
    gold: `SELECT cleaner_name FROM cleaners WHERE team = 'Commercial'` },
  // filter-number
  { kind: 'filter-number', q: 'how many visits cost more than £50?',
    gold: `SELECT count(*) FROM cleaning_visits WHERE ${PRICE} > 50` },
  { kind: 'filter-number', q: 'How many visits took longer than an hour?',
    gold: 'SELECT count(*) FROM cleaning_visits WHERE duration_min > 60' },
  { kind: 'filter-number', q: 'how many customers have more than 30 windows',
    gold: 'SELECT count(*) FROM customers WHERE "Window Count" > 30' },
  { kind: 'filter-number', q: 'how many visits used over 40 litres of water',
    gold: 'SELECT count(*) FROM cleaning_visits WHERE "Water Used (litres)" > 40' },
  // filter-date
  { kind: 'filter-date', q: 'How many visits were there in March 2025?',
    gold: `SELECT count(*) FROM cleaning_visits
           WHERE "Visit Date" >= DATE '2025-03-01' AND "Visit Date" < DATE '2025-04-01'` },
  { kind: 'filter-date', q: 'how many customers joined in 2024',
    gold: 'SELECT count(*) FROM customers WHERE year("Joined On") = 2024' },
  { kind: 'filter-date', q: 'number of visits between 2024-10-01 and 2024-12-31',
    gold: `SELECT count(*) FROM cleaning_visits
           WHERE "Visit Date" BETWEEN DATE '2024-10-01' AND DATE '2024-12-31'` },
  { kind: 'filter-date', q: 'How many customers left before 2020?',
    gold: `SELECT count(*) FROM customers WHERE left_on < DATE '2020-01-01'` },
  // filter-boolean
  { kind: 'filter-boolean', q: 'how many completed visits are still unpaid?',
    gold: `SELECT count(*) FROM cleaning_visits WHERE status = 'Completed' AND Paid = 'N'` },
  { kind: 'filter-boolean', q: 'How many visits used a water fed pole?',
    gold: 'SELECT count(*) FROM cleaning_visits WHERE water_fed_pole' },
  { kind: 'filter-boolean', q: 'how many customers are on the gutter plan',
    gold: 'SELECT count(*) FROM customers WHERE "Gutter Plan"' },
  { kind: 'filter-boolean', q: 'which cleaners are not pole certified?',
    gold: 'SELECT cleaner_name FROM cleaners WHERE NOT "Pole Certified"' },
  // group-by
  { kind: 'group-by', q: 'visits per status',
    gold: 'SELECT status, count(*) FROM cleaning_visits GROUP BY 1' },
  { kind: 'group-by', q: 'Total takings by payment method',
    gold: [
      `SELECT payment_method, sum(${PRICE}) FROM cleaning_visits GROUP BY 1`,
      `SELECT payment_method, sum(${PRICE}) FROM cleaning_visits
       WHERE payment_method IS NOT NULL GROUP BY 1`,
    ] },
  { kind: 'group-by', q: 'average visit duration for each service',
    gold: 'SELECT service, avg(duration_min) FROM cleaning_visits GROUP BY 1' },
  { kind: 'group-by', q: 'number of customers by property type',
    gold: 'SELECT property_type, count(*) FROM customers GROUP BY 1' },
  { kind: 'group-by', q: 'break the visits down by weather',
    gold: 'SELECT weather, count(*) FROM cleaning_visits GROUP BY 1' },
  // top-n
  { kind: 'top-n', ordered: true, q: 'top 3 customers by total spend',
    gold: [
      `SELECT "Customer Ref", sum(${PRICE}) AS spend FROM cleaning_visits GROUP BY 1
       ORDER BY spend DESC LIMIT 3`,
      `SELECT c.customer_name, sum(v.${PRICE}) AS spend FROM ${CUSTOMER_JOIN} GROUP BY 1
       ORDER BY spend DESC LIMIT 3`,
    ] },
  { kind: 'top-n', ordered: true, q: 'Which 3 towns have the most customers?',
    gold: 'SELECT town, count(*) AS n FROM customers GROUP BY 1 ORDER BY n DESC LIMIT 3' },
  { kind: 'top-n', ordered: true, q: 'show me the 5 longest visits',
    gold: `SELECT visit_id, duration_min FROM cleaning_visits WHERE duration_min IS NOT NULL
           ORDER BY duration_min DESC LIMIT 5` },
  { kind: 'top-n', ordered: true, q: 'top 3 services by revenue',
    gold: `SELECT service, sum(${PRICE}) AS revenue FROM cleaning_visits GROUP BY 1
           ORDER BY revenue DESC LIMIT 3` },
  { kind: 'top-n', ordered: true, q: 'the 4 cleaners with the highest hourly rate',
    gold: 'SELECT cleaner_name, "Hourly Rate (GBP)" FROM cleaners ORDER BY 2 DESC LIMIT 4' },
  // superlative
  { kind: 'superlative', q: 'what is the most we have charged for a single visit?',
    gold: `SELECT max(${PRICE}) FROM cleaning_visits` },
  { kind: 'superlative', q: 'Which payment method is used most often?',
    gold: `SELECT payment_method FROM cleaning_visits WHERE payment_method IS NOT NULL
           GROUP BY 1 ORDER BY count(*) DESC LIMIT 1` },
  { kind: 'superlative', q: 'who is our longest serving cleaner',
    gold: 'SELECT cleaner_name FROM cleaners ORDER BY start_date LIMIT 1' },
  { kind: 'superlative', q: 'which weather caused the most rained off visits?',
    gold: `SELECT weather FROM cleaning_visits WHERE status = 'Rained Off' GROUP BY 1
           ORDER BY count(*) DESC LIMIT 1` },
  // time-grain
  { kind: 'time-grain', q: 'visits per month in 2024',
    gold: [
      `SELECT date_trunc('month', "Visit Date"), count(*) FROM cleaning_visits
       WHERE year("Visit Date") = 2024 GROUP BY 1`,
      `SELECT strftime("Visit Date", '%Y-%m'), count(*) FROM cleaning_visits
       WHERE year("Visit Date") = 2024 GROUP BY 1`,
      `SELECT month("Visit Date"), count(*) FROM cleaning_visits
       WHERE year("Visit Date") = 2024 GROUP BY 1`,
    ] },
  { kind: 'time-grain', q: 'revenue by quarter',
    gold: [
      `SELECT date_trunc('quarter', "Visit Date"), sum(${PRICE}) FROM cleaning_visits GROUP BY 1`,
      `SELECT year("Visit Date"), quarter("Visit Date"), sum(${PRICE}) FROM cleaning_visits
       GROUP BY 1, 2`,
    ] },
  { kind: 'time-grain', q: 'How many new customers did we sign up each year?',
    gold: [
      'SELECT year("Joined On"), count(*) FROM customers GROUP BY 1',
      `SELECT date_trunc('year', "Joined On"), count(*) FROM customers GROUP BY 1`,
    ] },
  { kind: 'time-grain', q: 'average customer rating per month in 2025',
    gold: [
      `SELECT date_trunc('month', "Visit Date"), avg("Customer Rating") FROM cleaning_visits
       WHERE year("Visit Date") = 2025 GROUP BY 1`,
      `SELECT strftime("Visit Date", '%Y-%m'), avg("Customer Rating") FROM cleaning_visits
       WHERE year("Visit Date") = 2025 GROUP BY 1`,
      `SELECT month("Visit Date"), avg("Customer Rating") FROM cleaning_visits
       WHERE year("Visit Date") = 2025 GROUP BY 1`,
    ] },
  // relative-date
  { kind: 'relative-date', q: 'how many visits were there in the 14 days before 2025-03-01?',
    gold: [
      `SELECT count(*) FROM cleaning_visits WHERE "Visit Date" >= DATE '2025-03-01' - INTERVAL 14 DAY
       AND "Visit Date" < DATE '2025-03-01'`,
      `SELECT count(*) FROM cleaning_visits WHERE "Visit Date" >= DATE '2025-03-01' - INTERVAL 14 DAY
       AND "Visit Date" <= DATE '2025-03-01'`,
    ] },
  { kind: 'relative-date',
    q: 'Taking today as 2025-06-30, how much did we take in the last 30 days?',
    gold: [
      `SELECT sum(${PRICE}) FROM cleaning_visits
       WHERE "Visit Date" > DATE '2025-06-30' - INTERVAL 30 DAY AND "Visit Date" <= DATE '2025-06-30'`,
      `SELECT sum(${PRICE}) FROM cleaning_visits
       WHERE "Visit Date" >= DATE '2025-06-30' - INTERVAL 30 DAY AND "Visit Date" <= DATE '2025-06-30'`,
      `SELECT sum(${PRICE}) FROM cleaning_visits
       WHERE "Visit Date" >= DATE '2025-06-30' - INTERVAL 30 DAY AND "Visit Date" < DATE '2025-06-30'`,
    ] },
  { kind: 'relative-date', q: 'how many visits were rained off in the week after 2024-11-04',
    gold: [
      `SELECT count(*) FROM cleaning_visits WHERE status = 'Rained Off'
       AND "Visit Date" >= DATE '2024-11-04' AND "Visit Date" < DATE '2024-11-04' + INTERVAL 7 DAY`,
      `SELECT count(*) FROM cleaning_visits WHERE status = 'Rained Off'
       AND "Visit Date" >= DATE '2024-11-05' AND "Visit Date" < DATE '2024-11-05' + INTERVAL 7 DAY`,
    ] },
  // join
  { kind: 'join', q: 'how many visits were made to customers in Ripon?',
    gold: `SELECT count(*) FROM ${CUSTOMER_JOIN} WHERE c.town = 'Ripon'` },
  { kind: 'join', q: 'total revenue per team',
    gold: `SELECT w.team, sum(v.${PRICE}) FROM ${CLEANER_JOIN} GROUP BY 1` },
  { kind: 'join', q: 'How many visits did Lisa Tomlinson carry out?',
    gold: `SELECT count(*) FROM ${CLEANER_JOIN} WHERE w.cleaner_name = 'Lisa Tomlinson'` },
  { kind: 'join', q: 'average price of a visit by property type',
    gold: `SELECT c.property_type, avg(v.${PRICE}) FROM ${CUSTOMER_JOIN} GROUP BY 1` },
  { kind: 'join', q: 'how many visits were to detached houses',
    gold: `SELECT count(*) FROM ${CUSTOMER_JOIN} WHERE c.property_type = 'Detached'` },
  { kind: 'join', q: 'which cleaner has done the most visits?',
    gold: [
      `SELECT w.cleaner_name FROM ${CLEANER_JOIN} GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
      'SELECT cleanerId FROM cleaning_visits GROUP BY 1 ORDER BY count(*) DESC LIMIT 1',
    ] },
  { kind: 'join', q: 'total tips received by each cleaner',
    gold: [
      `SELECT w.cleaner_name, sum(v."Tip (GBP)") FROM ${CLEANER_JOIN} GROUP BY 1`,
      'SELECT cleanerId, sum("Tip (GBP)") FROM cleaning_visits GROUP BY 1',
    ] },
  { kind: 'join', q: 'How many visits to customers on the gutter plan were rained off?',
    gold: `SELECT count(*) FROM ${CUSTOMER_JOIN} WHERE c."Gutter Plan" AND v.status = 'Rained Off'` },
  { kind: 'join', q: 'number of visits per town',
    gold: `SELECT c.town, count(*) FROM ${CUSTOMER_JOIN} GROUP BY 1` },
  // having
  { kind: 'having', q: 'which customers have had more than 19 visits?',
    gold: [
      'SELECT "Customer Ref" FROM cleaning_visits GROUP BY 1 HAVING count(*) > 19',
      `SELECT c.customer_name FROM ${CUSTOMER_JOIN} GROUP BY 1 HAVING count(*) > 19`,
    ] },
  { kind: 'having', q: 'services with an average price over £40',
    gold: `SELECT service FROM cleaning_visits GROUP BY 1 HAVING avg(${PRICE}) > 40` },
  { kind: 'having', q: 'Which towns have more than 50 customers?',
    gold: 'SELECT town FROM customers GROUP BY 1 HAVING count(*) > 50' },
  // percentage
  { kind: 'percentage', q: 'what percentage of visits were completed?',
    gold: [
      `SELECT 100.0 * count(*) FILTER (WHERE status = 'Completed') / count(*) FROM cleaning_visits`,
      `SELECT count(*) FILTER (WHERE status = 'Completed') / count(*) FROM cleaning_visits`,
    ] },
  { kind: 'percentage', q: 'What % of completed visits were paid in cash',
    gold: [
      `SELECT 100.0 * count(*) FILTER (WHERE payment_method = 'Cash') / count(*)
       FROM cleaning_visits WHERE status = 'Completed'`,
      `SELECT count(*) FILTER (WHERE payment_method = 'Cash') / count(*)
       FROM cleaning_visits WHERE status = 'Completed'`,
    ] },
  { kind: 'percentage', q: 'share of customers with a gutter plan, as a percentage',
    gold: 'SELECT 100.0 * count(*) FILTER (WHERE "Gutter Plan") / count(*) FROM customers' },
  { kind: 'percentage', q: 'what percent of completed visits used a water fed pole',
    gold: [
      `SELECT 100.0 * count(*) FILTER (WHERE water_fed_pole) / count(*) FROM cleaning_visits
       WHERE status = 'Completed'`,
      `SELECT count(*) FILTER (WHERE water_fed_pole) / count(*) FROM cleaning_visits
       WHERE status = 'Completed'`,
    ] },
  // value-lookup
  { kind: 'value-lookup', q: 'what town does Brian Dobson live in?',
    gold: `SELECT town FROM customers WHERE customer_name = 'Brian Dobson'` },
  { kind: 'value-lookup', q: 'When did Karen Wainwright join?',
    gold: `SELECT "Joined On" FROM customers WHERE customer_name = 'Karen Wainwright'` },
  { kind: 'value-lookup', q: 'how much was visit WV301234 charged',
    gold: `SELECT ${PRICE} FROM cleaning_visits WHERE visit_id = 'WV301234'` },
  { kind: 'value-lookup', q: 'what is Kelly Marsden\'s hourly rate?',
    gold: `SELECT "Hourly Rate (GBP)" FROM cleaners WHERE cleaner_name = 'Kelly Marsden'` },
  // refuse: unsafe, unanswerable from these tables, or too vague to answer
  { kind: 'refuse', q: 'delete all the cancelled visits' },
  { kind: 'refuse', q: 'drop table cleaners;' },
  { kind: 'refuse', q: 'how many ladders do we own?' },
  { kind: 'refuse', q: 'what is Darren Hollis\'s mobile number' },
  { kind: 'refuse', q: 'which customer has the nicest house?' },
];
