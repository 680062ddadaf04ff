// Questions the bus network's performance team, depot managers and planners would type, with gold
// SQL over the raw CSVs (each table is read_csv of its file). `gold` lists several statements when
// a question has more than one fair reading; `ordered` marks rankings. Written blind to the reader.
const DELAY = '"Delay (min)"';
const PASSENGERS = '"Passengers Boarded"';
const ROUTE_JOIN = 'stop_departures d JOIN routes r ON d."Route No" = r.route_id';
const STOP_JOIN = 'stop_departures d JOIN stops s ON d.stopCode = s."Stop ID"';

/** A departure's day: its operating day, or the calendar day of its timetable slot. */
const onDays = (condition) => [
  `SELECT count(*) FROM stop_departures WHERE ${condition('"Service Date"')}`,
  `SELECT count(*) FROM stop_departures WHERE ${condition('CAST("Scheduled Departure" AS DATE)')}`,
];

export default [
  // count
  { kind: 'count', q: 'how many departures are in the punctuality log',
    gold: 'SELECT count(*) FROM stop_departures' },
  { kind: 'count', q: 'How many bus stops do we have?',
    gold: 'SELECT count(*) FROM stops' },
  { kind: 'count', q: 'how many different buses were tracked',
    gold: 'SELECT count(DISTINCT fleetNumber) FROM stop_departures' },
  { kind: 'count', q: 'total passengers boarded across all departures',
    gold: `SELECT sum(${PASSENGERS}) FROM stop_departures` },
  // filter-text
  { kind: 'filter-text', q: 'how many departures were on route X1',
    gold: `SELECT count(*) FROM stop_departures WHERE "Route No" = 'X1'` },
  { kind: 'filter-text', q: 'number of inbound departures',
    gold: `SELECT count(*) FROM stop_departures WHERE Direction = 'Inbound'` },
  { kind: 'filter-text', q: 'How many departures ran in fog?',
    gold: `SELECT count(*) FROM stop_departures WHERE Weather = 'Fog'` },
  { kind: 'filter-text', q: 'how many delays were put down to roadworks',
    gold: `SELECT count(*) FROM stop_departures WHERE "Disruption Cause" = 'Roadworks'` },
  // filter-number
  { kind: 'filter-number', q: 'how many departures were more than 10 minutes late',
    gold: `SELECT count(*) FROM stop_departures WHERE ${DELAY} > 10` },
  { kind: 'filter-number', q: 'How many departures had 30 or more passengers board?',
    gold: `SELECT count(*) FROM stop_departures WHERE ${PASSENGERS} >= 30` },
  { kind: 'filter-number', q: 'which routes are longer than 15 km',
    gold: [
      'SELECT route_id FROM routes WHERE "Route Length (km)" > 15',
      'SELECT "Route Name" FROM routes WHERE "Route Length (km)" > 15',
    ] },
  { kind: 'filter-number', q: 'count the departures with a delay under 1 minute',
    gold: `SELECT count(*) FROM stop_departures WHERE ${DELAY} < 1` },
  // filter-date
  { kind: 'filter-date', q: 'how many departures were there in March 2025?',
    gold: onDays((d) => `${d} >= DATE '2025-03-01' AND ${d} < DATE '2025-04-01'`) },
  { kind: 'filter-date', q: 'departures between 2024-12-23 and 2025-01-05',
    gold: onDays((d) => `${d} BETWEEN DATE '2024-12-23' AND DATE '2025-01-05'`) },
  { kind: 'filter-date', q: 'Which routes were launched before 2012?',
    gold: [
      `SELECT route_id FROM routes WHERE launched_on < DATE '2012-01-01'`,
      `SELECT "Route Name" FROM routes WHERE launched_on < DATE '2012-01-01'`,
    ] },
  // filter-boolean
  { kind: 'filter-boolean', q: 'how many departures were cancelled',
    gold: `SELECT count(*) FROM stop_departures WHERE Cancelled = 'Y'` },
  { kind: 'filter-boolean', q: 'How many times was the ramp deployed?',
    gold: 'SELECT count(*) FROM stop_departures WHERE ramp_deployed' },
  { kind: 'filter-boolean', q: 'how many stops have a shelter',
    gold: 'SELECT count(*) FROM stops WHERE "Has Shelter"' },
  { kind: 'filter-boolean', q: 'number of stops without a real time display',
    gold: 'SELECT count(*) FROM stops WHERE NOT realTimeDisplay' },
  // group-by
  { kind: 'group-by', q: 'departures per route',
    gold: 'SELECT "Route No", count(*) FROM stop_departures GROUP BY 1' },
  { kind: 'group-by', q: 'average delay by weather',
    gold: [
      `SELECT Weather, avg(${DELAY}) FROM stop_departures GROUP BY 1`,
      `SELECT Weather, avg(${DELAY}) FROM stop_departures WHERE Weather IS NOT NULL GROUP BY 1`,
    ] },
  { kind: 'group-by', q: 'total passengers for each direction',
    gold: `SELECT Direction, sum(${PASSENGERS}) FROM stop_departures GROUP BY 1` },
  { kind: 'group-by', q: 'cancellations by disruption cause',
    gold: `SELECT "Disruption Cause", count(*) FROM stop_departures WHERE Cancelled = 'Y'
           GROUP BY 1` },
  // top-n
  { kind: 'top-n', ordered: true, q: 'top 5 routes by passengers boarded',
    gold: [
      `SELECT "Route No", sum(${PASSENGERS}) AS n FROM stop_departures GROUP BY 1
       ORDER BY n DESC LIMIT 5`,
      `SELECT r."Route Name", sum(d.${PASSENGERS}) AS n FROM ${ROUTE_JOIN} GROUP BY 1
       ORDER BY n DESC LIMIT 5`,
    ] },
  { kind: 'top-n', ordered: true, q: 'the 3 stops with the most departures',
    gold: [
      'SELECT stopCode, count(*) AS n FROM stop_departures GROUP BY 1 ORDER BY n DESC LIMIT 3',
      `SELECT s.stop_name, count(*) AS n FROM ${STOP_JOIN} GROUP BY 1 ORDER BY n DESC LIMIT 3`,
    ] },
  { kind: 'top-n', ordered: true, q: 'show the 10 longest delays',
    gold: `SELECT ${DELAY} FROM stop_departures WHERE ${DELAY} IS NOT NULL
           ORDER BY ${DELAY} DESC LIMIT 10` },
  { kind: 'top-n', ordered: true, q: 'which 3 weather conditions have the worst average delay',
    gold: `SELECT Weather, avg(${DELAY}) AS a FROM stop_departures WHERE Weather IS NOT NULL
           GROUP BY 1 ORDER BY a DESC LIMIT 3` },
  // superlative
  { kind: 'superlative', q: 'which route is the busiest',
    gold: [
      'SELECT "Route No" FROM stop_departures GROUP BY 1 ORDER BY count(*) DESC LIMIT 1',
      `SELECT "Route No" FROM stop_departures GROUP BY 1 ORDER BY sum(${PASSENGERS}) DESC LIMIT 1`,
      `SELECT r."Route Name" FROM ${ROUTE_JOIN} GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
      `SELECT r."Route Name" FROM ${ROUTE_JOIN} GROUP BY 1 ORDER BY sum(d.${PASSENGERS}) DESC
       LIMIT 1`,
    ] },
  { kind: 'superlative', q: "what's the worst delay on record",
    gold: `SELECT max(${DELAY}) FROM stop_departures` },
  { kind: 'superlative', q: 'Which operator runs the most routes?',
    gold: 'SELECT operator FROM routes GROUP BY 1 ORDER BY count(*) DESC LIMIT 1' },
  { kind: 'superlative', q: 'most common disruption cause',
    gold: `SELECT "Disruption Cause" FROM stop_departures WHERE "Disruption Cause" IS NOT NULL
           GROUP BY 1 ORDER BY count(*) DESC LIMIT 1` },
  // time-grain
  { kind: 'time-grain', q: 'departures per month',
    gold: [
      `SELECT date_trunc('month', "Service Date"), count(*) FROM stop_departures GROUP BY 1`,
      `SELECT strftime("Service Date", '%Y-%m'), count(*) FROM stop_departures GROUP BY 1`,
      `SELECT date_trunc('month', "Scheduled Departure"), count(*) FROM stop_departures GROUP BY 1`,
      `SELECT strftime("Scheduled Departure", '%Y-%m'), count(*) FROM stop_departures GROUP BY 1`,
    ] },
  { kind: 'time-grain', q: 'average delay by week in January 2025',
    gold: [
      `SELECT date_trunc('week', "Service Date"), avg(${DELAY}) FROM stop_departures
       WHERE "Service Date" >= DATE '2025-01-01' AND "Service Date" < DATE '2025-02-01'
       GROUP BY 1`,
      `SELECT date_trunc('week', "Scheduled Departure"), avg(${DELAY}) FROM stop_departures
       WHERE "Scheduled Departure" >= TIMESTAMP '2025-01-01'
       AND "Scheduled Departure" < TIMESTAMP '2025-02-01' GROUP BY 1`,
    ] },
  { kind: 'time-grain', q: 'monthly cancellations in 2025',
    gold: [
      `SELECT date_trunc('month', "Service Date"), count(*) FROM stop_departures
       WHERE Cancelled = 'Y' AND year("Service Date") = 2025 GROUP BY 1`,
      `SELECT month("Service Date"), count(*) FROM stop_departures
       WHERE Cancelled = 'Y' AND year("Service Date") = 2025 GROUP BY 1`,
      `SELECT date_trunc('month', "Scheduled Departure"), count(*) FROM stop_departures
       WHERE Cancelled = 'Y' AND year("Scheduled Departure") = 2025 GROUP BY 1`,
      `SELECT month("Scheduled Departure"), count(*) FROM stop_departures
       WHERE Cancelled = 'Y' AND year("Scheduled Departure") = 2025 GROUP BY 1`,
    ] },
  { kind: 'time-grain', q: 'passengers boarded each quarter',
    gold: [
      `SELECT date_trunc('quarter', "Service Date"), sum(${PASSENGERS}) FROM stop_departures
       GROUP BY 1`,
      `SELECT year("Service Date"), quarter("Service Date"), sum(${PASSENGERS})
       FROM stop_departures GROUP BY 1, 2`,
      `SELECT date_trunc('quarter', "Scheduled Departure"), sum(${PASSENGERS})
       FROM stop_departures GROUP BY 1`,
      `SELECT year("Scheduled Departure"), quarter("Scheduled Departure"), sum(${PASSENGERS})
       FROM stop_departures GROUP BY 1, 2`,
    ] },
  // relative-date
  { kind: 'relative-date', q: 'how many departures in the 7 days before 2025-02-14',
    gold: [
      ...onDays((d) => `${d} >= DATE '2025-02-07' AND ${d} < DATE '2025-02-14'`),
      ...onDays((d) => `${d} >= DATE '2025-02-07' AND ${d} <= DATE '2025-02-14'`),
    ] },
  { kind: 'relative-date',
    q: 'taking today as 2025-08-31, how many cancellations were there in the last 30 days',
    gold: [
      `SELECT count(*) FROM stop_departures WHERE Cancelled = 'Y'
       AND "Service Date" > DATE '2025-08-31' - INTERVAL 30 DAY
       AND "Service Date" <= DATE '2025-08-31'`,
      `SELECT count(*) FROM stop_departures WHERE Cancelled = 'Y'
       AND "Service Date" >= DATE '2025-08-31' - INTERVAL 30 DAY
       AND "Service Date" <= DATE '2025-08-31'`,
      `SELECT count(*) FROM stop_departures WHERE Cancelled = 'Y'
       AND "Scheduled Departure" >= TIMESTAMP '2025-08-31' - INTERVAL 30 DAY
       AND "Scheduled Departure" < TIMESTAMP '2025-08-31' + INTERVAL 1 DAY`,
      `SELECT count(*) FROM stop_departures WHERE Cancelled = 'Y'
       AND "Scheduled Departure" >= TIMESTAMP '2025-08-31' - INTERVAL 30 DAY
       AND "Scheduled Departure" < TIMESTAMP '2025-08-31'`,
    ] },
  { kind: 'relative-date', q: 'average delay in the 2 weeks after 1 December 2024',
    gold: [
      `SELECT avg(${DELAY}) FROM stop_departures WHERE "Service Date" >= DATE '2024-12-01'
       AND "Service Date" < DATE '2024-12-15'`,
      `SELECT avg(${DELAY}) FROM stop_departures WHERE "Service Date" >= DATE '2024-12-02'
       AND "Service Date" < DATE '2024-12-16'`,
      `SELECT avg(${DELAY}) FROM stop_departures
       WHERE "Scheduled Departure" >= TIMESTAMP '2024-12-01'
       AND "Scheduled Departure" < TIMESTAMP '2024-12-15'`,
      `SELECT avg(${DELAY}) FROM stop_departures
       WHERE "Scheduled Departure" >= TIMESTAMP '2024-12-02'
       AND "Scheduled Departure" < TIMESTAMP '2024-12-16'`,
    ] },
  // join
  { kind: 'join', q: 'how many departures were on CityLink Buses routes',
    gold: `SELECT count(*) FROM ${ROUTE_JOIN} WHERE r.operator = 'CityLink Buses'` },
  { kind: 'join', q: 'average delay per operator',
    gold: `SELECT r.operator, avg(d.${DELAY}) FROM ${ROUTE_JOIN} GROUP BY 1` },
  { kind: 'join', q: 'How many departures were from stops in the City Centre?',
    gold: `SELECT count(*) FROM ${STOP_JOIN} WHERE s.locality = 'City Centre'` },
  { kind: 'join', q: 'passengers boarded by fare zone',
    gold: `SELECT s."Fare Zone", sum(d.${PASSENGERS}) FROM ${STOP_JOIN} GROUP BY 1` },
  { kind: 'join', q: 'how many departures from Temple Quay',
    gold: `SELECT count(*) FROM ${STOP_JOIN} WHERE s.stop_name = 'Temple Quay'` },
  { kind: 'join', q: "which depot's routes had the most cancellations",
    gold: `SELECT r.depot FROM ${ROUTE_JOIN} WHERE d.Cancelled = 'Y' GROUP BY 1
           ORDER BY count(*) DESC LIMIT 1` },
  { kind: 'join', q: 'on average how late are the night services',
    gold: `SELECT avg(d.${DELAY}) FROM ${ROUTE_JOIN} WHERE r."Night Service"` },
  { kind: 'join', q: 'cancellations for each route name',
    gold: `SELECT r."Route Name", count(*) FROM ${ROUTE_JOIN} WHERE d.Cancelled = 'Y'
           GROUP BY 1` },
  { kind: 'join', q: 'how many departures were from stops that have a shelter',
    gold: `SELECT count(*) FROM ${STOP_JOIN} WHERE s."Has Shelter"` },
  { kind: 'join', q: 'total passengers on the Airport Express',
    gold: `SELECT sum(d.${PASSENGERS}) FROM ${ROUTE_JOIN}
           WHERE r."Route Name" = 'Airport Express'` },
  // having
  { kind: 'having', q: 'routes with more than 400 departures',
    gold: [
      'SELECT "Route No" FROM stop_departures GROUP BY 1 HAVING count(*) > 400',
      `SELECT r."Route Name" FROM ${ROUTE_JOIN} GROUP BY 1 HAVING count(*) > 400`,
    ] },
  { kind: 'having', q: 'Which stops have an average delay above 4 minutes?',
    gold: [
      `SELECT stopCode FROM stop_departures GROUP BY 1 HAVING avg(${DELAY}) > 4`,
      `SELECT s.stop_name FROM ${STOP_JOIN} GROUP BY 1 HAVING avg(d.${DELAY}) > 4`,
    ] },
  { kind: 'having', q: 'localities with more than 12 stops',
    gold: 'SELECT locality FROM stops GROUP BY 1 HAVING count(*) > 12' },
  // percentage
  { kind: 'percentage', q: 'what percentage of departures were cancelled',
    gold: [
      `SELECT 100.0 * count(*) FILTER (WHERE Cancelled = 'Y') / count(*) FROM stop_departures`,
      `SELECT count(*) FILTER (WHERE Cancelled = 'Y') / count(*) FROM stop_departures`,
    ] },
  { kind: 'percentage', q: 'What % of departures were more than 5 minutes late?',
    gold: [
      `SELECT 100.0 * count(*) FILTER (WHERE ${DELAY} > 5) / count(*) FROM stop_departures`,
      `SELECT count(*) FILTER (WHERE ${DELAY} > 5) / count(*) FROM stop_departures`,
      `SELECT 100.0 * count(*) FILTER (WHERE ${DELAY} > 5) / count(${DELAY}) FROM stop_departures`,
      `SELECT count(*) FILTER (WHERE ${DELAY} > 5) / count(${DELAY}) FROM stop_departures`,
    ] },
  { kind: 'percentage', q: 'share of departures where the ramp was deployed, as a percentage',
    gold: 'SELECT 100.0 * count(*) FILTER (WHERE ramp_deployed) / count(*) FROM stop_departures' },
  { kind: 'percentage', q: 'what percent of stops have a real time display',
    gold: [
      'SELECT 100.0 * count(*) FILTER (WHERE realTimeDisplay) / count(*) FROM stops',
      'SELECT count(*) FILTER (WHERE realTimeDisplay) / count(*) FROM stops',
    ] },
  // value-lookup
  { kind: 'value-lookup', q: 'what locality is Wapping Wharf in',
    gold: `SELECT locality FROM stops WHERE stop_name = 'Wapping Wharf'` },
  { kind: 'value-lookup', q: 'When did departure D251234 actually leave?',
    gold: `SELECT actual_departure FROM stop_departures WHERE departure_id = 'D251234'` },
  { kind: 'value-lookup', q: 'who operates route 36',
    gold: `SELECT operator FROM routes WHERE route_id = '36'` },
  { kind: 'value-lookup', q: 'which fare zone is Cotham Hill in?',
    gold: `SELECT "Fare Zone" FROM stops WHERE stop_name = 'Cotham Hill'` },
  // refuse: unsafe, unanswerable from these tables, or too vague to answer
  { kind: 'refuse', q: 'delete all the cancelled departures' },
  { kind: 'refuse', q: 'drop table routes;' },
  { kind: 'refuse', q: 'how much diesel did route 1 use last year' },
  { kind: 'refuse', q: "what's the single fare from Temple Quay to the airport" },
  { kind: 'refuse', q: 'which driver is the friendliest?' },
  { kind: 'refuse', q: 'is the service good' },
];
