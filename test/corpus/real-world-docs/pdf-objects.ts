/**
 * PDFs the way real producers write them, made from `writeSimplePdf`'s output one object at a
 * time: a balanced page tree (producers group pages under intermediate /Pages nodes, so one bad
 * page leaves the others reachable), a damaged page object, and the standard security handler
 * (RC4, revision 3) with real encryption, so a reader must derive the key to read any text.
 */
import { createHash } from 'node:crypto';
import { writeSimplePdf, type PdfPage } from '@living-schema/source-ocr';

/** A PDF as its numbered objects (bodies between `N 0 obj` and `endobj`) and its trailer extras. */
interface PdfObjects {
  objects: Map<number, Buffer>;
  root: number;
  encrypt?: number;
}

const latin1 = (text: string) => Buffer.from(text, 'latin1');
const FILE_ID = '0123456789ABCDEF0123456789ABCDEF';

function parse(bytes: Uint8Array): PdfObjects {
  const text = Buffer.from(bytes).toString('latin1');
  const objects = new Map<number, Buffer>();
  for (const match of text.matchAll(/(\d+) 0 obj\n([\s\S]*?)\nendobj\n/g)) objects.set(Number(match[1]), latin1(match[2]!));
  const root = Number(/\/Root (\d+) 0 R/.exec(text)![1]);
  return { objects, root };
}

function serialise({ objects, root, encrypt }: PdfObjects): Buffer {
  const size = Math.max(...objects.keys()) + 1;
  const chunks: Buffer[] = [latin1('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')];
  const offsets = new Array<number>(size).fill(0);
  let offset = chunks[0]!.length;
  for (let id = 1; id < size; id += 1) {
    const body = objects.get(id);
    if (!body) continue;
    offsets[id] = offset;
    const chunk = Buffer.concat([latin1(`${id} 0 obj\n`), body, latin1('\nendobj\n')]);
    chunks.push(chunk);
    offset += chunk.length;
  }
  const entries = offsets.slice(1).map((o) => (o ? `${String(o).padStart(10, '0')} 00000 n \n` : '0000000000 65535 f \n'));
  const xref = `xref\n0 ${size}\n0000000000 65535 f \n${entries.join('')}`;
  const trailer = `trailer\n<< /Size ${size} /Root ${root} 0 R${encrypt ? ` /Encrypt ${encrypt} 0 R` : ''} /ID [<${FILE_ID}> <${FILE_ID}>] >>\nstartxref\n${offset}\n%%EOF\n`;
  return Buffer.concat([...chunks, latin1(xref + trailer)]);
}

/** Page object ids in page order (the Kids of the root /Pages node of writeSimplePdf's flat tree). */
function pageIds(pdf: PdfObjects): { pagesId: number; pages: number[] } {
  const catalog = pdf.objects.get(pdf.root)!.toString('latin1');
  const pagesId = Number(/\/Pages (\d+) 0 R/.exec(catalog)![1]);
  const kids = /\/Kids \[([^\]]*)\]/.exec(pdf.objects.get(pagesId)!.toString('latin1'))![1]!;
  return { pagesId, pages: [...kids.matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1])) };
}

/** Regroups the pages under intermediate /Pages nodes of `groupSize` pages each. */
function balancePageTree(pdf: PdfObjects, groupSize: number): void {
  const { pagesId, pages } = pageIds(pdf);
  let next = Math.max(...pdf.objects.keys()) + 1;
  const groups: number[] = [];
  for (let start = 0; start < pages.length; start += groupSize) {
    const kids = pages.slice(start, start + groupSize);
    const groupId = next++;
    groups.push(groupId);
    pdf.objects.set(groupId, latin1(`<< /Type /Pages /Parent ${pagesId} 0 R /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`));
    for (const kid of kids) pdf.objects.set(kid, latin1(pdf.objects.get(kid)!.toString('latin1').replace(/\/Parent \d+ 0 R/, `/Parent ${groupId} 0 R`)));
  }
  pdf.objects.set(pagesId, latin1(`<< /Type /Pages /Kids [${groups.map((g) => `${g} 0 R`).join(' ')}] /Count ${pages.length} >>`));
}

// --- the standard security handler, revision 3 (RC4, 128-bit key) -----------------------------

const PADDING = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');
const md5 = (...parts: Buffer[]) => createHash('md5').update(Buffer.concat(parts)).digest();
const pad = (password: string) => Buffer.concat([latin1(password), PADDING]).subarray(0, 32);

function rc4(key: Buffer, data: Buffer): Buffer {
  const s = Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i += 1) {
    j = (j + s[i]! + key[i % key.length]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
  }
  const out = Buffer.alloc(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n += 1) {
    i = (i + 1) & 255;
    j = (j + s[i]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
    out[n] = data[n]! ^ s[(s[i]! + s[j]!) & 255]!;
  }
  return out;
}

/** RC4 with the key, then 19 more passes with the key XOR-ed by the pass number (revision 3). */
function rc4Twenty(key: Buffer, data: Buffer): Buffer {
  let out = rc4(key, data);
  for (let pass = 1; pass <= 19; pass += 1) out = rc4(Buffer.from(key.map((b) => b ^ pass)), out);
  return out;
}

/** MD5, then 50 more rounds over the first 16 bytes (revision 3). */
function md5Fifty(data: Buffer): Buffer {
  let hash = md5(data);
  for (let round = 0; round < 50; round += 1) hash = md5(hash.subarray(0, 16));
  return hash.subarray(0, 16);
}

/** Permissions: print and copy refused (bits 3 and 5 clear), the rest allowed. */
const PERMISSIONS = -44;

function encrypt(pdf: PdfObjects, userPassword: string, ownerPassword: string): void {
  // Taken literally: an empty owner password is what some producers write, and readers differ on it.
  const ownerKey = md5Fifty(pad(ownerPassword));
  const o = rc4Twenty(ownerKey, pad(userPassword));
  const p = Buffer.alloc(4);
  p.writeInt32LE(PERMISSIONS);
  const fileKey = md5Fifty(Buffer.concat([pad(userPassword), o, p, Buffer.from(FILE_ID, 'hex')]));
  const u = Buffer.concat([rc4Twenty(fileKey, md5(PADDING, Buffer.from(FILE_ID, 'hex'))), Buffer.alloc(16)]);
  for (const [id, body] of pdf.objects) {
    const text = body.toString('latin1');
    const start = text.indexOf('stream\n');
    if (start < 0) continue;
    const dataStart = start + 'stream\n'.length;
    const dataEnd = text.lastIndexOf('\nendstream');
    const objectKey = md5(fileKey, Buffer.from([id & 255, (id >> 8) & 255, (id >> 16) & 255, 0, 0])).subarray(0, 16);
    pdf.objects.set(id, Buffer.concat([body.subarray(0, dataStart), rc4(objectKey, body.subarray(dataStart, dataEnd)), body.subarray(dataEnd)]));
  }
  const encryptId = Math.max(...pdf.objects.keys()) + 1;
  pdf.objects.set(encryptId, latin1(`<< /Filter /Standard /V 2 /R 3 /Length 128 /O <${o.toString('hex')}> /U <${u.toString('hex')}> /P ${PERMISSIONS} >>`));
  pdf.encrypt = encryptId;
}

export interface RealWorldPdfOptions {
  /** Intermediate /Pages nodes of this many pages each, as producers write them. Default 4. */
  groupSize?: number;
  /** 1-based page whose page object is damaged (its dictionary cut off mid-way). */
  damagedPage?: number;
  /** Encrypts the file with the standard security handler (RC4, revision 3). */
  passwords?: { user: string; owner: string };
}

/**
 * A PDF of `pages` with a balanced page tree, optionally one damaged page object and encryption.
 *
 * @example
 * realWorldPdf(pages, { damagedPage: 7 }); // 16 pages, page 7's dictionary unterminated
 * realWorldPdf(pages, { passwords: { user: '', owner: 'owner-secret' } }); // opens without one
 */
export function realWorldPdf(pages: PdfPage[], options: RealWorldPdfOptions = {}): Buffer {
  const pdf = parse(writeSimplePdf(pages));
  if (options.damagedPage !== undefined) {
    const id = pageIds(pdf).pages[options.damagedPage - 1]!;
    // The page dictionary loses its end: no reader can parse this object.
    pdf.objects.set(id, latin1(pdf.objects.get(id)!.toString('latin1').replace(/>>\s*>>\s*$/, '/Junk [ (').replace(/>>\s*$/, '/Junk [ (')));
  }
  balancePageTree(pdf, options.groupSize ?? 4);
  if (options.passwords) encrypt(pdf, options.passwords.user, options.passwords.owner);
  return serialise(pdf);
}
