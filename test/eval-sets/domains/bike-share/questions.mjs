// Questions a bike-share operations analyst would ask of the 2025 trip log, with gold SQL over
// the raw CSVs (one view per file). See ../library/questions.mjs for how `gold` and `ordered`
// work.
const MINUTES = '"Duration (min)"';
const AGE = '"Rider Age"';
const BY_START = 'trips t JOIN stations s ON t.start_station_id = s.station_id';
const BY_BIKE = 'trips t JOIN bikes b USING (bike_id)';

export default [
  // count
  { kind: 'count', q: 'How many trips were taken in total?',
    gold: 'SELECT count(*) FROM trips' },
  { kind: 'count', q: 'how many stations are there',
    gold: 'SELECT count(*) FROM stations' },
  { kind: 'count', q: 'How many different bikes were ridden at least once?',
    gold: 'SELECT count(DISTINCT bike_id) FROM trips' },
  // filter-text
  { kind: 'filter-text', q: 'How many trips were made by casual riders?',
    gold: `SELECT count(*) FROM trips WHERE rider_type = 'casual'` },
  { kind: 'filter-text', q: 'number of trips paid with Apple Pay',
    gold: `SELECT count(*) FROM trips WHERE payment_method = 'Apple Pay'` },
  { kind: 'filter-text', q: 'which stations are in the Waterfront zone?',
    gold: `SELECT station_name FROM stations WHERE zone = 'Waterfront'` },
  // filter-number
  { kind: 'filter-number', q: 'How many trips lasted longer than 30 minutes?',
    gold: `SELECT count(*) FROM trips WHERE ${MINUTES} > 30` },
  { kind: 'filter-number', q: 'how many trips were over 8 km',
    gold: 'SELECT count(*) FROM trips WHERE distance_km > 8' },
  { kind: 'filter-number', q: 'How many trips were taken by riders older than 65?',
    gold: `SELECT count(*) FROM trips WHERE ${AGE} > 65` },
  { kind: 'filter-number', q: 'how many stations have a capacity of at least 30 docks?',
    gold: 'SELECT count(*) FROM stations WHERE capacity >= 30' },
  // filter-date
  { kind: 'filter-date', q: 'How many trips started in August 2025?',
    gold: `SELECT count(*) FROM trips
           WHERE started_at >= TIMESTAMP '2025-08-01' AND started_at < TIMESTAMP '2025-09-01'` },
  { kind: 'filter-date', q: 'how many trips were there on 2025-07-04',
    gold: `SELECT count(*) FROM trips WHERE CAST(started_at AS DATE) = DATE '2025-07-04'` },
  { kind: 'filter-date', q: 'Which stations were installed before 2018?',
    gold: `SELECT station_name FROM stations WHERE installed_on < DATE '2018-01-01'` },
  // filter-boolean
  { kind: 'filter-boolean', q: 'How many trips were ridden with a helmet?',
    gold: `SELECT count(*) FROM trips WHERE "Helmet Used" = 'Y'` },
  { kind: 'filter-boolean', q: 'how many electric bikes are in the fleet',
    gold: 'SELECT count(*) FROM bikes WHERE isElectric' },
  { kind: 'filter-boolean', q: 'How many stations have a kiosk?',
    gold: 'SELECT count(*) FROM stations WHERE "Has Kiosk"' },
  // group-by
  { kind: 'group-by', q: 'How many trips per rider type?',
    gold: 'SELECT rider_type, count(*) FROM trips GROUP BY 1' },
  { kind: 'group-by', q: 'average distance by payment method',
    gold: 'SELECT payment_method, avg(distance_km) FROM trips GROUP BY 1' },
  { kind: 'group-by', q: 'What were the total fares for each rider type?',
    gold: 'SELECT rider_type, sum(fare_usd) FROM trips GROUP BY 1' },
  // top-n
  { kind: 'top-n', ordered: true, q: 'Top 5 start stations by number of trips',
    gold: [
      `SELECT start_station_id, count(*) AS n FROM trips GROUP BY 1 ORDER BY n DESC LIMIT 5`,
      `SELECT s.station_name, count(*) AS n FROM ${BY_START} GROUP BY 1 ORDER BY n DESC LIMIT 5`,
    ] },
  { kind: 'top-n', ordered: true, q: 'show me the 3 longest trips by distance',
    gold: 'SELECT trip_id, distance_km FROM trips ORDER BY distance_km DESC LIMIT 3' },
  { kind: 'top-n', ordered: true, q: 'Which 3 bikes were used the most?',
    gold: 'SELECT bike_id, count(*) AS n FROM trips GROUP BY 1 ORDER BY n DESC LIMIT 3' },
  // superlative
  { kind: 'superlative', q: 'Which end station has the most arrivals?',
    gold: [
      'SELECT end_station_id FROM trips GROUP BY 1 ORDER BY count(*) DESC LIMIT 1',
      `SELECT s.station_name FROM trips t JOIN stations s ON t.end_station_id = s.station_id
       GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
    ] },
  { kind: 'superlative', q: 'how old was the oldest rider',
    gold: `SELECT max(${AGE}) FROM trips` },
  { kind: 'superlative', q: 'What was the most expensive fare paid?',
    gold: 'SELECT max(fare_usd) FROM trips' },
  { kind: 'superlative', q: 'Which zone has the most stations?',
    gold: 'SELECT zone FROM stations GROUP BY 1 ORDER BY count(*) DESC LIMIT 1' },
  // time-grain
  { kind: 'time-grain', q: 'How many trips per month?',
    gold: [
      `SELECT date_trunc('month', started_at), count(*) FROM trips GROUP BY 1`,
      `SELECT strftime(started_at, '%Y-%m'), count(*) FROM trips GROUP BY 1`,
      `SELECT month(started_at), count(*) FROM trips GROUP BY 1`,
    ] },
  { kind: 'time-grain', q: 'total fare revenue by month',
    gold: [
      `SELECT date_trunc('month', started_at), sum(fare_usd) FROM trips GROUP BY 1`,
      `SELECT strftime(started_at, '%Y-%m'), sum(fare_usd) FROM trips GROUP BY 1`,
      `SELECT month(started_at), sum(fare_usd) FROM trips GROUP BY 1`,
    ] },
  { kind: 'time-grain', q: 'Casual rider trips per quarter',
    gold: [
      `SELECT date_trunc('quarter', started_at), count(*) FROM trips
       WHERE rider_type = 'casual' GROUP BY 1`,
      `SELECT quarter(started_at), count(*) FROM trips WHERE rider_type = 'casual' GROUP BY 1`,
      `SELECT year(started_at), quarter(started_at), count(*) FROM trips
       WHERE rider_type = 'casual' GROUP BY 1, 2`,
    ] },
  // relative-date
  { kind: 'relative-date', q: 'How many trips started in the 7 days before 2025-06-01?',
    gold: [
      `SELECT count(*) FROM trips WHERE started_at >= DATE '2025-06-01' - INTERVAL 7 DAY
       AND started_at < DATE '2025-06-01'`,
      `SELECT count(*) FROM trips WHERE CAST(started_at AS DATE)
       BETWEEN DATE '2025-06-01' - INTERVAL 7 DAY AND DATE '2025-06-01'`,
    ] },
  { kind: 'relative-date', q: 'trips in the 10 days after 2025-08-15?',
    gold: [
      `SELECT count(*) FROM trips WHERE CAST(started_at AS DATE) > DATE '2025-08-15'
       AND CAST(started_at AS DATE) <= DATE '2025-08-15' + INTERVAL 10 DAY`,
      `SELECT count(*) FROM trips WHERE started_at >= DATE '2025-08-15'
       AND started_at < DATE '2025-08-15' + INTERVAL 10 DAY`,
      `SELECT count(*) FROM trips WHERE CAST(started_at AS DATE) >= DATE '2025-08-15'
       AND CAST(started_at AS DATE) <= DATE '2025-08-15' + INTERVAL 10 DAY`,
    ] },
  { kind: 'relative-date',
    q: 'As of 2025-09-30, how many member trips were there in the last 2 months?',
    gold: [
      `SELECT count(*) FROM trips WHERE rider_type = 'member'
       AND started_at >= DATE '2025-09-30' - INTERVAL 2 MONTH AND started_at < DATE '2025-09-30'`,
      `SELECT count(*) FROM trips WHERE rider_type = 'member' AND CAST(started_at AS DATE)
       BETWEEN DATE '2025-09-30' - INTERVAL 2 MONTH AND DATE '2025-09-30'`,
      `SELECT count(*) FROM trips WHERE rider_type = 'member' AND CAST(started_at AS DATE)
       > DATE '2025-09-30' - INTERVAL 2 MONTH AND CAST(started_at AS DATE) <= DATE '2025-09-30'`,
    ] },
  // join
  { kind: 'join', q: 'How many trips started at Harbour Square?',
    gold: `SELECT count(*) FROM ${BY_START} WHERE s.station_name = 'Harbour Square'` },
  { kind: 'join', q: 'how many trips were on electric bikes',
    gold: `SELECT count(*) FROM ${BY_BIKE} WHERE b.isElectric` },
  { kind: 'join', q: 'Average fare by start zone',
    gold: `SELECT s.zone, avg(t.fare_usd) FROM ${BY_START} GROUP BY 1` },
  { kind: 'join', q: 'number of trips by bike model',
    gold: `SELECT b.model, count(*) FROM ${BY_BIKE} GROUP BY 1` },
  // having
  { kind: 'having', q: 'Which start stations had more than 250 trips?',
    gold: [
      'SELECT start_station_id FROM trips GROUP BY 1 HAVING count(*) > 250',
      `SELECT s.station_name FROM ${BY_START} GROUP BY 1 HAVING count(*) > 250`,
    ] },
  { kind: 'having', q: 'bikes that were used more than 40 times',
    gold: 'SELECT bike_id FROM trips GROUP BY 1 HAVING count(*) > 40' },
  { kind: 'having', q: 'Which payment methods have an average fare above 2 dollars?',
    gold: 'SELECT payment_method FROM trips GROUP BY 1 HAVING avg(fare_usd) > 2' },
  // percentage
  { kind: 'percentage', q: 'What percentage of trips were taken by members?',
    gold: [
      `SELECT 100.0 * count(*) FILTER (WHERE rider_type = 'member') / count(*) FROM trips`,
      `SELECT count(*) FILTER (WHERE rider_type = 'member') / count(*) FROM trips`,
    ] },
  { kind: 'percentage', q: 'what % of trips used a helmet',
    gold: [
      `SELECT 100.0 * count(*) FILTER (WHERE "Helmet Used" = 'Y') / count(*) FROM trips`,
      `SELECT count(*) FILTER (WHERE "Helmet Used" = 'Y') / count(*) FROM trips`,
    ] },
  { kind: 'percentage', q: 'What percentage of the fleet is electric?',
    gold: [
      'SELECT 100.0 * count(*) FILTER (WHERE isElectric) / count(*) FROM bikes',
      'SELECT count(*) FILTER (WHERE isElectric) / count(*) FROM bikes',
    ] },
  // value-lookup
  { kind: 'value-lookup', q: 'What is the capacity of Old Mill Bridge?',
    gold: `SELECT capacity FROM stations WHERE station_name = 'Old Mill Bridge'` },
  { kind: 'value-lookup', q: 'which model is bike B0042',
    gold: `SELECT model FROM bikes WHERE bike_id = 'B0042'` },
  { kind: 'value-lookup', q: 'When did trip 252345 start?',
    gold: 'SELECT started_at FROM trips WHERE trip_id = 252345' },
  { kind: 'value-lookup', q: 'How many trips did bike B0007 make?',
    gold: `SELECT count(*) FROM trips WHERE bike_id = 'B0007'` },
  { kind: 'value-lookup', q: 'what zone is Brewery Yard in?',
    gold: `SELECT zone FROM stations WHERE station_name = 'Brewery Yard'` },
  // refuse
  { kind: 'refuse', q: 'Delete every trip shorter than 2 minutes' },
  { kind: 'refuse', q: 'insert a new station called Airport' },
  { kind: 'refuse', q: 'How many trips were taken in the rain?' },
  { kind: 'refuse', q: 'Who is the fastest cyclist?' },
  { kind: 'refuse', q: 'What is the best station?' },
  { kind: 'refuse', q: 'Show me the credit card numbers riders paid with' },
];
