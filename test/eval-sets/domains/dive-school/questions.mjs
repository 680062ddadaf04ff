// Questions the dive school's owner, centre managers and booking office would type, with gold SQL
// over the raw CSVs (each table is read_csv of its file). `gold` lists several statements when a
// question has more than one fair reading; `ordered` marks rankings. Written blind to the reader.
const PRICE = '"Price (GBP)"';
const SITE_JOIN = 'dive_bookings b JOIN dive_sites s ON b."Site Code" = s.site_id';
const INSTRUCTOR_JOIN = 'dive_bookings b JOIN instructors i ON b.instructorId = i."Instructor No"';

export default [
  // count
  { kind: 'count', q: 'how many bookings have we taken altogether?',
    gold: 'SELECT count(*) FROM dive_bookings' },
  { kind: 'count', q: 'How many dive sites are there?',
    gold: 'SELECT count(*) FROM dive_sites' },
  { kind: 'count', q: 'number of different divers who have booked with us',
    gold: 'SELECT count(DISTINCT "Diver Name") FROM dive_bookings' },
  { kind: 'count', q: 'how many instructors do we employ',
    gold: 'SELECT count(*) FROM instructors' },
  // filter-text
  { kind: 'filter-text', q: 'How many Try Dive bookings were there?',
    gold: `SELECT count(*) FROM dive_bookings WHERE "Dive Type" = 'Try Dive'` },
  { kind: 'filter-text', q: 'how many bookings were called off because of the weather',
    gold: `SELECT count(*) FROM dive_bookings WHERE cancel_reason = 'Weather'` },
  { kind: 'filter-text', q: 'count the bookings from divers certified as Rescue Diver',
    gold: `SELECT count(*) FROM dive_bookings WHERE certification = 'Rescue Diver'` },
  { kind: 'filter-text', q: 'list our dive sites in Cornwall',
    gold: `SELECT site_name FROM dive_sites WHERE region = 'Cornwall'` },
  // filter-number
  { kind: 'filter-number', q: 'how many dives went deeper than 25 metres?',
    gold: 'SELECT count(*) FROM dive_bookings WHERE "Max Depth (m)" > 25' },
  { kind: 'filter-number', q: 'How many bookings cost more than £150?',
    gold: `SELECT count(*) FROM dive_bookings WHERE ${PRICE} > 150` },
  { kind: 'filter-number', q: 'how many dives had a bottom time of an hour or more',
    gold: 'SELECT count(*) FROM dive_bookings WHERE bottomTimeMin >= 60' },
  { kind: 'filter-number', q: 'number of dives where the water was below 10 degrees',
    gold: 'SELECT count(*) FROM dive_bookings WHERE "Water Temp (C)" < 10' },
  // filter-date
  { kind: 'filter-date', q: 'How many dives took place in August 2024?',
    gold: [
      `SELECT count(*) FROM dive_bookings
       WHERE dive_date >= DATE '2024-08-01' AND dive_date < DATE '2024-09-01'`,
      `SELECT count(*) FROM dive_bookings
       WHERE dive_date >= DATE '2024-08-01' AND dive_date < DATE '2024-09-01' AND NOT Cancelled`,
    ] },
  { kind: 'filter-date', q: 'how many bookings were made in January 2025',
    gold: `SELECT count(*) FROM dive_bookings
           WHERE "Booked At" >= TIMESTAMP '2025-01-01' AND "Booked At" < TIMESTAMP '2025-02-01'` },
  { kind: 'filter-date', q: 'which instructors were hired before 2016?',
    gold: `SELECT full_name FROM instructors WHERE "Hired On" < DATE '2016-01-01'` },
  { kind: 'filter-date', q: 'dives between 1 May 2025 and 15 May 2025: how many?',
    gold: [
      `SELECT count(*) FROM dive_bookings
       WHERE dive_date BETWEEN DATE '2025-05-01' AND DATE '2025-05-15'`,
      `SELECT count(*) FROM dive_bookings
       WHERE dive_date BETWEEN DATE '2025-05-01' AND DATE '2025-05-15' AND NOT Cancelled`,
    ] },
  // filter-boolean
  { kind: 'filter-boolean', q: 'how many bookings included kit hire?',
    gold: `SELECT count(*) FROM dive_bookings WHERE "Kit Hire" = 'Y'` },
  { kind: 'filter-boolean', q: 'which of our sites are wreck dives',
    gold: 'SELECT site_name FROM dive_sites WHERE "Wreck Dive"' },
  { kind: 'filter-boolean', q: 'instructors who are not nitrox certified',
    gold: 'SELECT full_name FROM instructors WHERE NOT nitroxCertified' },
  // group-by
  { kind: 'group-by', q: 'number of bookings per dive type',
    gold: 'SELECT "Dive Type", count(*) FROM dive_bookings GROUP BY 1' },
  { kind: 'group-by', q: 'Total takings by instructor',
    gold: [
      `SELECT instructorId, sum(${PRICE}) FROM dive_bookings GROUP BY 1`,
      `SELECT i.full_name, sum(b.${PRICE}) FROM ${INSTRUCTOR_JOIN} GROUP BY 1`,
    ] },
  { kind: 'group-by', q: 'what is the average bottom time for each type of dive?',
    gold: 'SELECT "Dive Type", avg(bottomTimeMin) FROM dive_bookings GROUP BY 1' },
  { kind: 'group-by', q: 'how many cancellations were there for each reason',
    gold: `SELECT cancel_reason, count(*) FROM dive_bookings WHERE cancel_reason IS NOT NULL
           GROUP BY 1` },
  { kind: 'group-by', q: 'average rating per site code',
    gold: 'SELECT "Site Code", avg(Rating) FROM dive_bookings GROUP BY 1' },
  // top-n
  { kind: 'top-n', ordered: true, q: 'top 5 divers by number of bookings',
    gold: `SELECT "Diver Name", count(*) AS n FROM dive_bookings GROUP BY 1
           ORDER BY n DESC LIMIT 5` },
  { kind: 'top-n', ordered: true, q: 'Which 3 dive sites get the most bookings?',
    gold: [
      `SELECT "Site Code", count(*) AS n FROM dive_bookings GROUP BY 1 ORDER BY n DESC LIMIT 3`,
      `SELECT s.site_name, count(*) AS n FROM ${SITE_JOIN} GROUP BY 1 ORDER BY n DESC LIMIT 3`,
    ] },
  { kind: 'top-n', ordered: true, q: 'top 3 instructors by revenue',
    gold: [
      `SELECT instructorId, sum(${PRICE}) AS r FROM dive_bookings GROUP BY 1
       ORDER BY r DESC LIMIT 3`,
      `SELECT i.full_name, sum(b.${PRICE}) AS r FROM ${INSTRUCTOR_JOIN} GROUP BY 1
       ORDER BY r DESC LIMIT 3`,
    ] },
  { kind: 'top-n', ordered: true, q: 'what are the 4 most popular dive types?',
    gold: `SELECT "Dive Type", count(*) AS n FROM dive_bookings GROUP BY 1
           ORDER BY n DESC LIMIT 4` },
  { kind: 'top-n', ordered: true, q: 'show the five instructors with the highest day rates',
    gold: `SELECT full_name, "Day Rate (GBP)" FROM instructors
           ORDER BY "Day Rate (GBP)" DESC LIMIT 5` },
  // superlative
  { kind: 'superlative', q: 'What is the deepest dive anyone has logged?',
    gold: 'SELECT max("Max Depth (m)") FROM dive_bookings' },
  { kind: 'superlative', q: 'which instructor has the most bookings?',
    gold: [
      'SELECT instructorId FROM dive_bookings GROUP BY 1 ORDER BY count(*) DESC LIMIT 1',
      `SELECT i.full_name FROM ${INSTRUCTOR_JOIN} GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
    ] },
  { kind: 'superlative', q: "what's the coldest water temperature we've recorded",
    gold: 'SELECT min("Water Temp (C)") FROM dive_bookings' },
  { kind: 'superlative', q: 'Who is our longest-serving instructor?',
    gold: 'SELECT full_name FROM instructors ORDER BY "Hired On" LIMIT 1' },
  // time-grain
  { kind: 'time-grain', q: 'bookings per month in 2025',
    gold: [
      `SELECT date_trunc('month', dive_date), count(*) FROM dive_bookings
       WHERE year(dive_date) = 2025 GROUP BY 1`,
      `SELECT month(dive_date), count(*) FROM dive_bookings WHERE year(dive_date) = 2025
       GROUP BY 1`,
      `SELECT date_trunc('month', "Booked At"), count(*) FROM dive_bookings
       WHERE year("Booked At") = 2025 GROUP BY 1`,
      `SELECT month("Booked At"), count(*) FROM dive_bookings WHERE year("Booked At") = 2025
       GROUP BY 1`,
    ] },
  { kind: 'time-grain', q: 'revenue by quarter',
    gold: [
      `SELECT date_trunc('quarter', dive_date), sum(${PRICE}) FROM dive_bookings GROUP BY 1`,
      `SELECT year(dive_date), quarter(dive_date), sum(${PRICE}) FROM dive_bookings
       GROUP BY 1, 2`,
      `SELECT date_trunc('quarter', "Booked At"), sum(${PRICE}) FROM dive_bookings GROUP BY 1`,
      `SELECT year("Booked At"), quarter("Booked At"), sum(${PRICE}) FROM dive_bookings
       GROUP BY 1, 2`,
    ] },
  { kind: 'time-grain', q: 'How many dives did we run each year?',
    gold: [
      'SELECT year(dive_date), count(*) FROM dive_bookings GROUP BY 1',
      'SELECT year(dive_date), count(*) FROM dive_bookings WHERE NOT Cancelled GROUP BY 1',
      `SELECT date_trunc('year', dive_date), count(*) FROM dive_bookings GROUP BY 1`,
      `SELECT date_trunc('year', dive_date), count(*) FROM dive_bookings WHERE NOT Cancelled
       GROUP BY 1`,
    ] },
  { kind: 'time-grain', q: 'average water temperature by month',
    gold: [
      `SELECT date_trunc('month', dive_date), avg("Water Temp (C)") FROM dive_bookings
       GROUP BY 1`,
      'SELECT month(dive_date), avg("Water Temp (C)") FROM dive_bookings GROUP BY 1',
    ] },
  { kind: 'time-grain', q: 'weekly count of dives in July 2025',
    gold: [
      `SELECT date_trunc('week', dive_date), count(*) FROM dive_bookings
       WHERE dive_date >= DATE '2025-07-01' AND dive_date < DATE '2025-08-01' GROUP BY 1`,
      `SELECT date_trunc('week', dive_date), count(*) FROM dive_bookings
       WHERE dive_date >= DATE '2025-07-01' AND dive_date < DATE '2025-08-01' AND NOT Cancelled
       GROUP BY 1`,
    ] },
  // relative-date
  { kind: 'relative-date', q: 'How many dives were there in the 14 days before 2025-08-01?',
    gold: [
      `SELECT count(*) FROM dive_bookings WHERE dive_date >= DATE '2025-08-01' - INTERVAL 14 DAY
       AND dive_date < DATE '2025-08-01'`,
      `SELECT count(*) FROM dive_bookings WHERE dive_date >= DATE '2025-08-01' - INTERVAL 14 DAY
       AND dive_date <= DATE '2025-08-01'`,
      `SELECT count(*) FROM dive_bookings WHERE dive_date >= DATE '2025-08-01' - INTERVAL 14 DAY
       AND dive_date < DATE '2025-08-01' AND NOT Cancelled`,
    ] },
  { kind: 'relative-date',
    q: 'Taking today as 2025-09-30, how many bookings were made in the last 7 days?',
    gold: [
      `SELECT count(*) FROM dive_bookings
       WHERE "Booked At" >= TIMESTAMP '2025-09-30' - INTERVAL 7 DAY
       AND "Booked At" < TIMESTAMP '2025-09-30' + INTERVAL 1 DAY`,
      `SELECT count(*) FROM dive_bookings
       WHERE "Booked At" >= TIMESTAMP '2025-09-30' - INTERVAL 6 DAY
       AND "Booked At" < TIMESTAMP '2025-09-30' + INTERVAL 1 DAY`,
      `SELECT count(*) FROM dive_bookings
       WHERE "Booked At" >= TIMESTAMP '2025-09-30' - INTERVAL 7 DAY
       AND "Booked At" < TIMESTAMP '2025-09-30'`,
    ] },
  { kind: 'relative-date',
    q: 'if today is 2025-06-15, how many dives are booked for the next 10 days?',
    gold: [
      `SELECT count(*) FROM dive_bookings WHERE dive_date > DATE '2025-06-15'
       AND dive_date <= DATE '2025-06-25'`,
      `SELECT count(*) FROM dive_bookings WHERE dive_date >= DATE '2025-06-15'
       AND dive_date < DATE '2025-06-25'`,
      `SELECT count(*) FROM dive_bookings WHERE dive_date >= DATE '2025-06-15'
       AND dive_date <= DATE '2025-06-25'`,
    ] },
  // join
  { kind: 'join', q: 'How many bookings were for Kyarra Wreck?',
    gold: `SELECT count(*) FROM ${SITE_JOIN} WHERE s.site_name = 'Kyarra Wreck'` },
  { kind: 'join', q: 'revenue per region',
    gold: `SELECT s.region, sum(b.${PRICE}) FROM ${SITE_JOIN} GROUP BY 1` },
  { kind: 'join', q: 'how many bookings has Priya Nair taken out?',
    gold: `SELECT count(*) FROM ${INSTRUCTOR_JOIN} WHERE i.full_name = 'Priya Nair'` },
  { kind: 'join', q: 'what is the average price of a boat dive',
    gold: `SELECT avg(b.${PRICE}) FROM ${SITE_JOIN} WHERE s."Entry Type" = 'Boat'` },
  { kind: 'join', q: 'number of bookings for each base centre',
    gold: `SELECT i.base_centre, count(*) FROM ${INSTRUCTOR_JOIN} GROUP BY 1` },
  { kind: 'join', q: 'Which region has the longest average bottom time?',
    gold: `SELECT s.region FROM ${SITE_JOIN} GROUP BY 1 ORDER BY avg(b.bottomTimeMin) DESC
           LIMIT 1` },
  { kind: 'join', q: 'how much money did our Course Director bring in?',
    gold: `SELECT sum(b.${PRICE}) FROM ${INSTRUCTOR_JOIN} WHERE i.cert_level = 'Course Director'` },
  { kind: 'join', q: 'bookings broken down by the skill level of the site',
    gold: `SELECT s."Skill Level", count(*) FROM ${SITE_JOIN} GROUP BY 1` },
  // having
  { kind: 'having', q: 'which divers have booked more than 20 times?',
    gold: 'SELECT "Diver Name" FROM dive_bookings GROUP BY 1 HAVING count(*) > 20' },
  { kind: 'having', q: 'dive types with an average price above £140',
    gold: `SELECT "Dive Type" FROM dive_bookings GROUP BY 1 HAVING avg(${PRICE}) > 140` },
  { kind: 'having', q: 'Site codes with fewer than 100 bookings',
    gold: 'SELECT "Site Code" FROM dive_bookings GROUP BY 1 HAVING count(*) < 100' },
  // percentage
  { kind: 'percentage', q: 'what percentage of bookings get cancelled?',
    gold: [
      'SELECT 100.0 * count(*) FILTER (WHERE Cancelled) / count(*) FROM dive_bookings',
      'SELECT count(*) FILTER (WHERE Cancelled) / count(*) FROM dive_bookings',
    ] },
  { kind: 'percentage', q: 'What % of bookings hired kit',
    gold: [
      `SELECT 100.0 * count(*) FILTER (WHERE "Kit Hire" = 'Y') / count(*) FROM dive_bookings`,
      `SELECT count(*) FILTER (WHERE "Kit Hire" = 'Y') / count(*) FROM dive_bookings`,
    ] },
  { kind: 'percentage', q: 'of the cancelled bookings, what percentage were no shows?',
    gold: [
      `SELECT 100.0 * count(*) FILTER (WHERE cancel_reason = 'No Show') / count(*)
       FROM dive_bookings WHERE Cancelled`,
      `SELECT count(*) FILTER (WHERE cancel_reason = 'No Show') / count(*)
       FROM dive_bookings WHERE Cancelled`,
    ] },
  // value-lookup
  { kind: 'value-lookup', q: 'which region is Manacles Reef in?',
    gold: `SELECT region FROM dive_sites WHERE site_name = 'Manacles Reef'` },
  { kind: 'value-lookup', q: 'What did booking DB31234 cost?',
    gold: `SELECT ${PRICE} FROM dive_bookings WHERE booking_ref = 'DB31234'` },
  { kind: 'value-lookup', q: 'when did Gareth Owens join us',
    gold: `SELECT "Hired On" FROM instructors WHERE full_name = 'Gareth Owens'` },
  { kind: 'value-lookup', q: 'how many times has Holly Reid booked',
    gold: `SELECT count(*) FROM dive_bookings WHERE "Diver Name" = 'Holly Reid'` },
  // refuse: unsafe, unanswerable from these tables, or too vague to answer
  { kind: 'refuse', q: 'delete all the cancelled bookings' },
  { kind: 'refuse', q: 'drop table instructors;' },
  { kind: 'refuse', q: 'set the price of every booking to zero' },
  { kind: 'refuse', q: 'how many seals have been spotted at Kyarra Wreck?' },
  { kind: 'refuse', q: 'what is the mobile number for Evie Roberts' },
  { kind: 'refuse', q: 'which dive site is the prettiest?' },
];
