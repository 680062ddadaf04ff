// Questions a highway authority's asset managers, contract managers and councillors' officers
// would type, with gold SQL over the raw CSVs (each table is read_csv of its file). `gold` lists
// several statements when a question has more than one fair reading; `ordered` marks rankings.
// Written blind to the reader.
const COST = '"Cost (GBP)"';
const SEGMENT_JOIN = 'repair_jobs j JOIN road_segments s ON j."Segment Ref" = s.segment_id';
const CONTRACTOR_JOIN = 'repair_jobs j JOIN contractors c ON j.contractorId = c."Contractor Code"';

export default [
  // count
  { kind: 'count', q: 'how many repair jobs are there?',
    gold: 'SELECT count(*) FROM repair_jobs' },
  { kind: 'count', q: 'How many road segments do we look after',
    gold: 'SELECT count(*) FROM road_segments' },
  { kind: 'count', q: 'how many contractors are on the framework',
    gold: 'SELECT count(*) FROM contractors' },
  { kind: 'count', q: 'how many segments have had at least one repair job',
    gold: 'SELECT count(DISTINCT "Segment Ref") FROM repair_jobs' },
  // filter-text
  { kind: 'filter-text', q: 'how many pothole jobs have there been',
    gold: `SELECT count(*) FROM repair_jobs WHERE job_type = 'Pothole'` },
  { kind: 'filter-text', q: 'How many emergency repairs were logged?',
    gold: `SELECT count(*) FROM repair_jobs WHERE Priority = 'Emergency'` },
  { kind: 'filter-text', q: 'number of jobs reported by councillors',
    gold: `SELECT count(*) FROM repair_jobs WHERE reported_by = 'Councillor'` },
  { kind: 'filter-text', q: 'list the contractors that specialise in drainage',
    gold: [
      `SELECT contractor_name FROM contractors WHERE specialism = 'Drainage'`,
      `SELECT "Contractor Code" FROM contractors WHERE specialism = 'Drainage'`,
    ] },
  // filter-number
  { kind: 'filter-number', q: 'how many potholes were deeper than 100mm?',
    gold: 'SELECT count(*) FROM repair_jobs WHERE "Pothole Depth (mm)" > 100' },
  { kind: 'filter-number', q: 'How many jobs cost over £5,000',
    gold: `SELECT count(*) FROM repair_jobs WHERE ${COST} > 5000` },
  { kind: 'filter-number', q: 'how many jobs used more than 300 tonnes of asphalt',
    gold: 'SELECT count(*) FROM repair_jobs WHERE "Asphalt Used (t)" > 300' },
  { kind: 'filter-number', q: 'which segments are longer than 1.3 km?',
    gold: [
      'SELECT segment_id FROM road_segments WHERE "Length (m)" > 1300',
      'SELECT "Road Name" FROM road_segments WHERE "Length (m)" > 1300',
    ] },
  // filter-date
  { kind: 'filter-date', q: 'how many jobs were reported in January 2025',
    gold: `SELECT count(*) FROM repair_jobs WHERE "Reported At" >= TIMESTAMP '2025-01-01'
           AND "Reported At" < TIMESTAMP '2025-02-01'` },
  { kind: 'filter-date', q: 'How many jobs were completed in Q2 2025?',
    gold: `SELECT count(*) FROM repair_jobs
           WHERE completed_on >= DATE '2025-04-01' AND completed_on < DATE '2025-07-01'` },
  { kind: 'filter-date', q: 'how many segments were last resurfaced before 2010',
    gold: `SELECT count(*) FROM road_segments WHERE "Last Resurfaced" < DATE '2010-01-01'` },
  // filter-boolean
  { kind: 'filter-boolean', q: 'how many jobs needed traffic management?',
    gold: 'SELECT count(*) FROM repair_jobs WHERE "Traffic Management"' },
  { kind: 'filter-boolean', q: 'How many jobs were finished within target',
    gold: `SELECT count(*) FROM repair_jobs WHERE "Within Target" = 'Y'` },
  { kind: 'filter-boolean', q: 'how many segments are on a bus route',
    gold: 'SELECT count(*) FROM road_segments WHERE "Bus Route"' },
  // group-by
  { kind: 'group-by', q: 'jobs by status',
    gold: 'SELECT status, count(*) FROM repair_jobs GROUP BY 1' },
  { kind: 'group-by', q: 'Total cost per job type',
    gold: `SELECT job_type, sum(${COST}) FROM repair_jobs GROUP BY 1` },
  { kind: 'group-by', q: 'average labour hours by priority',
    gold: 'SELECT Priority, avg(labourHours) FROM repair_jobs GROUP BY 1' },
  { kind: 'group-by', q: 'how many segments are there in each road class?',
    gold: 'SELECT "Road Class", count(*) FROM road_segments GROUP BY 1' },
  // top-n
  { kind: 'top-n', ordered: true, q: 'the 5 most expensive jobs',
    gold: `SELECT "Job Number", ${COST} FROM repair_jobs WHERE ${COST} IS NOT NULL
           ORDER BY 2 DESC LIMIT 5` },
  { kind: 'top-n', ordered: true, q: 'top 3 wards by number of road segments',
    gold: 'SELECT ward, count(*) AS n FROM road_segments GROUP BY 1 ORDER BY n DESC LIMIT 3' },
  { kind: 'top-n', ordered: true, q: 'Which 4 contractors charge the highest day rates?',
    gold: [
      'SELECT contractor_name, "Day Rate (GBP)" FROM contractors ORDER BY 2 DESC LIMIT 4',
      'SELECT "Contractor Code", "Day Rate (GBP)" FROM contractors ORDER BY 2 DESC LIMIT 4',
    ] },
  // superlative
  { kind: 'superlative', q: 'what was the most expensive single repair?',
    gold: [
      `SELECT max(${COST}) FROM repair_jobs`,
      `SELECT "Job Number" FROM repair_jobs WHERE ${COST} IS NOT NULL
       ORDER BY ${COST} DESC LIMIT 1`,
    ] },
  { kind: 'superlative', q: 'deepest pothole we have recorded',
    gold: 'SELECT max("Pothole Depth (mm)") FROM repair_jobs' },
  { kind: 'superlative', q: 'Who is our highest rated contractor?',
    gold: 'SELECT contractor_name FROM contractors ORDER BY rating DESC LIMIT 1' },
  { kind: 'superlative', q: 'which source reports the most jobs',
    gold: 'SELECT reported_by FROM repair_jobs GROUP BY 1 ORDER BY count(*) DESC LIMIT 1' },
  // time-grain
  { kind: 'time-grain', q: 'pothole reports per month',
    gold: [
      `SELECT date_trunc('month', "Reported At"), count(*) FROM repair_jobs
       WHERE job_type = 'Pothole' GROUP BY 1`,
      `SELECT strftime("Reported At", '%Y-%m'), count(*) FROM repair_jobs
       WHERE job_type = 'Pothole' GROUP BY 1`,
    ] },
  { kind: 'time-grain', q: 'total repair spend per quarter',
    gold: [
      `SELECT date_trunc('quarter', "Reported At"), sum(${COST}) FROM repair_jobs GROUP BY 1`,
      `SELECT year("Reported At"), quarter("Reported At"), sum(${COST}) FROM repair_jobs
       GROUP BY 1, 2`,
      `SELECT date_trunc('quarter', completed_on), sum(${COST}) FROM repair_jobs
       WHERE completed_on IS NOT NULL GROUP BY 1`,
      `SELECT year(completed_on), quarter(completed_on), sum(${COST}) FROM repair_jobs
       WHERE completed_on IS NOT NULL GROUP BY 1, 2`,
    ] },
  { kind: 'time-grain', q: 'How many jobs were completed each month in 2025?',
    gold: [
      `SELECT date_trunc('month', completed_on), count(*) FROM repair_jobs
       WHERE year(completed_on) = 2025 GROUP BY 1`,
      `SELECT strftime(completed_on, '%Y-%m'), count(*) FROM repair_jobs
       WHERE year(completed_on) = 2025 GROUP BY 1`,
      `SELECT month(completed_on), count(*) FROM repair_jobs
       WHERE year(completed_on) = 2025 GROUP BY 1`,
    ] },
  { kind: 'time-grain', q: 'weekly job reports in February 2025',
    gold: `SELECT date_trunc('week', "Reported At"), count(*) FROM repair_jobs
           WHERE "Reported At" >= TIMESTAMP '2025-02-01' AND "Reported At" < TIMESTAMP '2025-03-01'
           GROUP BY 1` },
  // relative-date
  { kind: 'relative-date', q: 'as of 2025-08-31, how many jobs were reported in the last 30 days?',
    gold: [
      `SELECT count(*) FROM repair_jobs
       WHERE "Reported At" >= TIMESTAMP '2025-08-01' AND "Reported At" < TIMESTAMP '2025-09-01'`,
      `SELECT count(*) FROM repair_jobs
       WHERE "Reported At" >= TIMESTAMP '2025-08-02' AND "Reported At" < TIMESTAMP '2025-09-01'`,
      `SELECT count(*) FROM repair_jobs
       WHERE "Reported At" >= TIMESTAMP '2025-08-01' AND "Reported At" < TIMESTAMP '2025-08-31'`,
    ] },
  { kind: 'relative-date', q: 'how many jobs were completed in the 14 days after 2025-03-01',
    gold: [
      `SELECT count(*) FROM repair_jobs
       WHERE completed_on > DATE '2025-03-01' AND completed_on <= DATE '2025-03-15'`,
      `SELECT count(*) FROM repair_jobs
       WHERE completed_on >= DATE '2025-03-01' AND completed_on < DATE '2025-03-15'`,
    ] },
  { kind: 'relative-date',
    q: 'Taking today as 2025-08-31, how many open jobs are past their target date?',
    gold: [
      `SELECT count(*) FROM repair_jobs WHERE status IN ('In Progress', 'Scheduled')
       AND "Target Date" < DATE '2025-08-31'`,
      `SELECT count(*) FROM repair_jobs WHERE status IN ('In Progress', 'Scheduled')
       AND "Target Date" <= DATE '2025-08-31'`,
    ] },
  // join
  { kind: 'join', q: 'how many repair jobs were on Bath Road?',
    gold: `SELECT count(*) FROM ${SEGMENT_JOIN} WHERE s."Road Name" = 'Bath Road'` },
  { kind: 'join', q: 'total cost of repairs by ward',
    gold: `SELECT s.ward, sum(j.${COST}) FROM ${SEGMENT_JOIN} GROUP BY 1` },
  { kind: 'join', q: 'Number of jobs per road class',
    gold: `SELECT s."Road Class", count(*) FROM ${SEGMENT_JOIN} GROUP BY 1` },
  { kind: 'join', q: 'how many jobs has PatchFast UK done',
    gold: [
      `SELECT count(*) FROM ${CONTRACTOR_JOIN} WHERE c.contractor_name = 'PatchFast UK'`,
      `SELECT count(*) FROM ${CONTRACTOR_JOIN} WHERE c.contractor_name = 'PatchFast UK'
       AND j.status = 'Completed'`,
    ] },
  { kind: 'join', q: 'total spend with each contractor',
    gold: `SELECT c.contractor_name, sum(j.${COST}) FROM ${CONTRACTOR_JOIN} GROUP BY 1` },
  { kind: 'join', ordered: true, q: 'top 3 roads by number of repair jobs',
    gold: `SELECT s."Road Name", count(*) AS n FROM ${SEGMENT_JOIN} GROUP BY 1
           ORDER BY n DESC LIMIT 3` },
  { kind: 'join', q: 'What is the average pothole depth on A roads?',
    gold: `SELECT avg(j."Pothole Depth (mm)") FROM ${SEGMENT_JOIN}
           WHERE s."Road Class" = 'A Road'` },
  { kind: 'join', q: 'how many emergency jobs were on bus routes',
    gold: `SELECT count(*) FROM ${SEGMENT_JOIN} WHERE s."Bus Route" AND j.Priority = 'Emergency'` },
  { kind: 'join', q: 'how many tonnes of asphalt did Avonside Highways Ltd lay?',
    gold: `SELECT sum(j."Asphalt Used (t)") FROM ${CONTRACTOR_JOIN}
           WHERE c.contractor_name = 'Avonside Highways Ltd'` },
  { kind: 'join', q: 'which ward had the most potholes',
    gold: `SELECT s.ward FROM ${SEGMENT_JOIN} WHERE j.job_type = 'Pothole' GROUP BY 1
           ORDER BY count(*) DESC LIMIT 1` },
  { kind: 'join', q: 'how many jobs did SME contractors carry out?',
    gold: [
      `SELECT count(*) FROM ${CONTRACTOR_JOIN} WHERE c.isSME`,
      `SELECT count(*) FROM ${CONTRACTOR_JOIN} WHERE c.isSME AND j.status = 'Completed'`,
    ] },
  // having
  { kind: 'having', q: 'which roads have had more than 150 repair jobs?',
    gold: `SELECT s."Road Name" FROM ${SEGMENT_JOIN} GROUP BY 1 HAVING count(*) > 150` },
  { kind: 'having', q: 'segments with more than 24 jobs',
    gold: 'SELECT "Segment Ref" FROM repair_jobs GROUP BY 1 HAVING count(*) > 24' },
  { kind: 'having', q: 'Which job types have an average cost above £1,000?',
    gold: `SELECT job_type FROM repair_jobs GROUP BY 1 HAVING avg(${COST}) > 1000` },
  // percentage
  { kind: 'percentage', q: 'what percentage of jobs were completed within target?',
    gold: [
      `SELECT 100.0 * count(*) FILTER (WHERE "Within Target" = 'Y') / count(*) FROM repair_jobs`,
      `SELECT count(*) FILTER (WHERE "Within Target" = 'Y') / count(*) FROM repair_jobs`,
      `SELECT 100.0 * count(*) FILTER (WHERE "Within Target" = 'Y') / count("Within Target")
       FROM repair_jobs`,
      `SELECT count(*) FILTER (WHERE "Within Target" = 'Y') / count("Within Target")
       FROM repair_jobs`,
    ] },
  { kind: 'percentage', q: 'share of jobs that are potholes, as a percentage',
    gold: `SELECT 100.0 * count(*) FILTER (WHERE job_type = 'Pothole') / count(*)
           FROM repair_jobs` },
  { kind: 'percentage', q: 'What % of road segments are on a bus route',
    gold: [
      'SELECT 100.0 * count(*) FILTER (WHERE "Bus Route") / count(*) FROM road_segments',
      'SELECT count(*) FILTER (WHERE "Bus Route") / count(*) FROM road_segments',
    ] },
  // value-lookup
  { kind: 'value-lookup', q: 'what road is segment SEG-01133 on?',
    gold: `SELECT "Road Name" FROM road_segments WHERE segment_id = 'SEG-01133'` },
  { kind: 'value-lookup', q: 'when was job RJ-62345 completed',
    gold: `SELECT completed_on FROM repair_jobs WHERE "Job Number" = 'RJ-62345'` },
  { kind: 'value-lookup', q: 'What is the day rate for ClearFlow Drainage?',
    gold: `SELECT "Day Rate (GBP)" FROM contractors WHERE contractor_name = 'ClearFlow Drainage'` },
  { kind: 'value-lookup', q: 'where is Gully & Sons based',
    gold: `SELECT "Depot Town" FROM contractors WHERE contractor_name = 'Gully & Sons'` },
  // refuse: unsafe, unanswerable from these tables, or too vague to answer
  { kind: 'refuse', q: 'delete the cancelled jobs' },
  { kind: 'refuse', q: 'DROP TABLE road_segments; --' },
  { kind: 'refuse', q: 'set the status of every job to Completed' },
  { kind: 'refuse', q: 'how many accidents happened on Bath Road?' },
  { kind: 'refuse', q: 'what is the phone number of PatchFast UK' },
  { kind: 'refuse', q: 'which roads are the worst?' },
];
