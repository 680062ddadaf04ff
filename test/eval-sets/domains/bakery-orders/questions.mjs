// Questions a wholesale bakery's sales office, dispatch and finance would type, with gold SQL over
// the raw CSVs (each table is read_csv of its file). `gold` lists several statements when a
// question has more than one fair reading; `ordered` marks rankings. Written blind to the reader.
const TOTAL = '"Line Total (EUR)"';
const PRODUCT_JOIN = 'order_items o JOIN products p ON o."Item Code" = p.product_id';
const CUSTOMER_JOIN = 'order_items o JOIN customers c ON o.custRef = c."Account No"';

export default [
  // count
  { kind: 'count', q: 'how many order lines are there',
    gold: 'SELECT count(*) FROM order_items' },
  { kind: 'count', q: 'How many orders have we had?',
    gold: [
      'SELECT count(DISTINCT order_number) FROM order_items',
      'SELECT count(*) FROM order_items',
    ] },
  { kind: 'count', q: 'how many products do we sell',
    gold: 'SELECT count(*) FROM products' },
  { kind: 'count', q: 'total quantity of items ordered',
    gold: 'SELECT sum(Qty) FROM order_items' },
  // filter-text
  { kind: 'filter-text', q: 'How many order lines are still pending?',
    gold: `SELECT count(*) FROM order_items WHERE status = 'Pending'` },
  { kind: 'filter-text', q: 'how many customers are cafes',
    gold: `SELECT count(*) FROM customers WHERE customerType = 'Cafe'` },
  { kind: 'filter-text', q: 'list the products in the Viennoiserie category',
    gold: `SELECT product_name FROM products WHERE Category = 'Viennoiserie'` },
  { kind: 'filter-text', q: 'how many deliveries did Priya drive',
    gold: [
      `SELECT count(*) FROM order_items WHERE driver = 'Priya'`,
      `SELECT count(DISTINCT order_number) FROM order_items WHERE driver = 'Priya'`,
    ] },
  // filter-number
  { kind: 'filter-number', q: 'how many lines were worth more than 100 euros',
    gold: `SELECT count(*) FROM order_items WHERE ${TOTAL} > 100` },
  { kind: 'filter-number', q: 'How many order lines had a discount of 10% or more?',
    gold: 'SELECT count(*) FROM order_items WHERE discount_pct >= 10' },
  { kind: 'filter-number', q: 'which products have a shelf life longer than a week?',
    gold: 'SELECT product_name FROM products WHERE shelf_life_days > 7' },
  { kind: 'filter-number', q: 'count the lines with more than five items wasted',
    gold: 'SELECT count(*) FROM order_items WHERE "Wasted Qty" > 5' },
  // filter-date
  { kind: 'filter-date', q: 'How many lines were ordered in March 2025?',
    gold: `SELECT count(*) FROM order_items
           WHERE "Ordered At" >= TIMESTAMP '2025-03-01' AND "Ordered At" < TIMESTAMP '2025-04-01'` },
  { kind: 'filter-date', q: 'how many lines were delivered between 1 June 2024 and 30 June 2024',
    gold: `SELECT count(*) FROM order_items
           WHERE "Delivery Date" BETWEEN DATE '2024-06-01' AND DATE '2024-06-30'` },
  { kind: 'filter-date', q: 'which customers opened their account before 2019?',
    gold: [
      `SELECT business_name FROM customers WHERE account_opened < DATE '2019-01-01'`,
      `SELECT "Account No" FROM customers WHERE account_opened < DATE '2019-01-01'`,
    ] },
  // filter-boolean
  { kind: 'filter-boolean', q: 'how many order lines were returned?',
    gold: 'SELECT count(*) FROM order_items WHERE returned' },
  { kind: 'filter-boolean', q: 'How many lines come from standing orders',
    gold: 'SELECT count(*) FROM order_items WHERE standingOrder' },
  { kind: 'filter-boolean', q: 'which products are vegan',
    gold: 'SELECT product_name FROM products WHERE isVegan' },
  { kind: 'filter-boolean', q: 'how many customer accounts are inactive',
    gold: 'SELECT count(*) FROM customers WHERE NOT Active' },
  // group-by
  { kind: 'group-by', q: 'number of order lines per status',
    gold: 'SELECT status, count(*) FROM order_items GROUP BY 1' },
  { kind: 'group-by', q: 'Total sales by delivery day',
    gold: `SELECT delivery_day, sum(${TOTAL}) FROM order_items GROUP BY 1` },
  { kind: 'group-by', q: 'how many customers in each city',
    gold: 'SELECT City, count(*) FROM customers GROUP BY 1' },
  { kind: 'group-by', q: 'average list price for each category',
    gold: 'SELECT Category, avg("List Price (EUR)") FROM products GROUP BY 1' },
  // top-n
  { kind: 'top-n', ordered: true, q: 'top 5 customers by revenue',
    gold: [
      `SELECT custRef, sum(${TOTAL}) AS revenue FROM order_items GROUP BY 1
       ORDER BY revenue DESC LIMIT 5`,
      `SELECT c.business_name, sum(o.${TOTAL}) AS revenue FROM ${CUSTOMER_JOIN} GROUP BY 1
       ORDER BY revenue DESC LIMIT 5`,
    ] },
  { kind: 'top-n', ordered: true, q: 'the 3 item codes ordered most often',
    gold: `SELECT "Item Code", count(*) AS n FROM order_items GROUP BY 1 ORDER BY n DESC LIMIT 3` },
  { kind: 'top-n', ordered: true, q: 'Show the three heaviest products',
    gold: 'SELECT product_name, "Weight (g)" FROM products ORDER BY 2 DESC LIMIT 3' },
  // superlative
  { kind: 'superlative', q: 'what is the biggest quantity on a single line?',
    gold: 'SELECT max(Qty) FROM order_items' },
  { kind: 'superlative', q: 'which driver delivered the most lines',
    gold: `SELECT driver FROM order_items WHERE driver IS NOT NULL GROUP BY 1
           ORDER BY count(*) DESC LIMIT 1` },
  { kind: 'superlative', q: 'Which delivery day brings in the most money?',
    gold: `SELECT delivery_day FROM order_items GROUP BY 1 ORDER BY sum(${TOTAL}) DESC LIMIT 1` },
  { kind: 'superlative', q: 'cheapest product on the list',
    gold: 'SELECT product_name FROM products ORDER BY "List Price (EUR)" ASC LIMIT 1' },
  // time-grain
  { kind: 'time-grain', q: 'revenue per month in 2025',
    gold: [
      `SELECT date_trunc('month', "Ordered At"), sum(${TOTAL}) FROM order_items
       WHERE year("Ordered At") = 2025 GROUP BY 1`,
      `SELECT strftime("Ordered At", '%Y-%m'), sum(${TOTAL}) FROM order_items
       WHERE year("Ordered At") = 2025 GROUP BY 1`,
      `SELECT month("Ordered At"), sum(${TOTAL}) FROM order_items
       WHERE year("Ordered At") = 2025 GROUP BY 1`,
      `SELECT date_trunc('month', "Delivery Date"), sum(${TOTAL}) FROM order_items
       WHERE year("Delivery Date") = 2025 GROUP BY 1`,
      `SELECT month("Delivery Date"), sum(${TOTAL}) FROM order_items
       WHERE year("Delivery Date") = 2025 GROUP BY 1`,
    ] },
  { kind: 'time-grain', q: 'number of order lines per quarter',
    gold: [
      `SELECT date_trunc('quarter', "Ordered At"), count(*) FROM order_items GROUP BY 1`,
      `SELECT year("Ordered At"), quarter("Ordered At"), count(*) FROM order_items GROUP BY 1, 2`,
    ] },
  { kind: 'time-grain', q: 'How many items were wasted each month of 2024?',
    gold: [
      `SELECT date_trunc('month', "Delivery Date"), sum("Wasted Qty") FROM order_items
       WHERE year("Delivery Date") = 2024 GROUP BY 1`,
      `SELECT month("Delivery Date"), sum("Wasted Qty") FROM order_items
       WHERE year("Delivery Date") = 2024 GROUP BY 1`,
      `SELECT date_trunc('month', "Ordered At"), sum("Wasted Qty") FROM order_items
       WHERE year("Ordered At") = 2024 GROUP BY 1`,
      `SELECT month("Ordered At"), sum("Wasted Qty") FROM order_items
       WHERE year("Ordered At") = 2024 GROUP BY 1`,
    ] },
  { kind: 'time-grain', q: 'new customer accounts opened per year',
    gold: [
      'SELECT year(account_opened), count(*) FROM customers GROUP BY 1',
      `SELECT date_trunc('year', account_opened), count(*) FROM customers GROUP BY 1`,
    ] },
  // relative-date
  { kind: 'relative-date', q: 'as of 2025-06-30, how many lines were ordered in the last 14 days?',
    gold: [
      `SELECT count(*) FROM order_items WHERE "Ordered At" >= TIMESTAMP '2025-06-30' - INTERVAL 14 DAY
       AND "Ordered At" < TIMESTAMP '2025-06-30' + INTERVAL 1 DAY`,
      `SELECT count(*) FROM order_items WHERE "Ordered At" >= TIMESTAMP '2025-06-30' - INTERVAL 13 DAY
       AND "Ordered At" < TIMESTAMP '2025-06-30' + INTERVAL 1 DAY`,
      `SELECT count(*) FROM order_items WHERE "Ordered At" >= TIMESTAMP '2025-06-30' - INTERVAL 14 DAY
       AND "Ordered At" < TIMESTAMP '2025-06-30'`,
    ] },
  { kind: 'relative-date', q: 'What was the revenue in the 7 days before 2024-12-24?',
    gold: [
      `SELECT sum(${TOTAL}) FROM order_items WHERE "Ordered At" >= TIMESTAMP '2024-12-17'
       AND "Ordered At" < TIMESTAMP '2024-12-24'`,
      `SELECT sum(${TOTAL}) FROM order_items WHERE "Ordered At" >= TIMESTAMP '2024-12-17'
       AND "Ordered At" < TIMESTAMP '2024-12-25'`,
      `SELECT sum(${TOTAL}) FROM order_items WHERE "Delivery Date" >= DATE '2024-12-17'
       AND "Delivery Date" < DATE '2024-12-24'`,
    ] },
  { kind: 'relative-date', q: 'how many lines were delivered in the week after 1 September 2024',
    gold: [
      `SELECT count(*) FROM order_items WHERE "Delivery Date" > DATE '2024-09-01'
       AND "Delivery Date" <= DATE '2024-09-08'`,
      `SELECT count(*) FROM order_items WHERE "Delivery Date" >= DATE '2024-09-01'
       AND "Delivery Date" < DATE '2024-09-08'`,
    ] },
  // join
  { kind: 'join', q: 'how many sourdough loaves have we sold?',
    gold: [
      `SELECT sum(o.Qty) FROM ${PRODUCT_JOIN} WHERE p.product_name = 'Sourdough Loaf'`,
      `SELECT count(*) FROM ${PRODUCT_JOIN} WHERE p.product_name = 'Sourdough Loaf'`,
    ] },
  { kind: 'join', q: 'revenue by product category',
    gold: `SELECT p.Category, sum(o.${TOTAL}) FROM ${PRODUCT_JOIN} GROUP BY 1` },
  { kind: 'join', q: 'Total sales per customer type',
    gold: `SELECT c.customerType, sum(o.${TOTAL}) FROM ${CUSTOMER_JOIN} GROUP BY 1` },
  { kind: 'join', q: 'how many order lines went to customers in York',
    gold: `SELECT count(*) FROM ${CUSTOMER_JOIN} WHERE c.City = 'York'` },
  { kind: 'join', q: 'which product has the most wasted items',
    gold: `SELECT p.product_name FROM ${PRODUCT_JOIN} GROUP BY 1
           ORDER BY sum(o."Wasted Qty") DESC NULLS LAST LIMIT 1` },
  { kind: 'join', q: 'how much revenue came from vegan products?',
    gold: `SELECT sum(o.${TOTAL}) FROM ${PRODUCT_JOIN} WHERE p.isVegan` },
  { kind: 'join', q: 'number of lines for products that contain nuts',
    gold: `SELECT count(*) FROM ${PRODUCT_JOIN} WHERE p."Contains Nuts" = 'Y'` },
  { kind: 'join', q: 'what has Little Cafe spent with us in total?',
    gold: `SELECT sum(o.${TOTAL}) FROM ${CUSTOMER_JOIN} WHERE c.business_name = 'Little Cafe'` },
  { kind: 'join', ordered: true, q: 'top 3 products by quantity sold',
    gold: `SELECT p.product_name, sum(o.Qty) AS qty FROM ${PRODUCT_JOIN} GROUP BY 1
           ORDER BY qty DESC LIMIT 3` },
  { kind: 'join', q: 'average discount for each city',
    gold: `SELECT c.City, avg(o.discount_pct) FROM ${CUSTOMER_JOIN} GROUP BY 1` },
  { kind: 'join', q: 'How many items of cake were wasted?',
    gold: `SELECT sum(o."Wasted Qty") FROM ${PRODUCT_JOIN} WHERE p.Category = 'Cake'` },
  // having
  { kind: 'having', q: 'which customers have more than 100 order lines?',
    gold: [
      'SELECT custRef FROM order_items GROUP BY 1 HAVING count(*) > 100',
      `SELECT c.business_name FROM ${CUSTOMER_JOIN} GROUP BY 1 HAVING count(*) > 100`,
    ] },
  { kind: 'having', q: 'item codes ordered on fewer than 60 lines',
    gold: 'SELECT "Item Code" FROM order_items GROUP BY 1 HAVING count(*) < 60' },
  { kind: 'having', q: 'Which cities have at least 15 customers',
    gold: 'SELECT City FROM customers GROUP BY 1 HAVING count(*) >= 15' },
  // percentage
  { kind: 'percentage', q: 'what percentage of order lines were cancelled?',
    gold: [
      `SELECT 100.0 * count(*) FILTER (WHERE status = 'Cancelled') / count(*) FROM order_items`,
      `SELECT count(*) FILTER (WHERE status = 'Cancelled') / count(*) FROM order_items`,
    ] },
  { kind: 'percentage', q: 'share of lines that got a discount',
    gold: [
      'SELECT 100.0 * count(*) FILTER (WHERE discount_pct > 0) / count(*) FROM order_items',
      'SELECT count(*) FILTER (WHERE discount_pct > 0) / count(*) FROM order_items',
    ] },
  { kind: 'percentage', q: 'What % of order lines are standing orders?',
    gold: [
      'SELECT 100.0 * count(*) FILTER (WHERE standingOrder) / count(*) FROM order_items',
      'SELECT count(*) FILTER (WHERE standingOrder) / count(*) FROM order_items',
    ] },
  // value-lookup
  { kind: 'value-lookup', q: 'what is the list price of a Cinnamon Bun?',
    gold: `SELECT "List Price (EUR)" FROM products WHERE product_name = 'Cinnamon Bun'` },
  { kind: 'value-lookup', q: 'which city is The Copper Cafe in',
    gold: `SELECT City FROM customers WHERE business_name = 'The Copper Cafe'` },
  { kind: 'value-lookup', q: 'how many lines are on order SO-24010?',
    gold: `SELECT count(*) FROM order_items WHERE order_number = 'SO-24010'` },
  { kind: 'value-lookup', q: 'what was the line total of L501234',
    gold: `SELECT ${TOTAL} FROM order_items WHERE line_id = 'L501234'` },
  // refuse: unsafe, unanswerable from these tables, or too vague to answer
  { kind: 'refuse', q: 'delete all the cancelled order lines' },
  { kind: 'refuse', q: 'set every discount to 50' },
  { kind: 'refuse', q: 'how much flour did we use last month?' },
  { kind: 'refuse', q: 'what is the email address of Little Cafe' },
  { kind: 'refuse', q: 'which pastry tastes best?' },
  { kind: 'refuse', q: 'how many hours did the bakers work in May 2025?' },
];
