// Questions a brewery's trade sales, dispatch and finance staff would type, with gold SQL over the
// raw CSVs (each table is read_csv of its file). `gold` lists several statements when a question
// has more than one fair reading; `ordered` marks rankings. Written blind to the reader.
const VOLUME = '"Volume (L)"';
const INVOICE = '"Invoice Total (GBP)"';
const LATE = '"Late?"';
const BEER_JOIN = 'keg_deliveries k JOIN beers b ON k.beerSku = b."Product Code"';
const VENUE_JOIN = 'keg_deliveries k JOIN venues v ON k."Venue Ref" = v.venue_code';

export default [
  // count
  { kind: 'count', q: 'how many deliveries are in the log',
    gold: 'SELECT count(*) FROM keg_deliveries' },
  { kind: 'count', q: 'How many venues do we supply?',
    gold: [
      'SELECT count(*) FROM venues',
      'SELECT count(DISTINCT "Venue Ref") FROM keg_deliveries',
    ] },
  { kind: 'count', q: 'how many beers are in our range',
    gold: 'SELECT count(*) FROM beers' },
  { kind: 'count', q: 'total number of kegs and casks delivered',
    gold: [
      'SELECT sum(Qty) FROM keg_deliveries',
      `SELECT sum(Qty) FROM keg_deliveries WHERE status = 'Delivered'`,
    ] },
  // filter-text
  { kind: 'filter-text', q: 'how many deliveries were casks?',
    gold: `SELECT count(*) FROM keg_deliveries WHERE container = 'Cask'` },
  { kind: 'filter-text', q: 'How many drops did Tasha Bray do',
    gold: `SELECT count(*) FROM keg_deliveries WHERE driver = 'Tasha Bray'` },
  { kind: 'filter-text', q: 'how many of our venues are in Exeter',
    gold: `SELECT count(*) FROM venues WHERE town = 'Exeter'` },
  { kind: 'filter-text', q: 'list the IPAs we brew',
    gold: [
      `SELECT beer_name FROM beers WHERE style = 'IPA'`,
      `SELECT "Product Code" FROM beers WHERE style = 'IPA'`,
    ] },
  // filter-number
  { kind: 'filter-number', q: 'how many deliveries were over 200 litres?',
    gold: `SELECT count(*) FROM keg_deliveries WHERE ${VOLUME} > 200` },
  { kind: 'filter-number', q: 'How many invoices came to more than £1,000',
    gold: `SELECT count(*) FROM keg_deliveries WHERE ${INVOICE} > 1000` },
  { kind: 'filter-number', q: 'which beers are stronger than 5% ABV?',
    gold: [
      'SELECT beer_name FROM beers WHERE "ABV (%)" > 5',
      'SELECT "Product Code" FROM beers WHERE "ABV (%)" > 5',
    ] },
  // filter-date
  { kind: 'filter-date', q: 'How many deliveries were due in December 2024?',
    gold: `SELECT count(*) FROM keg_deliveries
           WHERE "Due Date" >= DATE '2024-12-01' AND "Due Date" < DATE '2025-01-01'` },
  { kind: 'filter-date', q: 'how many orders were placed between 2025-03-01 and 2025-03-31',
    gold: `SELECT count(*) FROM keg_deliveries
           WHERE order_date BETWEEN DATE '2025-03-01' AND DATE '2025-03-31'` },
  { kind: 'filter-date', q: 'which venues opened their account before 2012?',
    gold: [
      `SELECT "Venue Name" FROM venues WHERE "Account Opened" < DATE '2012-01-01'`,
      `SELECT venue_code FROM venues WHERE "Account Opened" < DATE '2012-01-01'`,
    ] },
  { kind: 'filter-date', q: 'how many deliveries were dropped off between 1 and 7 May 2025',
    gold: `SELECT count(*) FROM keg_deliveries WHERE "Delivered At" >= TIMESTAMP '2025-05-01'
           AND "Delivered At" < TIMESTAMP '2025-05-08'` },
  // filter-boolean
  { kind: 'filter-boolean', q: 'how many deliveries arrived late?',
    gold: `SELECT count(*) FROM keg_deliveries WHERE ${LATE}` },
  { kind: 'filter-boolean', q: 'How many venues are on credit hold',
    gold: 'SELECT count(*) FROM venues WHERE creditHold' },
  { kind: 'filter-boolean', q: 'which beers are seasonal',
    gold: [
      'SELECT beer_name FROM beers WHERE Seasonal',
      'SELECT "Product Code" FROM beers WHERE Seasonal',
    ] },
  // group-by
  { kind: 'group-by', q: 'total volume by container type',
    gold: `SELECT container, sum(${VOLUME}) FROM keg_deliveries GROUP BY 1` },
  { kind: 'group-by', q: 'How many deliveries per driver?',
    gold: [
      'SELECT driver, count(*) FROM keg_deliveries GROUP BY 1',
      'SELECT driver, count(*) FROM keg_deliveries WHERE driver IS NOT NULL GROUP BY 1',
    ] },
  { kind: 'group-by', q: 'break down our venues by type',
    gold: 'SELECT venue_type, count(*) FROM venues GROUP BY 1' },
  { kind: 'group-by', q: 'average litres per delivery for each container size',
    gold: `SELECT "Container Size (L)", avg(${VOLUME}) FROM keg_deliveries GROUP BY 1` },
  // top-n
  { kind: 'top-n', ordered: true, q: 'top 5 venues by litres delivered',
    gold: [
      `SELECT "Venue Ref", sum(${VOLUME}) AS litres FROM keg_deliveries GROUP BY 1
       ORDER BY litres DESC LIMIT 5`,
      `SELECT v."Venue Name", sum(k.${VOLUME}) AS litres FROM ${VENUE_JOIN} GROUP BY 1
       ORDER BY litres DESC LIMIT 5`,
      `SELECT "Venue Ref", sum(${VOLUME}) AS litres FROM keg_deliveries
       WHERE status = 'Delivered' GROUP BY 1 ORDER BY litres DESC LIMIT 5`,
    ] },
  { kind: 'top-n', ordered: true, q: 'Top 3 beers by number of deliveries',
    gold: [
      'SELECT beerSku, count(*) AS n FROM keg_deliveries GROUP BY 1 ORDER BY n DESC LIMIT 3',
      `SELECT b.beer_name, count(*) AS n FROM ${BEER_JOIN} GROUP BY 1 ORDER BY n DESC LIMIT 3`,
    ] },
  { kind: 'top-n', ordered: true, q: 'which 3 towns have the most venues',
    gold: 'SELECT town, count(*) AS n FROM venues GROUP BY 1 ORDER BY n DESC LIMIT 3' },
  { kind: 'top-n', ordered: true, q: 'our three strongest beers',
    gold: [
      'SELECT beer_name, "ABV (%)" FROM beers ORDER BY 2 DESC LIMIT 3',
      'SELECT "Product Code", "ABV (%)" FROM beers ORDER BY 2 DESC LIMIT 3',
    ] },
  // superlative
  { kind: 'superlative', q: 'which beer brings in the most revenue?',
    gold: [
      `SELECT beerSku FROM keg_deliveries GROUP BY 1 ORDER BY sum(${INVOICE}) DESC LIMIT 1`,
      `SELECT b.beer_name FROM ${BEER_JOIN} GROUP BY 1 ORDER BY sum(k.${INVOICE}) DESC LIMIT 1`,
    ] },
  { kind: 'superlative', q: 'what is the largest single delivery by volume',
    gold: `SELECT max(${VOLUME}) FROM keg_deliveries` },
  { kind: 'superlative', q: 'which driver has the most late deliveries?',
    gold: `SELECT driver FROM keg_deliveries WHERE ${LATE} GROUP BY 1
           ORDER BY count(*) DESC LIMIT 1` },
  { kind: 'superlative', q: 'when was our most recent delivery',
    gold: [
      'SELECT max("Delivered At") FROM keg_deliveries',
      'SELECT CAST(max("Delivered At") AS DATE) FROM keg_deliveries',
    ] },
  // time-grain
  { kind: 'time-grain', q: 'litres delivered per month in 2024',
    gold: [
      `SELECT date_trunc('month', "Delivered At"), sum(${VOLUME}) FROM keg_deliveries
       WHERE year("Delivered At") = 2024 GROUP BY 1`,
      `SELECT strftime("Delivered At", '%Y-%m'), sum(${VOLUME}) FROM keg_deliveries
       WHERE year("Delivered At") = 2024 GROUP BY 1`,
      `SELECT month("Delivered At"), sum(${VOLUME}) FROM keg_deliveries
       WHERE year("Delivered At") = 2024 GROUP BY 1`,
    ] },
  { kind: 'time-grain', q: 'revenue by quarter',
    gold: [
      `SELECT date_trunc('quarter', order_date), sum(${INVOICE}) FROM keg_deliveries GROUP BY 1`,
      `SELECT year(order_date), quarter(order_date), sum(${INVOICE}) FROM keg_deliveries
       GROUP BY 1, 2`,
      `SELECT date_trunc('quarter', "Due Date"), sum(${INVOICE}) FROM keg_deliveries GROUP BY 1`,
      `SELECT year("Due Date"), quarter("Due Date"), sum(${INVOICE}) FROM keg_deliveries
       GROUP BY 1, 2`,
      `SELECT date_trunc('quarter', "Delivered At"), sum(${INVOICE}) FROM keg_deliveries
       GROUP BY 1`,
      `SELECT year("Delivered At"), quarter("Delivered At"), sum(${INVOICE}) FROM keg_deliveries
       GROUP BY 1, 2`,
    ] },
  { kind: 'time-grain', q: 'How many deliveries per week in February 2025?',
    gold: [
      `SELECT date_trunc('week', "Due Date"), count(*) FROM keg_deliveries
       WHERE "Due Date" >= DATE '2025-02-01' AND "Due Date" < DATE '2025-03-01' GROUP BY 1`,
      `SELECT date_trunc('week', "Delivered At"), count(*) FROM keg_deliveries
       WHERE "Delivered At" >= TIMESTAMP '2025-02-01' AND "Delivered At" < TIMESTAMP '2025-03-01'
       GROUP BY 1`,
    ] },
  { kind: 'time-grain', q: 'new venue accounts opened each year',
    gold: [
      'SELECT year("Account Opened"), count(*) FROM venues GROUP BY 1',
      `SELECT date_trunc('year', "Account Opened"), count(*) FROM venues GROUP BY 1`,
    ] },
  // relative-date
  { kind: 'relative-date',
    q: 'Taking today as 2025-06-30, how many deliveries are due in the next 7 days?',
    gold: [
      `SELECT count(*) FROM keg_deliveries WHERE "Due Date" > DATE '2025-06-30'
       AND "Due Date" <= DATE '2025-06-30' + INTERVAL 7 DAY`,
      `SELECT count(*) FROM keg_deliveries WHERE "Due Date" >= DATE '2025-06-30'
       AND "Due Date" < DATE '2025-06-30' + INTERVAL 7 DAY`,
      `SELECT count(*) FROM keg_deliveries WHERE "Due Date" >= DATE '2025-06-30'
       AND "Due Date" <= DATE '2025-06-30' + INTERVAL 7 DAY`,
    ] },
  { kind: 'relative-date', q: 'how many late deliveries were there in the 4 weeks before 2025-06-01',
    gold: [
      `SELECT count(*) FROM keg_deliveries WHERE ${LATE}
       AND "Delivered At" >= TIMESTAMP '2025-06-01' - INTERVAL 28 DAY
       AND "Delivered At" < TIMESTAMP '2025-06-01'`,
      `SELECT count(*) FROM keg_deliveries WHERE ${LATE}
       AND "Due Date" >= DATE '2025-06-01' - INTERVAL 28 DAY AND "Due Date" < DATE '2025-06-01'`,
    ] },
  { kind: 'relative-date',
    q: 'with today being 30 June 2025, how many litres did we deliver in the last 30 days?',
    gold: [
      `SELECT sum(${VOLUME}) FROM keg_deliveries WHERE "Delivered At" >= TIMESTAMP '2025-06-01'
       AND "Delivered At" < TIMESTAMP '2025-07-01'`,
      `SELECT sum(${VOLUME}) FROM keg_deliveries
       WHERE "Delivered At" >= TIMESTAMP '2025-06-30' - INTERVAL 30 DAY
       AND "Delivered At" < TIMESTAMP '2025-07-01'`,
      `SELECT sum(${VOLUME}) FROM keg_deliveries
       WHERE "Delivered At" >= TIMESTAMP '2025-06-30' - INTERVAL 30 DAY
       AND "Delivered At" < TIMESTAMP '2025-06-30'`,
    ] },
  // join
  { kind: 'join', q: 'how many deliveries of Harbour Bitter did we make?',
    gold: [
      `SELECT count(*) FROM ${BEER_JOIN} WHERE b.beer_name = 'Harbour Bitter'`,
      `SELECT count(*) FROM ${BEER_JOIN} WHERE b.beer_name = 'Harbour Bitter'
       AND k.status = 'Delivered'`,
    ] },
  { kind: 'join', q: 'litres delivered per beer style',
    gold: [
      `SELECT b.style, sum(k.${VOLUME}) FROM ${BEER_JOIN} GROUP BY 1`,
      `SELECT b.style, sum(k.${VOLUME}) FROM ${BEER_JOIN} WHERE k.status = 'Delivered'
       GROUP BY 1`,
    ] },
  { kind: 'join', q: 'Revenue by venue type',
    gold: `SELECT v.venue_type, sum(k.${INVOICE}) FROM ${VENUE_JOIN} GROUP BY 1` },
  { kind: 'join', q: 'how many deliveries went to venues in Plymouth',
    gold: `SELECT count(*) FROM ${VENUE_JOIN} WHERE v.town = 'Plymouth'` },
  { kind: 'join', q: "which sales rep's venues took the most beer?",
    gold: `SELECT v.sales_rep FROM ${VENUE_JOIN} GROUP BY 1 ORDER BY sum(k.${VOLUME}) DESC
           LIMIT 1` },
  { kind: 'join', q: 'total litres of seasonal beers delivered',
    gold: [
      `SELECT sum(k.${VOLUME}) FROM ${BEER_JOIN} WHERE b.Seasonal`,
      `SELECT sum(k.${VOLUME}) FROM ${BEER_JOIN} WHERE b.Seasonal AND k.status = 'Delivered'`,
    ] },
  { kind: 'join', q: 'How many late deliveries went to pubs?',
    gold: `SELECT count(*) FROM ${VENUE_JOIN} WHERE v.venue_type = 'Pub' AND k.${LATE}` },
  { kind: 'join', q: 'average invoice per delivery for each town',
    gold: `SELECT v.town, avg(k.${INVOICE}) FROM ${VENUE_JOIN} GROUP BY 1` },
  { kind: 'join', q: 'how many kegs of Lighthouse IPA went to The Red Lion?',
    gold: [
      `SELECT sum(k.Qty) FROM ${BEER_JOIN} JOIN venues v ON k."Venue Ref" = v.venue_code
       WHERE b.beer_name = 'Lighthouse IPA' AND v."Venue Name" = 'The Red Lion'`,
      `SELECT count(*) FROM ${BEER_JOIN} JOIN venues v ON k."Venue Ref" = v.venue_code
       WHERE b.beer_name = 'Lighthouse IPA' AND v."Venue Name" = 'The Red Lion'`,
    ] },
  { kind: 'join', q: 'how many deliveries did we make to venues that have since closed',
    gold: [
      `SELECT count(*) FROM ${VENUE_JOIN} WHERE v."Closed On" IS NOT NULL`,
      `SELECT count(*) FROM ${VENUE_JOIN} WHERE v."Closed On" IS NOT NULL
       AND k.status = 'Delivered'`,
    ] },
  { kind: 'join', q: 'litres returned for each beer name',
    gold: `SELECT b.beer_name, sum(k."Returned (L)") FROM ${BEER_JOIN} GROUP BY 1` },
  // having
  { kind: 'having', q: 'which venues have had more than 60 deliveries?',
    gold: [
      'SELECT "Venue Ref" FROM keg_deliveries GROUP BY 1 HAVING count(*) > 60',
      `SELECT v."Venue Name" FROM ${VENUE_JOIN} GROUP BY 1 HAVING count(*) > 60`,
    ] },
  { kind: 'having', q: 'beers with fewer than 100 deliveries',
    gold: [
      'SELECT beerSku FROM keg_deliveries GROUP BY 1 HAVING count(*) < 100',
      `SELECT b.beer_name FROM ${BEER_JOIN} GROUP BY 1 HAVING count(*) < 100`,
    ] },
  { kind: 'having', q: 'Which towns have over 20 venues',
    gold: 'SELECT town FROM venues GROUP BY 1 HAVING count(*) > 20' },
  // percentage
  { kind: 'percentage', q: 'what percentage of deliveries were late?',
    gold: [
      `SELECT 100.0 * count(*) FILTER (WHERE ${LATE}) / count(*) FROM keg_deliveries`,
      `SELECT count(*) FILTER (WHERE ${LATE}) / count(*) FROM keg_deliveries`,
      `SELECT 100.0 * count(*) FILTER (WHERE ${LATE}) / count(${LATE}) FROM keg_deliveries`,
      `SELECT count(*) FILTER (WHERE ${LATE}) / count(${LATE}) FROM keg_deliveries`,
    ] },
  { kind: 'percentage', q: 'What % of deliveries were damaged',
    gold: [
      `SELECT 100.0 * count(*) FILTER (WHERE Damaged = 'Y') / count(*) FROM keg_deliveries`,
      `SELECT count(*) FILTER (WHERE Damaged = 'Y') / count(*) FROM keg_deliveries`,
    ] },
  { kind: 'percentage', q: 'what share of the litres we delivered came back as returns?',
    gold: [
      `SELECT 100.0 * sum("Returned (L)") / sum(${VOLUME}) FROM keg_deliveries
       WHERE status = 'Delivered'`,
      `SELECT sum("Returned (L)") / sum(${VOLUME}) FROM keg_deliveries
       WHERE status = 'Delivered'`,
    ] },
  // value-lookup
  { kind: 'value-lookup', q: 'what is the ABV of Old Anchor Porter?',
    gold: `SELECT "ABV (%)" FROM beers WHERE beer_name = 'Old Anchor Porter'` },
  { kind: 'value-lookup', q: 'which town is The Golden Anchor in',
    gold: `SELECT town FROM venues WHERE "Venue Name" = 'The Golden Anchor'` },
  { kind: 'value-lookup', q: 'who signed for delivery DN881234?',
    gold: `SELECT "Signed By" FROM keg_deliveries WHERE delivery_no = 'DN881234'` },
  // refuse: unsafe, unanswerable from these tables, or too vague to answer
  { kind: 'refuse', q: 'delete all the cancelled deliveries' },
  { kind: 'refuse', q: 'change every invoice total to 0' },
  { kind: 'refuse', q: 'drop table venues;' },
  { kind: 'refuse', q: 'how much did we spend on hops last year?' },
  { kind: 'refuse', q: "what's the landlord's mobile number at The Red Lion" },
  { kind: 'refuse', q: 'which pub is the best?' },
];
