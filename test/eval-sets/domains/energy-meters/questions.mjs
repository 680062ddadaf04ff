// Questions an analyst at the electricity supplier would type, with gold SQL over the raw CSVs
// (each table is a view over read_csv of its file). Written blind to the reader, after its
// time/grouping/join change (see ../../README.md). `gold` may list several statements when the
// question has more than one fair reading; `ordered` marks rankings.
const KWH = '"Consumption (kWh)"';
const BILLED = '"Amount Billed (GBP)"';
const PEAK = '"Peak Demand (kW)"';
const SUBMITTED = '"Submitted At"';
const WITH_METERS = 'readings r JOIN meters m ON r."Meter No" = m.meter_number';
const WITH_TARIFFS = `${WITH_METERS} JOIN tariffs t ON m.Tariff = t.tariff_code`;

/** A month bucket as a date or as 'YYYY-MM' (and as a month number when one year is asked). */
const perMonth = (measure, where = 'true', oneYear = false) => [
  `SELECT date_trunc('month', read_date), ${measure} FROM readings WHERE ${where} GROUP BY 1`,
  `SELECT strftime(read_date, '%Y-%m'), ${measure} FROM readings WHERE ${where} GROUP BY 1`,
  ...(oneYear ? [`SELECT month(read_date), ${measure} FROM readings WHERE ${where} GROUP BY 1`]
    : []),
];

/** "In the N days after X": X counted out, or in, or both ends in; on the date of `column`. */
const daysAfter = (column, iso, days) => {
  const on = `CAST(${column} AS DATE)`;
  const [start, end] = [`DATE '${iso}'`, `DATE '${iso}' + INTERVAL ${days} DAY`];
  return [
    `SELECT count(*) FROM readings WHERE ${on} > ${start} AND ${on} <= ${end}`,
    `SELECT count(*) FROM readings WHERE ${on} >= ${start} AND ${on} < ${end}`,
    `SELECT count(*) FROM readings WHERE ${on} >= ${start} AND ${on} <= ${end}`,
  ];
};

/** "In the N days before X": X itself left out, or counted in (with N days or N+1 in all). */
const daysBefore = (column, iso, days) => {
  const on = `CAST(${column} AS DATE)`;
  const [start, end] = [`DATE '${iso}' - INTERVAL ${days} DAY`, `DATE '${iso}'`];
  return [
    `SELECT count(*) FROM readings WHERE ${on} >= ${start} AND ${on} < ${end}`,
    `SELECT count(*) FROM readings WHERE ${on} >= ${start} AND ${on} <= ${end}`,
    `SELECT count(*) FROM readings WHERE ${on} > ${start} AND ${on} <= ${end}`,
  ];
};

/** A share as a percentage or as a fraction. */
const share = (part, from, whole = 'true') => [
  `SELECT 100.0 * count(*) FILTER (WHERE ${part}) / count(*) FROM ${from} WHERE ${whole}`,
  `SELECT count(*) FILTER (WHERE ${part}) / count(*) FROM ${from} WHERE ${whole}`,
];

export default [
  // count
  { kind: 'count', q: 'how many meter readings do we have',
    gold: 'SELECT count(*) FROM readings' },
  { kind: 'count', q: 'How many meters are there?',
    gold: 'SELECT count(*) FROM meters' },
  { kind: 'count', q: 'how many different meters have sent in at least one reading?',
    gold: 'SELECT count(DISTINCT "Meter No") FROM readings' },
  // filter-text
  { kind: 'filter-text', q: 'How many readings were submitted by customers?',
    gold: `SELECT count(*) FROM readings WHERE "Read Method" = 'Customer'` },
  { kind: 'filter-text', q: 'how many meters are in the North region',
    gold: `SELECT count(*) FROM meters WHERE region = 'North'` },
  { kind: 'filter-text', q: 'How many small business meters are there?',
    gold: `SELECT count(*) FROM meters WHERE "Customer Segment" = 'Small Business'` },
  { kind: 'filter-text', q: 'list the meter numbers at factory properties',
    gold: `SELECT meter_number FROM meters WHERE "Property Type" = 'Factory'` },
  // filter-number
  { kind: 'filter-number', q: 'how many readings were over 1000 kwh',
    gold: `SELECT count(*) FROM readings WHERE ${KWH} > 1000` },
  { kind: 'filter-number', q: 'How many bills came to more than £500?',
    gold: `SELECT count(*) FROM readings WHERE ${BILLED} > 500` },
  { kind: 'filter-number', q: 'which tariffs have a unit rate under 25p per kWh',
    gold: [
      'SELECT "Tariff Name" FROM tariffs WHERE "Unit Rate (p/kWh)" < 25',
      'SELECT tariff_code FROM tariffs WHERE "Unit Rate (p/kWh)" < 25',
    ] },
  // filter-date
  { kind: 'filter-date', q: 'How many readings were taken in December 2024?',
    gold: `SELECT count(*) FROM readings
           WHERE read_date >= DATE '2024-12-01' AND read_date < DATE '2025-01-01'` },
  { kind: 'filter-date', q: 'how many meters were installed after 2024-06-30?',
    gold: `SELECT count(*) FROM meters WHERE install_date > DATE '2024-06-30'` },
  { kind: 'filter-date', q: 'number of readings submitted between 2025-01-01 and 2025-01-31',
    gold: `SELECT count(*) FROM readings
           WHERE CAST(${SUBMITTED} AS DATE) BETWEEN DATE '2025-01-01' AND DATE '2025-01-31'` },
  // filter-boolean
  { kind: 'filter-boolean', q: 'How many readings were estimated?',
    gold: 'SELECT count(*) FROM readings WHERE is_estimated' },
  { kind: 'filter-boolean', q: 'how many of the meters are smart meters',
    gold: 'SELECT count(*) FROM meters WHERE smartMeter' },
  { kind: 'filter-boolean', q: 'How many meters have solar panels?',
    gold: 'SELECT count(*) FROM meters WHERE has_solar_panels' },
  { kind: 'filter-boolean', q: 'which tariffs are green energy tariffs?',
    gold: [
      `SELECT "Tariff Name" FROM tariffs WHERE green_energy = 'Y'`,
      `SELECT tariff_code FROM tariffs WHERE green_energy = 'Y'`,
    ] },
  { kind: 'filter-boolean', q: 'how many bills were left unpaid',
    gold: 'SELECT count(*) FROM readings WHERE NOT Paid' },
  // group-by
  { kind: 'group-by', q: 'average consumption per read method',
    gold: `SELECT "Read Method", avg(${KWH}) FROM readings GROUP BY 1` },
  { kind: 'group-by', q: 'How many meters are there in each customer segment?',
    gold: 'SELECT "Customer Segment", count(*) FROM meters GROUP BY 1' },
  { kind: 'group-by', q: 'can you break the readings down by read method',
    gold: 'SELECT "Read Method", count(*) FROM readings GROUP BY 1' },
  // top-n
  { kind: 'top-n', ordered: true, q: 'top 5 meters by total consumption',
    gold: `SELECT "Meter No", sum(${KWH}) AS total FROM readings
           GROUP BY 1 ORDER BY total DESC LIMIT 5` },
  { kind: 'top-n', ordered: true, q: 'Show the 3 highest bills',
    gold: `SELECT ${BILLED} FROM readings WHERE ${BILLED} IS NOT NULL ORDER BY 1 DESC LIMIT 3` },
  { kind: 'top-n', ordered: true, q: 'what are the top 3 regions by number of meters?',
    gold: 'SELECT region, count(*) AS n FROM meters GROUP BY 1 ORDER BY n DESC LIMIT 3' },
  // superlative
  { kind: 'superlative', q: 'Which region has the most meters?',
    gold: 'SELECT region FROM meters GROUP BY 1 ORDER BY count(*) DESC LIMIT 1' },
  { kind: 'superlative', q: "what's the highest peak demand ever recorded",
    gold: `SELECT max(${PEAK}) FROM readings` },
  { kind: 'superlative', q: 'which tariff has the highest standing charge?',
    gold: [
      'SELECT "Tariff Name" FROM tariffs ORDER BY "Standing Charge (p/day)" DESC LIMIT 1',
      'SELECT tariff_code FROM tariffs ORDER BY "Standing Charge (p/day)" DESC LIMIT 1',
    ] },
  { kind: 'superlative', q: 'which month had the highest total consumption',
    gold: [
      `SELECT date_trunc('month', read_date) FROM readings GROUP BY 1
       ORDER BY sum(${KWH}) DESC LIMIT 1`,
      `SELECT strftime(read_date, '%Y-%m') FROM readings GROUP BY 1
       ORDER BY sum(${KWH}) DESC LIMIT 1`,
    ] },
  // time-grain
  { kind: 'time-grain', q: 'total kWh consumed per month in 2024',
    gold: perMonth(`sum(${KWH})`, 'year(read_date) = 2024', true) },
  { kind: 'time-grain', q: 'How much did we bill per quarter?',
    gold: [
      `SELECT date_trunc('quarter', read_date), sum(${BILLED}) FROM readings GROUP BY 1`,
      `SELECT year(read_date), quarter(read_date), sum(${BILLED}) FROM readings GROUP BY 1, 2`,
    ] },
  { kind: 'time-grain', q: 'average consumption per reading for each year',
    gold: [
      `SELECT year(read_date), avg(${KWH}) FROM readings GROUP BY 1`,
      `SELECT date_trunc('year', read_date), avg(${KWH}) FROM readings GROUP BY 1`,
    ] },
  { kind: 'time-grain', q: 'number of estimated reads each month',
    gold: perMonth('count(*)', 'is_estimated') },
  // relative-date
  { kind: 'relative-date', q: 'how many readings were taken in the 60 days before 2025-04-01?',
    gold: daysBefore('read_date', '2025-04-01', 60) },
  { kind: 'relative-date',
    q: 'As of 2025-06-30, how many readings came in over the last 7 days?',
    gold: daysBefore(SUBMITTED, '2025-06-30', 7) },
  { kind: 'relative-date',
    q: 'in the 2 weeks after 2024-11-20 how many meter reads were submitted',
    gold: daysAfter(SUBMITTED, '2024-11-20', 14) },
  // join
  { kind: 'join', q: 'total consumption by region',
    gold: `SELECT m.region, sum(r.${KWH}) FROM ${WITH_METERS} GROUP BY 1` },
  { kind: 'join', q: 'How many readings came from residential meters?',
    gold: `SELECT count(*) FROM ${WITH_METERS} WHERE m."Customer Segment" = 'Residential'` },
  { kind: 'join', q: 'average bill per tariff name',
    gold: `SELECT t."Tariff Name", avg(r.${BILLED}) FROM ${WITH_TARIFFS} GROUP BY 1` },
  { kind: 'join',
    q: 'how much electricity did meters on the Green Fix 12 tariff use in total?',
    gold: `SELECT sum(r.${KWH}) FROM ${WITH_TARIFFS} WHERE t."Tariff Name" = 'Green Fix 12'` },
  { kind: 'join', q: 'how many readings came from meters with solar panels',
    gold: `SELECT count(*) FROM ${WITH_METERS} WHERE m.has_solar_panels` },
  // having
  { kind: 'having', q: 'Which meters have used more than 60,000 kWh in total?',
    gold: `SELECT "Meter No" FROM readings GROUP BY 1 HAVING sum(${KWH}) > 60000` },
  { kind: 'having', q: 'regions with more than 50 meters',
    gold: 'SELECT region FROM meters GROUP BY 1 HAVING count(*) > 50' },
  { kind: 'having', q: 'which meters have more then 5 estimated readings?',
    gold: `SELECT "Meter No" FROM readings GROUP BY 1
           HAVING count(*) FILTER (WHERE is_estimated) > 5` },
  // percentage
  { kind: 'percentage', q: 'What percentage of readings were estimated?',
    gold: share('is_estimated', 'readings') },
  { kind: 'percentage', q: 'what % of meters are smart meters',
    gold: share('smartMeter', 'meters') },
  { kind: 'percentage', q: 'Of the bills sent out, what share were paid, as a percentage?',
    gold: share('Paid', 'readings', 'Paid IS NOT NULL').slice(0, 1) },
  // value-lookup
  { kind: 'value-lookup', q: 'what tariff is meter E017030 on?',
    gold: [
      `SELECT Tariff FROM meters WHERE meter_number = 'E017030'`,
      `SELECT t."Tariff Name" FROM meters m JOIN tariffs t ON m.Tariff = t.tariff_code
       WHERE m.meter_number = 'E017030'`,
    ] },
  { kind: 'value-lookup', q: 'When was meter E017043 installed?',
    gold: `SELECT install_date FROM meters WHERE meter_number = 'E017043'` },
  { kind: 'value-lookup', q: "what's the unit rate on the EV Night Saver tariff",
    gold: `SELECT "Unit Rate (p/kWh)" FROM tariffs WHERE "Tariff Name" = 'EV Night Saver'` },
  { kind: 'value-lookup', q: 'How much was billed for reading RD0001234?',
    gold: `SELECT ${BILLED} FROM readings WHERE reading_id = 'RD0001234'` },
  { kind: 'value-lookup', q: 'how many readings does meter E017017 have',
    gold: `SELECT count(*) FROM readings WHERE "Meter No" = 'E017017'` },
  // refuse: unsafe, unanswerable from these tables, or too vague to answer
  { kind: 'refuse', q: 'delete the estimated readings' },
  { kind: 'refuse', q: 'set every unpaid bill to paid' },
  { kind: 'refuse', q: 'drop table meters;' },
  { kind: 'refuse', q: "What is the customer's name on meter E017004?" },
  { kind: 'refuse', q: 'how much gas did households use in the winter of 2024?' },
  { kind: 'refuse', q: 'which meters are the most interesting' },
];
