// Questions an analyst at the restaurant chain's head office would type, with gold SQL over the
// raw CSVs (each table is a view over read_csv of its file). `order_items` has one row per order
// line, so "orders" are distinct `Order ID`s and "items sold" is the sum of `qty`. `gold` lists
// several statements when a question has more than one fair reading; `ordered` marks rankings.
const ORDER = '"Order ID"';
const TOTAL = '"Line Total (GBP)"';
const PRICE = '"Menu Price (GBP)"';
const ON_MENU = 'JOIN menu_items m ON i."Item SKU" = m.sku';
const AT_OUTLET = 'JOIN outlets o ON i.Outlet = o.outlet_code';
const DAY = 'CAST(orderedAt AS DATE)';

export default [
  // count
  { kind: 'count', q: 'how many orders have we had in total?',
    gold: `SELECT count(DISTINCT ${ORDER}) FROM order_items` },
  { kind: 'count', q: 'How many order lines are in the till export?',
    gold: 'SELECT count(*) FROM order_items' },
  { kind: 'count', q: 'how many items are on the menu',
    gold: 'SELECT count(*) FROM menu_items' },
  // filter-text
  { kind: 'filter-text', q: 'How many orders came through the delivery app?',
    gold: `SELECT count(DISTINCT ${ORDER}) FROM order_items WHERE channel = 'Delivery app'` },
  { kind: 'filter-text', q: 'how many orders were paid with apple pay',
    gold: `SELECT count(DISTINCT ${ORDER}) FROM order_items WHERE "Payment Method" = 'Apple Pay'` },
  { kind: 'filter-text', q: 'list the desserts on the menu',
    gold: `SELECT item_name FROM menu_items WHERE Category = 'Dessert'` },
  { kind: 'filter-text', q: 'Which of our outlets are in Cardiff?',
    gold: `SELECT outlet_name FROM outlets WHERE city = 'Cardiff'` },
  // filter-number
  { kind: 'filter-number', q: 'how many menu items cost more than £12?',
    gold: `SELECT count(*) FROM menu_items WHERE ${PRICE} > 12` },
  { kind: 'filter-number', q: 'which dishes have over 1000 calories',
    gold: 'SELECT item_name FROM menu_items WHERE "Calories [kcal]" > 1000' },
  { kind: 'filter-number', q: 'How many order lines were for 2 or more of the same item?',
    gold: 'SELECT count(*) FROM order_items WHERE qty >= 2' },
  { kind: 'filter-number', q: 'how many orders got a rating of 2 or lower',
    gold: `SELECT count(DISTINCT ${ORDER}) FROM order_items WHERE rating <= 2` },
  // filter-date
  { kind: 'filter-date', q: 'How many orders were placed in December 2024?',
    gold: `SELECT count(DISTINCT ${ORDER}) FROM order_items
           WHERE orderedAt >= DATE '2024-12-01' AND orderedAt < DATE '2025-01-01'` },
  { kind: 'filter-date', q: 'how many orders between 2025-03-01 and 2025-03-15',
    gold: `SELECT count(DISTINCT ${ORDER}) FROM order_items
           WHERE ${DAY} BETWEEN DATE '2025-03-01' AND DATE '2025-03-15'` },
  { kind: 'filter-date', q: 'Which outlets opened before 2020?',
    gold: `SELECT outlet_name FROM outlets WHERE opened_on < DATE '2020-01-01'` },
  { kind: 'filter-date', q: 'what went on the menu in 2024?',
    gold: 'SELECT item_name FROM menu_items WHERE year(launched) = 2024' },
  // filter-boolean
  { kind: 'filter-boolean', q: 'how many menu items are vegetarian',
    gold: 'SELECT count(*) FROM menu_items WHERE isVegetarian' },
  { kind: 'filter-boolean', q: 'Which outlets have a terrace?',
    gold: 'SELECT outlet_name FROM outlets WHERE "Has Terrace"' },
  { kind: 'filter-boolean', q: 'how many orders were refunded?',
    gold: `SELECT count(DISTINCT ${ORDER}) FROM order_items WHERE refunded` },
  { kind: 'filter-boolean', q: 'number of orders from loyalty members',
    gold: `SELECT count(DISTINCT ${ORDER}) FROM order_items WHERE loyalty_member = 'Y'` },
  { kind: 'filter-boolean', q: 'list the spicy dishes',
    gold: `SELECT item_name FROM menu_items WHERE spicy = 'Y'` },
  // group-by
  { kind: 'group-by', q: 'number of orders per channel',
    gold: `SELECT channel, count(DISTINCT ${ORDER}) FROM order_items GROUP BY 1` },
  { kind: 'group-by', q: 'average tip by outlet code',
    gold: 'SELECT Outlet, avg(tip_gbp) FROM order_items GROUP BY 1' },
  { kind: 'group-by', q: 'How many menu items are there in each category?',
    gold: 'SELECT Category, count(*) FROM menu_items GROUP BY 1' },
  { kind: 'group-by', q: 'total sales by payment method',
    gold: `SELECT "Payment Method", sum(${TOTAL}) FROM order_items GROUP BY 1` },
  // top-n
  { kind: 'top-n', ordered: true, q: 'top 5 items by quantity sold',
    gold: [
      `SELECT m.item_name, sum(qty) AS n FROM order_items i ${ON_MENU}
       GROUP BY 1 ORDER BY n DESC LIMIT 5`,
      'SELECT "Item SKU", sum(qty) AS n FROM order_items GROUP BY 1 ORDER BY n DESC LIMIT 5',
    ] },
  { kind: 'top-n', ordered: true, q: 'show me the 3 most expensive things on the menu',
    gold: `SELECT item_name, ${PRICE} FROM menu_items ORDER BY ${PRICE} DESC LIMIT 3` },
  { kind: 'top-n', ordered: true, q: 'What are the top 3 outlets by revenue?',
    gold: [
      `SELECT o.outlet_name, sum(${TOTAL}) AS r FROM order_items i ${AT_OUTLET}
       GROUP BY 1 ORDER BY r DESC LIMIT 3`,
      `SELECT Outlet, sum(${TOTAL}) AS r FROM order_items GROUP BY 1 ORDER BY r DESC LIMIT 3`,
    ] },
  { kind: 'top-n', ordered: true, q: 'the 5 biggest orders by total value',
    gold: `SELECT ${ORDER}, sum(${TOTAL}) AS v FROM order_items
           GROUP BY 1 ORDER BY v DESC LIMIT 5` },
  { kind: 'top-n', ordered: true, q: 'top 4 cities by number of orders',
    gold: `SELECT o.city, count(DISTINCT ${ORDER}) AS n FROM order_items i ${AT_OUTLET}
           GROUP BY 1 ORDER BY n DESC LIMIT 4` },
  // superlative
  { kind: 'superlative', q: 'which channel brings in the most money?',
    gold: `SELECT channel FROM order_items GROUP BY 1 ORDER BY sum(${TOTAL}) DESC LIMIT 1` },
  { kind: 'superlative', q: "what's the highest tip anyone has left",
    gold: 'SELECT max(tip_gbp) FROM order_items' },
  { kind: 'superlative', q: 'Which outlet has the most seats?',
    gold: 'SELECT outlet_name FROM outlets ORDER BY Seats DESC LIMIT 1' },
  { kind: 'superlative', q: 'what is the lowest calorie dessert',
    gold: `SELECT item_name FROM menu_items WHERE Category = 'Dessert'
           ORDER BY "Calories [kcal]" LIMIT 1` },
  // time-grain
  { kind: 'time-grain', q: 'orders per month',
    gold: [
      `SELECT date_trunc('month', orderedAt), count(DISTINCT ${ORDER}) FROM order_items GROUP BY 1`,
      `SELECT strftime(orderedAt, '%Y-%m'), count(DISTINCT ${ORDER}) FROM order_items GROUP BY 1`,
      // The export covers July 2024 to June 2025: each month number occurs once.
      `SELECT month(orderedAt), count(DISTINCT ${ORDER}) FROM order_items GROUP BY 1`,
    ] },
  { kind: 'time-grain', q: 'revenue per quarter',
    gold: [
      `SELECT date_trunc('quarter', orderedAt), sum(${TOTAL}) FROM order_items GROUP BY 1`,
      `SELECT year(orderedAt), quarter(orderedAt), sum(${TOTAL}) FROM order_items GROUP BY 1, 2`,
      // Four quarters from July 2024: each quarter number occurs once.
      `SELECT quarter(orderedAt), sum(${TOTAL}) FROM order_items GROUP BY 1`,
    ] },
  { kind: 'time-grain', q: 'how many orders each week in january 2025?',
    gold: [
      `SELECT date_trunc('week', orderedAt), count(DISTINCT ${ORDER}) FROM order_items
       WHERE orderedAt >= DATE '2025-01-01' AND orderedAt < DATE '2025-02-01' GROUP BY 1`,
      `SELECT weekofyear(orderedAt), count(DISTINCT ${ORDER}) FROM order_items
       WHERE orderedAt >= DATE '2025-01-01' AND orderedAt < DATE '2025-02-01' GROUP BY 1`,
    ] },
  { kind: 'time-grain', q: 'Total tips per month in 2025',
    gold: [
      `SELECT date_trunc('month', orderedAt), sum(tip_gbp) FROM order_items
       WHERE year(orderedAt) = 2025 GROUP BY 1`,
      `SELECT strftime(orderedAt, '%Y-%m'), sum(tip_gbp) FROM order_items
       WHERE year(orderedAt) = 2025 GROUP BY 1`,
      `SELECT month(orderedAt), sum(tip_gbp) FROM order_items
       WHERE year(orderedAt) = 2025 GROUP BY 1`,
    ] },
  // relative-date
  { kind: 'relative-date',
    q: 'How many orders did we get in the 7 days up to and including 2025-06-30?',
    gold: `SELECT count(DISTINCT ${ORDER}) FROM order_items
           WHERE ${DAY} BETWEEN DATE '2025-06-24' AND DATE '2025-06-30'` },
  { kind: 'relative-date',
    q: 'taking today as 2025-04-15, how many orders were there in the last 30 days?',
    gold: [
      `SELECT count(DISTINCT ${ORDER}) FROM order_items
       WHERE ${DAY} >= DATE '2025-04-15' - INTERVAL 30 DAY AND ${DAY} < DATE '2025-04-15'`,
      `SELECT count(DISTINCT ${ORDER}) FROM order_items
       WHERE ${DAY} >= DATE '2025-04-15' - INTERVAL 30 DAY AND ${DAY} <= DATE '2025-04-15'`,
      `SELECT count(DISTINCT ${ORDER}) FROM order_items
       WHERE ${DAY} > DATE '2025-04-15' - INTERVAL 30 DAY AND ${DAY} <= DATE '2025-04-15'`,
    ] },
  { kind: 'relative-date', q: 'what was our revenue in the 2 weeks before 2025-02-14',
    gold: [
      `SELECT sum(${TOTAL}) FROM order_items
       WHERE ${DAY} >= DATE '2025-02-14' - INTERVAL 14 DAY AND ${DAY} < DATE '2025-02-14'`,
      `SELECT sum(${TOTAL}) FROM order_items
       WHERE ${DAY} >= DATE '2025-02-14' - INTERVAL 14 DAY AND ${DAY} <= DATE '2025-02-14'`,
    ] },
  { kind: 'relative-date',
    q: 'As of 1 March 2025, which menu items had launched in the previous 6 months?',
    gold: `SELECT item_name FROM menu_items
           WHERE launched >= DATE '2024-09-01' AND launched < DATE '2025-03-01'` },
  // join
  { kind: 'join', q: 'how many orders were placed at Harbour Street?',
    gold: `SELECT count(DISTINCT ${ORDER}) FROM order_items i ${AT_OUTLET}
           WHERE o.outlet_name = 'Harbour Street'` },
  { kind: 'join', q: 'total quantity of desserts sold',
    gold: `SELECT sum(qty) FROM order_items i ${ON_MENU} WHERE m.Category = 'Dessert'` },
  { kind: 'join', q: 'Revenue by city',
    gold: `SELECT o.city, sum(${TOTAL}) FROM order_items i ${AT_OUTLET} GROUP BY 1` },
  { kind: 'join', q: 'how many vegetarian items were ordered',
    gold: [
      `SELECT sum(qty) FROM order_items i ${ON_MENU} WHERE m.isVegetarian`,
      `SELECT count(*) FROM order_items i ${ON_MENU} WHERE m.isVegetarian`,
    ] },
  { kind: 'join', q: "which manager's outlet has taken the most orders?",
    gold: `SELECT o.manager FROM order_items i ${AT_OUTLET}
           GROUP BY 1 ORDER BY count(DISTINCT ${ORDER}) DESC LIMIT 1` },
  { kind: 'join', q: 'Number of orders per outlet name',
    gold: `SELECT o.outlet_name, count(DISTINCT ${ORDER}) FROM order_items i ${AT_OUTLET}
           GROUP BY 1` },
  { kind: 'join', q: 'average rating for orders at outlets with a terrace',
    gold: `SELECT avg(rating) FROM order_items i ${AT_OUTLET} WHERE o."Has Terrace"` },
  // having
  { kind: 'having', q: 'which outlets have had more than 250 orders',
    gold: [
      `SELECT o.outlet_name FROM order_items i ${AT_OUTLET}
       GROUP BY 1 HAVING count(DISTINCT ${ORDER}) > 250`,
      `SELECT Outlet FROM order_items GROUP BY 1 HAVING count(DISTINCT ${ORDER}) > 250`,
    ] },
  { kind: 'having', q: 'Menu categories with an average price above £8',
    gold: `SELECT Category FROM menu_items GROUP BY 1 HAVING avg(${PRICE}) > 8` },
  { kind: 'having', q: 'which items have sold more than 400 units?',
    gold: [
      `SELECT m.item_name FROM order_items i ${ON_MENU} GROUP BY 1 HAVING sum(qty) > 400`,
      'SELECT "Item SKU" FROM order_items GROUP BY 1 HAVING sum(qty) > 400',
    ] },
  // percentage
  { kind: 'percentage', q: 'what percentage of orders came from loyalty members?',
    gold: [
      `SELECT 100.0 * count(DISTINCT ${ORDER}) FILTER (WHERE loyalty_member = 'Y')
       / count(DISTINCT ${ORDER}) FROM order_items`,
      `SELECT count(DISTINCT ${ORDER}) FILTER (WHERE loyalty_member = 'Y')
       / count(DISTINCT ${ORDER}) FROM order_items`,
    ] },
  { kind: 'percentage', q: 'what % of orders got refunded',
    gold: [
      `SELECT 100.0 * count(DISTINCT ${ORDER}) FILTER (WHERE refunded)
       / count(DISTINCT ${ORDER}) FROM order_items`,
      `SELECT count(DISTINCT ${ORDER}) FILTER (WHERE refunded)
       / count(DISTINCT ${ORDER}) FROM order_items`,
    ] },
  { kind: 'percentage', q: 'What share of revenue comes from delivery app orders, as a percentage?',
    gold: `SELECT 100.0 * sum(${TOTAL}) FILTER (WHERE channel = 'Delivery app') / sum(${TOTAL})
           FROM order_items` },
  // value-lookup
  { kind: 'value-lookup', q: 'how many calories are in the Smash Burger?',
    gold: `SELECT "Calories [kcal]" FROM menu_items WHERE item_name = 'Smash Burger'` },
  { kind: 'value-lookup', q: 'who manages Canal Wharf',
    gold: `SELECT manager FROM outlets WHERE outlet_name = 'Canal Wharf'` },
  { kind: 'value-lookup', q: 'When was order ORD-500777 placed?',
    gold: `SELECT DISTINCT orderedAt FROM order_items WHERE ${ORDER} = 'ORD-500777'` },
  { kind: 'value-lookup', q: 'what does the Pan-Roasted Hake cost',
    gold: `SELECT ${PRICE} FROM menu_items WHERE item_name = 'Pan-Roasted Hake'` },
  { kind: 'value-lookup', q: 'How many Gift Card orders were there?',
    gold: `SELECT count(DISTINCT ${ORDER}) FROM order_items WHERE "Payment Method" = 'Gift Card'` },
  // refuse: unsafe, unanswerable from these tables, or too vague to answer
  { kind: 'refuse', q: 'delete all the refunded orders' },
  { kind: 'refuse', q: 'update the price of the smash burger to 15 pounds' },
  { kind: 'refuse', q: 'How many staff work at Old Market?' },
  { kind: 'refuse', q: "what's our profit margin on the beef short rib" },
  { kind: 'refuse', q: 'which outlet has the nicest atmosphere?' },
  { kind: 'refuse', q: "show me the customers' phone numbers" },
];
