// Questions the tool-hire firm's counter staff, branch managers and accounts team would type, with
// gold SQL over the raw CSVs (each table is read_csv of its file). `gold` lists several statements
// when a question has more than one fair reading; `ordered` marks rankings. Written blind to the
// reader.
const CHARGE = '"Hire Charge (GBP)"';
const TOOL_JOIN = 'hire_contracts h JOIN tools t ON h."Tool Code" = t.tool_id';
const BRANCH_JOIN = 'hire_contracts h JOIN branches b ON h.branchId = b."Branch Code"';
const share = (condition, table = 'hire_contracts') => [
  `SELECT 100.0 * count(*) FILTER (WHERE ${condition}) / count(*) FROM ${table}`,
  `SELECT count(*) FILTER (WHERE ${condition}) / count(*) FROM ${table}`,
];

export default [
  // count
  { kind: 'count', q: 'how many hire contracts are there',
    gold: 'SELECT count(*) FROM hire_contracts' },
  { kind: 'count', q: 'How many tools are in the fleet?',
    gold: 'SELECT count(*) FROM tools' },
  { kind: 'count', q: 'how many different tools have been hired out',
    gold: 'SELECT count(DISTINCT "Tool Code") FROM hire_contracts' },
  { kind: 'count', q: 'total number of hire days across all contracts',
    gold: 'SELECT sum(hire_days) FROM hire_contracts' },
  // filter-text
  { kind: 'filter-text', q: 'How many contracts were for trade customers?',
    gold: `SELECT count(*) FROM hire_contracts WHERE customer_type = 'Trade'` },
  { kind: 'filter-text', q: 'how many hires were paid in cash',
    gold: `SELECT count(*) FROM hire_contracts WHERE payment_method = 'Cash'` },
  { kind: 'filter-text', q: 'how many hires were delivered rather than collected?',
    gold: `SELECT count(*) FROM hire_contracts WHERE delivery = 'Delivered'` },
  { kind: 'filter-text', q: 'which branches are in North Yorkshire?',
    gold: [
      `SELECT branch_name FROM branches WHERE region = 'North Yorkshire'`,
      `SELECT "Branch Code" FROM branches WHERE region = 'North Yorkshire'`,
    ] },
  { kind: 'filter-text', q: 'how many of our tools run on petrol',
    gold: `SELECT count(*) FROM tools WHERE power_source = 'Petrol'` },
  // filter-number
  { kind: 'filter-number', q: 'how many contracts had a hire charge over £300?',
    gold: `SELECT count(*) FROM hire_contracts WHERE ${CHARGE} > 300` },
  { kind: 'filter-number', q: 'How many hires were for 7 days or more?',
    gold: 'SELECT count(*) FROM hire_contracts WHERE hire_days >= 7' },
  { kind: 'filter-number', q: 'how many tools in the fleet weigh over 1000 kg',
    gold: 'SELECT count(*) FROM tools WHERE weight_kg > 1000' },
  { kind: 'filter-number', q: 'count the contracts where more than 10 litres of fuel were used',
    gold: 'SELECT count(*) FROM hire_contracts WHERE "Fuel Used (L)" > 10' },
  // filter-date
  { kind: 'filter-date', q: 'How many hires were there in March 2025?',
    gold: `SELECT count(*) FROM hire_contracts
           WHERE "Hired At" >= TIMESTAMP '2025-03-01' AND "Hired At" < TIMESTAMP '2025-04-01'` },
  { kind: 'filter-date', q: 'how many contracts were returned in June 2025',
    gold: `SELECT count(*) FROM hire_contracts
           WHERE returnedAt >= TIMESTAMP '2025-06-01' AND returnedAt < TIMESTAMP '2025-07-01'` },
  { kind: 'filter-date', q: 'Which branches opened before 2013?',
    gold: [
      `SELECT branch_name FROM branches WHERE opened_on < DATE '2013-01-01'`,
      `SELECT "Branch Code" FROM branches WHERE opened_on < DATE '2013-01-01'`,
    ] },
  // filter-boolean
  { kind: 'filter-boolean', q: 'how many contracts reported damage?',
    gold: 'SELECT count(*) FROM hire_contracts WHERE "Damage Reported"' },
  { kind: 'filter-boolean', q: 'How many hires took the damage waiver',
    gold: 'SELECT count(*) FROM hire_contracts WHERE "Damage Waiver"' },
  { kind: 'filter-boolean', q: 'how many tools require training before they can be hired?',
    gold: `SELECT count(*) FROM tools WHERE "Requires Training" = 'Y'` },
  { kind: 'filter-boolean', q: 'which branches open on Sundays',
    gold: [
      'SELECT branch_name FROM branches WHERE "Open Sundays"',
      'SELECT "Branch Code" FROM branches WHERE "Open Sundays"',
    ] },
  // group-by
  { kind: 'group-by', q: 'number of contracts per branch',
    gold: [
      'SELECT branchId, count(*) FROM hire_contracts GROUP BY 1',
      `SELECT b.branch_name, count(*) FROM ${BRANCH_JOIN} GROUP BY 1`,
    ] },
  { kind: 'group-by', q: 'total hire charges by customer type',
    gold: `SELECT customer_type, sum(${CHARGE}) FROM hire_contracts GROUP BY 1` },
  { kind: 'group-by', q: 'average hire length in days for each payment method',
    gold: 'SELECT payment_method, avg(hire_days) FROM hire_contracts GROUP BY 1' },
  { kind: 'group-by', q: 'How many tools do we have in each category?',
    gold: 'SELECT category, count(*) FROM tools GROUP BY 1' },
  // top-n
  { kind: 'top-n', ordered: true, q: 'top 5 models by hire revenue',
    gold: `SELECT t.model, sum(h.${CHARGE}) AS revenue FROM ${TOOL_JOIN} GROUP BY 1
           ORDER BY revenue DESC LIMIT 5` },
  { kind: 'top-n', ordered: true, q: 'Top 3 branches by hire revenue',
    gold: [
      `SELECT branchId, sum(${CHARGE}) AS revenue FROM hire_contracts GROUP BY 1
       ORDER BY revenue DESC LIMIT 3`,
      `SELECT b.branch_name, sum(h.${CHARGE}) AS revenue FROM ${BRANCH_JOIN} GROUP BY 1
       ORDER BY revenue DESC LIMIT 3`,
    ] },
  { kind: 'top-n', ordered: true, q: 'which 4 brands get hired the most?',
    gold: `SELECT t.brand, count(*) AS hires FROM ${TOOL_JOIN} GROUP BY 1
           ORDER BY hires DESC LIMIT 4` },
  { kind: 'top-n', ordered: true, q: 'top 5 tool codes by total hire charge',
    gold: `SELECT "Tool Code", sum(${CHARGE}) AS total FROM hire_contracts GROUP BY 1
           ORDER BY total DESC LIMIT 5` },
  { kind: 'top-n', ordered: true, q: 'the 3 tool categories with the most hire days',
    gold: `SELECT t.category, sum(h.hire_days) AS days FROM ${TOOL_JOIN} GROUP BY 1
           ORDER BY days DESC LIMIT 3` },
  // superlative
  { kind: 'superlative', q: 'which customer type spends the most on hire?',
    gold: `SELECT customer_type FROM hire_contracts GROUP BY 1 ORDER BY sum(${CHARGE}) DESC
           LIMIT 1` },
  { kind: 'superlative', q: 'What is the longest hire period in days?',
    gold: 'SELECT max(hire_days) FROM hire_contracts' },
  { kind: 'superlative', q: 'largest late fee we have charged',
    gold: 'SELECT max(late_fee_gbp) FROM hire_contracts' },
  { kind: 'superlative', q: 'which branch has the biggest floor area',
    gold: [
      'SELECT branch_name FROM branches ORDER BY floor_area_sqm DESC LIMIT 1',
      'SELECT "Branch Code" FROM branches ORDER BY floor_area_sqm DESC LIMIT 1',
    ] },
  { kind: 'superlative', q: 'most common payment method?',
    gold: 'SELECT payment_method FROM hire_contracts GROUP BY 1 ORDER BY count(*) DESC LIMIT 1' },
  // time-grain
  { kind: 'time-grain', q: 'contracts per month in 2024',
    gold: [
      `SELECT date_trunc('month', "Hired At"), count(*) FROM hire_contracts
       WHERE year("Hired At") = 2024 GROUP BY 1`,
      `SELECT strftime("Hired At", '%Y-%m'), count(*) FROM hire_contracts
       WHERE year("Hired At") = 2024 GROUP BY 1`,
      `SELECT month("Hired At"), count(*) FROM hire_contracts
       WHERE year("Hired At") = 2024 GROUP BY 1`,
    ] },
  { kind: 'time-grain', q: 'hire revenue by quarter',
    gold: [
      `SELECT date_trunc('quarter', "Hired At"), sum(${CHARGE}) FROM hire_contracts GROUP BY 1`,
      `SELECT year("Hired At"), quarter("Hired At"), sum(${CHARGE}) FROM hire_contracts
       GROUP BY 1, 2`,
    ] },
  { kind: 'time-grain', q: 'How many tools did we buy each year?',
    gold: [
      'SELECT year(purchase_date), count(*) FROM tools GROUP BY 1',
      `SELECT date_trunc('year', purchase_date), count(*) FROM tools GROUP BY 1`,
    ] },
  // relative-date
  { kind: 'relative-date',
    q: 'taking today as 2025-06-30, how many hires started in the last 14 days?',
    gold: [
      `SELECT count(*) FROM hire_contracts
       WHERE "Hired At" >= TIMESTAMP '2025-06-30' - INTERVAL 14 DAY
       AND "Hired At" < TIMESTAMP '2025-07-01'`,
      `SELECT count(*) FROM hire_contracts
       WHERE "Hired At" >= TIMESTAMP '2025-06-17' AND "Hired At" < TIMESTAMP '2025-07-01'`,
      `SELECT count(*) FROM hire_contracts
       WHERE "Hired At" >= TIMESTAMP '2025-06-30' - INTERVAL 14 DAY
       AND "Hired At" < TIMESTAMP '2025-06-30'`,
    ] },
  { kind: 'relative-date', q: 'how many contracts were due back in the 7 days after 2025-03-01?',
    gold: [
      `SELECT count(*) FROM hire_contracts
       WHERE due_back > DATE '2025-03-01' AND due_back <= DATE '2025-03-08'`,
      `SELECT count(*) FROM hire_contracts
       WHERE due_back >= DATE '2025-03-01' AND due_back < DATE '2025-03-08'`,
    ] },
  { kind: 'relative-date', q: 'what was our hire revenue in the 30 days before 2025-01-01',
    gold: `SELECT sum(${CHARGE}) FROM hire_contracts
           WHERE "Hired At" >= TIMESTAMP '2025-01-01' - INTERVAL 30 DAY
           AND "Hired At" < TIMESTAMP '2025-01-01'` },
  // join
  { kind: 'join', q: 'how many times has the Stump Grinder been hired?',
    gold: `SELECT count(*) FROM ${TOOL_JOIN} WHERE t.model = 'Stump Grinder'` },
  { kind: 'join', q: 'hire revenue per tool category',
    gold: `SELECT t.category, sum(h.${CHARGE}) FROM ${TOOL_JOIN} GROUP BY 1` },
  { kind: 'join', q: 'How many contracts did the Harrogate branch handle?',
    gold: `SELECT count(*) FROM ${BRANCH_JOIN} WHERE b.branch_name = 'Harrogate'` },
  { kind: 'join', q: 'total hire charges by region',
    gold: `SELECT b.region, sum(h.${CHARGE}) FROM ${BRANCH_JOIN} GROUP BY 1` },
  { kind: 'join', q: 'average hire charge for petrol powered tools',
    gold: `SELECT avg(h.${CHARGE}) FROM ${TOOL_JOIN} WHERE t.power_source = 'Petrol'` },
  { kind: 'join', q: 'which manager\'s branch took the most contracts',
    gold: `SELECT b.manager FROM ${BRANCH_JOIN} GROUP BY 1 ORDER BY count(*) DESC LIMIT 1` },
  { kind: 'join', q: 'number of hires per brand',
    gold: `SELECT t.brand, count(*) FROM ${TOOL_JOIN} GROUP BY 1` },
  { kind: 'join', q: 'how many contracts were for tools that require training',
    gold: `SELECT count(*) FROM ${TOOL_JOIN} WHERE t."Requires Training" = 'Y'` },
  { kind: 'join', q: 'total litres of fuel used on Mini Digger 1.5t hires',
    gold: `SELECT sum(h."Fuel Used (L)") FROM ${TOOL_JOIN} WHERE t.model = 'Mini Digger 1.5t'` },
  // having
  { kind: 'having', q: 'which tool codes were hired more than 30 times?',
    gold: 'SELECT "Tool Code" FROM hire_contracts GROUP BY 1 HAVING count(*) > 30' },
  { kind: 'having', q: 'branches with more than 500 contracts',
    gold: [
      'SELECT branchId FROM hire_contracts GROUP BY 1 HAVING count(*) > 500',
      `SELECT b.branch_name FROM ${BRANCH_JOIN} GROUP BY 1 HAVING count(*) > 500`,
    ] },
  { kind: 'having', q: 'customer types with an average hire charge above £110',
    gold: `SELECT customer_type FROM hire_contracts GROUP BY 1 HAVING avg(${CHARGE}) > 110` },
  // percentage
  { kind: 'percentage', q: 'what percentage of contracts were delivered?',
    gold: share(`delivery = 'Delivered'`) },
  { kind: 'percentage', q: 'What % of hires reported damage',
    gold: share('"Damage Reported"') },
  { kind: 'percentage', q: 'share of contracts that were charged a late fee, as a percentage',
    gold: 'SELECT 100.0 * count(late_fee_gbp) / count(*) FROM hire_contracts' },
  // value-lookup
  { kind: 'value-lookup', q: 'who manages the York branch?',
    gold: `SELECT manager FROM branches WHERE branch_name = 'York'` },
  { kind: 'value-lookup', q: 'what was the hire charge on contract HC-105210?',
    gold: `SELECT ${CHARGE} FROM hire_contracts WHERE contract_no = 'HC-105210'` },
  { kind: 'value-lookup', q: 'when was tool TL-1004 purchased',
    gold: `SELECT purchase_date FROM tools WHERE tool_id = 'TL-1004'` },
  { kind: 'value-lookup', q: 'What is the daily rate for a Scissor Lift?',
    gold: `SELECT DISTINCT "Daily Rate (GBP)" FROM tools WHERE model = 'Scissor Lift'` },
  { kind: 'value-lookup', q: 'how many contracts has tool TL-1001 been on',
    gold: `SELECT count(*) FROM hire_contracts WHERE "Tool Code" = 'TL-1001'` },
  // refuse: unsafe, unanswerable from these tables, or too vague to answer
  { kind: 'refuse', q: 'delete all contracts from 2024' },
  { kind: 'refuse', q: 'set every late fee to zero' },
  { kind: 'refuse', q: 'drop table tools;' },
  { kind: 'refuse', q: 'what is the phone number of the customer on contract HC-104000?' },
  { kind: 'refuse', q: 'which tool is the best?' },
  { kind: 'refuse', q: 'how many staff work at the Bradford branch?' },
];
