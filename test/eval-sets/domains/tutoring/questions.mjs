// Questions a tutoring agency's office and its tutors would type, with gold SQL over the raw CSVs
// (each table is read_csv of its file). `gold` lists several statements when a question has
// more than one fair reading; `ordered` marks rankings. Written blind to the reader.
const FEE = '"Fee (GBP)"';
const RATING = '"Rating (1-5)"';
const RATE = '"Hourly Rate (GBP)"';
const TUTOR_JOIN = 'lessons l JOIN tutors t ON l."Tutor Ref" = t.tutor_id';
const STUDENT_JOIN = 'lessons l JOIN students s ON l.studentId = s."Student No"';

export default [
  // count
  { kind: 'count', q: 'how many lessons are in the system',
    gold: 'SELECT count(*) FROM lessons' },
  { kind: 'count', q: 'How many tutors do we have?',
    gold: 'SELECT count(*) FROM tutors' },
  { kind: 'count', q: 'how many different students have booked lessons',
    gold: 'SELECT count(DISTINCT studentId) FROM lessons' },
  { kind: 'count', q: 'number of students on our books',
    gold: 'SELECT count(*) FROM students' },
  // filter-text
  { kind: 'filter-text', q: 'how many maths lessons were there?',
    gold: `SELECT count(*) FROM lessons WHERE subject = 'Maths'` },
  { kind: 'filter-text', q: 'How many lessons got cancelled',
    gold: `SELECT count(*) FROM lessons WHERE status = 'Cancelled'` },
  { kind: 'filter-text', q: 'how many of our students go to Roundhay School',
    gold: `SELECT count(*) FROM students WHERE school = 'Roundhay School'` },
  { kind: 'filter-text', q: 'list the tutors based in York',
    gold: [
      `SELECT full_name FROM tutors WHERE base_city = 'York'`,
      `SELECT tutor_id FROM tutors WHERE base_city = 'York'`,
    ] },
  // filter-number
  { kind: 'filter-number', q: 'how many lessons cost more than £60?',
    gold: `SELECT count(*) FROM lessons WHERE ${FEE} > 60` },
  { kind: 'filter-number', q: 'How many lessons ran longer than an hour?',
    gold: [
      'SELECT count(*) FROM lessons WHERE "Actual Minutes" > 60',
      'SELECT count(*) FROM lessons WHERE "Duration (min)" > 60',
    ] },
  { kind: 'filter-number', q: 'which tutors charge over 50 pounds an hour',
    gold: [
      `SELECT full_name FROM tutors WHERE ${RATE} > 50`,
      `SELECT tutor_id FROM tutors WHERE ${RATE} > 50`,
    ] },
  // filter-date
  { kind: 'filter-date', q: 'How many lessons took place in March 2025?',
    gold: [
      `SELECT count(*) FROM lessons
       WHERE lesson_date >= DATE '2025-03-01' AND lesson_date < DATE '2025-04-01'`,
      `SELECT count(*) FROM lessons WHERE status = 'Held'
       AND lesson_date >= DATE '2025-03-01' AND lesson_date < DATE '2025-04-01'`,
    ] },
  { kind: 'filter-date', q: 'how many lessons were booked between 1 and 15 January 2025',
    gold: `SELECT count(*) FROM lessons
           WHERE "Booked At" >= TIMESTAMP '2025-01-01' AND "Booked At" < TIMESTAMP '2025-01-16'` },
  { kind: 'filter-date', q: 'which tutors started with us before 2019?',
    gold: [
      `SELECT full_name FROM tutors WHERE start_date < DATE '2019-01-01'`,
      `SELECT tutor_id FROM tutors WHERE start_date < DATE '2019-01-01'`,
    ] },
  { kind: 'filter-date', q: 'how many students signed up in 2024',
    gold: 'SELECT count(*) FROM students WHERE year("Signed Up") = 2024' },
  // filter-boolean
  { kind: 'filter-boolean', q: 'how many lessons were online?',
    gold: 'SELECT count(*) FROM lessons WHERE isOnline' },
  { kind: 'filter-boolean', q: 'How many trial lessons have there been',
    gold: 'SELECT count(*) FROM lessons WHERE "Trial Lesson"' },
  { kind: 'filter-boolean', q: 'number of students who get SEN support',
    gold: `SELECT count(*) FROM students WHERE "SEN Support" = 'Y'` },
  { kind: 'filter-boolean', q: 'which tutors are not DBS checked?',
    gold: [
      'SELECT full_name FROM tutors WHERE NOT "DBS Checked"',
      'SELECT tutor_id FROM tutors WHERE NOT "DBS Checked"',
    ] },
  // group-by
  { kind: 'group-by', q: 'how many lessons per subject',
    gold: 'SELECT subject, count(*) FROM lessons GROUP BY 1' },
  { kind: 'group-by', q: 'Total fees by lesson type',
    gold: `SELECT lesson_type, sum(${FEE}) FROM lessons GROUP BY 1` },
  { kind: 'group-by', q: 'average rating for each subject',
    gold: `SELECT subject, avg(${RATING}) FROM lessons GROUP BY 1` },
  { kind: 'group-by', q: 'break down cancellations by reason',
    gold: [
      `SELECT cancellation_reason, count(*) FROM lessons WHERE status = 'Cancelled' GROUP BY 1`,
      'SELECT cancellation_reason, count(*) FROM lessons GROUP BY 1',
    ] },
  // top-n
  { kind: 'top-n', ordered: true, q: 'top 5 tutors by number of lessons',
    gold: [
      `SELECT "Tutor Ref", count(*) AS n FROM lessons GROUP BY 1 ORDER BY n DESC LIMIT 5`,
      `SELECT t.full_name, count(*) AS n FROM ${TUTOR_JOIN} GROUP BY 1 ORDER BY n DESC LIMIT 5`,
    ] },
  { kind: 'top-n', ordered: true, q: 'Which 3 students have booked the most lessons?',
    gold: 'SELECT studentId, count(*) AS n FROM lessons GROUP BY 1 ORDER BY n DESC LIMIT 3' },
  { kind: 'top-n', ordered: true, q: 'the five tutors who have earned the most in fees',
    gold: [
      `SELECT "Tutor Ref", sum(${FEE}) AS fees FROM lessons GROUP BY 1 ORDER BY fees DESC LIMIT 5`,
      `SELECT t.full_name, sum(l.${FEE}) AS fees FROM ${TUTOR_JOIN} GROUP BY 1
       ORDER BY fees DESC LIMIT 5`,
    ] },
  { kind: 'top-n', ordered: true, q: 'top 3 subjects by fee income',
    gold: `SELECT subject, sum(${FEE}) AS income FROM lessons GROUP BY 1
           ORDER BY income DESC LIMIT 3` },
  // superlative
  { kind: 'superlative', q: 'which subject has the highest average rating?',
    gold: `SELECT subject FROM lessons GROUP BY 1 ORDER BY avg(${RATING}) DESC LIMIT 1` },
  { kind: 'superlative', q: 'what is the longest lesson on record',
    gold: [
      'SELECT max("Actual Minutes") FROM lessons',
      'SELECT max("Duration (min)") FROM lessons',
    ] },
  { kind: 'superlative', q: 'which school do most of our students come from',
    gold: 'SELECT school FROM students GROUP BY 1 ORDER BY count(*) DESC LIMIT 1' },
  { kind: 'superlative', q: "what's the biggest fee charged for a single lesson?",
    gold: `SELECT max(${FEE}) FROM lessons` },
  // time-grain
  { kind: 'time-grain', q: 'lessons per month',
    gold: [
      `SELECT date_trunc('month', lesson_date), count(*) FROM lessons GROUP BY 1`,
      `SELECT strftime(lesson_date, '%Y-%m'), count(*) FROM lessons GROUP BY 1`,
      `SELECT date_trunc('month', "Booked At"), count(*) FROM lessons GROUP BY 1`,
    ] },
  { kind: 'time-grain', q: 'fee income per quarter',
    gold: [
      `SELECT date_trunc('quarter', lesson_date), sum(${FEE}) FROM lessons GROUP BY 1`,
      `SELECT year(lesson_date), quarter(lesson_date), sum(${FEE}) FROM lessons GROUP BY 1, 2`,
    ] },
  { kind: 'time-grain', q: 'How many lessons were held each week in May 2025?',
    gold: `SELECT date_trunc('week', lesson_date), count(*) FROM lessons WHERE status = 'Held'
           AND lesson_date >= DATE '2025-05-01' AND lesson_date < DATE '2025-06-01' GROUP BY 1` },
  { kind: 'time-grain', q: 'new student sign-ups by year',
    gold: [
      'SELECT year("Signed Up"), count(*) FROM students GROUP BY 1',
      `SELECT date_trunc('year', "Signed Up"), count(*) FROM students GROUP BY 1`,
    ] },
  // relative-date
  { kind: 'relative-date',
    q: 'Taking today as 2025-06-20, how many lessons are booked in the next 14 days?',
    gold: [
      `SELECT count(*) FROM lessons WHERE status = 'Booked'
       AND lesson_date > DATE '2025-06-20' AND lesson_date <= DATE '2025-06-20' + INTERVAL 14 DAY`,
      `SELECT count(*) FROM lessons WHERE status = 'Booked'
       AND lesson_date >= DATE '2025-06-20' AND lesson_date < DATE '2025-06-20' + INTERVAL 14 DAY`,
      `SELECT count(*) FROM lessons
       WHERE lesson_date > DATE '2025-06-20' AND lesson_date <= DATE '2025-06-20' + INTERVAL 14 DAY`,
      `SELECT count(*) FROM lessons
       WHERE lesson_date >= DATE '2025-06-20' AND lesson_date < DATE '2025-06-20' + INTERVAL 14 DAY`,
    ] },
  { kind: 'relative-date', q: 'how many lessons were cancelled in the 30 days before 2025-06-01',
    gold: [
      `SELECT count(*) FROM lessons WHERE "Cancelled At" >= TIMESTAMP '2025-06-01' - INTERVAL 30 DAY
       AND "Cancelled At" < TIMESTAMP '2025-06-01'`,
      `SELECT count(*) FROM lessons WHERE status = 'Cancelled'
       AND lesson_date >= DATE '2025-06-01' - INTERVAL 30 DAY AND lesson_date < DATE '2025-06-01'`,
      `SELECT count(*) FROM lessons WHERE status = 'Cancelled'
       AND lesson_date >= DATE '2025-06-01' - INTERVAL 30 DAY AND lesson_date <= DATE '2025-06-01'`,
    ] },
  { kind: 'relative-date', q: 'as of 20 June 2025, what fee income did we take in the last 90 days?',
    gold: [
      `SELECT sum(${FEE}) FROM lessons WHERE lesson_date > DATE '2025-06-20' - INTERVAL 90 DAY
       AND lesson_date <= DATE '2025-06-20'`,
      `SELECT sum(${FEE}) FROM lessons WHERE lesson_date >= DATE '2025-06-20' - INTERVAL 90 DAY
       AND lesson_date <= DATE '2025-06-20'`,
      `SELECT sum(${FEE}) FROM lessons WHERE lesson_date >= DATE '2025-06-20' - INTERVAL 90 DAY
       AND lesson_date < DATE '2025-06-20'`,
    ] },
  // join
  { kind: 'join', q: 'how many lessons did Hannah Brennan teach?',
    gold: [
      `SELECT count(*) FROM ${TUTOR_JOIN} WHERE t.full_name = 'Hannah Brennan'`,
      `SELECT count(*) FROM ${TUTOR_JOIN} WHERE t.full_name = 'Hannah Brennan'
       AND l.status = 'Held'`,
    ] },
  { kind: 'join', q: 'total fees per tutor name',
    gold: `SELECT t.full_name, sum(l.${FEE}) FROM ${TUTOR_JOIN} GROUP BY 1` },
  { kind: 'join', q: 'How many lessons were taught by qualified teachers?',
    gold: [
      `SELECT count(*) FROM ${TUTOR_JOIN} WHERE t.qualifiedTeacher`,
      `SELECT count(*) FROM ${TUTOR_JOIN} WHERE t.qualifiedTeacher AND l.status = 'Held'`,
    ] },
  { kind: 'join', q: 'average lesson rating by tutor base city',
    gold: `SELECT t.base_city, avg(l.${RATING}) FROM ${TUTOR_JOIN} GROUP BY 1` },
  { kind: 'join', q: 'how many lessons were booked by year 11 students',
    gold: `SELECT count(*) FROM ${STUDENT_JOIN} WHERE s.year_group = 11` },
  { kind: 'join', q: 'lessons per school',
    gold: `SELECT s.school, count(*) FROM ${STUDENT_JOIN} GROUP BY 1` },
  { kind: 'join', q: 'which tutor has the best average rating',
    gold: [
      `SELECT t.full_name FROM ${TUTOR_JOIN} GROUP BY 1 ORDER BY avg(l.${RATING}) DESC LIMIT 1`,
      `SELECT l."Tutor Ref" FROM lessons l GROUP BY 1 ORDER BY avg(l.${RATING}) DESC LIMIT 1`,
    ] },
  { kind: 'join', q: 'total fee income from students at Harrogate Grammar',
    gold: `SELECT sum(l.${FEE}) FROM ${STUDENT_JOIN} WHERE s.school = 'Harrogate Grammar'` },
  { kind: 'join', q: 'How many online lessons were given by Leeds-based tutors?',
    gold: `SELECT count(*) FROM ${TUTOR_JOIN} WHERE l.isOnline AND t.base_city = 'Leeds'` },
  { kind: 'join', q: 'how many lessons came from students referred by their school',
    gold: `SELECT count(*) FROM ${STUDENT_JOIN} WHERE s.referral_source = 'School referral'` },
  // having
  { kind: 'having', q: 'which students have had more than 30 lessons?',
    gold: 'SELECT studentId FROM lessons GROUP BY 1 HAVING count(*) > 30' },
  { kind: 'having', q: 'subjects with fewer than 250 lessons',
    gold: 'SELECT subject FROM lessons GROUP BY 1 HAVING count(*) < 250' },
  { kind: 'having', q: 'tutors whose average rating is below 4',
    gold: [
      `SELECT "Tutor Ref" FROM lessons GROUP BY 1 HAVING avg(${RATING}) < 4`,
      `SELECT t.full_name FROM ${TUTOR_JOIN} GROUP BY 1 HAVING avg(l.${RATING}) < 4`,
    ] },
  // percentage
  { kind: 'percentage', q: 'what percentage of lessons were cancelled?',
    gold: [
      `SELECT 100.0 * count(*) FILTER (WHERE status = 'Cancelled') / count(*) FROM lessons`,
      `SELECT count(*) FILTER (WHERE status = 'Cancelled') / count(*) FROM lessons`,
    ] },
  { kind: 'percentage', q: 'What share of held lessons were online',
    gold: [
      `SELECT 100.0 * count(*) FILTER (WHERE isOnline) / count(*) FROM lessons
       WHERE status = 'Held'`,
      `SELECT count(*) FILTER (WHERE isOnline) / count(*) FROM lessons WHERE status = 'Held'`,
    ] },
  { kind: 'percentage', q: 'percent of lessons that were no-shows',
    gold: [
      `SELECT 100.0 * count(*) FILTER (WHERE status = 'No-show') / count(*) FROM lessons`,
      `SELECT count(*) FILTER (WHERE status = 'No-show') / count(*) FROM lessons`,
    ] },
  // value-lookup
  { kind: 'value-lookup', q: "what is Priya Nakamura's hourly rate?",
    gold: `SELECT ${RATE} FROM tutors WHERE full_name = 'Priya Nakamura'` },
  { kind: 'value-lookup', q: 'which subject does Kwame Ellis teach',
    gold: `SELECT "Main Subject" FROM tutors WHERE full_name = 'Kwame Ellis'` },
  { kind: 'value-lookup', q: 'What was the fee for lesson LSN-31234?',
    gold: `SELECT ${FEE} FROM lessons WHERE lesson_id = 'LSN-31234'` },
  { kind: 'value-lookup', q: 'which school is student S24007 at?',
    gold: `SELECT school FROM students WHERE "Student No" = 'S24007'` },
  // refuse: unsafe, unanswerable from these tables, or too vague to answer
  { kind: 'refuse', q: 'delete all the cancelled lessons' },
  { kind: 'refuse', q: "set every tutor's hourly rate to 100" },
  { kind: 'refuse', q: 'drop table students;' },
  { kind: 'refuse', q: 'what grades did our students get in their GCSEs this summer?' },
  { kind: 'refuse', q: 'what is the phone number of tutor TUT-101' },
  { kind: 'refuse', q: 'which tutor is the nicest?' },
];
