import { sha256, type Batch, type SourceInput, type SourceV1 } from '@living-schema/core';

/**
 * The project's own sample data: a small maritime vessel registry, inspection reports that
 * mention the vessels, and entity annotations on those reports. Generated deterministically
 * (seeded), so every run and every machine gets the same data; nothing is downloaded.
 */

function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NAMES = ['Aurora', 'Borealis', 'Cassiopeia', 'Delphine', 'Esperanza', 'Fjordlight', 'Galena', 'Halcyon', 'Isolde', 'Jasmine', 'Kestrel', 'Lumen', 'Meridian', 'Nordic Star', 'Oceanus', 'Pelican', 'Quetzal', 'Riviera', 'Solstice', 'Tethys', 'Ursa', 'Valkyrie', 'Wanderer', 'Xanthe', 'Yonder', 'Zephyr'];
const FLAGS = ['Liberia', 'Panama', 'Marshall Islands', 'Malta', 'Bahamas', 'Singapore', 'Norway', 'Greece'];
const TYPES = ['bulk carrier', 'tanker', 'container ship', 'fishing vessel', 'reefer', 'general cargo'];
const PORTS = ['Rotterdam', 'Singapore', 'Busan', 'Las Palmas', 'Walvis Bay', 'Montevideo', 'Piraeus', 'Abidjan'];
const OWNERS = ['Blue Anchor Shipping', 'Northsea Holdings', 'Coral Maritime', 'Atlas Bulk', 'Harbor Line'];

export type SampleVessel = {
  imo_number: number;
  vessel_name: string;
  flag_state: string;
  vessel_type: string;
  gross_tonnage: number;
  year_built: number;
  owner: string;
  last_port: string;
  last_inspection: string;
};

/** The registry: `count` vessels (default 40). */
export function sampleVessels(count = 40, seed = 7): SampleVessel[] {
  const random = seeded(seed);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]!;
  return Array.from({ length: count }, (_, i) => {
    const base = NAMES[i % NAMES.length]!;
    const name = i < NAMES.length ? base : `${base} ${Math.floor(i / NAMES.length) + 1}`;
    const day = 1 + Math.floor(random() * 28);
    const month = 1 + Math.floor(random() * 12);
    return {
      imo_number: 9100000 + i * 7919,
      vessel_name: name,
      flag_state: pick(FLAGS),
      vessel_type: pick(TYPES),
      gross_tonnage: Math.round(2000 + random() * 90000),
      year_built: 1990 + Math.floor(random() * 34),
      owner: pick(OWNERS),
      last_port: pick(PORTS),
      last_inspection: `2026-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    };
  });
}

export interface SampleReport {
  documentId: string;
  text: string;
  spans: Array<{ label: string; start: number; end: number; text: string }>;
}

/** Inspection reports, each with labelled spans (VESSEL_NAME, FLAG, IMO, PORT). */
export function sampleReports(vessels: SampleVessel[], count = 12): SampleReport[] {
  return vessels.slice(0, count).map((vessel, index) => {
    const parts: Array<[string, string | null]> = [
      ['Port state control report. The vessel ', null],
      [vessel.vessel_name, 'VESSEL_NAME'],
      [' (IMO ', null],
      [String(vessel.imo_number), 'IMO'],
      ['), flagged in ', null],
      [vessel.flag_state, 'FLAG'],
      [', was inspected at ', null],
      [vessel.last_port, 'PORT'],
      [`. ${index % 3 === 0 ? 'Two deficiencies were recorded.' : 'No deficiencies were recorded.'}`, null],
    ];
    let text = '';
    const spans: SampleReport['spans'] = [];
    for (const [chunk, label] of parts) {
      if (label) spans.push({ label, start: text.length, end: text.length + chunk.length, text: chunk });
      text += chunk;
    }
    return { documentId: `report-${String(index + 1).padStart(3, '0')}`, text, spans };
  });
}

const DEFICIENCIES = ['fire damper corroded', 'lifeboat davit seized', 'oily water separator bypassed', 'emergency lighting failed', 'chart corrections missing', 'garbage record book incomplete'];

/**
 * The second annotation round: follow-up reports annotated by another tool, bringing two new
 * labels (CALL_SIGN, DEFICIENCY) and `VesselName`, a near-duplicate of VESSEL_NAME.
 */
export function sampleReportsRound2(vessels: SampleVessel[], count = 8): SampleReport[] {
  return vessels.slice(12, 12 + count).map((vessel, index) => {
    const callSign = `${String.fromCharCode(65 + (index % 26))}${String.fromCharCode(70 + ((vessel.imo_number / 7919) % 20))}${(vessel.imo_number % 900) + 100}`;
    const parts: Array<[string, string | null]> = [
      ['Follow-up inspection of ', null],
      [vessel.vessel_name, 'VesselName'],
      [' (call sign ', null],
      [callSign, 'CALL_SIGN'],
      [') at ', null],
      [vessel.last_port, 'PORT'],
      ['. Deficiency found: ', null],
      [DEFICIENCIES[index % DEFICIENCIES.length]!, 'DEFICIENCY'],
      ['.', null],
    ];
    let text = '';
    const spans: SampleReport['spans'] = [];
    for (const [chunk, label] of parts) {
      if (label) spans.push({ label, start: text.length, end: text.length + chunk.length, text: chunk });
      text += chunk;
    }
    return { documentId: `report-${String(101 + index).padStart(3, '0')}`, text, spans };
  });
}

/**
 * Port calls, in two exports (`sample:port-calls`, then `sample:port-calls-update` with later
 * calls): a dataset whose saved reports notice the second export.
 */
export function samplePortCalls(part: 'first' | 'update'): Array<{ vessel_name: string; port: string; arrived: string; cargo_tonnes: number }> {
  const vessels = sampleVessels();
  const ports = ['Rotterdam', 'Singapore', 'Busan', 'Piraeus'];
  const range = part === 'first' ? [0, 12] : [12, 17];
  return Array.from({ length: range[1]! - range[0]! }, (_, k) => {
    const i = range[0]! + k;
    return {
      vessel_name: vessels[(i * 5) % vessels.length]!.vessel_name,
      port: part === 'update' && k === 4 ? 'Walvis Bay' : ports[i % ports.length]!,
      arrived: `2026-${String(1 + (i % 11)).padStart(2, '0')}-${String(1 + ((i * 3) % 27)).padStart(2, '0')}`,
      cargo_tonnes: 1000 + ((i * 2311) % 9000),
    };
  });
}

/**
 * A source over the sample data, for the demo: `sample:registry` yields the vessel records,
 * `sample:reports` the report documents and their annotations, `sample:reports-round-2` a second
 * annotation round (new labels and a near-duplicate of an existing one).
 */
export function sampleSource(): SourceV1 {
  return {
    specificationVersion: 'v1',
    name: 'sample',
    kinds: ['records', 'documents', 'annotations'],
    canRead: (input: SourceInput) => (typeof input === 'string' ? input : input.uri).startsWith('sample:'),
    async *read(input: SourceInput): AsyncIterable<Batch> {
      const uri = typeof input === 'string' ? input : input.uri;
      const vessels = sampleVessels();
      if (uri === 'sample:registry') {
        yield { kind: 'records', source: 'sample', sourceUri: uri, dataset: 'vessels', contentHash: sha256(JSON.stringify(vessels)), payload: { format: 'rows', rows: vessels } };
        return;
      }
      if (uri === 'sample:port-calls' || uri === 'sample:port-calls-update') {
        const calls = samplePortCalls(uri === 'sample:port-calls' ? 'first' : 'update');
        yield { kind: 'records', source: 'sample', sourceUri: uri, dataset: 'port_calls', contentHash: sha256(JSON.stringify(calls)), payload: { format: 'rows', rows: calls } };
        return;
      }
      if (uri === 'sample:reports' || uri === 'sample:reports-round-2') {
        const reports = uri === 'sample:reports' ? sampleReports(vessels) : sampleReportsRound2(vessels);
        const documents = reports.map((r) => ({ documentId: r.documentId, sourceUri: `sample:reports/${r.documentId}`, pageNumber: 1, text: r.text, extractionMethod: 'source', ocrConfidence: null }));
        yield { kind: 'documents', source: 'sample', sourceUri: uri, dataset: 'raw_documents', contentHash: sha256(JSON.stringify(documents)), payload: { format: 'rows', rows: documents } };
        const annotations = reports.flatMap((r) =>
          r.spans.map((s, i) => ({ annotationId: `${r.documentId}-${i + 1}`, documentId: r.documentId, spanStart: s.start, spanEnd: s.end, label: s.label, text: s.text, annotator: 'sme-1', status: 'submitted', origin: 'response', annotatedAt: '2026-11-01T09:00:00Z' })),
        );
        yield { kind: 'annotations', source: 'sample', sourceUri: uri, dataset: 'annotations', contentHash: sha256(JSON.stringify(annotations)), payload: { format: 'rows', rows: annotations } };
        return;
      }
      const { LivingSchemaError } = await import('@living-schema/core');
      throw new LivingSchemaError({ code: 'LS_INPUT_UNREADABLE', message: `Unknown sample input "${uri}": use sample:registry, sample:reports or sample:reports-round-2.`, details: { input: uri } });
    },
  };
}
