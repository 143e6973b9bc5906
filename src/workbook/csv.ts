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

export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

/**
 * Decodes a text file: BOM first (UTF-16 either way, UTF-8), then UTF-16 without BOM told by its
 * zero bytes, then strict UTF-8, else Windows-1252 (never fails).
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decodeUtf16be(bytes.subarray(2)), encoding: "utf-16be" };
  const sniffed = sniffUtf16(bytes);
  if (sniffed === "utf-16le") return { text: new TextDecoder("utf-16le").decode(bytes), encoding: sniffed };
  if (sniffed === "utf-16be") return { text: decodeUtf16be(bytes), encoding: sniffed };
  const body =
    bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(body), encoding: "utf-8" };
  } catch {
    return { text: decodeWindows1252(body), encoding: "windows-1252" };
  }
}

/**
 * UTF-16 without BOM (some exports): text of Latin letters then has a zero byte in every pair,
 * on the odd side (little-endian) or the even side (big-endian). A text in UTF-8 or Windows-1252
 * has no zero byte at all.
 */
function sniffUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd > pairs * 0.4 && even < pairs * 0.05) return "utf-16le";
  if (even > pairs * 0.4 && odd < pairs * 0.05) return "utf-16be";
  return null;
}

/** Big-endian UTF-16: swapped into little-endian, which every TextDecoder reads (ICU or not). */
function decodeUtf16be(bytes: Uint8Array): string {
  const swapped = new Uint8Array(bytes.length & ~1);
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    swapped[i] = bytes[i + 1];
    swapped[i + 1] = bytes[i];
  }
  return new TextDecoder("utf-16le").decode(swapped);
}

/** Old Mac exports end lines with a lone CR: read as line feeds (CRLF is left as it is). */
export function normalizeLineEnds(text: string): string {
  return /\r(?!\n)/.test(text) ? text.replace(/\r(?!\n)/g, "\n") : text;
}

/**
 * Windows-1252 is Latin-1 but for 0x80-0x9F (€, œ, ’, …). Decoded by hand: Node's TextDecoder
 * reads "windows-1252" as Latin-1 and would turn "€" into a control character.
 */
const CP1252_HIGH =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

function decodeWindows1252(bytes: Uint8Array): string {
  const chunks: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes = new Uint16Array(Math.min(CHUNK, bytes.length - start));
    for (let i = 0; i < codes.length; i++) {
      const b = bytes[start + i];
      codes[i] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b;
    }
    chunks.push(String.fromCharCode.apply(null, codes as unknown as number[]));
  }
  return chunks.join("");
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

export function parseCsv(input: string, separator: string = detectSeparator(normalizeLineEnds(input))): CsvTable {
  const text = normalizeLineEnds(input);
  const rows: string[][] = [];
  const lines: number[] = [];
  const alternatives = new Map<number, string[]>();
  const n = text.length;
  let pos = 0;
  let line = 1;
  // The next quote at or after `pos`, searched again only once passed: searching from every line
  // would scan to the end of a quote-free file each time (quadratic on 1 000 000 rows).
  let nextQuote = -2;
  while (pos < n) {
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
      const record = readRecord(text, pos, separator);
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

/** One record read the standard way (quoted fields may span lines); null if a quote never closes. */
function readRecord(text: string, start: number, sep: string): RecordRead | null {
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
      let end = text.indexOf(sep, pos);
      let eol = text.indexOf("\n", pos);
      if (eol < 0) eol = n;
      if (end < 0 || end > eol) end = eol > pos && text[eol - 1] === "\r" ? eol - 1 : eol;
      const value = text.slice(pos, end);
      if (value.includes('"')) doubtful = true;
      fields.push(value);
      pos = end;
    }
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
