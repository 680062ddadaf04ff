// Questions a parcel courier's operations, depot and finance staff would type, with gold SQL over
// the raw CSVs (each table is read_csv of its file). `gold` lists several statements when a
// question has more than one fair reading; `ordered` marks rankings. Written blind to the reader.
const CHARGE = '"Charge (GBP)"';
const WEIGHT = '"Weight (kg)"';
const DRIVER_JOIN = 'parcels p JOIN drivers d ON p."Driver Ref" = d.DriverID';
const DEPOT_JOIN = 'parcels p JOIN depots o ON p.origin_depot = o."Depot Code"';

export default [
  // count
  { kind: 'count', q: 'how many parcels do we have',
    gold: 'SELECT count(*) FROM parcels' },
  { kind: 'count', q: 'How many drivers are there?',
    gold: 'SELECT count(*) FROM drivers' },
  { kind: 'count', q: 'number of depots',
    gold: 'SELECT count(*) FROM depots' },
  { kind: 'count', q: 'how many different drivers handled parcels booked in august 2025',
    gold: `SELECT count(DISTINCT "Driver Ref") FROM parcels
           WHERE booked_at >= TIMESTAMP '2025-08-01' AND booked_at < TIMESTAMP '2025-09-01'` },
  // filter-text
  { kind: 'filter-text', q: 'how many parcels were sent express',
    gold: `SELECT count(*) FROM parcels WHERE "Service Level" = 'Express'` },
  { kind: 'filter-text', q: 'How many parcels were returned to sender?',
    gold: `SELECT count(*) FROM parcels WHERE status = 'Returned to Sender'` },
  { kind: 'filter-text', q: 'list the drivers who ride a cargo bike',
    gold: [
      `SELECT full_name FROM drivers WHERE Vehicle = 'Cargo Bike'`,
      `SELECT DriverID FROM drivers WHERE Vehicle = 'Cargo Bike'`,
    ] },
  { kind: 'filter-text', q: 'how many of our drivers are contractors',
    gold: `SELECT count(*) FROM drivers WHERE employment_type = 'Contractor'` },
  { kind: 'filter-text', q: 'which depots are in Wales?',
    gold: [
      `SELECT depot_name FROM depots WHERE Region = 'Wales'`,
      `SELECT "Depot Code" FROM depots WHERE Region = 'Wales'`,
      `SELECT City FROM depots WHERE Region = 'Wales'`,
    ] },
  // filter-number
  { kind: 'filter-number', q: 'how many parcels weighed over 20 kilos',
    gold: `SELECT count(*) FROM parcels WHERE ${WEIGHT} > 20` },
  { kind: 'filter-number', q: 'How many parcels travelled more than 100 km?',
    gold: 'SELECT count(*) FROM parcels WHERE distance_km > 100' },
  { kind: 'filter-number', q: 'number of parcels that needed 3 or more delivery attempts',
    gold: 'SELECT count(*) FROM parcels WHERE "Delivery Attempts" >= 3' },
  { kind: 'filter-number', q: 'how many parcels cost more than £25 to send',
    gold: `SELECT count(*) FROM parcels WHERE ${CHARGE} > 25` },
  { kind: 'filter-number', q: 'which depots can handle more than 1,000 parcels a day',
    gold: [
      'SELECT depot_name FROM depots WHERE "Max Daily Parcels" > 1000',
      'SELECT "Depot Code" FROM depots WHERE "Max Daily Parcels" > 1000',
    ] },
  // filter-date
  { kind: 'filter-date', q: 'how many parcels were booked in march 2025',
    gold: `SELECT count(*) FROM parcels
           WHERE booked_at >= TIMESTAMP '2025-03-01' AND booked_at < TIMESTAMP '2025-04-01'` },
  { kind: 'filter-date', q: 'How many parcels were delivered between 2024-12-01 and 2024-12-24?',
    gold: `SELECT count(*) FROM parcels WHERE "Delivered At" >= TIMESTAMP '2024-12-01'
           AND "Delivered At" < TIMESTAMP '2024-12-25'` },
  { kind: 'filter-date', q: 'which drivers were hired in 2024 or later',
    gold: [
      `SELECT full_name FROM drivers WHERE "Hired On" >= DATE '2024-01-01'`,
      `SELECT DriverID FROM drivers WHERE "Hired On" >= DATE '2024-01-01'`,
    ] },
  { kind: 'filter-date', q: 'Which depots opened before 2015?',
    gold: [
      `SELECT depot_name FROM depots WHERE Opened < DATE '2015-01-01'`,
      `SELECT "Depot Code" FROM depots WHERE Opened < DATE '2015-01-01'`,
    ] },
  // filter-boolean
  { kind: 'filter-boolean', q: 'how many parcels needed a signature?',
    gold: 'SELECT count(*) FROM parcels WHERE "Signature Required"' },
  { kind: 'filter-boolean', q: 'can you tell me how many fragile parcels there were',
    gold: `SELECT count(*) FROM parcels WHERE Fragile = 'Y'` },
  { kind: 'filter-boolean', q: 'How many parcles were insured',
    gold: 'SELECT count(*) FROM parcels WHERE isInsured' },
  { kind: 'filter-boolean', q: 'which depots are open 24 hours?',
    gold: [
      'SELECT depot_name FROM depots WHERE "Open 24h"',
      'SELECT "Depot Code" FROM depots WHERE "Open 24h"',
    ] },
  // group-by
  { kind: 'group-by', q: 'parcels per service level',
    gold: 'SELECT "Service Level", count(*) FROM parcels GROUP BY 1' },
  { kind: 'group-by', q: 'average charge by service level',
    gold: `SELECT "Service Level", avg(${CHARGE}) FROM parcels GROUP BY 1` },
  { kind: 'group-by', q: 'number of drivers at each depot',
    gold: 'SELECT base_depot, count(*) FROM drivers GROUP BY 1' },
  { kind: 'group-by', q: 'How many parcels are in each status?',
    gold: 'SELECT status, count(*) FROM parcels GROUP BY 1' },
  // top-n
  { kind: 'top-n', ordered: true, q: 'top 5 drivers by number of parcels',
    gold: [
      `SELECT "Driver Ref", count(*) AS n FROM parcels GROUP BY 1 ORDER BY n DESC LIMIT 5`,
      `SELECT d.full_name, count(*) AS n FROM ${DRIVER_JOIN} GROUP BY 1 ORDER BY n DESC LIMIT 5`,
    ] },
  { kind: 'top-n', ordered: true, q: 'show me the 3 heaviest parcels',
    gold: `SELECT "Tracking Number", ${WEIGHT} FROM parcels ORDER BY 2 DESC LIMIT 3` },
  { kind: 'top-n', ordered: true, q: 'top 3 depots by parcel volume',
    gold: [
      'SELECT origin_depot, count(*) AS n FROM parcels GROUP BY 1 ORDER BY n DESC LIMIT 3',
      `SELECT o.depot_name, count(*) AS n FROM ${DEPOT_JOIN} GROUP BY 1 ORDER BY n DESC LIMIT 3`,
    ] },
  { kind: 'top-n', ordered: true, q: 'the 5 drivers who brought in the most in charges',
    gold: [
      `SELECT "Driver Ref", sum(${CHARGE}) AS total FROM parcels GROUP BY 1
       ORDER BY total DESC LIMIT 5`,
      `SELECT d.full_name, sum(p.${CHARGE}) AS total FROM ${DRIVER_JOIN} GROUP BY 1
       ORDER BY total DESC LIMIT 5`,
    ] },
  // superlative
  { kind: 'superlative', q: 'which service level is used the most?',
    gold: 'SELECT "Service Level" FROM parcels GROUP BY 1 ORDER BY count(*) DESC LIMIT 1' },
  { kind: 'superlative', q: 'what\'s the heaviest parcel weight we have carried',
    gold: `SELECT max(${WEIGHT}) FROM parcels` },
  { kind: 'superlative', q: 'longest distance any parcel travelled',
    gold: 'SELECT max(distance_km) FROM parcels' },
  { kind: 'superlative', q: 'which depot has the best average customer rating',
    gold: [
      'SELECT origin_depot FROM parcels GROUP BY 1 ORDER BY avg(customer_rating) DESC LIMIT 1',
      `SELECT o.depot_name FROM ${DEPOT_JOIN} GROUP BY 1 ORDER BY avg(p.customer_rating) DESC
       LIMIT 1`,
    ] },
  { kind: 'superlative', q: 'When was our longest-serving driver hired?',
    gold: 'SELECT min("Hired On") FROM drivers' },
  // time-grain
  { kind: 'time-grain', q: 'parcels booked per month in 2025',
    gold: [
      `SELECT date_trunc('month', booked_at), count(*) FROM parcels
       WHERE year(booked_at) = 2025 GROUP BY 1`,
      `SELECT strftime(booked_at, '%Y-%m'), count(*) FROM parcels
       WHERE year(booked_at) = 2025 GROUP BY 1`,
      `SELECT month(booked_at), count(*) FROM parcels WHERE year(booked_at) = 2025 GROUP BY 1`,
    ] },
  { kind: 'time-grain', q: 'total charges by quarter',
    gold: [
      `SELECT date_trunc('quarter', booked_at), sum(${CHARGE}) FROM parcels GROUP BY 1`,
      `SELECT year(booked_at), quarter(booked_at), sum(${CHARGE}) FROM parcels GROUP BY 1, 2`,
    ] },
  { kind: 'time-grain', q: 'deliveries completed per week in February 2025',
    gold: `SELECT date_trunc('week', "Delivered At"), count(*) FROM parcels
           WHERE "Delivered At" >= TIMESTAMP '2025-02-01' AND "Delivered At" < TIMESTAMP '2025-03-01'
           GROUP BY 1` },
  { kind: 'time-grain', q: 'how many drivers did we hire each year',
    gold: [
      'SELECT year("Hired On"), count(*) FROM drivers GROUP BY 1',
      `SELECT date_trunc('year', "Hired On"), count(*) FROM drivers GROUP BY 1`,
    ] },
  // relative-date
  { kind: 'relative-date', q: 'how many parcels were booked in the 7 days before 2025-09-01?',
    gold: [
      `SELECT count(*) FROM parcels WHERE booked_at >= TIMESTAMP '2025-08-25'
       AND booked_at < TIMESTAMP '2025-09-01'`,
      `SELECT count(*) FROM parcels WHERE booked_at >= TIMESTAMP '2025-08-25'
       AND booked_at < TIMESTAMP '2025-09-02'`,
    ] },
  { kind: 'relative-date',
    q: 'Taking today as 2025-09-30, how much did we charge in total over the last 30 days?',
    gold: [
      `SELECT sum(${CHARGE}) FROM parcels WHERE booked_at >= TIMESTAMP '2025-08-31'
       AND booked_at < TIMESTAMP '2025-10-01'`,
      `SELECT sum(${CHARGE}) FROM parcels WHERE booked_at >= TIMESTAMP '2025-09-01'
       AND booked_at < TIMESTAMP '2025-10-01'`,
      `SELECT sum(${CHARGE}) FROM parcels WHERE booked_at >= TIMESTAMP '2025-08-31'
       AND booked_at < TIMESTAMP '2025-09-30'`,
    ] },
  { kind: 'relative-date', q: 'how many parcels got delivered in the 3 days after 2024-12-24',
    gold: [
      `SELECT count(*) FROM parcels WHERE "Delivered At" >= TIMESTAMP '2024-12-25'
       AND "Delivered At" < TIMESTAMP '2024-12-28'`,
      `SELECT count(*) FROM parcels WHERE "Delivered At" >= TIMESTAMP '2024-12-24'
       AND "Delivered At" < TIMESTAMP '2024-12-27'`,
    ] },
  // join
  { kind: 'join', q: 'how many parcels went out from Birmingham Central?',
    gold: `SELECT count(*) FROM ${DEPOT_JOIN} WHERE o.depot_name = 'Birmingham Central'` },
  { kind: 'join', q: 'parcels per region',
    gold: `SELECT o.Region, count(*) FROM ${DEPOT_JOIN} GROUP BY 1` },
  { kind: 'join', q: 'How many parcels did cargo bike drivers carry?',
    gold: `SELECT count(*) FROM ${DRIVER_JOIN} WHERE d.Vehicle = 'Cargo Bike'` },
  { kind: 'join', q: 'total charges by depot city',
    gold: `SELECT o.City, sum(p.${CHARGE}) FROM ${DEPOT_JOIN} GROUP BY 1` },
  { kind: 'join', q: 'how many parcels did Lena Patel handle',
    gold: `SELECT count(*) FROM ${DRIVER_JOIN} WHERE d.full_name = 'Lena Patel'` },
  { kind: 'join', q: 'average parcel weight for truck drivers, in kg',
    gold: `SELECT avg(p.${WEIGHT}) FROM ${DRIVER_JOIN} WHERE d.Vehicle = 'Truck'` },
  // having
  { kind: 'having', q: 'which drivers handled more than 100 parcels?',
    gold: [
      'SELECT "Driver Ref" FROM parcels GROUP BY 1 HAVING count(*) > 100',
      `SELECT d.full_name FROM ${DRIVER_JOIN} GROUP BY 1 HAVING count(*) > 100`,
    ] },
  { kind: 'having', q: 'service levels with an average charge above £10',
    gold: `SELECT "Service Level" FROM parcels GROUP BY 1 HAVING avg(${CHARGE}) > 10` },
  { kind: 'having', q: 'depots with fewer than 10 drivers',
    gold: 'SELECT base_depot FROM drivers GROUP BY 1 HAVING count(*) < 10' },
  { kind: 'having', q: 'Which depots sent out more than 700 parcels',
    gold: [
      'SELECT origin_depot FROM parcels GROUP BY 1 HAVING count(*) > 700',
      `SELECT o.depot_name FROM ${DEPOT_JOIN} GROUP BY 1 HAVING count(*) > 700`,
    ] },
  // percentage
  { kind: 'percentage', q: 'what percentage of parcels were delivered?',
    gold: [
      `SELECT 100.0 * count(*) FILTER (WHERE status = 'Delivered') / count(*) FROM parcels`,
      `SELECT count(*) FILTER (WHERE status = 'Delivered') / count(*) FROM parcels`,
    ] },
  { kind: 'percentage', q: 'What % of parcels were fragile',
    gold: [
      `SELECT 100.0 * count(*) FILTER (WHERE Fragile = 'Y') / count(*) FROM parcels`,
      `SELECT count(*) FILTER (WHERE Fragile = 'Y') / count(*) FROM parcels`,
    ] },
  { kind: 'percentage',
    q: 'share of parcels that needed more than one delivery attempt, as a percentage',
    gold: 'SELECT 100.0 * count(*) FILTER (WHERE "Delivery Attempts" > 1) / count(*) FROM parcels' },
  { kind: 'percentage', q: 'what percent of our drivers drive an EV',
    gold: [
      `SELECT 100.0 * count(*) FILTER (WHERE EV = 'Y') / count(*) FROM drivers`,
      `SELECT count(*) FILTER (WHERE EV = 'Y') / count(*) FROM drivers`,
    ] },
  // value-lookup
  { kind: 'value-lookup', q: 'what\'s the status of parcel CX58015787',
    gold: `SELECT status FROM parcels WHERE "Tracking Number" = 'CX58015787'` },
  { kind: 'value-lookup', q: 'which depot is Farah Bennett based at?',
    gold: [
      `SELECT base_depot FROM drivers WHERE full_name = 'Farah Bennett'`,
      `SELECT o.depot_name FROM drivers d JOIN depots o ON d.base_depot = o."Depot Code"
       WHERE d.full_name = 'Farah Bennett'`,
    ] },
  { kind: 'value-lookup', q: 'How much did we charge for CX58003516?',
    gold: `SELECT ${CHARGE} FROM parcels WHERE "Tracking Number" = 'CX58003516'` },
  { kind: 'value-lookup', q: 'what city is the Trafford Park depot in',
    gold: `SELECT City FROM depots WHERE depot_name = 'Trafford Park'` },
  { kind: 'value-lookup', q: 'what vehicle does DRV-135 drive?',
    gold: `SELECT Vehicle FROM drivers WHERE DriverID = 'DRV-135'` },
  // refuse: unsafe, unanswerable from these tables, or too vague to answer
  { kind: 'refuse', q: 'delete all the returned parcels' },
  { kind: 'refuse', q: 'drop table drivers;' },
  { kind: 'refuse', q: 'what is Farah Bennett\'s home address' },
  { kind: 'refuse', q: 'how much diesel did the vans use last month?' },
  { kind: 'refuse', q: 'which driver is the nicest' },
];
