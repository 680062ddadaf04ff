// A company's applicant-tracking export (the fact table) with its job openings and its
// recruiters as lookups. The ATS calls the opening `Job Req ID` and the recruiter `recruiterRef`,
// while the requisition sheet says `opening_id` and the talent team's roster says `Recruiter No`.
// Candidates never screened have no score, never interviewed no interview date, never offered no
// offer date and no answer to it; only hires have a start date (some of them still to come).
import { join } from 'node:path';
import { createRandom } from '../../lib/prng.mjs';
import {
  addDays, addMinutes, day, daysBetween, isoDate, isoTimestamp, writeCsv,
} from '../../lib/csv-writer.mjs';

const EXTRACT_DAY = day('2025-06-30');

// Recruiter No, name, team, is_contractor, Joined, Quarterly Hire Target
const RECRUITERS = [
  ['RC-01', 'Olivia Bennett', 'Tech Talent', 'N', '2019-04-01', 9],
  ['RC-02', 'Arjun Mehta', 'Tech Talent', 'N', '2020-09-14', 8],
  ['RC-03', 'Sophie Clarke', 'Tech Talent', 'Y', '2024-02-05', 6],
  ['RC-04', "Liam O'Connor", 'Tech Talent', 'N', '2022-01-10', 7],
  ['RC-05', 'Emma Fitzgerald', 'Go-To-Market', 'N', '2018-06-18', 10],
  ['RC-06', 'Kwame Asante', 'Go-To-Market', 'N', '2021-03-22', 8],
  ['RC-07', 'Isabel Cruz', 'Go-To-Market', 'Y', '2023-11-06', 6],
  ['RC-08', 'Noah Fischer', 'Go-To-Market', 'N', '2024-07-01', 5],
  ['RC-09', 'Zara Hussain', 'Corporate Functions', 'N', '2017-10-02', 6],
  ['RC-10', 'Callum Reid', 'Corporate Functions', 'Y', '2024-09-09', 4],
  ['RC-11', 'Megan Doyle', 'Corporate Functions', 'N', '2020-05-11', 5],
];
const TEAM_OF = { Engineering: 'Tech Talent', Data: 'Tech Talent', Product: 'Tech Talent',
  Sales: 'Go-To-Market', Marketing: 'Go-To-Market', 'Customer Support': 'Go-To-Market',
  Finance: 'Corporate Functions', People: 'Corporate Functions',
  Operations: 'Corporate Functions' };

// job_title, department, seniority, location, Salary Max (GBP), Headcount, Remote OK, pull
const OPENINGS = [
  ['Backend Engineer', 'Engineering', 'Mid', 'London', 78000, 3, 'yes', 9],
  ['Backend Engineer', 'Engineering', 'Senior', 'Manchester', 92000, 2, 'yes', 7],
  ['Frontend Engineer', 'Engineering', 'Mid', 'London', 74000, 2, 'yes', 8],
  ['Frontend Engineer', 'Engineering', 'Junior', 'Bristol', 48000, 2, 'no', 9],
  ['Site Reliability Engineer', 'Engineering', 'Senior', 'Remote', 98000, 1, 'yes', 5],
  ['Engineering Manager', 'Engineering', 'Lead', 'London', 118000, 1, 'no', 4],
  ['Mobile Developer', 'Engineering', 'Mid', 'Edinburgh', 70000, 1, 'yes', 5],
  ['QA Engineer', 'Engineering', 'Junior', 'Manchester', 42000, 2, 'no', 6],
  ['Security Engineer', 'Engineering', 'Senior', 'London', 105000, 1, 'no', 3],
  ['Platform Engineer', 'Engineering', 'Mid', 'Remote', 82000, 2, 'yes', 7],
  ['Graduate Software Engineer', 'Engineering', 'Junior', 'London', 38000, 4, 'no', 14],
  ['Data Analyst', 'Data', 'Junior', 'Manchester', 40000, 2, 'no', 10],
  ['Data Analyst', 'Data', 'Mid', 'London', 56000, 1, 'yes', 8],
  ['Data Engineer', 'Data', 'Senior', 'Remote', 95000, 1, 'yes', 5],
  ['Machine Learning Engineer', 'Data', 'Senior', 'London', 110000, 1, 'no', 6],
  ['Analytics Lead', 'Data', 'Lead', 'Edinburgh', 96000, 1, 'no', 3],
  ['Product Manager', 'Product', 'Mid', 'London', 80000, 2, 'no', 8],
  ['Senior Product Designer', 'Product', 'Senior', 'Bristol', 76000, 1, 'yes', 5],
  ['UX Researcher', 'Product', 'Mid', 'Remote', 62000, 1, 'yes', 5],
  ['Head of Product', 'Product', 'Lead', 'London', 135000, 1, 'no', 3],
  ['Account Executive', 'Sales', 'Mid', 'London', 65000, 4, 'no', 8],
  ['Account Executive', 'Sales', 'Mid', 'Manchester', 60000, 3, 'no', 6],
  ['Sales Development Rep', 'Sales', 'Junior', 'Manchester', 32000, 5, 'no', 12],
  ['Sales Development Rep', 'Sales', 'Junior', 'Edinburgh', 31000, 3, 'no', 7],
  ['Enterprise Sales Director', 'Sales', 'Lead', 'London', 140000, 1, 'no', 2],
  ['Partnerships Manager', 'Sales', 'Senior', 'Bristol', 72000, 1, 'yes', 4],
  ['Content Marketing Manager', 'Marketing', 'Mid', 'Remote', 55000, 1, 'yes', 7],
  ['Performance Marketing Specialist', 'Marketing', 'Mid', 'London', 52000, 1, 'no', 6],
  ['Brand Designer', 'Marketing', 'Junior', 'Bristol', 36000, 1, 'no', 7],
  ['Product Marketing Manager', 'Marketing', 'Senior', 'London', 78000, 1, 'yes', 4],
  ['Customer Support Agent', 'Customer Support', 'Junior', 'Manchester', 26000, 6, 'no', 16],
  ['Customer Support Agent', 'Customer Support', 'Junior', 'Edinburgh', 25500, 4, 'no', 11],
  ['Support Team Lead', 'Customer Support', 'Senior', 'Manchester', 38000, 1, 'no', 5],
  ['Customer Success Manager', 'Customer Support', 'Mid', 'London', 50000, 2, 'yes', 7],
  ['Technical Support Engineer', 'Customer Support', 'Mid', 'Remote', 45000, 2, 'yes', 6],
  ['Financial Analyst', 'Finance', 'Mid', 'London', 58000, 1, 'no', 6],
  ['Accounts Payable Clerk', 'Finance', 'Junior', 'Manchester', 27000, 1, 'no', 7],
  ['Finance Business Partner', 'Finance', 'Senior', 'London', 82000, 1, 'no', 3],
  ['Payroll Specialist', 'Finance', 'Mid', 'Bristol', 41000, 1, 'no', 4],
  ['HR Business Partner', 'People', 'Senior', 'London', 70000, 1, 'no', 4],
  ['Talent Acquisition Partner', 'People', 'Mid', 'Remote', 52000, 2, 'yes', 5],
  ['People Operations Coordinator', 'People', 'Junior', 'Edinburgh', 30000, 1, 'no', 6],
  ['Office Manager', 'Operations', 'Mid', 'Bristol', 38000, 1, 'no', 5],
  ['Operations Analyst', 'Operations', 'Junior', 'Manchester', 34000, 2, 'no', 7],
  ['Procurement Manager', 'Operations', 'Senior', 'London', 68000, 1, 'no', 3],
  ['Facilities Coordinator', 'Operations', 'Junior', 'London', 29000, 1, 'no', 4],
];
const HIRING_MANAGERS = {
  Engineering: ['Ravi Shah', 'Claire Hughes', 'Tom Whitaker'], Data: ['Nadia Kowalski'],
  Product: ['Ben Archer', 'Leila Nasser'], Sales: ['Gareth Lloyd', 'Priti Desai'],
  Marketing: ['Hannah Brooks'], 'Customer Support': ['Dean Murphy', 'Alice Moore'],
  Finance: ['Robert Hale'], People: ['Sian Evans'], Operations: ['Marcus Grey'],
};
const EXPERIENCE = { Junior: [0, 3], Mid: [2, 8], Senior: [5, 15], Lead: [8, 22] };
const SOURCES = [['LinkedIn', 34], ['Company Website', 22], ['Indeed', 16], ['Referral', 12],
  ['Agency', 9], ['Career Fair', 4]];
const REJECTIONS = [['Skills mismatch', 34], ['Not enough experience', 22],
  ['Salary expectations', 14], ['Failed assessment', 16], ['Culture fit', 6],
  ['No longer responsive', 8]];

function makeOpenings(random) {
  const owners = {};
  return OPENINGS.map((row, i) => {
    const [, department] = row;
    const team = RECRUITERS.filter((r) => r[2] === TEAM_OF[department]);
    owners[department] = (owners[department] ?? random.int(0, team.length - 1)) + 1;
    const owner = team[owners[department] % team.length][0];
    const posted = addDays(day('2024-01-08'), random.int(0, 500)); // .. 2025-05-22
    const planned = addDays(posted, random.int(28, 110));
    const closed = planned < addDays(EXTRACT_DAY, -5) && !random.chance(0.06) ? planned : null;
    return {
      department, team, owner, posted, closed, pull: row[7], headcount: row[5], hires: 0,
      seniority: row[2], salaryMax: row[4],
      row: [`JR-${String(1040 + i * 3)}`, row[0], department, row[2], row[3], isoDate(posted),
        closed ? isoDate(closed) : null, row[5], row[4], row[6],
        random.pick(HIRING_MANAGERS[department])],
    };
  });
}

function applicationOf(random, opening, candidates) {
  const last = opening.closed ?? EXTRACT_DAY;
  const window = Math.max(1, daysBetween(opening.posted, last));
  const applied = addMinutes(addDays(opening.posted, Math.floor(window * random.next() ** 1.5)),
    random.int(6 * 60, 23 * 60 + 50));
  const internal = random.chance(0.06);
  const [minYears, maxYears] = EXPERIENCE[opening.seniority];
  const years = Math.max(0, random.int(minYears - 1, maxYears + 2));
  return {
    opening, applied, internal, years,
    candidate: candidates[random.skewedIndex(candidates.length, 1.25)],
    source: internal ? 'Internal Job Board' : random.weighted(SOURCES),
    salary: random.chance(0.13) ? null
      : Math.round(opening.salaryMax * random.around(0.9, 0.25, 0.6, 1.3) / 500) * 500,
    relocation: opening.row[9] === 'no' && random.chance(0.18) ? 'Yes' : 'No',
  };
}

/** The furthest stage an application reached by the extract day, and its dates. */
function progress(random, app) {
  const { opening, applied, years } = app;
  const out = { stage: 'New', score: null, interview: null, offer: null, accepted: null,
    start: null, reason: null };
  if (addDays(applied, 2) > EXTRACT_DAY) return out;
  if (random.chance(0.07)) return { ...out, stage: 'Withdrawn' };
  if (addDays(applied, random.int(2, 7)) > EXTRACT_DAY) return { ...out, stage: 'Screening' };
  const [minYears] = EXPERIENCE[opening.seniority];
  out.score = Math.round(random.around(58 + 3 * Math.min(4, years - minYears), 22, 5, 100));
  const rejected = (reason = random.weighted(REJECTIONS)) =>
    ({ ...out, stage: 'Rejected', reason });
  if (out.score < 60) return rejected();
  if (!random.chance(0.16 + (out.score - 60) * 0.011)) {
    return random.chance(0.1) ? { ...out, stage: 'Withdrawn' } : rejected();
  }
  const interview = addDays(applied, random.int(7, 28));
  if (interview > addDays(EXTRACT_DAY, 14)) return { ...out, stage: 'Screening' };
  out.interview = isoDate(interview);
  if (interview > EXTRACT_DAY) return { ...out, stage: 'Interview' }; // booked, still to come
  if (opening.hires >= opening.headcount) return rejected('Position filled');
  if (!random.chance(0.22 + (out.score - 55) * 0.006 + (app.internal ? 0.1 : 0))) {
    return random.chance(0.12) ? { ...out, stage: 'Withdrawn' }
      : rejected(random.chance(0.1) ? null : random.weighted(REJECTIONS));
  }
  const offer = addDays(interview, random.int(3, 16));
  if (offer > EXTRACT_DAY) return { ...out, stage: 'Interview' };
  out.offer = isoDate(offer);
  const answer = addDays(offer, random.int(1, 7));
  if (answer > EXTRACT_DAY) return { ...out, stage: 'Offer' };
  if (random.chance(app.salary !== null && app.salary > opening.salaryMax ? 0.45 : 0.2)) {
    return { ...out, stage: 'Offer Declined', accepted: 'FALSE' };
  }
  opening.hires += 1;
  const start = addDays(answer, app.internal ? random.int(14, 30) : random.int(21, 75));
  return { ...out, stage: 'Hired', accepted: 'TRUE', start: isoDate(start) };
}

/** Writes applications.csv, job_openings.csv and recruiters.csv into `folder`; returns the
 * tables. */
export function generate(folder) {
  const random = createRandom(20261222);
  const openings = makeOpenings(random);
  const candidates = Array.from({ length: 3400 }, (_, i) => `CAND-${20000 + i * 7}`);
  const apps = Array.from({ length: 4380 }, () => {
    const opening = random.weighted(openings.map((o) => [o,
      o.pull * Math.sqrt(daysBetween(o.posted, o.closed ?? EXTRACT_DAY))]));
    return applicationOf(random, opening, candidates);
  }).sort((a, b) => a.applied - b.applied);
  const rows = apps.map((app, i) => {
    const result = progress(random, app);
    const { opening } = app;
    // A teammate covers now and then; nobody handles a candidate before joining the team.
    const onTeam = opening.team.filter((r) => day(r[4]) <= app.applied);
    const owner = onTeam.find((r) => r[0] === opening.owner) ?? onTeam[0];
    const recruiter = random.chance(0.12) ? random.pick(onTeam) : owner;
    return [
      `APP-${50001 + i}`, app.candidate, opening.row[0], recruiter[0], isoTimestamp(app.applied),
      app.source, result.stage, result.score, result.interview, result.offer, result.accepted,
      app.salary, app.years, app.internal ? 'true' : 'false', app.relocation, result.start,
      result.reason,
    ];
  });
  writeCsv(join(folder, 'job_openings.csv'),
    ['opening_id', 'job_title', 'department', 'seniority', 'location', 'Posted On', 'closed_on',
      'Headcount', 'Salary Max (GBP)', 'Remote OK', 'hiring_manager'],
    openings.map((o) => o.row));
  writeCsv(join(folder, 'recruiters.csv'),
    ['Recruiter No', 'name', 'team', 'is_contractor', 'Joined', 'Quarterly Hire Target'],
    RECRUITERS);
  writeCsv(join(folder, 'applications.csv'),
    ['application_id', 'candidateId', 'Job Req ID', 'recruiterRef', 'Applied At', 'source',
      'stage', 'Screening Score', 'Interview Date', 'offer_date', 'Offer Accepted',
      'Expected Salary (GBP)', 'Years of Experience', 'isInternal', 'Relocation Needed',
      'Start Date', 'rejection_reason'], rows);
  return ['applications', 'job_openings', 'recruiters'];
}
