import { posix } from 'node:path';

/**
 * Where a workbook's parts are. An XLSX file is an Open Packaging Conventions zip: the usual
 * paths (`xl/workbook.xml`, `xl/worksheets/sheet1.xml`) are only what Excel writes; the package
 * itself says where each part is, through `_rels/.rels` (the main document), the main document's
 * relationships (its sheets, shared strings and styles) and `[Content_Types].xml`. Other writers
 * put them elsewhere (`/workbook.xml`, `/sheets/calls.xml`), so the paths are read, not assumed.
 */
export interface PackageParts {
  workbook: string;
  workbookRels: string;
  /** Each sheet's part, by its number (the `sheet<n>.xml` digits, or numbers after them). */
  sheets: Map<number, string>;
  /** Each sheet's name, by its number. */
  names: Map<number, string>;
  sharedStrings?: string;
  styles?: string;
}

const MAIN_CONTENT_TYPE =
  /spreadsheetml\.(sheet|template)\.main\+xml|ms-excel\.(sheet|template)\.macroEnabled\.main\+xml/;
const DEFAULT_SHEET = /(?:^|\/)sheet(\d+)\.xml$/;

function decodeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#x[0-9a-fA-F]+|#\d+);/g, (_, entity: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (named[entity]) return named[entity]!;
    return String.fromCodePoint(
      entity.startsWith('#x') ? Number.parseInt(entity.slice(2), 16) : Number(entity.slice(1))
    );
  });
}

export function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
    found.set(match[1]!, decodeXml(match[2] ?? match[3] ?? ''));
  return found;
}

interface Relationship {
  id: string;
  type: string;
  target: string;
}

function relationships(xml: string): Relationship[] {
  const found: Relationship[] = [];
  for (const match of xml.matchAll(/<(?:[\w.-]+:)?Relationship\b[^>]*>/g)) {
    const attrs = attributes(match[0]);
    const [id, type, target] = [attrs.get('Id'), attrs.get('Type') ?? '', attrs.get('Target')];
    if (id !== undefined && target !== undefined && attrs.get('TargetMode') !== 'External')
      found.push({ id, type, target });
  }
  return found;
}

/** A relationship's target as a zip path: relative to the folder of the part that names it. */
function resolveTarget(from: string, target: string): string {
  const path = target.startsWith('/') ? target : posix.join(posix.dirname(from), target);
  return posix.normalize(path).replace(/^\/+/, '');
}

/** The relationships part of a part: `xl/workbook.xml` -> `xl/_rels/workbook.xml.rels`. */
export function relsPathOf(part: string): string {
  return posix
    .join(posix.dirname(part), '_rels', `${posix.basename(part)}.rels`)
    .replace(/^\.\//, '');
}

/**
 * The main document's path: the officeDocument relationship of `_rels/.rels`, else the part
 * `[Content_Types].xml` types as a workbook, else the usual `xl/workbook.xml`; null when the zip
 * holds none of them.
 */
export function workbookPathOf(
  rootRelsXml: string | undefined,
  contentTypesXml: string | undefined,
  has: (path: string) => boolean
): string | null {
  const office = relationships(rootRelsXml ?? '').find((r) => r.type.endsWith('/officeDocument'));
  if (office && has(resolveTarget('', office.target))) return resolveTarget('', office.target);
  for (const match of (contentTypesXml ?? '').matchAll(/<(?:[\w.-]+:)?Override\b[^>]*>/g)) {
    const attrs = attributes(match[0]);
    const part = (attrs.get('PartName') ?? '').replace(/^\/+/, '');
    if (MAIN_CONTENT_TYPE.test(attrs.get('ContentType') ?? '') && has(part)) return part;
  }
  return has('xl/workbook.xml') ? 'xl/workbook.xml' : null;
}

/**
 * The sheets, shared strings and styles the workbook's relationships name. A sheet keeps the
 * number in its part's name (`sheet3.xml` -> 3); a part named otherwise gets a number after them.
 */
export function packagePartsOf(
  workbook: string,
  workbookXml: string,
  relsXml: string
): PackageParts {
  const rels = relationships(relsXml);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const partOf = (type: string) => {
    const found = rels.find((r) => r.type.endsWith(`/${type}`));
    return found ? resolveTarget(workbook, found.target) : undefined;
  };
  const listed: Array<{ name: string; part: string }> = [];
  for (const match of workbookXml.matchAll(/<(?:[\w.-]+:)?sheet\b[^>]*>/g)) {
    const attrs = attributes(match[0]);
    const name = attrs.get('name');
    const rid = [...attrs].find(([key]) => key === 'r:id' || key.endsWith(':id'))?.[1];
    const rel = rid === undefined ? undefined : byId.get(rid);
    if (name !== undefined && rel && rel.type.endsWith('/worksheet'))
      listed.push({ name, part: resolveTarget(workbook, rel.target) });
  }
  const numbered = listed.map((s) => Number(DEFAULT_SHEET.exec(s.part)?.[1] ?? 0));
  let next = Math.max(0, ...numbered) + 1;
  const sheets = new Map<number, string>();
  const names = new Map<number, string>();
  listed.forEach((s, i) => {
    const number = numbered[i]! > 0 && !sheets.has(numbered[i]!) ? numbered[i]! : next++;
    sheets.set(number, s.part);
    names.set(number, s.name);
  });
  const sharedStrings = partOf('sharedStrings');
  const styles = partOf('styles');
  return {
    workbook,
    workbookRels: relsPathOf(workbook),
    sheets,
    names,
    ...(sharedStrings ? { sharedStrings } : {}),
    ...(styles ? { styles } : {}),
  };
}
