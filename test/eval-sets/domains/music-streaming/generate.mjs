// A small streaming service's play log (the fact table) with its track catalogue and its
// listeners as lookups. The play log writes the track as `Track No` and the listener as
// `listenerRef`, while the catalogue says `track_id` and the accounts table `Listener ID`.
// A play that ran to the end has no skip time; plays from logged-out web sessions have no
// listener.
import { join } from 'node:path';
import { createRandom } from '../../lib/prng.mjs';
import {
  addDays, addMinutes, day, isoDate, isoTimestamp, writeCsv,
} from '../../lib/csv-writer.mjs';

// artist, genre, label, popularity
const ARTISTS = [
  ['Nova Lane', 'Pop', 'Brightside Records', 30], ['The Hollow Pines', 'Indie', 'Fernhouse', 14],
  ['DJ Kestrel', 'Electronic', 'Pulse Audio', 18], ['Marisol Vega', 'Latin', 'Sol Music', 16],
  ['Grey Harbour', 'Rock', 'Fernhouse', 10], ['Kofi Mensah', 'Afrobeats', 'Sol Music', 15],
  ['Lumen Quartet', 'Classical', 'Aria Classics', 4], ['Big Cass', 'Hip-Hop', 'Pulse Audio', 22],
  ['Ella Frost', 'Pop', 'Brightside Records', 20], ['Velvet Static', 'Electronic', 'Pulse Audio', 9],
  ['Junie Hart', 'Country', 'Open Road', 7], ['The Low Tides', 'Rock', 'Open Road', 8],
  ['Sami Okoro', 'Jazz', 'Aria Classics', 5], ['Paper Kites Club', 'Indie', 'Fernhouse', 9],
  ['Rhea Moon', 'R&B', 'Brightside Records', 13], ['Tomás Rey', 'Latin', 'Sol Music', 8],
  ['Northbound', 'Hip-Hop', 'Pulse Audio', 11], ['Willow & Ash', 'Folk', 'Open Road', 5],
];
const WORDS_A = ['Midnight', 'Golden', 'Electric', 'Silver', 'Broken', 'Neon', 'Quiet', 'Wild',
  'Paper', 'Summer', 'Velvet', 'Lonely', 'Northern', 'Burning', 'Blue', 'Falling'];
const WORDS_B = ['Hearts', 'Skyline', 'River', 'Echoes', 'Satellite', 'Dreams', 'Highway', 'Rain',
  'Fire', 'Lights', 'Ocean', 'Stranger', 'Garden', 'Signal', 'Shadows', 'Letters'];
const COUNTRIES = [['United Kingdom', 34], ['Ireland', 8], ['Germany', 14], ['France', 10],
  ['Spain', 9], ['Netherlands', 7], ['Nigeria', 6], ['Mexico', 6], ['United States', 6]];
const PLANS = [['Free', 44], ['Premium', 30], ['Family', 14], ['Student', 12]];
const DEVICES = [['Mobile', 58], ['Desktop', 16], ['Smart Speaker', 11], ['Web', 9], ['TV', 6]];
const SOURCES = [['Playlist', 42], ['Album', 18], ['Radio', 14], ['Search', 16],
  ['Artist Page', 10]];

function album(albums, key, title) {
  if (!albums.has(key)) albums.set(key, title.replace(/ \(Live\)| Part II/, ''));
  return albums.get(key);
}

function makeTracks(random) {
  const used = new Set();
  const tracks = [];
  const albums = new Map(); // an album is named after its first track
  for (let i = 0; i < 380; i += 1) {
    const artist = ARTISTS[i % ARTISTS.length];
    // 16 x 16 pairs, each also with a "The"/"(Live)"/"Part II" form: 1,024 titles for 380 tracks.
    let title;
    do {
      const base = `${random.pick(WORDS_A)} ${random.pick(WORDS_B)}`;
      title = random.weighted([[base, 70], [`The ${base}`, 10], [`${base} (Live)`, 10],
        [`${base} Part II`, 10]]);
    } while (used.has(title));
    used.add(title);
    const released = addDays(day('2015-01-01'), random.int(0, 3800));
    tracks.push([
      `TRK-${String(10000 + i * 13)}`, title, artist[0],
      album(albums, `${artist[0]}/${Math.floor(i / ARTISTS.length) % 4}`, title), artist[1],
      isoDate(released), Math.round(random.around(artist[1] === 'Classical' ? 420 : 215, 60,
        95, 720)), artist[1] === 'Hip-Hop' ? (random.chance(0.6) ? 'true' : 'false')
        : (random.chance(0.08) ? 'true' : 'false'), artist[2],
    ]);
  }
  return tracks;
}

function makeListeners(random) {
  return Array.from({ length: 1320 }, (_, i) => [
    `L-${String(3000 + i * 2)}`, random.weighted(COUNTRIES), random.weighted(PLANS),
    isoDate(addDays(day('2019-03-01'), random.int(0, 2200))),
    random.chance(0.15) ? null : random.int(1955, 2009), random.chance(0.37) ? 'Y' : 'N',
  ]);
}

function makePlay(random, i, tracks, listeners) {
  const artist = random.weighted(ARTISTS.map((a) => [a, a[3]]));
  const own = tracks.filter((t) => t[2] === artist[0]);
  const track = own[random.skewedIndex(own.length, 1.6)];
  const device = random.weighted(DEVICES);
  const anonymous = device === 'Web' && random.chance(0.4);
  const listener = anonymous ? null : listeners[random.skewedIndex(listeners.length, 1.9)];
  const at = addMinutes(addDays(day('2024-07-01'), random.int(0, 364)), random.int(0, 1439));
  const duration = track[6];
  const skipped = random.chance(0.27);
  const skipAt = skipped ? random.int(3, duration - 5) : null;
  const offline = device === 'Mobile' && random.chance(0.15);
  return [
    `P${String(9000000 + i)}`, isoTimestamp(at, 'T'), track[0], listener ? listener[0] : null,
    device, random.weighted(SOURCES), skipped ? skipAt : duration, skipAt,
    skipped ? 'No' : 'Yes', random.chance(0.3) ? 'TRUE' : 'FALSE', offline ? 'yes' : 'no',
  ];
}

/** Writes plays.csv, tracks.csv and listeners.csv into `folder`; returns the tables. */
export function generate(folder) {
  const random = createRandom(20261415);
  const tracks = makeTracks(random);
  const listeners = makeListeners(random);
  const plays = Array.from({ length: 4880 }, (_, i) => makePlay(random, i, tracks, listeners))
    .sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0))
    .map((row, i) => [`P${String(9000000 + i)}`, ...row.slice(1)]);
  writeCsv(join(folder, 'tracks.csv'),
    ['track_id', 'title', 'Artist', 'album', 'genre', 'Release Date', 'Duration (sec)',
      'explicit', 'Record Label'], tracks);
  writeCsv(join(folder, 'listeners.csv'),
    ['Listener ID', 'country', 'subscription_plan', 'Signup Date', 'birthYear',
      'marketingOptIn'], listeners);
  writeCsv(join(folder, 'plays.csv'),
    ['play_id', 'Played At', 'Track No', 'listenerRef', 'device', 'Source',
      'Seconds Played', 'Skipped At (s)', 'Completed', 'shuffle', 'offline_mode'], plays);
  return ['plays', 'tracks', 'listeners'];
}
