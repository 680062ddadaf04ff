// Questions the bowling alley's front desk, league secretary and owner would type, with gold SQL
// over the raw CSVs (each table is read_csv of its file). `gold` lists several statements when a
// question has more than one fair reading; `ordered` marks rankings. Written blind to the reader.
const FEE = '"Fee (GBP)"';
const LANE_JOIN = 'lane_bookings t JOIN lanes l ON t."Lane No" = l.lane_id';
const BOWLER_JOIN = 'lane_bookings t JOIN bowlers b ON t.bowlerRef = b."Bowler ID"';

export default [
  // count
  { kind: 'count', q: 'how many lane bookings are there',
    gold: 'SELECT count(*) FROM lane_bookings' },
  { kind: 'count', q: 'How many lanes do we have?',
    gold: 'SELECT count(*) FROM lanes' },
  { kind: 'count', q: 'how many different bowlers have made a booking',
    gold: 'SELECT count(DISTINCT bowlerRef) FROM lane_bookings' },
  { kind: 'count', q: 'total number of games bowled across all bookings',
    gold: 'SELECT sum(Games) FROM lane_bookings' },
  // filter-text
  { kind: 'filter-text', q: 'how many bookings were paid with a voucher?',
    gold: `SELECT count(*) FROM lane_bookings WHERE payment_method = 'Voucher'` },
  { kind: 'filter-text', q: 'How many bookings were no shows',
    gold: `SELECT count(*) FROM lane_bookings WHERE status = 'No Show'` },
  { kind: 'filter-text', q: 'how many bowlers are from Leeds?',
    gold: `SELECT count(*) FROM bowlers WHERE home_town = 'Leeds'` },
  { kind: 'filter-text', q: 'list the lanes in the VIP Lounge',
    gold: `SELECT lane_id FROM lanes WHERE zone = 'VIP Lounge'` },
  // filter-number
  { kind: 'filter-number', q: 'how many bookings had a party of 6 or more',
    gold: 'SELECT count(*) FROM lane_bookings WHERE party_size >= 6' },
  { kind: 'filter-number', q: 'How many bookings cost more than £60?',
    gold: `SELECT count(*) FROM lane_bookings WHERE ${FEE} > 60` },
  { kind: 'filter-number', q: 'how many bookings recorded a top score of 200 or above',
    gold: 'SELECT count(*) FROM lane_bookings WHERE "Top Score" >= 200' },
  { kind: 'filter-number', q: 'how many bookings lasted longer than 2 hours?',
    gold: 'SELECT count(*) FROM lane_bookings WHERE "Duration (min)" > 120' },
  { kind: 'filter-number', q: 'how many bowlers have a handicap over 40?',
    gold: 'SELECT count(*) FROM bowlers WHERE handicap > 40' },
  // filter-date
  { kind: 'filter-date', q: 'How many lane bookings were for dates in March 2025?',
    gold: `SELECT count(*) FROM lane_bookings
           WHERE play_date >= DATE '2025-03-01' AND play_date < DATE '2025-04-01'` },
  { kind: 'filter-date', q: 'how many bookings were made between 2024-11-01 and 2024-11-30',
    gold: `SELECT count(*) FROM lane_bookings
           WHERE "Booked At" >= TIMESTAMP '2024-11-01' AND "Booked At" < TIMESTAMP '2024-12-01'` },
  { kind: 'filter-date', q: 'Which lanes were installed before 2015?',
    gold: `SELECT lane_id FROM lanes WHERE installed_on < DATE '2015-01-01'` },
  { kind: 'filter-date', q: 'how many bowlers joined in 2024',
    gold: `SELECT count(*) FROM bowlers WHERE year("Joined On") = 2024` },
  // filter-boolean
  { kind: 'filter-boolean', q: 'how many bookings included shoe hire?',
    gold: `SELECT count(*) FROM lane_bookings WHERE shoe_hire = 'Y'` },
  { kind: 'filter-boolean', q: 'How many bookings were league games',
    gold: 'SELECT count(*) FROM lane_bookings WHERE is_league' },
  { kind: 'filter-boolean', q: 'which lanes have bumpers',
    gold: 'SELECT lane_id FROM lanes WHERE "Has Bumpers"' },
  { kind: 'filter-boolean', q: 'how many junior bowlers are there',
    gold: 'SELECT count(*) FROM bowlers WHERE isJunior' },
  // group-by
  { kind: 'group-by', q: 'number of bookings per booking channel',
    gold: 'SELECT booking_channel, count(*) FROM lane_bookings GROUP BY 1' },
  { kind: 'group-by', q: 'Total fees by payment method',
    gold: [
      `SELECT payment_method, sum(${FEE}) FROM lane_bookings GROUP BY 1`,
      `SELECT payment_method, sum(${FEE}) FROM lane_bookings WHERE payment_method IS NOT NULL
       GROUP BY 1`,
    ] },
  { kind: 'group-by', q: 'average party size for each booking status',
    gold: 'SELECT status, avg(party_size) FROM lane_bookings GROUP BY 1' },
  { kind: 'group-by', q: 'how many bowlers are there in each home town',
    gold: 'SELECT home_town, count(*) FROM bowlers GROUP BY 1' },
  { kind: 'group-by', q: 'how many lanes are in each zone?',
    gold: 'SELECT zone, count(*) FROM lanes GROUP BY 1' },
  // top-n
  { kind: 'top-n', ordered: true, q: 'show the 4 bowlers with the most bookings',
    gold: [
      `SELECT bowlerRef, count(*) AS n FROM lane_bookings WHERE bowlerRef IS NOT NULL
       GROUP BY 1 ORDER BY n DESC LIMIT 4`,
      `SELECT b.full_name, count(*) AS n FROM ${BOWLER_JOIN} GROUP BY b."Bowler ID", b.full_name
       ORDER BY n DESC LIMIT 4`,
    ] },
  { kind: 'top-n', ordered: true, q: 'the 3 highest top scores ever recorded',
    gold: `SELECT "Top Score" FROM lane_bookings WHERE "Top Score" IS NOT NULL
           ORDER BY 1 DESC LIMIT 3` },
  { kind: 'top-n', ordered: true, q: 'Top 3 lanes by total fees',
    gold: `SELECT "Lane No", sum(${FEE}) AS fees FROM lane_bookings GROUP BY 1
           ORDER BY fees DESC LIMIT 3` },
  { kind: 'top-n', ordered: true, q: 'which 4 home towns have the most bowlers?',
    gold: 'SELECT home_town, count(*) AS n FROM bowlers GROUP BY 1 ORDER BY n DESC LIMIT 4' },
  { kind: 'top-n', ordered: true, q: 'top 5 promo codes by number of bookings',
    gold: `SELECT "Promo Code", count(*) AS n FROM lane_bookings WHERE "Promo Code" IS NOT NULL
           GROUP BY 1 ORDER BY n DESC LIMIT 5` },
  // superlative
  { kind: 'superlative', q: 'which booking channel brings in the most revenue?',
    gold: `SELECT booking_channel FROM lane_bookings GROUP BY 1 ORDER BY sum(${FEE}) DESC
           LIMIT 1` },
  { kind: 'superlative', q: 'what is the largest party size on record',
    gold: 'SELECT max(party_size) FROM lane_bookings' },
  { kind: 'superlative', q: 'What was the highest fee paid for a single booking?',
    gold: `SELECT max(${FEE}) FROM lane_bookings` },
  { kind: 'superlative', q: 'which payment method is used most often',
    gold: `SELECT payment_method FROM lane_bookings WHERE payment_method IS NOT NULL GROUP BY 1
           ORDER BY count(*) DESC LIMIT 1` },
  { kind: 'superlative', q: 'what is the earliest join date among our bowlers?',
    gold: 'SELECT min("Joined On") FROM bowlers' },
  // time-grain
  { kind: 'time-grain', q: 'lane bookings per month in 2024',
    gold: [
      `SELECT date_trunc('month', play_date), count(*) FROM lane_bookings
       WHERE year(play_date) = 2024 GROUP BY 1`,
      `SELECT month(play_date), count(*) FROM lane_bookings WHERE year(play_date) = 2024
       GROUP BY 1`,
      `SELECT strftime(play_date, '%Y-%m'), count(*) FROM lane_bookings
       WHERE year(play_date) = 2024 GROUP BY 1`,
      `SELECT date_trunc('month', "Booked At"), count(*) FROM lane_bookings
       WHERE year("Booked At") = 2024 GROUP BY 1`,
      `SELECT month("Booked At"), count(*) FROM lane_bookings WHERE year("Booked At") = 2024
       GROUP BY 1`,
      `SELECT strftime("Booked At", '%Y-%m'), count(*) FROM lane_bookings
       WHERE year("Booked At") = 2024 GROUP BY 1`,
    ] },
  { kind: 'time-grain', q: 'total fees by quarter',
    gold: [
      `SELECT date_trunc('quarter', play_date), sum(${FEE}) FROM lane_bookings GROUP BY 1`,
      `SELECT year(play_date), quarter(play_date), sum(${FEE}) FROM lane_bookings GROUP BY 1, 2`,
      `SELECT date_trunc('quarter', "Booked At"), sum(${FEE}) FROM lane_bookings GROUP BY 1`,
      `SELECT year("Booked At"), quarter("Booked At"), sum(${FEE}) FROM lane_bookings
       GROUP BY 1, 2`,
    ] },
  { kind: 'time-grain', q: 'how many bowlers joined each year?',
    gold: [
      'SELECT year("Joined On"), count(*) FROM bowlers GROUP BY 1',
      `SELECT date_trunc('year', "Joined On"), count(*) FROM bowlers GROUP BY 1`,
    ] },
  // relative-date
  { kind: 'relative-date', q: 'how many bookings were for dates in the 14 days before 2025-04-01?',
    gold: [
      `SELECT count(*) FROM lane_bookings WHERE play_date >= DATE '2025-04-01' - INTERVAL 14 DAY
       AND play_date < DATE '2025-04-01'`,
      `SELECT count(*) FROM lane_bookings WHERE play_date >= DATE '2025-04-01' - INTERVAL 14 DAY
       AND play_date <= DATE '2025-04-01'`,
    ] },
  { kind: 'relative-date',
    q: 'Taking today as 2025-06-30, how much did we take in fees over the last 30 days?',
    gold: [
      `SELECT sum(${FEE}) FROM lane_bookings WHERE play_date > DATE '2025-06-30' - INTERVAL 30 DAY
       AND play_date <= DATE '2025-06-30'`,
      `SELECT sum(${FEE}) FROM lane_bookings WHERE play_date >= DATE '2025-06-30' - INTERVAL 30 DAY
       AND play_date <= DATE '2025-06-30'`,
      `SELECT sum(${FEE}) FROM lane_bookings
       WHERE "Booked At" >= TIMESTAMP '2025-06-30' - INTERVAL 30 DAY
       AND "Booked At" < TIMESTAMP '2025-06-30' + INTERVAL 1 DAY`,
      `SELECT sum(${FEE}) FROM lane_bookings
       WHERE "Booked At" >= TIMESTAMP '2025-06-30' - INTERVAL 30 DAY
       AND "Booked At" < TIMESTAMP '2025-06-30'`,
    ] },
  { kind: 'relative-date', q: 'how many bookings were made in the week after 2024-12-01',
    gold: [
      `SELECT count(*) FROM lane_bookings WHERE "Booked At" >= TIMESTAMP '2024-12-01'
       AND "Booked At" < TIMESTAMP '2024-12-01' + INTERVAL 7 DAY`,
      `SELECT count(*) FROM lane_bookings WHERE "Booked At" >= TIMESTAMP '2024-12-02'
       AND "Booked At" < TIMESTAMP '2024-12-02' + INTERVAL 7 DAY`,
    ] },
  // join
  { kind: 'join', q: 'how many bookings were on VIP Lounge lanes?',
    gold: `SELECT count(*) FROM ${LANE_JOIN} WHERE l.zone = 'VIP Lounge'` },
  { kind: 'join', q: 'total fees per zone',
    gold: `SELECT l.zone, sum(t.${FEE}) FROM ${LANE_JOIN} GROUP BY 1` },
  { kind: 'join', q: 'average top score by lane type',
    gold: `SELECT l."Lane Type", avg(t."Top Score") FROM ${LANE_JOIN} GROUP BY 1` },
  { kind: 'join', q: 'how many bookings were made by junior bowlers',
    gold: `SELECT count(*) FROM ${BOWLER_JOIN} WHERE b.isJunior` },
  { kind: 'join', q: 'number of bookings by bowlers from Bradford',
    gold: `SELECT count(*) FROM ${BOWLER_JOIN} WHERE b.home_town = 'Bradford'` },
  { kind: 'join', q: 'which league team\'s bowlers made the most bookings?',
    gold: `SELECT b.league_team FROM ${BOWLER_JOIN} WHERE b.league_team IS NOT NULL GROUP BY 1
           ORDER BY count(*) DESC LIMIT 1` },
  { kind: 'join', q: 'how many bookings were on lanes using the QubicaAMF scoring system',
    gold: `SELECT count(*) FROM ${LANE_JOIN} WHERE l.scoring_system = 'QubicaAMF'` },
  { kind: 'join', q: 'total fees from bookings on lanes with bumpers',
    gold: `SELECT sum(t.${FEE}) FROM ${LANE_JOIN} WHERE l."Has Bumpers"` },
  // having
  { kind: 'having', q: 'which bowlers have more than 15 bookings?',
    gold: [
      `SELECT bowlerRef FROM lane_bookings WHERE bowlerRef IS NOT NULL GROUP BY 1
       HAVING count(*) > 15`,
      `SELECT b.full_name FROM ${BOWLER_JOIN} GROUP BY b."Bowler ID", b.full_name
       HAVING count(*) > 15`,
    ] },
  { kind: 'having', q: 'lanes with more than 250 bookings',
    gold: 'SELECT "Lane No" FROM lane_bookings GROUP BY 1 HAVING count(*) > 250' },
  { kind: 'having', q: 'Which home towns have fewer than 50 bowlers?',
    gold: 'SELECT home_town FROM bowlers GROUP BY 1 HAVING count(*) < 50' },
  // percentage
  { kind: 'percentage', q: 'what percentage of bookings were made online?',
    gold: [
      `SELECT 100.0 * count(*) FILTER (WHERE booking_channel = 'Online') / count(*)
       FROM lane_bookings`,
      `SELECT count(*) FILTER (WHERE booking_channel = 'Online') / count(*) FROM lane_bookings`,
    ] },
  { kind: 'percentage', q: 'What % of bookings included shoe hire',
    gold: [
      `SELECT 100.0 * count(*) FILTER (WHERE shoe_hire = 'Y') / count(*) FROM lane_bookings`,
      `SELECT count(*) FILTER (WHERE shoe_hire = 'Y') / count(*) FROM lane_bookings`,
    ] },
  { kind: 'percentage', q: 'share of bookings that were cancelled, as a percentage',
    gold: `SELECT 100.0 * count(*) FILTER (WHERE status = 'Cancelled') / count(*)
           FROM lane_bookings` },
  // value-lookup
  { kind: 'value-lookup', q: 'which zone is lane L14 in?',
    gold: `SELECT zone FROM lanes WHERE lane_id = 'L14'` },
  { kind: 'value-lookup', q: 'What was the fee for booking BK240777?',
    gold: `SELECT ${FEE} FROM lane_bookings WHERE booking_ref = 'BK240777'` },
  { kind: 'value-lookup', q: 'how many bookings has bowler BW1003 made',
    gold: `SELECT count(*) FROM lane_bookings WHERE bowlerRef = 'BW1003'` },
  { kind: 'value-lookup', q: 'which league team is Jasmine Shaw in?',
    gold: `SELECT league_team FROM bowlers WHERE full_name = 'Jasmine Shaw'` },
  { kind: 'value-lookup', q: 'when was lane L17 installed',
    gold: `SELECT installed_on FROM lanes WHERE lane_id = 'L17'` },
  // refuse: unsafe, unanswerable from these tables, or too vague to answer
  { kind: 'refuse', q: 'delete all bookings from 2024' },
  { kind: 'refuse', q: 'drop table bowlers;' },
  { kind: 'refuse', q: 'what is the phone number of bowler BW1010' },
  { kind: 'refuse', q: 'how much did the bar take on league nights?' },
  { kind: 'refuse', q: 'which lane is the best?' },
];
