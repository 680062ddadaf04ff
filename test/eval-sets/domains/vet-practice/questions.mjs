// Questions the practice manager, the vets and the front desk would type, with gold SQL over the
// raw CSVs (each table is a view over read_csv of its file). `gold` lists several statements
// when a question fairly has more than one reading; `ordered` marks rankings.
const FEE = '"Fee (£)"';
const MINUTES = '"Duration (min)"';
const PETS_JOIN = 'visits v JOIN pets p ON v."Pet ID" = p.pet_id';
const VETS_JOIN = 'visits v JOIN vets s ON v.vetId = s."Vet No"';

/** "In the N days before/after <day>": the half-open window and its other fair boundaries. */
const windowReadings = (from, to, where = 'true') => [
  `SELECT count(*) FROM visits WHERE ${where} AND visit_date >= ${from} AND visit_date < ${to}`,
  `SELECT count(*) FROM visits WHERE ${where} AND visit_date > ${from} AND visit_date <= ${to}`,
  `SELECT count(*) FROM visits WHERE ${where} AND visit_date >= ${from} AND visit_date <= ${to}`,
];

export default [
  // count
  { kind: 'count', q: 'how many visits have there been altogether',
    gold: 'SELECT count(*) FROM visits' },
  { kind: 'count', q: 'How many pets are registered with the practice?',
    gold: 'SELECT count(*) FROM pets' },
  { kind: 'count', q: 'how many different pets came in for a visit?',
    gold: 'SELECT count(DISTINCT "Pet ID") FROM visits' },
  // filter-text
  { kind: 'filter-text', q: 'How many visits were for vaccinations?',
    gold: `SELECT count(*) FROM visits WHERE reason = 'Vaccination'` },
  { kind: 'filter-text', q: 'hey, how many cats are on the register',
    gold: `SELECT count(*) FROM pets WHERE species = 'Cat'` },
  { kind: 'filter-text', q: 'how many visits ended with the pet being referred',
    gold: `SELECT count(*) FROM visits WHERE outcome = 'Referred'` },
  { kind: 'filter-text', q: 'list the names of the locum vets',
    gold: `SELECT vet_name FROM vets WHERE role = 'Locum'` },
  // filter-number
  { kind: 'filter-number', q: 'How many visits cost more than £500?',
    gold: `SELECT count(*) FROM visits WHERE ${FEE} > 500` },
  { kind: 'filter-number', q: 'how many apointments lasted over 2 hours',
    gold: `SELECT count(*) FROM visits WHERE ${MINUTES} > 120` },
  { kind: 'filter-number', q: 'how many visits got a 15% discount?',
    gold: 'SELECT count(*) FROM visits WHERE discount_pct = 15' },
  { kind: 'filter-number', q: 'how many visits recorded a weight above 30kg',
    gold: 'SELECT count(*) FROM visits WHERE "Weight (kg)" > 30' },
  // filter-date
  { kind: 'filter-date', q: 'how many visits were there in February 2025?',
    gold: `SELECT count(*) FROM visits
           WHERE visit_date >= DATE '2025-02-01' AND visit_date < DATE '2025-03-01'` },
  { kind: 'filter-date', q: 'How many of the pets were born after 2020?',
    gold: 'SELECT count(*) FROM pets WHERE year("Date of Birth") > 2020' },
  { kind: 'filter-date', q: 'how many pets were registered in 2024',
    gold: 'SELECT count(*) FROM pets WHERE year(registered_on) = 2024' },
  { kind: 'filter-date', q: 'how many visits arrived before 9 in the morning?',
    gold: 'SELECT count(*) FROM visits WHERE hour("Arrival Time") < 9' },
  // filter-boolean
  { kind: 'filter-boolean', q: 'how many visits were claimed on insurance',
    gold: 'SELECT count(*) FROM visits WHERE insurance_claim' },
  { kind: 'filter-boolean', q: 'How many visits need a follow-up?',
    gold: `SELECT count(*) FROM visits WHERE "Follow-up Needed" = 'Y'` },
  { kind: 'filter-boolean', q: 'how many pets are neutered?',
    gold: 'SELECT count(*) FROM pets WHERE neutered' },
  { kind: 'filter-boolean', q: 'Which vets work part time?',
    gold: 'SELECT vet_name FROM vets WHERE "Part Time"' },
  // group-by
  { kind: 'group-by', q: 'number of visits by reason',
    gold: 'SELECT reason, count(*) FROM visits GROUP BY 1' },
  { kind: 'group-by', q: 'can you give me the average fee per visit reason',
    gold: `SELECT reason, avg(${FEE}) FROM visits GROUP BY 1` },
  { kind: 'group-by', q: 'How many pets of each species do we have?',
    gold: 'SELECT species, count(*) FROM pets GROUP BY 1' },
  { kind: 'group-by', q: 'average length of a visit by outcome',
    gold: `SELECT outcome, avg(${MINUTES}) FROM visits GROUP BY 1` },
  // top-n
  { kind: 'top-n', ordered: true, q: 'top 3 most common reasons for a visit',
    gold: 'SELECT reason, count(*) AS n FROM visits GROUP BY 1 ORDER BY n DESC LIMIT 3' },
  { kind: 'top-n', ordered: true, q: 'show me the 5 most expensive visits',
    gold: `SELECT visit_id, ${FEE} FROM visits ORDER BY ${FEE} DESC LIMIT 5` },
  { kind: 'top-n', ordered: true, q: 'which 3 vets saw the most visits?',
    gold: [
      'SELECT vetId, count(*) AS n FROM visits GROUP BY 1 ORDER BY n DESC LIMIT 3',
      `SELECT s.vet_name, count(*) AS n FROM ${VETS_JOIN} GROUP BY 1 ORDER BY n DESC LIMIT 3`,
    ] },
  { kind: 'top-n', ordered: true, q: 'top 2 breeds on the register',
    gold: 'SELECT breed, count(*) AS n FROM pets GROUP BY 1 ORDER BY n DESC LIMIT 2' },
  // superlative
  { kind: 'superlative', q: 'what is the highest fee we have charged for a visit',
    gold: `SELECT max(${FEE}) FROM visits` },
  { kind: 'superlative', q: 'What is the longest a visit has taken?',
    gold: `SELECT max(${MINUTES}) FROM visits` },
  { kind: 'superlative', q: 'which reason for a visit has the highest average fee',
    gold: `SELECT reason FROM visits GROUP BY 1 ORDER BY avg(${FEE}) DESC LIMIT 1` },
  { kind: 'superlative', q: 'When was the oldest pet born?',
    gold: 'SELECT min("Date of Birth") FROM pets' },
  { kind: 'superlative', q: 'which species do we have the most of',
    gold: 'SELECT species FROM pets GROUP BY 1 ORDER BY count(*) DESC LIMIT 1' },
  // time-grain
  { kind: 'time-grain', q: 'visits per month in 2024',
    gold: [
      `SELECT date_trunc('month', visit_date), count(*) FROM visits
       WHERE year(visit_date) = 2024 GROUP BY 1`,
      `SELECT strftime(visit_date, '%Y-%m'), count(*) FROM visits
       WHERE year(visit_date) = 2024 GROUP BY 1`,
      `SELECT month(visit_date), count(*) FROM visits WHERE year(visit_date) = 2024 GROUP BY 1`,
    ] },
  { kind: 'time-grain', q: 'total fees per quarter',
    gold: [
      `SELECT date_trunc('quarter', visit_date), sum(${FEE}) FROM visits GROUP BY 1`,
      `SELECT year(visit_date), quarter(visit_date), sum(${FEE}) FROM visits GROUP BY 1, 2`,
    ] },
  { kind: 'time-grain', q: 'number of new pet registrations each year',
    gold: [
      'SELECT year(registered_on), count(*) FROM pets GROUP BY 1',
      `SELECT date_trunc('year', registered_on), count(*) FROM pets GROUP BY 1`,
    ] },
  // relative-date
  { kind: 'relative-date', q: 'how many visits were there in the 14 days before 2025-06-01',
    gold: windowReadings(`DATE '2025-05-18'`, `DATE '2025-06-01'`) },
  { kind: 'relative-date',
    q: 'As of 2025-06-29, how many visits did we have in the last 7 days?',
    gold: windowReadings(`DATE '2025-06-22'`, `DATE '2025-06-29'`) },
  { kind: 'relative-date',
    q: 'in the month after 2025-03-15, how many emergency visits came in?',
    gold: windowReadings(`DATE '2025-03-15'`, `DATE '2025-04-15'`, `reason = 'Emergency'`) },
  // join
  { kind: 'join', q: 'How many visits were for dogs?',
    gold: `SELECT count(*) FROM ${PETS_JOIN} WHERE p.species = 'Dog'` },
  { kind: 'join', q: 'number of visits per vet name',
    gold: `SELECT s.vet_name, count(*) FROM ${VETS_JOIN} GROUP BY 1` },
  { kind: 'join', q: 'total fees earned by Dr Helen Marsh',
    gold: `SELECT sum(v.${FEE}) FROM ${VETS_JOIN} WHERE s.vet_name = 'Dr Helen Marsh'` },
  { kind: 'join', q: 'what is the average fee for rabbit visits',
    gold: `SELECT avg(v.${FEE}) FROM ${PETS_JOIN} WHERE p.species = 'Rabbit'` },
  { kind: 'join', q: 'how many visits did our surgery specialists handle?',
    gold: `SELECT count(*) FROM ${VETS_JOIN} WHERE s.specialty = 'Surgery'` },
  { kind: 'join', q: 'which species do we see most often at visits',
    gold: `SELECT p.species FROM ${PETS_JOIN} GROUP BY 1 ORDER BY count(*) DESC LIMIT 1` },
  { kind: 'join', q: 'average visit fee by species',
    gold: `SELECT p.species, avg(v.${FEE}) FROM ${PETS_JOIN} GROUP BY 1` },
  // having
  { kind: 'having', q: 'which pets have been in more than 13 times?',
    gold: 'SELECT "Pet ID" FROM visits GROUP BY 1 HAVING count(*) > 13' },
  { kind: 'having', q: 'Which breeds have more than 65 pets?',
    gold: 'SELECT breed FROM pets GROUP BY 1 HAVING count(*) > 65' },
  { kind: 'having', q: 'vets with over 600 visits',
    gold: [
      'SELECT vetId FROM visits GROUP BY 1 HAVING count(*) > 600',
      `SELECT s.vet_name FROM ${VETS_JOIN} GROUP BY 1 HAVING count(*) > 600`,
    ] },
  // percentage
  { kind: 'percentage', q: 'what percentage of visits were insurance claims',
    gold: [
      'SELECT 100.0 * count(*) FILTER (WHERE insurance_claim) / count(*) FROM visits',
      'SELECT count(*) FILTER (WHERE insurance_claim) / count(*) FROM visits',
    ] },
  { kind: 'percentage', q: 'what % of pets are microchipped?',
    gold: [
      'SELECT 100.0 * count(*) FILTER (WHERE isMicrochipped) / count(*) FROM pets',
      'SELECT count(*) FILTER (WHERE isMicrochipped) / count(*) FROM pets',
    ] },
  { kind: 'percentage', q: 'What share of visits needed a follow-up, in percent?',
    gold: `SELECT 100.0 * count(*) FILTER (WHERE "Follow-up Needed" = 'Y') / count(*)
           FROM visits` },
  // value-lookup
  { kind: 'value-lookup', q: 'What kind of animal is PT02003?',
    gold: `SELECT species FROM pets WHERE pet_id = 'PT02003'` },
  { kind: 'value-lookup', q: 'when did visit VS-53000 happen',
    gold: [
      `SELECT visit_date FROM visits WHERE visit_id = 'VS-53000'`,
      `SELECT "Arrival Time" FROM visits WHERE visit_id = 'VS-53000'`,
    ] },
  { kind: 'value-lookup', q: "what is Dr Amir Haddad's specialty",
    gold: `SELECT specialty FROM vets WHERE vet_name = 'Dr Amir Haddad'` },
  { kind: 'value-lookup', q: 'How much was charged for visit VS-51234?',
    gold: `SELECT ${FEE} FROM visits WHERE visit_id = 'VS-51234'` },
  { kind: 'value-lookup', q: 'how many times has pet PT02001 been in',
    gold: `SELECT count(*) FROM visits WHERE "Pet ID" = 'PT02001'` },
  // refuse: unsafe, unanswerable from these tables, or too vague to answer
  { kind: 'refuse', q: 'delete all visits from 2024' },
  { kind: 'refuse', q: 'put every fee up by 10 percent' },
  { kind: 'refuse', q: 'what medication was prescribed to pet PT02001?' },
  { kind: 'refuse', q: "what's the owner's phone number for PT02010" },
  { kind: 'refuse', q: 'which vet is the best?' },
  { kind: 'refuse', q: 'how many visits will we get next year' },
];
