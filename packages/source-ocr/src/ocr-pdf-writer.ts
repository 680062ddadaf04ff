/**
 * A tiny PDF writer for tests, demos and benchmarks: pages with a text layer (Helvetica) or pages
 * that are only a picture (a "scan", embedded as JPEG). Enough to produce real PDFs that real
 * readers open; not a general PDF library.
 */

/** A page whose text is drawn with a standard font, so it has a text layer. */
export interface PdfTextPage {
  kind: 'text';
  /** Lines drawn top to bottom. */
  lines: string[];
  /** Font size in points, default 12. */
  fontSize?: number;
  /** Page size in points, default US Letter (612 x 792). */
  width?: number;
  height?: number;
}

/** A page that is a picture only (no text layer), like a scanned sheet. */
export interface PdfImagePage {
  kind: 'image';
  /** JPEG bytes. */
  jpeg: Uint8Array;
  /** Pixel size of the JPEG. */
  pixelWidth: number;
  pixelHeight: number;
  /** Page size in points; default: the pixels at 300 dpi. */
  width?: number;
  height?: number;
}

export type PdfPage = PdfTextPage | PdfImagePage;

export interface PdfWriteOptions {
  /**
   * Adds a standard-security-handler `/Encrypt` dictionary whose user password is not empty, so
   * readers ask for a password. For testing refusals only: the content itself is not encrypted.
   */
  passwordProtected?: boolean;
}

function escapePdfString(text: string): string {
  // Standard fonts use WinAnsi; characters outside Latin-1 are replaced.
  return text.replace(/[^\x20-\xff]/g, '?').replace(/([\\()])/g, '\\$1');
}

/**
 * Writes a PDF with the given pages and returns its bytes.
 *
 * @example
 * const bytes = writeSimplePdf([{ kind: 'text', lines: ['Hello, world'] }]);
 * await writeFile('hello.pdf', bytes);
 */
/**
 * A balanced page tree, at most 32 kids a node: a reader finds page i by skipping whole subtrees
 * by their /Count. With one flat /Kids list pdf.js walks it from the root for every page, so a
 * 10,000-page document costs the square of its pages to open page by page.
 */
const PAGE_TREE_FANOUT = 32;

interface PageTreeNode {
  id: number;
  parent?: number;
  kids: number[];
  count: number;
  /** A leaf node's pages, by index: [first, end). */
  pages?: [number, number];
}

function planPageTree(pageCount: number, reserve: () => number): { root: number; nodes: PageTreeNode[]; leafOf(page: number): number } {
  let level: PageTreeNode[] = [];
  for (let start = 0; start < Math.max(pageCount, 1); start += PAGE_TREE_FANOUT) {
    const end = Math.min(pageCount, start + PAGE_TREE_FANOUT);
    level.push({ id: reserve(), kids: [], count: end - start, pages: [start, end] });
  }
  const nodes = [...level];
  while (level.length > 1) {
    const up: PageTreeNode[] = [];
    for (let i = 0; i < level.length; i += PAGE_TREE_FANOUT) {
      const group = level.slice(i, i + PAGE_TREE_FANOUT);
      const node: PageTreeNode = { id: reserve(), kids: group.map((g) => g.id), count: group.reduce((sum, g) => sum + g.count, 0) };
      for (const child of group) child.parent = node.id;
      up.push(node);
    }
    nodes.push(...up);
    level = up;
  }
  return { root: level[0]!.id, nodes, leafOf: (page) => nodes[Math.floor(page / PAGE_TREE_FANOUT)]!.id };
}

export function writeSimplePdf(pages: PdfPage[], options: PdfWriteOptions = {}): Uint8Array {
  const objects: Array<Buffer> = [];
  const add = (body: Buffer | string): number => {
    objects.push(typeof body === 'string' ? Buffer.from(body, 'latin1') : body);
    return objects.length;
  };
  const stream = (dictionary: string, data: Buffer): Buffer =>
    Buffer.concat([Buffer.from(`<< ${dictionary} /Length ${data.length} >>\nstream\n`, 'latin1'), data, Buffer.from('\nendstream', 'latin1')]);

  const catalogId = add('');
  const tree = planPageTree(pages.length, () => add(''));
  const fontId = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const pageIds: number[] = [];
  for (const [index, page] of pages.entries()) {
    const pagesId = tree.leafOf(index);
    if (page.kind === 'text') {
      const width = page.width ?? 612;
      const height = page.height ?? 792;
      const size = page.fontSize ?? 12;
      const leading = Math.round(size * 1.4);
      const content = [`BT /F1 ${size} Tf ${leading} TL 50 ${height - 50 - size} Td`, ...page.lines.map((line, i) => `${i === 0 ? '' : 'T* '}(${escapePdfString(line)}) Tj`), 'ET'].join('\n');
      const contentId = add(stream('', Buffer.from(content, 'latin1')));
      pageIds.push(add(`<< /Type /Page /Parent ${pagesId} 0 R /MediaBox [0 0 ${width} ${height}] /Resources << /Font << /F1 ${fontId} 0 R >> >> /Contents ${contentId} 0 R >>`));
    } else {
      const width = page.width ?? Math.round((page.pixelWidth * 72) / 300);
      const height = page.height ?? Math.round((page.pixelHeight * 72) / 300);
      const imageId = add(stream(`/Type /XObject /Subtype /Image /Width ${page.pixelWidth} /Height ${page.pixelHeight} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode`, Buffer.from(page.jpeg)));
      const contentId = add(stream('', Buffer.from(`q ${width} 0 0 ${height} 0 0 cm /Im1 Do Q`, 'latin1')));
      pageIds.push(add(`<< /Type /Page /Parent ${pagesId} 0 R /MediaBox [0 0 ${width} ${height}] /Resources << /XObject << /Im1 ${imageId} 0 R >> >> /Contents ${contentId} 0 R >>`));
    }
  }
  objects[catalogId - 1] = Buffer.from(`<< /Type /Catalog /Pages ${tree.root} 0 R >>`, 'latin1');
  for (const node of tree.nodes) {
    const kids = node.pages ? pageIds.slice(node.pages[0], node.pages[1]) : node.kids;
    objects[node.id - 1] = Buffer.from(`<< /Type /Pages ${node.parent ? `/Parent ${node.parent} 0 R ` : ''}/Kids [${kids.map((id) => `${id} 0 R`).join(' ')}] /Count ${node.count} >>`, 'latin1');
  }
  let encryptId: number | null = null;
  if (options.passwordProtected) {
    const o = 'A1'.repeat(32);
    const u = 'B2'.repeat(32);
    encryptId = add(`<< /Filter /Standard /V 1 /R 2 /O <${o}> /U <${u}> /P -4 >>`);
  }

  const chunks: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let offset = chunks[0]!.length;
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(offset);
    const chunk = Buffer.concat([Buffer.from(`${index + 1} 0 obj\n`, 'latin1'), body, Buffer.from('\nendobj\n', 'latin1')]);
    chunks.push(chunk);
    offset += chunk.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`, ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  const id = '0123456789ABCDEF0123456789ABCDEF';
  const trailer = `trailer\n<< /Size ${objects.length + 1} /Root ${catalogId} 0 R${encryptId ? ` /Encrypt ${encryptId} 0 R` : ''} /ID [<${id}> <${id}>] >>\nstartxref\n${offset}\n%%EOF\n`;
  chunks.push(Buffer.from(xref + trailer, 'latin1'));
  return new Uint8Array(Buffer.concat(chunks));
}
