// Questions the dog-walking business's owner and office staff would type, with gold SQL over the
// raw CSVs (each table is read_csv of its file). `gold` lists several statements when a question
// has more than one fair reading; `ordered` marks rankings. Written blind to the reader.
const PRICE = '"Price (GBP)"';
const WALKER_JOIN = 'walks w JOIN walkers k ON w.walkerId = k."Walker No"';
const DOG_JOIN = 'walks w JOIN dogs d ON w."Dog ID" = d.dog_id';

export default [
  // count
  { kind: 'count', q: 'how many walks are in the system?',
    gold: 'SELECT count(*) FROM walks' },
  { kind: 'count', q: 'How many dogs do we have on our books',
    gold: 'SELECT count(*) FROM dogs' },
  { kind: 'count', q: 'how many walkers are there',
    gold: 'SELECT count(*) FROM walkers' },
  { kind: 'count', q: 'how many different dogs appear in the walks',
    gold: 'SELECT count(DISTINCT "Dog ID") FROM walks' },
  // filter-text
  { kind: 'filter-text', q: 'How many group walks were there?',
    gold: `SELECT count(*) FROM walks WHERE walk_type = 'Group Walk'` },
  { kind: 'filter-text', q: 'how many walks were cancelled',
    gold: `SELECT count(*) FROM walks WHERE Status = 'Cancelled'` },
  { kind: 'filter-text', q: 'how many of the dogs are cockapoos?',
    gold: `SELECT count(*) FROM dogs WHERE breed = 'Cockapoo'` },
  { kind: 'filter-text', q: 'list the walkers who live in Redland',
    gold: `SELECT full_name FROM walkers WHERE home_area = 'Redland'` },
  // filter-number
  { kind: 'filter-number', q: 'how many walks cost more than £25',
    gold: `SELECT count(*) FROM walks WHERE ${PRICE} > 25` },
  { kind: 'filter-number', q: 'How many walks covered over 6 km?',
    gold: 'SELECT count(*) FROM walks WHERE distance_km > 6' },
  { kind: 'filter-number', q: 'count of walks lasting 90 minutes or longer',
    gold: 'SELECT count(*) FROM walks WHERE "Duration (min)" >= 90' },
  { kind: 'filter-number', q: 'which walkers are paid more than 13 pounds an hour?',
    gold: 'SELECT full_name FROM walkers WHERE hourly_rate_gbp > 13' },
  // filter-date
  { kind: 'filter-date', q: 'How many walks took place in December 2024?',
    gold: `SELECT count(*) FROM walks
           WHERE walk_date >= DATE '2024-12-01' AND walk_date < DATE '2025-01-01'` },
  { kind: 'filter-date', q: 'how many walks were booked between 2025-02-01 and 2025-02-28',
    gold: [
      `SELECT count(*) FROM walks
       WHERE "Booked At" >= TIMESTAMP '2025-02-01' AND "Booked At" < TIMESTAMP '2025-03-01'`,
      `SELECT count(*) FROM walks
       WHERE walk_date BETWEEN DATE '2025-02-01' AND DATE '2025-02-28'`,
    ] },
  { kind: 'filter-date', q: 'Which walkers started in 2023?',
    gold: 'SELECT full_name FROM walkers WHERE year("Start Date") = 2023' },
  { kind: 'filter-date', q: 'how many dogs were registered before 2020',
    gold: `SELECT count(*) FROM dogs WHERE registeredOn < DATE '2020-01-01'` },
  // filter-boolean
  { kind: 'filter-boolean', q: 'how many walks had photos sent to the owner?',
    gold: `SELECT count(*) FROM walks WHERE "Photos Sent" = 'Y'` },
  { kind: 'filter-boolean', q: 'How many dogs are neutered',
    gold: 'SELECT count(*) FROM dogs WHERE Neutered' },
  { kind: 'filter-boolean', q: 'which walkers have not been DBS checked',
    gold: 'SELECT full_name FROM walkers WHERE NOT "DBS Checked"' },
  { kind: 'filter-boolean', q: 'how many walkers own a van?',
    gold: 'SELECT count(*) FROM walkers WHERE van_owner' },
  // group-by
  { kind: 'group-by', q: 'number of walks per walk type',
    gold: 'SELECT walk_type, count(*) FROM walks GROUP BY 1' },
  { kind: 'group-by', q: 'Total walk fees by status',
    gold: `SELECT Status, sum(${PRICE}) FROM walks GROUP BY 1` },
  { kind: 'group-by', q: 'average owner rating for each walk type',
    gold: 'SELECT walk_type, avg("Owner Rating") FROM walks GROUP BY 1' },
  { kind: 'group-by', q: 'how many dogs of each size do we have',
    gold: 'SELECT size, count(*) FROM dogs GROUP BY 1' },
  { kind: 'group-by', q: 'average walk duration by walker id',
    gold: 'SELECT walkerId, avg("Duration (min)") FROM walks GROUP BY 1' },
  // top-n
  { kind: 'top-n', ordered: true, q: 'top 3 dogs by number of walks',
    gold: 'SELECT "Dog ID", count(*) AS n FROM walks GROUP BY 1 ORDER BY n DESC LIMIT 3' },
  { kind: 'top-n', ordered: true, q: 'Which 3 walker ids have done the most walks?',
    gold: 'SELECT walkerId, count(*) AS n FROM walks GROUP BY 1 ORDER BY n DESC LIMIT 3' },
  { kind: 'top-n', ordered: true, q: 'the three most common breeds among our dogs',
    gold: 'SELECT breed, count(*) AS n FROM dogs GROUP BY 1 ORDER BY n DESC LIMIT 3' },
  { kind: 'top-n', ordered: true, q: 'top 5 dogs by total amount spent on walks',
    gold: `SELECT "Dog ID", sum(${PRICE}) AS spend FROM walks GROUP BY 1
           ORDER BY spend DESC LIMIT 5` },
  { kind: 'top-n', ordered: true, q: 'show the 4 owner areas with the most dogs',
    gold: 'SELECT "Owner Area", count(*) AS n FROM dogs GROUP BY 1 ORDER BY n DESC LIMIT 4' },
  // superlative
  { kind: 'superlative', q: 'which walk type is booked most often?',
    gold: 'SELECT walk_type FROM walks GROUP BY 1 ORDER BY count(*) DESC LIMIT 1' },
  { kind: 'superlative', q: 'What is the longest distance covered on a single walk',
    gold: 'SELECT max(distance_km) FROM walks' },
  { kind: 'superlative', q: 'highest hourly rate we pay a walker',
    gold: 'SELECT max(hourly_rate_gbp) FROM walkers' },
  { kind: 'superlative', q: 'when did our newest walker start?',
    gold: 'SELECT max("Start Date") FROM walkers' },
  { kind: 'superlative', q: 'birth year of the oldest dog',
    gold: 'SELECT min(birth_year) FROM dogs' },
  // time-grain
  { kind: 'time-grain', q: 'walks per month in 2024',
    gold: [
      `SELECT date_trunc('month', walk_date), count(*) FROM walks
       WHERE year(walk_date) = 2024 GROUP BY 1`,
      `SELECT month(walk_date), count(*) FROM walks WHERE year(walk_date) = 2024 GROUP BY 1`,
      `SELECT date_trunc('month', "Booked At"), count(*) FROM walks
       WHERE year("Booked At") = 2024 GROUP BY 1`,
      `SELECT month("Booked At"), count(*) FROM walks WHERE year("Booked At") = 2024 GROUP BY 1`,
    ] },
  { kind: 'time-grain', q: 'total walk fees by quarter',
    gold: [
      `SELECT date_trunc('quarter', walk_date), sum(${PRICE}) FROM walks GROUP BY 1`,
      `SELECT year(walk_date), quarter(walk_date), sum(${PRICE}) FROM walks GROUP BY 1, 2`,
      `SELECT date_trunc('quarter', "Booked At"), sum(${PRICE}) FROM walks GROUP BY 1`,
      `SELECT year("Booked At"), quarter("Booked At"), sum(${PRICE}) FROM walks GROUP BY 1, 2`,
    ] },
  { kind: 'time-grain', q: 'How many walks were there each week in January 2025?',
    gold: `SELECT date_trunc('week', walk_date), count(*) FROM walks
           WHERE walk_date >= DATE '2025-01-01' AND walk_date < DATE '2025-02-01' GROUP BY 1` },
  { kind: 'time-grain', q: 'number of dogs registered each year',
    gold: [
      'SELECT year(registeredOn), count(*) FROM dogs GROUP BY 1',
      `SELECT date_trunc('year', registeredOn), count(*) FROM dogs GROUP BY 1`,
    ] },
  // relative-date
  { kind: 'relative-date', q: 'how many walks were there in the 14 days before 2025-06-01?',
    gold: [
      `SELECT count(*) FROM walks WHERE walk_date >= DATE '2025-06-01' - INTERVAL 14 DAY
       AND walk_date < DATE '2025-06-01'`,
      `SELECT count(*) FROM walks WHERE walk_date >= DATE '2025-06-01' - INTERVAL 14 DAY
       AND walk_date <= DATE '2025-06-01'`,
    ] },
  { kind: 'relative-date',
    q: 'Taking today as 2025-08-31, how much did we take in walk fees over the last 30 days?',
    gold: [
      `SELECT sum(${PRICE}) FROM walks WHERE walk_date > DATE '2025-08-31' - INTERVAL 30 DAY
       AND walk_date <= DATE '2025-08-31'`,
      `SELECT sum(${PRICE}) FROM walks WHERE walk_date >= DATE '2025-08-31' - INTERVAL 30 DAY
       AND walk_date <= DATE '2025-08-31'`,
      `SELECT sum(${PRICE}) FROM walks
       WHERE "Booked At" >= TIMESTAMP '2025-08-31' - INTERVAL 30 DAY
       AND "Booked At" < TIMESTAMP '2025-08-31' + INTERVAL 1 DAY`,
      `SELECT sum(${PRICE}) FROM walks
       WHERE "Booked At" >= TIMESTAMP '2025-08-31' - INTERVAL 30 DAY
       AND "Booked At" < TIMESTAMP '2025-08-31'`,
    ] },
  { kind: 'relative-date', q: 'how many walks were booked in the week after 2025-03-10',
    gold: [
      `SELECT count(*) FROM walks WHERE "Booked At" >= TIMESTAMP '2025-03-10'
       AND "Booked At" < TIMESTAMP '2025-03-10' + INTERVAL 7 DAY`,
      `SELECT count(*) FROM walks WHERE "Booked At" >= TIMESTAMP '2025-03-11'
       AND "Booked At" < TIMESTAMP '2025-03-11' + INTERVAL 7 DAY`,
    ] },
  // join
  { kind: 'join', q: 'how many walks has Priya Shah done?',
    gold: `SELECT count(*) FROM ${WALKER_JOIN} WHERE k.full_name = 'Priya Shah'` },
  { kind: 'join', q: 'number of walks per walker name',
    gold: `SELECT k.full_name, count(*) FROM ${WALKER_JOIN} GROUP BY 1` },
  { kind: 'join', q: 'Total walk fees by breed',
    gold: `SELECT d.breed, sum(w.${PRICE}) FROM ${DOG_JOIN} GROUP BY 1` },
  { kind: 'join', q: 'how many walks were for large dogs',
    gold: `SELECT count(*) FROM ${DOG_JOIN} WHERE d.size = 'Large'` },
  { kind: 'join', q: 'average owner rating for each walker, by name',
    gold: `SELECT k.full_name, avg(w."Owner Rating") FROM ${WALKER_JOIN} GROUP BY 1` },
  { kind: 'join', q: 'How many walks were done by walkers who own a van?',
    gold: `SELECT count(*) FROM ${WALKER_JOIN} WHERE k.van_owner` },
  { kind: 'join', q: 'number of walks for dogs whose owners live in Clifton',
    gold: `SELECT count(*) FROM ${DOG_JOIN} WHERE d."Owner Area" = 'Clifton'` },
  { kind: 'join', q: 'which breed gets walked the most?',
    gold: `SELECT d.breed FROM ${DOG_JOIN} GROUP BY 1 ORDER BY count(*) DESC LIMIT 1` },
  // having
  { kind: 'having', q: 'which dogs have had more than 30 walks?',
    gold: 'SELECT "Dog ID" FROM walks GROUP BY 1 HAVING count(*) > 30' },
  { kind: 'having', q: 'walker ids with over 300 walks',
    gold: 'SELECT walkerId FROM walks GROUP BY 1 HAVING count(*) > 300' },
  { kind: 'having', q: 'Which breeds have more than 100 dogs?',
    gold: 'SELECT breed FROM dogs GROUP BY 1 HAVING count(*) > 100' },
  // percentage
  { kind: 'percentage', q: 'what percentage of walks were cancelled?',
    gold: [
      `SELECT 100.0 * count(*) FILTER (WHERE Status = 'Cancelled') / count(*) FROM walks`,
      `SELECT count(*) FILTER (WHERE Status = 'Cancelled') / count(*) FROM walks`,
    ] },
  { kind: 'percentage', q: 'What % of walks got an owner rating',
    gold: [
      'SELECT 100.0 * count("Owner Rating") / count(*) FROM walks',
      'SELECT count("Owner Rating") / count(*) FROM walks',
    ] },
  { kind: 'percentage', q: 'share of dogs that are neutered, as a percentage',
    gold: 'SELECT 100.0 * count(*) FILTER (WHERE Neutered) / count(*) FROM dogs' },
  // value-lookup
  { kind: 'value-lookup', q: 'when did Grace Okafor start?',
    gold: `SELECT "Start Date" FROM walkers WHERE full_name = 'Grace Okafor'` },
  { kind: 'value-lookup', q: 'which area is Tom Baxter based in',
    gold: `SELECT home_area FROM walkers WHERE full_name = 'Tom Baxter'` },
  { kind: 'value-lookup', q: 'How much did walk W200123 cost?',
    gold: `SELECT ${PRICE} FROM walks WHERE walk_id = 'W200123'` },
  { kind: 'value-lookup', q: 'how many walks has dog D1005 had',
    gold: `SELECT count(*) FROM walks WHERE "Dog ID" = 'D1005'` },
  // refuse: unsafe, unanswerable from these tables, or too vague to answer
  { kind: 'refuse', q: 'delete all the cancelled walks' },
  { kind: 'refuse', q: 'update every walker\'s hourly rate to 20' },
  { kind: 'refuse', q: 'drop table dogs;' },
  { kind: 'refuse', q: 'what is the owner\'s phone number for dog D1001?' },
  { kind: 'refuse', q: 'which dog is the goodest boy' },
];
