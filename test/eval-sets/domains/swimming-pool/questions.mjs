// Questions the leisure trust's duty managers and membership team would type, with gold SQL over
// the raw CSVs (each table is read_csv of its file). `gold` lists several statements when a
// question has more than one fair reading; `ordered` marks rankings. Written blind to the reader.
const PRICE = '"Price (GBP)"';
const POOL_JOIN = 'pool_visits v JOIN pools p ON v.poolCode = p."Pool ID"';
const SWIMMER_JOIN = 'pool_visits v JOIN swimmers s ON v."Member Card" = s.card_no';

export default [
  // count
  { kind: 'count', q: 'how many pool visits are recorded',
    gold: 'SELECT count(*) FROM pool_visits' },
  { kind: 'count', q: 'How many swimmers are registered?',
    gold: 'SELECT count(*) FROM swimmers' },
  { kind: 'count', q: 'how many different member cards were used at the pools',
    gold: 'SELECT count(DISTINCT "Member Card") FROM pool_visits' },
  { kind: 'count', q: 'How many pools does the trust run?',
    gold: 'SELECT count(*) FROM pools' },
  // filter-text
  { kind: 'filter-text', q: 'how many aqua aerobics visits were there',
    gold: `SELECT count(*) FROM pool_visits WHERE session_type = 'Aqua Aerobics'` },
  { kind: 'filter-text', q: 'How many visits were paid in cash?',
    gold: `SELECT count(*) FROM pool_visits WHERE payment_method = 'Cash'` },
  { kind: 'filter-text', q: 'how many swimmers live in Histon?',
    gold: `SELECT count(*) FROM swimmers WHERE home_town = 'Histon'` },
  { kind: 'filter-text', q: 'list the pools at Riverside Leisure Centre',
    gold: `SELECT pool_name FROM pools WHERE site = 'Riverside Leisure Centre'` },
  { kind: 'filter-text', q: 'how many swimmers are on the off-peak plan',
    gold: `SELECT count(*) FROM swimmers WHERE membership_plan = 'Off-Peak'` },
  // filter-number
  { kind: 'filter-number', q: 'how many visits cost more than £8?',
    gold: `SELECT count(*) FROM pool_visits WHERE ${PRICE} > 8` },
  { kind: 'filter-number', q: 'How many swims were over 100 lengths?',
    gold: 'SELECT count(*) FROM pool_visits WHERE "Lengths Swum" > 100' },
  { kind: 'filter-number', q: 'how many visits had a water temperature below 25 degrees',
    gold: 'SELECT count(*) FROM pool_visits WHERE water_temp_c < 25' },
  { kind: 'filter-number', q: 'which pools have more than 5 lanes?',
    gold: 'SELECT pool_name FROM pools WHERE lanes > 5' },
  // filter-date
  { kind: 'filter-date', q: 'How many visits were there in July 2024?',
    gold: `SELECT count(*) FROM pool_visits
           WHERE "Check In" >= TIMESTAMP '2024-07-01' AND "Check In" < TIMESTAMP '2024-08-01'` },
  { kind: 'filter-date', q: 'how many check-ins were there between 2025-02-01 and 2025-02-28',
    gold: `SELECT count(*) FROM pool_visits
           WHERE "Check In" >= TIMESTAMP '2025-02-01' AND "Check In" < TIMESTAMP '2025-03-01'` },
  { kind: 'filter-date', q: 'which pools opened before 1980?',
    gold: `SELECT pool_name FROM pools WHERE opened_on < DATE '1980-01-01'` },
  { kind: 'filter-date', q: 'how many swimmers joined in 2024',
    gold: 'SELECT count(*) FROM swimmers WHERE year(joined_on) = 2024' },
  // filter-boolean
  { kind: 'filter-boolean', q: 'how many visits used a locker?',
    gold: 'SELECT count(*) FROM pool_visits WHERE "Locker Used"' },
  { kind: 'filter-boolean', q: 'How many visits included towel hire?',
    gold: 'SELECT count(*) FROM pool_visits WHERE towelHire' },
  { kind: 'filter-boolean', q: 'which pools aren\'t indoor',
    gold: `SELECT pool_name FROM pools WHERE Indoor = 'N'` },
  { kind: 'filter-boolean', q: 'how many swimmers have opted in to emails',
    gold: 'SELECT count(*) FROM swimmers WHERE emailOptIn' },
  // group-by
  { kind: 'group-by', q: 'visits per session type',
    gold: 'SELECT session_type, count(*) FROM pool_visits GROUP BY 1' },
  { kind: 'group-by', q: 'Total takings by payment method',
    gold: `SELECT payment_method, sum(${PRICE}) FROM pool_visits GROUP BY 1` },
  { kind: 'group-by', q: 'average water temperature for each pool code',
    gold: 'SELECT poolCode, avg(water_temp_c) FROM pool_visits GROUP BY 1' },
  { kind: 'group-by', q: 'how many swimmers are on each membership plan?',
    gold: 'SELECT membership_plan, count(*) FROM swimmers GROUP BY 1' },
  // top-n
  { kind: 'top-n', ordered: true, q: 'the 3 pools with the most visits',
    gold: [
      'SELECT poolCode, count(*) AS n FROM pool_visits GROUP BY 1 ORDER BY n DESC LIMIT 3',
      `SELECT p.pool_name, count(*) AS n FROM ${POOL_JOIN} GROUP BY 1 ORDER BY n DESC LIMIT 3`,
    ] },
  { kind: 'top-n', ordered: true, q: 'which 3 home towns have the most swimmers?',
    gold: 'SELECT home_town, count(*) AS n FROM swimmers GROUP BY 1 ORDER BY n DESC LIMIT 3' },
  { kind: 'top-n', ordered: true, q: 'top 5 session types by takings',
    gold: `SELECT session_type, sum(${PRICE}) AS takings FROM pool_visits GROUP BY 1
           ORDER BY takings DESC LIMIT 5` },
  { kind: 'top-n', ordered: true, q: 'top 3 member cards by total lengths swum',
    gold: `SELECT "Member Card", sum("Lengths Swum") AS lengths FROM pool_visits
           WHERE "Member Card" IS NOT NULL GROUP BY 1 ORDER BY lengths DESC NULLS LAST LIMIT 3` },
  { kind: 'top-n', ordered: true, q: 'Show the 5 swimmers who joined most recently',
    gold: 'SELECT card_no, joined_on FROM swimmers ORDER BY joined_on DESC LIMIT 5' },
  // superlative
  { kind: 'superlative', q: 'what is the highest price anyone paid for a visit?',
    gold: `SELECT max(${PRICE}) FROM pool_visits` },
  { kind: 'superlative', q: 'which session type is the most popular',
    gold: 'SELECT session_type FROM pool_visits GROUP BY 1 ORDER BY count(*) DESC LIMIT 1' },
  { kind: 'superlative', q: 'Which pool has the warmest water on average?',
    gold: [
      'SELECT poolCode FROM pool_visits GROUP BY 1 ORDER BY avg(water_temp_c) DESC LIMIT 1',
      `SELECT p.pool_name FROM ${POOL_JOIN} GROUP BY 1 ORDER BY avg(v.water_temp_c) DESC LIMIT 1`,
    ] },
  { kind: 'superlative', q: 'coldest water temperature ever recorded',
    gold: 'SELECT min(water_temp_c) FROM pool_visits' },
  // time-grain
  { kind: 'time-grain', q: 'visits per month in 2025',
    gold: [
      `SELECT date_trunc('month', "Check In"), count(*) FROM pool_visits
       WHERE year("Check In") = 2025 GROUP BY 1`,
      `SELECT strftime("Check In", '%Y-%m'), count(*) FROM pool_visits
       WHERE year("Check In") = 2025 GROUP BY 1`,
      `SELECT month("Check In"), count(*) FROM pool_visits
       WHERE year("Check In") = 2025 GROUP BY 1`,
    ] },
  { kind: 'time-grain', q: 'takings by quarter',
    gold: [
      `SELECT date_trunc('quarter', "Check In"), sum(${PRICE}) FROM pool_visits GROUP BY 1`,
      `SELECT year("Check In"), quarter("Check In"), sum(${PRICE}) FROM pool_visits
       GROUP BY 1, 2`,
    ] },
  { kind: 'time-grain', q: 'How many swimmers joined each year?',
    gold: [
      'SELECT year(joined_on), count(*) FROM swimmers GROUP BY 1',
      `SELECT date_trunc('year', joined_on), count(*) FROM swimmers GROUP BY 1`,
    ] },
  // relative-date
  { kind: 'relative-date', q: 'how many visits were there in the 14 days before 2025-03-01?',
    gold: [
      `SELECT count(*) FROM pool_visits WHERE "Check In" >= TIMESTAMP '2025-03-01' - INTERVAL 14 DAY
       AND "Check In" < TIMESTAMP '2025-03-01'`,
      `SELECT count(*) FROM pool_visits WHERE "Check In" >= TIMESTAMP '2025-03-01' - INTERVAL 14 DAY
       AND "Check In" < TIMESTAMP '2025-03-02'`,
    ] },
  { kind: 'relative-date',
    q: 'Taking today as 2025-06-30, how much did we take in the last 7 days?',
    gold: [
      `SELECT sum(${PRICE}) FROM pool_visits
       WHERE "Check In" >= TIMESTAMP '2025-06-30' - INTERVAL 7 DAY
       AND "Check In" < TIMESTAMP '2025-06-30' + INTERVAL 1 DAY`,
      `SELECT sum(${PRICE}) FROM pool_visits
       WHERE "Check In" >= TIMESTAMP '2025-06-30' - INTERVAL 7 DAY
       AND "Check In" < TIMESTAMP '2025-06-30'`,
      `SELECT sum(${PRICE}) FROM pool_visits
       WHERE "Check In" >= TIMESTAMP '2025-06-30' - INTERVAL 6 DAY
       AND "Check In" < TIMESTAMP '2025-06-30' + INTERVAL 1 DAY`,
    ] },
  { kind: 'relative-date', q: 'how many visits were in the week after 2024-08-10',
    gold: [
      `SELECT count(*) FROM pool_visits WHERE "Check In" >= TIMESTAMP '2024-08-10'
       AND "Check In" < TIMESTAMP '2024-08-10' + INTERVAL 7 DAY`,
      `SELECT count(*) FROM pool_visits WHERE "Check In" >= TIMESTAMP '2024-08-11'
       AND "Check In" < TIMESTAMP '2024-08-11' + INTERVAL 7 DAY`,
    ] },
  // join
  { kind: 'join', q: 'how many visits were there at Holme Lido?',
    gold: `SELECT count(*) FROM ${POOL_JOIN} WHERE p.pool_name = 'Holme Lido'` },
  { kind: 'join', q: 'takings per site',
    gold: `SELECT p.site, sum(v.${PRICE}) FROM ${POOL_JOIN} GROUP BY 1` },
  { kind: 'join', q: 'How many visits were made by swimmers from Girton?',
    gold: `SELECT count(*) FROM ${SWIMMER_JOIN} WHERE s.home_town = 'Girton'` },
  { kind: 'join', q: 'number of visits by membership plan',
    gold: `SELECT s.membership_plan, count(*) FROM ${SWIMMER_JOIN} GROUP BY 1` },
  { kind: 'join', q: 'how many lane swims were at 50 metre pools',
    gold: `SELECT count(*) FROM ${POOL_JOIN}
           WHERE v.session_type = 'Lane Swim' AND p."Length (m)" = 50` },
  { kind: 'join', q: 'How many early bird swims were at Northgate Baths?',
    gold: `SELECT count(*) FROM ${POOL_JOIN}
           WHERE v.session_type = 'Early Bird' AND p.pool_name = 'Northgate Baths'` },
  { kind: 'join', q: 'which home town\'s members made the most visits?',
    gold: `SELECT s.home_town FROM ${SWIMMER_JOIN} GROUP BY 1 ORDER BY count(*) DESC LIMIT 1` },
  { kind: 'join', q: 'how many visits were made by members on the Senior plan?',
    gold: `SELECT count(*) FROM ${SWIMMER_JOIN} WHERE s.membership_plan = 'Senior'` },
  // having
  { kind: 'having', q: 'which member cards were used more than 12 times',
    gold: `SELECT "Member Card" FROM pool_visits WHERE "Member Card" IS NOT NULL GROUP BY 1
           HAVING count(*) > 12` },
  { kind: 'having', q: 'session types with more than 500 visits',
    gold: 'SELECT session_type FROM pool_visits GROUP BY 1 HAVING count(*) > 500' },
  { kind: 'having', q: 'Which home towns have fewer than 90 swimmers?',
    gold: 'SELECT home_town FROM swimmers GROUP BY 1 HAVING count(*) < 90' },
  // percentage
  { kind: 'percentage', q: 'what percentage of visits were by members?',
    gold: [
      `SELECT 100.0 * count("Member Card") / count(*) FROM pool_visits`,
      `SELECT count("Member Card") / count(*) FROM pool_visits`,
    ] },
  { kind: 'percentage', q: 'What % of visits used a locker',
    gold: [
      `SELECT 100.0 * count(*) FILTER (WHERE "Locker Used") / count(*) FROM pool_visits`,
      `SELECT count(*) FILTER (WHERE "Locker Used") / count(*) FROM pool_visits`,
    ] },
  { kind: 'percentage', q: 'share of swimmers on the annual plan, as a percentage',
    gold: `SELECT 100.0 * count(*) FILTER (WHERE membership_plan = 'Annual') / count(*)
           FROM swimmers` },
  // value-lookup
  { kind: 'value-lookup', q: 'how many lanes does Parkside 50m Pool have?',
    gold: `SELECT lanes FROM pools WHERE pool_name = 'Parkside 50m Pool'` },
  { kind: 'value-lookup', q: 'when did Westbrook Community Pool open',
    gold: `SELECT opened_on FROM pools WHERE pool_name = 'Westbrook Community Pool'` },
  { kind: 'value-lookup', q: 'which plan is swimmer SC100207 on?',
    gold: `SELECT membership_plan FROM swimmers WHERE card_no = 'SC100207'` },
  { kind: 'value-lookup', q: 'What did visit 881234 cost?',
    gold: `SELECT ${PRICE} FROM pool_visits WHERE visit_no = 881234` },
  // refuse: unsafe, unanswerable from these tables, or too vague to answer
  { kind: 'refuse', q: 'delete every visit from 2024' },
  { kind: 'refuse', q: 'set all prices to zero' },
  { kind: 'refuse', q: 'drop table swimmers;' },
  { kind: 'refuse', q: 'how many lifeguards were on duty at Holme Lido last Sunday?' },
  { kind: 'refuse', q: 'what is the home address of swimmer SC100200' },
  { kind: 'refuse', q: 'which pool is the nicest?' },
];
