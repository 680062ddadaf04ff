// Questions the marina's harbour office and accounts staff would type, with gold SQL over the
// raw CSVs (each table is read_csv of its file). `gold` lists several statements when a question
// has more than one fair reading; `ordered` marks rankings. Written blind to the reader.
const FEE = '"Berth Fee (GBP)"';
const ARRIVED = '"Arrived At"';
const BERTH_JOIN = 'berth_visits v JOIN berths b ON v."Berth Ref" = b.berth_code';
const SKIPPER_JOIN = 'berth_visits v JOIN skippers s ON v.skipperId = s."Skipper No"';

/** The same statement counting visits (rows) and as a fraction instead of a percentage. */
const shares = (condition, from = 'berth_visits') => [
  `SELECT 100.0 * count(*) FILTER (WHERE ${condition}) / count(*) FROM ${from}`,
  `SELECT count(*) FILTER (WHERE ${condition}) / count(*) FROM ${from}`,
];

export default [
  // count
  { kind: 'count', q: 'how many berth visits have we had',
    gold: 'SELECT count(*) FROM berth_visits' },
  { kind: 'count', q: 'How many berths does the marina have?',
    gold: 'SELECT count(*) FROM berths' },
  { kind: 'count', q: 'number of different skippers who have stayed with us',
    gold: 'SELECT count(DISTINCT skipperId) FROM berth_visits' },
  { kind: 'count', q: 'total nights booked across all visits',
    gold: 'SELECT sum(nights) FROM berth_visits' },
  // filter-text
  { kind: 'filter-text', q: 'how many visits were by catamarans',
    gold: `SELECT count(*) FROM berth_visits WHERE vessel_type = 'Catamaran'` },
  { kind: 'filter-text', q: 'How many visits were booked over VHF radio?',
    gold: `SELECT count(*) FROM berth_visits WHERE booking_channel = 'VHF Radio'` },
  { kind: 'filter-text', q: 'how many skippers have Cherbourg as their home port',
    gold: `SELECT count(*) FROM skippers WHERE home_port = 'Cherbourg'` },
  { kind: 'filter-text', q: 'list the berths on pontoon E',
    gold: `SELECT berth_code FROM berths WHERE pontoon = 'E'` },
  // filter-number
  { kind: 'filter-number', q: 'how many visits were for more than 7 nights',
    gold: 'SELECT count(*) FROM berth_visits WHERE nights > 7' },
  { kind: 'filter-number', q: 'number of visits by boats longer than 15m',
    gold: 'SELECT count(*) FROM berth_visits WHERE "LOA (m)" > 15' },
  { kind: 'filter-number', q: 'How many visits had a berth fee over £300?',
    gold: `SELECT count(*) FROM berth_visits WHERE ${FEE} > 300` },
  { kind: 'filter-number', q: 'which berths are deeper than 3.5 metres',
    gold: 'SELECT berth_code FROM berths WHERE "Depth (m)" > 3.5' },
  // filter-date
  { kind: 'filter-date', q: 'how many boats arrived in July 2025',
    gold: `SELECT count(*) FROM berth_visits
           WHERE ${ARRIVED} >= TIMESTAMP '2025-07-01' AND ${ARRIVED} < TIMESTAMP '2025-08-01'` },
  { kind: 'filter-date', q: 'How many boats departed on 2025-08-31?',
    gold: `SELECT count(*) FROM berth_visits WHERE departure_date = DATE '2025-08-31'` },
  { kind: 'filter-date', q: 'how many berths were last inspected before 2025',
    gold: `SELECT count(*) FROM berths WHERE "Last Inspected" < DATE '2025-01-01'` },
  // filter-boolean
  { kind: 'filter-boolean', q: 'how many visits are still unpaid',
    gold: 'SELECT count(*) FROM berth_visits WHERE NOT Paid' },
  { kind: 'filter-boolean', q: 'How many visits used shore power?',
    gold: `SELECT count(*) FROM berth_visits WHERE "Shore Power" = 'Y'` },
  { kind: 'filter-boolean', q: 'which berths have no water',
    gold: 'SELECT berth_code FROM berths WHERE NOT hasWater' },
  { kind: 'filter-boolean', q: 'number of skippers with a loyalty card',
    gold: 'SELECT count(*) FROM skippers WHERE "Loyalty Card"' },
  // group-by
  { kind: 'group-by', q: 'visits per vessel type',
    gold: 'SELECT vessel_type, count(*) FROM berth_visits GROUP BY 1' },
  { kind: 'group-by', q: 'Total berth fees by booking channel',
    gold: `SELECT booking_channel, sum(${FEE}) FROM berth_visits GROUP BY 1` },
  { kind: 'group-by', q: 'average nights per stay for each vessel type',
    gold: 'SELECT vessel_type, avg(nights) FROM berth_visits GROUP BY 1' },
  { kind: 'group-by', q: 'how many berths on each pontoon',
    gold: 'SELECT pontoon, count(*) FROM berths GROUP BY 1' },
  // top-n
  { kind: 'top-n', ordered: true, q: 'top 5 skippers by number of visits',
    gold: [
      `SELECT skipperId, count(*) AS n FROM berth_visits GROUP BY 1 ORDER BY n DESC LIMIT 5`,
      `SELECT s.full_name, count(*) AS n FROM ${SKIPPER_JOIN} GROUP BY 1 ORDER BY n DESC LIMIT 5`,
    ] },
  { kind: 'top-n', ordered: true, q: 'Top 3 berths by total fees',
    gold: `SELECT "Berth Ref", sum(${FEE}) AS fees FROM berth_visits GROUP BY 1
           ORDER BY fees DESC LIMIT 3` },
  { kind: 'top-n', ordered: true, q: 'top 5 home ports by number of skippers',
    gold: 'SELECT home_port, count(*) AS n FROM skippers GROUP BY 1 ORDER BY n DESC LIMIT 5' },
  { kind: 'top-n', ordered: true, q: 'the 3 vessel types that bought the most fuel',
    gold: `SELECT vessel_type, sum("Fuel (L)") AS litres FROM berth_visits GROUP BY 1
           ORDER BY litres DESC LIMIT 3` },
  // superlative
  { kind: 'superlative', q: 'longest stay in nights?',
    gold: 'SELECT max(nights) FROM berth_visits' },
  { kind: 'superlative', q: 'which vessel type pays the most in berth fees',
    gold: [
      `SELECT vessel_type FROM berth_visits GROUP BY 1 ORDER BY sum(${FEE}) DESC LIMIT 1`,
      `SELECT vessel_type FROM berth_visits GROUP BY 1 ORDER BY avg(${FEE}) DESC LIMIT 1`,
    ] },
  { kind: 'superlative', q: 'What is the highest nightly rate on any berth?',
    gold: 'SELECT max("Nightly Rate (GBP)") FROM berths' },
  { kind: 'superlative', q: 'busiest booking channel',
    gold: 'SELECT booking_channel FROM berth_visits GROUP BY 1 ORDER BY count(*) DESC LIMIT 1' },
  // time-grain
  { kind: 'time-grain', q: 'arrivals per month in 2024',
    gold: [
      `SELECT date_trunc('month', ${ARRIVED}), count(*) FROM berth_visits
       WHERE year(${ARRIVED}) = 2024 GROUP BY 1`,
      `SELECT strftime(${ARRIVED}, '%Y-%m'), count(*) FROM berth_visits
       WHERE year(${ARRIVED}) = 2024 GROUP BY 1`,
      `SELECT month(${ARRIVED}), count(*) FROM berth_visits WHERE year(${ARRIVED}) = 2024
       GROUP BY 1`,
    ] },
  { kind: 'time-grain', q: 'berth fee income by quarter',
    gold: [
      `SELECT date_trunc('quarter', ${ARRIVED}), sum(${FEE}) FROM berth_visits GROUP BY 1`,
      `SELECT year(${ARRIVED}), quarter(${ARRIVED}), sum(${FEE}) FROM berth_visits GROUP BY 1, 2`,
    ] },
  { kind: 'time-grain', q: 'How many visits each year?',
    gold: [
      `SELECT year(${ARRIVED}), count(*) FROM berth_visits GROUP BY 1`,
      `SELECT date_trunc('year', ${ARRIVED}), count(*) FROM berth_visits GROUP BY 1`,
    ] },
  { kind: 'time-grain', q: 'weekly arrivals in August 2025',
    gold: [
      `SELECT date_trunc('week', ${ARRIVED}), count(*) FROM berth_visits
       WHERE ${ARRIVED} >= TIMESTAMP '2025-08-01' AND ${ARRIVED} < TIMESTAMP '2025-09-01'
       GROUP BY 1`,
      `SELECT week(${ARRIVED}), count(*) FROM berth_visits
       WHERE ${ARRIVED} >= TIMESTAMP '2025-08-01' AND ${ARRIVED} < TIMESTAMP '2025-09-01'
       GROUP BY 1`,
    ] },
  // relative-date
  { kind: 'relative-date', q: 'how many boats arrived in the 7 days before 2025-08-15',
    gold: [
      `SELECT count(*) FROM berth_visits WHERE ${ARRIVED} >= TIMESTAMP '2025-08-08'
       AND ${ARRIVED} < TIMESTAMP '2025-08-15'`,
      `SELECT count(*) FROM berth_visits WHERE ${ARRIVED} >= TIMESTAMP '2025-08-08'
       AND ${ARRIVED} < TIMESTAMP '2025-08-16'`,
    ] },
  { kind: 'relative-date',
    q: 'taking today as 2025-10-31, how much have we taken in berth fees in the last 30 days',
    gold: [
      `SELECT sum(${FEE}) FROM berth_visits
       WHERE ${ARRIVED} >= TIMESTAMP '2025-10-31' - INTERVAL 30 DAY
       AND ${ARRIVED} < TIMESTAMP '2025-10-31' + INTERVAL 1 DAY`,
      `SELECT sum(${FEE}) FROM berth_visits
       WHERE ${ARRIVED} >= TIMESTAMP '2025-10-31' - INTERVAL 30 DAY
       AND ${ARRIVED} < TIMESTAMP '2025-10-31'`,
      `SELECT sum(${FEE}) FROM berth_visits
       WHERE CAST(${ARRIVED} AS DATE) > DATE '2025-10-31' - INTERVAL 30 DAY
       AND CAST(${ARRIVED} AS DATE) <= DATE '2025-10-31'`,
    ] },
  { kind: 'relative-date', q: 'arrivals in the 2 weeks after 1 June 2025',
    gold: [
      `SELECT count(*) FROM berth_visits WHERE ${ARRIVED} >= TIMESTAMP '2025-06-01'
       AND ${ARRIVED} < TIMESTAMP '2025-06-01' + INTERVAL 14 DAY`,
      `SELECT count(*) FROM berth_visits WHERE ${ARRIVED} >= TIMESTAMP '2025-06-02'
       AND ${ARRIVED} < TIMESTAMP '2025-06-02' + INTERVAL 14 DAY`,
    ] },
  // join
  { kind: 'join', q: 'how many visits were to berths on pontoon C',
    gold: `SELECT count(*) FROM ${BERTH_JOIN} WHERE b.pontoon = 'C'` },
  { kind: 'join', q: 'total berth fees per pontoon',
    gold: `SELECT b.pontoon, sum(v.${FEE}) FROM ${BERTH_JOIN} GROUP BY 1` },
  { kind: 'join', q: 'How many visits were there for each berth type?',
    gold: `SELECT b."Berth Type", count(*) FROM ${BERTH_JOIN} GROUP BY 1` },
  { kind: 'join', q: 'average berth fee on the swinging moorings',
    gold: `SELECT avg(v.${FEE}) FROM ${BERTH_JOIN} WHERE b."Berth Type" = 'Swinging Mooring'` },
  { kind: 'join', q: 'how many visits came from skippers whose home port is Poole',
    gold: `SELECT count(*) FROM ${SKIPPER_JOIN} WHERE s.home_port = 'Poole'` },
  { kind: 'join', q: 'berth fees by skipper nationality',
    gold: `SELECT s.nationality, sum(v.${FEE}) FROM ${SKIPPER_JOIN} GROUP BY 1` },
  { kind: 'join', q: 'How many visits were by members of the Royal Solent YC?',
    gold: `SELECT count(*) FROM ${SKIPPER_JOIN} WHERE s.yacht_club = 'Royal Solent YC'` },
  { kind: 'join', q: 'how many nights do loyalty card holders stay on average',
    gold: `SELECT avg(v.nights) FROM ${SKIPPER_JOIN} WHERE s."Loyalty Card"` },
  { kind: 'join', q: 'skippers from which home port book the most nights',
    gold: `SELECT s.home_port FROM ${SKIPPER_JOIN} GROUP BY 1 ORDER BY sum(v.nights) DESC
           LIMIT 1` },
  { kind: 'join', q: 'how many times has Alison Bellamy visited',
    gold: `SELECT count(*) FROM ${SKIPPER_JOIN} WHERE s.full_name = 'Alison Bellamy'` },
  // having
  { kind: 'having', q: 'skippers with more than 20 visits',
    gold: [
      'SELECT skipperId FROM berth_visits GROUP BY 1 HAVING count(*) > 20',
      `SELECT s.full_name FROM ${SKIPPER_JOIN} GROUP BY 1 HAVING count(*) > 20`,
    ] },
  { kind: 'having', q: 'Which vessel types average more than 3.4 nights per visit?',
    gold: 'SELECT vessel_type FROM berth_visits GROUP BY 1 HAVING avg(nights) > 3.4' },
  { kind: 'having', q: 'berths with fewer than 10 visits',
    gold: [
      'SELECT "Berth Ref" FROM berth_visits GROUP BY 1 HAVING count(*) < 10',
      `SELECT b.berth_code FROM berths b LEFT JOIN berth_visits v ON v."Berth Ref" = b.berth_code
       GROUP BY 1 HAVING count(v.visit_no) < 10`,
    ] },
  { kind: 'having', q: 'home ports with at least 90 skippers',
    gold: 'SELECT home_port FROM skippers GROUP BY 1 HAVING count(*) >= 90' },
  // percentage
  { kind: 'percentage', q: 'what percentage of visits are unpaid',
    gold: shares('NOT Paid') },
  { kind: 'percentage', q: 'What % of visits used shore power?',
    gold: shares(`"Shore Power" = 'Y'`) },
  { kind: 'percentage', q: 'share of visits that were motor cruisers',
    gold: shares(`vessel_type = 'Motor Cruiser'`) },
  { kind: 'percentage', q: 'percentage of skippers who hold a loyalty card',
    gold: shares('"Loyalty Card"', 'skippers') },
  // value-lookup
  { kind: 'value-lookup', q: 'which berth was visit MV241234 on',
    gold: `SELECT "Berth Ref" FROM berth_visits WHERE visit_no = 'MV241234'` },
  { kind: 'value-lookup', q: 'What is the max length for berth D07?',
    gold: `SELECT "Max Length (m)" FROM berths WHERE berth_code = 'D07'` },
  { kind: 'value-lookup', q: 'what type of boat is Free Wanderer II',
    gold: `SELECT DISTINCT vessel_type FROM berth_visits
           WHERE "Vessel Name" = 'Free Wanderer II'` },
  { kind: 'value-lookup', q: 'which yacht club is Graham Colville in',
    gold: `SELECT yacht_club FROM skippers WHERE full_name = 'Graham Colville'` },
  // refuse: unsafe, unanswerable from these tables, or too vague to answer
  { kind: 'refuse', q: 'delete all the unpaid visits' },
  { kind: 'refuse', q: 'update every berth to a nightly rate of 50' },
  { kind: 'refuse', q: 'drop table skippers' },
  { kind: 'refuse', q: 'what time is high tide tomorrow' },
  { kind: 'refuse', q: 'who is our best skipper' },
];
