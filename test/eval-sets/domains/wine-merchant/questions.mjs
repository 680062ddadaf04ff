// Questions the wine merchant's buyers, shop managers and owner would type, with gold SQL over
// the raw CSVs (each table is read_csv of its file). `gold` lists several statements when a
// question has more than one fair reading; `ordered` marks rankings. Written blind to the reader.
const TOTAL = '"Line Total (GBP)"';
const WINE_JOIN = 'wine_sales s JOIN wines w ON s.wineRef = w."Wine Code"';
const SHOP_JOIN = 'wine_sales s JOIN shops h ON s."Shop Ref" = h.shop_code';

export default [
  // count
  { kind: 'count', q: 'How many wine sales are recorded?',
    gold: 'SELECT count(*) FROM wine_sales' },
  { kind: 'count', q: 'how many orders have we taken',
    gold: 'SELECT count(DISTINCT "Order No") FROM wine_sales' },
  { kind: 'count', q: 'How many wines are on our list?',
    gold: 'SELECT count(*) FROM wines' },
  { kind: 'count', q: 'total bottles sold',
    gold: 'SELECT sum(bottles) FROM wine_sales' },
  // filter-text
  { kind: 'filter-text', q: 'how many sales were made at tasting events?',
    gold: `SELECT count(*) FROM wine_sales WHERE channel = 'Tasting Event'` },
  { kind: 'filter-text', q: 'How many of our wines are from Italy?',
    gold: `SELECT count(*) FROM wines WHERE country = 'Italy'` },
  { kind: 'filter-text', q: 'list the white wines from New Zealand',
    gold: `SELECT wine_name FROM wines WHERE colour = 'White' AND country = 'New Zealand'` },
  { kind: 'filter-text', q: 'how many sales were served by Freya',
    gold: `SELECT count(*) FROM wine_sales WHERE Staff = 'Freya'` },
  // filter-number
  { kind: 'filter-number', q: 'how many sale lines came to more than £200?',
    gold: `SELECT count(*) FROM wine_sales WHERE ${TOTAL} > 200` },
  { kind: 'filter-number', q: 'How many wines have an ABV above 14%?',
    gold: 'SELECT count(*) FROM wines WHERE "ABV (%)" > 14' },
  { kind: 'filter-number', q: 'how many sales were for 6 or more bottles',
    gold: 'SELECT count(*) FROM wine_sales WHERE bottles >= 6' },
  { kind: 'filter-number', q: 'which wines have a list price under £10?',
    gold: 'SELECT wine_name FROM wines WHERE "List Price (GBP)" < 10' },
  // filter-date
  { kind: 'filter-date', q: 'How many sales were made in December 2024?',
    gold: `SELECT count(*) FROM wine_sales
           WHERE "Sold At" >= TIMESTAMP '2024-12-01' AND "Sold At" < TIMESTAMP '2025-01-01'` },
  { kind: 'filter-date', q: 'how many wines were added to the list in 2023',
    gold: 'SELECT count(*) FROM wines WHERE year("Added On") = 2023' },
  { kind: 'filter-date', q: 'How many online orders were delivered in January 2025?',
    gold: `SELECT count(DISTINCT "Order No") FROM wine_sales WHERE channel = 'Online'
           AND "Delivery Date" >= DATE '2025-01-01' AND "Delivery Date" < DATE '2025-02-01'` },
  { kind: 'filter-date', q: 'number of sales between 2025-04-01 and 2025-04-30',
    gold: `SELECT count(*) FROM wine_sales
           WHERE "Sold At" >= TIMESTAMP '2025-04-01' AND "Sold At" < TIMESTAMP '2025-05-01'` },
  // filter-boolean
  { kind: 'filter-boolean', q: 'How many sales were gift wrapped?',
    gold: 'SELECT count(*) FROM wine_sales WHERE "Gift Wrap"' },
  { kind: 'filter-boolean', q: 'how many sale lines were returned',
    gold: 'SELECT count(*) FROM wine_sales WHERE Returned' },
  { kind: 'filter-boolean', q: 'How many organic wines do we stock?',
    gold: 'SELECT count(*) FROM wines WHERE isOrganic' },
  { kind: 'filter-boolean', q: 'which shops have a tasting bar?',
    gold: 'SELECT shop_name FROM shops WHERE "Tasting Bar"' },
  // group-by
  { kind: 'group-by', q: 'number of sales per channel',
    gold: 'SELECT channel, count(*) FROM wine_sales GROUP BY 1' },
  { kind: 'group-by', q: 'Total revenue by shop',
    gold: [
      `SELECT "Shop Ref", sum(${TOTAL}) FROM wine_sales GROUP BY 1`,
      `SELECT h.shop_name, sum(s.${TOTAL}) FROM ${SHOP_JOIN} GROUP BY 1`,
    ] },
  { kind: 'group-by', q: 'how many wines do we list from each country',
    gold: 'SELECT country, count(*) FROM wines GROUP BY 1' },
  { kind: 'group-by', q: 'average list price by colour',
    gold: 'SELECT colour, avg("List Price (GBP)") FROM wines GROUP BY 1' },
  // top-n
  { kind: 'top-n', ordered: true, q: 'top 5 wines by bottles sold',
    gold: [
      `SELECT w.wine_name, sum(s.bottles) AS n FROM ${WINE_JOIN} GROUP BY 1
       ORDER BY n DESC LIMIT 5`,
      'SELECT wineRef, sum(bottles) AS n FROM wine_sales GROUP BY 1 ORDER BY n DESC LIMIT 5',
    ] },
  { kind: 'top-n', ordered: true, q: 'Top 3 customers by spend',
    gold: `SELECT customer_no, sum(${TOTAL}) AS spend FROM wine_sales
           WHERE customer_no IS NOT NULL GROUP BY 1 ORDER BY spend DESC LIMIT 3` },
  { kind: 'top-n', ordered: true, q: 'the 3 most expensive wines on the list',
    gold: 'SELECT wine_name, "List Price (GBP)" FROM wines ORDER BY 2 DESC LIMIT 3' },
  { kind: 'top-n', ordered: true, q: 'which 4 countries do we stock the most wines from?',
    gold: 'SELECT country, count(*) AS n FROM wines GROUP BY 1 ORDER BY n DESC LIMIT 4' },
  { kind: 'top-n', ordered: true, q: 'top 3 shops by number of sales',
    gold: [
      'SELECT "Shop Ref", count(*) AS n FROM wine_sales GROUP BY 1 ORDER BY n DESC LIMIT 3',
      `SELECT h.shop_name, count(*) AS n FROM ${SHOP_JOIN} GROUP BY 1 ORDER BY n DESC LIMIT 3`,
    ] },
  // superlative
  { kind: 'superlative', q: 'what is the largest single line total?',
    gold: `SELECT max(${TOTAL}) FROM wine_sales` },
  { kind: 'superlative', q: 'Which wine has made us the most money?',
    gold: [
      `SELECT w.wine_name FROM ${WINE_JOIN} GROUP BY 1 ORDER BY sum(s.${TOTAL}) DESC LIMIT 1`,
      `SELECT wineRef FROM wine_sales GROUP BY 1 ORDER BY sum(${TOTAL}) DESC LIMIT 1`,
    ] },
  { kind: 'superlative', q: 'which member of staff made the most sales?',
    gold: `SELECT Staff FROM wine_sales WHERE Staff IS NOT NULL GROUP BY 1
           ORDER BY count(*) DESC LIMIT 1` },
  { kind: 'superlative', q: 'what is the oldest vintage we sell',
    gold: 'SELECT min(vintage) FROM wines' },
  // time-grain
  { kind: 'time-grain', q: 'revenue per month in 2024',
    gold: [
      `SELECT date_trunc('month', "Sold At"), sum(${TOTAL}) FROM wine_sales
       WHERE year("Sold At") = 2024 GROUP BY 1`,
      `SELECT strftime("Sold At", '%Y-%m'), sum(${TOTAL}) FROM wine_sales
       WHERE year("Sold At") = 2024 GROUP BY 1`,
      `SELECT month("Sold At"), sum(${TOTAL}) FROM wine_sales
       WHERE year("Sold At") = 2024 GROUP BY 1`,
    ] },
  { kind: 'time-grain', q: 'number of orders per quarter',
    gold: [
      `SELECT date_trunc('quarter', "Sold At"), count(DISTINCT "Order No") FROM wine_sales
       GROUP BY 1`,
      `SELECT year("Sold At"), quarter("Sold At"), count(DISTINCT "Order No") FROM wine_sales
       GROUP BY 1, 2`,
    ] },
  { kind: 'time-grain', q: 'How many bottles did we sell each year?',
    gold: [
      'SELECT year("Sold At"), sum(bottles) FROM wine_sales GROUP BY 1',
      `SELECT date_trunc('year', "Sold At"), sum(bottles) FROM wine_sales GROUP BY 1`,
    ] },
  { kind: 'time-grain', q: 'sales per week in December 2024',
    gold: [
      `SELECT date_trunc('week', "Sold At"), count(*) FROM wine_sales
       WHERE "Sold At" >= TIMESTAMP '2024-12-01' AND "Sold At" < TIMESTAMP '2025-01-01'
       GROUP BY 1`,
      `SELECT week("Sold At"), count(*) FROM wine_sales
       WHERE "Sold At" >= TIMESTAMP '2024-12-01' AND "Sold At" < TIMESTAMP '2025-01-01'
       GROUP BY 1`,
      `SELECT date_trunc('week', "Sold At"), sum(${TOTAL}) FROM wine_sales
       WHERE "Sold At" >= TIMESTAMP '2024-12-01' AND "Sold At" < TIMESTAMP '2025-01-01'
       GROUP BY 1`,
      `SELECT week("Sold At"), sum(${TOTAL}) FROM wine_sales
       WHERE "Sold At" >= TIMESTAMP '2024-12-01' AND "Sold At" < TIMESTAMP '2025-01-01'
       GROUP BY 1`,
    ] },
  // relative-date
  { kind: 'relative-date', q: 'how many sales were made in the 7 days before 2024-12-25?',
    gold: [
      `SELECT count(*) FROM wine_sales WHERE "Sold At" >= TIMESTAMP '2024-12-18'
       AND "Sold At" < TIMESTAMP '2024-12-25'`,
      `SELECT count(*) FROM wine_sales WHERE "Sold At" >= TIMESTAMP '2024-12-18'
       AND "Sold At" < TIMESTAMP '2024-12-26'`,
    ] },
  { kind: 'relative-date', q: 'As of 2025-06-30, what was our revenue over the last 90 days?',
    gold: [
      `SELECT sum(${TOTAL}) FROM wine_sales
       WHERE "Sold At" >= TIMESTAMP '2025-06-30' - INTERVAL 90 DAY
       AND "Sold At" < TIMESTAMP '2025-06-30' + INTERVAL 1 DAY`,
      `SELECT sum(${TOTAL}) FROM wine_sales
       WHERE "Sold At" >= TIMESTAMP '2025-06-30' - INTERVAL 89 DAY
       AND "Sold At" < TIMESTAMP '2025-06-30' + INTERVAL 1 DAY`,
      `SELECT sum(${TOTAL}) FROM wine_sales
       WHERE "Sold At" >= TIMESTAMP '2025-06-30' - INTERVAL 90 DAY
       AND "Sold At" < TIMESTAMP '2025-06-30'`,
    ] },
  { kind: 'relative-date', q: 'how many bottles did we sell in the 2 weeks after 2025-02-01',
    gold: [
      `SELECT sum(bottles) FROM wine_sales WHERE "Sold At" >= TIMESTAMP '2025-02-01'
       AND "Sold At" < TIMESTAMP '2025-02-01' + INTERVAL 14 DAY`,
      `SELECT sum(bottles) FROM wine_sales WHERE "Sold At" >= TIMESTAMP '2025-02-02'
       AND "Sold At" < TIMESTAMP '2025-02-02' + INTERVAL 14 DAY`,
    ] },
  // join
  { kind: 'join', q: 'how many bottles of red did we sell?',
    gold: `SELECT sum(s.bottles) FROM ${WINE_JOIN} WHERE w.colour = 'Red'` },
  { kind: 'join', q: 'revenue by country of origin',
    gold: `SELECT w.country, sum(s.${TOTAL}) FROM ${WINE_JOIN} GROUP BY 1` },
  { kind: 'join', q: 'How many sales were made at Montpellier Wines?',
    gold: `SELECT count(*) FROM ${SHOP_JOIN} WHERE h.shop_name = 'Montpellier Wines'` },
  { kind: 'join', q: 'total revenue from organic wines',
    gold: `SELECT sum(s.${TOTAL}) FROM ${WINE_JOIN} WHERE w.isOrganic` },
  { kind: 'join', q: 'which region\'s wines sold the most bottles?',
    gold: `SELECT w.region FROM ${WINE_JOIN} GROUP BY 1 ORDER BY sum(s.bottles) DESC LIMIT 1` },
  { kind: 'join', q: 'number of sales per town',
    gold: `SELECT h.town, count(*) FROM ${SHOP_JOIN} GROUP BY 1` },
  { kind: 'join', q: 'average line total for sparkling wines',
    gold: `SELECT avg(s.${TOTAL}) FROM ${WINE_JOIN} WHERE w.colour = 'Sparkling'` },
  { kind: 'join', q: 'How much revenue did shops with a tasting bar bring in?',
    gold: `SELECT sum(s.${TOTAL}) FROM ${SHOP_JOIN} WHERE h."Tasting Bar"` },
  { kind: 'join', q: 'how many bottles of Malbec have we sold',
    gold: `SELECT sum(s.bottles) FROM ${WINE_JOIN} WHERE w.grape = 'Malbec'` },
  // having
  { kind: 'having', q: 'which customers have placed more than 8 orders?',
    gold: `SELECT customer_no FROM wine_sales WHERE customer_no IS NOT NULL GROUP BY 1
           HAVING count(DISTINCT "Order No") > 8` },
  { kind: 'having', q: 'countries with more than 10 wines on the list',
    gold: 'SELECT country FROM wines GROUP BY 1 HAVING count(*) > 10' },
  { kind: 'having', q: 'Which wines have sold more than 250 bottles?',
    gold: [
      `SELECT w.wine_name FROM ${WINE_JOIN} GROUP BY 1 HAVING sum(s.bottles) > 250`,
      'SELECT wineRef FROM wine_sales GROUP BY 1 HAVING sum(bottles) > 250',
    ] },
  // percentage
  { kind: 'percentage', q: 'what percentage of sales were made online?',
    gold: [
      `SELECT 100.0 * count(*) FILTER (WHERE channel = 'Online') / count(*) FROM wine_sales`,
      `SELECT count(*) FILTER (WHERE channel = 'Online') / count(*) FROM wine_sales`,
    ] },
  { kind: 'percentage', q: 'What % of sale lines had a discount?',
    gold: [
      `SELECT 100.0 * count(*) FILTER (WHERE "Discount (%)" > 0) / count(*) FROM wine_sales`,
      `SELECT count(*) FILTER (WHERE "Discount (%)" > 0) / count(*) FROM wine_sales`,
    ] },
  { kind: 'percentage', q: 'share of our wines that are organic, as a percentage',
    gold: 'SELECT 100.0 * count(*) FILTER (WHERE isOrganic) / count(*) FROM wines' },
  { kind: 'percentage', q: 'what percentage of revenue came from online sales',
    gold: [
      `SELECT 100.0 * sum(${TOTAL}) FILTER (WHERE channel = 'Online') / sum(${TOTAL})
       FROM wine_sales`,
      `SELECT sum(${TOTAL}) FILTER (WHERE channel = 'Online') / sum(${TOTAL}) FROM wine_sales`,
    ] },
  // value-lookup
  { kind: 'value-lookup', q: 'what is the list price of Casa Alta Albarino?',
    gold: `SELECT "List Price (GBP)" FROM wines WHERE wine_name = 'Casa Alta Albarino'` },
  { kind: 'value-lookup', q: 'who manages Beverley Vintners',
    gold: `SELECT manager FROM shops WHERE shop_name = 'Beverley Vintners'` },
  { kind: 'value-lookup', q: 'what\'s the ABV of Weingut Becker Riesling Kabinett?',
    gold: `SELECT "ABV (%)" FROM wines WHERE wine_name = 'Weingut Becker Riesling Kabinett'` },
  { kind: 'value-lookup', q: 'When did the Malton shop open?',
    gold: `SELECT opened FROM shops WHERE town = 'Malton'` },
  // refuse: unsafe, unanswerable from these tables, or too vague to answer
  { kind: 'refuse', q: 'delete all the returned sales' },
  { kind: 'refuse', q: 'drop table wines' },
  { kind: 'refuse', q: 'what did we pay our supplier for Casa Alta Albarino?' },
  { kind: 'refuse', q: 'how many bottles are in stock at Malton?' },
  { kind: 'refuse', q: 'which wine tastes best?' },
];
