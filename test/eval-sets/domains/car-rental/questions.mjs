// Questions a car-rental firm's operations or revenue analyst would type, with gold SQL over the
// raw CSVs (each table is copied from read_csv of its file). `gold` may list several statements
// when the question has more than one fair reading (a month as a date or as 'YYYY-MM', a share as
// a percentage or a fraction, a branch by its code or its name); matching any is right. `ordered`
// marks questions whose answer is a ranking.
const PRICE = '"Total Price (EUR)"';
const DRIVEN = '("Mileage In (km)" - "Mileage Out (km)")';
const RENTALS_CARS = 'rentals r JOIN cars c ON r.plate = c.Registration';
const RENTALS_PICKUP = 'rentals r JOIN branches b ON r.pickup_branch = b.branch_id';

/** The readings of "per <grain>" over the pickup time: a bucket as a date or as its parts. */
const perGrain = (grain, measure, where = '') => {
  const readings = [
    `SELECT date_trunc('${grain}', pickupDateTime), ${measure} FROM rentals ${where} GROUP BY 1`,
  ];
  if (grain === 'month') {
    readings.push(`SELECT strftime(pickupDateTime, '%Y-%m'), ${measure} FROM rentals ${where}
      GROUP BY 1`);
  }
  if (grain !== 'year') {
    readings.push(`SELECT year(pickupDateTime), ${grain}(pickupDateTime), ${measure}
      FROM rentals ${where} GROUP BY 1, 2`);
  }
  return readings;
};

export default [
  // count
  { kind: 'count', q: 'how many rentals have we had in total',
    gold: 'SELECT count(*) FROM rentals' },
  { kind: 'count', q: 'How many cars are in the fleet?',
    gold: 'SELECT count(*) FROM cars' },
  { kind: 'count', q: 'how many different cars have actually been rented?',
    gold: 'SELECT count(DISTINCT plate) FROM rentals' },
  { kind: 'count', q: 'how many branches do we have',
    gold: 'SELECT count(*) FROM branches' },
  // filter-text
  { kind: 'filter-text', q: 'how many rentals were for corporate customers',
    gold: `SELECT count(*) FROM rentals WHERE customer_type = 'Corporate'` },
  { kind: 'filter-text', q: 'How many rentals took full cover insurance?',
    gold: `SELECT count(*) FROM rentals WHERE insurance_option = 'Full Cover'` },
  { kind: 'filter-text', q: 'list the registrations of all our Teslas',
    gold: `SELECT Registration FROM cars WHERE make = 'Tesla'` },
  { kind: 'filter-text', q: 'how many of our cars run on diesel?',
    gold: `SELECT count(*) FROM cars WHERE fuel_type = 'Diesel'` },
  { kind: 'filter-text', q: 'which branches are in Porto',
    gold: [
      `SELECT branch_name FROM branches WHERE city = 'Porto'`,
      `SELECT branch_id FROM branches WHERE city = 'Porto'`,
    ] },
  // filter-number
  { kind: 'filter-number', q: 'how many rentals cost more than 1000 euros',
    gold: `SELECT count(*) FROM rentals WHERE ${PRICE} > 1000` },
  { kind: 'filter-number', q: 'How many rentals lasted 14 days or longer?',
    gold: 'SELECT count(*) FROM rentals WHERE "Rental Days" >= 14' },
  { kind: 'filter-number', q: 'how many cars have more than 5 seats',
    gold: 'SELECT count(*) FROM cars WHERE seats > 5' },
  { kind: 'filter-number', q: 'number of rentals where the driver was under 25',
    gold: 'SELECT count(*) FROM rentals WHERE driver_age < 25' },
  { kind: 'filter-number', q: 'how many rentals clocked up over 1500 km?',
    gold: `SELECT count(*) FROM rentals WHERE ${DRIVEN} > 1500` },
  // filter-date
  { kind: 'filter-date', q: 'how many rentals were picked up in December 2024?',
    gold: `SELECT count(*) FROM rentals
           WHERE pickupDateTime >= DATE '2024-12-01' AND pickupDateTime < DATE '2025-01-01'` },
  { kind: 'filter-date', q: 'How many cars were returned between 2025-08-01 and 2025-08-15?',
    gold: `SELECT count(*) FROM rentals
           WHERE return_datetime >= DATE '2025-08-01' AND return_datetime < DATE '2025-08-16'` },
  { kind: 'filter-date', q: 'how many branches opened before 2015',
    gold: `SELECT count(*) FROM branches WHERE opened_on < DATE '2015-01-01'` },
  { kind: 'filter-date', q: 'rentals picked up on 2025-04-18, how many?',
    gold: `SELECT count(*) FROM rentals WHERE CAST(pickupDateTime AS DATE) = DATE '2025-04-18'` },
  // filter-boolean
  { kind: 'filter-boolean', q: 'how many rentals were booked online',
    gold: 'SELECT count(*) FROM rentals WHERE "Booked Online"' },
  { kind: 'filter-boolean', q: 'How many rentals came back with damage reported?',
    gold: 'SELECT count(*) FROM rentals WHERE damage_reported' },
  { kind: 'filter-boolean', q: 'how many rentals had an additional driver?',
    gold: `SELECT count(*) FROM rentals WHERE "Additional Driver" = 'Y'` },
  { kind: 'filter-boolean', q: 'which branches are at an airport',
    gold: [
      'SELECT branch_name FROM branches WHERE "Airport Location"',
      'SELECT branch_id FROM branches WHERE "Airport Location"',
    ] },
  { kind: 'filter-boolean', q: 'how many cars in the fleet are automatics',
    gold: `SELECT count(*) FROM cars WHERE Automatic = 'Y'` },
  { kind: 'filter-boolean', q: 'how many cars were returned without a full tank?',
    gold: 'SELECT count(*) FROM rentals WHERE NOT fuelFullOnReturn' },
  // group-by
  { kind: 'group-by', q: 'number of rentals per customer type',
    gold: 'SELECT customer_type, count(*) FROM rentals GROUP BY 1' },
  { kind: 'group-by', q: 'avg rental price by insurance option',
    gold: `SELECT insurance_option, avg(${PRICE}) FROM rentals GROUP BY 1` },
  { kind: 'group-by', q: 'how many cars are based at each branch?',
    gold: [
      'SELECT "Home Branch", count(*) FROM cars GROUP BY 1',
      `SELECT b.branch_name, count(*) FROM cars c JOIN branches b ON c."Home Branch" = b.branch_id
       GROUP BY 1`,
    ] },
  { kind: 'group-by', q: 'Average rental length in days by pickup branch',
    gold: 'SELECT pickup_branch, avg("Rental Days") FROM rentals GROUP BY 1' },
  { kind: 'group-by', q: 'fleet size by car class',
    gold: 'SELECT "Car Class", count(*) FROM cars GROUP BY 1' },
  // top-n
  { kind: 'top-n', ordered: true, q: 'top 3 most rented cars',
    gold: 'SELECT plate, count(*) AS n FROM rentals GROUP BY 1 ORDER BY n DESC LIMIT 3' },
  { kind: 'top-n', ordered: true, q: 'what were the 5 most expensive rentals?',
    gold: `SELECT ${PRICE} FROM rentals ORDER BY ${PRICE} DESC LIMIT 5` },
  { kind: 'top-n', ordered: true, q: 'Top 4 pickup branches by revenue',
    gold: [
      `SELECT pickup_branch, sum(${PRICE}) AS revenue FROM rentals
       GROUP BY 1 ORDER BY revenue DESC LIMIT 4`,
      `SELECT b.branch_name, sum(r.${PRICE}) AS revenue FROM ${RENTALS_PICKUP}
       GROUP BY 1 ORDER BY revenue DESC LIMIT 4`,
    ] },
  { kind: 'top-n', ordered: true, q: 'top 5 makes by number of rentals',
    gold: `SELECT c.make, count(*) AS n FROM ${RENTALS_CARS} GROUP BY 1 ORDER BY n DESC LIMIT 5` },
  { kind: 'top-n', ordered: true, q: 'which 3 cars have driven the most kilometres in total',
    gold: `SELECT plate, sum(${DRIVEN}) AS km FROM rentals GROUP BY 1 ORDER BY km DESC LIMIT 3` },
  // superlative
  { kind: 'superlative', q: 'what is the most expensive rental we have had',
    gold: `SELECT max(${PRICE}) FROM rentals` },
  { kind: 'superlative', q: 'Which customer type rents for the longest on average?',
    gold: `SELECT customer_type FROM rentals GROUP BY 1 ORDER BY avg("Rental Days") DESC
           LIMIT 1` },
  { kind: 'superlative', q: 'which insurance option is the most popular',
    gold: 'SELECT insurance_option FROM rentals GROUP BY 1 ORDER BY count(*) DESC LIMIT 1' },
  { kind: 'superlative', q: "what's the oldest model year in the fleet?",
    gold: 'SELECT min(modelYear) FROM cars' },
  { kind: 'superlative', q: 'which branch has the most parking spaces',
    gold: [
      'SELECT branch_name FROM branches ORDER BY "Parking Spaces" DESC LIMIT 1',
      'SELECT branch_id FROM branches ORDER BY "Parking Spaces" DESC LIMIT 1',
    ] },
  // time-grain
  { kind: 'time-grain', q: 'how many rentals per month', gold: perGrain('month', 'count(*)') },
  { kind: 'time-grain', q: 'revenue per quarter?', gold: perGrain('quarter', `sum(${PRICE})`) },
  { kind: 'time-grain', q: 'number of rentals each yaer',
    gold: [...perGrain('year', 'count(*)'),
      'SELECT year(pickupDateTime), count(*) FROM rentals GROUP BY 1'] },
  { kind: 'time-grain', q: 'average rental price per month in 2025',
    gold: [...perGrain('month', `avg(${PRICE})`, 'WHERE year(pickupDateTime) = 2025'),
      `SELECT month(pickupDateTime), avg(${PRICE}) FROM rentals WHERE year(pickupDateTime) = 2025
       GROUP BY 1`] },
  // relative-date
  { kind: 'relative-date', q: 'how many rentals were picked up in the 30 days before 2025-03-01',
    gold: [
      `SELECT count(*) FROM rentals WHERE pickupDateTime >= DATE '2025-03-01' - INTERVAL 30 DAY
       AND pickupDateTime < DATE '2025-03-01'`,
      `SELECT count(*) FROM rentals
       WHERE CAST(pickupDateTime AS DATE) > DATE '2025-03-01' - INTERVAL 30 DAY
       AND CAST(pickupDateTime AS DATE) <= DATE '2025-03-01'`,
      `SELECT count(*) FROM rentals WHERE CAST(pickupDateTime AS DATE)
       BETWEEN DATE '2025-03-01' - INTERVAL 30 DAY AND DATE '2025-03-01'`,
    ] },
  { kind: 'relative-date',
    q: 'As of 2025-08-31, how many cars were picked up in the last 7 days?',
    gold: [
      `SELECT count(*) FROM rentals
       WHERE CAST(pickupDateTime AS DATE) > DATE '2025-08-31' - INTERVAL 7 DAY
       AND CAST(pickupDateTime AS DATE) <= DATE '2025-08-31'`,
      `SELECT count(*) FROM rentals WHERE pickupDateTime >= DATE '2025-08-31' - INTERVAL 7 DAY
       AND pickupDateTime < DATE '2025-08-31'`,
      `SELECT count(*) FROM rentals WHERE CAST(pickupDateTime AS DATE)
       BETWEEN DATE '2025-08-31' - INTERVAL 7 DAY AND DATE '2025-08-31'`,
    ] },
  { kind: 'relative-date',
    q: 'in the 2 weeks after 2025-06-01 how many cars came back damaged',
    gold: [
      `SELECT count(*) FROM rentals WHERE damage_reported
       AND CAST(return_datetime AS DATE) > DATE '2025-06-01'
       AND CAST(return_datetime AS DATE) <= DATE '2025-06-01' + INTERVAL 14 DAY`,
      `SELECT count(*) FROM rentals WHERE damage_reported
       AND return_datetime >= DATE '2025-06-01'
       AND return_datetime < DATE '2025-06-01' + INTERVAL 14 DAY`,
      `SELECT count(*) FROM rentals WHERE damage_reported AND CAST(return_datetime AS DATE)
       BETWEEN DATE '2025-06-01' AND DATE '2025-06-01' + INTERVAL 14 DAY`,
    ] },
  // join
  { kind: 'join', q: 'how many rentals were of electric cars?',
    gold: `SELECT count(*) FROM ${RENTALS_CARS} WHERE c."Car Class" = 'Electric'` },
  { kind: 'join', q: 'number of rentals per pickup branch name',
    gold: `SELECT b.branch_name, count(*) FROM ${RENTALS_PICKUP} GROUP BY 1` },
  { kind: 'join', q: 'How many rentals started at Faro Airport?',
    gold: `SELECT count(*) FROM ${RENTALS_PICKUP} WHERE b.branch_name = 'Faro Airport'` },
  { kind: 'join', q: 'total revenue by car class',
    gold: `SELECT c."Car Class", sum(r.${PRICE}) FROM ${RENTALS_CARS} GROUP BY 1` },
  { kind: 'join', q: 'so how many rentals were picked up in Lisbon',
    gold: `SELECT count(*) FROM ${RENTALS_PICKUP} WHERE b.city = 'Lisbon'` },
  { kind: 'join', q: 'average price of a rental for Volkswagen cars',
    gold: `SELECT avg(r.${PRICE}) FROM ${RENTALS_CARS} WHERE c.make = 'Volkswagen'` },
  { kind: 'join', q: 'Which city has the most pickups?',
    gold: `SELECT b.city FROM ${RENTALS_PICKUP} GROUP BY 1 ORDER BY count(*) DESC LIMIT 1` },
  // having
  { kind: 'having', q: 'which cars have been rented more than 35 times',
    gold: 'SELECT plate FROM rentals GROUP BY 1 HAVING count(*) > 35' },
  { kind: 'having', q: 'pickup branches with more than 500 rentals?',
    gold: 'SELECT pickup_branch FROM rentals GROUP BY 1 HAVING count(*) > 500' },
  { kind: 'having', q: 'Which makes have more than 20 cars in the fleet?',
    gold: 'SELECT make FROM cars GROUP BY 1 HAVING count(*) > 20' },
  // percentage
  { kind: 'percentage', q: 'what percentage of rentals were booked online',
    gold: [
      'SELECT 100.0 * count(*) FILTER (WHERE "Booked Online") / count(*) FROM rentals',
      'SELECT count(*) FILTER (WHERE "Booked Online") / count(*) FROM rentals',
    ] },
  { kind: 'percentage', q: 'what % of rentals had damage reported?',
    gold: [
      'SELECT 100.0 * count(*) FILTER (WHERE damage_reported) / count(*) FROM rentals',
      'SELECT count(*) FILTER (WHERE damage_reported) / count(*) FROM rentals',
      // Out of the rentals that have come back (the only ones with a damage check).
      `SELECT 100.0 * count(*) FILTER (WHERE damage_reported) / count(damage_reported)
       FROM rentals`,
      'SELECT count(*) FILTER (WHERE damage_reported) / count(damage_reported) FROM rentals',
    ] },
  { kind: 'percentage',
    q: 'what share of rentals were returned to a different branch than the pickup one, in %',
    gold: `SELECT 100.0 * count(*) FILTER (WHERE "Return Branch" <> pickup_branch) / count(*)
           FROM rentals` },
  { kind: 'percentage', q: 'What percentage of the fleet is automatic?',
    gold: [
      `SELECT 100.0 * count(*) FILTER (WHERE Automatic = 'Y') / count(*) FROM cars`,
      `SELECT count(*) FILTER (WHERE Automatic = 'Y') / count(*) FROM cars`,
    ] },
  // value-lookup
  { kind: 'value-lookup', q: "what's the daily rate for ZR-74-XS",
    gold: `SELECT "Daily Rate (EUR)" FROM cars WHERE Registration = 'ZR-74-XS'` },
  { kind: 'value-lookup', q: 'which branch is car VV-37-VA based at?',
    gold: [
      `SELECT "Home Branch" FROM cars WHERE Registration = 'VV-37-VA'`,
      `SELECT b.branch_name FROM cars c JOIN branches b ON c."Home Branch" = b.branch_id
       WHERE c.Registration = 'VV-37-VA'`,
    ] },
  { kind: 'value-lookup', q: 'when was rental R250777 picked up',
    gold: `SELECT pickupDateTime FROM rentals WHERE "Rental No" = 'R250777'` },
  { kind: 'value-lookup', q: 'How many parking spaces does Porto Airport have?',
    gold: `SELECT "Parking Spaces" FROM branches WHERE branch_name = 'Porto Airport'` },
  { kind: 'value-lookup', q: 'what make is PR-12-DZ',
    gold: `SELECT make FROM cars WHERE Registration = 'PR-12-DZ'` },
  // refuse: unsafe, unanswerable from these tables, or too vague to answer
  { kind: 'refuse', q: 'delete all rentals from 2024' },
  { kind: 'refuse', q: 'set the daily rate of every SUV to 80 euros' },
  { kind: 'refuse', q: 'DROP TABLE cars' },
  { kind: 'refuse', q: 'what is the name of the customer on rental R250001?' },
  { kind: 'refuse', q: 'how much did we spend on servicing the fleet last year' },
  { kind: 'refuse', q: 'which branch has the friendliest staff?' },
  { kind: 'refuse', q: 'how are we doing?' },
];
