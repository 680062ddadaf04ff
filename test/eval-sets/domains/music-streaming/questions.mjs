// Questions the streaming service's content, growth and finance analysts would type, with gold
// SQL over the raw CSVs (each table is read_csv of its file). `gold` lists several statements
// when a question has more than one fair reading; `ordered` marks rankings. Written blind to the
// reader.
const PLAYED = '"Seconds Played"';
const SKIP = '"Skipped At (s)"';
const TRACK_JOIN = 'plays p JOIN tracks t ON p."Track No" = t.track_id';
const LISTENER_JOIN = 'plays p JOIN listeners l ON p.listenerRef = l."Listener ID"';

/** A share as a percentage and as a fraction: `part` and `whole` are count expressions. */
const share = (part, whole, from) => [
  `SELECT 100.0 * ${part} / ${whole} FROM ${from}`,
  `SELECT 1.0 * ${part} / ${whole} FROM ${from}`,
];

export default [
  // count
  { kind: 'count', q: 'how many plays are there in total',
    gold: 'SELECT count(*) FROM plays' },
  { kind: 'count', q: 'How many tracks are in the catalogue?',
    gold: 'SELECT count(*) FROM tracks' },
  { kind: 'count', q: 'how many unique listeners played something',
    gold: 'SELECT count(DISTINCT listenerRef) FROM plays' },
  { kind: 'count', q: 'how many artists do we have',
    gold: 'SELECT count(DISTINCT Artist) FROM tracks' },
  // filter-text
  { kind: 'filter-text', q: 'how many plays came from smart speakers',
    gold: `SELECT count(*) FROM plays WHERE device = 'Smart Speaker'` },
  { kind: 'filter-text', q: 'How many plays started from a playlist?',
    gold: `SELECT count(*) FROM plays WHERE Source = 'Playlist'` },
  { kind: 'filter-text', q: 'how many listeners are on the Student plan',
    gold: `SELECT count(*) FROM listeners WHERE subscription_plan = 'Student'` },
  { kind: 'filter-text', q: 'list the tracks by Willow & Ash',
    gold: [
      `SELECT title FROM tracks WHERE Artist = 'Willow & Ash'`,
      `SELECT track_id FROM tracks WHERE Artist = 'Willow & Ash'`,
    ] },
  // filter-number
  { kind: 'filter-number', q: 'how many tracks are longer than 5 minutes',
    gold: 'SELECT count(*) FROM tracks WHERE "Duration (sec)" > 300' },
  { kind: 'filter-number', q: 'How many plays were skipped within the first 30 seconds?',
    gold: [
      `SELECT count(*) FROM plays WHERE ${SKIP} < 30`,
      `SELECT count(*) FROM plays WHERE ${SKIP} <= 30`,
    ] },
  { kind: 'filter-number', q: 'how many listeners were born after 2000',
    gold: 'SELECT count(*) FROM listeners WHERE birthYear > 2000' },
  // filter-date
  { kind: 'filter-date', q: 'how many plays were there in January 2025?',
    gold: `SELECT count(*) FROM plays WHERE "Played At" >= TIMESTAMP '2025-01-01'
           AND "Played At" < TIMESTAMP '2025-02-01'` },
  { kind: 'filter-date', q: 'How many tracks were released in 2024',
    gold: 'SELECT count(*) FROM tracks WHERE year("Release Date") = 2024' },
  { kind: 'filter-date', q: 'how many listeners signed up between 2020-01-01 and 2020-06-30',
    gold: `SELECT count(*) FROM listeners
           WHERE "Signup Date" BETWEEN DATE '2020-01-01' AND DATE '2020-06-30'` },
  // filter-boolean
  { kind: 'filter-boolean', q: 'how many plays were on shuffle',
    gold: 'SELECT count(*) FROM plays WHERE shuffle' },
  { kind: 'filter-boolean', q: 'How many explicit tracks are there?',
    gold: 'SELECT count(*) FROM tracks WHERE explicit' },
  { kind: 'filter-boolean', q: 'how many plays were listened to in offline mode',
    gold: 'SELECT count(*) FROM plays WHERE offline_mode' },
  { kind: 'filter-boolean', q: 'number of listeners who opted in to marketing',
    gold: `SELECT count(*) FROM listeners WHERE marketingOptIn = 'Y'` },
  // group-by
  { kind: 'group-by', q: 'plays per device',
    gold: 'SELECT device, count(*) FROM plays GROUP BY 1' },
  { kind: 'group-by', q: 'average seconds played by source',
    gold: `SELECT Source, avg(${PLAYED}) FROM plays GROUP BY 1` },
  { kind: 'group-by', q: 'how many listeners in each country?',
    gold: 'SELECT country, count(*) FROM listeners GROUP BY 1' },
  { kind: 'group-by', q: 'number of tracks per genre',
    gold: 'SELECT genre, count(*) FROM tracks GROUP BY 1' },
  // top-n
  { kind: 'top-n', ordered: true, q: 'top 5 countries by number of listeners',
    gold: 'SELECT country, count(*) AS n FROM listeners GROUP BY 1 ORDER BY n DESC LIMIT 5' },
  { kind: 'top-n', ordered: true, q: 'Show me the 3 longest tracks',
    gold: 'SELECT title, "Duration (sec)" FROM tracks ORDER BY 2 DESC LIMIT 3' },
  { kind: 'top-n', ordered: true, q: 'top 5 tracks by total seconds played',
    gold: [
      `SELECT "Track No", sum(${PLAYED}) AS s FROM plays GROUP BY 1 ORDER BY s DESC LIMIT 5`,
      `SELECT t.title, sum(p.${PLAYED}) AS s FROM ${TRACK_JOIN} GROUP BY 1
       ORDER BY s DESC LIMIT 5`,
    ] },
  // superlative
  { kind: 'superlative', q: 'which device is used most?',
    gold: 'SELECT device FROM plays GROUP BY 1 ORDER BY count(*) DESC LIMIT 1' },
  { kind: 'superlative', q: "what's the longest track",
    gold: 'SELECT title FROM tracks ORDER BY "Duration (sec)" DESC LIMIT 1' },
  { kind: 'superlative', q: 'which listener has played the most',
    gold: `SELECT listenerRef FROM plays WHERE listenerRef IS NOT NULL GROUP BY 1
           ORDER BY count(*) DESC LIMIT 1` },
  { kind: 'superlative', q: 'When was the earliest release in the catalogue?',
    gold: 'SELECT min("Release Date") FROM tracks' },
  // time-grain
  { kind: 'time-grain', q: 'plays per month',
    gold: [
      `SELECT date_trunc('month', "Played At"), count(*) FROM plays GROUP BY 1`,
      `SELECT strftime("Played At", '%Y-%m'), count(*) FROM plays GROUP BY 1`,
      `SELECT month("Played At"), count(*) FROM plays GROUP BY 1`,
    ] },
  { kind: 'time-grain', q: 'listening hours by quarter',
    gold: [
      `SELECT date_trunc('quarter', "Played At"), sum(${PLAYED}) / 3600 FROM plays GROUP BY 1`,
      `SELECT year("Played At"), quarter("Played At"), sum(${PLAYED}) / 3600 FROM plays
       GROUP BY 1, 2`,
    ] },
  { kind: 'time-grain', q: 'How many plays per week in March 2025?',
    gold: `SELECT date_trunc('week', "Played At"), count(*) FROM plays
           WHERE "Played At" >= TIMESTAMP '2025-03-01' AND "Played At" < TIMESTAMP '2025-04-01'
           GROUP BY 1` },
  { kind: 'time-grain', q: 'new sign-ups each year',
    gold: [
      'SELECT year("Signup Date"), count(*) FROM listeners GROUP BY 1',
      `SELECT date_trunc('year', "Signup Date"), count(*) FROM listeners GROUP BY 1`,
    ] },
  // relative-date
  { kind: 'relative-date', q: 'how many plays were there in the 7 days before 2025-06-01?',
    gold: [
      `SELECT count(*) FROM plays WHERE "Played At" >= TIMESTAMP '2025-06-01' - INTERVAL 7 DAY
       AND "Played At" < TIMESTAMP '2025-06-01'`,
      `SELECT count(*) FROM plays WHERE "Played At" >= TIMESTAMP '2025-06-01' - INTERVAL 7 DAY
       AND "Played At" < TIMESTAMP '2025-06-01' + INTERVAL 1 DAY`,
    ] },
  { kind: 'relative-date', q: 'Taking today as 2025-06-30, how many plays in the last 30 days?',
    gold: [
      `SELECT count(*) FROM plays WHERE "Played At" >= TIMESTAMP '2025-06-30' - INTERVAL 30 DAY
       AND "Played At" < TIMESTAMP '2025-06-30' + INTERVAL 1 DAY`,
      `SELECT count(*) FROM plays WHERE "Played At" >= TIMESTAMP '2025-06-30' - INTERVAL 30 DAY
       AND "Played At" < TIMESTAMP '2025-06-30'`,
      `SELECT count(*) FROM plays WHERE "Played At" >= TIMESTAMP '2025-06-30' - INTERVAL 29 DAY
       AND "Played At" < TIMESTAMP '2025-06-30' + INTERVAL 1 DAY`,
    ] },
  { kind: 'relative-date', q: 'how many listeners signed up in the 60 days after 2024-12-01',
    gold: [
      `SELECT count(*) FROM listeners WHERE "Signup Date" >= DATE '2024-12-01'
       AND "Signup Date" < DATE '2024-12-01' + INTERVAL 60 DAY`,
      `SELECT count(*) FROM listeners WHERE "Signup Date" > DATE '2024-12-01'
       AND "Signup Date" <= DATE '2024-12-01' + INTERVAL 60 DAY`,
    ] },
  // join
  { kind: 'join', q: 'how many plays did Nova Lane get?',
    gold: `SELECT count(*) FROM ${TRACK_JOIN} WHERE t.Artist = 'Nova Lane'` },
  { kind: 'join', q: 'plays by genre',
    gold: `SELECT t.genre, count(*) FROM ${TRACK_JOIN} GROUP BY 1` },
  { kind: 'join', q: 'which artist gets skipped the most',
    gold: `SELECT t.Artist FROM ${TRACK_JOIN} WHERE p.${SKIP} IS NOT NULL GROUP BY 1
           ORDER BY count(*) DESC LIMIT 1` },
  { kind: 'join', q: 'total listening time per record label',
    gold: [
      `SELECT t."Record Label", sum(p.${PLAYED}) FROM ${TRACK_JOIN} GROUP BY 1`,
      `SELECT t."Record Label", sum(p.${PLAYED}) / 60 FROM ${TRACK_JOIN} GROUP BY 1`,
      `SELECT t."Record Label", sum(p.${PLAYED}) / 3600 FROM ${TRACK_JOIN} GROUP BY 1`,
    ] },
  { kind: 'join', q: 'How many plays were by Premium listeners',
    gold: `SELECT count(*) FROM ${LISTENER_JOIN} WHERE l.subscription_plan = 'Premium'` },
  { kind: 'join', q: 'plays per listener country',
    gold: `SELECT l.country, count(*) FROM ${LISTENER_JOIN} GROUP BY 1` },
  { kind: 'join', q: 'how many times were explicit tracks played',
    gold: `SELECT count(*) FROM ${TRACK_JOIN} WHERE t.explicit` },
  { kind: 'join', q: 'average seconds played for Classical tracks',
    gold: `SELECT avg(p.${PLAYED}) FROM ${TRACK_JOIN} WHERE t.genre = 'Classical'` },
  { kind: 'join', q: 'how many plays of Summer Signal were there',
    gold: `SELECT count(*) FROM ${TRACK_JOIN} WHERE t.title = 'Summer Signal'` },
  { kind: 'join', q: 'number of skips by subscription plan',
    gold: `SELECT l.subscription_plan, count(*) FROM ${LISTENER_JOIN}
           WHERE p.${SKIP} IS NOT NULL GROUP BY 1` },
  { kind: 'join', ordered: true, q: 'top 4 artists by number of plays',
    gold: `SELECT t.Artist, count(*) AS n FROM ${TRACK_JOIN} GROUP BY 1 ORDER BY n DESC LIMIT 4` },
  // having
  { kind: 'having', q: 'which listeners have more than 30 plays?',
    gold: `SELECT listenerRef FROM plays WHERE listenerRef IS NOT NULL GROUP BY 1
           HAVING count(*) > 30` },
  { kind: 'having', q: 'tracks played more than 50 times',
    gold: [
      'SELECT "Track No" FROM plays GROUP BY 1 HAVING count(*) > 50',
      `SELECT t.title FROM ${TRACK_JOIN} GROUP BY 1 HAVING count(*) > 50`,
    ] },
  { kind: 'having', q: 'Which genres have fewer than 30 tracks?',
    gold: 'SELECT genre FROM tracks GROUP BY 1 HAVING count(*) < 30' },
  // percentage
  { kind: 'percentage', q: 'what percentage of plays were skipped?',
    gold: share(`count(${SKIP})`, 'count(*)', 'plays') },
  { kind: 'percentage', q: 'What % of plays were on mobile',
    gold: share(`count(*) FILTER (WHERE device = 'Mobile')`, 'count(*)', 'plays') },
  { kind: 'percentage', q: 'share of listeners on the Free plan, as a percentage',
    gold: `SELECT 100.0 * count(*) FILTER (WHERE subscription_plan = 'Free') / count(*)
           FROM listeners` },
  // value-lookup
  { kind: 'value-lookup', q: 'which artist recorded Paper Shadows?',
    gold: `SELECT Artist FROM tracks WHERE title = 'Paper Shadows'` },
  { kind: 'value-lookup', q: 'how long is Burning Echoes Part II',
    gold: `SELECT "Duration (sec)" FROM tracks WHERE title = 'Burning Echoes Part II'` },
  { kind: 'value-lookup', q: 'What device was play P9001234 on?',
    gold: `SELECT device FROM plays WHERE play_id = 'P9001234'` },
  { kind: 'value-lookup', q: 'which country is listener L-3004 from',
    gold: `SELECT country FROM listeners WHERE "Listener ID" = 'L-3004'` },
  // refuse: unsafe, unanswerable from these tables, or too vague to answer
  { kind: 'refuse', q: 'delete all plays from listener L-3000' },
  { kind: 'refuse', q: "reset every listener's plan to Free" },
  { kind: 'refuse', q: 'drop table tracks;' },
  { kind: 'refuse', q: 'how much did we pay Nova Lane in royalties last year?' },
  { kind: 'refuse', q: "what's the email address of listener L-3000" },
  { kind: 'refuse', q: 'which song is the best?' },
];
