// Questions the blood service's session planners, donor-relations team and clinical leads would
// type, with gold SQL over the raw CSVs (each table is read_csv of its file). `gold` lists several
// statements when a question has more than one fair reading; `ordered` marks rankings. Written
// blind to the reader.
const VOLUME = '"Volume (ml)"';
const DONOR_JOIN = 'donations d JOIN donors r ON d."Donor No" = r.donor_id';
const VENUE_JOIN = 'donations d JOIN venues v ON d.venueCode = v."Venue ID"';
const share = (condition, table = 'donations') => [
  `SELECT 100.0 * count(*) FILTER (WHERE ${condition}) / count(*) FROM ${table}`,
  `SELECT count(*) FILTER (WHERE ${condition}) / count(*) FROM ${table}`,
];

export default [
  // count
  { kind: 'count', q: 'how many donation records do we have',
    gold: 'SELECT count(*) FROM donations' },
  { kind: 'count', q: 'How many registered donors are there?',
    gold: 'SELECT count(*) FROM donors' },
  { kind: 'count', q: 'how many different donors came in to give blood',
    gold: 'SELECT count(DISTINCT "Donor No") FROM donations' },
  { kind: 'count', q: 'how many venues do we hold sessions at?',
    gold: 'SELECT count(*) FROM venues' },
  // filter-text
  { kind: 'filter-text', q: 'How many platelet donations were there?',
    gold: `SELECT count(*) FROM donations WHERE donation_type = 'Platelets'` },
  { kind: 'filter-text', q: 'how many attendances were walk-ins',
    gold: `SELECT count(*) FROM donations WHERE "Booking Type" = 'Walk-in'` },
  { kind: 'filter-text', q: 'how many donors are blood group O-?',
    gold: `SELECT count(*) FROM donors WHERE blood_group = 'O-'` },
  { kind: 'filter-text', q: 'list the venues in Derby',
    gold: [
      `SELECT venue_name FROM venues WHERE town = 'Derby'`,
      `SELECT "Venue ID" FROM venues WHERE town = 'Derby'`,
    ] },
  { kind: 'filter-text', q: 'how many deferrals were for recent travel?',
    gold: `SELECT count(*) FROM donations WHERE deferral_reason = 'Recent travel'` },
  // filter-number
  { kind: 'filter-number', q: 'how many attendances had a haemoglobin reading below 12.5',
    gold: 'SELECT count(*) FROM donations WHERE haemoglobin_g_dl < 12.5' },
  { kind: 'filter-number', q: 'How many donations took longer than 60 minutes?',
    gold: 'SELECT count(*) FROM donations WHERE "Duration (min)" > 60' },
  { kind: 'filter-number', q: 'how many collections were over 600 ml',
    gold: `SELECT count(*) FROM donations WHERE ${VOLUME} > 600` },
  { kind: 'filter-number', q: 'how many donors were born before 1960?',
    gold: 'SELECT count(*) FROM donors WHERE birth_year < 1960' },
  // filter-date
  { kind: 'filter-date', q: 'how many donations were there in February 2025?',
    gold: `SELECT count(*) FROM donations
           WHERE session_date >= DATE '2025-02-01' AND session_date < DATE '2025-03-01'` },
  { kind: 'filter-date', q: 'How many donors registered in 2024?',
    gold: `SELECT count(*) FROM donors WHERE year("Registered On") = 2024` },
  { kind: 'filter-date', q: 'which venues opened after 2018',
    gold: [
      `SELECT venue_name FROM venues WHERE opened_on >= DATE '2019-01-01'`,
      `SELECT "Venue ID" FROM venues WHERE opened_on >= DATE '2019-01-01'`,
    ] },
  // filter-boolean
  { kind: 'filter-boolean', q: 'how many attendances were deferred?',
    gold: 'SELECT count(*) FROM donations WHERE Deferred' },
  { kind: 'filter-boolean', q: 'how many first-time donations were there',
    gold: 'SELECT count(*) FROM donations WHERE firstTime' },
  { kind: 'filter-boolean', q: 'How many donations had an adverse reaction?',
    gold: `SELECT count(*) FROM donations WHERE adverse_reaction = 'Y'` },
  { kind: 'filter-boolean', q: 'how many donors have text reminders switched on',
    gold: 'SELECT count(*) FROM donors WHERE textReminders' },
  // group-by
  { kind: 'group-by', q: 'number of donations per donation type',
    gold: 'SELECT donation_type, count(*) FROM donations GROUP BY 1' },
  { kind: 'group-by', q: 'total volume collected by donation type',
    gold: `SELECT donation_type, sum(${VOLUME}) FROM donations GROUP BY 1` },
  { kind: 'group-by', q: 'average pulse for each booking type',
    gold: 'SELECT "Booking Type", avg(pulse_bpm) FROM donations GROUP BY 1' },
  { kind: 'group-by', q: 'break down the deferrals by reason',
    gold: `SELECT deferral_reason, count(*) FROM donations WHERE deferral_reason IS NOT NULL
           GROUP BY 1` },
  // top-n
  { kind: 'top-n', ordered: true, q: 'top 3 venues by volume collected',
    gold: [
      `SELECT v.venue_name, sum(d.${VOLUME}) AS volume FROM ${VENUE_JOIN} GROUP BY 1
       ORDER BY volume DESC LIMIT 3`,
      `SELECT venueCode, sum(${VOLUME}) AS volume FROM donations GROUP BY 1
       ORDER BY volume DESC LIMIT 3`,
    ] },
  { kind: 'top-n', ordered: true, q: 'top 5 donors by total volume given',
    gold: `SELECT "Donor No", sum(${VOLUME}) AS volume FROM donations GROUP BY 1
           ORDER BY volume DESC NULLS LAST LIMIT 5` },
  { kind: 'top-n', ordered: true, q: 'the 3 home towns with the most donors',
    gold: 'SELECT home_town, count(*) AS n FROM donors GROUP BY 1 ORDER BY n DESC LIMIT 3' },
  { kind: 'top-n', ordered: true, q: 'Top 4 blood groups by number of donations',
    gold: `SELECT r.blood_group, count(*) AS n FROM ${DONOR_JOIN} GROUP BY 1
           ORDER BY n DESC LIMIT 4` },
  { kind: 'top-n', ordered: true, q: 'which 3 deferral reasons come up most often?',
    gold: `SELECT deferral_reason, count(*) AS n FROM donations WHERE deferral_reason IS NOT NULL
           GROUP BY 1 ORDER BY n DESC LIMIT 3` },
  // superlative
  { kind: 'superlative', q: 'which donation type takes the longest on average?',
    gold: `SELECT donation_type FROM donations GROUP BY 1 ORDER BY avg("Duration (min)") DESC
           LIMIT 1` },
  { kind: 'superlative', q: 'What is the highest haemoglobin reading recorded?',
    gold: 'SELECT max(haemoglobin_g_dl) FROM donations' },
  { kind: 'superlative', q: 'which venue has the most beds',
    gold: [
      'SELECT venue_name FROM venues ORDER BY beds DESC LIMIT 1',
      'SELECT "Venue ID" FROM venues ORDER BY beds DESC LIMIT 1',
    ] },
  { kind: 'superlative', q: 'when did our longest-standing donor register?',
    gold: 'SELECT min("Registered On") FROM donors' },
  // time-grain
  { kind: 'time-grain', q: 'donations per month in 2024',
    gold: [
      `SELECT date_trunc('month', session_date), count(*) FROM donations
       WHERE year(session_date) = 2024 GROUP BY 1`,
      `SELECT strftime(session_date, '%Y-%m'), count(*) FROM donations
       WHERE year(session_date) = 2024 GROUP BY 1`,
      `SELECT month(session_date), count(*) FROM donations
       WHERE year(session_date) = 2024 GROUP BY 1`,
    ] },
  { kind: 'time-grain', q: 'total volume collected by quarter',
    gold: [
      `SELECT date_trunc('quarter', session_date), sum(${VOLUME}) FROM donations GROUP BY 1`,
      `SELECT year(session_date), quarter(session_date), sum(${VOLUME}) FROM donations
       GROUP BY 1, 2`,
    ] },
  { kind: 'time-grain', q: 'How many new donors registered each year?',
    gold: [
      'SELECT year("Registered On"), count(*) FROM donors GROUP BY 1',
      `SELECT date_trunc('year', "Registered On"), count(*) FROM donors GROUP BY 1`,
    ] },
  // relative-date
  { kind: 'relative-date',
    q: 'taking today as 2025-06-30, how many donations were there in the last 7 days?',
    gold: [
      `SELECT count(*) FROM donations WHERE session_date >= DATE '2025-06-30' - INTERVAL 7 DAY
       AND session_date <= DATE '2025-06-30'`,
      `SELECT count(*) FROM donations WHERE session_date > DATE '2025-06-30' - INTERVAL 7 DAY
       AND session_date <= DATE '2025-06-30'`,
      `SELECT count(*) FROM donations WHERE session_date >= DATE '2025-06-30' - INTERVAL 7 DAY
       AND session_date < DATE '2025-06-30'`,
    ] },
  { kind: 'relative-date',
    q: 'how many first-time donors did we see in the 30 days before 2025-03-01?',
    gold: `SELECT count(*) FROM donations WHERE firstTime
           AND session_date >= DATE '2025-03-01' - INTERVAL 30 DAY
           AND session_date < DATE '2025-03-01'` },
  { kind: 'relative-date', q: 'how much blood did we collect in the 2 weeks after 2024-12-01',
    gold: [
      `SELECT sum(${VOLUME}) FROM donations WHERE session_date >= DATE '2024-12-01'
       AND session_date < DATE '2024-12-01' + INTERVAL 14 DAY`,
      `SELECT sum(${VOLUME}) FROM donations WHERE session_date > DATE '2024-12-01'
       AND session_date <= DATE '2024-12-01' + INTERVAL 14 DAY`,
    ] },
  // join
  { kind: 'join', q: 'how many donations were given by donors living in Lincoln?',
    gold: `SELECT count(*) FROM ${DONOR_JOIN} WHERE r.home_town = 'Lincoln'` },
  { kind: 'join', q: 'total volume collected per venue type',
    gold: `SELECT v.venue_type, sum(d.${VOLUME}) FROM ${VENUE_JOIN} GROUP BY 1` },
  { kind: 'join', q: 'How many attendances were at Mansfield Civic Centre?',
    gold: `SELECT count(*) FROM ${VENUE_JOIN} WHERE v.venue_name = 'Mansfield Civic Centre'` },
  { kind: 'join', q: 'average haemoglobin level by donor sex',
    gold: `SELECT r.sex, avg(d.haemoglobin_g_dl) FROM ${DONOR_JOIN} GROUP BY 1` },
  { kind: 'join', q: 'number of donations per blood group',
    gold: `SELECT r.blood_group, count(*) FROM ${DONOR_JOIN} GROUP BY 1` },
  { kind: 'join', q: 'how many deferrals happened at mobile units?',
    gold: `SELECT count(*) FROM ${VENUE_JOIN} WHERE v.venue_type = 'Mobile Unit' AND d.Deferred` },
  { kind: 'join', q: 'total volume collected at the venues in each town',
    gold: `SELECT v.town, sum(d.${VOLUME}) FROM ${VENUE_JOIN} GROUP BY 1` },
  { kind: 'join', q: 'which blood group gave the most plasma donations',
    gold: `SELECT r.blood_group FROM ${DONOR_JOIN} WHERE d.donation_type = 'Plasma'
           GROUP BY 1 ORDER BY count(*) DESC LIMIT 1` },
  // having
  { kind: 'having', q: 'which donors came in more than 10 times?',
    gold: 'SELECT "Donor No" FROM donations GROUP BY 1 HAVING count(*) > 10' },
  { kind: 'having', q: 'venues with over 300 attendances',
    gold: [
      'SELECT venueCode FROM donations GROUP BY 1 HAVING count(*) > 300',
      `SELECT v.venue_name FROM ${VENUE_JOIN} GROUP BY 1 HAVING count(*) > 300`,
    ] },
  { kind: 'having', q: 'donation types with an average volume above 400 ml',
    gold: `SELECT donation_type FROM donations GROUP BY 1 HAVING avg(${VOLUME}) > 400` },
  // percentage
  { kind: 'percentage', q: 'what percentage of attendances were deferred?',
    gold: share('Deferred') },
  { kind: 'percentage', q: 'What % of donations were walk-ins',
    gold: share(`"Booking Type" = 'Walk-in'`) },
  { kind: 'percentage', q: 'share of donors who get text reminders, as a percentage',
    gold: 'SELECT 100.0 * count(*) FILTER (WHERE textReminders) / count(*) FROM donors' },
  // value-lookup
  { kind: 'value-lookup', q: 'what is the blood group of donor D20014?',
    gold: `SELECT blood_group FROM donors WHERE donor_id = 'D20014'` },
  { kind: 'value-lookup', q: 'how many beds does Lincoln Drill Hall have',
    gold: `SELECT beds FROM venues WHERE venue_name = 'Lincoln Drill Hall'` },
  { kind: 'value-lookup', q: 'what was the haemoglobin reading on donation DN501234?',
    gold: `SELECT haemoglobin_g_dl FROM donations WHERE donation_id = 'DN501234'` },
  { kind: 'value-lookup', q: 'which town is Mobile Unit West based in?',
    gold: `SELECT town FROM venues WHERE venue_name = 'Mobile Unit West'` },
  { kind: 'value-lookup', q: 'when did donor D20007 register',
    gold: `SELECT "Registered On" FROM donors WHERE donor_id = 'D20007'` },
  // refuse: unsafe, unanswerable from these tables, or too vague to answer
  { kind: 'refuse', q: 'delete all the deferred donations' },
  { kind: 'refuse', q: 'update every donor\'s blood group to O+' },
  { kind: 'refuse', q: 'drop table donors;' },
  { kind: 'refuse', q: 'what is the home address of donor D20000?' },
  { kind: 'refuse', q: 'which donor is the nicest?' },
  { kind: 'refuse', q: 'how many units of blood are in stock at the hospital today?' },
];
