// Questions a zoo's curators, keepers and vets would type about the care log, with gold SQL over
// the raw CSVs (each table is read_csv of its file). `gold` lists several statements when a
// question has more than one fair reading; `ordered` marks rankings. Written blind to the reader.
const FOOD = '"Food Given (kg)"';
const WEIGHT = '"Weight (kg)"';
const ANIMAL_JOIN = 'care_events e JOIN animals a ON e."Animal Tag" = a.animal_id';
const KEEPER_JOIN = 'care_events e JOIN keepers k ON e.keeperId = k."Keeper No"';
const HEALTH = `event_type = 'Health Check'`;

export default [
  // count
  { kind: 'count', q: 'how many care events are in the log',
    gold: 'SELECT count(*) FROM care_events' },
  { kind: 'count', q: 'How many animals do we have?',
    gold: 'SELECT count(*) FROM animals' },
  { kind: 'count', q: 'how many keepers are on the roster',
    gold: 'SELECT count(*) FROM keepers' },
  { kind: 'count', q: 'how many different species does the zoo keep',
    gold: 'SELECT count(DISTINCT species) FROM animals' },
  // filter-text
  { kind: 'filter-text', q: 'how many feedings were there?',
    gold: `SELECT count(*) FROM care_events WHERE event_type = 'Feeding'` },
  { kind: 'filter-text', q: 'Which species live in the Reptile House?',
    gold: `SELECT DISTINCT species FROM animals WHERE Enclosure = 'Reptile House'` },
  { kind: 'filter-text', q: 'how many enrichment sessions used an ice block',
    gold: `SELECT count(*) FROM care_events WHERE enrichment_item = 'Ice Block'` },
  { kind: 'filter-text', q: 'how many of our animals are critically endangered',
    gold: `SELECT count(*) FROM animals WHERE iucn_status = 'CR'` },
  { kind: 'filter-text', q: 'How many keepers work part-time?',
    gold: `SELECT count(*) FROM keepers WHERE Employment = 'Part-time'` },
  // filter-number
  { kind: 'filter-number', q: 'how many health checks lasted more than an hour',
    gold: `SELECT count(*) FROM care_events WHERE ${HEALTH} AND "Duration (min)" > 60` },
  { kind: 'filter-number', q: 'how many feeds were bigger than 20 kg of food?',
    gold: `SELECT count(*) FROM care_events WHERE ${FOOD} > 20` },
  { kind: 'filter-number', q: 'How many weigh-ins came in at over 1,000 kg',
    gold: `SELECT count(*) FROM care_events WHERE ${WEIGHT} > 1000` },
  { kind: 'filter-number', q: 'how many checks recorded a body temperature above 39 degrees',
    gold: 'SELECT count(*) FROM care_events WHERE "Body Temp (C)" > 39' },
  // filter-date
  { kind: 'filter-date', q: 'How many care events were logged in January 2025?',
    gold: `SELECT count(*) FROM care_events
           WHERE "Event Time" >= TIMESTAMP '2025-01-01'
           AND "Event Time" < TIMESTAMP '2025-02-01'` },
  { kind: 'filter-date', q: 'which animals arrived in 2025',
    gold: [
      'SELECT animal_id FROM animals WHERE year(arrival_date) = 2025',
      'SELECT house_name FROM animals WHERE year(arrival_date) = 2025',
      'SELECT species FROM animals WHERE year(arrival_date) = 2025',
    ] },
  { kind: 'filter-date', q: 'how many animals were born after 2020?',
    gold: `SELECT count(*) FROM animals WHERE "Date of Birth" >= DATE '2021-01-01'` },
  { kind: 'filter-date', q: 'keepers who started before 2010',
    gold: [
      `SELECT keeper_name FROM keepers WHERE start_date < DATE '2010-01-01'`,
      `SELECT "Keeper No" FROM keepers WHERE start_date < DATE '2010-01-01'`,
    ] },
  // filter-boolean
  { kind: 'filter-boolean', q: 'how many events had a vet present?',
    gold: `SELECT count(*) FROM care_events WHERE "Vet Present" = 'Y'` },
  { kind: 'filter-boolean', q: 'How many times was medication given',
    gold: 'SELECT count(*) FROM care_events WHERE medicationGiven' },
  { kind: 'filter-boolean', q: 'how many health checks flagged a follow-up',
    gold: 'SELECT count(*) FROM care_events WHERE "Follow-up Needed"' },
  { kind: 'filter-boolean', q: 'which keepers are vet qualified',
    gold: [
      'SELECT keeper_name FROM keepers WHERE vetQualified',
      'SELECT "Keeper No" FROM keepers WHERE vetQualified',
    ] },
  // group-by
  { kind: 'group-by', q: 'care events by type',
    gold: 'SELECT event_type, count(*) FROM care_events GROUP BY 1' },
  { kind: 'group-by', q: 'total food given per diet item',
    gold: [
      `SELECT diet_item, sum(${FOOD}) FROM care_events WHERE diet_item IS NOT NULL GROUP BY 1`,
      `SELECT diet_item, sum(${FOOD}) FROM care_events GROUP BY 1`,
    ] },
  { kind: 'group-by', q: 'average engagement score for each enrichment item',
    gold: [
      `SELECT enrichment_item, avg("Engagement Score") FROM care_events
       WHERE enrichment_item IS NOT NULL GROUP BY 1`,
      'SELECT enrichment_item, avg("Engagement Score") FROM care_events GROUP BY 1',
    ] },
  { kind: 'group-by', q: 'How many animals are there per conservation status?',
    gold: 'SELECT iucn_status, count(*) FROM animals GROUP BY 1' },
  // top-n
  { kind: 'top-n', ordered: true, q: 'top 5 keepers by number of care events logged',
    gold: [
      'SELECT keeperId, count(*) AS n FROM care_events GROUP BY 1 ORDER BY n DESC LIMIT 5',
      `SELECT k.keeper_name, count(*) AS n FROM ${KEEPER_JOIN} GROUP BY 1 ORDER BY n DESC LIMIT 5`,
    ] },
  { kind: 'top-n', ordered: true, q: 'the 3 enclosures with the most animals',
    gold: 'SELECT Enclosure, count(*) AS n FROM animals GROUP BY 1 ORDER BY n DESC LIMIT 3' },
  { kind: 'top-n', ordered: true, q: 'Which three enrichment items are used most often?',
    gold: `SELECT enrichment_item, count(*) AS n FROM care_events WHERE enrichment_item IS NOT NULL
           GROUP BY 1 ORDER BY n DESC LIMIT 3` },
  { kind: 'top-n', ordered: true, q: 'show the 5 heaviest weights recorded',
    gold: `SELECT ${WEIGHT} FROM care_events WHERE ${WEIGHT} IS NOT NULL ORDER BY 1 DESC LIMIT 5` },
  // superlative
  { kind: 'superlative', q: 'which keeper has logged the most care events?',
    gold: [
      'SELECT keeperId FROM care_events GROUP BY 1 ORDER BY count(*) DESC LIMIT 1',
      `SELECT k.keeper_name FROM ${KEEPER_JOIN} GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
    ] },
  { kind: 'superlative', q: 'What is the heaviest weight ever recorded',
    gold: `SELECT max(${WEIGHT}) FROM care_events` },
  { kind: 'superlative', q: 'which enrichment item gets the highest average engagement score',
    gold: `SELECT enrichment_item FROM care_events WHERE enrichment_item IS NOT NULL GROUP BY 1
           ORDER BY avg("Engagement Score") DESC LIMIT 1` },
  { kind: 'superlative', q: 'who is our youngest animal',
    gold: [
      'SELECT animal_id FROM animals ORDER BY "Date of Birth" DESC NULLS LAST LIMIT 1',
      'SELECT species FROM animals ORDER BY "Date of Birth" DESC NULLS LAST LIMIT 1',
    ] },
  // time-grain
  { kind: 'time-grain', q: 'care events per month',
    gold: [
      `SELECT date_trunc('month', "Event Time"), count(*) FROM care_events GROUP BY 1`,
      `SELECT strftime("Event Time", '%Y-%m'), count(*) FROM care_events GROUP BY 1`,
    ] },
  { kind: 'time-grain', q: 'number of health checks per quarter',
    gold: [
      `SELECT date_trunc('quarter', "Event Time"), count(*) FROM care_events WHERE ${HEALTH}
       GROUP BY 1`,
      `SELECT year("Event Time"), quarter("Event Time"), count(*) FROM care_events
       WHERE ${HEALTH} GROUP BY 1, 2`,
    ] },
  { kind: 'time-grain', q: 'average amount of food per feeding, month by month in 2025',
    gold: [
      `SELECT date_trunc('month', "Event Time"), avg(${FOOD}) FROM care_events
       WHERE event_type = 'Feeding' AND year("Event Time") = 2025 GROUP BY 1`,
      `SELECT strftime("Event Time", '%Y-%m'), avg(${FOOD}) FROM care_events
       WHERE event_type = 'Feeding' AND year("Event Time") = 2025 GROUP BY 1`,
      `SELECT month("Event Time"), avg(${FOOD}) FROM care_events
       WHERE event_type = 'Feeding' AND year("Event Time") = 2025 GROUP BY 1`,
    ] },
  { kind: 'time-grain', q: 'How many animals arrived each year?',
    gold: [
      'SELECT year(arrival_date), count(*) FROM animals GROUP BY 1',
      `SELECT date_trunc('year', arrival_date), count(*) FROM animals GROUP BY 1`,
    ] },
  // relative-date
  { kind: 'relative-date',
    q: 'Taking today as 2025-08-31, how many health checks were done in the last 30 days?',
    gold: [
      `SELECT count(*) FROM care_events WHERE ${HEALTH}
       AND "Event Time" >= TIMESTAMP '2025-08-31' - INTERVAL 30 DAY
       AND "Event Time" < TIMESTAMP '2025-09-01'`,
      `SELECT count(*) FROM care_events WHERE ${HEALTH}
       AND "Event Time" >= TIMESTAMP '2025-08-02' AND "Event Time" < TIMESTAMP '2025-09-01'`,
      `SELECT count(*) FROM care_events WHERE ${HEALTH}
       AND "Event Time" >= TIMESTAMP '2025-08-31' - INTERVAL 30 DAY
       AND "Event Time" < TIMESTAMP '2025-08-31'`,
    ] },
  { kind: 'relative-date', q: 'how many feedings were logged in the 14 days before 2025-04-01',
    gold: [
      `SELECT count(*) FROM care_events WHERE event_type = 'Feeding'
       AND "Event Time" >= TIMESTAMP '2025-04-01' - INTERVAL 14 DAY
       AND "Event Time" < TIMESTAMP '2025-04-01'`,
      `SELECT count(*) FROM care_events WHERE event_type = 'Feeding'
       AND "Event Time" >= TIMESTAMP '2025-04-01' - INTERVAL 14 DAY
       AND "Event Time" < TIMESTAMP '2025-04-02'`,
    ] },
  { kind: 'relative-date', q: 'How many care events were there in the week after 24 December 2024?',
    gold: [
      `SELECT count(*) FROM care_events WHERE "Event Time" >= TIMESTAMP '2024-12-24'
       AND "Event Time" < TIMESTAMP '2024-12-24' + INTERVAL 7 DAY`,
      `SELECT count(*) FROM care_events WHERE "Event Time" >= TIMESTAMP '2024-12-25'
       AND "Event Time" < TIMESTAMP '2024-12-25' + INTERVAL 7 DAY`,
    ] },
  { kind: 'relative-date',
    q: 'As of 2025-08-31, how many follow-up checks are due in the next two weeks?',
    gold: [
      `SELECT count(*) FROM care_events WHERE "Next Check Due" > DATE '2025-08-31'
       AND "Next Check Due" <= DATE '2025-08-31' + INTERVAL 14 DAY`,
      `SELECT count(*) FROM care_events WHERE "Next Check Due" >= DATE '2025-08-31'
       AND "Next Check Due" <= DATE '2025-08-31' + INTERVAL 14 DAY`,
      `SELECT count(*) FROM care_events WHERE "Next Check Due" >= DATE '2025-08-31'
       AND "Next Check Due" < DATE '2025-08-31' + INTERVAL 14 DAY`,
    ] },
  // join
  { kind: 'join', q: 'how many times were the lions fed?',
    gold: `SELECT count(*) FROM ${ANIMAL_JOIN}
           WHERE a.species = 'African Lion' AND e.event_type = 'Feeding'` },
  { kind: 'join', q: 'care events per species',
    gold: `SELECT a.species, count(*) FROM ${ANIMAL_JOIN} GROUP BY 1` },
  { kind: 'join', q: 'How much food in total did the elephants get?',
    gold: `SELECT sum(e.${FOOD}) FROM ${ANIMAL_JOIN} WHERE a.species = 'Asian Elephant'` },
  { kind: 'join', q: 'how many health checks did Yasmin Ellis carry out',
    gold: `SELECT count(*) FROM ${KEEPER_JOIN}
           WHERE k.keeper_name = 'Yasmin Ellis' AND e.${HEALTH}` },
  { kind: 'join', q: 'number of care events per keeper section',
    gold: `SELECT k.section, count(*) FROM ${KEEPER_JOIN} GROUP BY 1` },
  { kind: 'join', q: 'average recorded weight for each species',
    gold: `SELECT a.species, avg(e.${WEIGHT}) FROM ${ANIMAL_JOIN} GROUP BY 1` },
  { kind: 'join', q: 'how many enrichment sessions did the primates get',
    gold: [
      `SELECT count(*) FROM ${KEEPER_JOIN}
       WHERE k.section = 'Primates' AND e.event_type = 'Enrichment'`,
      `SELECT count(*) FROM ${ANIMAL_JOIN} WHERE e.event_type = 'Enrichment' AND a.species IN
       ('Western Lowland Gorilla', 'Bornean Orangutan', 'Ring-tailed Lemur')`,
    ] },
  { kind: 'join', q: 'which enclosure had the most health checks?',
    gold: `SELECT a.Enclosure FROM ${ANIMAL_JOIN} WHERE e.${HEALTH} GROUP BY 1
           ORDER BY count(*) DESC LIMIT 1` },
  { kind: 'join', q: 'How many care events were carried out by part-time keepers',
    gold: `SELECT count(*) FROM ${KEEPER_JOIN} WHERE k.Employment = 'Part-time'` },
  { kind: 'join', q: 'how many times was Hazel fed',
    gold: `SELECT count(*) FROM ${ANIMAL_JOIN}
           WHERE a.house_name = 'Hazel' AND e.event_type = 'Feeding'` },
  { kind: 'join', q: 'average engagement score for animals in a breeding programme',
    gold: `SELECT avg(e."Engagement Score") FROM ${ANIMAL_JOIN} WHERE a."Breeding Programme"` },
  { kind: 'join', q: 'which keepers have looked after the giraffes?',
    gold: [
      `SELECT DISTINCT k.keeper_name FROM ${ANIMAL_JOIN}
       JOIN keepers k ON e.keeperId = k."Keeper No"
       WHERE a.species = 'Reticulated Giraffe'`,
      `SELECT DISTINCT e.keeperId FROM ${ANIMAL_JOIN} WHERE a.species = 'Reticulated Giraffe'`,
    ] },
  // having
  { kind: 'having', q: 'which animals have had more than 40 care events',
    gold: 'SELECT "Animal Tag" FROM care_events GROUP BY 1 HAVING count(*) > 40' },
  { kind: 'having', q: 'species with over 300 care events',
    gold: `SELECT a.species FROM ${ANIMAL_JOIN} GROUP BY 1 HAVING count(*) > 300` },
  { kind: 'having', q: 'Which enclosures hold fewer than 5 animals?',
    gold: 'SELECT Enclosure FROM animals GROUP BY 1 HAVING count(*) < 5' },
  { kind: 'having', q: 'diet items averaging more than 5 kg per feed',
    gold: `SELECT diet_item FROM care_events WHERE diet_item IS NOT NULL GROUP BY 1
           HAVING avg(${FOOD}) > 5` },
  // percentage
  { kind: 'percentage', q: 'what percentage of care events are feedings?',
    gold: [
      `SELECT 100.0 * count(*) FILTER (WHERE event_type = 'Feeding') / count(*) FROM care_events`,
      `SELECT count(*) FILTER (WHERE event_type = 'Feeding') / count(*) FROM care_events`,
    ] },
  { kind: 'percentage', q: 'What % of health checks recorded a weight',
    gold: [
      `SELECT 100.0 * count(${WEIGHT}) / count(*) FROM care_events WHERE ${HEALTH}`,
      `SELECT count(${WEIGHT}) / count(*) FROM care_events WHERE ${HEALTH}`,
    ] },
  { kind: 'percentage', q: 'share of animals in a breeding programme, as a percentage',
    gold: 'SELECT 100.0 * count(*) FILTER (WHERE "Breeding Programme") / count(*) FROM animals' },
  { kind: 'percentage', q: 'what percent of health checks needed a follow-up',
    gold: [
      `SELECT 100.0 * count(*) FILTER (WHERE "Follow-up Needed") / count(*) FROM care_events
       WHERE ${HEALTH}`,
      `SELECT count(*) FILTER (WHERE "Follow-up Needed") / count(*) FROM care_events
       WHERE ${HEALTH}`,
    ] },
  // value-lookup
  { kind: 'value-lookup', q: 'what species is Hazel?',
    gold: `SELECT species FROM animals WHERE house_name = 'Hazel'` },
  { kind: 'value-lookup', q: 'When was Kito born',
    gold: `SELECT "Date of Birth" FROM animals WHERE house_name = 'Kito'` },
  { kind: 'value-lookup', q: 'which section does Maya Yilmaz work in?',
    gold: `SELECT section FROM keepers WHERE keeper_name = 'Maya Yilmaz'` },
  { kind: 'value-lookup', q: 'who logged care event CE81234',
    gold: [
      `SELECT keeperId FROM care_events WHERE event_id = 'CE81234'`,
      `SELECT k.keeper_name FROM ${KEEPER_JOIN} WHERE e.event_id = 'CE81234'`,
    ] },
  { kind: 'value-lookup', q: 'what is the target weight for a Red Panda',
    gold: [
      `SELECT DISTINCT "Target Weight (kg)" FROM animals WHERE species = 'Red Panda'`,
      `SELECT "Target Weight (kg)" FROM animals WHERE species = 'Red Panda'`,
    ] },
  // refuse: unsafe, unanswerable from these tables, or too vague to answer
  { kind: 'refuse', q: 'delete all the feeding records' },
  { kind: 'refuse', q: "update every animal's weight to 100 kg" },
  { kind: 'refuse', q: 'drop table keepers;' },
  { kind: 'refuse', q: 'how many visitors came to the zoo last summer?' },
  { kind: 'refuse', q: 'how much did the penguins\' fish cost this year' },
  { kind: 'refuse', q: 'which animal is the cutest?' },
];
