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

export { decodeText, type TextEncoding } from "../../grid";

/** Old Mac exports end lines with a lone CR: read as line feeds (CRLF is left as it is). */
export function normalizeLineEnds(text: string): string {
  return /\r(?!\n)/.test(text) ? text.replace(/\r(?!\n)/g, "\n") : text;
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
  const n = text.length;
  let pos = 0;
  let line = 1;
  // The next quote at or after `pos` (-1: none left), searched again only once passed: looking
  // for it from every line's start scanned to the end of a file without quotes at each line.
  let nextQuote = -2;
  const scan: Scan = { sep: new NextIndex(text, separator), eol: new NextIndex(text, "\n") };
  while (pos < n && rows.length < limit) {
    let eol = text.indexOf("\n", pos);
    if (eol < 0) eol = n;
    const contentEnd = eol > pos && text.charCodeAt(eol - 1) === 13 ? eol - 1 : eol;
    const startLine = line;
    let fields: string[];
    let alternative: string[] | null = null;
    if (nextQuote !== -1 && nextQuote < pos) nextQuote = text.indexOf('"', pos);
    const firstQuote = nextQuote;
    if (firstQuote < 0 || firstQuote >= contentEnd) {
      // Fast path: no quote on the line.
      fields = text.slice(pos, contentEnd).split(separator);
      pos = eol + 1;
      line++;
    } else {
      const record = readRecord(text, pos, separator, eol, scan);
      // A quote never closed would swallow the rest of the file, and a doubtful record over
      // several lines has most likely swallowed the next one: read this line alone.
      if (record === null || (record.doubtful && record.contentEnd > eol)) {
        fields = lenientFields(text.slice(pos, contentEnd), separator);
        alternative = fields;
        pos = eol + 1;
        line++;
      } else {
        fields = record.fields;
        if (record.doubtful)
          alternative = lenientFields(text.slice(pos, record.contentEnd), separator);
        line += countNewlines(text, pos, record.next);
        pos = record.next;
      }
    }
    if (fields.length === 1 && fields[0].trim() === "") continue;
    if (alternative) alternatives.set(rows.length, alternative);
    rows.push(fields);
    lines.push(startLine);
  }
  return { rows, lines, alternatives, separator };
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = text.indexOf("\n", from); i >= 0 && i < to; i = text.indexOf("\n", i + 1)) count++;
  return count;
}

interface RecordRead {
  fields: string[];
  /** Where the record's text ends (before its line break) and where the next one starts. */
  contentEnd: number;
  next: number;
  doubtful: boolean;
}

/**
 * The next occurrence of a character, kept across fields and records and searched again only
 * once passed (or when asked from before where it was searched): a line of many fields, or many
 * lines without a separator, were otherwise scanned again for each field (quadratic).
 */
class NextIndex {
  private from = Infinity;
  private at = -1;

  constructor(
    private readonly text: string,
    private readonly ch: string
  ) {}

  after(pos: number): number {
    if (pos < this.from || (this.at >= 0 && this.at < pos)) {
      this.at = this.text.indexOf(this.ch, pos);
      this.from = pos;
    }
    return this.at;
  }
}

interface Scan {
  readonly sep: NextIndex;
  readonly eol: NextIndex;
}

/**
 * One record read the standard way (quoted fields may span lines); null if a quote never closes,
 * or when a doubtful quote carries it past its first line (`lineEnd`): the caller then reads that
 * line alone, so there is no use reading on (which, line after line, was quadratic).
 */
function readRecord(
  text: string,
  start: number,
  sep: string,
  lineEnd: number,
  scan: Scan
): RecordRead | null {
  const n = text.length;
  const fields: string[] = [];
  let doubtful = false;
  let pos = start;
  for (;;) {
    if (text[pos] === '"') {
      let value = "";
      let p = pos + 1;
      for (;;) {
        const q = text.indexOf('"', p);
        if (q < 0) return null;
        if (doubtful && q > lineEnd) return null;
        value += text.slice(p, q);
        const after = text[q + 1];
        if (after === '"') {
          value += '"';
          p = q + 2;
        } else if (after === sep || after === "\n" || after === "\r" || q + 1 >= n) {
          pos = q + 1;
          break;
        } else {
          // A stray quote inside a quoted field: kept as written.
          doubtful = true;
          value += '"';
          p = q + 1;
        }
      }
      fields.push(value);
    } else {
      let end = scan.sep.after(pos);
      let eol = scan.eol.after(pos);
      if (eol < 0) eol = n;
      if (end < 0 || end > eol) end = eol > pos && text[eol - 1] === "\r" ? eol - 1 : eol;
      const value = text.slice(pos, end);
      if (value.includes('"')) doubtful = true;
      fields.push(value);
      pos = end;
    }
    if (doubtful && pos > lineEnd) return null;
    if (text[pos] === sep) {
      pos++;
      continue;
    }
    const contentEnd = pos;
    if (text[pos] === "\r") pos++;
    if (text[pos] === "\n") pos++;
    return { fields, contentEnd, next: pos, doubtful };
  }
}

/**
 * The other reading of a doubtful record: inside a quoted field, a quote closes it only when
 * the field is the last one or the next field is quoted or empty; any other quote is text.
 */
export function lenientFields(s: string, sep: string): string[] {
  const n = s.length;
  const closes = (i: number) =>
    i + 1 >= n || (s[i + 1] === sep && (i + 2 >= n || s[i + 2] === '"' || s[i + 2] === sep));
  const fields: string[] = [];
  let pos = 0;
  for (;;) {
    if (s[pos] === '"') {
      let value = "";
      let p = pos + 1;
      for (;;) {
        const q = s.indexOf('"', p);
        if (q < 0) {
          value += s.slice(p);
          pos = n;
          break;
        }
        value += s.slice(p, q);
        if (closes(q)) {
          pos = q + 1;
          break;
        }
        if (s[q + 1] === '"' && closes(q + 1)) {
          value += '"';
          pos = q + 2;
          break;
        }
        value += '"';
        p = s[q + 1] === '"' ? q + 2 : q + 1;
      }
      fields.push(value);
    } else {
      let end = s.indexOf(sep, pos);
      if (end < 0) end = n;
      fields.push(s.slice(pos, end));
      pos = end;
    }
    if (pos < n && s[pos] === sep) {
      pos++;
      continue;
    }
    return fields;
  }
}

/** A text extract: its records, numbered by the file's lines, and their doubtful readings. */
export function csvInput(bytes: Uint8Array, file: string): ChorusInput {
  let table: CsvTable | null = parseCsv(decodeText(bytes).text);
  const released: CsvTable = {
    rows: [],
    lines: [],
    alternatives: new Map(),
    separator: table.separator,
  };
  const current = () => table ?? released;
  return {
    name: file.split(/[\\/]/).pop() || file,
    file,
    get values() {
      return current().rows;
    },
    rowOf: (i) => current().lines[i],
    get alternatives() {
      return current().alternatives;
    },
    strictWidth: true,
    release: () => {
      table = null;
    },
  };
}
