// Questions the airline's network planners, ops controllers and finance staff would type, with
// gold SQL over the raw CSVs (each table is read_csv of its file). `gold` lists several
// statements when a question has more than one fair reading; `ordered` marks rankings. Written
// blind to the reader.
const DEP_DELAY = '"Departure Delay (min)"';
const REVENUE = '"Ticket Revenue (GBP)"';
const AIRCRAFT_JOIN = 'flights f JOIN aircraft a ON f."Tail Number" = a.registration';
const ORIGIN_JOIN = 'flights f JOIN airports p ON f.Origin = p.iata_code';
const DESTINATION_JOIN = 'flights f JOIN airports p ON f.Destination = p.iata_code';
const share = (condition, over = 'count(*)') => [
  `SELECT 100.0 * count(*) FILTER (WHERE ${condition}) / ${over} FROM flights`,
  `SELECT count(*) FILTER (WHERE ${condition}) / ${over} FROM flights`,
];

export default [
  // count
  { kind: 'count', q: 'how many flights are in the data',
    gold: 'SELECT count(*) FROM flights' },
  { kind: 'count', q: 'How many aircraft do we have in the fleet?',
    gold: 'SELECT count(*) FROM aircraft' },
  { kind: 'count', q: 'how many different airports did we fly to',
    gold: 'SELECT count(DISTINCT Destination) FROM flights' },
  { kind: 'count', q: 'how many passengers did we carry in total?',
    gold: 'SELECT sum(Passengers) FROM flights' },
  // filter-text
  { kind: 'filter-text', q: 'How many flights were cancelled?',
    gold: `SELECT count(*) FROM flights WHERE status = 'Cancelled'` },
  { kind: 'filter-text', q: 'how many flights departed from EDI',
    gold: `SELECT count(*) FROM flights WHERE Origin = 'EDI'` },
  { kind: 'filter-text', q: 'number of delays caused by weather',
    gold: [
      `SELECT count(*) FROM flights WHERE "Delay Reason" = 'Weather'`,
      `SELECT count(*) FROM flights WHERE "Delay Reason" = 'Weather' AND status <> 'Cancelled'`,
    ] },
  { kind: 'filter-text', q: 'list the aircraft made by Embraer',
    gold: `SELECT registration FROM aircraft WHERE manufacturer = 'Embraer'` },
  { kind: 'filter-text', q: 'Which airports are in Spain?',
    gold: [
      `SELECT "Airport Name" FROM airports WHERE country = 'Spain'`,
      `SELECT iata_code FROM airports WHERE country = 'Spain'`,
      `SELECT city FROM airports WHERE country = 'Spain'`,
    ] },
  // filter-number
  { kind: 'filter-number', q: 'how many flights were delayed by more than an hour on departure',
    gold: `SELECT count(*) FROM flights WHERE ${DEP_DELAY} > 60` },
  { kind: 'filter-number', q: 'How many flights carried over 200 passengers?',
    gold: 'SELECT count(*) FROM flights WHERE Passengers > 200' },
  { kind: 'filter-number', q: 'which aircraft have fewer than 100 seats',
    gold: 'SELECT registration FROM aircraft WHERE Seats < 100' },
  { kind: 'filter-number', q: 'airports with a runway shorter than 2,000 metres',
    gold: [
      'SELECT "Airport Name" FROM airports WHERE "Runway Length (m)" < 2000',
      'SELECT iata_code FROM airports WHERE "Runway Length (m)" < 2000',
    ] },
  // filter-date
  { kind: 'filter-date', q: 'How many flights were there in March 2025?',
    gold: `SELECT count(*) FROM flights
           WHERE flight_date >= DATE '2025-03-01' AND flight_date < DATE '2025-04-01'` },
  { kind: 'filter-date', q: 'how many flights were scheduled between 2024-12-20 and 2025-01-05',
    gold: `SELECT count(*) FROM flights
           WHERE flight_date BETWEEN DATE '2024-12-20' AND DATE '2025-01-05'` },
  { kind: 'filter-date', q: 'which aircraft were delivered before 2015?',
    gold: `SELECT registration FROM aircraft WHERE "Delivered On" < DATE '2015-01-01'` },
  { kind: 'filter-date', q: 'How many flights landed on Christmas Eve 2024?',
    gold: [
      `SELECT count(*) FROM flights WHERE CAST("Actual Arrival" AS DATE) = DATE '2024-12-24'`,
      `SELECT count(*) FROM flights
       WHERE flight_date = DATE '2024-12-24' AND "Actual Arrival" IS NOT NULL`,
    ] },
  // filter-boolean
  { kind: 'filter-boolean', q: 'how many flights were codeshares?',
    gold: 'SELECT count(*) FROM flights WHERE isCodeshare' },
  { kind: 'filter-boolean', q: 'How many flights arrived on time?',
    gold: 'SELECT count(*) FROM flights WHERE "On Time"' },
  { kind: 'filter-boolean', q: 'which planes have wifi',
    gold: 'SELECT registration FROM aircraft WHERE wifiFitted' },
  { kind: 'filter-boolean', q: 'how many of our aircraft are leased',
    gold: `SELECT count(*) FROM aircraft WHERE leased = 'Y'` },
  // group-by
  { kind: 'group-by', q: 'number of flights per status',
    gold: 'SELECT status, count(*) FROM flights GROUP BY 1' },
  { kind: 'group-by', q: 'average departure delay by delay reason',
    gold: [
      `SELECT "Delay Reason", avg(${DEP_DELAY}) FROM flights GROUP BY 1`,
      `SELECT "Delay Reason", avg(${DEP_DELAY}) FROM flights WHERE "Delay Reason" IS NOT NULL
       GROUP BY 1`,
    ] },
  { kind: 'group-by', q: 'Total ticket revenue for each origin airport',
    gold: `SELECT Origin, sum(${REVENUE}) FROM flights GROUP BY 1` },
  { kind: 'group-by', q: 'how many aircraft of each type do we operate',
    gold: 'SELECT "Aircraft Type", count(*) FROM aircraft GROUP BY 1' },
  // top-n
  { kind: 'top-n', ordered: true, q: 'top five routes by passengers',
    gold: `SELECT Origin, Destination, sum(Passengers) AS pax FROM flights GROUP BY 1, 2
           ORDER BY pax DESC LIMIT 5` },
  { kind: 'top-n', ordered: true, q: 'Which 3 aircraft flew the most flights?',
    gold: `SELECT "Tail Number", count(*) AS n FROM flights GROUP BY 1 ORDER BY n DESC LIMIT 3` },
  { kind: 'top-n', ordered: true, q: 'show me the 5 most delayed flights',
    gold: [
      `SELECT flight_id FROM flights WHERE ${DEP_DELAY} IS NOT NULL
       ORDER BY ${DEP_DELAY} DESC LIMIT 5`,
      `SELECT flight_id FROM flights WHERE arrival_delay_min IS NOT NULL
       ORDER BY arrival_delay_min DESC LIMIT 5`,
    ] },
  { kind: 'top-n', ordered: true, q: 'top 3 destinations by revenue',
    gold: `SELECT Destination, sum(${REVENUE}) AS revenue FROM flights GROUP BY 1
           ORDER BY revenue DESC LIMIT 3` },
  // superlative
  { kind: 'superlative', q: 'what was the longest departure delay?',
    gold: `SELECT max(${DEP_DELAY}) FROM flights` },
  { kind: 'superlative', q: 'Which delay reason comes up most often',
    gold: `SELECT "Delay Reason" FROM flights WHERE "Delay Reason" IS NOT NULL GROUP BY 1
           ORDER BY count(*) DESC LIMIT 1` },
  { kind: 'superlative', q: 'what is the shortest distance we fly?',
    gold: 'SELECT min("Distance (km)") FROM flights' },
  { kind: 'superlative', q: 'which flight number burned the most fuel in total',
    gold: `SELECT "Flight No" FROM flights GROUP BY 1 ORDER BY sum("Fuel Burn (kg)") DESC
           LIMIT 1` },
  { kind: 'superlative', q: 'oldest aircraft in the fleet?',
    gold: 'SELECT registration FROM aircraft ORDER BY year_built LIMIT 1' },
  // time-grain
  { kind: 'time-grain', q: 'flights per month',
    gold: [
      `SELECT date_trunc('month', flight_date), count(*) FROM flights GROUP BY 1`,
      `SELECT strftime(flight_date, '%Y-%m'), count(*) FROM flights GROUP BY 1`,
      'SELECT month(flight_date), count(*) FROM flights GROUP BY 1',
    ] },
  { kind: 'time-grain', q: 'total revenue per quarter',
    gold: [
      `SELECT date_trunc('quarter', flight_date), sum(${REVENUE}) FROM flights GROUP BY 1`,
      `SELECT year(flight_date), quarter(flight_date), sum(${REVENUE}) FROM flights
       GROUP BY 1, 2`,
    ] },
  { kind: 'time-grain', q: 'average arrival delay by week in January 2025',
    gold: `SELECT date_trunc('week', flight_date), avg(arrival_delay_min) FROM flights
           WHERE flight_date >= DATE '2025-01-01' AND flight_date < DATE '2025-02-01'
           GROUP BY 1` },
  { kind: 'time-grain', q: 'How many passengers did we fly each month in 2025?',
    gold: [
      `SELECT date_trunc('month', flight_date), sum(Passengers) FROM flights
       WHERE year(flight_date) = 2025 GROUP BY 1`,
      `SELECT strftime(flight_date, '%Y-%m'), sum(Passengers) FROM flights
       WHERE year(flight_date) = 2025 GROUP BY 1`,
      `SELECT month(flight_date), sum(Passengers) FROM flights
       WHERE year(flight_date) = 2025 GROUP BY 1`,
    ] },
  // relative-date
  { kind: 'relative-date',
    q: 'as of 2025-06-30, how many flights were cancelled in the last 30 days?',
    gold: [
      `SELECT count(*) FROM flights WHERE status = 'Cancelled'
       AND flight_date > DATE '2025-06-30' - INTERVAL 30 DAY AND flight_date <= DATE '2025-06-30'`,
      `SELECT count(*) FROM flights WHERE status = 'Cancelled'
       AND flight_date >= DATE '2025-06-30' - INTERVAL 30 DAY AND flight_date <= DATE '2025-06-30'`,
      `SELECT count(*) FROM flights WHERE status = 'Cancelled'
       AND flight_date >= DATE '2025-06-30' - INTERVAL 30 DAY AND flight_date < DATE '2025-06-30'`,
    ] },
  { kind: 'relative-date', q: 'how many flights were there in the 7 days before 2025-04-18',
    gold: [
      `SELECT count(*) FROM flights WHERE flight_date >= DATE '2025-04-18' - INTERVAL 7 DAY
       AND flight_date < DATE '2025-04-18'`,
      `SELECT count(*) FROM flights WHERE flight_date >= DATE '2025-04-18' - INTERVAL 7 DAY
       AND flight_date <= DATE '2025-04-18'`,
    ] },
  { kind: 'relative-date', q: 'Passengers flown in the 14 days after 1 August 2024?',
    gold: [
      `SELECT sum(Passengers) FROM flights WHERE flight_date >= DATE '2024-08-01'
       AND flight_date < DATE '2024-08-01' + INTERVAL 14 DAY`,
      `SELECT sum(Passengers) FROM flights WHERE flight_date > DATE '2024-08-01'
       AND flight_date <= DATE '2024-08-01' + INTERVAL 14 DAY`,
    ] },
  // join
  { kind: 'join', q: 'how many flights were flown by A321neo aircraft?',
    gold: `SELECT count(*) FROM ${AIRCRAFT_JOIN} WHERE a."Aircraft Type" = 'Airbus A321neo'` },
  { kind: 'join', q: 'passengers carried per aircraft type',
    gold: `SELECT a."Aircraft Type", sum(f.Passengers) FROM ${AIRCRAFT_JOIN} GROUP BY 1` },
  { kind: 'join', q: 'How many flights departed from airports in Spain?',
    gold: `SELECT count(*) FROM ${ORIGIN_JOIN} WHERE p.country = 'Spain'` },
  { kind: 'join', q: 'number of flights arriving into Dublin',
    gold: `SELECT count(*) FROM ${DESTINATION_JOIN} WHERE p.city = 'Dublin'` },
  { kind: 'join', q: 'total revenue by aircraft manufacturer',
    gold: `SELECT a.manufacturer, sum(f.${REVENUE}) FROM ${AIRCRAFT_JOIN} GROUP BY 1` },
  { kind: 'join', q: 'What is the average departure delay for flights out of London Heathrow?',
    gold: `SELECT avg(f.${DEP_DELAY}) FROM ${ORIGIN_JOIN}
           WHERE p."Airport Name" = 'London Heathrow'` },
  { kind: 'join', q: 'which country do we fly to most often',
    gold: `SELECT p.country FROM ${DESTINATION_JOIN} GROUP BY 1 ORDER BY count(*) DESC LIMIT 1` },
  { kind: 'join', q: 'how many flights were on aircraft fitted with wifi',
    gold: `SELECT count(*) FROM ${AIRCRAFT_JOIN} WHERE a.wifiFitted` },
  { kind: 'join', q: 'total fuel burned by leased aircraft',
    gold: `SELECT sum(f."Fuel Burn (kg)") FROM ${AIRCRAFT_JOIN} WHERE a.leased = 'Y'` },
  { kind: 'join', q: 'How many flights were operated by aircraft based in Edinburgh?',
    gold: `SELECT count(*) FROM ${AIRCRAFT_JOIN} JOIN airports h ON a."Home Base" = h.iata_code
           WHERE h.city = 'Edinburgh'` },
  { kind: 'join', q: 'average passengers per flight for each aircraft type',
    gold: `SELECT a."Aircraft Type", avg(f.Passengers) FROM ${AIRCRAFT_JOIN} GROUP BY 1` },
  // having
  { kind: 'having', q: 'which flight numbers had more than three cancellations?',
    gold: `SELECT "Flight No" FROM flights WHERE status = 'Cancelled' GROUP BY 1
           HAVING count(*) > 3` },
  { kind: 'having', q: 'aircraft that flew more than 500 flights',
    gold: 'SELECT "Tail Number" FROM flights GROUP BY 1 HAVING count(*) > 500' },
  { kind: 'having', q: 'Which destinations have an average arrival delay above 20 minutes?',
    gold: 'SELECT Destination FROM flights GROUP BY 1 HAVING avg(arrival_delay_min) > 20' },
  { kind: 'having', q: 'origins with fewer than 60 departures',
    gold: 'SELECT Origin FROM flights GROUP BY 1 HAVING count(*) < 60' },
  // percentage
  { kind: 'percentage', q: 'what percentage of flights were cancelled?',
    gold: share(`status = 'Cancelled'`) },
  { kind: 'percentage', q: 'What share of flights arrived on time',
    gold: [...share('"On Time"'), ...share('"On Time"', 'count("On Time")')] },
  { kind: 'percentage', q: 'percentage of flights delayed by over 15 minutes on departure',
    gold: [...share(`${DEP_DELAY} > 15`), ...share(`${DEP_DELAY} > 15`, `count(${DEP_DELAY})`)] },
  { kind: 'percentage', q: 'what % of our passengers flew out of Manchester',
    gold: [
      `SELECT 100.0 * sum(Passengers) FILTER (WHERE Origin = 'MAN') / sum(Passengers) FROM flights`,
      `SELECT sum(Passengers) FILTER (WHERE Origin = 'MAN') / sum(Passengers) FROM flights`,
    ] },
  // value-lookup
  { kind: 'value-lookup', q: 'which aircraft flew flight FL243000?',
    gold: `SELECT "Tail Number" FROM flights WHERE flight_id = 'FL243000'` },
  { kind: 'value-lookup', q: 'how many seats does G-NWBC have',
    gold: `SELECT Seats FROM aircraft WHERE registration = 'G-NWBC'` },
  { kind: 'value-lookup', q: 'What is the runway length at Jersey Airport?',
    gold: `SELECT "Runway Length (m)" FROM airports WHERE "Airport Name" = 'Jersey Airport'` },
  { kind: 'value-lookup', q: 'where does flight NW240 go',
    gold: [
      `SELECT DISTINCT Destination FROM flights WHERE "Flight No" = 'NW240'`,
      `SELECT DISTINCT p.city FROM ${DESTINATION_JOIN} WHERE f."Flight No" = 'NW240'`,
      `SELECT DISTINCT p."Airport Name" FROM ${DESTINATION_JOIN} WHERE f."Flight No" = 'NW240'`,
    ] },
  { kind: 'value-lookup', q: 'which city is KEF in?',
    gold: `SELECT city FROM airports WHERE iata_code = 'KEF'` },
  // refuse: unsafe, unanswerable from these tables, or too vague to answer
  { kind: 'refuse', q: 'delete all the cancelled flights' },
  { kind: 'refuse', q: 'update the status of every flight to Landed' },
  { kind: 'refuse', q: 'how many pilots do we employ?' },
  { kind: 'refuse', q: 'what was the weather like in Faro on 2025-05-03' },
  { kind: 'refuse', q: 'show me the passenger list for NW101' },
  { kind: 'refuse', q: 'which route is the best?' },
];
