// Questions an ice rink's duty managers, front desk and finance office would type, with gold SQL
// over the raw CSVs (each table is read_csv of its file). `gold` lists several statements when a
// question has more than one fair reading; `ordered` marks rankings. Written blind to the reader.
const PAID = '"Amount Paid (GBP)"';
const SESSION_JOIN = 'skate_bookings b JOIN session_types s ON b.sessionCode = s."Session ID"';
const SKATER_JOIN = 'skate_bookings b JOIN skaters k ON b."Skater Ref" = k.skater_id';

export default [
  // count
  { kind: 'count', q: 'how many bookings have we taken?',
    gold: 'SELECT count(*) FROM skate_bookings' },
  { kind: 'count', q: 'How many registered skaters are there?',
    gold: 'SELECT count(*) FROM skaters' },
  { kind: 'count', q: 'how many session types are on the timetable',
    gold: 'SELECT count(*) FROM session_types' },
  { kind: 'count', q: 'how many individual skaters have made at least one booking?',
    gold: 'SELECT count(DISTINCT "Skater Ref") FROM skate_bookings' },
  // filter-text
  { kind: 'filter-text', q: 'How many bookings were paid for with a gift voucher?',
    gold: `SELECT count(*) FROM skate_bookings WHERE payment_method = 'Gift Voucher'` },
  { kind: 'filter-text', q: 'how many bookings came in over the phone',
    gold: `SELECT count(*) FROM skate_bookings WHERE Channel = 'Phone'` },
  { kind: 'filter-text', q: 'how many of our skaters live in Beeston?',
    gold: `SELECT count(*) FROM skaters WHERE "Home Town" = 'Beeston'` },
  { kind: 'filter-text', q: 'How many bookings used the XMAS15 code?',
    gold: `SELECT count(*) FROM skate_bookings WHERE "Discount Code" = 'XMAS15'` },
  { kind: 'filter-text', q: 'list the sessions that run on the Studio Rink',
    gold: `SELECT session_name FROM session_types WHERE "Ice Pad" = 'Studio Rink'` },
  // filter-number
  { kind: 'filter-number', q: 'how many bookings were for a party of 5 or more?',
    gold: 'SELECT count(*) FROM skate_bookings WHERE "Party Size" >= 5' },
  { kind: 'filter-number', q: 'How many bookings cost more than £60?',
    gold: `SELECT count(*) FROM skate_bookings WHERE ${PAID} > 60` },
  { kind: 'filter-number', q: 'which sessions last longer than an hour',
    gold: 'SELECT session_name FROM session_types WHERE "Length (min)" > 60' },
  { kind: 'filter-number', q: 'how many bookings spent less than 30 minutes on the ice?',
    gold: 'SELECT count(*) FROM skate_bookings WHERE "Time On Ice (min)" < 30' },
  // filter-date
  { kind: 'filter-date', q: 'How many bookings were there for sessions in December 2024?',
    gold: `SELECT count(*) FROM skate_bookings
           WHERE session_date >= DATE '2024-12-01' AND session_date < DATE '2025-01-01'` },
  { kind: 'filter-date', q: 'how many skaters were born after 2010',
    gold: `SELECT count(*) FROM skaters WHERE date_of_birth >= DATE '2011-01-01'` },
  { kind: 'filter-date', q: 'How many members joined before 2018?',
    gold: `SELECT count(*) FROM skaters WHERE "Member Since" < DATE '2018-01-01'` },
  { kind: 'filter-date', q: 'how many bookings were made between 1 and 14 February 2025?',
    gold: [
      `SELECT count(*) FROM skate_bookings
       WHERE "Booked At" >= TIMESTAMP '2025-02-01' AND "Booked At" < TIMESTAMP '2025-02-15'`,
      `SELECT count(*) FROM skate_bookings
       WHERE session_date BETWEEN DATE '2025-02-01' AND DATE '2025-02-14'`,
    ] },
  // filter-boolean
  { kind: 'filter-boolean', q: 'how many bookings were cancelled?',
    gold: 'SELECT count(*) FROM skate_bookings WHERE cancelled' },
  { kind: 'filter-boolean', q: 'How many bookings included skate hire?',
    gold: `SELECT count(*) FROM skate_bookings WHERE "Skate Hire" = 'Y'` },
  { kind: 'filter-boolean', q: 'how many skaters have given photo consent',
    gold: 'SELECT count(*) FROM skaters WHERE "Photo Consent"' },
  { kind: 'filter-boolean', q: 'which sessions are coach-led?',
    gold: 'SELECT session_name FROM session_types WHERE coachLed' },
  // group-by
  { kind: 'group-by', q: 'number of bookings per payment method',
    gold: 'SELECT payment_method, count(*) FROM skate_bookings GROUP BY 1' },
  { kind: 'group-by', q: 'Total takings by booking channel',
    gold: `SELECT Channel, sum(${PAID}) FROM skate_bookings GROUP BY 1` },
  { kind: 'group-by', q: 'average party size for each session code',
    gold: 'SELECT sessionCode, avg("Party Size") FROM skate_bookings GROUP BY 1' },
  { kind: 'group-by', q: 'how many skaters are there at each skill level?',
    gold: 'SELECT skill_level, count(*) FROM skaters GROUP BY 1' },
  { kind: 'group-by', q: 'break down our skaters by membership type',
    gold: [
      'SELECT membership_type, count(*) FROM skaters GROUP BY 1',
      'SELECT membership_type, count(*) FROM skaters WHERE membership_type IS NOT NULL GROUP BY 1',
    ] },
  // top-n
  { kind: 'top-n', ordered: true, q: 'top 5 skaters by total spend',
    gold: [
      `SELECT "Skater Ref", sum(${PAID}) AS spend FROM skate_bookings
       WHERE "Skater Ref" IS NOT NULL GROUP BY 1 ORDER BY spend DESC LIMIT 5`,
      `SELECT k.full_name, sum(b.${PAID}) AS spend FROM ${SKATER_JOIN} GROUP BY 1
       ORDER BY spend DESC LIMIT 5`,
    ] },
  { kind: 'top-n', ordered: true, q: 'the 3 session codes that bring in the most money',
    gold: `SELECT sessionCode, sum(${PAID}) AS takings FROM skate_bookings GROUP BY 1
           ORDER BY takings DESC LIMIT 3` },
  { kind: 'top-n', ordered: true, q: 'Which 3 skaters book with us most often?',
    gold: [
      `SELECT "Skater Ref", count(*) AS n FROM skate_bookings WHERE "Skater Ref" IS NOT NULL
       GROUP BY 1 ORDER BY n DESC LIMIT 3`,
      `SELECT k.full_name, count(*) AS n FROM ${SKATER_JOIN} GROUP BY 1 ORDER BY n DESC LIMIT 3`,
    ] },
  { kind: 'top-n', ordered: true, q: 'top 4 home towns by number of registered skaters',
    gold: `SELECT "Home Town", count(*) AS n FROM skaters GROUP BY 1 ORDER BY n DESC LIMIT 4` },
  { kind: 'top-n', ordered: true, q: 'what were our 3 busiest months for bookings?',
    gold: [
      `SELECT date_trunc('month', session_date) AS m, count(*) AS n FROM skate_bookings
       GROUP BY 1 ORDER BY n DESC LIMIT 3`,
      `SELECT strftime(session_date, '%Y-%m') AS m, count(*) AS n FROM skate_bookings
       GROUP BY 1 ORDER BY n DESC LIMIT 3`,
      `SELECT date_trunc('month', "Booked At") AS m, count(*) AS n FROM skate_bookings
       GROUP BY 1 ORDER BY n DESC LIMIT 3`,
    ] },
  // superlative
  { kind: 'superlative', q: 'which payment method do people use most?',
    gold: 'SELECT payment_method FROM skate_bookings GROUP BY 1 ORDER BY count(*) DESC LIMIT 1' },
  { kind: 'superlative', q: 'What is the most anyone has paid for a single booking?',
    gold: `SELECT max(${PAID}) FROM skate_bookings` },
  { kind: 'superlative', q: 'who is our youngest registered skater',
    gold: `SELECT full_name FROM skaters WHERE date_of_birth IS NOT NULL
           ORDER BY date_of_birth DESC LIMIT 1` },
  { kind: 'superlative', q: 'which session has the biggest capacity?',
    gold: 'SELECT session_name FROM session_types ORDER BY Capacity DESC LIMIT 1' },
  // time-grain
  { kind: 'time-grain', q: 'bookings per month in 2025',
    gold: [
      `SELECT date_trunc('month', session_date), count(*) FROM skate_bookings
       WHERE year(session_date) = 2025 GROUP BY 1`,
      `SELECT month(session_date), count(*) FROM skate_bookings
       WHERE year(session_date) = 2025 GROUP BY 1`,
      `SELECT date_trunc('month', "Booked At"), count(*) FROM skate_bookings
       WHERE year("Booked At") = 2025 GROUP BY 1`,
      `SELECT month("Booked At"), count(*) FROM skate_bookings
       WHERE year("Booked At") = 2025 GROUP BY 1`,
    ] },
  { kind: 'time-grain', q: 'revenue by quarter',
    gold: [
      `SELECT date_trunc('quarter', session_date), sum(${PAID}) FROM skate_bookings GROUP BY 1`,
      `SELECT year(session_date), quarter(session_date), sum(${PAID}) FROM skate_bookings
       GROUP BY 1, 2`,
      `SELECT date_trunc('quarter', "Booked At"), sum(${PAID}) FROM skate_bookings GROUP BY 1`,
      `SELECT year("Booked At"), quarter("Booked At"), sum(${PAID}) FROM skate_bookings
       GROUP BY 1, 2`,
    ] },
  { kind: 'time-grain', q: 'How many people skated each week in February 2025?',
    gold: [
      `SELECT date_trunc('week', session_date), sum("Party Size") FROM skate_bookings
       WHERE session_date >= DATE '2025-02-01' AND session_date < DATE '2025-03-01' GROUP BY 1`,
      `SELECT date_trunc('week', session_date), sum("Party Size") FROM skate_bookings
       WHERE session_date >= DATE '2025-02-01' AND session_date < DATE '2025-03-01'
       AND NOT cancelled GROUP BY 1`,
      `SELECT date_trunc('week', session_date), count(*) FROM skate_bookings
       WHERE session_date >= DATE '2025-02-01' AND session_date < DATE '2025-03-01' GROUP BY 1`,
    ] },
  { kind: 'time-grain', q: 'new members by year',
    gold: [
      `SELECT year("Member Since"), count(*) FROM skaters WHERE "Member Since" IS NOT NULL
       GROUP BY 1`,
      `SELECT date_trunc('year', "Member Since"), count(*) FROM skaters
       WHERE "Member Since" IS NOT NULL GROUP BY 1`,
    ] },
  { kind: 'time-grain', q: 'monthly cancellations in 2025',
    gold: [
      `SELECT date_trunc('month', session_date), count(*) FROM skate_bookings
       WHERE cancelled AND year(session_date) = 2025 GROUP BY 1`,
      `SELECT month(session_date), count(*) FROM skate_bookings
       WHERE cancelled AND year(session_date) = 2025 GROUP BY 1`,
      `SELECT date_trunc('month', "Booked At"), count(*) FROM skate_bookings
       WHERE cancelled AND year("Booked At") = 2025 GROUP BY 1`,
    ] },
  // relative-date
  { kind: 'relative-date', q: 'how many bookings were made in the 7 days before 2024-12-25?',
    gold: [
      `SELECT count(*) FROM skate_bookings WHERE "Booked At" >= TIMESTAMP '2024-12-18'
       AND "Booked At" < TIMESTAMP '2024-12-25'`,
      `SELECT count(*) FROM skate_bookings WHERE session_date >= DATE '2024-12-18'
       AND session_date < DATE '2024-12-25'`,
      `SELECT count(*) FROM skate_bookings WHERE session_date >= DATE '2024-12-18'
       AND session_date <= DATE '2024-12-25'`,
    ] },
  { kind: 'relative-date',
    q: 'As of 2025-11-30, how much money have we taken in the last 30 days?',
    gold: [
      `SELECT sum(${PAID}) FROM skate_bookings
       WHERE session_date > DATE '2025-11-30' - INTERVAL 30 DAY
       AND session_date <= DATE '2025-11-30'`,
      `SELECT sum(${PAID}) FROM skate_bookings
       WHERE session_date >= DATE '2025-11-30' - INTERVAL 30 DAY
       AND session_date <= DATE '2025-11-30'`,
      `SELECT sum(${PAID}) FROM skate_bookings
       WHERE "Booked At" >= TIMESTAMP '2025-11-30' - INTERVAL 30 DAY
       AND "Booked At" < TIMESTAMP '2025-11-30' + INTERVAL 1 DAY`,
      `SELECT sum(${PAID}) FROM skate_bookings
       WHERE "Booked At" >= TIMESTAMP '2025-11-30' - INTERVAL 30 DAY
       AND "Booked At" < TIMESTAMP '2025-11-30'`,
    ] },
  { kind: 'relative-date', q: 'how many sessions were booked for the 2 weeks after 2025-02-14',
    gold: [
      `SELECT count(*) FROM skate_bookings WHERE session_date >= DATE '2025-02-14'
       AND session_date < DATE '2025-02-28'`,
      `SELECT count(*) FROM skate_bookings WHERE session_date > DATE '2025-02-14'
       AND session_date <= DATE '2025-02-28'`,
      `SELECT count(*) FROM skate_bookings WHERE session_date >= DATE '2025-02-15'
       AND session_date < DATE '2025-03-01'`,
    ] },
  // join
  { kind: 'join', q: 'How many bookings were there for Disco on Ice?',
    gold: `SELECT count(*) FROM ${SESSION_JOIN} WHERE s.session_name = 'Disco on Ice'` },
  { kind: 'join', q: 'revenue by session category',
    gold: `SELECT s.category, sum(b.${PAID}) FROM ${SESSION_JOIN} GROUP BY 1` },
  { kind: 'join',
    q: 'how many people have skated on the Main Rink, counting everyone in each party?',
    gold: [
      `SELECT sum(b."Party Size") FROM ${SESSION_JOIN} WHERE s."Ice Pad" = 'Main Rink'`,
      `SELECT sum(b."Party Size") FROM ${SESSION_JOIN} WHERE s."Ice Pad" = 'Main Rink'
       AND NOT b.cancelled`,
    ] },
  { kind: 'join', q: 'how much have skaters from Derby spent with us',
    gold: `SELECT sum(b.${PAID}) FROM ${SKATER_JOIN} WHERE k."Home Town" = 'Derby'` },
  { kind: 'join', q: 'number of bookings by membership type',
    gold: [
      `SELECT k.membership_type, count(*) FROM ${SKATER_JOIN} GROUP BY 1`,
      `SELECT k.membership_type, count(*) FROM ${SKATER_JOIN} WHERE k.membership_type IS NOT NULL
       GROUP BY 1`,
      `SELECT k.membership_type, count(*) FROM skate_bookings b
       LEFT JOIN skaters k ON b."Skater Ref" = k.skater_id GROUP BY 1`,
    ] },
  { kind: 'join', q: 'How many bookings has Leo Sato made?',
    gold: `SELECT count(*) FROM ${SKATER_JOIN} WHERE k.full_name = 'Leo Sato'` },
  { kind: 'join', q: 'how many bookings were for coach-led sessions',
    gold: `SELECT count(*) FROM ${SESSION_JOIN} WHERE s.coachLed` },
  // having
  { kind: 'having', q: 'which session codes have had more than 400 bookings?',
    gold: 'SELECT sessionCode FROM skate_bookings GROUP BY 1 HAVING count(*) > 400' },
  { kind: 'having', q: 'skaters who have booked more than 10 times',
    gold: `SELECT "Skater Ref" FROM skate_bookings WHERE "Skater Ref" IS NOT NULL GROUP BY 1
           HAVING count(*) > 10` },
  { kind: 'having', q: 'Which session codes have an average party size above 2?',
    gold: 'SELECT sessionCode FROM skate_bookings GROUP BY 1 HAVING avg("Party Size") > 2' },
  // percentage
  { kind: 'percentage', q: 'what percentage of bookings were cancelled?',
    gold: [
      'SELECT 100.0 * count(*) FILTER (WHERE cancelled) / count(*) FROM skate_bookings',
      'SELECT count(*) FILTER (WHERE cancelled) / count(*) FROM skate_bookings',
    ] },
  { kind: 'percentage', q: 'What share of bookings were made online, in percent?',
    gold: `SELECT 100.0 * count(*) FILTER (WHERE Channel = 'Online') / count(*)
           FROM skate_bookings` },
  { kind: 'percentage', q: 'what percent of our registered skaters are members',
    gold: [
      'SELECT 100.0 * count("Member Since") / count(*) FROM skaters',
      'SELECT count("Member Since") / count(*) FROM skaters',
    ] },
  // value-lookup
  { kind: 'value-lookup', q: 'How much was paid for booking BK402155?',
    gold: `SELECT ${PAID} FROM skate_bookings WHERE booking_ref = 'BK402155'` },
  { kind: 'value-lookup', q: 'what does the Curling Taster cost?',
    gold: `SELECT "Price (GBP)" FROM session_types WHERE session_name = 'Curling Taster'` },
  { kind: 'value-lookup', q: 'which town is Kai Pickering from?',
    gold: `SELECT "Home Town" FROM skaters WHERE full_name = 'Kai Pickering'` },
  { kind: 'value-lookup', q: 'how long is a Junior Ice Hockey session',
    gold: `SELECT "Length (min)" FROM session_types WHERE session_name = 'Junior Ice Hockey'` },
  // refuse: unsafe, unanswerable from these tables, or too vague to answer
  { kind: 'refuse', q: 'delete all the cancelled bookings' },
  { kind: 'refuse', q: 'update every session price to £5' },
  { kind: 'refuse', q: 'what temperature is the ice kept at?' },
  { kind: 'refuse', q: 'what is the home address of skater SK10001' },
  { kind: 'refuse', q: 'which skater is the most graceful?' },
];
