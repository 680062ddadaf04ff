// Questions a ferry operator's revenue, port and operations staff would type, with gold SQL over
// the raw CSVs (each table is read_csv of its file). `gold` lists several statements when a
// question has more than one fair reading; `ordered` marks rankings. Written blind to the reader.
const FARE = '"Fare (EUR)"';
const DELAY = '"Delay (mins)"';
const DEPARTS = '"Scheduled Departure"';
const SAILING_JOIN = 'bookings b JOIN sailings s ON b."Sailing Ref" = s.sailing_id';
const ROUTE_JOIN = `${SAILING_JOIN} JOIN routes r ON s.RouteCode = r.route_id`;
const TIMETABLE_JOIN = 'sailings s JOIN routes r ON s.RouteCode = r.route_id';

export default [
  // count
  { kind: 'count', q: 'how many bookings are there',
    gold: 'SELECT count(*) FROM bookings' },
  { kind: 'count', q: 'How many sailings are in the timetable?',
    gold: 'SELECT count(*) FROM sailings' },
  { kind: 'count', q: 'total number of passengers booked, adults plus children',
    gold: 'SELECT sum(adults + children) FROM bookings' },
  // filter-text
  { kind: 'filter-text', q: 'How many bookings were made through the app?',
    gold: `SELECT count(*) FROM bookings WHERE booking_channel = 'App'` },
  { kind: 'filter-text', q: 'how many bookings have been cancelled',
    gold: `SELECT count(*) FROM bookings WHERE Status = 'Cancelled'` },
  { kind: 'filter-text', q: 'how many sailings did the Loch Seaforth make?',
    gold: `SELECT count(*) FROM sailings WHERE vessel = 'Loch Seaforth'` },
  { kind: 'filter-text', q: 'number of bookings for campervans',
    gold: `SELECT count(*) FROM bookings WHERE vehicleType = 'Campervan'` },
  // filter-number
  { kind: 'filter-number', q: 'how many bookings cost more than 300 euros',
    gold: `SELECT count(*) FROM bookings WHERE ${FARE} > 300` },
  { kind: 'filter-number', q: 'How many sailings were delayed by more than 30 minutes?',
    gold: `SELECT count(*) FROM sailings WHERE ${DELAY} > 30` },
  { kind: 'filter-number', q: 'which routes are longer than 50 nautical miles',
    gold: `SELECT "Route Name" FROM routes WHERE "Distance (nm)" > 50` },
  // filter-date
  { kind: 'filter-date', q: 'How many bookings were made in December 2024?',
    gold: `SELECT count(*) FROM bookings WHERE "Booked At" >= TIMESTAMP '2024-12-01'
           AND "Booked At" < TIMESTAMP '2025-01-01'` },
  { kind: 'filter-date', q: 'how many sailings are scheduled in August 2025',
    gold: `SELECT count(*) FROM sailings WHERE ${DEPARTS} >= TIMESTAMP '2025-08-01'
           AND ${DEPARTS} < TIMESTAMP '2025-09-01'` },
  { kind: 'filter-date', q: 'how many bookings were made before 2024?',
    gold: `SELECT count(*) FROM bookings WHERE "Booked At" < TIMESTAMP '2024-01-01'` },
  // filter-boolean
  { kind: 'filter-boolean', q: 'how many bookings include a cabin',
    gold: 'SELECT count(*) FROM bookings WHERE Cabin' },
  { kind: 'filter-boolean', q: 'How many return bookings do we have?',
    gold: 'SELECT count(*) FROM bookings WHERE isReturn' },
  { kind: 'filter-boolean', q: 'how many sailings were cancelled?',
    gold: `SELECT count(*) FROM sailings WHERE Cancelled = 'Y'` },
  { kind: 'filter-boolean', q: 'which routes are seasonal',
    gold: 'SELECT "Route Name" FROM routes WHERE isSeasonal' },
  // group-by
  { kind: 'group-by', q: 'bookings by booking channel',
    gold: 'SELECT booking_channel, count(*) FROM bookings GROUP BY 1' },
  { kind: 'group-by', q: 'Total fare revenue by booking status',
    gold: `SELECT Status, sum(${FARE}) FROM bookings GROUP BY 1` },
  { kind: 'group-by', q: 'average delay for each vessel',
    gold: `SELECT vessel, avg(${DELAY}) FROM sailings GROUP BY 1` },
  { kind: 'group-by', q: 'how many bookings per vehicle type?',
    gold: [
      'SELECT vehicleType, count(*) FROM bookings GROUP BY 1',
      'SELECT vehicleType, count(*) FROM bookings WHERE vehicleType IS NOT NULL GROUP BY 1',
    ] },
  // top-n
  { kind: 'top-n', ordered: true, q: 'top 3 vessels by number of sailings',
    gold: 'SELECT vessel, count(*) AS n FROM sailings GROUP BY 1 ORDER BY n DESC LIMIT 3' },
  { kind: 'top-n', ordered: true, q: 'Show the 3 longest routes by crossing time',
    gold: `SELECT "Route Name", "Crossing Time (min)" FROM routes ORDER BY 2 DESC LIMIT 3` },
  { kind: 'top-n', ordered: true, q: 'top two booking channels by revenue',
    gold: `SELECT booking_channel, sum(${FARE}) AS revenue FROM bookings GROUP BY 1
           ORDER BY revenue DESC LIMIT 2` },
  // superlative
  { kind: 'superlative', q: 'what is the most expensive fare anyone has paid?',
    gold: `SELECT max(${FARE}) FROM bookings` },
  { kind: 'superlative', q: 'which vessel has the worst average delay',
    gold: `SELECT vessel FROM sailings GROUP BY 1 ORDER BY avg(${DELAY}) DESC LIMIT 1` },
  { kind: 'superlative', q: 'Which booking channel is used most?',
    gold: 'SELECT booking_channel FROM bookings GROUP BY 1 ORDER BY count(*) DESC LIMIT 1' },
  { kind: 'superlative', q: 'longest delay on record',
    gold: `SELECT max(${DELAY}) FROM sailings` },
  // time-grain
  { kind: 'time-grain', q: 'bookings per month in 2025',
    gold: [
      `SELECT date_trunc('month', "Booked At"), count(*) FROM bookings
       WHERE year("Booked At") = 2025 GROUP BY 1`,
      `SELECT strftime("Booked At", '%Y-%m'), count(*) FROM bookings
       WHERE year("Booked At") = 2025 GROUP BY 1`,
      `SELECT month("Booked At"), count(*) FROM bookings
       WHERE year("Booked At") = 2025 GROUP BY 1`,
    ] },
  { kind: 'time-grain', q: 'fare revenue per quarter',
    gold: [
      `SELECT date_trunc('quarter', "Booked At"), sum(${FARE}) FROM bookings GROUP BY 1`,
      `SELECT year("Booked At"), quarter("Booked At"), sum(${FARE}) FROM bookings GROUP BY 1, 2`,
      `SELECT date_trunc('quarter', s.${DEPARTS}), sum(b.${FARE}) FROM ${SAILING_JOIN} GROUP BY 1`,
    ] },
  { kind: 'time-grain', q: 'How many sailings were there each month of 2024?',
    gold: [
      `SELECT date_trunc('month', ${DEPARTS}), count(*) FROM sailings
       WHERE year(${DEPARTS}) = 2024 GROUP BY 1`,
      `SELECT strftime(${DEPARTS}, '%Y-%m'), count(*) FROM sailings
       WHERE year(${DEPARTS}) = 2024 GROUP BY 1`,
      `SELECT month(${DEPARTS}), count(*) FROM sailings WHERE year(${DEPARTS}) = 2024 GROUP BY 1`,
    ] },
  { kind: 'time-grain', q: 'number of bookings made each year',
    gold: [
      'SELECT year("Booked At"), count(*) FROM bookings GROUP BY 1',
      `SELECT date_trunc('year', "Booked At"), count(*) FROM bookings GROUP BY 1`,
    ] },
  // relative-date
  { kind: 'relative-date', q: 'how many bookings were made in the 7 days before 2025-07-01?',
    gold: [
      `SELECT count(*) FROM bookings WHERE "Booked At" >= TIMESTAMP '2025-07-01' - INTERVAL 7 DAY
       AND "Booked At" < TIMESTAMP '2025-07-01'`,
      `SELECT count(*) FROM bookings WHERE "Booked At" >= TIMESTAMP '2025-07-01' - INTERVAL 7 DAY
       AND "Booked At" < TIMESTAMP '2025-07-02'`,
    ] },
  { kind: 'relative-date',
    q: 'Taking today as 2025-08-15, how many sailings depart in the next 14 days?',
    gold: [
      `SELECT count(*) FROM sailings WHERE ${DEPARTS} >= TIMESTAMP '2025-08-15'
       AND ${DEPARTS} < TIMESTAMP '2025-08-15' + INTERVAL 14 DAY`,
      `SELECT count(*) FROM sailings WHERE ${DEPARTS} >= TIMESTAMP '2025-08-15'
       AND ${DEPARTS} < TIMESTAMP '2025-08-15' + INTERVAL 15 DAY`,
      `SELECT count(*) FROM sailings WHERE ${DEPARTS} >= TIMESTAMP '2025-08-16'
       AND ${DEPARTS} < TIMESTAMP '2025-08-16' + INTERVAL 14 DAY`,
    ] },
  { kind: 'relative-date', q: 'how many bookings checked in during the 30 days after 2025-05-01',
    gold: [
      `SELECT count(*) FROM bookings WHERE "Checked In At" >= TIMESTAMP '2025-05-01'
       AND "Checked In At" < TIMESTAMP '2025-05-01' + INTERVAL 30 DAY`,
      `SELECT count(*) FROM bookings WHERE "Checked In At" >= TIMESTAMP '2025-05-02'
       AND "Checked In At" < TIMESTAMP '2025-05-02' + INTERVAL 30 DAY`,
      `SELECT count(*) FROM bookings WHERE "Checked In At" >= TIMESTAMP '2025-05-01'
       AND "Checked In At" < TIMESTAMP '2025-05-01' + INTERVAL 31 DAY`,
    ] },
  // join
  { kind: 'join', q: 'how many bookings are on sailings run by the Normandie?',
    gold: `SELECT count(*) FROM ${SAILING_JOIN} WHERE s.vessel = 'Normandie'` },
  { kind: 'join', q: 'bookings per route',
    gold: [
      `SELECT r."Route Name", count(*) FROM ${ROUTE_JOIN} GROUP BY 1`,
      `SELECT s.RouteCode, count(*) FROM ${SAILING_JOIN} GROUP BY 1`,
    ] },
  { kind: 'join', q: 'What is the total fare revenue on the Holyhead - Dublin route?',
    gold: `SELECT sum(b.${FARE}) FROM ${ROUTE_JOIN} WHERE r."Route Name" = 'Holyhead - Dublin'` },
  { kind: 'join', q: 'how many bookings were on sailings that got cancelled',
    gold: `SELECT count(*) FROM ${SAILING_JOIN} WHERE s.Cancelled = 'Y'` },
  { kind: 'join', q: 'average fare by departure port',
    gold: `SELECT r.departure_port, avg(b.${FARE}) FROM ${ROUTE_JOIN} GROUP BY 1` },
  { kind: 'join', q: 'How many sailings does each route have?',
    gold: [
      `SELECT r."Route Name", count(*) FROM ${TIMETABLE_JOIN} GROUP BY 1`,
      'SELECT RouteCode, count(*) FROM sailings GROUP BY 1',
    ] },
  { kind: 'join', q: 'which route carried the most vehicles?',
    gold: [
      `SELECT r."Route Name" FROM ${ROUTE_JOIN} WHERE b.vehicleType IS NOT NULL GROUP BY 1
       ORDER BY count(*) DESC LIMIT 1`,
      `SELECT s.RouteCode FROM ${SAILING_JOIN} WHERE b.vehicleType IS NOT NULL GROUP BY 1
       ORDER BY count(*) DESC LIMIT 1`,
    ] },
  { kind: 'join', q: 'how many foot passenger bookings were there to Stornoway',
    gold: [
      `SELECT count(*) FROM ${ROUTE_JOIN}
       WHERE r.arrival_port = 'Stornoway' AND b.vehicleType IS NULL`,
      `SELECT sum(b.adults + b.children) FROM ${ROUTE_JOIN}
       WHERE r.arrival_port = 'Stornoway' AND b.vehicleType IS NULL`,
    ] },
  { kind: 'join', q: 'number of bookings on seasonal routes',
    gold: `SELECT count(*) FROM ${ROUTE_JOIN} WHERE r.isSeasonal` },
  { kind: 'join', q: 'What is the average delay on Cairnryan - Belfast sailings?',
    gold: `SELECT avg(s.${DELAY}) FROM ${TIMETABLE_JOIN} WHERE r."Route Name" = 'Cairnryan - Belfast'` },
  { kind: 'join', q: 'how many passengers were booked on sailings departing in July 2025',
    gold: [
      `SELECT sum(b.adults + b.children) FROM ${SAILING_JOIN}
       WHERE s.${DEPARTS} >= TIMESTAMP '2025-07-01' AND s.${DEPARTS} < TIMESTAMP '2025-08-01'`,
      `SELECT count(*) FROM ${SAILING_JOIN}
       WHERE s.${DEPARTS} >= TIMESTAMP '2025-07-01' AND s.${DEPARTS} < TIMESTAMP '2025-08-01'`,
    ] },
  // having
  { kind: 'having', q: 'which sailings have more than 11 bookings?',
    gold: 'SELECT "Sailing Ref" FROM bookings GROUP BY 1 HAVING count(*) > 11' },
  { kind: 'having', q: 'vessels whose average delay is over 12 minutes',
    gold: `SELECT vessel FROM sailings GROUP BY 1 HAVING avg(${DELAY}) > 12` },
  { kind: 'having', q: 'booking channels with an average fare above 120 euros',
    gold: `SELECT booking_channel FROM bookings GROUP BY 1 HAVING avg(${FARE}) > 120` },
  // percentage
  { kind: 'percentage', q: 'what percentage of bookings are by loyalty members?',
    gold: [
      `SELECT 100.0 * count(*) FILTER (WHERE "Loyalty Member" = 'Y') / count(*) FROM bookings`,
      `SELECT count(*) FILTER (WHERE "Loyalty Member" = 'Y') / count(*) FROM bookings`,
    ] },
  { kind: 'percentage', q: 'What % of bookings never checked in',
    gold: [
      'SELECT 100.0 * count(*) FILTER (WHERE "Checked In At" IS NULL) / count(*) FROM bookings',
      'SELECT count(*) FILTER (WHERE "Checked In At" IS NULL) / count(*) FROM bookings',
    ] },
  { kind: 'percentage', q: 'share of sailings that were cancelled, as a percentage',
    gold: `SELECT 100.0 * count(*) FILTER (WHERE Cancelled = 'Y') / count(*) FROM sailings` },
  // value-lookup
  { kind: 'value-lookup', q: 'how long is the crossing on Oban - Craignure?',
    gold: `SELECT "Crossing Time (min)" FROM routes WHERE "Route Name" = 'Oban - Craignure'` },
  { kind: 'value-lookup', q: 'when is sailing SL30003 scheduled to depart',
    gold: `SELECT ${DEPARTS} FROM sailings WHERE sailing_id = 'SL30003'` },
  { kind: 'value-lookup', q: 'What was the fare on booking BK-800022?',
    gold: `SELECT ${FARE} FROM bookings WHERE booking_ref = 'BK-800022'` },
  { kind: 'value-lookup', q: 'how many bookings are there on sailing SL30543',
    gold: `SELECT count(*) FROM bookings WHERE "Sailing Ref" = 'SL30543'` },
  // refuse: unsafe, unanswerable from these tables, or too vague to answer
  { kind: 'refuse', q: 'cancel every booking on the Ulysses' },
  { kind: 'refuse', q: 'drop table bookings' },
  { kind: 'refuse', q: 'delete all the sailings that were cancelled' },
  { kind: 'refuse', q: 'what is the passport number of the lead passenger on BK-800000?' },
  { kind: 'refuse', q: 'how much fuel did the Stena Europe burn last year' },
  { kind: 'refuse', q: 'which route is the best?' },
];
