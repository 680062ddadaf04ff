// A mobile operator's customer support tickets (the fact table) with its support agents and its
// customer accounts as lookups. The helpdesk export calls the agent `Agent No` and the account
// `customerRef`, while the workforce roster says `agent_id` and the billing system says
// `Account Number`: three systems, three spellings of the same keys. Tickets still open have no
// resolution time, no first-contact flag and no survey score; unassigned tickets have no agent.
import { join } from 'node:path';
import { createRandom } from '../../lib/prng.mjs';
import {
  addDays, addMinutes, day, isoDate, isoTimestamp, writeCsv,
} from '../../lib/csv-writer.mjs';

const FIRST_NAMES = ['Aisha', 'Ben', 'Chloe', 'Daniel', 'Ewan', 'Fatima', 'Grace', 'Harry',
  'Imran', 'Jade', 'Kieran', 'Leah', 'Mohammed', 'Niamh', 'Oliver', 'Priya', 'Rhys', 'Sophie',
  'Tom', 'Usha', 'Victor', 'Wendy', 'Yusuf', 'Zara', 'Amelia', 'Callum', 'Ellie', 'Finn',
  'Hannah', 'Isaac', 'Jasmine', 'Liam', 'Megan', 'Nathan', 'Olivia', 'Ruby'];
const LAST_NAMES = ['Ahmed', 'Baker', 'Clarke', 'Davies', 'Evans', 'Fraser', 'Green', 'Hughes',
  'Iqbal', 'Jones', 'Khan', 'Lewis', 'Morgan', 'Nolan', "O'Brien", 'Patel', 'Quinn', 'Roberts',
  'Singh', 'Taylor', 'Walsh', 'Wright', 'Young', 'Murray', 'Campbell', 'Reid', 'Shah', 'Kaur',
  'Thomas', 'Wilson', 'Mensah', 'Santos', 'Reyes', 'Naidoo', 'Dube', 'Cruz'];

const TEAMS = ['Billing', 'Technical', 'Retention', 'General Enquiries'];
const SITES = [['Leeds', 35], ['Glasgow', 25], ['Manila', 25], ['Cape Town', 15]];
const SHIFTS = [['Day', 55], ['Evening', 30], ['Night', 15]];

const PLANS = [
  ['SIM Only 20GB', 12, 0.0, 28], ['Basic 5GB', 15, 24, 16], ['Unlimited', 35, 24, 26],
  ['Family Share', 55, 24, 14], ['Business Pro', 48, 36, 10], ['Pay As You Go', 0, 0, 6],
];
const REGIONS = [['North', 24], ['South', 22], ['Midlands', 20], ['London', 16], ['Scotland', 10],
  ['Wales', 8]];

// category, team that takes it, weight, typical handle time (min)
const CATEGORIES = [
  ['Billing', 'Billing', 24, 14], ['No Signal', 'Technical', 13, 22],
  ['Slow Data', 'Technical', 12, 20], ['Device Fault', 'Technical', 9, 26],
  ['Roaming', 'Billing', 7, 12], ['Number Porting', 'General Enquiries', 6, 18],
  ['Cancellation', 'Retention', 9, 16], ['Upgrade', 'Retention', 10, 11],
  ['Account Access', 'General Enquiries', 10, 8],
];
const CHANNELS = [['Phone', 42], ['Live Chat', 30], ['Email', 16], ['Social Media', 7],
  ['Store', 5]];
const PRIORITIES = [['Low', 30], ['Medium', 45], ['High', 19], ['Urgent', 6]];
const RESOLVE_HOURS = { Low: 70, Medium: 36, High: 14, Urgent: 5 };

const START = day('2024-07-01');
const LAST_DAY = day('2025-09-30'); // the export's day
const SPAN = 456; // 2024-07-01 .. 2025-09-30

function makeAgents(random) {
  return Array.from({ length: 44 }, (_, i) => {
    const team = TEAMS[i % TEAMS.length];
    const supervisor = i % 11 === 3;
    const hired = addDays(day('2014-03-01'), random.int(0, 3700));
    const rate = (supervisor ? 17.5 : 11.5) + random.int(0, 40) * 0.1;
    return [
      `AG${String(1001 + i * 7)}`,
      `${FIRST_NAMES[(i * 5) % FIRST_NAMES.length]} ${
        LAST_NAMES[(i * 7 + 3 + Math.floor(i / 36)) % LAST_NAMES.length]}`,
      team, random.weighted(SITES), isoDate(hired), random.weighted(SHIFTS),
      supervisor ? 'TRUE' : 'FALSE', rate.toFixed(2),
    ];
  });
}

function makeCustomers(random) {
  return Array.from({ length: 1480 }, (_, i) => {
    const plan = random.weighted(PLANS.map((p) => [p, p[3]]));
    const signed = addDays(day('2017-01-01'), random.int(0, 3160));
    const business = plan[0] === 'Business Pro';
    const contractMonths = plan[2];
    const fee = plan[1] === 0 ? 0 : plan[1] + random.int(0, 8) - 2 + 0.99;
    // A contract renews on its anniversary; rolling plans have no end date.
    let end = null;
    if (contractMonths > 0) {
      const months = contractMonths * (1 + Math.floor(random.int(0, 400) / 100));
      end = new Date(Date.UTC(signed.getUTCFullYear(), signed.getUTCMonth() + months,
        signed.getUTCDate()));
      while (end < day('2024-06-01')) {
        end = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() + contractMonths,
          end.getUTCDate()));
      }
    }
    return [
      `ACC${String(300000 + i * 13)}`,
      `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`,
      plan[0], random.weighted(REGIONS), business ? 'Business' : 'Consumer', isoDate(signed),
      fee.toFixed(2), random.chance(0.68) ? 'Y' : 'N', end === null ? null : isoDate(end),
    ];
  });
}

function openShare(ageDays) {
  if (ageDays <= 3) return 0.7;
  if (ageDays <= 14) return 0.3;
  if (ageDays <= 45) return 0.08;
  return 0.015;
}

function makeTicket(random, i, agents, customers) {
  const opened = addMinutes(addDays(START, random.int(0, SPAN)), random.int(6 * 60, 23 * 60 + 30));
  const [category, team, , typical] = random.weighted(CATEGORIES.map((c) => [c, c[2]]));
  const channel = random.weighted(CHANNELS);
  const priority = category === 'No Signal' && random.chance(0.4) ? 'Urgent'
    : random.weighted(PRIORITIES);
  // Only a customer who had signed up by then can raise a ticket.
  let customer = customers[random.skewedIndex(customers.length, 1.6)];
  while (day(customer[5]) > opened) customer = customers[random.skewedIndex(customers.length, 1.6)];
  const ageDays = Math.floor((LAST_DAY.getTime() + 86_400_000 - opened.getTime()) / 86_400_000);
  const escalated = priority === 'Urgent' ? random.chance(0.35) : random.chance(0.07);
  const hours = Math.max(0.2, random.around(RESOLVE_HOURS[priority], RESOLVE_HOURS[priority] * 0.9,
    0.1, RESOLVE_HOURS[priority] * 3)) * (escalated ? 2.2 : 1);
  const solvedAt = addMinutes(opened, Math.round(hours * 60));
  // A ticket not solved by the end of the export's day is still open in the export.
  const isOpen = random.chance(openShare(ageDays)) || solvedAt >= addDays(LAST_DAY, 1);
  const unassigned = isOpen && random.chance(0.25);
  const teamAgents = agents.filter((a) => a[2] === team);
  const pool = random.chance(0.9) ? teamAgents : agents;
  const agent = unassigned ? null : pool[random.skewedIndex(pool.length, 1.3)];
  let status;
  let resolvedAt = null;
  if (isOpen) {
    status = random.weighted([['Open', 50], ['In Progress', 30], ['Pending Customer', 20]]);
  } else {
    resolvedAt = solvedAt;
    const closedDays = (LAST_DAY.getTime() - resolvedAt.getTime()) / 86_400_000;
    status = closedDays > 7 && random.chance(0.8) ? 'Closed' : 'Resolved';
  }
  const handle = unassigned ? null
    : Math.round(random.around(typical, typical * 0.7, 2, typical * 4) * (escalated ? 1.6 : 1));
  const fcr = isOpen ? null : (!escalated && random.chance(0.62) ? 'yes' : 'no');
  const csat = isOpen || !random.chance(0.38) ? null
    : Math.max(1, Math.min(5, Math.round(random.around(fcr === 'yes' ? 4.3 : 3.1, 1.8, 1, 5))));
  const refund = !isOpen && (category === 'Billing' || category === 'Roaming')
    && random.chance(0.28) ? (random.int(5, 180) + random.pick([0, 0.5, 0.99])).toFixed(2) : null;
  const reopened = isOpen ? 0 : random.weighted([[0, 82], [1, 13], [2, 4], [3, 1]]);
  return [
    `TK-${String(500000 + i)}`, isoTimestamp(opened, 'T'), customer[0], agent ? agent[0] : null,
    channel, category, priority, status, resolvedAt ? isoTimestamp(resolvedAt) : null, handle,
    fcr, escalated ? 'true' : 'false', csat, refund, reopened,
  ];
}

/** Writes tickets.csv, agents.csv and customers.csv into `folder`; returns the tables. */
export function generate(folder) {
  const random = createRandom(20270112);
  const agents = makeAgents(random);
  const customers = makeCustomers(random);
  const tickets = Array.from({ length: 4620 }, (_, i) => makeTicket(random, i, agents, customers));
  tickets.sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  tickets.forEach((ticket, i) => { ticket[0] = `TK-${String(500000 + i)}`; });
  writeCsv(join(folder, 'agents.csv'),
    ['agent_id', 'full_name', 'Team', 'site', 'Hire Date', 'shift', 'isSupervisor',
      'Hourly Rate (GBP)'], agents);
  writeCsv(join(folder, 'customers.csv'),
    ['Account Number', 'customer_name', 'plan', 'Region', 'segment', 'signup_date',
      'Monthly Fee (GBP)', 'Autopay', 'contract_end'], customers);
  writeCsv(join(folder, 'tickets.csv'),
    ['ticket_id', 'Opened At', 'customerRef', 'Agent No', 'channel', 'category', 'Priority',
      'status', 'Resolved At', 'Handle Time (min)', 'First Contact Resolution', 'escalated',
      'CSAT Score', 'Refund Amount (GBP)', 'reopenCount'], tickets);
  return ['tickets', 'agents', 'customers'];
}
