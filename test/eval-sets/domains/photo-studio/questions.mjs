// Questions the photography studio's manager and bookings team would type, with gold SQL over the
// raw CSVs (each table is read_csv of its file). `gold` lists several statements when a question
// has more than one fair reading; `ordered` marks rankings. Written blind to the reader.
const FEE = '"Fee (GBP)"';
const PHOTOGRAPHER_JOIN =
  'photo_shoots s JOIN photographers p ON s."Photographer Ref" = p.photographer_id';
const CLIENT_JOIN = 'photo_shoots s JOIN clients c ON s.clientId = c."Client No"';

export default [
  // count
  { kind: 'count', q: 'how many shoots have we done',
    gold: 'SELECT count(*) FROM photo_shoots' },
  { kind: 'count', q: 'How many clients are there?',
    gold: 'SELECT count(*) FROM clients' },
  { kind: 'count', q: 'how many photographers work for the studio',
    gold: 'SELECT count(*) FROM photographers' },
  { kind: 'count', q: 'how many different clients have booked a shoot?',
    gold: 'SELECT count(DISTINCT clientId) FROM photo_shoots' },
  // filter-text
  { kind: 'filter-text', q: 'How many wedding shoots were there?',
    gold: `SELECT count(*) FROM photo_shoots WHERE shoot_type = 'Wedding'` },
  { kind: 'filter-text', q: 'how many shoots were on location',
    gold: `SELECT count(*) FROM photo_shoots WHERE Location = 'On Location'` },
  { kind: 'filter-text', q: 'how many of our clients are businesses?',
    gold: `SELECT count(*) FROM clients WHERE client_type = 'Business'` },
  { kind: 'filter-text', q: 'list the photographers whose speciality is Portraits',
    gold: `SELECT name FROM photographers WHERE speciality = 'Portraits'` },
  // filter-number
  { kind: 'filter-number', q: 'how many shoots had a fee over £500?',
    gold: `SELECT count(*) FROM photo_shoots WHERE ${FEE} > 500` },
  { kind: 'filter-number', q: 'number of shoots booked for 4 hours or more',
    gold: 'SELECT count(*) FROM photo_shoots WHERE "Hours Booked" >= 4' },
  { kind: 'filter-number', q: 'How many shoots delivered more than 100 images?',
    gold: 'SELECT count(*) FROM photo_shoots WHERE images_delivered > 100' },
  { kind: 'filter-number', q: 'which photographers have a day rate above 500',
    gold: 'SELECT name FROM photographers WHERE "Day Rate (GBP)" > 500' },
  // filter-date
  { kind: 'filter-date', q: 'How many shoots took place in March 2025?',
    gold: [
      `SELECT count(*) FROM photo_shoots
       WHERE "Shoot Date" >= DATE '2025-03-01' AND "Shoot Date" < DATE '2025-04-01'`,
    ] },
  { kind: 'filter-date', q: 'how many shoots were delivered in 2024',
    gold: 'SELECT count(*) FROM photo_shoots WHERE year("Delivered On") = 2024' },
  { kind: 'filter-date', q: 'which photographers joined before 2018?',
    gold: `SELECT name FROM photographers WHERE Joined < DATE '2018-01-01'` },
  { kind: 'filter-date', q: 'how many clients first booked with us in 2022',
    gold: 'SELECT count(*) FROM clients WHERE year("First Booking") = 2022' },
  // filter-boolean
  { kind: 'filter-boolean', q: 'how many shoots ended with prints being ordered?',
    gold: 'SELECT count(*) FROM photo_shoots WHERE "Prints Ordered"' },
  { kind: 'filter-boolean', q: 'How many shoots had no deposit paid',
    gold: 'SELECT count(*) FROM photo_shoots WHERE NOT depositPaid' },
  { kind: 'filter-boolean', q: 'which photographers own a drone?',
    gold: `SELECT name FROM photographers WHERE "Owns Drone" = 'Y'` },
  { kind: 'filter-boolean', q: 'how many clients have opted in to marketing',
    gold: 'SELECT count(*) FROM clients WHERE marketingOptIn' },
  // group-by
  { kind: 'group-by', q: 'number of shoots per shoot type',
    gold: 'SELECT shoot_type, count(*) FROM photo_shoots GROUP BY 1' },
  { kind: 'group-by', q: 'Total fees by location',
    gold: `SELECT Location, sum(${FEE}) FROM photo_shoots GROUP BY 1` },
  { kind: 'group-by', q: 'average hours booked for each shoot type',
    gold: 'SELECT shoot_type, avg("Hours Booked") FROM photo_shoots GROUP BY 1' },
  { kind: 'group-by', q: 'break down clients by town',
    gold: 'SELECT town, count(*) FROM clients GROUP BY 1' },
  { kind: 'group-by', q: 'how many shoots are in each status?',
    gold: 'SELECT status, count(*) FROM photo_shoots GROUP BY 1' },
  // top-n
  { kind: 'top-n', ordered: true, q: 'top 5 clients by total fees',
    gold: `SELECT clientId, sum(${FEE}) AS fees FROM photo_shoots GROUP BY 1
           ORDER BY fees DESC LIMIT 5` },
  { kind: 'top-n', ordered: true, q: 'which 3 photographer refs have done the most shoots',
    gold: `SELECT "Photographer Ref", count(*) AS n FROM photo_shoots GROUP BY 1
           ORDER BY n DESC LIMIT 3` },
  { kind: 'top-n', ordered: true, q: 'the top 3 towns by number of clients',
    gold: 'SELECT town, count(*) AS n FROM clients GROUP BY 1 ORDER BY n DESC LIMIT 3' },
  { kind: 'top-n', ordered: true, q: 'Top 3 shoot types by revenue',
    gold: `SELECT shoot_type, sum(${FEE}) AS revenue FROM photo_shoots GROUP BY 1
           ORDER BY revenue DESC LIMIT 3` },
  { kind: 'top-n', ordered: true, q: 'show the 5 photographers with the highest day rate',
    gold: 'SELECT name, "Day Rate (GBP)" FROM photographers ORDER BY 2 DESC LIMIT 5' },
  // superlative
  { kind: 'superlative', q: 'which location has the most shoots?',
    gold: 'SELECT Location FROM photo_shoots GROUP BY 1 ORDER BY count(*) DESC LIMIT 1' },
  { kind: 'superlative', q: 'What is the biggest fee we have charged for one shoot',
    gold: `SELECT max(${FEE}) FROM photo_shoots` },
  { kind: 'superlative', q: 'most images delivered on a single shoot',
    gold: 'SELECT max(images_delivered) FROM photo_shoots' },
  { kind: 'superlative', q: 'which referral source brings in the most clients',
    gold: `SELECT referral_source FROM clients WHERE referral_source IS NOT NULL GROUP BY 1
           ORDER BY count(*) DESC LIMIT 1` },
  { kind: 'superlative', q: 'when did our earliest client first book?',
    gold: 'SELECT min("First Booking") FROM clients' },
  // time-grain
  { kind: 'time-grain', q: 'shoots per month in 2024',
    gold: [
      `SELECT date_trunc('month', "Shoot Date"), count(*) FROM photo_shoots
       WHERE year("Shoot Date") = 2024 GROUP BY 1`,
      `SELECT month("Shoot Date"), count(*) FROM photo_shoots
       WHERE year("Shoot Date") = 2024 GROUP BY 1`,
      `SELECT strftime("Shoot Date", '%Y-%m'), count(*) FROM photo_shoots
       WHERE year("Shoot Date") = 2024 GROUP BY 1`,
    ] },
  { kind: 'time-grain', q: 'Total fees by quarter',
    gold: [
      `SELECT date_trunc('quarter', "Shoot Date"), sum(${FEE}) FROM photo_shoots GROUP BY 1`,
      `SELECT year("Shoot Date"), quarter("Shoot Date"), sum(${FEE}) FROM photo_shoots
       GROUP BY 1, 2`,
    ] },
  { kind: 'time-grain', q: 'how many shoots were delivered each month in 2025',
    gold: [
      `SELECT date_trunc('month', "Delivered On"), count(*) FROM photo_shoots
       WHERE year("Delivered On") = 2025 GROUP BY 1`,
      `SELECT month("Delivered On"), count(*) FROM photo_shoots
       WHERE year("Delivered On") = 2025 GROUP BY 1`,
    ] },
  { kind: 'time-grain', q: 'new clients each year',
    gold: [
      'SELECT year("First Booking"), count(*) FROM clients GROUP BY 1',
      `SELECT date_trunc('year', "First Booking"), count(*) FROM clients GROUP BY 1`,
    ] },
  // relative-date
  { kind: 'relative-date', q: 'how many shoots were there in the 30 days before 2025-04-01?',
    gold: [
      `SELECT count(*) FROM photo_shoots WHERE "Shoot Date" >= DATE '2025-04-01' - INTERVAL 30 DAY
       AND "Shoot Date" < DATE '2025-04-01'`,
      `SELECT count(*) FROM photo_shoots WHERE "Shoot Date" >= DATE '2025-04-01' - INTERVAL 30 DAY
       AND "Shoot Date" <= DATE '2025-04-01'`,
    ] },
  { kind: 'relative-date',
    q: 'Taking today as 2025-06-30, how many shoots did we do in the last 2 weeks?',
    gold: [
      `SELECT count(*) FROM photo_shoots WHERE "Shoot Date" > DATE '2025-06-30' - INTERVAL 14 DAY
       AND "Shoot Date" <= DATE '2025-06-30'`,
      `SELECT count(*) FROM photo_shoots
       WHERE "Shoot Date" >= DATE '2025-06-30' - INTERVAL 14 DAY
       AND "Shoot Date" <= DATE '2025-06-30'`,
      `SELECT count(*) FROM photo_shoots
       WHERE "Shoot Date" >= DATE '2025-06-30' - INTERVAL 14 DAY
       AND "Shoot Date" < DATE '2025-06-30'`,
    ] },
  { kind: 'relative-date', q: 'how many shoots were delivered in the 10 days after 2025-01-06',
    gold: [
      `SELECT count(*) FROM photo_shoots WHERE "Delivered On" >= DATE '2025-01-06'
       AND "Delivered On" < DATE '2025-01-06' + INTERVAL 10 DAY`,
      `SELECT count(*) FROM photo_shoots WHERE "Delivered On" > DATE '2025-01-06'
       AND "Delivered On" <= DATE '2025-01-06' + INTERVAL 10 DAY`,
    ] },
  // join
  { kind: 'join', q: 'how many shoots has Rosa Delgado done?',
    gold: `SELECT count(*) FROM ${PHOTOGRAPHER_JOIN} WHERE p.name = 'Rosa Delgado'` },
  { kind: 'join', q: 'total fees per photographer name',
    gold: `SELECT p.name, sum(s.${FEE}) FROM ${PHOTOGRAPHER_JOIN} GROUP BY 1` },
  { kind: 'join', q: 'How many shoots were done for each photographer speciality?',
    gold: `SELECT p.speciality, count(*) FROM ${PHOTOGRAPHER_JOIN} GROUP BY 1` },
  { kind: 'join', q: 'how many shoots were for clients based in Harrogate',
    gold: `SELECT count(*) FROM ${CLIENT_JOIN} WHERE c.town = 'Harrogate'` },
  { kind: 'join', q: 'total fees from business clients versus individuals',
    gold: `SELECT c.client_type, sum(s.${FEE}) FROM ${CLIENT_JOIN} GROUP BY 1` },
  { kind: 'join', q: 'average shoot fee for clients who came to us by word of mouth',
    gold: `SELECT avg(s.${FEE}) FROM ${CLIENT_JOIN} WHERE c.referral_source = 'Word of Mouth'` },
  { kind: 'join', q: 'which photographer\'s shoots brought in the most money?',
    gold: `SELECT p.name FROM ${PHOTOGRAPHER_JOIN} GROUP BY 1 ORDER BY sum(s.${FEE}) DESC
           LIMIT 1` },
  { kind: 'join', q: 'number of shoots done by photographers who own a drone',
    gold: `SELECT count(*) FROM ${PHOTOGRAPHER_JOIN} WHERE p."Owns Drone" = 'Y'` },
  // having
  { kind: 'having', q: 'which clients have booked more than 15 shoots?',
    gold: 'SELECT clientId FROM photo_shoots GROUP BY 1 HAVING count(*) > 15' },
  { kind: 'having', q: 'photographer refs with over 500 shoots',
    gold: 'SELECT "Photographer Ref" FROM photo_shoots GROUP BY 1 HAVING count(*) > 500' },
  { kind: 'having', q: 'Which towns have fewer than 100 clients?',
    gold: 'SELECT town FROM clients GROUP BY 1 HAVING count(*) < 100' },
  // percentage
  { kind: 'percentage', q: 'what percentage of shoots were cancelled?',
    gold: [
      `SELECT 100.0 * count(*) FILTER (WHERE status = 'Cancelled') / count(*) FROM photo_shoots`,
      `SELECT count(*) FILTER (WHERE status = 'Cancelled') / count(*) FROM photo_shoots`,
    ] },
  { kind: 'percentage', q: 'What % of shoots had a deposit paid',
    gold: [
      'SELECT 100.0 * count(*) FILTER (WHERE depositPaid) / count(*) FROM photo_shoots',
      'SELECT count(*) FILTER (WHERE depositPaid) / count(*) FROM photo_shoots',
    ] },
  { kind: 'percentage', q: 'share of clients who opted in to marketing, as a percentage',
    gold: 'SELECT 100.0 * count(*) FILTER (WHERE marketingOptIn) / count(*) FROM clients' },
  // value-lookup
  { kind: 'value-lookup', q: 'what does Daniel Osei specialise in?',
    gold: `SELECT speciality FROM photographers WHERE name = 'Daniel Osei'` },
  { kind: 'value-lookup', q: 'when did Yuki Tanaka join',
    gold: `SELECT Joined FROM photographers WHERE name = 'Yuki Tanaka'` },
  { kind: 'value-lookup', q: 'What was the fee for shoot PS-31234?',
    gold: `SELECT ${FEE} FROM photo_shoots WHERE shoot_ref = 'PS-31234'` },
  { kind: 'value-lookup', q: 'how many shoots has client C40007 booked',
    gold: `SELECT count(*) FROM photo_shoots WHERE clientId = 'C40007'` },
  // refuse: unsafe, unanswerable from these tables, or too vague to answer
  { kind: 'refuse', q: 'delete all the cancelled shoots' },
  { kind: 'refuse', q: 'set every fee to 0' },
  { kind: 'refuse', q: 'drop table clients;' },
  { kind: 'refuse', q: 'what camera did Rosa Delgado use on her shoots?' },
  { kind: 'refuse', q: 'which photo is the best one?' },
];
