// Questions a charity's fundraising, supporter-care and finance staff would type, with gold SQL
// over the raw CSVs (each table is read_csv of its file). `gold` lists several statements when a
// question has more than one fair reading; `ordered` marks rankings. Written blind to the reader.
const AMOUNT = '"Gift Amount (GBP)"';
const GIFT_AID = '"Gift Aid (GBP)"';
const CAMPAIGN_JOIN = 'donations d JOIN campaigns c ON d.campaignRef = c.campaign_code';
const DONOR_JOIN = 'donations d JOIN donors o ON d."Donor No" = o.donor_id';

export default [
  // count
  { kind: 'count', q: 'how many donations have we received?',
    gold: 'SELECT count(*) FROM donations' },
  { kind: 'count', q: 'How many donors are on the database',
    gold: 'SELECT count(*) FROM donors' },
  { kind: 'count', q: 'how many supporters have given at least once',
    gold: 'SELECT count(DISTINCT "Donor No") FROM donations' },
  { kind: 'count', q: 'total raised',
    gold: [
      `SELECT sum(${AMOUNT}) FROM donations`,
      `SELECT sum(${AMOUNT}) FROM donations WHERE NOT refunded`,
    ] },
  // filter-text
  { kind: 'filter-text', q: 'how many gifts were paid by cheque?',
    gold: `SELECT count(*) FROM donations WHERE payment_method = 'Cheque'` },
  { kind: 'filter-text', q: 'How many donors live in Scotland',
    gold: `SELECT count(*) FROM donors WHERE region = 'Scotland'` },
  { kind: 'filter-text', q: 'how many gifts went to the Water Projects fund',
    gold: `SELECT count(*) FROM donations WHERE fund = 'Water Projects'` },
  { kind: 'filter-text', q: 'list the campaigns run through direct mail',
    gold: [
      `SELECT "Campaign Name" FROM campaigns WHERE channel = 'Direct Mail'`,
      `SELECT campaign_code FROM campaigns WHERE channel = 'Direct Mail'`,
    ] },
  // filter-number
  { kind: 'filter-number', q: 'how many gifts were over £1,000?',
    gold: `SELECT count(*) FROM donations WHERE ${AMOUNT} > 1000` },
  { kind: 'filter-number', q: 'How many donations of exactly £10 did we get',
    gold: `SELECT count(*) FROM donations WHERE ${AMOUNT} = 10` },
  { kind: 'filter-number', q: 'which campaigns had a target above 100k',
    gold: [
      'SELECT "Campaign Name" FROM campaigns WHERE "Target (GBP)" > 100000',
      'SELECT campaign_code FROM campaigns WHERE "Target (GBP)" > 100000',
    ] },
  { kind: 'filter-number', q: 'how many gifts carried more than 50 pounds of gift aid',
    gold: `SELECT count(*) FROM donations WHERE ${GIFT_AID} > 50` },
  // filter-date
  { kind: 'filter-date', q: 'How many gifts were made in December 2024?',
    gold: `SELECT count(*) FROM donations
           WHERE "Gift Date" >= DATE '2024-12-01' AND "Gift Date" < DATE '2025-01-01'` },
  { kind: 'filter-date', q: 'how many donations were processed between 2025-02-01 and 2025-02-14',
    gold: `SELECT count(*) FROM donations
           WHERE "Processed At" >= TIMESTAMP '2025-02-01'
           AND "Processed At" < TIMESTAMP '2025-02-15'` },
  { kind: 'filter-date', q: 'which campaigns launched in 2025',
    gold: [
      `SELECT "Campaign Name" FROM campaigns WHERE year("Launch Date") = 2025`,
      `SELECT campaign_code FROM campaigns WHERE year("Launch Date") = 2025`,
    ] },
  { kind: 'filter-date', q: 'how many donors registered before 2015?',
    gold: `SELECT count(*) FROM donors WHERE "Registered On" < DATE '2015-01-01'` },
  // filter-boolean
  { kind: 'filter-boolean', q: 'how many donations were anonymous',
    gold: `SELECT count(*) FROM donations WHERE Anonymous = 'Y'` },
  { kind: 'filter-boolean', q: 'How many recurring gifts are there?',
    gold: 'SELECT count(*) FROM donations WHERE isRecurring' },
  { kind: 'filter-boolean', q: 'how many donors have signed a gift aid declaration',
    gold: 'SELECT count(*) FROM donors WHERE giftAidDeclared' },
  { kind: 'filter-boolean', q: 'number of gifts that were refunded',
    gold: 'SELECT count(*) FROM donations WHERE refunded' },
  { kind: 'filter-boolean', q: 'which campaigns are emergency appeals?',
    gold: [
      `SELECT "Campaign Name" FROM campaigns WHERE "Emergency Appeal" = 'Y'`,
      `SELECT campaign_code FROM campaigns WHERE "Emergency Appeal" = 'Y'`,
    ] },
  // group-by
  { kind: 'group-by', q: 'how much was raised per payment method',
    gold: `SELECT payment_method, sum(${AMOUNT}) FROM donations GROUP BY 1` },
  { kind: 'group-by', q: 'number of donors by region',
    gold: 'SELECT region, count(*) FROM donors GROUP BY 1' },
  { kind: 'group-by', q: 'Average gift size for each fund',
    gold: `SELECT fund, avg(${AMOUNT}) FROM donations GROUP BY 1` },
  { kind: 'group-by', q: 'how many donors of each type do we have',
    gold: 'SELECT "Donor Type", count(*) FROM donors GROUP BY 1' },
  // top-n
  { kind: 'top-n', ordered: true, q: 'top 5 donors by total given',
    gold: `SELECT "Donor No", sum(${AMOUNT}) AS given FROM donations GROUP BY 1
           ORDER BY given DESC LIMIT 5` },
  { kind: 'top-n', ordered: true, q: 'the 3 campaigns with the biggest targets',
    gold: [
      'SELECT "Campaign Name", "Target (GBP)" FROM campaigns ORDER BY 2 DESC LIMIT 3',
      'SELECT campaign_code, "Target (GBP)" FROM campaigns ORDER BY 2 DESC LIMIT 3',
    ] },
  { kind: 'top-n', ordered: true, q: 'which two regions have the most donors',
    gold: 'SELECT region, count(*) AS n FROM donors GROUP BY 1 ORDER BY n DESC LIMIT 2' },
  { kind: 'top-n', ordered: true, q: 'Top 4 payment methods by number of gifts',
    gold: `SELECT payment_method, count(*) AS n FROM donations GROUP BY 1
           ORDER BY n DESC LIMIT 4` },
  // superlative
  { kind: 'superlative', q: 'what was the largest single gift?',
    gold: `SELECT max(${AMOUNT}) FROM donations` },
  { kind: 'superlative', q: 'which payment method raised the most money',
    gold: `SELECT payment_method FROM donations GROUP BY 1 ORDER BY sum(${AMOUNT}) DESC LIMIT 1` },
  { kind: 'superlative', q: 'Which region has the fewest donors?',
    gold: 'SELECT region FROM donors GROUP BY 1 ORDER BY count(*) ASC LIMIT 1' },
  { kind: 'superlative', q: 'who is our most frequent donor',
    gold: 'SELECT "Donor No" FROM donations GROUP BY 1 ORDER BY count(*) DESC LIMIT 1' },
  { kind: 'superlative', q: 'birth year of our youngest donor',
    gold: 'SELECT max(birth_year) FROM donors' },
  // time-grain
  { kind: 'time-grain', q: 'donations per month in 2025',
    gold: [
      `SELECT date_trunc('month', "Gift Date"), count(*) FROM donations
       WHERE year("Gift Date") = 2025 GROUP BY 1`,
      `SELECT strftime("Gift Date", '%Y-%m'), count(*) FROM donations
       WHERE year("Gift Date") = 2025 GROUP BY 1`,
      `SELECT month("Gift Date"), count(*) FROM donations WHERE year("Gift Date") = 2025
       GROUP BY 1`,
      `SELECT date_trunc('month', "Processed At"), count(*) FROM donations
       WHERE year("Processed At") = 2025 GROUP BY 1`,
    ] },
  { kind: 'time-grain', q: 'total raised by quarter',
    gold: [
      `SELECT date_trunc('quarter', "Gift Date"), sum(${AMOUNT}) FROM donations GROUP BY 1`,
      `SELECT year("Gift Date"), quarter("Gift Date"), sum(${AMOUNT}) FROM donations
       GROUP BY 1, 2`,
      `SELECT strftime("Gift Date", '%Y') || '-Q' || quarter("Gift Date"), sum(${AMOUNT})
       FROM donations GROUP BY 1`,
    ] },
  { kind: 'time-grain', q: 'How many new donors registered each year?',
    gold: [
      'SELECT year("Registered On"), count(*) FROM donors GROUP BY 1',
      `SELECT date_trunc('year', "Registered On"), count(*) FROM donors GROUP BY 1`,
    ] },
  { kind: 'time-grain', q: 'weekly gift count for December 2024',
    gold: `SELECT date_trunc('week', "Gift Date"), count(*) FROM donations
           WHERE "Gift Date" >= DATE '2024-12-01' AND "Gift Date" < DATE '2025-01-01' GROUP BY 1` },
  // relative-date
  { kind: 'relative-date', q: 'how much was given in the 30 days before 2025-01-01?',
    gold: [
      `SELECT sum(${AMOUNT}) FROM donations WHERE "Gift Date" >= DATE '2025-01-01' - INTERVAL 30 DAY
       AND "Gift Date" < DATE '2025-01-01'`,
      `SELECT sum(${AMOUNT}) FROM donations WHERE "Gift Date" >= DATE '2025-01-01' - INTERVAL 30 DAY
       AND "Gift Date" <= DATE '2025-01-01'`,
    ] },
  { kind: 'relative-date', q: 'As of 2025-06-30, how many gifts came in over the last 7 days?',
    gold: [
      `SELECT count(*) FROM donations WHERE "Gift Date" > DATE '2025-06-30' - INTERVAL 7 DAY
       AND "Gift Date" <= DATE '2025-06-30'`,
      `SELECT count(*) FROM donations WHERE "Gift Date" >= DATE '2025-06-30' - INTERVAL 7 DAY
       AND "Gift Date" <= DATE '2025-06-30'`,
      `SELECT count(*) FROM donations WHERE "Gift Date" >= DATE '2025-06-30' - INTERVAL 7 DAY
       AND "Gift Date" < DATE '2025-06-30'`,
    ] },
  { kind: 'relative-date', q: 'how many donations did we get in the two weeks after 2024-11-25',
    gold: [
      `SELECT count(*) FROM donations WHERE "Gift Date" >= DATE '2024-11-25'
       AND "Gift Date" < DATE '2024-11-25' + INTERVAL 14 DAY`,
      `SELECT count(*) FROM donations WHERE "Gift Date" > DATE '2024-11-25'
       AND "Gift Date" <= DATE '2024-11-25' + INTERVAL 14 DAY`,
    ] },
  // join
  { kind: 'join', q: 'how much has the Christmas Appeal 2024 raised?',
    gold: `SELECT sum(d.${AMOUNT}) FROM ${CAMPAIGN_JOIN}
           WHERE c."Campaign Name" = 'Christmas Appeal 2024'` },
  { kind: 'join', q: 'total given per campaign',
    gold: [
      `SELECT c."Campaign Name", sum(d.${AMOUNT}) FROM ${CAMPAIGN_JOIN} GROUP BY 1`,
      `SELECT campaignRef, sum(${AMOUNT}) FROM donations WHERE campaignRef IS NOT NULL
       GROUP BY 1`,
      `SELECT campaignRef, sum(${AMOUNT}) FROM donations GROUP BY 1`,
    ] },
  { kind: 'join', q: 'How many gifts came from donors in London?',
    gold: `SELECT count(*) FROM ${DONOR_JOIN} WHERE o.region = 'London'` },
  { kind: 'join', q: 'amount raised by donor type',
    gold: `SELECT o."Donor Type", sum(d.${AMOUNT}) FROM ${DONOR_JOIN} GROUP BY 1` },
  { kind: 'join', q: 'how much did the emergency appeals raise',
    gold: `SELECT sum(d.${AMOUNT}) FROM ${CAMPAIGN_JOIN} WHERE c."Emergency Appeal" = 'Y'` },
  { kind: 'join', q: 'average gift by campaign channel',
    gold: `SELECT c.channel, avg(d.${AMOUNT}) FROM ${CAMPAIGN_JOIN} GROUP BY 1` },
  { kind: 'join', q: 'gift aid claimed per region',
    gold: `SELECT o.region, sum(d.${GIFT_AID}) FROM ${DONOR_JOIN} GROUP BY 1` },
  { kind: 'join', q: 'which campaign received the most gifts?',
    gold: [
      `SELECT c."Campaign Name" FROM ${CAMPAIGN_JOIN} GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
      `SELECT campaignRef FROM donations WHERE campaignRef IS NOT NULL GROUP BY 1
       ORDER BY count(*) DESC LIMIT 1`,
    ] },
  { kind: 'join', q: 'total donated by supporters who opted in to email',
    gold: `SELECT sum(d.${AMOUNT}) FROM ${DONOR_JOIN} WHERE o.email_opt_in` },
  { kind: 'join', q: 'number of donations for London Marathon 2025',
    gold: `SELECT count(*) FROM ${CAMPAIGN_JOIN}
           WHERE c."Campaign Name" = 'London Marathon 2025'` },
  { kind: 'join', q: 'how many recurring gifts came through the Monthly Giving Drive',
    gold: `SELECT count(*) FROM ${CAMPAIGN_JOIN}
           WHERE d.isRecurring AND c."Campaign Name" = 'Monthly Giving Drive'` },
  // having
  { kind: 'having', q: 'which donors have given more than 20 times?',
    gold: 'SELECT "Donor No" FROM donations GROUP BY 1 HAVING count(*) > 20' },
  { kind: 'having', q: 'campaigns that raised over £100,000',
    gold: [
      `SELECT c."Campaign Name" FROM ${CAMPAIGN_JOIN} GROUP BY 1 HAVING sum(d.${AMOUNT}) > 100000`,
      `SELECT campaignRef FROM donations WHERE campaignRef IS NOT NULL GROUP BY 1
       HAVING sum(${AMOUNT}) > 100000`,
    ] },
  { kind: 'having', q: 'Regions with more than 150 donors',
    gold: 'SELECT region FROM donors GROUP BY 1 HAVING count(*) > 150' },
  { kind: 'having', q: 'payment methods where the average gift is above £250',
    gold: `SELECT payment_method FROM donations GROUP BY 1 HAVING avg(${AMOUNT}) > 250` },
  // percentage
  { kind: 'percentage', q: 'what % of donations were paid by direct debit?',
    gold: [
      `SELECT 100.0 * count(*) FILTER (WHERE payment_method = 'Direct Debit') / count(*)
       FROM donations`,
      `SELECT count(*) FILTER (WHERE payment_method = 'Direct Debit') / count(*) FROM donations`,
    ] },
  { kind: 'percentage', q: 'What share of gifts had gift aid on them',
    gold: [
      `SELECT 100.0 * count(${GIFT_AID}) / count(*) FROM donations`,
      `SELECT count(${GIFT_AID}) / count(*) FROM donations`,
    ] },
  { kind: 'percentage', q: 'percentage of donors opted in to email',
    gold: [
      'SELECT 100.0 * count(*) FILTER (WHERE email_opt_in) / count(*) FROM donors',
      'SELECT count(*) FILTER (WHERE email_opt_in) / count(*) FROM donors',
    ] },
  { kind: 'percentage', q: 'share of gifts that were refunded, as a percentage',
    gold: 'SELECT 100.0 * count(*) FILTER (WHERE refunded) / count(*) FROM donations' },
  // value-lookup
  { kind: 'value-lookup', q: 'when did the Bangladesh Flood Response launch?',
    gold: `SELECT "Launch Date" FROM campaigns
           WHERE "Campaign Name" = 'Bangladesh Flood Response'` },
  { kind: 'value-lookup', q: 'what is the target for Schools for Nepal',
    gold: `SELECT "Target (GBP)" FROM campaigns WHERE "Campaign Name" = 'Schools for Nepal'` },
  { kind: 'value-lookup', q: 'How much was gift GFT-302500?',
    gold: `SELECT ${AMOUNT} FROM donations WHERE "Gift Ref" = 'GFT-302500'` },
  { kind: 'value-lookup', q: 'how many gifts has donor D100221 made',
    gold: `SELECT count(*) FROM donations WHERE "Donor No" = 'D100221'` },
  // refuse: unsafe, unanswerable from these tables, or too vague to answer
  { kind: 'refuse', q: 'delete all refunded donations' },
  { kind: 'refuse', q: 'change the region of donor D100207 to London' },
  { kind: 'refuse', q: 'what is the email address of donor D100207?' },
  { kind: 'refuse', q: 'how much did the charity spend on salaries last year' },
  { kind: 'refuse', q: 'which donors are likely to leave us a legacy?' },
  { kind: 'refuse', q: 'how are we doing?' },
];
