// Questions an allotment society's secretary, treasurer and site reps would type, with gold SQL
// over the raw CSVs (each table is read_csv of its file). `gold` lists several statements when a
// question has more than one fair reading; `ordered` marks rankings. Written blind to the reader.
const KG = '"Weight (kg)"';
const HUT = '"Hut Sale (GBP)"';
const RENT = '"Annual Rent (GBP)"';
const PLOT_JOIN = 'harvest_log h JOIN plots p ON h."Plot No" = p.plot_id';
const MEMBER_JOIN = 'harvest_log h JOIN members m ON h.memberRef = m."Member ID"';
const TENANT_JOIN = 'plots p JOIN members m ON p."Tenant No" = m."Member ID"';

export default [
  // count
  { kind: 'count', q: 'how many entries are in the harvest log?',
    gold: 'SELECT count(*) FROM harvest_log' },
  { kind: 'count', q: 'How many plots does the society have?',
    gold: 'SELECT count(*) FROM plots' },
  { kind: 'count', q: 'how many members are on our books',
    gold: 'SELECT count(*) FROM members' },
  { kind: 'count', q: 'how many different members have weighed in a harvest',
    gold: 'SELECT count(DISTINCT memberRef) FROM harvest_log' },
  // filter-text
  { kind: 'filter-text', q: 'How many potato harvests have been logged?',
    gold: `SELECT count(*) FROM harvest_log WHERE crop = 'Potatoes'` },
  { kind: 'filter-text', q: 'how many plots are there at Riverside',
    gold: `SELECT count(*) FROM plots WHERE site = 'Riverside'` },
  { kind: 'filter-text', q: 'list the Church Lane plots with clay soil',
    gold: `SELECT plot_id FROM plots WHERE site = 'Church Lane' AND soil_type = 'Clay'` },
  { kind: 'filter-text', q: 'how many weighings were recorded in the rain?',
    gold: `SELECT count(*) FROM harvest_log WHERE weather = 'Rain'` },
  { kind: 'filter-text', q: 'How many of our members live in LS7?',
    gold: `SELECT count(*) FROM members WHERE "Postcode District" = 'LS7'` },
  // filter-number
  { kind: 'filter-number', q: 'how many weighings came in at over 10 kg?',
    gold: `SELECT count(*) FROM harvest_log WHERE ${KG} > 10` },
  { kind: 'filter-number', q: 'How many plots have an annual rent above £50?',
    gold: `SELECT count(*) FROM plots WHERE ${RENT} > 50` },
  { kind: 'filter-number', q: 'how many hut sales were worth more than 15 pounds',
    gold: `SELECT count(*) FROM harvest_log WHERE ${HUT} > 15` },
  { kind: 'filter-number', q: 'how many times did someone spend more than 3 hours on their plot?',
    gold: 'SELECT count(*) FROM harvest_log WHERE "Time On Plot (min)" > 180' },
  // filter-date
  { kind: 'filter-date', q: 'How many harvests were recorded in August 2025?',
    gold: [
      `SELECT count(*) FROM harvest_log
       WHERE harvest_date >= DATE '2025-08-01' AND harvest_date < DATE '2025-09-01'`,
      `SELECT count(*) FROM harvest_log
       WHERE "Logged At" >= TIMESTAMP '2025-08-01' AND "Logged At" < TIMESTAMP '2025-09-01'`,
    ] },
  { kind: 'filter-date', q: 'how many members joined before 2010',
    gold: `SELECT count(*) FROM members WHERE joined_on < DATE '2010-01-01'` },
  { kind: 'filter-date', q: 'which plots were let during 2024?',
    gold: `SELECT plot_id FROM plots WHERE year("Let Since") = 2024` },
  { kind: 'filter-date', q: 'How many entries were logged between 1 March and 31 May 2025?',
    gold: [
      `SELECT count(*) FROM harvest_log
       WHERE "Logged At" >= TIMESTAMP '2025-03-01' AND "Logged At" < TIMESTAMP '2025-06-01'`,
      `SELECT count(*) FROM harvest_log
       WHERE harvest_date BETWEEN DATE '2025-03-01' AND DATE '2025-05-31'`,
    ] },
  // filter-boolean
  { kind: 'filter-boolean', q: 'how many of the harvests were organic?',
    gold: 'SELECT count(*) FROM harvest_log WHERE Organic' },
  { kind: 'filter-boolean', q: 'How many plots have got a shed?',
    gold: 'SELECT count(*) FROM plots WHERE "Has Shed"' },
  { kind: 'filter-boolean', q: 'which plots have no water tap',
    gold: `SELECT plot_id FROM plots WHERE water_tap = 'N'` },
  { kind: 'filter-boolean', q: 'how many members pay the concession rate?',
    gold: 'SELECT count(*) FROM members WHERE concession' },
  // group-by
  { kind: 'group-by', q: 'total weight harvested for each crop',
    gold: `SELECT crop, sum(${KG}) FROM harvest_log GROUP BY 1` },
  { kind: 'group-by', q: 'number of plots on each site',
    gold: 'SELECT site, count(*) FROM plots GROUP BY 1' },
  { kind: 'group-by', q: 'What is the average hut sale by crop?',
    gold: `SELECT crop, avg(${HUT}) FROM harvest_log GROUP BY 1` },
  { kind: 'group-by', q: 'break the members down by role',
    gold: 'SELECT role, count(*) FROM members GROUP BY 1' },
  { kind: 'group-by', q: 'average time spent on the plot in each kind of weather',
    gold: [
      'SELECT weather, avg("Time On Plot (min)") FROM harvest_log GROUP BY 1',
      `SELECT weather, avg("Time On Plot (min)") FROM harvest_log WHERE weather IS NOT NULL
       GROUP BY 1`,
    ] },
  // top-n
  { kind: 'top-n', ordered: true, q: 'top 5 plots by total kilos harvested',
    gold: `SELECT "Plot No", sum(${KG}) AS kg FROM harvest_log GROUP BY 1
           ORDER BY kg DESC LIMIT 5` },
  { kind: 'top-n', ordered: true, q: 'which 3 crops have earned the most money at the hut?',
    gold: `SELECT crop, sum(${HUT}) AS takings FROM harvest_log GROUP BY 1
           ORDER BY takings DESC LIMIT 3` },
  { kind: 'top-n', ordered: true, q: 'Which five members have logged the most entries?',
    gold: [
      `SELECT memberRef, count(*) AS n FROM harvest_log GROUP BY 1 ORDER BY n DESC LIMIT 5`,
      `SELECT m.full_name, count(*) AS n FROM ${MEMBER_JOIN} GROUP BY 1 ORDER BY n DESC LIMIT 5`,
    ] },
  { kind: 'top-n', ordered: true, q: 'the 3 postcode districts with the most members',
    gold: `SELECT "Postcode District", count(*) AS n FROM members GROUP BY 1
           ORDER BY n DESC LIMIT 3` },
  { kind: 'top-n', ordered: true, q: 'show me the 4 heaviest single weighings',
    gold: `SELECT entry_no, ${KG} FROM harvest_log ORDER BY ${KG} DESC LIMIT 4` },
  // superlative
  { kind: 'superlative', q: 'which crop has produced the most weight overall?',
    gold: `SELECT crop FROM harvest_log GROUP BY 1 ORDER BY sum(${KG}) DESC LIMIT 1` },
  { kind: 'superlative', q: 'What is the heaviest weighing in the log?',
    gold: `SELECT max(${KG}) FROM harvest_log` },
  { kind: 'superlative', q: 'which site has the most plots',
    gold: 'SELECT site FROM plots GROUP BY 1 ORDER BY count(*) DESC LIMIT 1' },
  { kind: 'superlative', q: 'who is our longest-standing member?',
    gold: 'SELECT full_name FROM members ORDER BY joined_on LIMIT 1' },
  // time-grain
  { kind: 'time-grain', q: 'kilos harvested per month in 2025',
    gold: [
      `SELECT date_trunc('month', harvest_date), sum(${KG}) FROM harvest_log
       WHERE year(harvest_date) = 2025 GROUP BY 1`,
      `SELECT month(harvest_date), sum(${KG}) FROM harvest_log
       WHERE year(harvest_date) = 2025 GROUP BY 1`,
      `SELECT date_trunc('month', "Logged At"), sum(${KG}) FROM harvest_log
       WHERE year("Logged At") = 2025 GROUP BY 1`,
      `SELECT month("Logged At"), sum(${KG}) FROM harvest_log
       WHERE year("Logged At") = 2025 GROUP BY 1`,
    ] },
  { kind: 'time-grain', q: 'hut takings by quarter',
    gold: [
      `SELECT date_trunc('quarter', harvest_date), sum(${HUT}) FROM harvest_log GROUP BY 1`,
      `SELECT year(harvest_date), quarter(harvest_date), sum(${HUT}) FROM harvest_log
       GROUP BY 1, 2`,
      `SELECT date_trunc('quarter', "Logged At"), sum(${HUT}) FROM harvest_log GROUP BY 1`,
      `SELECT year("Logged At"), quarter("Logged At"), sum(${HUT}) FROM harvest_log
       GROUP BY 1, 2`,
    ] },
  { kind: 'time-grain', q: 'How many harvest entries were there each year?',
    gold: [
      'SELECT year(harvest_date), count(*) FROM harvest_log GROUP BY 1',
      'SELECT year("Logged At"), count(*) FROM harvest_log GROUP BY 1',
      `SELECT date_trunc('year', harvest_date), count(*) FROM harvest_log GROUP BY 1`,
    ] },
  { kind: 'time-grain', q: 'weekly count of harvests in July 2025',
    gold: [
      `SELECT date_trunc('week', harvest_date), count(*) FROM harvest_log
       WHERE harvest_date >= DATE '2025-07-01' AND harvest_date < DATE '2025-08-01' GROUP BY 1`,
      `SELECT date_trunc('week', "Logged At"), count(*) FROM harvest_log
       WHERE "Logged At" >= TIMESTAMP '2025-07-01' AND "Logged At" < TIMESTAMP '2025-08-01'
       GROUP BY 1`,
    ] },
  { kind: 'time-grain', q: 'new members per year since 2020',
    gold: [
      `SELECT year(joined_on), count(*) FROM members WHERE joined_on >= DATE '2020-01-01'
       GROUP BY 1`,
      `SELECT date_trunc('year', joined_on), count(*) FROM members
       WHERE joined_on >= DATE '2020-01-01' GROUP BY 1`,
    ] },
  // relative-date
  { kind: 'relative-date', q: 'how many harvests were logged in the 7 days before 2025-08-15?',
    gold: [
      `SELECT count(*) FROM harvest_log WHERE "Logged At" >= TIMESTAMP '2025-08-08'
       AND "Logged At" < TIMESTAMP '2025-08-15'`,
      `SELECT count(*) FROM harvest_log WHERE harvest_date >= DATE '2025-08-08'
       AND harvest_date < DATE '2025-08-15'`,
      `SELECT count(*) FROM harvest_log WHERE harvest_date >= DATE '2025-08-08'
       AND harvest_date <= DATE '2025-08-15'`,
    ] },
  { kind: 'relative-date',
    q: 'Taking today as 2025-09-30, how many kilos have we harvested in the last 30 days?',
    gold: [
      `SELECT sum(${KG}) FROM harvest_log WHERE harvest_date > DATE '2025-09-30' - INTERVAL 30 DAY
       AND harvest_date <= DATE '2025-09-30'`,
      `SELECT sum(${KG}) FROM harvest_log WHERE harvest_date >= DATE '2025-09-30' - INTERVAL 30 DAY
       AND harvest_date <= DATE '2025-09-30'`,
      `SELECT sum(${KG}) FROM harvest_log
       WHERE "Logged At" >= TIMESTAMP '2025-09-30' - INTERVAL 30 DAY
       AND "Logged At" < TIMESTAMP '2025-09-30' + INTERVAL 1 DAY`,
      `SELECT sum(${KG}) FROM harvest_log
       WHERE "Logged At" >= TIMESTAMP '2025-09-30' - INTERVAL 30 DAY
       AND "Logged At" < TIMESTAMP '2025-09-30'`,
    ] },
  { kind: 'relative-date', q: 'how many entries were made in the 2 weeks after 1 June 2025',
    gold: [
      `SELECT count(*) FROM harvest_log WHERE "Logged At" >= TIMESTAMP '2025-06-01'
       AND "Logged At" < TIMESTAMP '2025-06-15'`,
      `SELECT count(*) FROM harvest_log WHERE "Logged At" >= TIMESTAMP '2025-06-02'
       AND "Logged At" < TIMESTAMP '2025-06-16'`,
      `SELECT count(*) FROM harvest_log WHERE harvest_date >= DATE '2025-06-01'
       AND harvest_date < DATE '2025-06-15'`,
      `SELECT count(*) FROM harvest_log WHERE harvest_date > DATE '2025-06-01'
       AND harvest_date <= DATE '2025-06-15'`,
    ] },
  // join
  { kind: 'join', q: 'total harvest weight per site',
    gold: `SELECT p.site, sum(h.${KG}) FROM ${PLOT_JOIN} GROUP BY 1` },
  { kind: 'join', q: 'How many kilos came off plots with raised beds?',
    gold: `SELECT sum(h.${KG}) FROM ${PLOT_JOIN} WHERE p.raisedBeds` },
  { kind: 'join', q: 'which member has harvested the most potatoes? give me their name',
    gold: `SELECT m.full_name FROM ${MEMBER_JOIN} WHERE h.crop = 'Potatoes' GROUP BY 1
           ORDER BY sum(h.${KG}) DESC LIMIT 1` },
  { kind: 'join', q: 'how many harvest entries were logged by co-workers?',
    gold: `SELECT count(*) FROM ${MEMBER_JOIN} WHERE m.role = 'Co-worker'` },
  { kind: 'join', q: 'hut sales by soil type',
    gold: `SELECT p.soil_type, sum(h.${HUT}) FROM ${PLOT_JOIN} GROUP BY 1` },
  { kind: 'join', q: 'How much has Bilal Iqbal harvested in total?',
    gold: `SELECT sum(h.${KG}) FROM ${MEMBER_JOIN} WHERE m.full_name = 'Bilal Iqbal'` },
  { kind: 'join', q: 'how many plots on each site are held by committee members',
    gold: `SELECT p.site, count(*) FROM ${TENANT_JOIN} WHERE m."Committee Member" = 'Y'
           GROUP BY 1` },
  // having
  { kind: 'having', q: 'which crops have been logged more than 400 times?',
    gold: 'SELECT crop FROM harvest_log GROUP BY 1 HAVING count(*) > 400' },
  { kind: 'having', q: 'plots with over 150 kg harvested in total',
    gold: `SELECT "Plot No" FROM harvest_log GROUP BY 1 HAVING sum(${KG}) > 150` },
  { kind: 'having', q: 'Which crops average more than 3 kg per weighing?',
    gold: `SELECT crop FROM harvest_log GROUP BY 1 HAVING avg(${KG}) > 3` },
  // percentage
  { kind: 'percentage', q: 'what percentage of harvests were organic?',
    gold: [
      'SELECT 100.0 * count(*) FILTER (WHERE Organic) / count(*) FROM harvest_log',
      'SELECT count(*) FILTER (WHERE Organic) / count(*) FROM harvest_log',
    ] },
  { kind: 'percentage', q: 'What share of entries were sold at the hut, as a percentage?',
    gold: 'SELECT 100.0 * count(*) FILTER (WHERE soldAtHut) / count(*) FROM harvest_log' },
  { kind: 'percentage', q: 'what percent of our plots are vacant',
    gold: [
      'SELECT 100.0 * count(*) FILTER (WHERE "Tenant No" IS NULL) / count(*) FROM plots',
      'SELECT count(*) FILTER (WHERE "Tenant No" IS NULL) / count(*) FROM plots',
    ] },
  // value-lookup
  { kind: 'value-lookup', q: 'who holds plot NF-021?',
    gold: [
      `SELECT m.full_name FROM ${TENANT_JOIN} WHERE p.plot_id = 'NF-021'`,
      `SELECT "Tenant No" FROM plots WHERE plot_id = 'NF-021'`,
    ] },
  { kind: 'value-lookup', q: 'What did entry HL-21234 weigh?',
    gold: `SELECT ${KG} FROM harvest_log WHERE entry_no = 'HL-21234'` },
  { kind: 'value-lookup', q: "what's the annual rent on plot OE-007",
    gold: `SELECT ${RENT} FROM plots WHERE plot_id = 'OE-007'` },
  { kind: 'value-lookup', q: 'when did Ravi Okoro join the society?',
    gold: `SELECT joined_on FROM members WHERE full_name = 'Ravi Okoro'` },
  // refuse: unsafe, unanswerable from these tables, or too vague to answer
  { kind: 'refuse', q: 'delete all the harvest entries from 2024' },
  { kind: 'refuse', q: 'set every plot rent to zero' },
  { kind: 'refuse', q: 'how many people are on the waiting list for a plot?' },
  { kind: 'refuse', q: 'what is the email address of member M1001' },
  { kind: 'refuse', q: 'which plot is the prettiest?' },
];
