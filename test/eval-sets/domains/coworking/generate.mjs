// A coworking operator's bookings (the fact table) with its members and its bookable spaces as
// lookups. The booking system calls the member `Member No` and the space `workspaceRef`, while the
// CRM says `member_id` and the floor plan says `Space Code`: three systems, three spellings.
// Hot desks and offices are booked by the day, meeting rooms and phone booths by the hour.
// A booking cancelled before use has a cancellation time and no charge or check-in; a no-show is
// charged and never checked in; bookings after the export day (2025-06-30) are still confirmed.
import { join } from 'node:path';
import { createRandom } from '../../lib/prng.mjs';
import {
  addDays, addMinutes, day, isoDate, isoTimestamp, writeCsv,
} from '../../lib/csv-writer.mjs';

const EXPORT_DAY = day('2025-06-30');

// site, city, opened
const SITES = [
  ['Shoreditch', 'London', '2019-03-01'],
  ['King\'s Cross', 'London', '2021-09-13'],
  ['Canary Wharf', 'London', '2023-02-06'],
  ['Northern Quarter', 'Manchester', '2020-05-18'],
  ['Baltic Triangle', 'Liverpool', '2022-04-04'],
  ['Temple Quarter', 'Bristol', '2024-03-04'],
];
const SITE_PREFIX = {
  Shoreditch: 'SHO', 'King\'s Cross': 'KGX', 'Canary Wharf': 'CWF', 'Northern Quarter': 'NQM',
  'Baltic Triangle': 'BTL', 'Temple Quarter': 'TQB',
};
const ROOM_NAMES = ['Ada', 'Turing', 'Hopper', 'Lovelace', 'Babbage', 'Franklin', 'Curie',
  'Hawking', 'Noether', 'Brunel', 'Darwin', 'Faraday'];
// type, code, capacity range, hourly rate, day rate, popularity
const TYPES = {
  'Hot Desk': { code: 'HD', capacity: [1, 1], hourly: null, daily: [22, 32], weight: 46 },
  'Meeting Room': { code: 'MR', capacity: [4, 14], hourly: [25, 70], daily: null, weight: 30 },
  'Private Office': { code: 'PO', capacity: [2, 10], hourly: null, daily: [90, 260], weight: 12 },
  'Phone Booth': { code: 'PB', capacity: [1, 1], hourly: [6, 9], daily: null, weight: 8 },
  'Event Space': { code: 'EV', capacity: [30, 80], hourly: [120, 220], daily: null, weight: 4 },
};
// [type, count] at every site; a few sites differ
const LAYOUT = [['Hot Desk', 2], ['Meeting Room', 2], ['Private Office', 1], ['Phone Booth', 1]];

const FIRST = ['Aisha', 'Ben', 'Chloe', 'Dev', 'Elena', 'Finn', 'Grace', 'Hamza', 'Isla', 'Jonah',
  'Kiran', 'Lucy', 'Marcus', 'Nadia', 'Owen', 'Priya', 'Quentin', 'Rosa', 'Sami', 'Tara', 'Umar',
  'Vera', 'Will', 'Xenia', 'Yusuf', 'Zoe', 'Amara', 'Callum', 'Freya', 'Leo'];
const LAST = ['Adeyemi', 'Baker', 'Chen', 'Doherty', 'Evans', 'Fischer', 'Gupta', 'Hughes',
  'Iqbal', 'Jones', 'Kowalski', 'Lambert', 'Morgan', 'Nguyen', 'O\'Brien', 'Patel', 'Quinn',
  'Rahman', 'Silva', 'Thompson', 'Usman', 'Varga', 'Walsh', 'Yilmaz', 'Zhang'];
const COMPANIES = ['Brightloop Studio', 'Cobalt Analytics', 'Fernhill Legal', 'Greenbyte Labs',
  'Harbour & Finch', 'Juniper Health', 'Kestrel Design', 'Lumen Robotics', 'Mosaic Media',
  'Northwind Consulting', 'Orbit Games', 'Parcel Pilot', 'Quayside Architects', 'Redwood Ventures',
  'Saltmarsh Films', 'Tidewater Energy', 'Umbra Security', 'Vantage Recruitment'];
// plan, monthly fee (GBP), weight
const PLANS = [['Pay As You Go', 0, 30], ['Flex 10', 149, 24], ['Flex 20', 249, 16],
  ['Unlimited', 395, 12], ['Dedicated Desk', 450, 10], ['Team', 1200, 8]];
const REFERRALS = [['Google', 34], ['Friend', 24], ['LinkedIn', 16], ['Event', 12],
  ['Walk-in', 14]];
const PAYMENT = [['Card', 50], ['Credits', 30], ['Invoice', 20]];

function makeWorkspaces(random) {
  const spaces = [];
  for (const [site, city, opened] of SITES) {
    const layout = site === 'Shoreditch' || site === 'King\'s Cross'
      ? [...LAYOUT, ['Meeting Room', 1], ['Event Space', 1], ['Private Office', 1]]
      : site === 'Temple Quarter' ? [['Hot Desk', 1], ['Meeting Room', 1], ['Phone Booth', 1]]
        : LAYOUT;
    const counters = {};
    for (const [type, count] of layout) {
      for (let n = 0; n < count; n += 1) {
        const spec = TYPES[type];
        counters[type] = (counters[type] ?? 0) + 1;
        const code = `${SITE_PREFIX[site]}-${spec.code}${String(counters[type]).padStart(2, '0')}`;
        const office = () => {
          const floorNo = random.int(1, 4);
          return `Office ${floorNo}.${String(random.int(1, 20)).padStart(2, '0')}`;
        };
        const name = type === 'Meeting Room'
          ? `${ROOM_NAMES[spaces.length % ROOM_NAMES.length]} Room`
          : type === 'Hot Desk' ? `Hot Desk Zone ${'ABC'[counters[type] - 1]}`
            : type === 'Private Office' ? office()
              : type === 'Phone Booth' ? `Phone Booth ${counters[type]}` : `${site} Event Hall`;
        const capacity = type === 'Hot Desk' ? random.int(12, 40) : random.int(...spec.capacity);
        const hourly = spec.hourly ? random.int(...spec.hourly) : null;
        const daily = spec.daily ? random.int(...spec.daily) : null;
        spaces.push({
          row: [code, name, type, site, city, random.int(0, 5), capacity,
            hourly === null ? null : hourly.toFixed(2), daily === null ? null : daily.toFixed(2),
            type === 'Meeting Room' || type === 'Event Space'
              ? (random.chance(0.7) ? 'Yes' : 'No') : 'No',
            random.chance(0.75) ? 'Y' : 'N', opened],
          type, site, hourly, daily, capacity,
          weight: spec.weight * (site === 'Shoreditch' ? 1.5 : site === 'Temple Quarter' ? 0.6 : 1),
        });
      }
    }
  }
  return spaces;
}

function makeMembers(random) {
  const used = new Set();
  return Array.from({ length: 720 }, (_, i) => {
    let name;
    do name = `${random.pick(FIRST)} ${random.pick(LAST)}`;
    while (used.has(name) && used.size < 700);
    used.add(name);
    const [plan, fee] = random.weighted(PLANS.map((p) => [p, p[2]]));
    const joined = addDays(day('2019-03-01'), random.int(0, 2250));
    const left = random.chance(0.2) ? addDays(joined, random.int(60, 900)) : null;
    const leftOn = left && left < EXPORT_DAY ? left : null;
    const home = random.weighted(SITES.map(([site]) => [site,
      site === 'Shoreditch' ? 30 : site === 'Temple Quarter' ? 8 : 16]));
    return {
      id: `M${String(10000 + i * 7)}`, joined, leftOn, plan, home,
      row: [`M${String(10000 + i * 7)}`, name,
        plan === 'Pay As You Go' && random.chance(0.5) ? null : random.chance(0.3) ? null
          : random.pick(COMPANIES),
        plan, fee.toFixed(2), isoDate(joined), leftOn ? isoDate(leftOn) : null, home,
        random.weighted(REFERRALS), leftOn ? 'false' : random.chance(0.7) ? 'true' : 'false'],
    };
  });
}

function useDay(random) {
  for (;;) {
    const date = addDays(day('2024-01-02'), random.int(0, 560)); // .. 2025-07-15
    const weekday = date.getUTCDay();
    if ((weekday !== 0 && weekday !== 6) || random.chance(0.12)) return date;
  }
}

function makeBooking(random, i, members, spaces) {
  const date = useDay(random);
  const open = spaces.filter((s) => day(s.row[11]) <= date);
  const space = random.weighted(open.map((s) => [s, s.weight]));
  const active = members.filter((m) => m.joined <= date && (m.leftOn === null || date <= m.leftOn));
  const local = active.filter((m) => m.home === space.site);
  const pool = local.length > 20 && random.chance(0.8) ? local : active;
  const member = pool[random.skewedIndex(pool.length, 1.7)];
  const hourly = space.hourly !== null;
  const units = hourly ? random.weighted([[1, 40], [2, 30], [3, 12], [4, 10], [8, 8]])
    : random.weighted([[1, 70], [2, 12], [5, 18]]);
  const startHour = hourly ? random.int(8, Math.min(17, 18 - units))
    : random.weighted([[8, 40], [9, 45], [10, 15]]);
  const minute = hourly && units < 8 ? random.pick([0, 0, 30]) : 0;
  const start = addMinutes(date, startHour * 60 + minute);
  const end = hourly ? addMinutes(start, units * 60)
    : addMinutes(addDays(date, units - 1), 18 * 60);
  const lead = random.weighted([[0, 25], [1, 25], [3, 20], [7, 15], [14, 10], [30, 5]]);
  let bookedAt = addMinutes(addDays(date, -lead), random.int(-10 * 60, 8 * 60));
  if (bookedAt > start) bookedAt = addMinutes(start, -random.int(15, 120));
  if (bookedAt > EXPORT_DAY) bookedAt = addMinutes(EXPORT_DAY, -random.int(60, 4000));
  const future = date > EXPORT_DAY;
  const status = future ? 'Confirmed'
    : random.weighted([['Completed', 82], ['Cancelled', 12], ['No-show', 6]]);
  const cancelledAt = status === 'Cancelled'
    ? (() => {
      const latest = Math.max(60, (start - bookedAt) / 60000 - 30);
      const at = addMinutes(bookedAt, random.int(30, latest));
      return at < start ? at : addMinutes(start, -30);
    })() : null;
  const included = ['Unlimited', 'Dedicated Desk'].includes(member.plan)
    && space.type === 'Hot Desk';
  const rate = hourly ? space.hourly : space.daily;
  const discount = member.plan === 'Team' ? 0.15 : member.plan.startsWith('Flex') ? 0.1 : 0;
  const price = status === 'Cancelled' ? null
    : included ? '0.00' : (rate * units * (1 - discount)).toFixed(2);
  const checkedIn = status === 'Completed'
    ? addMinutes(start, random.int(-10, 35)) : null;
  const attendees = space.type === 'Meeting Room' || space.type === 'Event Space'
    ? random.int(2, space.capacity) : null;
  const catering = attendees !== null && random.chance(attendees > 8 ? 0.45 : 0.12);
  return [
    `BKG-${300000 + i}`, isoTimestamp(bookedAt, ' '), isoDate(date), member.id, space.row[0],
    hourly ? 'Hourly' : 'Daily', units, isoTimestamp(start, ' '), isoTimestamp(end, ' '), status,
    cancelledAt ? isoTimestamp(cancelledAt, ' ') : null,
    checkedIn ? isoTimestamp(checkedIn, ' ') : null, attendees, price,
    price === null ? null : included ? 'Included in plan'
      : member.plan === 'Pay As You Go' ? random.weighted([['Card', 80], ['Invoice', 20]])
        : random.weighted(PAYMENT),
    catering ? 'TRUE' : 'FALSE', random.chance(0.16) ? 'yes' : 'no',
  ];
}

/** Writes desk_bookings.csv, members.csv and workspaces.csv into `folder`; returns the tables. */
export function generate(folder) {
  const random = createRandom(20261217);
  const spaces = makeWorkspaces(random);
  const members = makeMembers(random);
  const bookings = Array.from({ length: 4640 }, (_, i) => makeBooking(random, i, members, spaces));
  bookings.sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  bookings.forEach((row, i) => { row[0] = `BKG-${300000 + i}`; });
  writeCsv(join(folder, 'desk_bookings.csv'),
    ['booking_ref', 'Booked At', 'booking_date', 'Member No', 'workspaceRef', 'rate_basis',
      'Units Booked', 'Start Time', 'end_time', 'status', 'Cancelled At', 'checkedInAt',
      'Attendees', 'Price (GBP)', 'payment_method', 'Catering Ordered', 'recurring'], bookings);
  writeCsv(join(folder, 'members.csv'),
    ['member_id', 'Full Name', 'company', 'membershipPlan', 'Monthly Fee (GBP)', 'Joined On',
      'left_on', 'Home Site', 'referral_source', 'autoRenew'], members.map((m) => m.row));
  writeCsv(join(folder, 'workspaces.csv'),
    ['Space Code', 'space_name', 'spaceType', 'site', 'City', 'floor', 'Capacity (people)',
      'Hourly Rate (GBP)', 'day_rate_gbp', 'Video Conferencing', 'step_free_access', 'Opened On'],
    spaces.map((s) => s.row));
  return ['desk_bookings', 'members', 'workspaces'];
}
