// Questions a cinema's programming, box-office and operations staff would type, with gold SQL over
// the raw CSVs (each table is read_csv of its file). `gold` lists several statements when a
// question has more than one fair reading; `ordered` marks rankings. Written blind to the reader.
const GROSS = '"Gross (GBP)"';
const TICKETS = '"Tickets Sold"';
const FILM_JOIN = 'screenings s JOIN films f ON s."Film Code" = f.film_id';
const SCREEN_JOIN = 'screenings s JOIN screens sc ON s.screenRef = sc."Screen Code"';

export default [
  // count
  { kind: 'count', q: 'how many screenings are in the data',
    gold: 'SELECT count(*) FROM screenings' },
  { kind: 'count', q: 'How many films are on the list?',
    gold: 'SELECT count(*) FROM films' },
  { kind: 'count', q: 'how many different films did we actually show in 2025',
    gold: 'SELECT count(DISTINCT "Film Code") FROM screenings WHERE year("Show Time") = 2025' },
  { kind: 'count', q: 'total admissions across all screenings (tickets sold)',
    gold: `SELECT sum(${TICKETS}) FROM screenings` },
  // filter-text
  { kind: 'filter-text', q: 'how many late night screenings were there',
    gold: `SELECT count(*) FROM screenings WHERE show_type = 'Late Night'` },
  { kind: 'filter-text', q: 'How many screenings were premieres?',
    gold: `SELECT count(*) FROM screenings WHERE show_type = 'Premiere'` },
  { kind: 'filter-text', q: 'list the films distributed by Bluebell Animation',
    gold: `SELECT Title FROM films WHERE Distributor = 'Bluebell Animation'` },
  { kind: 'filter-text', q: 'how many films are rated 15',
    gold: `SELECT count(*) FROM films WHERE certificate = '15'` },
  { kind: 'filter-text', q: 'which screens are at the Old Town site?',
    gold: [
      `SELECT "Screen Code" FROM screens WHERE site = 'Old Town'`,
      `SELECT "Screen Name" FROM screens WHERE site = 'Old Town'`,
    ] },
  // filter-number
  { kind: 'filter-number', q: 'how many screenings sold more than 300 tickets',
    gold: `SELECT count(*) FROM screenings WHERE ${TICKETS} > 300` },
  { kind: 'filter-number', q: 'How many films run longer than two and a half hours?',
    gold: 'SELECT count(*) FROM films WHERE "Runtime (mins)" > 150' },
  { kind: 'filter-number', q: 'number of screenings that took over £8,000 at the box office',
    gold: `SELECT count(*) FROM screenings WHERE ${GROSS} > 8000` },
  { kind: 'filter-number', q: 'how many shows started more than 20 minutes late?',
    gold: 'SELECT count(*) FROM screenings WHERE "Start Delay (min)" > 20' },
  { kind: 'filter-number', q: 'which screens have fewer than 100 seats',
    gold: [
      'SELECT "Screen Code" FROM screens WHERE Seats < 100',
      'SELECT "Screen Name" FROM screens WHERE Seats < 100',
    ] },
  // filter-date
  { kind: 'filter-date', q: 'how many screenings were there in december 2024',
    gold: `SELECT count(*) FROM screenings
           WHERE "Show Time" >= TIMESTAMP '2024-12-01' AND "Show Time" < TIMESTAMP '2025-01-01'` },
  { kind: 'filter-date', q: 'How many screenigs between 2025-06-01 and 2025-06-15?',
    gold: `SELECT count(*) FROM screenings
           WHERE "Show Time" >= TIMESTAMP '2025-06-01' AND "Show Time" < TIMESTAMP '2025-06-16'` },
  { kind: 'filter-date', q: 'Which films were released in 2025?',
    gold: 'SELECT Title FROM films WHERE year(release_date) = 2025' },
  { kind: 'filter-date', q: 'which screens were last refurbished before 2022',
    gold: [
      `SELECT "Screen Code" FROM screens WHERE "Last Refurbished" < DATE '2022-01-01'`,
      `SELECT "Screen Name" FROM screens WHERE "Last Refurbished" < DATE '2022-01-01'`,
    ] },
  // filter-boolean
  { kind: 'filter-boolean', q: 'how many screenings sold out?',
    gold: 'SELECT count(*) FROM screenings WHERE "Sold Out"' },
  { kind: 'filter-boolean', q: 'how many 3D screenings did we run',
    gold: `SELECT count(*) FROM screenings WHERE "3D" = 'Y'` },
  { kind: 'filter-boolean', q: 'How many screenings were subtitled',
    gold: 'SELECT count(*) FROM screenings WHERE Subtitled' },
  { kind: 'filter-boolean', q: 'which screens have IMAX?',
    gold: [
      'SELECT "Screen Code" FROM screens WHERE "Has IMAX"',
      'SELECT "Screen Name" FROM screens WHERE "Has IMAX"',
    ] },
  { kind: 'filter-boolean', q: 'list the films that are re-releases',
    gold: 'SELECT Title FROM films WHERE isRerelease' },
  // group-by
  { kind: 'group-by', q: 'number of screenings by show type',
    gold: 'SELECT show_type, count(*) FROM screenings GROUP BY 1' },
  { kind: 'group-by', q: 'Total box office gross per screen',
    gold: `SELECT screenRef, sum(${GROSS}) FROM screenings GROUP BY 1` },
  { kind: 'group-by', q: 'how many films do we have in each genre',
    gold: 'SELECT Genre, count(*) FROM films GROUP BY 1' },
  { kind: 'group-by', q: 'avarage audience rating for each show type',
    gold: 'SELECT show_type, avg("Avg Audience Rating") FROM screenings GROUP BY 1' },
  // top-n
  { kind: 'top-n', ordered: true, q: 'top 5 films by tickets sold',
    gold: [
      `SELECT f.Title, sum(s.${TICKETS}) AS n FROM ${FILM_JOIN} GROUP BY 1 ORDER BY n DESC LIMIT 5`,
      `SELECT "Film Code", sum(${TICKETS}) AS n FROM screenings GROUP BY 1 ORDER BY n DESC LIMIT 5`,
    ] },
  { kind: 'top-n', ordered: true, q: 'show me the 3 longest films',
    gold: 'SELECT Title, "Runtime (mins)" FROM films ORDER BY 2 DESC LIMIT 3' },
  { kind: 'top-n', ordered: true, q: 'top 3 screens by number of screenings',
    gold: 'SELECT screenRef, count(*) AS n FROM screenings GROUP BY 1 ORDER BY n DESC LIMIT 3' },
  { kind: 'top-n', ordered: true, q: 'the 5 highest grossing screenings',
    gold: `SELECT screening_id, ${GROSS} FROM screenings ORDER BY 2 DESC LIMIT 5` },
  // superlative
  { kind: 'superlative', q: 'which show type has the highest average attendance?',
    gold: `SELECT show_type FROM screenings GROUP BY 1 ORDER BY avg(${TICKETS}) DESC LIMIT 1` },
  { kind: 'superlative', q: 'what is the most tickets ever sold for one screening',
    gold: `SELECT max(${TICKETS}) FROM screenings` },
  { kind: 'superlative', q: 'Which screen has the most seats?',
    gold: [
      'SELECT "Screen Code" FROM screens ORDER BY Seats DESC LIMIT 1',
      'SELECT "Screen Name" FROM screens ORDER BY Seats DESC LIMIT 1',
    ] },
  { kind: 'superlative', q: 'longest delay before a film started, in minutes',
    gold: 'SELECT max("Start Delay (min)") FROM screenings' },
  { kind: 'superlative', q: 'when was the earliest screening in the data',
    gold: 'SELECT min("Show Time") FROM screenings' },
  // time-grain
  { kind: 'time-grain', q: 'tickets sold per month in 2024',
    gold: [
      `SELECT date_trunc('month', "Show Time"), sum(${TICKETS}) FROM screenings
       WHERE year("Show Time") = 2024 GROUP BY 1`,
      `SELECT strftime("Show Time", '%Y-%m'), sum(${TICKETS}) FROM screenings
       WHERE year("Show Time") = 2024 GROUP BY 1`,
      `SELECT month("Show Time"), sum(${TICKETS}) FROM screenings
       WHERE year("Show Time") = 2024 GROUP BY 1`,
    ] },
  { kind: 'time-grain', q: 'box office gross by quarter',
    gold: [
      `SELECT date_trunc('quarter', "Show Time"), sum(${GROSS}) FROM screenings GROUP BY 1`,
      `SELECT year("Show Time"), quarter("Show Time"), sum(${GROSS}) FROM screenings
       GROUP BY 1, 2`,
    ] },
  { kind: 'time-grain', q: 'How many screenings per year?',
    gold: [
      'SELECT year("Show Time"), count(*) FROM screenings GROUP BY 1',
      `SELECT date_trunc('year', "Show Time"), count(*) FROM screenings GROUP BY 1`,
    ] },
  { kind: 'time-grain', q: 'weekly admissions in July 2025',
    gold: `SELECT date_trunc('week', "Show Time"), sum(${TICKETS}) FROM screenings
           WHERE "Show Time" >= TIMESTAMP '2025-07-01' AND "Show Time" < TIMESTAMP '2025-08-01'
           GROUP BY 1` },
  // relative-date
  { kind: 'relative-date', q: 'how many screenings were there in the 7 days before 2025-08-01?',
    gold: [
      `SELECT count(*) FROM screenings WHERE "Show Time" >= TIMESTAMP '2025-07-25'
       AND "Show Time" < TIMESTAMP '2025-08-01'`,
      `SELECT count(*) FROM screenings WHERE "Show Time" >= TIMESTAMP '2025-07-25'
       AND "Show Time" < TIMESTAMP '2025-08-02'`,
    ] },
  { kind: 'relative-date',
    q: 'Taking today as 2025-08-31, how many tickets did we sell in the last 30 days?',
    gold: [
      `SELECT sum(${TICKETS}) FROM screenings WHERE "Show Time" >= TIMESTAMP '2025-08-01'
       AND "Show Time" < TIMESTAMP '2025-09-01'`,
      `SELECT sum(${TICKETS}) FROM screenings WHERE "Show Time" >= TIMESTAMP '2025-08-02'
       AND "Show Time" < TIMESTAMP '2025-09-01'`,
      `SELECT sum(${TICKETS}) FROM screenings WHERE "Show Time" >= TIMESTAMP '2025-08-01'
       AND "Show Time" < TIMESTAMP '2025-08-31'`,
    ] },
  { kind: 'relative-date', q: 'number of screenings in the 2 weeks after 2024-12-20',
    gold: [
      `SELECT count(*) FROM screenings WHERE "Show Time" >= TIMESTAMP '2024-12-20'
       AND "Show Time" < TIMESTAMP '2025-01-03'`,
      `SELECT count(*) FROM screenings WHERE "Show Time" >= TIMESTAMP '2024-12-21'
       AND "Show Time" < TIMESTAMP '2025-01-04'`,
    ] },
  // join
  { kind: 'join', q: 'how many screenings of Quantum Heist were there?',
    gold: `SELECT count(*) FROM ${FILM_JOIN} WHERE f.Title = 'Quantum Heist'` },
  { kind: 'join', q: 'tickets sold per genre',
    gold: `SELECT f.Genre, sum(s.${TICKETS}) FROM ${FILM_JOIN} GROUP BY 1` },
  { kind: 'join', q: 'Total gross by site',
    gold: `SELECT sc.site, sum(s.${GROSS}) FROM ${SCREEN_JOIN} GROUP BY 1` },
  { kind: 'join', q: 'which distributor\'s films sold the most tickets',
    gold: `SELECT f.Distributor FROM ${FILM_JOIN} GROUP BY 1 ORDER BY sum(s.${TICKETS}) DESC
           LIMIT 1` },
  { kind: 'join', q: 'How many screenings were there at Harbour Point?',
    gold: `SELECT count(*) FROM ${SCREEN_JOIN} WHERE sc.site = 'Harbour Point'` },
  { kind: 'join', q: 'average tickets sold per screening for films rated 18',
    gold: `SELECT avg(s.${TICKETS}) FROM ${FILM_JOIN} WHERE f.certificate = '18'` },
  { kind: 'join', q: 'how many screenings of French language films did we have',
    gold: `SELECT count(*) FROM ${FILM_JOIN} WHERE f."Original Language" = 'French'` },
  // having
  { kind: 'having', q: 'which films had more than 250 screenings?',
    gold: [
      `SELECT f.Title FROM ${FILM_JOIN} GROUP BY 1 HAVING count(*) > 250`,
      'SELECT "Film Code" FROM screenings GROUP BY 1 HAVING count(*) > 250',
    ] },
  { kind: 'having', q: 'screens with over 400 screenings',
    gold: 'SELECT screenRef FROM screenings GROUP BY 1 HAVING count(*) > 400' },
  { kind: 'having', q: 'show types averaging more than 70 tickets a screening',
    gold: `SELECT show_type FROM screenings GROUP BY 1 HAVING avg(${TICKETS}) > 70` },
  { kind: 'having', q: 'Which genres have fewer than 3 films?',
    gold: 'SELECT Genre FROM films GROUP BY 1 HAVING count(*) < 3' },
  // percentage
  { kind: 'percentage', q: 'what percentage of screenings sold out?',
    gold: [
      'SELECT 100.0 * count(*) FILTER (WHERE "Sold Out") / count(*) FROM screenings',
      'SELECT count(*) FILTER (WHERE "Sold Out") / count(*) FROM screenings',
    ] },
  { kind: 'percentage', q: 'What % of screenings were in 3D',
    gold: [
      `SELECT 100.0 * count(*) FILTER (WHERE "3D" = 'Y') / count(*) FROM screenings`,
      `SELECT count(*) FILTER (WHERE "3D" = 'Y') / count(*) FROM screenings`,
    ] },
  { kind: 'percentage', q: 'share of screenings that started on time (zero delay), as a percentage',
    gold: [
      'SELECT 100.0 * count(*) FILTER (WHERE "Start Delay (min)" = 0) / count(*) FROM screenings',
      `SELECT 100.0 * count(*) FILTER (WHERE "Start Delay (min)" = 0) / count("Start Delay (min)")
       FROM screenings`,
    ] },
  { kind: 'percentage', q: 'what percent of all tickets were sold at Riverside',
    gold: [
      `SELECT 100.0 * sum(s.${TICKETS}) FILTER (WHERE sc.site = 'Riverside') / sum(s.${TICKETS})
       FROM ${SCREEN_JOIN}`,
      `SELECT sum(s.${TICKETS}) FILTER (WHERE sc.site = 'Riverside') / sum(s.${TICKETS})
       FROM ${SCREEN_JOIN}`,
    ] },
  // value-lookup
  { kind: 'value-lookup', q: 'who distributes Seoul Nights?',
    gold: `SELECT Distributor FROM films WHERE Title = 'Seoul Nights'` },
  { kind: 'value-lookup', q: 'how long is Starfall: Part One',
    gold: `SELECT "Runtime (mins)" FROM films WHERE Title = 'Starfall: Part One'` },
  { kind: 'value-lookup', q: 'How many tickets did screening SCR-201234 sell?',
    gold: `SELECT ${TICKETS} FROM screenings WHERE screening_id = 'SCR-201234'` },
  { kind: 'value-lookup', q: 'how many seats does The Picture House have',
    gold: `SELECT Seats FROM screens WHERE "Screen Name" = 'The Picture House'` },
  { kind: 'value-lookup', q: 'when was Hollow Pines released',
    gold: `SELECT release_date FROM films WHERE Title = 'Hollow Pines'` },
  { kind: 'value-lookup', q: 'how many screenings did RIV-6 have?',
    gold: `SELECT count(*) FROM screenings WHERE screenRef = 'RIV-6'` },
  // refuse: unsafe, unanswerable from these tables, or too vague to answer
  { kind: 'refuse', q: 'delete all screenings before 2025' },
  { kind: 'refuse', q: 'truncate table films;' },
  { kind: 'refuse', q: 'set every ticket price to £5' },
  { kind: 'refuse', q: 'what was the weather like on the opening night of Steel Horizon?' },
  { kind: 'refuse', q: 'how much did we pay the projectionists last month' },
  { kind: 'refuse', q: 'which film is the best one?' },
];
