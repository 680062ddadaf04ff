// Questions a fitness club's manager or front-desk lead would type, with gold SQL over the raw
// CSVs (each table is copied from read_csv of its file). `gold` may list several statements when
// the question has more than one fair reading (a month as a date or as 'YYYY-MM', a share as a
// percentage or a fraction, a stated day inside or outside the window); matching any is right.
// `ordered` marks questions whose answer is a ranking.
const BOOKINGS_CLASSES = 'class_bookings b JOIN classes c ON b.classId = c.class_id';
const BOOKINGS_MEMBERS = 'class_bookings b JOIN members m ON b."Member ID" = m.member_no';
const KCAL = '"Calories Burned (kcal)"';

/** The readings of "per month" over one date column: a month bucket as a date or as text. */
const perMonth = (column, measure, from = 'class_bookings', where = '') => [
  `SELECT date_trunc('month', ${column}), ${measure} FROM ${from} ${where} GROUP BY 1`,
  `SELECT strftime(${column}, '%Y-%m'), ${measure} FROM ${from} ${where} GROUP BY 1`,
];

export default [
  // count
  { kind: 'count', q: 'how many class bookings are there altogether',
    gold: 'SELECT count(*) FROM class_bookings' },
  { kind: 'count', q: 'How many members do we have?',
    gold: 'SELECT count(*) FROM members' },
  { kind: 'count', q: 'how many different members have booked at least one class',
    gold: 'SELECT count(DISTINCT "Member ID") FROM class_bookings' },
  { kind: 'count', q: 'How many classes are on the timetable?',
    gold: 'SELECT count(*) FROM classes' },
  // filter-text
  { kind: 'filter-text', q: 'How many bookings were made at the front desk?',
    gold: `SELECT count(*) FROM class_bookings WHERE "Booking Channel" = 'Front Desk'` },
  { kind: 'filter-text', q: 'how many members are on the student plan',
    gold: `SELECT count(*) FROM members WHERE "Membership Plan" = 'Student'` },
  { kind: 'filter-text', q: 'list the classes Aisha Rahman teaches',
    gold: [
      `SELECT "Class Name" FROM classes WHERE instructor = 'Aisha Rahman'`,
      `SELECT class_id FROM classes WHERE instructor = 'Aisha Rahman'`,
    ] },
  { kind: 'filter-text', q: 'how many members have Lakeshore as their home club?',
    gold: `SELECT count(*) FROM members WHERE home_club = 'Lakeshore'` },
  // filter-number
  { kind: 'filter-number', q: 'How many bookings burned more than 600 calories?',
    gold: `SELECT count(*) FROM class_bookings WHERE ${KCAL} > 600` },
  { kind: 'filter-number', q: 'how many classes have a max capacity of 20 or more',
    gold: 'SELECT count(*) FROM classes WHERE "Max Capacity" >= 20' },
  { kind: 'filter-number', q: 'members older than 65, how many are there?',
    gold: 'SELECT count(*) FROM members WHERE age > 65' },
  { kind: 'filter-number', q: 'how many bookings had an average heart rate above 150',
    gold: 'SELECT count(*) FROM class_bookings WHERE avg_heart_rate > 150' },
  { kind: 'filter-number', q: 'How many bookings got a rating of 2 or lower?',
    gold: 'SELECT count(*) FROM class_bookings WHERE "Rating (1-5)" <= 2' },
  // filter-date
  { kind: 'filter-date', q: 'How many bookings were for classes in February 2025?',
    gold: `SELECT count(*) FROM class_bookings
           WHERE "Class Date" >= DATE '2025-02-01' AND "Class Date" < DATE '2025-03-01'` },
  { kind: 'filter-date', q: 'how many members joined before 2021',
    gold: `SELECT count(*) FROM members WHERE joinDate < DATE '2021-01-01'` },
  { kind: 'filter-date', q: 'how many bookings were made between 2025-05-01 and 2025-05-31?',
    gold: `SELECT count(*) FROM class_bookings
           WHERE booked_at >= DATE '2025-05-01' AND booked_at < DATE '2025-06-01'` },
  { kind: 'filter-date', q: 'How many bookings were cancelled in July 2025?',
    gold: `SELECT count(*) FROM class_bookings
           WHERE cancelled_at >= DATE '2025-07-01' AND cancelled_at < DATE '2025-08-01'` },
  // filter-boolean
  { kind: 'filter-boolean', q: 'How many bookings were cancelled?',
    gold: 'SELECT count(*) FROM class_bookings WHERE cancelled' },
  { kind: 'filter-boolean', q: 'how many bookigns actually checked in',
    gold: 'SELECT count(*) FROM class_bookings WHERE "Checked In"' },
  { kind: 'filter-boolean', q: 'how many members have auto renew switched on?',
    gold: 'SELECT count(*) FROM members WHERE autoRenew' },
  { kind: 'filter-boolean', q: 'which classes need equipment',
    gold: [
      `SELECT DISTINCT "Class Name" FROM classes WHERE equipment_needed = 'Y'`,
      `SELECT "Class Name" FROM classes WHERE equipment_needed = 'Y'`,
      `SELECT class_id FROM classes WHERE equipment_needed = 'Y'`,
    ] },
  // group-by
  { kind: 'group-by', q: 'can you give me the number of bookings per booking channel',
    gold: 'SELECT "Booking Channel", count(*) FROM class_bookings GROUP BY 1' },
  { kind: 'group-by', q: 'average age by membership plan',
    gold: 'SELECT "Membership Plan", avg(age) FROM members GROUP BY 1' },
  { kind: 'group-by', q: 'How many classes does each instructor teach?',
    gold: 'SELECT instructor, count(*) FROM classes GROUP BY 1' },
  { kind: 'group-by', q: 'cancellations by booking channel',
    gold: 'SELECT "Booking Channel", count(*) FROM class_bookings WHERE cancelled GROUP BY 1' },
  // top-n
  { kind: 'top-n', ordered: true, q: 'top 5 members by number of bookings',
    gold: `SELECT "Member ID", count(*) AS n FROM class_bookings
           GROUP BY 1 ORDER BY n DESC LIMIT 5` },
  { kind: 'top-n', ordered: true, q: 'show me the 3 classes with the most bookings',
    gold: [
      'SELECT classId, count(*) AS n FROM class_bookings GROUP BY 1 ORDER BY n DESC LIMIT 3',
      `SELECT c."Class Name", count(*) AS n FROM ${BOOKINGS_CLASSES}
       GROUP BY 1 ORDER BY n DESC LIMIT 3`,
    ] },
  { kind: 'top-n', ordered: true, q: 'What were the 10 highest calorie burns?',
    gold: `SELECT ${KCAL} FROM class_bookings WHERE ${KCAL} IS NOT NULL
           ORDER BY ${KCAL} DESC LIMIT 10` },
  { kind: 'top-n', ordered: true, q: 'which 3 instructors have the most classes on the timetable',
    gold: 'SELECT instructor, count(*) AS n FROM classes GROUP BY 1 ORDER BY n DESC LIMIT 3' },
  // superlative
  { kind: 'superlative', q: 'Which membership plan has the most members?',
    gold: 'SELECT "Membership Plan" FROM members GROUP BY 1 ORDER BY count(*) DESC LIMIT 1' },
  { kind: 'superlative', q: 'what is the highest heart rate anyone has recorded in a class',
    gold: 'SELECT max(avg_heart_rate) FROM class_bookings' },
  { kind: 'superlative', q: 'how old is our oldest member?',
    gold: 'SELECT max(age) FROM members' },
  { kind: 'superlative', q: 'Which category has the longest classes on average?',
    gold: `SELECT category FROM classes GROUP BY 1 ORDER BY avg("Duration (min)") DESC LIMIT 1` },
  { kind: 'superlative', q: 'when was the earliest booking made',
    gold: 'SELECT min(booked_at) FROM class_bookings' },
  // time-grain
  { kind: 'time-grain', q: 'how many bookings per month?',
    gold: [...perMonth('"Class Date"', 'count(*)'), ...perMonth('booked_at', 'count(*)')] },
  { kind: 'time-grain', q: 'number of new members per year',
    gold: [
      'SELECT year(joinDate), count(*) FROM members GROUP BY 1',
      `SELECT date_trunc('year', joinDate), count(*) FROM members GROUP BY 1`,
    ] },
  { kind: 'time-grain', q: 'average class rating by quarter',
    gold: [
      `SELECT date_trunc('quarter', "Class Date"), avg("Rating (1-5)") FROM class_bookings
       GROUP BY 1`,
      `SELECT quarter("Class Date"), avg("Rating (1-5)") FROM class_bookings GROUP BY 1`,
      `SELECT year("Class Date"), quarter("Class Date"), avg("Rating (1-5)") FROM class_bookings
       GROUP BY 1, 2`,
    ] },
  { kind: 'time-grain', q: 'total calories burned each month in 2025',
    gold: perMonth('"Class Date"', `sum(${KCAL})`, 'class_bookings',
      'WHERE year("Class Date") = 2025') },
  // relative-date
  { kind: 'relative-date', q: 'how many bookings were made in the 7 days before 2025-06-01?',
    gold: [
      `SELECT count(*) FROM class_bookings WHERE booked_at >= DATE '2025-06-01' - INTERVAL 7 DAY
       AND booked_at < DATE '2025-06-01'`,
      `SELECT count(*) FROM class_bookings
       WHERE CAST(booked_at AS DATE) > DATE '2025-06-01' - INTERVAL 7 DAY
       AND CAST(booked_at AS DATE) <= DATE '2025-06-01'`,
      `SELECT count(*) FROM class_bookings
       WHERE CAST(booked_at AS DATE) BETWEEN DATE '2025-05-25' AND DATE '2025-06-01'`,
    ] },
  { kind: 'relative-date',
    q: 'As of 2025-09-28, how many class check-ins were there in the last 30 days',
    gold: [
      `SELECT count(*) FROM class_bookings WHERE "Checked In"
       AND "Class Date" > DATE '2025-09-28' - INTERVAL 30 DAY
       AND "Class Date" <= DATE '2025-09-28'`,
      `SELECT count(*) FROM class_bookings WHERE "Checked In"
       AND "Class Date" >= DATE '2025-09-28' - INTERVAL 30 DAY
       AND "Class Date" <= DATE '2025-09-28'`,
      `SELECT count(*) FROM class_bookings WHERE "Checked In"
       AND "Class Date" >= DATE '2025-09-28' - INTERVAL 30 DAY
       AND "Class Date" < DATE '2025-09-28'`,
    ] },
  { kind: 'relative-date', q: 'in the 2 weeks after 2025-04-14 how many bookings got cancelled',
    gold: [
      `SELECT count(*) FROM class_bookings WHERE CAST(cancelled_at AS DATE) > DATE '2025-04-14'
       AND CAST(cancelled_at AS DATE) <= DATE '2025-04-14' + INTERVAL 14 DAY`,
      `SELECT count(*) FROM class_bookings WHERE cancelled_at >= DATE '2025-04-14'
       AND cancelled_at < DATE '2025-04-14' + INTERVAL 14 DAY`,
      `SELECT count(*) FROM class_bookings WHERE CAST(cancelled_at AS DATE)
       BETWEEN DATE '2025-04-14' AND DATE '2025-04-14' + INTERVAL 14 DAY`,
    ] },
  { kind: 'relative-date', q: 'How many members joined in the 90 days before 2025-01-01?',
    gold: [
      `SELECT count(*) FROM members WHERE joinDate >= DATE '2025-01-01' - INTERVAL 90 DAY
       AND joinDate < DATE '2025-01-01'`,
      `SELECT count(*) FROM members WHERE joinDate > DATE '2025-01-01' - INTERVAL 90 DAY
       AND joinDate <= DATE '2025-01-01'`,
    ] },
  // join
  { kind: 'join', q: 'how many bookings were there for yoga classes',
    gold: [
      `SELECT count(*) FROM ${BOOKINGS_CLASSES} WHERE c.category = 'Yoga'`,
      // The classes with yoga in their name (Stretch & Mobility is filed under Yoga too).
      `SELECT count(*) FROM ${BOOKINGS_CLASSES} WHERE c."Class Name" ILIKE '%yoga%'`,
    ] },
  { kind: 'join', q: 'number of bookings per instructor',
    gold: `SELECT c.instructor, count(*) FROM ${BOOKINGS_CLASSES} GROUP BY 1` },
  { kind: 'join', q: 'How many bookings were made by Premium members?',
    gold: `SELECT count(*) FROM ${BOOKINGS_MEMBERS} WHERE m."Membership Plan" = 'Premium'` },
  { kind: 'join', q: 'average calories burned by class intensity',
    gold: `SELECT c.intensity, avg(b.${KCAL}) FROM ${BOOKINGS_CLASSES} GROUP BY 1` },
  { kind: 'join', q: 'which studio had the most check-ins?',
    gold: `SELECT c.studio FROM ${BOOKINGS_CLASSES} WHERE b."Checked In"
           GROUP BY 1 ORDER BY count(*) DESC LIMIT 1` },
  { kind: 'join', q: 'total bookings by home club',
    gold: `SELECT m.home_club, count(*) FROM ${BOOKINGS_MEMBERS} GROUP BY 1` },
  { kind: 'join', q: 'how many spin express bookings were cancelled',
    gold: `SELECT count(*) FROM ${BOOKINGS_CLASSES}
           WHERE c."Class Name" = 'Spin Express' AND b.cancelled` },
  // having
  { kind: 'having', q: 'which members have booked more than 20 classes?',
    gold: 'SELECT "Member ID" FROM class_bookings GROUP BY 1 HAVING count(*) > 20' },
  { kind: 'having', q: 'instructors who teach more than 5 classes',
    gold: 'SELECT instructor FROM classes GROUP BY 1 HAVING count(*) > 5' },
  { kind: 'having', q: 'Show the class ids with more than 150 bookings',
    gold: 'SELECT classId FROM class_bookings GROUP BY 1 HAVING count(*) > 150' },
  // percentage
  { kind: 'percentage', q: 'what percentage of bookings were cancelled',
    gold: [
      'SELECT 100.0 * count(*) FILTER (WHERE cancelled) / count(*) FROM class_bookings',
      'SELECT count(*) FILTER (WHERE cancelled) / count(*) FROM class_bookings',
    ] },
  { kind: 'percentage', q: 'What % of members are on auto renew?',
    gold: [
      'SELECT 100.0 * count(*) FILTER (WHERE autoRenew) / count(*) FROM members',
      'SELECT count(*) FILTER (WHERE autoRenew) / count(*) FROM members',
    ] },
  { kind: 'percentage', q: 'share of bookings made in the app, as a percentage',
    gold: `SELECT 100.0 * count(*) FILTER (WHERE "Booking Channel" = 'App') / count(*)
           FROM class_bookings` },
  // value-lookup
  { kind: 'value-lookup', q: 'what time does C117 start?',
    gold: `SELECT "Start Time" FROM classes WHERE class_id = 'C117'` },
  { kind: 'value-lookup', q: 'which plan is member M20028 on',
    gold: `SELECT "Membership Plan" FROM members WHERE member_no = 'M20028'` },
  { kind: 'value-lookup', q: 'How many bookings has M20877 made?',
    gold: `SELECT count(*) FROM class_bookings WHERE "Member ID" = 'M20877'` },
  { kind: 'value-lookup', q: 'who teaches Reformer Pilates',
    gold: [
      `SELECT DISTINCT instructor FROM classes WHERE "Class Name" = 'Reformer Pilates'`,
      `SELECT instructor FROM classes WHERE "Class Name" = 'Reformer Pilates'`,
    ] },
  { kind: 'value-lookup', q: 'what day is aqua aerobics on?',
    gold: [
      `SELECT DISTINCT weekday FROM classes WHERE "Class Name" = 'Aqua Aerobics'`,
      `SELECT weekday FROM classes WHERE "Class Name" = 'Aqua Aerobics'`,
    ] },
  // refuse: unsafe, unanswerable from these tables, or too vague to answer
  { kind: 'refuse', q: 'delete every cancelled booking' },
  { kind: 'refuse', q: 'update member M20028 to the Premium plan' },
  { kind: 'refuse', q: 'drop table members;' },
  { kind: 'refuse', q: "What is member M20001's phone number?" },
  { kind: 'refuse', q: 'how much did the juice bar sell in June' },
  { kind: 'refuse', q: 'which instructor is the nicest?' },
  { kind: 'refuse', q: 'show me the numbers' },
];
