// Questions a water utility's network operations, asset management and finance staff would type,
// with gold SQL over the raw CSVs (each table is read_csv of its file). `gold` lists several
// statements when a question has more than one fair reading; `ordered` marks rankings. Written
// blind to the reader.
const COST = '"Cost (USD)"';
const LOST = '"Water Lost (m3)"';
const ASSET_JOIN = 'work_orders w JOIN pipe_assets a ON w.AssetID = a."Asset Ref"';
const CREW_JOIN = 'work_orders w JOIN crews c ON w.assigned_crew = c."Crew Code"';

export default [
  // count
  { kind: 'count', q: 'how many work orders are there',
    gold: 'SELECT count(*) FROM work_orders' },
  { kind: 'count', q: 'How many crews do we have?',
    gold: 'SELECT count(*) FROM crews' },
  { kind: 'count', q: 'how many pipe assets are in the register',
    gold: 'SELECT count(*) FROM pipe_assets' },
  { kind: 'count', q: 'how many different assets have had a work order raised on them',
    gold: 'SELECT count(DISTINCT AssetID) FROM work_orders' },
  // filter-text
  { kind: 'filter-text', q: 'how many main breaks were there?',
    gold: `SELECT count(*) FROM work_orders WHERE "Job Type" = 'Main Break'` },
  { kind: 'filter-text', q: 'How many work orders are still open',
    gold: [
      `SELECT count(*) FROM work_orders WHERE Status = 'Open'`,
      `SELECT count(*) FROM work_orders WHERE Status IN ('Open', 'In Progress')`,
    ] },
  { kind: 'filter-text', q: 'how many jobs were raised from a SCADA alarm',
    gold: `SELECT count(*) FROM work_orders WHERE source = 'SCADA Alarm'` },
  { kind: 'filter-text', q: 'how many of our pipes are cast iron',
    gold: `SELECT count(*) FROM pipe_assets WHERE material = 'Cast Iron'` },
  { kind: 'filter-text', q: 'list the crews based at the Hillcrest depot',
    gold: [
      `SELECT crew_name FROM crews WHERE depot = 'Hillcrest'`,
      `SELECT "Crew Code" FROM crews WHERE depot = 'Hillcrest'`,
    ] },
  // filter-number
  { kind: 'filter-number', q: 'how many work oders cost more than 5000 dollars',
    gold: `SELECT count(*) FROM work_orders WHERE ${COST} > 5000` },
  { kind: 'filter-number', q: 'How many jobs took more than 10 hours of labour?',
    gold: 'SELECT count(*) FROM work_orders WHERE "Labour Hours" > 10' },
  { kind: 'filter-number', q: 'how many pipes are wider than 300 millimetres',
    gold: 'SELECT count(*) FROM pipe_assets WHERE "Diameter (mm)" > 300' },
  { kind: 'filter-number', q: 'number of work orders where we lost over 100 cubic metres of water',
    gold: `SELECT count(*) FROM work_orders WHERE ${LOST} > 100` },
  { kind: 'filter-number', q: 'how many jobs affected more than 500 customers?',
    gold: 'SELECT count(*) FROM work_orders WHERE customers_affected > 500' },
  // filter-date
  { kind: 'filter-date', q: 'How many work orders were reported in January 2025?',
    gold: `SELECT count(*) FROM work_orders
           WHERE "Reported At" >= TIMESTAMP '2025-01-01'
           AND "Reported At" < TIMESTAMP '2025-02-01'` },
  { kind: 'filter-date', q: 'how many jobs were completed in Q4 2024',
    gold: `SELECT count(*) FROM work_orders
           WHERE completed_at >= TIMESTAMP '2024-10-01'
           AND completed_at < TIMESTAMP '2025-01-01'` },
  { kind: 'filter-date', q: 'how many pipes were installed before 1950?',
    gold: 'SELECT count(*) FROM pipe_assets WHERE install_year < 1950' },
  { kind: 'filter-date', q: 'how many assets were last inspected before 2020',
    gold: `SELECT count(*) FROM pipe_assets WHERE "Last Inspected" < DATE '2020-01-01'` },
  { kind: 'filter-date', q: 'work orders reported between 2024-03-01 and 2024-03-15 - how many?',
    gold: [
      `SELECT count(*) FROM work_orders
       WHERE "Reported At" >= TIMESTAMP '2024-03-01'
       AND "Reported At" < TIMESTAMP '2024-03-16'`,
      `SELECT count(*) FROM work_orders
       WHERE "Reported At" BETWEEN TIMESTAMP '2024-03-01' AND TIMESTAMP '2024-03-15'`,
    ] },
  // filter-boolean
  { kind: 'filter-boolean', q: 'how many work orders needed traffic management?',
    gold: 'SELECT count(*) FROM work_orders WHERE traffic_management' },
  { kind: 'filter-boolean', q: 'How many jobs led to a boil water notice',
    gold: `SELECT count(*) FROM work_orders WHERE "Boil Water Notice" = 'Y'` },
  { kind: 'filter-boolean', q: 'which crews are on call',
    gold: [
      'SELECT crew_name FROM crews WHERE on_call',
      'SELECT "Crew Code" FROM crews WHERE on_call',
    ] },
  { kind: 'filter-boolean', q: 'how many critical mains are there',
    gold: 'SELECT count(*) FROM pipe_assets WHERE isCriticalMain' },
  // group-by
  { kind: 'group-by', q: 'number of work orders by job type',
    gold: 'SELECT "Job Type", count(*) FROM work_orders GROUP BY 1' },
  { kind: 'group-by', q: 'Total cost per priority',
    gold: `SELECT priority, sum(${COST}) FROM work_orders GROUP BY 1` },
  { kind: 'group-by', q: 'avg labour hours for each job tpye',
    gold: 'SELECT "Job Type", avg("Labour Hours") FROM work_orders GROUP BY 1' },
  { kind: 'group-by', q: 'how many pipes of each material do we have',
    gold: 'SELECT material, count(*) FROM pipe_assets GROUP BY 1' },
  { kind: 'group-by', q: 'break down the work orders by status',
    gold: 'SELECT Status, count(*) FROM work_orders GROUP BY 1' },
  // top-n
  { kind: 'top-n', ordered: true, q: 'top 3 crews by number of work orders',
    gold: [
      `SELECT assigned_crew, count(*) AS n FROM work_orders WHERE assigned_crew IS NOT NULL
       GROUP BY 1 ORDER BY n DESC LIMIT 3`,
      `SELECT c.crew_name, count(*) AS n FROM ${CREW_JOIN} GROUP BY 1 ORDER BY n DESC LIMIT 3`,
    ] },
  { kind: 'top-n', ordered: true, q: 'top 5 job types by total cost',
    gold: `SELECT "Job Type", sum(${COST}) AS total FROM work_orders GROUP BY 1
           ORDER BY total DESC LIMIT 5` },
  { kind: 'top-n', ordered: true, q: 'show me the 3 longest pipes',
    gold: 'SELECT "Asset Ref", "Length (m)" FROM pipe_assets ORDER BY 2 DESC LIMIT 3' },
  { kind: 'top-n', ordered: true, q: 'Top 3 pressure zones by number of work orders',
    gold: `SELECT a."Pressure Zone", count(*) AS n FROM ${ASSET_JOIN} GROUP BY 1
           ORDER BY n DESC LIMIT 3` },
  { kind: 'top-n', ordered: true, q: 'the 3 most expensive work orders',
    gold: `SELECT "WO Number", ${COST} FROM work_orders WHERE ${COST} IS NOT NULL
           ORDER BY 2 DESC LIMIT 3` },
  // superlative
  { kind: 'superlative', q: 'which asset has had the most work orders?',
    gold: 'SELECT AssetID FROM work_orders GROUP BY 1 ORDER BY count(*) DESC LIMIT 1' },
  { kind: 'superlative', q: 'what was the most expensive repair job',
    gold: [
      `SELECT max(${COST}) FROM work_orders`,
      `SELECT "WO Number" FROM work_orders WHERE ${COST} IS NOT NULL ORDER BY ${COST} DESC LIMIT 1`,
    ] },
  { kind: 'superlative', q: 'which job type has the highest average labour hours',
    gold: `SELECT "Job Type" FROM work_orders GROUP BY 1
           ORDER BY avg("Labour Hours") DESC LIMIT 1` },
  { kind: 'superlative', q: 'when was our oldest pipe installed?',
    gold: 'SELECT min(install_year) FROM pipe_assets' },
  { kind: 'superlative', q: 'which crew is the biggest',
    gold: [
      'SELECT crew_name FROM crews ORDER BY "Crew Size" DESC LIMIT 1',
      'SELECT "Crew Code" FROM crews ORDER BY "Crew Size" DESC LIMIT 1',
    ] },
  // time-grain
  { kind: 'time-grain', q: 'work orders reported per month in 2024',
    gold: [
      `SELECT date_trunc('month', "Reported At"), count(*) FROM work_orders
       WHERE year("Reported At") = 2024 GROUP BY 1`,
      `SELECT strftime("Reported At", '%Y-%m'), count(*) FROM work_orders
       WHERE year("Reported At") = 2024 GROUP BY 1`,
      `SELECT month("Reported At"), count(*) FROM work_orders
       WHERE year("Reported At") = 2024 GROUP BY 1`,
    ] },
  { kind: 'time-grain', q: 'total repair cost by quarter',
    gold: [
      `SELECT date_trunc('quarter', "Reported At"), sum(${COST}) FROM work_orders GROUP BY 1`,
      `SELECT year("Reported At"), quarter("Reported At"), sum(${COST}) FROM work_orders
       GROUP BY 1, 2`,
      `SELECT date_trunc('quarter', completed_at), sum(${COST}) FROM work_orders
       WHERE completed_at IS NOT NULL GROUP BY 1`,
      `SELECT year(completed_at), quarter(completed_at), sum(${COST}) FROM work_orders
       WHERE completed_at IS NOT NULL GROUP BY 1, 2`,
    ] },
  { kind: 'time-grain', q: 'how many main breaks each year',
    gold: [
      `SELECT year("Reported At"), count(*) FROM work_orders WHERE "Job Type" = 'Main Break'
       GROUP BY 1`,
      `SELECT date_trunc('year', "Reported At"), count(*) FROM work_orders
       WHERE "Job Type" = 'Main Break' GROUP BY 1`,
    ] },
  { kind: 'time-grain', q: 'weekly count of work orders in february 2025',
    gold: `SELECT date_trunc('week', "Reported At"), count(*) FROM work_orders
           WHERE "Reported At" >= TIMESTAMP '2025-02-01'
           AND "Reported At" < TIMESTAMP '2025-03-01'
           GROUP BY 1` },
  // relative-date
  { kind: 'relative-date',
    q: 'how many work orders were reported in the 14 days before 2025-01-15?',
    gold: [
      `SELECT count(*) FROM work_orders
       WHERE "Reported At" >= TIMESTAMP '2025-01-15' - INTERVAL 14 DAY
       AND "Reported At" < TIMESTAMP '2025-01-15'`,
      `SELECT count(*) FROM work_orders
       WHERE "Reported At" >= TIMESTAMP '2025-01-15' - INTERVAL 14 DAY
       AND "Reported At" < TIMESTAMP '2025-01-15' + INTERVAL 1 DAY`,
    ] },
  { kind: 'relative-date',
    q: 'Taking today as 2025-06-30, how many jobs were completed in the last 30 days?',
    gold: [
      `SELECT count(*) FROM work_orders
       WHERE completed_at >= TIMESTAMP '2025-06-30' - INTERVAL 30 DAY
       AND completed_at < TIMESTAMP '2025-06-30' + INTERVAL 1 DAY`,
      `SELECT count(*) FROM work_orders
       WHERE completed_at >= TIMESTAMP '2025-06-30' - INTERVAL 30 DAY
       AND completed_at < TIMESTAMP '2025-06-30'`,
      `SELECT count(*) FROM work_orders
       WHERE completed_at >= TIMESTAMP '2025-06-30' - INTERVAL 29 DAY
       AND completed_at < TIMESTAMP '2025-06-30' + INTERVAL 1 DAY`,
    ] },
  { kind: 'relative-date', q: 'how many work orders came in during the 7 days after 2024-12-24',
    gold: [
      `SELECT count(*) FROM work_orders WHERE "Reported At" >= TIMESTAMP '2024-12-24'
       AND "Reported At" < TIMESTAMP '2024-12-24' + INTERVAL 7 DAY`,
      `SELECT count(*) FROM work_orders WHERE "Reported At" >= TIMESTAMP '2024-12-25'
       AND "Reported At" < TIMESTAMP '2024-12-25' + INTERVAL 7 DAY`,
    ] },
  // join
  { kind: 'join', q: 'how many work orders were on cast iron pipes?',
    gold: `SELECT count(*) FROM ${ASSET_JOIN} WHERE a.material = 'Cast Iron'` },
  { kind: 'join', q: 'total cost of work orders by pressure zone',
    gold: `SELECT a."Pressure Zone", sum(w.${COST}) FROM ${ASSET_JOIN} GROUP BY 1` },
  { kind: 'join', q: 'How many work orders did the Emergency Response A crew handle',
    gold: `SELECT count(*) FROM ${CREW_JOIN} WHERE c.crew_name = 'Emergency Response A'` },
  { kind: 'join', q: 'number of work orders per depot',
    gold: [
      `SELECT c.depot, count(*) FROM ${CREW_JOIN} GROUP BY 1`,
      `SELECT c.depot, count(*) FROM work_orders w LEFT JOIN crews c
       ON w.assigned_crew = c."Crew Code" GROUP BY 1`,
    ] },
  { kind: 'join', q: 'which supervisor\'s crews handled the most work orders?',
    gold: `SELECT c.Supervisor FROM ${CREW_JOIN} GROUP BY 1 ORDER BY count(*) DESC LIMIT 1` },
  { kind: 'join', q: 'how much water was lost on critical mains',
    gold: `SELECT sum(w.${LOST}) FROM ${ASSET_JOIN} WHERE a.isCriticalMain` },
  // having
  { kind: 'having', q: 'which crews handled more than 500 work orders?',
    gold: [
      'SELECT assigned_crew FROM work_orders GROUP BY 1 HAVING count(*) > 500',
      `SELECT c.crew_name FROM ${CREW_JOIN} GROUP BY 1 HAVING count(*) > 500`,
    ] },
  { kind: 'having', q: 'assets with 25 or more work orders',
    gold: 'SELECT AssetID FROM work_orders GROUP BY 1 HAVING count(*) >= 25' },
  { kind: 'having', q: 'Job types with an average cost above 2000 dollars',
    gold: `SELECT "Job Type" FROM work_orders GROUP BY 1 HAVING avg(${COST}) > 2000` },
  { kind: 'having', q: 'which pressure zones have fewer than 50 pipes',
    gold: 'SELECT "Pressure Zone" FROM pipe_assets GROUP BY 1 HAVING count(*) < 50' },
  // percentage
  { kind: 'percentage', q: 'what percentage of work orders have been completed',
    gold: [
      `SELECT 100.0 * count(*) FILTER (WHERE Status = 'Completed') / count(*) FROM work_orders`,
      `SELECT count(*) FILTER (WHERE Status = 'Completed') / count(*) FROM work_orders`,
    ] },
  { kind: 'percentage', q: 'What % of jobs were priority P1?',
    gold: [
      `SELECT 100.0 * count(*) FILTER (WHERE priority = 'P1') / count(*) FROM work_orders`,
      `SELECT count(*) FILTER (WHERE priority = 'P1') / count(*) FROM work_orders`,
    ] },
  { kind: 'percentage', q: 'share of pipes that are critical mains, as a percentage',
    gold: 'SELECT 100.0 * count(*) FILTER (WHERE isCriticalMain) / count(*) FROM pipe_assets' },
  { kind: 'percentage', q: 'what percent of work orders were cancelled',
    gold: [
      `SELECT 100.0 * count(*) FILTER (WHERE Status = 'Cancelled') / count(*) FROM work_orders`,
      `SELECT count(*) FILTER (WHERE Status = 'Cancelled') / count(*) FROM work_orders`,
    ] },
  // value-lookup
  { kind: 'value-lookup', q: 'who supervises the Hill Meters crew?',
    gold: `SELECT Supervisor FROM crews WHERE crew_name = 'Hill Meters'` },
  { kind: 'value-lookup', q: 'what material is pipe PA-10013 made of',
    gold: `SELECT material FROM pipe_assets WHERE "Asset Ref" = 'PA-10013'` },
  { kind: 'value-lookup', q: 'which pressure zone is asset PA-10026 in?',
    gold: `SELECT "Pressure Zone" FROM pipe_assets WHERE "Asset Ref" = 'PA-10026'` },
  { kind: 'value-lookup', q: 'what is the status of work order WO-240004',
    gold: `SELECT Status FROM work_orders WHERE "WO Number" = 'WO-240004'` },
  { kind: 'value-lookup', q: 'how many people are in the River Hydrants crew',
    gold: `SELECT "Crew Size" FROM crews WHERE crew_name = 'River Hydrants'` },
  // refuse: unsafe, unanswerable from these tables, or too vague to answer
  { kind: 'refuse', q: 'delete all the cancelled work orders' },
  { kind: 'refuse', q: 'update every open work order to Completed' },
  { kind: 'refuse', q: 'what is the water pressure in the Harbour zone right now?' },
  { kind: 'refuse', q: 'how much is each crew member paid per hour' },
  { kind: 'refuse', q: 'which crew is the best?' },
];
