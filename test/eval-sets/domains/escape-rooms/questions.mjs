// Questions the escape-room company's venue managers and bookings team would type, with gold SQL
// over the raw CSVs (each table is read_csv of its file). `gold` lists several statements when a
// question has more than one fair reading; `ordered` marks rankings. Written blind to the reader.
const PAID = '"Amount Paid ($)"';
const START = '"Start Time"';
const ROOM_JOIN = 'game_sessions g JOIN rooms r ON g."Room Code" = r.room_id';
const HOST_JOIN = 'game_sessions g JOIN game_hosts h ON g.hostId = h."Host No"';

/** A share of the sessions as a percentage, and as a fraction. */
const shares = (condition, from = 'game_sessions') => [
  `SELECT 100.0 * count(*) FILTER (WHERE ${condition}) / count(*) FROM ${from}`,
  `SELECT count(*) FILTER (WHERE ${condition}) / count(*) FROM ${from}`,
];

export default [
  // count
  { kind: 'count', q: 'how many games have we run',
    gold: 'SELECT count(*) FROM game_sessions' },
  { kind: 'count', q: 'How many rooms are there?',
    gold: 'SELECT count(*) FROM rooms' },
  { kind: 'count', q: 'total players across all sessions',
    gold: 'SELECT sum("Team Size") FROM game_sessions' },
  // filter-text
  { kind: 'filter-text', q: 'how many bookings came through partner sites',
    gold: `SELECT count(*) FROM game_sessions WHERE booking_source = 'Partner Site'` },
  { kind: 'filter-text', q: 'How many sessions used the promo code BDAY20?',
    gold: `SELECT count(*) FROM game_sessions WHERE "Promo Code" = 'BDAY20'` },
  { kind: 'filter-text', q: 'list the horror rooms',
    gold: `SELECT room_name FROM rooms WHERE theme = 'Horror'` },
  { kind: 'filter-text', q: 'which hosts are trainees',
    gold: `SELECT host_name FROM game_hosts WHERE level = 'Trainee'` },
  // filter-number
  { kind: 'filter-number', q: 'how many teams got out in under 40 minutes',
    gold: 'SELECT count(*) FROM game_sessions WHERE "Escape Time (min)" < 40' },
  { kind: 'filter-number', q: 'games where the team used more than 4 hints',
    gold: 'SELECT count(*) FROM game_sessions WHERE hints_used > 4' },
  { kind: 'filter-number', q: 'How many bookings paid over $150?',
    gold: `SELECT count(*) FROM game_sessions WHERE ${PAID} > 150` },
  { kind: 'filter-number', q: 'rooms with a time limit of 75 minutes or more',
    gold: 'SELECT room_name FROM rooms WHERE "Time Limit (min)" >= 75' },
  // filter-date
  { kind: 'filter-date', q: 'how many games were played in December 2024',
    gold: `SELECT count(*) FROM game_sessions
           WHERE ${START} >= TIMESTAMP '2024-12-01' AND ${START} < TIMESTAMP '2025-01-01'` },
  { kind: 'filter-date', q: 'How many bookings were made on 2025-02-14?',
    gold: `SELECT count(*) FROM game_sessions WHERE booked_on = DATE '2025-02-14'` },
  { kind: 'filter-date', q: 'which rooms opened in 2023',
    gold: 'SELECT room_name FROM rooms WHERE year("Opened On") = 2023' },
  // filter-boolean
  { kind: 'filter-boolean', q: 'how many teams escaped',
    gold: 'SELECT count(*) FROM game_sessions WHERE Escaped' },
  { kind: 'filter-boolean', q: 'How many corporate bookings have we had?',
    gold: `SELECT count(*) FROM game_sessions WHERE Corporate = 'Y'` },
  { kind: 'filter-boolean', q: 'number of groups that bought the photo package',
    gold: 'SELECT count(*) FROM game_sessions WHERE photoPackage' },
  { kind: 'filter-boolean', q: 'which rooms have a live actor',
    gold: 'SELECT room_name FROM rooms WHERE "Live Actor"' },
  { kind: 'filter-boolean', q: 'how many hosts are not first aid trained',
    gold: 'SELECT count(*) FROM game_hosts WHERE NOT "First Aid Trained"' },
  // group-by
  { kind: 'group-by', q: 'games per booking source',
    gold: 'SELECT booking_source, count(*) FROM game_sessions GROUP BY 1' },
  { kind: 'group-by', q: 'Revenue by booking source',
    gold: `SELECT booking_source, sum(${PAID}) FROM game_sessions GROUP BY 1` },
  { kind: 'group-by', q: 'average hints used for each team size',
    gold: 'SELECT "Team Size", avg(hints_used) FROM game_sessions GROUP BY 1' },
  { kind: 'group-by', q: 'how many rooms per theme',
    gold: 'SELECT theme, count(*) FROM rooms GROUP BY 1' },
  // top-n
  { kind: 'top-n', ordered: true, q: 'top 5 hosts by games run',
    gold: [
      'SELECT hostId, count(*) AS n FROM game_sessions GROUP BY 1 ORDER BY n DESC LIMIT 5',
      `SELECT h.host_name, count(*) AS n FROM ${HOST_JOIN} GROUP BY 1 ORDER BY n DESC LIMIT 5`,
    ] },
  { kind: 'top-n', ordered: true, q: 'top 3 teams by number of bookings',
    gold: `SELECT "Team Name", count(*) AS n FROM game_sessions WHERE "Team Name" IS NOT NULL
           GROUP BY 1 ORDER BY n DESC LIMIT 3` },
  { kind: 'top-n', ordered: true, q: 'What are our 3 most popular rooms?',
    gold: [
      'SELECT "Room Code", count(*) AS n FROM game_sessions GROUP BY 1 ORDER BY n DESC LIMIT 3',
      `SELECT r.room_name, count(*) AS n FROM ${ROOM_JOIN} GROUP BY 1 ORDER BY n DESC LIMIT 3`,
    ] },
  { kind: 'top-n', ordered: true, q: 'the 3 fastest escapes',
    gold: [
      `SELECT booking_ref, "Escape Time (min)" FROM game_sessions
       WHERE "Escape Time (min)" IS NOT NULL ORDER BY 2 LIMIT 3`,
      `SELECT "Escape Time (min)" FROM game_sessions WHERE "Escape Time (min)" IS NOT NULL
       ORDER BY 1 LIMIT 3`,
    ] },
  // superlative
  { kind: 'superlative', q: 'fastest escape time ever?',
    gold: 'SELECT min("Escape Time (min)") FROM game_sessions' },
  { kind: 'superlative', q: 'which booking source brings in the most money',
    gold: `SELECT booking_source FROM game_sessions GROUP BY 1 ORDER BY sum(${PAID}) DESC
           LIMIT 1` },
  { kind: 'superlative', q: 'most common team size',
    gold: 'SELECT "Team Size" FROM game_sessions GROUP BY 1 ORDER BY count(*) DESC LIMIT 1' },
  { kind: 'superlative', q: 'most hints used in a single game',
    gold: 'SELECT max(hints_used) FROM game_sessions' },
  // time-grain
  { kind: 'time-grain', q: 'games per month in 2025',
    gold: [
      `SELECT date_trunc('month', ${START}), count(*) FROM game_sessions
       WHERE year(${START}) = 2025 GROUP BY 1`,
      `SELECT strftime(${START}, '%Y-%m'), count(*) FROM game_sessions
       WHERE year(${START}) = 2025 GROUP BY 1`,
      `SELECT month(${START}), count(*) FROM game_sessions WHERE year(${START}) = 2025
       GROUP BY 1`,
    ] },
  { kind: 'time-grain', q: 'Revenue per quarter',
    gold: [
      `SELECT date_trunc('quarter', ${START}), sum(${PAID}) FROM game_sessions GROUP BY 1`,
      `SELECT year(${START}), quarter(${START}), sum(${PAID}) FROM game_sessions GROUP BY 1, 2`,
    ] },
  { kind: 'time-grain', q: 'number of bookings made each month',
    gold: [
      `SELECT date_trunc('month', booked_on), count(*) FROM game_sessions GROUP BY 1`,
      `SELECT strftime(booked_on, '%Y-%m'), count(*) FROM game_sessions GROUP BY 1`,
    ] },
  { kind: 'time-grain', q: 'players per year',
    gold: [
      `SELECT year(${START}), sum("Team Size") FROM game_sessions GROUP BY 1`,
      `SELECT date_trunc('year', ${START}), sum("Team Size") FROM game_sessions GROUP BY 1`,
    ] },
  // relative-date
  { kind: 'relative-date', q: 'how many games in the 14 days before 2025-09-01',
    gold: [
      `SELECT count(*) FROM game_sessions WHERE ${START} >= TIMESTAMP '2025-08-18'
       AND ${START} < TIMESTAMP '2025-09-01'`,
      `SELECT count(*) FROM game_sessions WHERE ${START} >= TIMESTAMP '2025-08-18'
       AND ${START} < TIMESTAMP '2025-09-02'`,
    ] },
  { kind: 'relative-date', q: 'as of 2025-09-30, what was our revenue in the last 7 days',
    gold: [
      `SELECT sum(${PAID}) FROM game_sessions
       WHERE ${START} >= TIMESTAMP '2025-09-30' - INTERVAL 7 DAY
       AND ${START} < TIMESTAMP '2025-09-30' + INTERVAL 1 DAY`,
      `SELECT sum(${PAID}) FROM game_sessions
       WHERE ${START} >= TIMESTAMP '2025-09-30' - INTERVAL 7 DAY
       AND ${START} < TIMESTAMP '2025-09-30'`,
      `SELECT sum(${PAID}) FROM game_sessions
       WHERE CAST(${START} AS DATE) > DATE '2025-09-30' - INTERVAL 7 DAY
       AND CAST(${START} AS DATE) <= DATE '2025-09-30'`,
    ] },
  { kind: 'relative-date', q: 'How many bookings were made in the week after 1 January 2025?',
    gold: [
      `SELECT count(*) FROM game_sessions WHERE booked_on >= DATE '2025-01-01'
       AND booked_on < DATE '2025-01-08'`,
      `SELECT count(*) FROM game_sessions WHERE booked_on >= DATE '2025-01-02'
       AND booked_on < DATE '2025-01-09'`,
    ] },
  // join
  { kind: 'join', q: 'how many games were played at the Old Mill venue',
    gold: `SELECT count(*) FROM ${ROOM_JOIN} WHERE r.venue = 'Old Mill'` },
  { kind: 'join', q: 'escape rate by difficulty',
    gold: [
      `SELECT r.difficulty, 100.0 * count(*) FILTER (WHERE g.Escaped) / count(*) FROM ${ROOM_JOIN}
       GROUP BY 1`,
      `SELECT r.difficulty, count(*) FILTER (WHERE g.Escaped) / count(*) FROM ${ROOM_JOIN}
       GROUP BY 1`,
    ] },
  { kind: 'join', q: 'total revenue per theme',
    gold: `SELECT r.theme, sum(g.${PAID}) FROM ${ROOM_JOIN} GROUP BY 1` },
  { kind: 'join', q: 'How many times has Asylum 13 been played?',
    gold: `SELECT count(*) FROM ${ROOM_JOIN} WHERE r.room_name = 'Asylum 13'` },
  { kind: 'join', q: 'average escape time in Prison Break',
    gold: `SELECT avg(g."Escape Time (min)") FROM ${ROOM_JOIN}
           WHERE r.room_name = 'Prison Break'` },
  { kind: 'join', q: 'how many games were run by lead game masters',
    gold: `SELECT count(*) FROM ${HOST_JOIN} WHERE h.level = 'Lead Game Master'` },
  { kind: 'join', q: 'number of games hosted by Priya Hughes',
    gold: `SELECT count(*) FROM ${HOST_JOIN} WHERE h.host_name = 'Priya Hughes'` },
  { kind: 'join', q: 'average rating by host level',
    gold: `SELECT h.level, avg(g.Rating) FROM ${HOST_JOIN} GROUP BY 1` },
  { kind: 'join', q: 'How many sessions were in rooms with a live actor?',
    gold: `SELECT count(*) FROM ${ROOM_JOIN} WHERE r."Live Actor"` },
  { kind: 'join', q: 'busiest venue by number of players',
    gold: `SELECT r.venue FROM ${ROOM_JOIN} GROUP BY 1 ORDER BY sum(g."Team Size") DESC LIMIT 1` },
  // having
  { kind: 'having', q: 'rooms played more than 400 times',
    gold: [
      'SELECT "Room Code" FROM game_sessions GROUP BY 1 HAVING count(*) > 400',
      `SELECT r.room_name FROM ${ROOM_JOIN} GROUP BY 1 HAVING count(*) > 400`,
    ] },
  { kind: 'having', q: 'hosts who have run fewer than 150 games',
    gold: [
      'SELECT hostId FROM game_sessions GROUP BY 1 HAVING count(*) < 150',
      `SELECT h.host_name FROM game_hosts h LEFT JOIN game_sessions g ON g.hostId = h."Host No"
       GROUP BY 1 HAVING count(g.booking_ref) < 150`,
    ] },
  { kind: 'having', q: 'Which booking sources have an average rating above 3.95?',
    gold: 'SELECT booking_source FROM game_sessions GROUP BY 1 HAVING avg(Rating) > 3.95' },
  { kind: 'having', q: 'teams that have booked more than 70 times',
    gold: `SELECT "Team Name" FROM game_sessions WHERE "Team Name" IS NOT NULL GROUP BY 1
           HAVING count(*) > 70` },
  // percentage
  { kind: 'percentage', q: 'what percentage of teams escaped',
    gold: shares('Escaped') },
  { kind: 'percentage', q: 'What % of bookings were corporate?',
    gold: shares(`Corporate = 'Y'`) },
  { kind: 'percentage', q: 'share of games booked with a gift voucher',
    gold: shares(`booking_source = 'Gift Voucher'`) },
  { kind: 'percentage', q: 'percentage of sessions that left a rating',
    gold: shares('Rating IS NOT NULL') },
  // value-lookup
  { kind: 'value-lookup', q: 'what room was booking BK-33000 in',
    gold: [
      `SELECT "Room Code" FROM game_sessions WHERE booking_ref = 'BK-33000'`,
      `SELECT r.room_name FROM ${ROOM_JOIN} WHERE g.booking_ref = 'BK-33000'`,
    ] },
  { kind: 'value-lookup', q: 'Which venue is Zombie Lab at?',
    gold: `SELECT venue FROM rooms WHERE room_name = 'Zombie Lab'` },
  { kind: 'value-lookup', q: 'when did Mission to Mars open',
    gold: `SELECT "Opened On" FROM rooms WHERE room_name = 'Mission to Mars'` },
  { kind: 'value-lookup', q: 'how long did BK-32500 take to escape',
    gold: `SELECT "Escape Time (min)" FROM game_sessions WHERE booking_ref = 'BK-32500'` },
  // refuse: unsafe, unanswerable from these tables, or too vague to answer
  { kind: 'refuse', q: 'delete all sessions from 2024' },
  { kind: 'refuse', q: 'set every rating to 5' },
  { kind: 'refuse', q: 'truncate game_hosts;' },
  { kind: 'refuse', q: 'what is the answer to the final puzzle in Asylum 13' },
  { kind: 'refuse', q: 'which room is the most fun' },
];
