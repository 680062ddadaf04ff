// Questions the hotel's revenue manager, front office and marketing people would type, with gold
// SQL over the raw CSVs (each table is a view over read_csv of its file). `gold` lists several
// statements when a question fairly has more than one reading; `ordered` marks rankings.
const RATE = '"Rate (EUR/night)"';
const TOTAL = '"Total (EUR)"';
const SCORE = '"Review Score"';
const ROOMS_JOIN = 'bookings b JOIN rooms r ON b.RoomNo = r.room_number';
const GUESTS_JOIN = 'bookings b JOIN guests g ON b.guest_id = g.GuestID';

/** A count over [from, to) and the other fair boundary readings of "the N days before/after". */
const windowReadings = (column, from, to) => [
  `SELECT count(*) FROM bookings WHERE ${column} >= ${from} AND ${column} < ${to}`,
  `SELECT count(*) FROM bookings WHERE ${column} > ${from} AND ${column} <= ${to}`,
  `SELECT count(*) FROM bookings WHERE ${column} >= ${from} AND ${column} <= ${to}`,
  // The day itself left out, on a timestamp: the days after it, whole (a correction made after
  // the set was first run: \`> DATE\` on a timestamp keeps the day's own bookings after midnight).
  `SELECT count(*) FROM bookings WHERE CAST(${column} AS DATE) > ${from} AND CAST(${column} AS DATE) <= ${to}`,
];

export default [
  // count
  { kind: 'count', q: 'how many bookings do we have in total',
    gold: 'SELECT count(*) FROM bookings' },
  { kind: 'count', q: 'How many rooms does the hotel have?',
    gold: 'SELECT count(*) FROM rooms' },
  { kind: 'count', q: 'how many different guests have made a booking?',
    gold: 'SELECT count(DISTINCT guest_id) FROM bookings' },
  // filter-text
  { kind: 'filter-text', q: 'How many bookings were cancelled?',
    gold: `SELECT count(*) FROM bookings WHERE status = 'Cancelled'` },
  { kind: 'filter-text', q: 'ok so how many bookings came in through online agencies',
    gold: `SELECT count(*) FROM bookings WHERE channel = 'Online agency'` },
  { kind: 'filter-text', q: 'How many of our guests are from Germany?',
    gold: `SELECT count(*) FROM guests WHERE Country = 'Germany'` },
  { kind: 'filter-text', q: 'list the room numbers of the suites',
    gold: `SELECT room_number FROM rooms WHERE room_type = 'Suite'` },
  // filter-number
  { kind: 'filter-number', q: 'How many bookings were for more than 7 nights?',
    gold: 'SELECT count(*) FROM bookings WHERE nights > 7' },
  { kind: 'filter-number', q: 'how many bookings had a nightly rate above 250 euros',
    gold: `SELECT count(*) FROM bookings WHERE ${RATE} > 250` },
  { kind: 'filter-number', q: 'How many stays got a review score of 9 or higher?',
    gold: `SELECT count(*) FROM bookings WHERE ${SCORE} >= 9` },
  { kind: 'filter-number', q: 'which rooms sleep 4 people?',
    gold: 'SELECT room_number FROM rooms WHERE max_occupancy >= 4' },
  // filter-date
  { kind: 'filter-date', q: 'How many bookings checked in during August 2025?',
    gold: `SELECT count(*) FROM bookings
           WHERE check_in >= DATE '2025-08-01' AND check_in < DATE '2025-09-01'` },
  { kind: 'filter-date', q: 'how many bookings were made back in 2023',
    gold: 'SELECT count(*) FROM bookings WHERE year(bookedAt) = 2023' },
  { kind: 'filter-date', q: 'how many guests joined the loyalty programme before 2018?',
    gold: `SELECT count(*) FROM guests WHERE member_since < DATE '2018-01-01'` },
  // filter-boolean
  { kind: 'filter-boolean', q: 'How many bookings include breakfast?',
    gold: `SELECT count(*) FROM bookings WHERE "Breakfast Included" = 'Y'` },
  { kind: 'filter-boolean', q: 'how many of the bookings are refundable',
    gold: 'SELECT count(*) FROM bookings WHERE isRefundable' },
  { kind: 'filter-boolean', q: 'Which rooms have a sea view?',
    gold: 'SELECT room_number FROM rooms WHERE "Sea View"' },
  { kind: 'filter-boolean', q: 'how many guests opted in to marketing',
    gold: 'SELECT count(*) FROM guests WHERE marketing_opt_in' },
  // group-by
  { kind: 'group-by', q: 'number of bookings by channel',
    gold: 'SELECT channel, count(*) FROM bookings GROUP BY 1' },
  { kind: 'group-by', q: 'average base rate per room type',
    gold: 'SELECT room_type, avg("Base Rate (EUR)") FROM rooms GROUP BY 1' },
  { kind: 'group-by', q: 'How many bookings are there for each status?',
    gold: 'SELECT status, count(*) FROM bookings GROUP BY 1' },
  { kind: 'group-by', q: 'how many guests in each loyalty tier',
    gold: [
      'SELECT "Loyalty Tier", count(*) FROM guests GROUP BY 1',
      'SELECT "Loyalty Tier", count(*) FROM guests WHERE "Loyalty Tier" IS NOT NULL GROUP BY 1',
    ] },
  // top-n
  { kind: 'top-n', ordered: true, q: 'who are our top 3 guests by total spend',
    gold: `SELECT guest_id, sum(${TOTAL}) AS spend FROM bookings GROUP BY 1
           ORDER BY spend DESC NULLS LAST LIMIT 3` },
  { kind: 'top-n', ordered: true, q: 'what are the 3 most booked rooms',
    gold: 'SELECT RoomNo, count(*) AS n FROM bookings GROUP BY 1 ORDER BY n DESC LIMIT 3' },
  { kind: 'top-n', ordered: true, q: 'top 3 countries by number of guests',
    gold: 'SELECT Country, count(*) AS n FROM guests GROUP BY 1 ORDER BY n DESC LIMIT 3' },
  { kind: 'top-n', ordered: true, q: 'top 5 rooms by total revenue',
    gold: `SELECT RoomNo, sum(${TOTAL}) AS revenue FROM bookings GROUP BY 1
           ORDER BY revenue DESC LIMIT 5` },
  // superlative
  { kind: 'superlative', q: 'Which channel brings in the most bookings?',
    gold: 'SELECT channel FROM bookings GROUP BY 1 ORDER BY count(*) DESC LIMIT 1' },
  { kind: 'superlative', q: 'what is the highest nightly rate we have charged',
    gold: `SELECT max(${RATE}) FROM bookings` },
  { kind: 'superlative', q: 'which room type has the highest base rate',
    gold: 'SELECT room_type FROM rooms ORDER BY "Base Rate (EUR)" DESC LIMIT 1' },
  { kind: 'superlative', q: 'When was the earliest booking made?',
    gold: 'SELECT min(bookedAt) FROM bookings' },
  { kind: 'superlative', q: 'which booking channel has the lowest average rate',
    gold: `SELECT channel FROM bookings GROUP BY 1 ORDER BY avg(${RATE}) LIMIT 1` },
  // time-grain
  { kind: 'time-grain', q: 'how many check-ins per month in 2024',
    gold: [
      `SELECT date_trunc('month', check_in), count(*) FROM bookings
       WHERE year(check_in) = 2024 GROUP BY 1`,
      `SELECT strftime(check_in, '%Y-%m'), count(*) FROM bookings
       WHERE year(check_in) = 2024 GROUP BY 1`,
      `SELECT month(check_in), count(*) FROM bookings WHERE year(check_in) = 2024 GROUP BY 1`,
    ] },
  { kind: 'time-grain', q: 'total revenue per quarter',
    gold: [
      `SELECT date_trunc('quarter', check_in), sum(${TOTAL}) FROM bookings GROUP BY 1`,
      `SELECT year(check_in), quarter(check_in), sum(${TOTAL}) FROM bookings GROUP BY 1, 2`,
    ] },
  { kind: 'time-grain', q: 'number of bookings made each year',
    gold: [
      'SELECT year(bookedAt), count(*) FROM bookings GROUP BY 1',
      `SELECT date_trunc('year', bookedAt), count(*) FROM bookings GROUP BY 1`,
    ] },
  // relative-date
  { kind: 'relative-date', q: 'how many bookings checked in in the 7 days before 2025-07-01?',
    gold: [
      `SELECT count(*) FROM bookings WHERE check_in >= DATE '2025-07-01' - INTERVAL 7 DAY
       AND check_in < DATE '2025-07-01'`,
      `SELECT count(*) FROM bookings WHERE check_in >= DATE '2025-07-01' - INTERVAL 7 DAY
       AND check_in <= DATE '2025-07-01'`,
    ] },
  { kind: 'relative-date',
    q: 'As of 2025-09-30, how many bookings were cancelled in the last 30 days?',
    gold: [
      ...windowReadings('cancelled_at', `DATE '2025-08-31'`, `DATE '2025-09-30'`),
      `SELECT count(*) FROM bookings WHERE cancelled_at >= DATE '2025-08-31'
       AND cancelled_at < DATE '2025-10-01'`,
      `SELECT count(*) FROM bookings WHERE cancelled_at >= DATE '2025-09-01'
       AND cancelled_at < DATE '2025-10-01'`,
    ] },
  { kind: 'relative-date', q: 'how many bookings were made in the 2 weeks after 2025-01-01',
    gold: [
      ...windowReadings('bookedAt', `DATE '2025-01-01'`, `DATE '2025-01-15'`),
      `SELECT count(*) FROM bookings WHERE bookedAt >= DATE '2025-01-01'
       AND bookedAt < DATE '2025-01-16'`,
    ] },
  // join
  { kind: 'join', q: 'How many bookings were for suites?',
    gold: `SELECT count(*) FROM ${ROOMS_JOIN} WHERE r.room_type = 'Suite'` },
  { kind: 'join', q: 'number of bookings by guest country',
    gold: `SELECT g.Country, count(*) FROM ${GUESTS_JOIN} GROUP BY 1` },
  { kind: 'join', q: 'what is the total revenue from sea view rooms',
    gold: `SELECT sum(b.${TOTAL}) FROM ${ROOMS_JOIN} WHERE r."Sea View"` },
  { kind: 'join', q: 'how many bookings did Platinum members make?',
    gold: `SELECT count(*) FROM ${GUESTS_JOIN} WHERE g."Loyalty Tier" = 'Platinum'` },
  { kind: 'join', q: 'whats the average review score per room type',
    gold: `SELECT r.room_type, avg(b.${SCORE}) FROM ${ROOMS_JOIN} GROUP BY 1` },
  { kind: 'join', q: 'which wing of the hotel gets the most bookings',
    gold: `SELECT r.Wing FROM ${ROOMS_JOIN} GROUP BY 1 ORDER BY count(*) DESC LIMIT 1` },
  { kind: 'join', q: 'how many nights in total did guests from Japan stay',
    gold: [
      `SELECT sum(b.nights) FROM ${GUESTS_JOIN} WHERE g.Country = 'Japan'`,
      `SELECT sum(b.nights) FROM ${GUESTS_JOIN}
       WHERE g.Country = 'Japan' AND b.status = 'Checked out'`,
    ] },
  // having
  { kind: 'having', q: 'which guests have made more than 10 bookings?',
    gold: 'SELECT guest_id FROM bookings GROUP BY 1 HAVING count(*) > 10' },
  { kind: 'having', q: 'which countries have more then 200 guests?',
    gold: 'SELECT Country FROM guests GROUP BY 1 HAVING count(*) > 200' },
  { kind: 'having', q: 'show the room numbers with over 90 bookings',
    gold: 'SELECT RoomNo FROM bookings GROUP BY 1 HAVING count(*) > 90' },
  // percentage
  { kind: 'percentage', q: 'What percentage of bookings were cancelled?',
    gold: [
      `SELECT 100.0 * count(*) FILTER (WHERE status = 'Cancelled') / count(*) FROM bookings`,
      `SELECT count(*) FILTER (WHERE status = 'Cancelled') / count(*) FROM bookings`,
    ] },
  { kind: 'percentage', q: 'what % of bookings include breakfast',
    gold: [
      `SELECT 100.0 * count(*) FILTER (WHERE "Breakfast Included" = 'Y') / count(*)
       FROM bookings`,
      `SELECT count(*) FILTER (WHERE "Breakfast Included" = 'Y') / count(*) FROM bookings`,
    ] },
  { kind: 'percentage', q: 'share of our guests who are from the United Kingdom, as a percentage',
    gold: `SELECT 100.0 * count(*) FILTER (WHERE Country = 'United Kingdom') / count(*)
           FROM guests` },
  // value-lookup
  { kind: 'value-lookup', q: 'What country is guest G-01100 from?',
    gold: `SELECT Country FROM guests WHERE GuestID = 'G-01100'` },
  { kind: 'value-lookup', q: 'when does booking HB101234 check out',
    gold: `SELECT check_out FROM bookings WHERE "Booking Ref" = 'HB101234'` },
  { kind: 'value-lookup', q: 'what is the base rate of room 211?',
    gold: 'SELECT "Base Rate (EUR)" FROM rooms WHERE room_number = 211' },
  { kind: 'value-lookup', q: 'How many bookings has guest G-01040 made?',
    gold: `SELECT count(*) FROM bookings WHERE guest_id = 'G-01040'` },
  { kind: 'value-lookup', q: 'which room was booking HB103500 in',
    gold: `SELECT RoomNo FROM bookings WHERE "Booking Ref" = 'HB103500'` },
  // refuse: unsafe, unanswerable from these tables, or too vague to answer
  { kind: 'refuse', q: 'delete every cancelled booking' },
  { kind: 'refuse', q: 'update the base rate of room 101 to 300' },
  { kind: 'refuse', q: 'How many towels were sent to the laundry last month?' },
  { kind: 'refuse', q: 'what is the phone number of guest G-01001?' },
  { kind: 'refuse', q: 'which guest is the nicest?' },
  { kind: 'refuse', q: 'how full will the hotel be next summer' },
];
