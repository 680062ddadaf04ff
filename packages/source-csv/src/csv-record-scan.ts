import { createReadStream } from 'node:fs';

/** The dialect the records are delimited by, as the sniffer found it ('' = none). */
export interface RecordDialect {
  delimiter: string;
  quote: string;
  escape: string;
  comment: string;
}

export interface RecordScanSettings {
  dialect: RecordDialect;
  /** A record longer than this many bytes (its line end excluded) is over the limit. */
  maxLineBytes: number;
  /** Bytes kept of a record over the limit, for the quarantine. */
  previewBytes: number;
}

/** What a line is: DuckDB numbers all three, and reads a blank line only in a one-column file. */
export type LineKind = 'record' | 'blank' | 'comment';

/** A record over the line limit: where it is and how it starts. */
export interface OverlongRecord {
  /** 1-based line as DuckDB numbers them: one per record or blank line, from the file's start. */
  line: number;
  byteOffset: number;
  byteLength: number;
  preview: Buffer;
}

/** The scan of a whole file, before it is known which lines are the header or skipped. */
export interface RecordScan {
  records: number;
  blankLines: number;
  /** The kinds of the first lines (up to FIRST_LINES), to take out the header and skipped lines. */
  firstLines: LineKind[];
  overlong: OverlongRecord[];
  /** The quote character occurs: without it, which delimiter and quote were assumed does not matter. */
  sawQuote: boolean;
  /** Some field opens with the quote character (the file uses quoting). */
  quotedField: boolean;
  /** Line ends outside quotes, by kind: more than one kind is a file DuckDB's sniffer refuses. */
  lineEnds: LineEnds;
}

export interface LineEnds {
  lf: number;
  crlf: number;
  cr: number;
}

/** True when the file ends its lines in more than one way (`\r\n` and `\n`, say). */
export function mixedLineEnds(ends: LineEnds): boolean {
  return [ends.lf, ends.crlf, ends.cr].filter((n) => n > 0).length > 1;
}

/** Lines before the data that can be taken out of the count (DuckDB's `skip` plus the header). */
const FIRST_LINES = 1024;

/** The data records of a scan (what `rows in` must add up to), once the header and skip are known. */
export function dataRecords(scan: RecordScan, layout: { linesBeforeData: number; blankLinesAreRecords: boolean }): number {
  const counted = (kind: LineKind) => kind === 'record' || (kind === 'blank' && layout.blankLinesAreRecords);
  const before = scan.firstLines.slice(0, layout.linesBeforeData).filter(counted).length;
  return scan.records + (layout.blankLinesAreRecords ? scan.blankLines : 0) - before;
}

const LF = 0x0a;
const CR = 0x0d;
/** No byte of a UTF-8 or Latin-1 file has this value: a dialect character that is absent. */
const NONE = -1;

enum State {
  LineStart,
  FieldStart,
  Unquoted,
  Quoted,
  QuotedEscape,
  AfterQuote,
  /** A character after a closing quote: DuckDB rejects the record and resumes at the next line. */
  Invalid,
  Comment,
}

/**
 * Counts the records of a delimited file in one streamed pass, independently of DuckDB, and finds
 * every record longer than the line limit. DuckDB's reader drops a record longer than its read
 * buffer without a word (or reports it as an unterminated quote), so the count is what `rows in`
 * is checked against, and the long records are cut out before DuckDB reads the file.
 *
 * The rules are DuckDB's: a quote opens a field only at its start (elsewhere it is a character);
 * inside quotes a doubled quote (or the escape character) is literal and line ends are data;
 * after a closing quote anything but a delimiter or line end makes the record invalid up to the
 * next line end; CR, LF and CRLF end a line; an empty line is no record unless the file has one
 * column; a line opening with the comment character is no record. Memory: the previews only.
 */
export class RecordScanner {
  private state = State.LineStart;
  /** The last line ended with CR: an LF straight after it belongs to that line end. */
  private swallowLf = false;
  private line = 0;
  private records = 0;
  private blankLines = 0;
  private readonly firstLines: LineKind[] = [];
  private sawQuote = false;
  private quotedField = false;
  private readonly lineEnds: LineEnds = { lf: 0, crlf: 0, cr: 0 };
  /** File offset of the current chunk's first byte. */
  private offset = 0;
  private chunk: Buffer = Buffer.alloc(0);
  private recordStart = 0;
  /** The first bytes of the record in progress, from the chunks before the current one. */
  private head: Buffer[] = [];
  private headLength = 0;
  private readonly overlong: OverlongRecord[] = [];
  /**
   * Where the next LF, CR, quote and escape of the current chunk are: each is searched once and
   * reused until passed, so a rare byte is not searched for again at every record.
   */
  private next = { lf: -1, cr: -1, quote: -1, escape: -1 };
  private readonly delimiter: number;
  private readonly quote: number;
  private readonly escape: number;
  private readonly comment: number;

  constructor(private readonly settings: RecordScanSettings) {
    const byte = (text: string) => (text === '' ? NONE : Buffer.from(text, 'utf8').at(-1)!);
    // A multi-byte delimiter is recognised by its last byte: it only decides where a field
    // starts, and so whether a quote that follows opens a quoted field.
    this.delimiter = byte(settings.dialect.delimiter);
    this.quote = byte(settings.dialect.quote);
    this.escape = settings.dialect.escape === '' ? this.quote : byte(settings.dialect.escape);
    this.comment = byte(settings.dialect.comment);
  }

  write(chunk: Buffer): void {
    this.chunk = chunk;
    this.next = { lf: -1, cr: -1, quote: -1, escape: -1 };
    let i = 0;
    while (i < chunk.length) {
      if (this.state === State.Quoted) i = this.skipQuoted(chunk, i);
      else if ((this.state === State.Unquoted || this.state === State.FieldStart) && !this.swallowLf) i = this.skipPlain(chunk, i);
      else if ((this.state === State.Invalid || this.state === State.Comment) && !this.swallowLf) i = this.skipToLineEnd(chunk, i);
      else {
        this.step(chunk[i]!, i);
        i += 1;
      }
    }
    this.keepHead();
    this.offset += chunk.length;
  }

  /** The next position of `byte` in the current chunk at or after `from` (Infinity: none). */
  private nextAt(kind: keyof RecordScanner['next'], byte: number, from: number): number {
    if (this.next[kind] < from) {
      const at = byte === NONE ? -1 : this.chunk.indexOf(byte, from);
      this.next[kind] = at < 0 ? Infinity : at;
    }
    return this.next[kind];
  }

  /**
   * Inside an unquoted field only a line end, or a quote right after a delimiter, matters: jump
   * to the first line end or quote (the byte before a quote says whether it starts a field).
   */
  private skipPlain(chunk: Buffer, from: number): number {
    const to = Math.min(this.nextAt('lf', LF, from), this.nextAt('cr', CR, from), this.nextAt('quote', this.quote, from), chunk.length);
    if (to === from) {
      this.step(chunk[from]!, from);
      return from + 1;
    }
    this.state = chunk[to - 1] === this.delimiter ? State.FieldStart : State.Unquoted;
    return to;
  }

  end(): RecordScan {
    // Every chunk is consumed (its part of the record is in `head`): the record ends here.
    this.chunk = Buffer.alloc(0);
    if (this.state !== State.LineStart && this.state !== State.Comment) this.endRecord(0);
    if (this.swallowLf) this.lineEnds.cr += 1;
    const { records, blankLines, firstLines, overlong, sawQuote, quotedField, lineEnds } = this;
    return { records, blankLines, firstLines, overlong, sawQuote, quotedField, lineEnds };
  }

  /** Inside quotes only the quote and escape characters matter: jump to the next one. */
  private skipQuoted(chunk: Buffer, from: number): number {
    const quote = this.nextAt('quote', this.quote, from);
    const escape = this.escape === this.quote ? Infinity : this.nextAt('escape', this.escape, from);
    const next = Math.min(quote, escape, chunk.length);
    if (next === chunk.length) return next;
    this.state = chunk[next] === this.quote ? State.AfterQuote : State.QuotedEscape;
    return next + 1;
  }

  /** One byte outside quotes; `at` is its index in the current chunk. */
  /**
   * In an invalid record or a comment only the line end matters (`sawQuote` misses nothing: an
   * invalid record follows a quote, and the dialect assumed before the sniff has no comment).
   */
  private skipToLineEnd(chunk: Buffer, from: number): number {
    const to = Math.min(this.nextAt('lf', LF, from), this.nextAt('cr', CR, from), chunk.length);
    if (to > from) return to;
    this.step(chunk[from]!, from);
    return from + 1;
  }

  private step(byte: number, at: number): void {
    if (this.swallowLf) {
      this.swallowLf = false;
      if (byte === LF) {
        this.lineEnds.crlf += 1;
        return;
      }
      this.lineEnds.cr += 1;
    }
    if (byte === this.quote) this.sawQuote = true;
    const lineEnd = byte === LF || byte === CR;
    if (lineEnd && this.state !== State.QuotedEscape) {
      this.swallowLf = byte === CR;
      if (byte === LF) this.lineEnds.lf += 1;
    }
    switch (this.state) {
      case State.LineStart:
        if (lineEnd) return this.countLine('blank');
        this.startRecord(at);
        this.state = byte === this.comment ? State.Comment : this.afterFieldStart(byte);
        return;
      case State.FieldStart:
        if (lineEnd) return this.endRecord(at);
        this.state = this.afterFieldStart(byte);
        return;
      case State.Unquoted:
        if (lineEnd) return this.endRecord(at);
        if (byte === this.delimiter) this.state = State.FieldStart;
        return;
      case State.QuotedEscape:
        this.state = State.Quoted;
        return;
      case State.AfterQuote:
        if (lineEnd) return this.endRecord(at);
        if (byte === this.quote && this.escape === this.quote) this.state = State.Quoted;
        else this.state = byte === this.delimiter ? State.FieldStart : State.Invalid;
        return;
      case State.Invalid:
        if (lineEnd) this.endRecord(at);
        return;
      case State.Comment:
        if (lineEnd) {
          this.countLine('comment');
          this.state = State.LineStart;
        }
        return;
      case State.Quoted:
        return;
    }
  }

  private afterFieldStart(byte: number): State {
    if (byte === this.quote) {
      this.quotedField = true;
      return State.Quoted;
    }
    if (byte === this.delimiter) return State.FieldStart;
    return State.Unquoted;
  }

  private startRecord(at: number): void {
    this.recordStart = this.offset + at;
    this.head = [];
    this.headLength = 0;
  }

  private countLine(kind: LineKind): void {
    this.line += 1;
    if (this.firstLines.length < FIRST_LINES) this.firstLines.push(kind);
    if (kind === 'record') this.records += 1;
    else if (kind === 'blank') this.blankLines += 1;
  }

  /** The record in progress ends before byte `at` of the current chunk. */
  private endRecord(at: number): void {
    this.countLine('record');
    this.state = State.LineStart;
    const byteLength = this.offset + at - this.recordStart;
    if (byteLength > this.settings.maxLineBytes) {
      const from = Math.max(0, this.recordStart - this.offset);
      const preview = Buffer.concat([...this.head, this.chunk.subarray(from, at)]).subarray(0, this.settings.previewBytes);
      this.overlong.push({ line: this.line, byteOffset: this.recordStart, byteLength, preview: Buffer.from(preview) });
    }
    this.head = [];
    this.headLength = 0;
  }

  /** At a chunk's end, keeps the start of the record in progress (up to `previewBytes`). */
  private keepHead(): void {
    if (this.state === State.LineStart || this.headLength >= this.settings.previewBytes) return;
    const from = Math.max(0, this.recordStart - this.offset);
    const part = Buffer.from(this.chunk.subarray(from, from + this.settings.previewBytes - this.headLength));
    this.head.push(part);
    this.headLength += part.length;
  }
}

/** Scans a file with a `RecordScanner`, reading 1 MiB at a time; `signal` stops the read. */
export async function scanRecords(path: string, settings: RecordScanSettings, signal?: AbortSignal): Promise<RecordScan> {
  const scanner = new RecordScanner(settings);
  const stream = createReadStream(path, { highWaterMark: 1024 * 1024, ...(signal ? { signal } : {}) });
  for await (const chunk of stream) scanner.write(chunk as Buffer);
  return scanner.end();
}
