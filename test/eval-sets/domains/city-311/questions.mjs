// Questions a city performance analyst would ask of the 311 export, with gold SQL over the raw
// CSVs (one view per file). See ../library/questions.mjs for how `gold` and `ordered` work.
const CREATED = '"Created At"';
const HOURS = '"Resolution Hours"';
const BY_DISTRICT_NAME = 'service_requests r JOIN districts d ON r."District" = d.district_id';

export default [
  // count
  { kind: 'count', q: 'How many service requests were filed in total?',
    gold: 'SELECT count(*) FROM service_requests' },
  { kind: 'count', q: 'how many distinct complaint types are there',
    gold: 'SELECT count(DISTINCT complaint_type) FROM service_requests' },
  { kind: 'count', q: 'How many districts does the city have?',
    gold: 'SELECT count(*) FROM districts' },
  // filter-text
  { kind: 'filter-text', q: 'How many noise complaints were there?',
    gold: `SELECT count(*) FROM service_requests WHERE complaint_type = 'Noise'` },
  { kind: 'filter-text', q: 'how many requests came in by phone',
    gold: `SELECT count(*) FROM service_requests WHERE channel = 'Phone'` },
  { kind: 'filter-text', q: 'How many requests are still open?',
    gold: [
      `SELECT count(*) FROM service_requests WHERE status = 'Open'`,
      `SELECT count(*) FROM service_requests WHERE status <> 'Closed'`,
    ] },
  { kind: 'filter-text', q: 'number of urgent requests handled by the Water agency?',
    gold: `SELECT count(*) FROM service_requests WHERE priority = 'Urgent' AND agency = 'Water'` },
  // filter-number
  { kind: 'filter-number', q: 'How many requests took more than 100 hours to resolve?',
    gold: `SELECT count(*) FROM service_requests WHERE ${HOURS} > 100` },
  { kind: 'filter-number', q: 'how many requests got a satisfaction score of 2 or less',
    gold: 'SELECT count(*) FROM service_requests WHERE satisfaction_score <= 2' },
  { kind: 'filter-number', q: 'How many requests were resolved in under 2 hours?',
    gold: `SELECT count(*) FROM service_requests WHERE ${HOURS} < 2` },
  // filter-date
  { kind: 'filter-date', q: 'How many requests were created in July 2024?',
    gold: `SELECT count(*) FROM service_requests
           WHERE ${CREATED} >= TIMESTAMP '2024-07-01' AND ${CREATED} < TIMESTAMP '2024-08-01'` },
  { kind: 'filter-date', q: 'how many requests were closed on 2024-03-15?',
    gold: `SELECT count(*) FROM service_requests WHERE CAST(closed_at AS DATE) = DATE '2024-03-15'` },
  { kind: 'filter-date', q: 'Requests opened between 2024-10-01 and 2024-10-31: how many?',
    gold: `SELECT count(*) FROM service_requests
           WHERE CAST(${CREATED} AS DATE) BETWEEN DATE '2024-10-01' AND DATE '2024-10-31'` },
  // filter-boolean
  { kind: 'filter-boolean', q: 'How many requests were flagged as duplicates?',
    gold: 'SELECT count(*) FROM service_requests WHERE is_duplicate' },
  { kind: 'filter-boolean', q: 'how many non-duplicate pothole requests were there',
    gold: `SELECT count(*) FROM service_requests
           WHERE NOT is_duplicate AND complaint_type = 'Pothole'` },
  { kind: 'filter-boolean', q: 'How many requests are not duplicates?',
    gold: 'SELECT count(*) FROM service_requests WHERE NOT is_duplicate' },
  // group-by
  { kind: 'group-by', q: 'How many requests per channel?',
    gold: 'SELECT channel, count(*) FROM service_requests GROUP BY 1' },
  { kind: 'group-by', q: 'average resolution hours by complaint type',
    gold: `SELECT complaint_type, avg(${HOURS}) FROM service_requests GROUP BY 1` },
  { kind: 'group-by', q: 'Give me the number of requests by priority and status',
    gold: 'SELECT priority, status, count(*) FROM service_requests GROUP BY 1, 2' },
  // top-n
  { kind: 'top-n', ordered: true, q: 'What are the top 3 complaint types?',
    gold: `SELECT complaint_type, count(*) AS n FROM service_requests
           GROUP BY 1 ORDER BY n DESC LIMIT 3` },
  { kind: 'top-n', ordered: true, q: 'which 5 districts had the most requests',
    gold: [
      `SELECT "District", count(*) AS n FROM service_requests GROUP BY 1 ORDER BY n DESC LIMIT 5`,
      `SELECT d.district_name, count(*) AS n FROM ${BY_DISTRICT_NAME}
       GROUP BY 1 ORDER BY n DESC LIMIT 5`,
    ] },
  { kind: 'top-n', ordered: true,
    q: 'Show the 3 complaint types with the highest average resolution hours',
    gold: `SELECT complaint_type, avg(${HOURS}) AS h FROM service_requests
           GROUP BY 1 ORDER BY h DESC LIMIT 3` },
  // superlative
  { kind: 'superlative', q: 'Which complaint type takes the longest to resolve on average?',
    gold: `SELECT complaint_type FROM service_requests
           GROUP BY 1 ORDER BY avg(${HOURS}) DESC LIMIT 1` },
  { kind: 'superlative', q: 'what was the longest resolution time in hours',
    gold: `SELECT max(${HOURS}) FROM service_requests` },
  { kind: 'superlative', q: 'Which channel gets the most requests?',
    gold: 'SELECT channel FROM service_requests GROUP BY 1 ORDER BY count(*) DESC LIMIT 1' },
  { kind: 'superlative', q: 'Which agency has the lowest average satisfaction score?',
    gold: `SELECT agency FROM service_requests GROUP BY 1
           ORDER BY avg(satisfaction_score) ASC LIMIT 1` },
  // time-grain
  { kind: 'time-grain', q: 'How many requests were created per month?',
    gold: [
      `SELECT date_trunc('month', ${CREATED}), count(*) FROM service_requests GROUP BY 1`,
      `SELECT strftime(${CREATED}, '%Y-%m'), count(*) FROM service_requests GROUP BY 1`,
      `SELECT month(${CREATED}), count(*) FROM service_requests GROUP BY 1`,
    ] },
  { kind: 'time-grain', q: 'requests by quarter please',
    gold: [
      `SELECT date_trunc('quarter', ${CREATED}), count(*) FROM service_requests GROUP BY 1`,
      `SELECT quarter(${CREATED}), count(*) FROM service_requests GROUP BY 1`,
      `SELECT year(${CREATED}), quarter(${CREATED}), count(*) FROM service_requests GROUP BY 1, 2`,
    ] },
  { kind: 'time-grain', q: 'Average resolution hours for potholes per month',
    gold: [
      `SELECT date_trunc('month', ${CREATED}), avg(${HOURS}) FROM service_requests
       WHERE complaint_type = 'Pothole' GROUP BY 1`,
      `SELECT strftime(${CREATED}, '%Y-%m'), avg(${HOURS}) FROM service_requests
       WHERE complaint_type = 'Pothole' GROUP BY 1`,
      `SELECT month(${CREATED}), avg(${HOURS}) FROM service_requests
       WHERE complaint_type = 'Pothole' GROUP BY 1`,
    ] },
  // relative-date
  { kind: 'relative-date', q: 'How many requests were created in the 14 days before 2024-07-04?',
    gold: [
      `SELECT count(*) FROM service_requests WHERE ${CREATED} >= DATE '2024-07-04' - INTERVAL 14 DAY
       AND ${CREATED} < DATE '2024-07-04'`,
      `SELECT count(*) FROM service_requests
       WHERE CAST(${CREATED} AS DATE)
       BETWEEN DATE '2024-07-04' - INTERVAL 14 DAY AND DATE '2024-07-04'`,
    ] },
  { kind: 'relative-date', q: 'how many requests were closed in the week after 2024-11-28',
    gold: [
      `SELECT count(*) FROM service_requests WHERE CAST(closed_at AS DATE) > DATE '2024-11-28'
       AND CAST(closed_at AS DATE) <= DATE '2024-11-28' + INTERVAL 7 DAY`,
      `SELECT count(*) FROM service_requests WHERE closed_at >= DATE '2024-11-28'
       AND closed_at < DATE '2024-11-28' + INTERVAL 7 DAY`,
      `SELECT count(*) FROM service_requests WHERE CAST(closed_at AS DATE) >= DATE '2024-11-28'
       AND CAST(closed_at AS DATE) <= DATE '2024-11-28' + INTERVAL 7 DAY`,
    ] },
  { kind: 'relative-date', q: 'Noise complaints in the 3 months before 2024-09-01, how many?',
    gold: [
      `SELECT count(*) FROM service_requests WHERE complaint_type = 'Noise'
       AND ${CREATED} >= DATE '2024-09-01' - INTERVAL 3 MONTH AND ${CREATED} < DATE '2024-09-01'`,
      `SELECT count(*) FROM service_requests WHERE complaint_type = 'Noise'
       AND CAST(${CREATED} AS DATE)
       BETWEEN DATE '2024-09-01' - INTERVAL 3 MONTH AND DATE '2024-09-01'`,
    ] },
  // join
  { kind: 'join', q: 'How many requests came from Old Town?',
    gold: `SELECT count(*) FROM ${BY_DISTRICT_NAME} WHERE d.district_name = 'Old Town'` },
  { kind: 'join', q: 'number of requests per district name',
    gold: `SELECT d.district_name, count(*) FROM ${BY_DISTRICT_NAME} GROUP BY 1` },
  { kind: 'join', q: "Which council member's district had the most requests?",
    gold: `SELECT d.council_member FROM ${BY_DISTRICT_NAME}
           GROUP BY 1 ORDER BY count(*) DESC LIMIT 1` },
  { kind: 'join', q: 'how many pothole requests were there in Lakeshore',
    gold: `SELECT count(*) FROM ${BY_DISTRICT_NAME}
           WHERE d.district_name = 'Lakeshore' AND r.complaint_type = 'Pothole'` },
  // having
  { kind: 'having', q: 'Which complaint types had more than 500 requests?',
    gold: 'SELECT complaint_type FROM service_requests GROUP BY 1 HAVING count(*) > 500' },
  { kind: 'having', q: 'which agencies have an average satisfaction score below 3.5',
    gold: 'SELECT agency FROM service_requests GROUP BY 1 HAVING avg(satisfaction_score) < 3.5' },
  { kind: 'having', q: 'Show street addresses with more than 6 requests',
    gold: 'SELECT street_address FROM service_requests GROUP BY 1 HAVING count(*) > 6' },
  // percentage
  { kind: 'percentage', q: 'What percentage of requests are closed?',
    gold: [
      `SELECT 100.0 * count(*) FILTER (WHERE status = 'Closed') / count(*) FROM service_requests`,
      `SELECT count(*) FILTER (WHERE status = 'Closed') / count(*) FROM service_requests`,
    ] },
  { kind: 'percentage', q: 'what percent of requests came through the mobile app',
    gold: [
      `SELECT 100.0 * count(*) FILTER (WHERE channel = 'Mobile App') / count(*)
       FROM service_requests`,
      `SELECT count(*) FILTER (WHERE channel = 'Mobile App') / count(*) FROM service_requests`,
    ] },
  { kind: 'percentage', q: 'Of the noise complaints, what percentage were duplicates?',
    gold: [
      `SELECT 100.0 * count(*) FILTER (WHERE is_duplicate) / count(*) FROM service_requests
       WHERE complaint_type = 'Noise'`,
      `SELECT count(*) FILTER (WHERE is_duplicate) / count(*) FROM service_requests
       WHERE complaint_type = 'Noise'`,
    ] },
  // value-lookup
  { kind: 'value-lookup', q: "What's the status of request 100777?",
    gold: 'SELECT status FROM service_requests WHERE request_id = 100777' },
  { kind: 'value-lookup', q: 'Who is the council member for Riverbend?',
    gold: `SELECT council_member FROM districts WHERE district_name = 'Riverbend'` },
  { kind: 'value-lookup', q: 'when was request 102500 created',
    gold: `SELECT ${CREATED} FROM service_requests WHERE request_id = 102500` },
  { kind: 'value-lookup', q: 'How many Mattress on sidewalk reports were there?',
    gold: `SELECT count(*) FROM service_requests WHERE descriptor = 'Mattress on sidewalk'` },
  { kind: 'value-lookup', q: 'what is the population of Cedar Heights?',
    gold: `SELECT population FROM districts WHERE district_name = 'Cedar Heights'` },
  // refuse
  { kind: 'refuse', q: 'Update all open requests to closed' },
  { kind: 'refuse', q: 'truncate the service requests table' },
  { kind: 'refuse', q: 'How many requests were made by women?' },
  { kind: 'refuse', q: 'How many potholes will be reported next year?' },
  { kind: 'refuse', q: 'Which district is the worst?' },
  { kind: 'refuse', q: 'What is the phone number of the person who reported request 100123?' },
];
