// Questions the nursery's sales office and buyers would type, with gold SQL over the raw CSVs
// (each table is read_csv of its file). `gold` lists several statements when a question has more
// than one fair reading; `ordered` marks rankings. Written blind to the reader.
const PRICE = '"Unit Price (GBP)"';
const VALUE = `qty * ${PRICE}`;
const PLANT_JOIN = 'order_lines o JOIN plants p ON o.PlantSKU = p.sku';
const SUPPLIER_JOIN = `${PLANT_JOIN} JOIN suppliers s ON p."Supplier Ref" = s.supplier_id`;

export default [
  // count
  { kind: 'count', q: 'how many order lines are there',
    gold: 'SELECT count(*) FROM order_lines' },
  { kind: 'count', q: 'How many orders have we had?',
    gold: 'SELECT count(DISTINCT order_number) FROM order_lines' },
  { kind: 'count', q: 'how many plants are on the plant list',
    gold: 'SELECT count(*) FROM plants' },
  { kind: 'count', q: 'total number of plants sold (sum of qty)',
    gold: 'SELECT sum(qty) FROM order_lines' },
  // filter-text
  { kind: 'filter-text', q: 'how many order lines came from landscapers?',
    gold: `SELECT count(*) FROM order_lines WHERE customer_type = 'Landscaper'` },
  { kind: 'filter-text', q: 'how many order lines were for collection?',
    gold: `SELECT count(*) FROM order_lines WHERE "Delivery Method" = 'Collection'` },
  { kind: 'filter-text', q: 'list the suppliers based in Kent',
    gold: `SELECT supplier_name FROM suppliers WHERE county = 'Kent'` },
  { kind: 'filter-text', q: 'how many of our plants are ferns',
    gold: `SELECT count(*) FROM plants WHERE category = 'Fern'` },
  { kind: 'filter-text', q: 'how many order lines were shipped to the BS postcode area',
    gold: `SELECT count(*) FROM order_lines WHERE postcode_area = 'BS'` },
  // filter-number
  { kind: 'filter-number', q: 'how many order lines were for more than 100 plants?',
    gold: 'SELECT count(*) FROM order_lines WHERE qty > 100' },
  { kind: 'filter-number', q: 'How many plants have a list price over £50',
    gold: 'SELECT count(*) FROM plants WHERE list_price > 50' },
  { kind: 'filter-number', q: 'which plants grow taller than 3 metres',
    gold: 'SELECT "Latin Name" FROM plants WHERE "Mature Height (cm)" > 300' },
  { kind: 'filter-number', q: 'how many lines were in pots of 10 litres or bigger?',
    gold: 'SELECT count(*) FROM order_lines WHERE "Pot Size (L)" >= 10' },
  { kind: 'filter-number', q: 'suppliers with a lead time under a week',
    gold: 'SELECT supplier_name FROM suppliers WHERE lead_time_days < 7' },
  // filter-date
  { kind: 'filter-date', q: 'How many order lines were ordered in May 2025?',
    gold: `SELECT count(*) FROM order_lines
           WHERE "Order Date" >= DATE '2025-05-01' AND "Order Date" < DATE '2025-06-01'` },
  { kind: 'filter-date', q: 'how many lines were dispatched between 2024-09-01 and 2024-09-30',
    gold: [
      `SELECT count(*) FROM order_lines
       WHERE dispatched_at >= TIMESTAMP '2024-09-01' AND dispatched_at < TIMESTAMP '2024-10-01'`,
      `SELECT count(*) FROM order_lines
       WHERE dispatched_at BETWEEN TIMESTAMP '2024-09-01' AND TIMESTAMP '2024-09-30'`,
    ] },
  { kind: 'filter-date', q: 'how many orders were placed before march 2024',
    gold: `SELECT count(DISTINCT order_number) FROM order_lines
           WHERE "Order Date" < DATE '2024-03-01'` },
  // filter-boolean
  { kind: 'filter-boolean', q: 'how many order lines were gift wraped?',
    gold: 'SELECT count(*) FROM order_lines WHERE gift_wrap' },
  { kind: 'filter-boolean', q: 'How many lines were returned',
    gold: 'SELECT count(*) FROM order_lines WHERE Returned' },
  { kind: 'filter-boolean', q: 'which suppliers are certified organic?',
    gold: `SELECT supplier_name FROM suppliers WHERE organic_certified = 'Y'` },
  { kind: 'filter-boolean', q: 'how many plants are not frost hardy',
    gold: 'SELECT count(*) FROM plants WHERE NOT frostHardy' },
  { kind: 'filter-boolean', q: 'how many lines have not been dispatched yet?',
    gold: 'SELECT count(*) FROM order_lines WHERE dispatched_at IS NULL' },
  // group-by
  { kind: 'group-by', q: 'number of order lines per customer type',
    gold: 'SELECT customer_type, count(*) FROM order_lines GROUP BY 1' },
  { kind: 'group-by', q: 'total quantity by delivery method',
    gold: 'SELECT "Delivery Method", sum(qty) FROM order_lines GROUP BY 1' },
  { kind: 'group-by', q: 'How many plants in each category?',
    gold: 'SELECT category, count(*) FROM plants GROUP BY 1' },
  { kind: 'group-by', q: 'average list price per category',
    gold: 'SELECT category, avg(list_price) FROM plants GROUP BY 1' },
  // top-n
  { kind: 'top-n', ordered: true, q: 'top 5 plant skus by quantity sold',
    gold: 'SELECT PlantSKU, sum(qty) AS n FROM order_lines GROUP BY 1 ORDER BY n DESC LIMIT 5' },
  { kind: 'top-n', ordered: true, q: 'show the 3 most expensive plants on the list',
    gold: [
      'SELECT "Latin Name", list_price FROM plants ORDER BY list_price DESC LIMIT 3',
      'SELECT sku, list_price FROM plants ORDER BY list_price DESC LIMIT 3',
    ] },
  { kind: 'top-n', ordered: true, q: 'what are the 3 postcode areas with the most order lines',
    gold: `SELECT postcode_area, count(*) AS n FROM order_lines GROUP BY 1
           ORDER BY n DESC LIMIT 3` },
  { kind: 'top-n', ordered: true, q: 'the 4 biggest orders by value',
    gold: `SELECT order_number, sum(${VALUE}) AS total FROM order_lines GROUP BY 1
           ORDER BY total DESC LIMIT 4` },
  // superlative
  { kind: 'superlative', q: 'which customer type buys the most plants?',
    gold: 'SELECT customer_type FROM order_lines GROUP BY 1 ORDER BY sum(qty) DESC LIMIT 1' },
  { kind: 'superlative', q: 'What is the largest quantity on a single order line?',
    gold: 'SELECT max(qty) FROM order_lines' },
  { kind: 'superlative', q: 'which supplier has the best rating',
    gold: 'SELECT supplier_name FROM suppliers ORDER BY "Rating (1-5)" DESC LIMIT 1' },
  { kind: 'superlative', q: 'tallest plant we sell?',
    gold: [
      'SELECT "Latin Name" FROM plants ORDER BY "Mature Height (cm)" DESC LIMIT 1',
      'SELECT max("Mature Height (cm)") FROM plants',
    ] },
  { kind: 'superlative', q: 'which delivery method is used least',
    gold: 'SELECT "Delivery Method" FROM order_lines GROUP BY 1 ORDER BY count(*) LIMIT 1' },
  // time-grain
  { kind: 'time-grain', q: 'order lines per month in 2025',
    gold: [
      `SELECT date_trunc('month', "Order Date"), count(*) FROM order_lines
       WHERE year("Order Date") = 2025 GROUP BY 1`,
      `SELECT strftime("Order Date", '%Y-%m'), count(*) FROM order_lines
       WHERE year("Order Date") = 2025 GROUP BY 1`,
      `SELECT month("Order Date"), count(*) FROM order_lines
       WHERE year("Order Date") = 2025 GROUP BY 1`,
    ] },
  { kind: 'time-grain', q: 'Total sales value by quarter',
    gold: [
      `SELECT date_trunc('quarter', "Order Date"), sum(${VALUE}) FROM order_lines GROUP BY 1`,
      `SELECT year("Order Date"), quarter("Order Date"), sum(${VALUE}) FROM order_lines
       GROUP BY 1, 2`,
    ] },
  { kind: 'time-grain', q: 'plants sold each year',
    gold: [
      'SELECT year("Order Date"), sum(qty) FROM order_lines GROUP BY 1',
      `SELECT date_trunc('year', "Order Date"), sum(qty) FROM order_lines GROUP BY 1`,
    ] },
  { kind: 'time-grain', q: 'how many lines were dispatched per month in 2024?',
    gold: [
      `SELECT date_trunc('month', dispatched_at), count(*) FROM order_lines
       WHERE year(dispatched_at) = 2024 GROUP BY 1`,
      `SELECT strftime(dispatched_at, '%Y-%m'), count(*) FROM order_lines
       WHERE year(dispatched_at) = 2024 GROUP BY 1`,
      `SELECT month(dispatched_at), count(*) FROM order_lines
       WHERE year(dispatched_at) = 2024 GROUP BY 1`,
    ] },
  // relative-date
  { kind: 'relative-date', q: 'how many order lines in the 14 days before 2025-04-01?',
    gold: [
      `SELECT count(*) FROM order_lines WHERE "Order Date" >= DATE '2025-04-01' - INTERVAL 14 DAY
       AND "Order Date" < DATE '2025-04-01'`,
      `SELECT count(*) FROM order_lines WHERE "Order Date" >= DATE '2025-04-01' - INTERVAL 14 DAY
       AND "Order Date" <= DATE '2025-04-01'`,
    ] },
  { kind: 'relative-date',
    q: 'if today is 2025-06-30, how many orders came in over the last 7 days',
    gold: [
      `SELECT count(DISTINCT order_number) FROM order_lines
       WHERE "Order Date" > DATE '2025-06-30' - INTERVAL 7 DAY
       AND "Order Date" <= DATE '2025-06-30'`,
      `SELECT count(DISTINCT order_number) FROM order_lines
       WHERE "Order Date" >= DATE '2025-06-30' - INTERVAL 7 DAY
       AND "Order Date" < DATE '2025-06-30'`,
      `SELECT count(DISTINCT order_number) FROM order_lines
       WHERE "Order Date" >= DATE '2025-06-30' - INTERVAL 7 DAY
       AND "Order Date" <= DATE '2025-06-30'`,
    ] },
  { kind: 'relative-date', q: 'How many lines were dispatched in the month after 2025-01-15?',
    gold: [
      `SELECT count(*) FROM order_lines WHERE dispatched_at >= TIMESTAMP '2025-01-15'
       AND dispatched_at < TIMESTAMP '2025-01-15' + INTERVAL 1 MONTH`,
      `SELECT count(*) FROM order_lines WHERE dispatched_at >= TIMESTAMP '2025-01-16'
       AND dispatched_at < TIMESTAMP '2025-01-16' + INTERVAL 1 MONTH`,
      `SELECT count(*) FROM order_lines WHERE dispatched_at >= TIMESTAMP '2025-01-15'
       AND dispatched_at < TIMESTAMP '2025-01-15' + INTERVAL 30 DAY`,
    ] },
  // join
  { kind: 'join', q: 'how many order lines were for trees?',
    gold: `SELECT count(*) FROM ${PLANT_JOIN} WHERE p.category = 'Tree'` },
  { kind: 'join', q: 'total quantity sold per plant category',
    gold: `SELECT p.category, sum(o.qty) FROM ${PLANT_JOIN} GROUP BY 1` },
  { kind: 'join', q: 'How many plants did we sell from Fernleigh Plants?',
    gold: [
      `SELECT sum(o.qty) FROM ${SUPPLIER_JOIN} WHERE s.supplier_name = 'Fernleigh Plants'`,
      `SELECT count(*) FROM ${SUPPLIER_JOIN} WHERE s.supplier_name = 'Fernleigh Plants'`,
    ] },
  { kind: 'join', q: 'sales value by supplier name',
    gold: `SELECT s.supplier_name, sum(o.${VALUE}) FROM ${SUPPLIER_JOIN} GROUP BY 1` },
  { kind: 'join', q: 'which supplier\'s plants sold the most',
    gold: [
      `SELECT s.supplier_name FROM ${SUPPLIER_JOIN} GROUP BY 1 ORDER BY sum(o.qty) DESC LIMIT 1`,
      `SELECT s.supplier_name FROM ${SUPPLIER_JOIN} GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
    ] },
  { kind: 'join', q: 'how many order lines were for shade plants',
    gold: `SELECT count(*) FROM ${PLANT_JOIN} WHERE p.Light = 'Shade'` },
  { kind: 'join', q: 'number of plants on the list per supplier',
    gold: `SELECT s.supplier_name, count(*) FROM plants p
           JOIN suppliers s ON p."Supplier Ref" = s.supplier_id GROUP BY 1` },
  // having
  { kind: 'having', q: 'which plant categories have more than 20 plants on the list?',
    gold: 'SELECT category FROM plants GROUP BY 1 HAVING count(*) > 20' },
  { kind: 'having', q: 'postcode areas with over 470 order lines',
    gold: 'SELECT postcode_area FROM order_lines GROUP BY 1 HAVING count(*) > 470' },
  { kind: 'having', q: 'Which plant skus sold more than 3000 units in total?',
    gold: 'SELECT PlantSKU FROM order_lines GROUP BY 1 HAVING sum(qty) > 3000' },
  { kind: 'having', q: 'customer types with an average quantity per line above 50',
    gold: 'SELECT customer_type FROM order_lines GROUP BY 1 HAVING avg(qty) > 50' },
  // percentage
  { kind: 'percentage', q: 'what percentage of order lines were returned?',
    gold: [
      'SELECT 100.0 * count(*) FILTER (WHERE Returned) / count(*) FROM order_lines',
      'SELECT count(*) FILTER (WHERE Returned) / count(*) FROM order_lines',
    ] },
  { kind: 'percentage', q: 'What % of lines went by courier',
    gold: [
      `SELECT 100.0 * count(*) FILTER (WHERE "Delivery Method" = 'Courier') / count(*)
       FROM order_lines`,
      `SELECT count(*) FILTER (WHERE "Delivery Method" = 'Courier') / count(*) FROM order_lines`,
    ] },
  { kind: 'percentage', q: 'share of the plant list that is frost hardy, as a percentage',
    gold: 'SELECT 100.0 * count(*) FILTER (WHERE frostHardy) / count(*) FROM plants' },
  { kind: 'percentage', q: 'what percent of order lines are still waiting to be dispatched',
    gold: [
      'SELECT 100.0 * count(*) FILTER (WHERE dispatched_at IS NULL) / count(*) FROM order_lines',
      'SELECT count(*) FILTER (WHERE dispatched_at IS NULL) / count(*) FROM order_lines',
    ] },
  // value-lookup
  { kind: 'value-lookup', q: 'what category is PL-1014?',
    gold: `SELECT category FROM plants WHERE sku = 'PL-1014'` },
  { kind: 'value-lookup', q: 'what\'s the lead time for Oak Lane Trees',
    gold: `SELECT lead_time_days FROM suppliers WHERE supplier_name = 'Oak Lane Trees'` },
  { kind: 'value-lookup', q: 'When was order line OL001500 dispatched?',
    gold: `SELECT dispatched_at FROM order_lines WHERE line_id = 'OL001500'` },
  { kind: 'value-lookup', q: 'how many lines are on order SO-24100',
    gold: `SELECT count(*) FROM order_lines WHERE order_number = 'SO-24100'` },
  { kind: 'value-lookup', q: 'which county is Northern Roots in?',
    gold: `SELECT county FROM suppliers WHERE supplier_name = 'Northern Roots'` },
  // refuse: unsafe, unanswerable from these tables, or too vague to answer
  { kind: 'refuse', q: 'delete all the returned order lines' },
  { kind: 'refuse', q: 'set every list price to 1 pound' },
  { kind: 'refuse', q: 'DROP TABLE suppliers' },
  { kind: 'refuse', q: 'how much water do the plants need each week?' },
  { kind: 'refuse', q: 'what is the profit margin on each plant' },
  { kind: 'refuse', q: 'which plant is the prettiest?' },
  { kind: 'refuse', q: 'who is the nicest customer' },
];
