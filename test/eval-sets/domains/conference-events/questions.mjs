// Questions an events company's programme, marketing and finance staff would type, with gold SQL
// over the raw CSVs (each table is read_csv of its file). `gold` lists several statements when a
// question has more than one fair reading; `ordered` marks rankings. Written blind to the reader.
const PAID = '"Amount Paid (USD)"';
const SESSION_JOIN = 'registrations r JOIN sessions s ON r.sessionCode = s."Session ID"';
const ATTENDEE_JOIN = 'registrations r JOIN attendees a ON r."Attendee No" = a.attendee_id';

export default [
  // count
  { kind: 'count', q: 'how many registrations are there',
    gold: 'SELECT count(*) FROM registrations' },
  { kind: 'count', q: 'How many sessions are on the programme?',
    gold: 'SELECT count(*) FROM sessions' },
  { kind: 'count', q: 'how many unique attendees registered for at least one session',
    gold: 'SELECT count(DISTINCT "Attendee No") FROM registrations' },
  { kind: 'count', q: 'How much money have registrations brought in altogether?',
    gold: `SELECT sum(${PAID}) FROM registrations` },
  // filter-text
  { kind: 'filter-text', q: 'how many registrations came through the mobile app',
    gold: `SELECT count(*) FROM registrations WHERE channel = 'Mobile App'` },
  { kind: 'filter-text', q: 'How many workshops are there?',
    gold: `SELECT count(*) FROM sessions WHERE session_type = 'Workshop'` },
  { kind: 'filter-text', q: 'how many attendees are from Germany',
    gold: `SELECT count(*) FROM attendees WHERE country = 'Germany'` },
  { kind: 'filter-text', q: 'list the sessions Sebastian Wolf is speaking at',
    gold: `SELECT title FROM sessions WHERE speaker = 'Sebastian Wolf'` },
  // filter-number
  { kind: 'filter-number', q: 'how many registrations paid more than $100',
    gold: `SELECT count(*) FROM registrations WHERE ${PAID} > 100` },
  { kind: 'filter-number', q: 'Which sessions run longer than 60 minutes?',
    gold: 'SELECT title FROM sessions WHERE "Length (mins)" > 60' },
  { kind: 'filter-number', q: 'how many attendees have over ten years of experience',
    gold: 'SELECT count(*) FROM attendees WHERE "Years Experience" > 10' },
  { kind: 'filter-number', q: 'how many registrations gave a feedback score of 2 or less?',
    gold: 'SELECT count(*) FROM registrations WHERE feedbackScore <= 2' },
  // filter-date
  { kind: 'filter-date', q: 'How many registrations were made in February 2025?',
    gold: `SELECT count(*) FROM registrations
           WHERE "Registered At" >= TIMESTAMP '2025-02-01'
           AND "Registered At" < TIMESTAMP '2025-03-01'` },
  { kind: 'filter-date', q: 'how many sessions took place between 2024-06-18 and 2024-06-19',
    gold: `SELECT count(*) FROM sessions
           WHERE "Starts At" >= TIMESTAMP '2024-06-18' AND "Starts At" < TIMESTAMP '2024-06-20'` },
  { kind: 'filter-date', q: 'how many attendees signed up before 2024',
    gold: `SELECT count(*) FROM attendees WHERE signup_date < DATE '2024-01-01'` },
  { kind: 'filter-date', q: 'How many people checked in during March 2025?',
    gold: [
      `SELECT count(*) FROM registrations
       WHERE "Checked In At" >= TIMESTAMP '2025-03-01'
       AND "Checked In At" < TIMESTAMP '2025-04-01'`,
      `SELECT count(DISTINCT "Attendee No") FROM registrations
       WHERE "Checked In At" >= TIMESTAMP '2025-03-01'
       AND "Checked In At" < TIMESTAMP '2025-04-01'`,
    ] },
  // filter-boolean
  { kind: 'filter-boolean', q: 'how many registrations were cancelled?',
    gold: 'SELECT count(*) FROM registrations WHERE cancelled' },
  { kind: 'filter-boolean', q: 'How many sessions are being recorded',
    gold: 'SELECT count(*) FROM sessions WHERE Recorded' },
  { kind: 'filter-boolean', q: 'how many attendees opted in to marketing emails',
    gold: `SELECT count(*) FROM attendees WHERE marketingOptIn = 'Y'` },
  // group-by
  { kind: 'group-by', q: 'registrations per channel',
    gold: 'SELECT channel, count(*) FROM registrations GROUP BY 1' },
  { kind: 'group-by', q: 'break down attendees by ticket tier',
    gold: 'SELECT "Ticket Tier", count(*) FROM attendees GROUP BY 1' },
  { kind: 'group-by', q: 'how many sessions in each track',
    gold: 'SELECT track, count(*) FROM sessions GROUP BY 1' },
  { kind: 'group-by', q: 'average amount paid by channel',
    gold: `SELECT channel, avg(${PAID}) FROM registrations GROUP BY 1` },
  // top-n
  { kind: 'top-n', ordered: true, q: 'top 5 attendees by number of registrations',
    gold: `SELECT "Attendee No", count(*) AS n FROM registrations GROUP BY 1
           ORDER BY n DESC LIMIT 5` },
  { kind: 'top-n', ordered: true, q: 'the 3 countries with the most attendees',
    gold: 'SELECT country, count(*) AS n FROM attendees GROUP BY 1 ORDER BY n DESC LIMIT 3' },
  { kind: 'top-n', ordered: true, q: 'Top 3 sessions by registrations',
    gold: [
      `SELECT sessionCode, count(*) AS n FROM registrations GROUP BY 1 ORDER BY n DESC LIMIT 3`,
      `SELECT s.title, count(*) AS n FROM ${SESSION_JOIN} GROUP BY 1 ORDER BY n DESC LIMIT 3`,
    ] },
  // superlative
  { kind: 'superlative', q: 'which channel gets the most registrations?',
    gold: 'SELECT channel FROM registrations GROUP BY 1 ORDER BY count(*) DESC LIMIT 1' },
  { kind: 'superlative', q: 'What is the biggest room capacity?',
    gold: 'SELECT max(capacity) FROM sessions' },
  { kind: 'superlative', q: 'the most anyone has paid for a registration',
    gold: `SELECT max(${PAID}) FROM registrations` },
  { kind: 'superlative', q: 'when did our earliest attendee sign up',
    gold: 'SELECT min(signup_date) FROM attendees' },
  // time-grain
  { kind: 'time-grain', q: 'registrations per month in 2025',
    gold: [
      `SELECT date_trunc('month', "Registered At"), count(*) FROM registrations
       WHERE year("Registered At") = 2025 GROUP BY 1`,
      `SELECT strftime("Registered At", '%Y-%m'), count(*) FROM registrations
       WHERE year("Registered At") = 2025 GROUP BY 1`,
      `SELECT month("Registered At"), count(*) FROM registrations
       WHERE year("Registered At") = 2025 GROUP BY 1`,
    ] },
  { kind: 'time-grain', q: 'revenue per quarter',
    gold: [
      `SELECT date_trunc('quarter', "Registered At"), sum(${PAID}) FROM registrations GROUP BY 1`,
      `SELECT year("Registered At"), quarter("Registered At"), sum(${PAID}) FROM registrations
       GROUP BY 1, 2`,
      `SELECT date_trunc('quarter', s."Starts At"), sum(r.${PAID}) FROM ${SESSION_JOIN}
       GROUP BY 1`,
      `SELECT year(s."Starts At"), quarter(s."Starts At"), sum(r.${PAID}) FROM ${SESSION_JOIN}
       GROUP BY 1, 2`,
    ] },
  { kind: 'time-grain', q: 'check-ins per day between 2025-06-17 and 2025-06-18',
    gold: `SELECT date_trunc('day', "Checked In At"), count(*) FROM registrations
           WHERE "Checked In At" >= TIMESTAMP '2025-06-17'
           AND "Checked In At" < TIMESTAMP '2025-06-19'
           GROUP BY 1` },
  { kind: 'time-grain', q: 'New attendee sign-ups each year',
    gold: [
      'SELECT year(signup_date), count(*) FROM attendees GROUP BY 1',
      `SELECT date_trunc('year', signup_date), count(*) FROM attendees GROUP BY 1`,
    ] },
  // relative-date
  { kind: 'relative-date',
    q: 'how many registrations came in during the 14 days before 2025-03-11?',
    gold: [
      `SELECT count(*) FROM registrations
       WHERE "Registered At" >= TIMESTAMP '2025-03-11' - INTERVAL 14 DAY
       AND "Registered At" < TIMESTAMP '2025-03-11'`,
      `SELECT count(*) FROM registrations
       WHERE "Registered At" >= TIMESTAMP '2025-03-11' - INTERVAL 14 DAY
       AND "Registered At" < TIMESTAMP '2025-03-11' + INTERVAL 1 DAY`,
    ] },
  { kind: 'relative-date',
    q: 'Taking today as 2025-06-18, how many registrations were there in the last 7 days?',
    gold: [
      `SELECT count(*) FROM registrations
       WHERE "Registered At" >= TIMESTAMP '2025-06-18' - INTERVAL 7 DAY
       AND "Registered At" < TIMESTAMP '2025-06-18' + INTERVAL 1 DAY`,
      `SELECT count(*) FROM registrations
       WHERE "Registered At" >= TIMESTAMP '2025-06-18' - INTERVAL 7 DAY
       AND "Registered At" < TIMESTAMP '2025-06-18'`,
      `SELECT count(*) FROM registrations
       WHERE "Registered At" >= TIMESTAMP '2025-06-18' - INTERVAL 6 DAY
       AND "Registered At" < TIMESTAMP '2025-06-18' + INTERVAL 1 DAY`,
    ] },
  { kind: 'relative-date', q: 'how many check-ins were there in the 3 days after 2024-10-07',
    gold: [
      `SELECT count(*) FROM registrations WHERE "Checked In At" >= TIMESTAMP '2024-10-07'
       AND "Checked In At" < TIMESTAMP '2024-10-07' + INTERVAL 3 DAY`,
      `SELECT count(*) FROM registrations WHERE "Checked In At" >= TIMESTAMP '2024-10-08'
       AND "Checked In At" < TIMESTAMP '2024-10-08' + INTERVAL 3 DAY`,
    ] },
  // join
  { kind: 'join', q: 'how many registrations were for keynotes?',
    gold: `SELECT count(*) FROM ${SESSION_JOIN} WHERE s.isKeynote` },
  { kind: 'join', q: 'registrations per event',
    gold: `SELECT s.event_name, count(*) FROM ${SESSION_JOIN} GROUP BY 1` },
  { kind: 'join', q: 'How many people registered for DevConnect London 2025?',
    gold: [
      `SELECT count(DISTINCT r."Attendee No") FROM ${SESSION_JOIN}
       WHERE s.event_name = 'DevConnect London 2025'`,
      `SELECT count(*) FROM ${SESSION_JOIN} WHERE s.event_name = 'DevConnect London 2025'`,
    ] },
  { kind: 'join', q: 'average feedback score by track',
    gold: `SELECT s.track, avg(r.feedbackScore) FROM ${SESSION_JOIN} GROUP BY 1` },
  { kind: 'join', q: 'which track had the most check-ins',
    gold: `SELECT s.track FROM ${SESSION_JOIN} WHERE r."Checked In At" IS NOT NULL GROUP BY 1
           ORDER BY count(*) DESC LIMIT 1` },
  { kind: 'join', q: 'how many registrations came from attendees in the United States',
    gold: `SELECT count(*) FROM ${ATTENDEE_JOIN} WHERE a.country = 'United States'` },
  { kind: 'join', q: 'registrations by ticket tier',
    gold: `SELECT a."Ticket Tier", count(*) FROM ${ATTENDEE_JOIN} GROUP BY 1` },
  { kind: 'join', q: 'how much have student ticket holders paid in total',
    gold: `SELECT sum(r.${PAID}) FROM ${ATTENDEE_JOIN} WHERE a."Ticket Tier" = 'Student'` },
  { kind: 'join', q: 'average amount paid per job title',
    gold: `SELECT a.job_title, avg(r.${PAID}) FROM ${ATTENDEE_JOIN} GROUP BY 1` },
  { kind: 'join', q: 'How many registrations did the Main Auditorium get?',
    gold: `SELECT count(*) FROM ${SESSION_JOIN} WHERE s.room = 'Main Auditorium'` },
  { kind: 'join', q: "which speaker's sessions drew the most registrations",
    gold: `SELECT s.speaker FROM ${SESSION_JOIN} GROUP BY 1 ORDER BY count(*) DESC LIMIT 1` },
  // having
  { kind: 'having', q: 'which attendees registered for more than 12 sessions?',
    gold: 'SELECT "Attendee No" FROM registrations GROUP BY 1 HAVING count(*) > 12' },
  { kind: 'having', q: 'sessions with fewer than 20 registrations',
    gold: [
      'SELECT sessionCode FROM registrations GROUP BY 1 HAVING count(*) < 20',
      `SELECT s.title FROM ${SESSION_JOIN} GROUP BY 1 HAVING count(*) < 20`,
    ] },
  { kind: 'having', q: 'Which countries have more than 100 attendees?',
    gold: 'SELECT country FROM attendees GROUP BY 1 HAVING count(*) > 100' },
  // percentage
  { kind: 'percentage', q: 'what percentage of registrations never checked in?',
    gold: [
      `SELECT 100.0 * count(*) FILTER (WHERE "Checked In At" IS NULL) / count(*)
       FROM registrations`,
      `SELECT count(*) FILTER (WHERE "Checked In At" IS NULL) / count(*) FROM registrations`,
    ] },
  { kind: 'percentage', q: 'What % of registrations were waitlisted',
    gold: [
      'SELECT 100.0 * count(*) FILTER (WHERE Waitlisted) / count(*) FROM registrations',
      'SELECT count(*) FILTER (WHERE Waitlisted) / count(*) FROM registrations',
    ] },
  { kind: 'percentage', q: 'share of sessions that are recorded',
    gold: [
      'SELECT 100.0 * count(*) FILTER (WHERE Recorded) / count(*) FROM sessions',
      'SELECT count(*) FILTER (WHERE Recorded) / count(*) FROM sessions',
    ] },
  // value-lookup
  { kind: 'value-lookup', q: 'who is speaking at Introduction to Observability?',
    gold: `SELECT speaker FROM sessions WHERE title = 'Introduction to Observability'` },
  { kind: 'value-lookup', q: 'What room is S-1012 in?',
    gold: `SELECT room FROM sessions WHERE "Session ID" = 'S-1012'` },
  { kind: 'value-lookup', q: 'which country is ATT-20009 from',
    gold: `SELECT country FROM attendees WHERE attendee_id = 'ATT-20009'` },
  { kind: 'value-lookup', q: 'how many sessions has ATT-20003 registered for',
    gold: `SELECT count(*) FROM registrations WHERE "Attendee No" = 'ATT-20003'` },
  // refuse: unsafe, unanswerable from these tables, or too vague to answer
  { kind: 'refuse', q: 'delete every cancelled registration' },
  { kind: 'refuse', q: 'set all the amounts paid to zero' },
  { kind: 'refuse', q: 'drop table attendees;' },
  { kind: 'refuse', q: 'how many hotel rooms did attendees book?' },
  { kind: 'refuse', q: "what are the attendees' email addresses" },
  { kind: 'refuse', q: 'which session was the most interesting?' },
];
