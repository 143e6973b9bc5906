/**
 * Text files as controllers keep them (Chorus CSV exports): UTF-8 with or without a BOM, else
 * Windows-1252 (Excel's "CSV (séparateur : point-virgule)"); `;`, `,` or tab separators; and
 * quoting that Chorus sometimes breaks (`"AGENCE; NATIONALE "DES TITRES""`).
 *
 * Records are read the standard way. When a record's quoting is doubtful (a quote inside a
 * field, a quote never closed), a second reading is kept beside it, where a quote closes a
 * field only when a quoted field follows it: the reader of the extract, which knows the header's
 * width, keeps whichever reading has the right number of fields and reports the row otherwise.
 */
export interface CsvTable {
  /** Records, blank lines left out; fields as written (not trimmed). */
  readonly rows: string[][];
  /** 1-based line of the file where each record starts. */
  readonly lines: number[];
  /** Doubtful records read the other way, by record index. */
  readonly alternatives: Map<number, string[]>;
  readonly separator: string;
}

import { decodeText } from "../../grid";
import type { ChorusInput } from "../../domain/chorus";

import {
  isSimpleQuoted,
  lenientFields,
  newScan,
  readRecord,
  simpleFields,
  type Scan,
} from "./csv-record";

export { decodeText, type TextEncoding } from "../../grid";
export { lenientFields } from "./csv-record";

/** Old Mac exports end lines with a lone CR: read as line feeds (CRLF is left as it is). */
export function normalizeLineEnds(text: string): string {
  return hasLoneCr(text) ? text.replace(/\r(?!\n)/g, "\n") : text;
}

/** A CR not followed by LF: found from CR to CR (the regex's lookahead at each of a Windows
 *  export's 300 000 CRs cost 24 ms). */
function hasLoneCr(text: string): boolean {
  for (let at = text.indexOf("\r"); at >= 0; at = text.indexOf("\r", at + 1))
    if (text.charCodeAt(at + 1) !== 10) return true;
  return false;
}

const SEPARATORS = [";", ",", "\t"];

/** The separator used most, outside quotes, over the first lines (`,` when none is). */
export function detectSeparator(text: string): string {
  const sample = text.slice(0, 65536);
  const counts = new Map(SEPARATORS.map((s) => [s, 0]));
  let quoted = false;
  for (let i = 0; i < sample.length; i++) {
    const c = sample[i];
    if (c === '"') quoted = !quoted;
    else if (c === "\n")
      quoted = false; // a broken quote must not blind the rest of the sample
    else if (!quoted && counts.has(c)) counts.set(c, counts.get(c)! + 1);
  }
  let best = ",";
  for (const s of SEPARATORS) if (counts.get(s)! > counts.get(best)!) best = s;
  return best;
}

/** How a record's fields are read again from the text (LazyCsv). */
const PLAIN = 0; // no quote: split on the separator
const RECORD = 1; // the standard reading, quoted fields possibly over several lines
const LENIENT = 2; // one line read the lenient way (a quote never closed, a doubtful record)
const SIMPLE = 3; // quoted fields each closed on its line (isSimpleQuoted): read by simpleFields

type OnRecord = (
  kind: number,
  start: number,
  end: number,
  fields: string[] | null,
  line: number,
  alternative: string[] | null
) => void;

const isBlankPlain = (text: string, from: number, to: number, sep: string): boolean => {
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === sep || c.trim() !== "") return false;
  }
  return true;
};

/**
 * Finds the records of `text` (line ends normalised), blank lines left out, and calls `onRecord`
 * with each: plain ones by their bounds only, quoted ones with their fields when `collect` (a file
 * read on access reads them again when asked: only their bounds are kept).
 * `end` is where the record's text ends, before its line break.
 */
function scanCsv(
  text: string,
  separator: string,
  limit: number,
  onRecord: OnRecord,
  collect = true
): void {
  const n = text.length;
  let pos = 0;
  let line = 1;
  let count = 0;
  // scan.quote: the next quote, searched again only once passed (looking for it from every
  // line's start scanned to the end of a file without quotes at each line).
  const scan = newScan(text, separator);
  while (pos < n && count < limit) {
    let eol = text.indexOf("\n", pos);
    if (eol < 0) eol = n;
    const contentEnd = eol > pos && text.charCodeAt(eol - 1) === 13 ? eol - 1 : eol;
    const start = pos;
    const startLine = line;
    const nextQuote = scan.quote.after(pos);
    if (nextQuote < 0 || nextQuote >= contentEnd) {
      // Fast path: no quote on the line.
      pos = eol + 1;
      line++;
      if (isBlankPlain(text, start, contentEnd, separator)) continue;
      onRecord(PLAIN, start, contentEnd, null, startLine, null);
      count++;
      continue;
    }
    if (isSimpleQuoted(text, start, contentEnd, separator, nextQuote)) {
      pos = eol + 1;
      line++;
      const fields = collect ? simpleFields(text, start, contentEnd, separator) : null;
      onRecord(SIMPLE, start, contentEnd, fields, startLine, null);
      count++;
      continue;
    }
    const record = readRecord(text, pos, separator, eol, scan, collect);
    let kind: number;
    let fields: string[];
    let end: number;
    let alternative: string[] | null = null;
    // A quote never closed would swallow the rest of the file, and a doubtful record over
    // several lines has most likely swallowed the next one: read this line alone.
    if (record === null || (record.doubtful && record.contentEnd > eol)) {
      kind = LENIENT;
      end = contentEnd;
      fields = lenientFields(text.slice(pos, contentEnd), separator);
      alternative = fields;
      pos = eol + 1;
      line++;
    } else {
      kind = RECORD;
      end = record.contentEnd;
      fields = record.fields;
      if (record.doubtful)
        alternative = lenientFields(text.slice(pos, record.contentEnd), separator);
      line += countNewlines(text, pos, record.next);
      pos = record.next;
    }
    // A record of one blank field is a blank line (its one field read when not collected).
    const one =
      kind === RECORD && !collect
        ? record!.count === 1
          ? readRecord(text, start, separator, eol, scan)!.fields
          : null
        : fields;
    if (one !== null && one.length === 1 && one[0].trim() === "") continue;
    onRecord(kind, start, end, fields, startLine, alternative);
    count++;
  }
}

/** `limit`: stop after that many records (a file's head is looked at before the whole of it). */
export function parseCsv(
  input: string,
  separator: string = detectSeparator(normalizeLineEnds(input)),
  limit = Infinity
): CsvTable {
  const text = normalizeLineEnds(input);
  const rows: string[][] = [];
  const lines: number[] = [];
  const alternatives = new Map<number, string[]>();
  scanCsv(text, separator, limit, (kind, start, end, fields, line, alternative) => {
    if (alternative) alternatives.set(rows.length, alternative);
    rows.push(fields ?? text.slice(start, end).split(separator));
    lines.push(line);
  });
  return { rows, lines, alternatives, separator };
}

/**
 * The records of a text without their fields: bounds and kind (12 bytes a record), the fields
 * read again from the text when a record is asked for. A 1 000 000-row extract held its
 * 7 000 000 field strings and their arrays (≈ 400 MB) only to read each of them once.
 */
export class LazyCsv {
  readonly separator: string;
  readonly alternatives = new Map<number, string[]>();
  private starts = new Int32Array(1024);
  private ends = new Int32Array(1024);
  private kinds = new Uint8Array(1024);
  private lineNumbers = new Int32Array(1024);
  private count = 0;
  private scan: Scan | null = null;
  private readonly marked = new Map<string, Uint8Array>();

  constructor(
    private readonly text: string,
    separator: string = detectSeparator(text)
  ) {
    this.separator = separator;
    scanCsv(
      text,
      separator,
      Infinity,
      (kind, start, end, _fields, line, alternative) => {
        if (this.count === this.starts.length) this.grow();
        const i = this.count++;
        this.starts[i] = start;
        this.ends[i] = end;
        this.kinds[i] = kind;
        this.lineNumbers[i] = line;
        if (alternative) this.alternatives.set(i, alternative);
      },
      false // fields are read on access: only the records' bounds are needed here
    );
  }

  private grow(): void {
    const size = this.starts.length * 2;
    const more = <T extends Int32Array | Uint8Array>(a: T, make: (n: number) => T): T => {
      const b = make(size);
      b.set(a);
      return b;
    };
    this.starts = more(this.starts, (k) => new Int32Array(k));
    this.ends = more(this.ends, (k) => new Int32Array(k));
    this.kinds = more(this.kinds, (k) => new Uint8Array(k));
    this.lineNumbers = more(this.lineNumbers, (k) => new Int32Array(k));
  }

  get length(): number {
    return this.count;
  }

  /** 1-based line of the file where record `i` starts. */
  line(i: number): number {
    return this.lineNumbers[i];
  }

  /** The fields of record `i`, as parseCsv reads them. */
  row(i: number): string[] {
    const { text, separator } = this;
    const start = this.starts[i];
    const end = this.ends[i];
    const kind = this.kinds[i];
    if (kind === PLAIN) return text.slice(start, end).split(separator);
    if (kind === LENIENT) return lenientFields(text.slice(start, end), separator);
    if (kind === SIMPLE) return simpleFields(text, start, end, separator);
    let eol = text.indexOf("\n", start);
    if (eol < 0) eol = text.length;
    // One scan for every row asked: a fresh one searched the separator to the end of the file
    // again for each row without one left (quadratic on a long tail of such lines).
    this.scan ??= newScan(text, separator);
    return readRecord(text, start, separator, eol, this.scan)!.fields;
  }

  /**
   * Whether record `i` may hold one of `needles`: each is searched in the whole text (native
   * search), not in every field of every record, and each record found is marked once (one byte
   * a record, however often it holds a word), the search going on after its end. A reading of a
   * record never leaves its bounds, and un-doubling quotes only removes quotes: what is not in its
   * text is in none of its fields. Marked once per set of words: the portfolio asks again for
   * each convention's share.
   */
  holding(needles: readonly string[]): (i: number) => boolean {
    if (needles.some((n) => n === "")) return () => true;
    const key = needles.join("\u0000");
    let marks = this.marked.get(key);
    if (!marks) {
      marks = new Uint8Array(this.count);
      for (const needle of needles) {
        let p = this.text.indexOf(needle);
        while (p >= 0) {
          const i = this.recordAt(p);
          if (i >= 0) marks[i] = 1;
          p = this.text.indexOf(needle, i >= 0 ? Math.max(p + 1, this.ends[i]) : p + 1);
        }
      }
      this.marked.set(key, marks);
    }
    const found = marks;
    return (i) => found[i] === 1;
  }

  /** The record whose text holds position `p`, or -1 (a blank line, a line break). */
  private recordAt(p: number): number {
    let lo = 0;
    let hi = this.count;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] <= p) lo = mid + 1;
      else hi = mid;
    }
    const i = lo - 1;
    return i >= 0 && p < this.ends[i] ? i : -1;
  }

  /** The records as an array (read on access): what the extract's readers index. */
  rows(): readonly string[][] {
    return lazyArray(this.count, (i) => this.row(i));
  }
}

/** An array whose elements are computed when read: indices, length, and Array's methods. */
function lazyArray<T>(length: number, at: (i: number) => T): readonly T[] {
  const target: T[] = [];
  return new Proxy(target, {
    get(t, key, receiver) {
      if (typeof key === "string") {
        const c = key.charCodeAt(0);
        if (c >= 48 && c <= 57) {
          const i = Number(key);
          return Number.isInteger(i) && i < length ? at(i) : undefined;
        }
        if (key === "length") return length;
      }
      return Reflect.get(t, key, receiver);
    },
    has(t, key) {
      if (typeof key === "string" && /^\d+$/.test(key)) return Number(key) < length;
      return Reflect.has(t, key);
    },
  });
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = text.indexOf("\n", from); i >= 0 && i < to; i = text.indexOf("\n", i + 1)) count++;
  return count;
}

/** A text extract: its records, numbered by the file's lines, and their doubtful readings. */
export function csvInput(bytes: Uint8Array, file: string): ChorusInput {
  let table: LazyCsv | null = new LazyCsv(normalizeLineEnds(decodeText(bytes).text));
  let rows = table.rows();
  const noAlternatives = new Map<number, string[]>();
  return {
    name: file.split(/[\\/]/).pop() || file,
    file,
    get values() {
      return rows;
    },
    rowOf: (i) => (table ? table.line(i) : 0),
    rowAt: (i) => (table ? table.row(i) : []),
    rowsHolding: (needles) => (table ? table.holding(needles) : () => true),
    get alternatives() {
      return table ? table.alternatives : noAlternatives;
    },
    strictWidth: true,
    lazyRows: true,
    release: () => {
      table = null;
      rows = [];
    },
  };
}
