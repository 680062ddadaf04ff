// Questions a campsite group's booking office, site managers and finance would type, with gold SQL
// over the raw CSVs (each table is read_csv of its file). `gold` lists several statements when a
// question has more than one fair reading; `ordered` marks rankings. Written blind to the reader.
const PRICE = '"Price (GBP)"';
const REVIEW = '"Review Score (1-10)"';
const PITCH_JOIN = 'pitch_stays s JOIN pitches p ON s."Pitch Ref" = p.pitch_id';
const SITE_JOIN = 'pitch_stays s JOIN sites t ON s.siteCode = t."Site ID"';

export default [
  // count
  { kind: 'count', q: 'how many stays do we have',
    gold: 'SELECT count(*) FROM pitch_stays' },
  { kind: 'count', q: 'How many pitches are there across all sites?',
    gold: 'SELECT count(*) FROM pitches' },
  { kind: 'count', q: 'total nights booked',
    gold: [
      'SELECT sum(nights) FROM pitch_stays',
      `SELECT sum(nights) FROM pitch_stays WHERE status <> 'Cancelled'`,
    ] },
  { kind: 'count', q: 'how many dogs have stayed with us',
    gold: 'SELECT sum(Dogs) FROM pitch_stays' },
  // filter-text
  { kind: 'filter-text', q: 'How many stays were cancelled?',
    gold: `SELECT count(*) FROM pitch_stays WHERE status = 'Cancelled'` },
  { kind: 'filter-text', q: 'how many bookings came through Pitchup',
    gold: `SELECT count(*) FROM pitch_stays WHERE "booking channel" = 'Pitchup'` },
  { kind: 'filter-text', q: 'list the sites in Cornwall',
    gold: `SELECT site_name FROM sites WHERE Region = 'Cornwall'` },
  { kind: 'filter-text', q: 'how many cabins do we have?',
    gold: `SELECT count(*) FROM pitches WHERE pitch_type = 'Cabin'` },
  // filter-number
  { kind: 'filter-number', q: 'how many stays were longer than a week?',
    gold: 'SELECT count(*) FROM pitch_stays WHERE nights > 7' },
  { kind: 'filter-number', q: 'How many stays cost over £500',
    gold: `SELECT count(*) FROM pitch_stays WHERE ${PRICE} > 500` },
  { kind: 'filter-number', q: 'count stays with two or more dogs',
    gold: 'SELECT count(*) FROM pitch_stays WHERE Dogs >= 2' },
  { kind: 'filter-number', q: 'which pitches are bigger than 115 square metres',
    gold: 'SELECT pitch_id FROM pitches WHERE "Size (m2)" > 115' },
  // filter-date
  { kind: 'filter-date', q: 'How many stays arrived in August 2024?',
    gold: `SELECT count(*) FROM pitch_stays
           WHERE arrival_date >= DATE '2024-08-01' AND arrival_date < DATE '2024-09-01'` },
  { kind: 'filter-date', q: 'how many bookings were made in January 2025',
    gold: `SELECT count(*) FROM pitch_stays
           WHERE "Booked At" >= TIMESTAMP '2025-01-01' AND "Booked At" < TIMESTAMP '2025-02-01'` },
  { kind: 'filter-date', q: 'which sites opened before 2012?',
    gold: 'SELECT site_name FROM sites WHERE opened_year < 2012' },
  { kind: 'filter-date', q: 'how many stays were cancelled in Q2 2025',
    gold: [
      `SELECT count(*) FROM pitch_stays
       WHERE "Cancelled At" >= TIMESTAMP '2025-04-01' AND "Cancelled At" < TIMESTAMP '2025-07-01'`,
      `SELECT count(*) FROM pitch_stays WHERE status = 'Cancelled'
       AND arrival_date >= DATE '2025-04-01' AND arrival_date < DATE '2025-07-01'`,
    ] },
  // filter-boolean
  { kind: 'filter-boolean', q: 'how many stays used an electric hook-up?',
    gold: `SELECT count(*) FROM pitch_stays WHERE "Electric Hook-up" = 'Y'` },
  { kind: 'filter-boolean', q: 'How many pitches are hardstanding',
    gold: 'SELECT count(*) FROM pitches WHERE hardstanding' },
  { kind: 'filter-boolean', q: 'which sites have a swimming pool',
    gold: 'SELECT site_name FROM sites WHERE swimmingPool' },
  { kind: 'filter-boolean', q: 'how many pitches do not allow dogs?',
    gold: 'SELECT count(*) FROM pitches WHERE NOT "Dogs Allowed"' },
  // group-by
  { kind: 'group-by', q: 'number of stays per booking channel',
    gold: 'SELECT "booking channel", count(*) FROM pitch_stays GROUP BY 1' },
  { kind: 'group-by', q: 'Revenue by site code',
    gold: `SELECT siteCode, sum(${PRICE}) FROM pitch_stays GROUP BY 1` },
  { kind: 'group-by', q: 'average nightly rate for each pitch type',
    gold: 'SELECT pitch_type, avg("Nightly Rate (GBP)") FROM pitches GROUP BY 1' },
  // top-n
  { kind: 'top-n', ordered: true, q: 'top 5 pitches by number of stays',
    gold: `SELECT "Pitch Ref", count(*) AS n FROM pitch_stays GROUP BY 1 ORDER BY n DESC LIMIT 5` },
  { kind: 'top-n', ordered: true, q: 'the 3 most expensive stays',
    // Two stays share the top price, so only the prices are ranked.
    gold: `SELECT ${PRICE} FROM pitch_stays ORDER BY ${PRICE} DESC LIMIT 3` },
  { kind: 'top-n', ordered: true, q: 'Show the 3 largest pitches by size',
    // Pitches share a size, so only the sizes are ranked.
    gold: 'SELECT "Size (m2)" FROM pitches ORDER BY 1 DESC LIMIT 3' },
  // superlative
  { kind: 'superlative', q: 'what is the longest stay in nights?',
    gold: 'SELECT max(nights) FROM pitch_stays' },
  { kind: 'superlative', q: 'which booking channel brings in the most revenue',
    gold: `SELECT "booking channel" FROM pitch_stays GROUP BY 1 ORDER BY sum(${PRICE}) DESC LIMIT 1` },
  { kind: 'superlative', q: 'Most guests (adults plus children) on a single stay?',
    gold: 'SELECT max(Adults + children) FROM pitch_stays' },
  { kind: 'superlative', q: 'what is the lowest review score anyone gave',
    gold: `SELECT min(${REVIEW}) FROM pitch_stays` },
  // time-grain
  { kind: 'time-grain', q: 'stays per month in 2024',
    gold: [
      `SELECT date_trunc('month', arrival_date), count(*) FROM pitch_stays
       WHERE year(arrival_date) = 2024 GROUP BY 1`,
      `SELECT strftime(arrival_date, '%Y-%m'), count(*) FROM pitch_stays
       WHERE year(arrival_date) = 2024 GROUP BY 1`,
      `SELECT month(arrival_date), count(*) FROM pitch_stays
       WHERE year(arrival_date) = 2024 GROUP BY 1`,
      `SELECT date_trunc('month', "Booked At"), count(*) FROM pitch_stays
       WHERE year("Booked At") = 2024 GROUP BY 1`,
      `SELECT month("Booked At"), count(*) FROM pitch_stays
       WHERE year("Booked At") = 2024 GROUP BY 1`,
    ] },
  { kind: 'time-grain', q: 'revenue per quarter',
    gold: [
      `SELECT date_trunc('quarter', arrival_date), sum(${PRICE}) FROM pitch_stays GROUP BY 1`,
      `SELECT year(arrival_date), quarter(arrival_date), sum(${PRICE}) FROM pitch_stays
       GROUP BY 1, 2`,
      `SELECT date_trunc('quarter', "Booked At"), sum(${PRICE}) FROM pitch_stays GROUP BY 1`,
      `SELECT year("Booked At"), quarter("Booked At"), sum(${PRICE}) FROM pitch_stays
       GROUP BY 1, 2`,
    ] },
  { kind: 'time-grain', q: 'How many nights were booked each year?',
    gold: [
      'SELECT year(arrival_date), sum(nights) FROM pitch_stays GROUP BY 1',
      `SELECT date_trunc('year', arrival_date), sum(nights) FROM pitch_stays GROUP BY 1`,
      'SELECT year("Booked At"), sum(nights) FROM pitch_stays GROUP BY 1',
      `SELECT date_trunc('year', "Booked At"), sum(nights) FROM pitch_stays GROUP BY 1`,
    ] },
  { kind: 'time-grain', q: 'average review score by month for 2025',
    gold: [
      `SELECT date_trunc('month', arrival_date), avg(${REVIEW}) FROM pitch_stays
       WHERE year(arrival_date) = 2025 GROUP BY 1`,
      `SELECT month(arrival_date), avg(${REVIEW}) FROM pitch_stays
       WHERE year(arrival_date) = 2025 GROUP BY 1`,
      `SELECT date_trunc('month', arrival_date), avg(${REVIEW}) FROM pitch_stays
       WHERE year(arrival_date) = 2025 AND ${REVIEW} IS NOT NULL GROUP BY 1`,
      `SELECT month(arrival_date), avg(${REVIEW}) FROM pitch_stays
       WHERE year(arrival_date) = 2025 AND ${REVIEW} IS NOT NULL GROUP BY 1`,
    ] },
  // relative-date
  { kind: 'relative-date', q: 'taking today as 2025-07-15, how many arrivals are due in the next 7 days?',
    gold: [
      `SELECT count(*) FROM pitch_stays WHERE arrival_date > DATE '2025-07-15'
       AND arrival_date <= DATE '2025-07-22'`,
      `SELECT count(*) FROM pitch_stays WHERE arrival_date >= DATE '2025-07-15'
       AND arrival_date < DATE '2025-07-22'`,
      `SELECT count(*) FROM pitch_stays WHERE arrival_date >= DATE '2025-07-15'
       AND arrival_date <= DATE '2025-07-22'`,
    ] },
  { kind: 'relative-date', q: 'How many bookings were made in the 30 days before 2025-05-01?',
    gold: [
      `SELECT count(*) FROM pitch_stays WHERE "Booked At" >= TIMESTAMP '2025-05-01' - INTERVAL 30 DAY
       AND "Booked At" < TIMESTAMP '2025-05-01'`,
      `SELECT count(*) FROM pitch_stays WHERE "Booked At" >= TIMESTAMP '2025-05-01' - INTERVAL 30 DAY
       AND "Booked At" < TIMESTAMP '2025-05-02'`,
    ] },
  { kind: 'relative-date', q: 'as of 2024-09-30, what was the revenue from arrivals in the last 90 days',
    gold: [
      `SELECT sum(${PRICE}) FROM pitch_stays WHERE arrival_date > DATE '2024-09-30' - INTERVAL 90 DAY
       AND arrival_date <= DATE '2024-09-30'`,
      `SELECT sum(${PRICE}) FROM pitch_stays WHERE arrival_date >= DATE '2024-09-30' - INTERVAL 90 DAY
       AND arrival_date <= DATE '2024-09-30'`,
      `SELECT sum(${PRICE}) FROM pitch_stays WHERE arrival_date >= DATE '2024-09-30' - INTERVAL 90 DAY
       AND arrival_date < DATE '2024-09-30'`,
    ] },
  // join
  { kind: 'join', q: 'how many stays were at Gull Point?',
    gold: `SELECT count(*) FROM ${SITE_JOIN} WHERE t.site_name = 'Gull Point'` },
  { kind: 'join', q: 'revenue per site name',
    gold: `SELECT t.site_name, sum(s.${PRICE}) FROM ${SITE_JOIN} GROUP BY 1` },
  { kind: 'join', q: 'Number of stays in each region',
    gold: `SELECT t.Region, count(*) FROM ${SITE_JOIN} GROUP BY 1` },
  { kind: 'join', q: 'how many stays were in glamping pods',
    gold: `SELECT count(*) FROM ${PITCH_JOIN} WHERE p.pitch_type = 'Glamping Pod'` },
  { kind: 'join', q: 'average review score per pitch type',
    gold: `SELECT p.pitch_type, avg(s.${REVIEW}) FROM ${PITCH_JOIN} GROUP BY 1` },
  { kind: 'join', q: 'which manager\'s sites had the most stays?',
    gold: `SELECT t.manager FROM ${SITE_JOIN} GROUP BY 1 ORDER BY count(*) DESC LIMIT 1` },
  { kind: 'join', q: 'total nights on hardstanding pitches',
    gold: `SELECT sum(s.nights) FROM ${PITCH_JOIN} WHERE p.hardstanding` },
  { kind: 'join', q: 'How much did stays at sites with a shop bring in',
    gold: `SELECT sum(s.${PRICE}) FROM ${SITE_JOIN} WHERE t."Has Shop" = 'Y'` },
  { kind: 'join', ordered: true, q: 'top 3 sites by average review',
    gold: `SELECT t.site_name, avg(s.${REVIEW}) AS score FROM ${SITE_JOIN} GROUP BY 1
           ORDER BY score DESC LIMIT 3` },
  { kind: 'join', q: 'how many dogs stayed in the Lake District?',
    gold: `SELECT sum(s.Dogs) FROM ${SITE_JOIN} WHERE t.Region = 'Lake District'` },
  { kind: 'join', q: 'cancellations per pitch type',
    gold: `SELECT p.pitch_type, count(*) FROM ${PITCH_JOIN} WHERE s.status = 'Cancelled'
           GROUP BY 1` },
  // having
  { kind: 'having', q: 'which pitches have had more than 40 stays?',
    gold: 'SELECT "Pitch Ref" FROM pitch_stays GROUP BY 1 HAVING count(*) > 40' },
  { kind: 'having', q: 'site codes with an average review score under 8',
    gold: `SELECT siteCode FROM pitch_stays GROUP BY 1 HAVING avg(${REVIEW}) < 8` },
  { kind: 'having', q: 'Which pitch types have more than 40 pitches',
    gold: 'SELECT pitch_type FROM pitches GROUP BY 1 HAVING count(*) > 40' },
  // percentage
  { kind: 'percentage', q: 'what percentage of stays were cancelled?',
    gold: [
      `SELECT 100.0 * count(*) FILTER (WHERE status = 'Cancelled') / count(*) FROM pitch_stays`,
      `SELECT count(*) FILTER (WHERE status = 'Cancelled') / count(*) FROM pitch_stays`,
    ] },
  { kind: 'percentage', q: 'share of stays that left a review, as a percentage',
    gold: `SELECT 100.0 * count(${REVIEW}) / count(*) FROM pitch_stays` },
  { kind: 'percentage', q: 'What % of stays brought a dog?',
    gold: [
      'SELECT 100.0 * count(*) FILTER (WHERE Dogs > 0) / count(*) FROM pitch_stays',
      'SELECT count(*) FILTER (WHERE Dogs > 0) / count(*) FROM pitch_stays',
    ] },
  // value-lookup
  { kind: 'value-lookup', q: 'who manages Pine Ridge?',
    gold: `SELECT manager FROM sites WHERE site_name = 'Pine Ridge'` },
  { kind: 'value-lookup', q: 'what region is Oakwood Glade in',
    gold: `SELECT Region FROM sites WHERE site_name = 'Oakwood Glade'` },
  { kind: 'value-lookup', q: 'How much did booking BK810003 cost?',
    gold: `SELECT ${PRICE} FROM pitch_stays WHERE booking_ref = 'BK810003'` },
  { kind: 'value-lookup', q: 'what is the nightly rate of pitch CS02-P05',
    gold: `SELECT "Nightly Rate (GBP)" FROM pitches WHERE pitch_id = 'CS02-P05'` },
  // refuse: unsafe, unanswerable from these tables, or too vague to answer
  { kind: 'refuse', q: 'delete every cancelled stay' },
  { kind: 'refuse', q: 'drop table pitches;' },
  { kind: 'refuse', q: 'what was the weather like at Gull Point last August?' },
  { kind: 'refuse', q: 'give me the phone numbers of guests arriving tomorrow' },
  { kind: 'refuse', q: 'which site is the nicest?' },
  { kind: 'refuse', q: 'how many staff work at Heather Moor?' },
];
