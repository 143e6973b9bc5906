/**
 * One CSV record read from the text: the standard reading (quoted fields may span lines) and
 * the lenient one for a doubtful record (csv.ts finds the records and reads them on access).
 */

export interface RecordRead {
  /** Empty when not collected. */
  fields: string[];
  count: number;
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

export interface Scan {
  readonly sep: NextIndex;
  readonly eol: NextIndex;
  /** The next quote: an unquoted field holds one when it comes before the field's end. */
  readonly quote: NextIndex;
}

export const newScan = (text: string, separator: string): Scan => ({
  sep: new NextIndex(text, separator),
  eol: new NextIndex(text, "\n"),
  quote: new NextIndex(text, '"'),
});

/**
 * One record read the standard way (quoted fields may span lines); null if a quote never closes,
 * or when a doubtful quote carries it past its first line (`lineEnd`): the caller then reads that
 * line alone, so there is no use reading on (which, line after line, was quadratic).
 */
export function readRecord(
  text: string,
  start: number,
  sep: string,
  lineEnd: number,
  scan: Scan,
  collect = true
): RecordRead | null {
  const n = text.length;
  // Not collecting (finding the records of a file read on access): fields are counted, their
  // texts not built; they are read again when asked for.
  const fields: string[] = [];
  let count = 0;
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
        if (collect) value += text.slice(p, q);
        const after = text[q + 1];
        if (after === '"') {
          if (collect) value += '"';
          p = q + 2;
        } else if (after === sep || after === "\n" || after === "\r" || q + 1 >= n) {
          pos = q + 1;
          break;
        } else {
          // A stray quote inside a quoted field: kept as written.
          doubtful = true;
          if (collect) value += '"';
          p = q + 1;
        }
      }
      if (collect) fields.push(value);
      count++;
    } else {
      // Each search is kept across fields and records (NextIndex): not one per field.
      let end = scan.sep.after(pos);
      let eol = scan.eol.after(pos);
      if (eol < 0) eol = n;
      if (end < 0 || end > eol) end = eol > pos && text[eol - 1] === "\r" ? eol - 1 : eol;
      const quote = scan.quote.after(pos);
      if (quote >= 0 && quote < end) doubtful = true;
      if (collect) fields.push(text.slice(pos, end));
      count++;
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
    return { fields, count, contentEnd, next: pos, doubtful };
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

/**
 * Whether the line [start, end) (`end` before its line break) reads the standard way alone and
 * without doubt, one field at least beside a quoted one: every quote opens a field (at the line's
 * start or after a separator) and closes it, doubled quotes aside, before a separator or the
 * line's end. Most quoted lines of an extract are such (`"FOURNISSEUR, SAS"`, `"1234,56"`); they
 * are read by `simpleFields`, without readRecord's searches for each field. `quote` is the line's
 * first quote. Any other line (a quote elsewhere, a field over several lines, one quoted field
 * alone) is left to readRecord.
 */
export function isSimpleQuoted(
  text: string,
  start: number,
  end: number,
  sep: string,
  quote: number
): boolean {
  for (let q = quote; q >= 0 && q < end; q = text.indexOf('"', q + 1)) {
    if (q !== start && text[q - 1] !== sep) return false;
    const opening = q;
    q = text.indexOf('"', q + 1);
    while (q >= 0 && q < end && text[q + 1] === '"') q = text.indexOf('"', q + 2);
    if (q < 0 || q >= end) return false;
    if (q + 1 !== end && text[q + 1] !== sep) return false;
    if (opening === start && q + 1 === end) return false; // one quoted field alone
  }
  return true;
}

/** The fields of a line that isSimpleQuoted accepted: what readRecord reads of it. */
export function simpleFields(text: string, start: number, end: number, sep: string): string[] {
  const fields: string[] = [];
  let pos = start;
  for (;;) {
    if (text[pos] === '"' && pos < end) {
      let value = "";
      let p = pos + 1;
      for (;;) {
        const q = text.indexOf('"', p);
        value += text.slice(p, q);
        if (text[q + 1] !== '"') {
          pos = q + 1;
          break;
        }
        value += '"';
        p = q + 2;
      }
      fields.push(value);
    } else {
      let stop = text.indexOf(sep, pos);
      if (stop < 0 || stop > end) stop = end;
      fields.push(text.slice(pos, stop));
      pos = stop;
    }
    if (pos >= end) return fields;
    pos++; // the separator
  }
}
