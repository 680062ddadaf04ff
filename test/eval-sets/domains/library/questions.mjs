// Questions an analyst at the library service would type, with gold SQL over the raw CSVs
// (each table is a view over read_csv of its file). `gold` may list several SQL statements when
// the question has more than one fair reading (a month as a date or as 'YYYY-MM', a share as a
// percentage or a fraction); matching any of them is right. `ordered` marks questions whose
// answer is a ranking.
const FEE = '"Late Fee ($)"';

export default [
  // count
  { kind: 'count', q: 'How many loans are there in total?',
    gold: 'SELECT count(*) FROM loans' },
  { kind: 'count', q: 'how many different patrons have borrowed something',
    gold: 'SELECT count(DISTINCT patron_id) FROM loans' },
  { kind: 'count', q: 'How many books are in the catalogue?',
    gold: 'SELECT count(*) FROM books' },
  // filter-text
  { kind: 'filter-text', q: 'How many loans were made by teen patrons?',
    gold: `SELECT count(*) FROM loans WHERE "Patron Type" = 'Teen'` },
  { kind: 'filter-text', q: 'so how many loans went through the mobile app?',
    gold: `SELECT count(*) FROM loans WHERE checkout_channel = 'Mobile app'` },
  { kind: 'filter-text', q: 'How many of our books are in Spanish?',
    gold: `SELECT count(*) FROM books WHERE language = 'Spanish'` },
  { kind: 'filter-text', q: 'List the titles of the Welsh language books',
    gold: `SELECT title FROM books WHERE language = 'Welsh'` },
  // filter-number
  { kind: 'filter-number', q: 'How many loans had a late fee of more than 5 dollars?',
    gold: `SELECT count(*) FROM loans WHERE ${FEE} > 5` },
  { kind: 'filter-number', q: 'how many loans were renewed at least twice',
    gold: 'SELECT count(*) FROM loans WHERE renewals >= 2' },
  { kind: 'filter-number', q: 'Number of books with over 800 pages?',
    gold: 'SELECT count(*) FROM books WHERE pages > 800' },
  // filter-date
  { kind: 'filter-date', q: 'How many loans were checked out in March 2025?',
    gold: `SELECT count(*) FROM loans
           WHERE checkout_date >= DATE '2025-03-01' AND checkout_date < DATE '2025-04-01'` },
  { kind: 'filter-date', q: 'How many loans were checked out between 2024-06-01 and 2024-08-31?',
    gold: `SELECT count(*) FROM loans
           WHERE checkout_date BETWEEN DATE '2024-06-01' AND DATE '2024-08-31'` },
  { kind: 'filter-date', q: 'how many books published before 1970 do we have',
    gold: 'SELECT count(*) FROM books WHERE "Publication Year" < 1970' },
  // filter-boolean
  { kind: 'filter-boolean', q: 'How many loans were auto renewed?',
    gold: `SELECT count(*) FROM loans WHERE auto_renewed` },
  { kind: 'filter-boolean', q: 'How many books are available as an ebook?',
    gold: 'SELECT count(*) FROM books WHERE isEbookAvailable' },
  { kind: 'filter-boolean', q: 'which branches have a makerspace?',
    gold: 'SELECT branch_name FROM branches WHERE has_makerspace' },
  // group-by
  { kind: 'group-by', q: 'How many loans per patron type?',
    gold: 'SELECT "Patron Type", count(*) FROM loans GROUP BY 1' },
  { kind: 'group-by', q: 'average late fee by checkout channel',
    gold: `SELECT checkout_channel, avg(${FEE}) FROM loans GROUP BY 1` },
  { kind: 'group-by', q: 'Can you break down the number of books by genre?',
    gold: 'SELECT genre, count(*) FROM books GROUP BY 1' },
  // top-n
  { kind: 'top-n', ordered: true, q: 'Top 5 patrons by number of loans',
    gold: 'SELECT patron_id, count(*) AS n FROM loans GROUP BY 1 ORDER BY n DESC LIMIT 5' },
  { kind: 'top-n', ordered: true, q: 'show me the 3 longest books',
    gold: 'SELECT title, pages FROM books ORDER BY pages DESC LIMIT 3' },
  { kind: 'top-n', ordered: true, q: 'What are the 4 most common genres in the catalogue?',
    gold: 'SELECT genre, count(*) AS n FROM books GROUP BY 1 ORDER BY n DESC LIMIT 4' },
  // superlative
  { kind: 'superlative', q: 'Which genre has the most books?',
    gold: 'SELECT genre FROM books GROUP BY 1 ORDER BY count(*) DESC LIMIT 1' },
  { kind: 'superlative', q: 'which checkout channel has the highest average late fee',
    gold: `SELECT checkout_channel FROM loans GROUP BY 1 ORDER BY avg(${FEE}) DESC LIMIT 1` },
  { kind: 'superlative', q: 'What is the biggest late fee anyone has been charged?',
    gold: `SELECT max(${FEE}) FROM loans` },
  { kind: 'superlative', q: 'what year was our oldest book published',
    gold: 'SELECT min("Publication Year") FROM books' },
  // time-grain
  { kind: 'time-grain', q: 'How many loans were there per month in 2024?',
    gold: [
      `SELECT date_trunc('month', checkout_date), count(*) FROM loans
       WHERE year(checkout_date) = 2024 GROUP BY 1`,
      `SELECT strftime(checkout_date, '%Y-%m'), count(*) FROM loans
       WHERE year(checkout_date) = 2024 GROUP BY 1`,
      `SELECT month(checkout_date), count(*) FROM loans
       WHERE year(checkout_date) = 2024 GROUP BY 1`,
    ] },
  { kind: 'time-grain', q: 'number of checkouts per quarter',
    gold: [
      `SELECT date_trunc('quarter', checkout_date), count(*) FROM loans GROUP BY 1`,
      `SELECT year(checkout_date), quarter(checkout_date), count(*) FROM loans GROUP BY 1, 2`,
    ] },
  { kind: 'time-grain', q: 'total late fees collected each year',
    gold: [
      `SELECT year(checkout_date), sum(${FEE}) FROM loans GROUP BY 1`,
      `SELECT date_trunc('year', checkout_date), sum(${FEE}) FROM loans GROUP BY 1`,
    ] },
  // relative-date
  { kind: 'relative-date', q: 'How many loans were checked out in the 30 days before 2025-03-01?',
    gold: [
      `SELECT count(*) FROM loans WHERE checkout_date >= DATE '2025-03-01' - INTERVAL 30 DAY
       AND checkout_date < DATE '2025-03-01'`,
      `SELECT count(*) FROM loans WHERE checkout_date >= DATE '2025-03-01' - INTERVAL 30 DAY
       AND checkout_date <= DATE '2025-03-01'`,
    ] },
  { kind: 'relative-date',
    q: 'in the 2 weeks after 2024-12-20, how many books came back?',
    gold: [
      `SELECT count(*) FROM loans WHERE returned_date > DATE '2024-12-20'
       AND returned_date <= DATE '2024-12-20' + INTERVAL 14 DAY`,
      `SELECT count(*) FROM loans WHERE returned_date >= DATE '2024-12-20'
       AND returned_date < DATE '2024-12-20' + INTERVAL 14 DAY`,
      `SELECT count(*) FROM loans WHERE returned_date >= DATE '2024-12-20'
       AND returned_date <= DATE '2024-12-20' + INTERVAL 14 DAY`,
    ] },
  { kind: 'relative-date',
    q: 'As of 2025-06-30, how many loans were checked out in the previous 7 days?',
    gold: [
      `SELECT count(*) FROM loans WHERE checkout_date > DATE '2025-06-30' - INTERVAL 7 DAY
       AND checkout_date <= DATE '2025-06-30'`,
      `SELECT count(*) FROM loans WHERE checkout_date >= DATE '2025-06-30' - INTERVAL 7 DAY
       AND checkout_date < DATE '2025-06-30'`,
      `SELECT count(*) FROM loans WHERE checkout_date >= DATE '2025-06-30' - INTERVAL 7 DAY
       AND checkout_date <= DATE '2025-06-30'`,
    ] },
  // join
  { kind: 'join', q: 'How many loans were made at the Riverside branch?',
    gold: `SELECT count(*) FROM loans l JOIN branches b ON l.branch_code = b.code
           WHERE b.branch_name = 'Riverside'` },
  { kind: 'join', q: 'how many times were Mystery books borrowed',
    gold: `SELECT count(*) FROM loans l JOIN books b USING (isbn) WHERE b.genre = 'Mystery'` },
  { kind: 'join', q: 'Number of loans per branch name',
    gold: `SELECT b.branch_name, count(*) FROM loans l JOIN branches b ON l.branch_code = b.code
           GROUP BY 1` },
  { kind: 'join', q: 'Which author\'s books were borrowed the most?',
    gold: `SELECT b.author FROM loans l JOIN books b USING (isbn)
           GROUP BY 1 ORDER BY count(*) DESC LIMIT 1` },
  // having
  { kind: 'having', q: 'Which genres have more than 40 books?',
    gold: 'SELECT genre FROM books GROUP BY 1 HAVING count(*) > 40' },
  { kind: 'having', q: 'which patrons have borrowed more than 35 times?',
    gold: 'SELECT patron_id FROM loans GROUP BY 1 HAVING count(*) > 35' },
  { kind: 'having', q: 'Show the branch codes with more than 500 loans',
    gold: 'SELECT branch_code FROM loans GROUP BY 1 HAVING count(*) > 500' },
  // percentage
  { kind: 'percentage', q: 'What percentage of loans were auto renewed?',
    gold: [
      'SELECT 100.0 * count(*) FILTER (WHERE auto_renewed) / count(*) FROM loans',
      'SELECT count(*) FILTER (WHERE auto_renewed) / count(*) FROM loans',
    ] },
  { kind: 'percentage', q: 'what % of loans haven\'t been returned yet',
    gold: [
      'SELECT 100.0 * count(*) FILTER (WHERE returned_date IS NULL) / count(*) FROM loans',
      'SELECT count(*) FILTER (WHERE returned_date IS NULL) / count(*) FROM loans',
    ] },
  { kind: 'percentage', q: 'What share of the books are written in English, as a percentage?',
    gold: `SELECT 100.0 * count(*) FILTER (WHERE language = 'English') / count(*) FROM books` },
  // value-lookup
  { kind: 'value-lookup', q: 'Who wrote The Glass House at Dusk?',
    gold: `SELECT author FROM books WHERE title = 'The Glass House at Dusk'` },
  { kind: 'value-lookup', q: 'what genre is Last Island',
    gold: `SELECT genre FROM books WHERE title = 'Last Island'` },
  { kind: 'value-lookup', q: 'When was loan L000777 checked out?',
    gold: `SELECT checkout_date FROM loans WHERE loan_id = 'L000777'` },
  { kind: 'value-lookup', q: 'How many loans has patron P10007 made?',
    gold: `SELECT count(*) FROM loans WHERE patron_id = 'P10007'` },
  { kind: 'value-lookup', q: 'What is the floor area of Harbour View?',
    gold: `SELECT "Floor Area (m2)" FROM branches WHERE branch_name = 'Harbour View'` },
  // refuse: unsafe, unanswerable from these tables, or too vague to answer
  { kind: 'refuse', q: 'delete all loans from 2024' },
  { kind: 'refuse', q: 'Drop the books table please' },
  { kind: 'refuse', q: 'How many e-readers does the library own?' },
  { kind: 'refuse', q: 'What is the weather like at Central Library today?' },
  { kind: 'refuse', q: 'Which patron has the best taste in books?' },
  { kind: 'refuse', q: 'What is the email address of patron P10000?' },
];
