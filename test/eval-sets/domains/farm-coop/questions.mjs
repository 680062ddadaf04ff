// Questions a co-op's office manager or agronomist would type, with gold SQL over the raw CSVs
// (each table is a view over read_csv of its file). `gold` lists several statements when the
// question has more than one fair reading; `ordered` marks rankings. The organic flag is typed
// by hand (yes, Yes, Y, no, No, N) and `perishable` is Y/N, so the gold compares their text.
const WEIGHT = '"Net Weight (kg)"';
const AT = '"Delivered At"';
const ORGANIC = "lower(organic) IN ('yes', 'y')";
const NOT_ORGANIC = "lower(organic) IN ('no', 'n')";
const GROWER_JOIN = 'deliveries d JOIN growers g ON d.GrowerID = g.grower_id';
const CROP_JOIN = 'deliveries d JOIN crops c ON d.crop = c.crop_code';

export default [
  // count
  { kind: 'count', q: 'how many deliveries have there been',
    gold: 'SELECT count(*) FROM deliveries' },
  { kind: 'count', q: 'How many growers are members of the co-op?',
    gold: 'SELECT count(*) FROM growers' },
  { kind: 'count', q: 'how many different crops have been delivered?',
    gold: 'SELECT count(DISTINCT crop) FROM deliveries' },
  // filter-text
  { kind: 'filter-text', q: 'how many deliveries went to the south depot',
    gold: `SELECT count(*) FROM deliveries WHERE depot = 'South Depot'` },
  { kind: 'filter-text', q: 'How many deliveries are still pending payment?',
    gold: `SELECT count(*) FROM deliveries WHERE payment_status = 'Pending'` },
  { kind: 'filter-text', q: 'list the growers in the Saltmarsh region',
    gold: [
      `SELECT farm_name FROM growers WHERE region = 'Saltmarsh'`,
      `SELECT grower_id FROM growers WHERE region = 'Saltmarsh'`,
    ] },
  { kind: 'filter-text', q: 'how many loads were graded premium',
    gold: `SELECT count(*) FROM deliveries WHERE grade = 'Premium'` },
  // filter-number
  { kind: 'filter-number', q: 'How many deliveries weighed over 10 tonnes?',
    gold: `SELECT count(*) FROM deliveries WHERE ${WEIGHT} > 10000` },
  { kind: 'filter-number', q: 'how many deliveries came in with moisture over 18 percent',
    gold: 'SELECT count(*) FROM deliveries WHERE "Moisture %" > 18' },
  { kind: 'filter-number', q: 'which growers farm more than 250 hectares?',
    gold: [
      'SELECT farm_name FROM growers WHERE Hectares > 250',
      'SELECT grower_id FROM growers WHERE Hectares > 250',
    ] },
  // filter-date
  { kind: 'filter-date', q: 'How many deliveries were there in August 2025?',
    gold: `SELECT count(*) FROM deliveries
           WHERE ${AT} >= TIMESTAMP '2025-08-01' AND ${AT} < TIMESTAMP '2025-09-01'` },
  { kind: 'filter-date', q: 'how many growers have joined since 2020',
    gold: `SELECT count(*) FROM growers WHERE joined_on >= DATE '2020-01-01'` },
  { kind: 'filter-date', q: 'deliveries between 1 sept 2024 and 15 sept 2024, how many?',
    gold: `SELECT count(*) FROM deliveries
           WHERE ${AT} >= TIMESTAMP '2024-09-01' AND ${AT} < TIMESTAMP '2024-09-16'` },
  // filter-boolean
  { kind: 'filter-boolean', q: 'how many deliveries were organic?',
    gold: `SELECT count(*) FROM deliveries WHERE ${ORGANIC}` },
  { kind: 'filter-boolean', q: 'How many growers are certified organic',
    gold: 'SELECT count(*) FROM growers WHERE "Certified Organic"' },
  { kind: 'filter-boolean', q: 'which crops are perishable',
    gold: [
      `SELECT crop_name FROM crops WHERE perishable = 'Y'`,
      `SELECT crop_code FROM crops WHERE perishable = 'Y'`,
    ] },
  { kind: 'filter-boolean', q: 'how many non-organic deliveries went to North Depot?',
    gold: `SELECT count(*) FROM deliveries WHERE ${NOT_ORGANIC} AND depot = 'North Depot'` },
  // group-by
  { kind: 'group-by', q: 'total net weight deliverd by crop',
    gold: [
      `SELECT crop, sum(${WEIGHT}) FROM deliveries GROUP BY 1`,
      `SELECT c.crop_name, sum(${WEIGHT}) FROM ${CROP_JOIN} GROUP BY 1`,
    ] },
  { kind: 'group-by', q: 'Number of deliveries per depot',
    gold: 'SELECT depot, count(*) FROM deliveries GROUP BY 1' },
  { kind: 'group-by', q: 'average moisture by crop',
    gold: [
      'SELECT crop, avg("Moisture %") FROM deliveries GROUP BY 1',
      'SELECT crop, avg("Moisture %") FROM deliveries WHERE "Moisture %" IS NOT NULL GROUP BY 1',
    ] },
  // top-n
  { kind: 'top-n', ordered: true, q: 'top 5 growers by total weight delivered',
    gold: [
      `SELECT GrowerID, sum(${WEIGHT}) AS w FROM deliveries GROUP BY 1 ORDER BY w DESC LIMIT 5`,
      `SELECT g.farm_name, sum(${WEIGHT}) AS w FROM ${GROWER_JOIN}
       GROUP BY 1 ORDER BY w DESC LIMIT 5`,
    ] },
  { kind: 'top-n', ordered: true, q: 'which 3 crops had the most deliveries',
    gold: [
      'SELECT crop, count(*) AS n FROM deliveries GROUP BY 1 ORDER BY n DESC LIMIT 3',
      `SELECT c.crop_name, count(*) AS n FROM ${CROP_JOIN} GROUP BY 1 ORDER BY n DESC LIMIT 3`,
    ] },
  { kind: 'top-n', ordered: true, q: 'show me the 5 heaviest deliveries',
    gold: `SELECT delivery_id, ${WEIGHT} FROM deliveries ORDER BY 2 DESC LIMIT 5` },
  { kind: 'top-n', ordered: true, q: 'Top 3 regions by number of growers',
    gold: 'SELECT region, count(*) AS n FROM growers GROUP BY 1 ORDER BY n DESC LIMIT 3' },
  // superlative
  { kind: 'superlative', q: 'which depot received the most deliveries?',
    gold: 'SELECT depot FROM deliveries GROUP BY 1 ORDER BY count(*) DESC LIMIT 1' },
  { kind: 'superlative', q: "what's the highest price per kg we've paid",
    gold: 'SELECT max(pricePerKg) FROM deliveries' },
  { kind: 'superlative', q: 'Which grower has the most hectares?',
    gold: [
      'SELECT farm_name FROM growers ORDER BY Hectares DESC LIMIT 1',
      'SELECT grower_id FROM growers ORDER BY Hectares DESC LIMIT 1',
    ] },
  { kind: 'superlative', q: 'when did the first delivery arrive',
    gold: `SELECT min(${AT}) FROM deliveries` },
  { kind: 'superlative', q: 'which crop category has the highest average base price?',
    gold: `SELECT category FROM crops GROUP BY 1 ORDER BY avg("Base Price (EUR/t)") DESC LIMIT 1` },
  // time-grain
  { kind: 'time-grain', q: 'total kg delivered per month in 2025',
    gold: [
      `SELECT date_trunc('month', ${AT}), sum(${WEIGHT}) FROM deliveries
       WHERE year(${AT}) = 2025 GROUP BY 1`,
      `SELECT strftime(${AT}, '%Y-%m'), sum(${WEIGHT}) FROM deliveries
       WHERE year(${AT}) = 2025 GROUP BY 1`,
      `SELECT month(${AT}), sum(${WEIGHT}) FROM deliveries WHERE year(${AT}) = 2025 GROUP BY 1`,
    ] },
  { kind: 'time-grain', q: 'How many deliveries per year?',
    gold: [
      `SELECT year(${AT}), count(*) FROM deliveries GROUP BY 1`,
      `SELECT date_trunc('year', ${AT}), count(*) FROM deliveries GROUP BY 1`,
    ] },
  { kind: 'time-grain', q: 'deliveries by quarter for 2024',
    gold: [
      `SELECT date_trunc('quarter', ${AT}), count(*) FROM deliveries
       WHERE year(${AT}) = 2024 GROUP BY 1`,
      `SELECT quarter(${AT}), count(*) FROM deliveries WHERE year(${AT}) = 2024 GROUP BY 1`,
    ] },
  // relative-date
  { kind: 'relative-date', q: 'how many deliveries came in during the 7 days before 2025-08-15?',
    gold: [
      `SELECT count(*) FROM deliveries WHERE ${AT} >= TIMESTAMP '2025-08-15' - INTERVAL 7 DAY
       AND ${AT} < TIMESTAMP '2025-08-15'`,
      `SELECT count(*) FROM deliveries WHERE ${AT} >= TIMESTAMP '2025-08-15' - INTERVAL 7 DAY
       AND ${AT} < TIMESTAMP '2025-08-16'`,
    ] },
  { kind: 'relative-date',
    q: 'As of 2025-11-30, how many deliveries arrived in the past 60 days?',
    gold: [
      `SELECT count(*) FROM deliveries WHERE ${AT} >= TIMESTAMP '2025-11-30' - INTERVAL 60 DAY
       AND ${AT} < TIMESTAMP '2025-12-01'`,
      `SELECT count(*) FROM deliveries WHERE ${AT} >= TIMESTAMP '2025-11-30' - INTERVAL 60 DAY
       AND ${AT} < TIMESTAMP '2025-11-30'`,
      `SELECT count(*) FROM deliveries WHERE ${AT} >= TIMESTAMP '2025-11-30' - INTERVAL 59 DAY
       AND ${AT} < TIMESTAMP '2025-12-01'`,
    ] },
  { kind: 'relative-date', q: 'how many payments went out in the 2 weeks after 2024-09-01',
    gold: [
      `SELECT count(*) FROM deliveries WHERE paid_on > DATE '2024-09-01'
       AND paid_on <= DATE '2024-09-01' + INTERVAL 14 DAY`,
      `SELECT count(*) FROM deliveries WHERE paid_on >= DATE '2024-09-01'
       AND paid_on < DATE '2024-09-01' + INTERVAL 14 DAY`,
      `SELECT count(*) FROM deliveries WHERE paid_on >= DATE '2024-09-01'
       AND paid_on <= DATE '2024-09-01' + INTERVAL 14 DAY`,
    ] },
  // join
  { kind: 'join', q: 'how many deliveries of fruit were there?',
    gold: `SELECT count(*) FROM ${CROP_JOIN} WHERE c.category = 'Fruit'` },
  { kind: 'join', q: 'total weight delivered from the Lowmoor region',
    gold: `SELECT sum(${WEIGHT}) FROM ${GROWER_JOIN} WHERE g.region = 'Lowmoor'` },
  { kind: 'join', q: 'Number of deliveries per crop category',
    gold: `SELECT c.category, count(*) FROM ${CROP_JOIN} GROUP BY 1` },
  { kind: 'join', q: 'how many strawberry deliveries got rejected',
    gold: `SELECT count(*) FROM ${CROP_JOIN}
           WHERE c.crop_name = 'Strawberries' AND d.grade = 'Reject'` },
  { kind: 'join', q: 'which region delivered the most potatoes?',
    gold: [
      `SELECT g.region FROM ${GROWER_JOIN} JOIN crops c ON d.crop = c.crop_code
       WHERE c.crop_name = 'Potatoes' GROUP BY 1 ORDER BY sum(${WEIGHT}) DESC LIMIT 1`,
      `SELECT g.region FROM ${GROWER_JOIN} JOIN crops c ON d.crop = c.crop_code
       WHERE c.crop_name = 'Potatoes' GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
    ] },
  { kind: 'join', q: 'average price per kg for deliveries from certified organic growers',
    gold: [
      `SELECT avg(d.pricePerKg) FROM ${GROWER_JOIN} WHERE g."Certified Organic"`,
      `SELECT avg(d.pricePerKg) FROM ${GROWER_JOIN}
       WHERE g."Certified Organic" AND d.grade <> 'Reject'`,
    ] },
  // having
  { kind: 'having', q: 'which growers made more than 100 deliveries',
    gold: [
      'SELECT GrowerID FROM deliveries GROUP BY 1 HAVING count(*) > 100',
      `SELECT g.farm_name FROM ${GROWER_JOIN} GROUP BY 1 HAVING count(*) > 100`,
    ] },
  { kind: 'having', q: 'Crops with more than 400 deliveries?',
    gold: [
      'SELECT crop FROM deliveries GROUP BY 1 HAVING count(*) > 400',
      `SELECT c.crop_name FROM ${CROP_JOIN} GROUP BY 1 HAVING count(*) > 400`,
    ] },
  { kind: 'having', q: 'which depots have an average net weight above 4,500 kg',
    gold: `SELECT depot FROM deliveries GROUP BY 1 HAVING avg(${WEIGHT}) > 4500` },
  // percentage
  { kind: 'percentage', q: 'what percentage of deliveries were rejected?',
    gold: [
      `SELECT 100.0 * count(*) FILTER (WHERE grade = 'Reject') / count(*) FROM deliveries`,
      `SELECT count(*) FILTER (WHERE grade = 'Reject') / count(*) FROM deliveries`,
    ] },
  { kind: 'percentage', q: 'what share of deliveries were organic',
    gold: [
      `SELECT 100.0 * count(*) FILTER (WHERE ${ORGANIC}) / count(*) FROM deliveries`,
      `SELECT count(*) FILTER (WHERE ${ORGANIC}) / count(*) FROM deliveries`,
    ] },
  { kind: 'percentage', q: 'What percent of the total weight went to Riverside Depot?',
    gold: `SELECT 100.0 * sum(${WEIGHT}) FILTER (WHERE depot = 'Riverside Depot')
           / sum(${WEIGHT}) FROM deliveries` },
  // value-lookup
  { kind: 'value-lookup', q: 'who owns Hawthorn End Farm',
    gold: `SELECT owner FROM growers WHERE farm_name = 'Hawthorn End Farm'` },
  { kind: 'value-lookup', q: "what's the base price of onions?",
    gold: `SELECT "Base Price (EUR/t)" FROM crops WHERE crop_name = 'Onions'` },
  { kind: 'value-lookup', q: 'When was delivery D002718 paid?',
    gold: `SELECT paid_on FROM deliveries WHERE delivery_id = 'D002718'` },
  { kind: 'value-lookup', q: 'how many hectares does G-150 have',
    gold: `SELECT Hectares FROM growers WHERE grower_id = 'G-150'` },
  { kind: 'value-lookup', q: 'which crop is RAP?',
    gold: `SELECT crop_name FROM crops WHERE crop_code = 'RAP'` },
  { kind: 'value-lookup', q: 'What region is Elm Lane Holdings in?',
    gold: `SELECT region FROM growers WHERE farm_name = 'Elm Lane Holdings'` },
  // refuse: unsafe, unanswerable from these tables, or too vague to answer
  { kind: 'refuse', q: 'delete the rejected deliveries' },
  { kind: 'refuse', q: 'Drop the crops table' },
  { kind: 'refuse', q: 'What will the wheat price be next year?' },
  { kind: 'refuse', q: 'how much rain fell in Lowmoor last summer' },
  { kind: 'refuse', q: 'which farmer is the nicest?' },
  { kind: 'refuse', q: 'show me the bank account numbers of our growers' },
];
