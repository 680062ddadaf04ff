// A seaside hotel's bookings (the fact table) with rooms and guests as lookups. The property
// system exports the room as `RoomNo` while the room list calls it `room_number`, and the guest
// as `guest_id` while the guest list (from the CRM) calls it `GuestID`.
import { join } from 'node:path';
import { createRandom } from '../../lib/prng.mjs';
import {
  addDays, addMinutes, day, isoDate, isoTimestamp, writeCsv,
} from '../../lib/csv-writer.mjs';

/** [type, weight, base rate, max occupancy] */
const ROOM_TYPES = [
  ['Single', 12, 79, 1], ['Double', 34, 119, 2], ['Twin', 18, 115, 2], ['Family', 12, 169, 4],
  ['Suite', 6, 289, 3],
];
const WINGS = ['North', 'South', 'Garden'];
const COUNTRIES = [
  ['Germany', 22], ['United Kingdom', 18], ['Netherlands', 14], ['France', 9], ['Spain', 6],
  ['United States', 7], ['Italy', 5], ['Ireland', 5], ['Sweden', 4], ['Japan', 3],
  ['Belgium', 5], ['Switzerland', 2],
];
const FIRST = ['Anna', 'Lukas', 'Sophie', 'James', 'Emma', 'Pieter', 'Claire', 'Marco', 'Lucia',
  'Hiroshi', 'Ingrid', 'Sean', 'Olivia', 'Mateo', 'Fleur', 'Jonas', 'Aoife', 'Camille', 'Noah',
  'Elena'];
const LAST = ['Becker', 'Smith', 'de Vries', 'Martin', 'Garcia', 'Johnson', 'Rossi', 'Murphy',
  'Lindberg', 'Tanaka', 'Peeters', 'Keller', 'Schmidt', 'Jansen', 'Dubois', 'Walsh', 'Brown',
  "O'Neill", 'Fischer', 'Moreno'];
const TIERS = [[null, 55], ['Silver', 25], ['Gold', 14], ['Platinum', 6]];
const CHANNELS = [['Direct', 30], ['Online agency', 38], ['Phone', 10], ['Travel agent', 9],
  ['Corporate', 13]];
const EXPORT_DAY = day('2025-09-30');
/** Seasonal weight per month (January = 0): a seaside hotel fills in summer. */
const SEASON = [4, 4, 5, 7, 9, 12, 16, 17, 10, 7, 4, 5];

function makeRooms(random) {
  const rooms = [];
  for (let floor = 1; floor <= 4; floor += 1) {
    for (let n = 1; n <= 14; n += 1) {
      const [type, , base, occupancy] = random.weighted(ROOM_TYPES.map((t) => [t, t[1]]));
      const wing = WINGS[(n - 1) % 3];
      const seaView = wing === 'South' ? random.chance(0.85) : random.chance(0.1);
      const baseRate = base + (seaView ? 20 : 0) + (floor - 1) * 5;
      const number = floor * 100 + n;
      rooms.push({ number, type, occupancy, baseRate, row: [number, type, floor, wing,
        seaView ? 'Yes' : 'No', occupancy, baseRate.toFixed(2),
        floor === 1 && random.chance(0.6) ? 'TRUE' : 'FALSE'] });
    }
  }
  return rooms;
}

function makeGuests(random) {
  return Array.from({ length: 1600 }, (_, i) => {
    const tier = random.weighted(TIERS);
    const since = tier ? isoDate(addDays(day('2016-01-01'), random.int(0, 3300))) : null;
    return [`G-${String(1001 + i * 3).padStart(5, '0')}`, random.pick(FIRST), random.pick(LAST),
      random.weighted(COUNTRIES), tier, since, random.chance(0.42) ? 'yes' : 'no'];
  });
}

function checkInDay(random) {
  const start = day('2024-01-01');
  for (;;) {
    const candidate = addDays(start, random.int(0, 638)); // 2024-01-01 .. 2025-09-30
    if (random.next() < SEASON[candidate.getUTCMonth()] / 17) return candidate;
  }
}

/** The export was taken on 2025-09-30: stays from 09-20 are still ahead, some are under way. */
function statusOf(random, checkIn, checkOut) {
  if (checkIn >= day('2025-09-20')) return random.chance(0.1) ? 'Cancelled' : 'Confirmed';
  const status = random.weighted([['Checked out', 84], ['Cancelled', 13], ['No-show', 3]]);
  return status === 'Checked out' && checkOut > EXPORT_DAY ? 'In house' : status;
}

function totalOf(status, rate, nights) {
  if (status === 'Cancelled') return null;
  return (status === 'No-show' ? rate : rate * nights).toFixed(2);
}

/** Cancelled some time between booking and the hour before check-in (or soon after booking). */
function cancellationOf(random, status, booked, checkIn) {
  if (status !== 'Cancelled') return null;
  const minutesAhead = (checkIn - booked) / 60_000 - 60;
  return isoTimestamp(addMinutes(booked, random.int(60, Math.max(120, minutesAhead))));
}

const NIGHTS = [[1, 18], [2, 22], [3, 18], [4, 10], [5, 9], [7, 12], [10, 5], [14, 6]];
const nightsOf = (room, checkIn, nights) =>
  Array.from({ length: nights }, (_, k) => `${room.number} ${isoDate(addDays(checkIn, k))}`);

/**
 * A stay in a room free on every night of it: a room is never sold twice for one night (a
 * cancelled booking gives its nights back). A full hotel sends the guest to other dates.
 */
function findStay(random, rooms, occupied) {
  for (;;) {
    const checkIn = checkInDay(random);
    const nights = random.weighted(NIGHTS);
    for (let attempt = 0; attempt < 6; attempt += 1) {
      const room = rooms[random.int(0, rooms.length - 1)];
      const roomNights = nightsOf(room, checkIn, nights);
      const free = !roomNights.some((night) => occupied.has(night));
      if (free) return { room, checkIn, nights, roomNights };
    }
  }
}

function makeBooking(random, index, rooms, guests, occupied) {
  const { room, checkIn, nights, roomNights } = findStay(random, rooms, occupied);
  const booked = addMinutes(addDays(checkIn, -random.int(0, 150)), -random.int(0, 1439));
  const summer = [5, 6, 7].includes(checkIn.getUTCMonth()) ? 1.35 : 1;
  const channel = random.weighted(CHANNELS);
  const discount = channel === 'Corporate' ? 0.85 : 1;
  const rate = Math.round(room.baseRate * summer * discount * 100) / 100;
  const checkOut = addDays(checkIn, nights);
  const status = statusOf(random, checkIn, checkOut);
  if (status !== 'Cancelled') roomNights.forEach((night) => occupied.add(night));
  const cancelled = cancellationOf(random, status, booked, checkIn);
  const adults = random.int(1, Math.min(2, room.occupancy));
  const children = room.type === 'Family' ? random.int(0, 2) : 0;
  const score = status === 'Checked out' && random.chance(0.45) ? random.int(4, 10) : null;
  return [`HB${100001 + index}`, guests[random.skewedIndex(guests.length, 1.3)][0], room.number,
    isoTimestamp(booked, 'T'), isoDate(checkIn), isoDate(checkOut), nights,
    adults, children, rate.toFixed(2), totalOf(status, rate, nights), channel, status,
    random.chance(0.55) ? 'Y' : 'N', random.chance(0.6) ? 'true' : 'false',
    cancelled, score];
}

/** Writes bookings.csv, rooms.csv and guests.csv into `folder`; returns the tables it wrote. */
export function generate(folder) {
  const random = createRandom(20251201);
  const rooms = makeRooms(random);
  const guests = makeGuests(random);
  const occupied = new Set();
  const bookings = Array.from({ length: 4500 },
    (_, i) => makeBooking(random, i, rooms, guests, occupied));
  writeCsv(join(folder, 'rooms.csv'),
    ['room_number', 'room_type', 'floor', 'Wing', 'Sea View', 'max_occupancy',
      'Base Rate (EUR)', 'wheelchair_accessible'], rooms.map((room) => room.row));
  writeCsv(join(folder, 'guests.csv'),
    ['GuestID', 'first_name', 'last_name', 'Country', 'Loyalty Tier', 'member_since',
      'marketing_opt_in'], guests);
  writeCsv(join(folder, 'bookings.csv'),
    ['Booking Ref', 'guest_id', 'RoomNo', 'bookedAt', 'check_in', 'check_out', 'nights',
      'Adults', 'Children', 'Rate (EUR/night)', 'Total (EUR)', 'channel', 'status',
      'Breakfast Included', 'isRefundable', 'cancelled_at', 'Review Score'], bookings);
  return ['bookings', 'rooms', 'guests'];
}
