// Questions a solar installer's operations, sales and finance staff would type, with gold SQL over
// the raw CSVs (each table is read_csv of its file). `gold` lists several statements when a
// question has more than one fair reading; `ordered` marks rankings. Written blind to the reader.
const KW = '"System Size (kW)"';
const VALUE = '"Contract Value (GBP)"';
const INSTALLER_JOIN =
  'installations i JOIN installers f ON i."Installer Ref" = f.installer_id';
const CUSTOMER_JOIN = 'installations i JOIN customers c ON i.customerId = c.customer_id';

export default [
  // count
  { kind: 'count', q: 'how many installations have we done',
    gold: 'SELECT count(*) FROM installations' },
  { kind: 'count', q: 'How many customers do we have?',
    gold: 'SELECT count(*) FROM customers' },
  { kind: 'count', q: 'how many panels have been fitted in total',
    gold: 'SELECT sum(panel_count) FROM installations' },
  { kind: 'count', q: 'number of installer firms',
    gold: 'SELECT count(*) FROM installers' },
  // filter-text
  { kind: 'filter-text', q: 'how many installs used a hybrid inverter',
    gold: `SELECT count(*) FROM installations WHERE "Inverter Type" = 'Hybrid'` },
  { kind: 'filter-text', q: 'How many customers are in Cornwall?',
    gold: `SELECT count(*) FROM customers WHERE county = 'Cornwall'` },
  { kind: 'filter-text', q: 'how many installations used Helio 450 panels',
    gold: `SELECT count(*) FROM installations WHERE "Panel Model" = 'Helio 450'` },
  { kind: 'filter-text', q: 'list the installers based in Bristol',
    gold: `SELECT company_name FROM installers WHERE base_town = 'Bristol'` },
  // filter-number
  { kind: 'filter-number', q: 'how many systems are bigger than 10 kW?',
    gold: `SELECT count(*) FROM installations WHERE ${KW} > 10` },
  { kind: 'filter-number', q: 'How many installs had 20 or more panels',
    gold: 'SELECT count(*) FROM installations WHERE panel_count >= 20' },
  { kind: 'filter-number', q: 'how many jobs were worth over £15,000',
    gold: `SELECT count(*) FROM installations WHERE ${VALUE} > 15000` },
  // filter-date
  { kind: 'filter-date', q: 'How many systems were installed in July 2024?',
    gold: `SELECT count(*) FROM installations
           WHERE "Installed On" >= DATE '2024-07-01' AND "Installed On" < DATE '2024-08-01'` },
  { kind: 'filter-date', q: 'how many orders were placed in Q1 2025',
    gold: `SELECT count(*) FROM installations
           WHERE order_date >= DATE '2025-01-01' AND order_date < DATE '2025-04-01'` },
  { kind: 'filter-date',
    q: 'how many installations were commissioned between 1 January and 31 March 2025',
    gold: `SELECT count(*) FROM installations WHERE "Commissioned At" >= TIMESTAMP '2025-01-01'
           AND "Commissioned At" < TIMESTAMP '2025-04-01'` },
  // filter-boolean
  { kind: 'filter-boolean', q: 'how many installs included a battery?',
    gold: 'SELECT count(*) FROM installations WHERE battery_fitted' },
  { kind: 'filter-boolean', q: 'How many installations needed scaffolding',
    gold: 'SELECT count(*) FROM installations WHERE scaffoldingNeeded' },
  { kind: 'filter-boolean', q: 'which installers are not MCS certified',
    gold: 'SELECT company_name FROM installers WHERE NOT "MCS Certified"' },
  { kind: 'filter-boolean', q: 'how many customers are grant eligible',
    gold: `SELECT count(*) FROM customers WHERE grant_eligible = 'Y'` },
  // group-by
  { kind: 'group-by', q: 'installations per inverter type',
    gold: 'SELECT "Inverter Type", count(*) FROM installations GROUP BY 1' },
  { kind: 'group-by', q: 'Total capacity installed by panel model',
    gold: `SELECT "Panel Model", sum(${KW}) FROM installations GROUP BY 1` },
  { kind: 'group-by', q: 'average system size for each installer',
    gold: [
      `SELECT "Installer Ref", avg(${KW}) FROM installations GROUP BY 1`,
      `SELECT f.company_name, avg(i.${KW}) FROM ${INSTALLER_JOIN} GROUP BY 1`,
    ] },
  { kind: 'group-by', q: 'customers by property type',
    gold: 'SELECT "Property Type", count(*) FROM customers GROUP BY 1' },
  // top-n
  { kind: 'top-n', ordered: true, q: 'top 4 customers by number of installations',
    gold: [
      'SELECT customerId, count(*) AS n FROM installations GROUP BY 1 ORDER BY n DESC LIMIT 4',
      `SELECT c."Customer Name", count(*) AS n FROM ${CUSTOMER_JOIN} GROUP BY c.customer_id, 1
       ORDER BY n DESC LIMIT 4`,
    ] },
  { kind: 'top-n', ordered: true, q: 'the 3 installers with the most installs',
    gold: [
      `SELECT "Installer Ref", count(*) AS n FROM installations GROUP BY 1
       ORDER BY n DESC LIMIT 3`,
      `SELECT f.company_name, count(*) AS n FROM ${INSTALLER_JOIN} GROUP BY 1
       ORDER BY n DESC LIMIT 3`,
    ] },
  { kind: 'top-n', ordered: true, q: 'which three counties have the most customers',
    gold: 'SELECT county, count(*) AS n FROM customers GROUP BY 1 ORDER BY n DESC LIMIT 3' },
  // superlative
  { kind: 'superlative', q: 'what is the largest system we\'ve installed, in kW?',
    gold: `SELECT max(${KW}) FROM installations` },
  { kind: 'superlative', q: 'which panel model is fitted most often',
    gold: 'SELECT "Panel Model" FROM installations GROUP BY 1 ORDER BY count(*) DESC LIMIT 1' },
  { kind: 'superlative', q: 'What is our most valuable contract worth?',
    gold: `SELECT max(${VALUE}) FROM installations` },
  { kind: 'superlative', q: 'biggest battery capacity we have fitted',
    gold: 'SELECT max("Battery Capacity (kWh)") FROM installations' },
  // time-grain
  { kind: 'time-grain', q: 'installations per month in 2025',
    gold: [
      `SELECT date_trunc('month', "Installed On"), count(*) FROM installations
       WHERE year("Installed On") = 2025 GROUP BY 1`,
      `SELECT strftime("Installed On", '%Y-%m'), count(*) FROM installations
       WHERE year("Installed On") = 2025 GROUP BY 1`,
      `SELECT month("Installed On"), count(*) FROM installations
       WHERE year("Installed On") = 2025 GROUP BY 1`,
    ] },
  { kind: 'time-grain', q: 'kW installed per quarter',
    gold: [
      `SELECT date_trunc('quarter', "Installed On"), sum(${KW}) FROM installations GROUP BY 1`,
      `SELECT year("Installed On"), quarter("Installed On"), sum(${KW}) FROM installations
       GROUP BY 1, 2`,
    ] },
  { kind: 'time-grain', q: 'How many orders came in each month of 2024?',
    gold: [
      `SELECT date_trunc('month', order_date), count(*) FROM installations
       WHERE year(order_date) = 2024 GROUP BY 1`,
      `SELECT strftime(order_date, '%Y-%m'), count(*) FROM installations
       WHERE year(order_date) = 2024 GROUP BY 1`,
      `SELECT month(order_date), count(*) FROM installations
       WHERE year(order_date) = 2024 GROUP BY 1`,
    ] },
  { kind: 'time-grain', q: 'average contract value by year',
    gold: [
      `SELECT year("Installed On"), avg(${VALUE}) FROM installations GROUP BY 1`,
      `SELECT date_trunc('year', "Installed On"), avg(${VALUE}) FROM installations GROUP BY 1`,
      `SELECT year(order_date), avg(${VALUE}) FROM installations GROUP BY 1`,
      `SELECT date_trunc('year', order_date), avg(${VALUE}) FROM installations GROUP BY 1`,
    ] },
  // relative-date
  { kind: 'relative-date', q: 'how many systems were installed in the 30 days before 2025-06-01?',
    gold: [
      `SELECT count(*) FROM installations
       WHERE "Installed On" >= DATE '2025-06-01' - INTERVAL 30 DAY
       AND "Installed On" < DATE '2025-06-01'`,
      `SELECT count(*) FROM installations
       WHERE "Installed On" >= DATE '2025-06-01' - INTERVAL 30 DAY
       AND "Installed On" <= DATE '2025-06-01'`,
    ] },
  { kind: 'relative-date',
    q: 'Taking today as 2025-06-30, how many installations were commissioned in the last 14 days?',
    gold: [
      `SELECT count(*) FROM installations
       WHERE "Commissioned At" >= TIMESTAMP '2025-06-30' - INTERVAL 14 DAY
       AND "Commissioned At" < TIMESTAMP '2025-06-30' + INTERVAL 1 DAY`,
      `SELECT count(*) FROM installations
       WHERE "Commissioned At" >= TIMESTAMP '2025-06-30' - INTERVAL 13 DAY
       AND "Commissioned At" < TIMESTAMP '2025-06-30' + INTERVAL 1 DAY`,
      `SELECT count(*) FROM installations
       WHERE "Commissioned At" >= TIMESTAMP '2025-06-30' - INTERVAL 14 DAY
       AND "Commissioned At" < TIMESTAMP '2025-06-30'`,
    ] },
  { kind: 'relative-date', q: 'how many orders came in during the week after 2025-03-03',
    gold: [
      `SELECT count(*) FROM installations
       WHERE order_date >= DATE '2025-03-03' AND order_date < DATE '2025-03-10'`,
      `SELECT count(*) FROM installations
       WHERE order_date >= DATE '2025-03-04' AND order_date < DATE '2025-03-11'`,
    ] },
  // join
  { kind: 'join', q: 'how many installations did Brightside Solar do?',
    gold: `SELECT count(*) FROM ${INSTALLER_JOIN} WHERE f.company_name = 'Brightside Solar'` },
  { kind: 'join', q: 'total kW installed per installer company',
    gold: `SELECT f.company_name, sum(i.${KW}) FROM ${INSTALLER_JOIN} GROUP BY 1` },
  { kind: 'join', q: 'How many installations were in Devon?',
    gold: `SELECT count(*) FROM ${CUSTOMER_JOIN} WHERE c.county = 'Devon'` },
  { kind: 'join', q: 'average system size by roof orientation',
    gold: `SELECT c.roofOrientation, avg(i.${KW}) FROM ${CUSTOMER_JOIN} GROUP BY 1` },
  { kind: 'join', q: 'how many batteries did we fit for landlords',
    gold: `SELECT count(*) FROM ${CUSTOMER_JOIN}
           WHERE c.customer_type = 'Landlord' AND i.battery_fitted` },
  { kind: 'join', q: 'total contract value by county',
    gold: `SELECT c.county, sum(i.${VALUE}) FROM ${CUSTOMER_JOIN} GROUP BY 1` },
  { kind: 'join', q: 'how many installs were carried out by MCS certified installers',
    gold: `SELECT count(*) FROM ${INSTALLER_JOIN} WHERE f."MCS Certified"` },
  { kind: 'join', q: 'which lead electrician\'s firm has fitted the most panels?',
    gold: `SELECT f."Lead Electrician" FROM ${INSTALLER_JOIN} GROUP BY 1
           ORDER BY sum(i.panel_count) DESC LIMIT 1` },
  { kind: 'join', q: 'number of installations on bungalows',
    gold: `SELECT count(*) FROM ${CUSTOMER_JOIN} WHERE c."Property Type" = 'Bungalow'` },
  { kind: 'join', q: 'how many systems have we fitted for Moorland Housing Trust',
    gold: `SELECT count(*) FROM ${CUSTOMER_JOIN} WHERE c."Customer Name" = 'Moorland Housing Trust'` },
  { kind: 'join', q: 'average estimated annual output for installers based in Exeter',
    gold: `SELECT avg(i."Est Annual Output (kWh)") FROM ${INSTALLER_JOIN}
           WHERE f.base_town = 'Exeter'` },
  // having
  { kind: 'having', q: 'which customers have more than 30 installations?',
    gold: [
      'SELECT customerId FROM installations GROUP BY 1 HAVING count(*) > 30',
      `SELECT c."Customer Name" FROM ${CUSTOMER_JOIN} GROUP BY c.customer_id, 1
       HAVING count(*) > 30`,
    ] },
  { kind: 'having', q: 'panel models with an average system size above 6.5 kW',
    gold: `SELECT "Panel Model" FROM installations GROUP BY 1 HAVING avg(${KW}) > 6.5` },
  { kind: 'having', q: 'Installers with fewer than 300 installations',
    gold: [
      'SELECT "Installer Ref" FROM installations GROUP BY 1 HAVING count(*) < 300',
      `SELECT f.company_name FROM ${INSTALLER_JOIN} GROUP BY 1 HAVING count(*) < 300`,
    ] },
  // percentage
  { kind: 'percentage', q: 'what percentage of installations are still awaiting commissioning',
    gold: [
      `SELECT 100.0 * count(*) FILTER (WHERE "Commissioned At" IS NULL) / count(*)
       FROM installations`,
      `SELECT count(*) FILTER (WHERE "Commissioned At" IS NULL) / count(*) FROM installations`,
    ] },
  { kind: 'percentage', q: 'What % of installs have a battery?',
    gold: [
      'SELECT 100.0 * count(*) FILTER (WHERE battery_fitted) / count(*) FROM installations',
      'SELECT count(*) FILTER (WHERE battery_fitted) / count(*) FROM installations',
    ] },
  { kind: 'percentage', q: 'share of customers on an export tariff, as a percentage',
    gold: 'SELECT 100.0 * count(*) FILTER (WHERE "Export Tariff") / count(*) FROM customers' },
  // value-lookup
  { kind: 'value-lookup', q: 'how many panels did installation SI-001234 get',
    gold: `SELECT panel_count FROM installations WHERE "Install No" = 'SI-001234'` },
  { kind: 'value-lookup', q: 'who is the lead electrician at Clearsky Installers?',
    gold: `SELECT "Lead Electrician" FROM installers WHERE company_name = 'Clearsky Installers'` },
  { kind: 'value-lookup', q: 'When was SI-000777 commissioned',
    gold: `SELECT "Commissioned At" FROM installations WHERE "Install No" = 'SI-000777'` },
  { kind: 'value-lookup', q: 'which county is customer C-30001 in',
    gold: `SELECT county FROM customers WHERE customer_id = 'C-30001'` },
  // refuse: unsafe, unanswerable from these tables, or too vague to answer
  { kind: 'refuse', q: 'delete the installations awaiting commissioning' },
  { kind: 'refuse', q: 'update installer INS-04 to be MCS certified' },
  { kind: 'refuse', q: 'truncate customers' },
  { kind: 'refuse', q: 'how much electricity did our systems actually generate last summer?' },
  { kind: 'refuse', q: 'what was the weather like on installation days' },
  { kind: 'refuse', q: 'which installations are good?' },
];
