/**
 * A large sheet part parsed while it is inflated (the command line: Node's zlib on its thread
 * pool): each piece is scanned up to its last complete row or cell, the rest kept for the next,
 * so that the part's XML (47 MB for 300 000 payments) never exists whole and inflating overlaps
 * parsing.
 * A part the byte scanner needs whole (UTF-16, a second declaration of the main namespace, a
 * comment, a CDATA section or a DOCTYPE anywhere) is left to the whole-part reader: null.
 */
import { concatBytes, indexOfBytes } from "./byteScan";
import { isSpace, sheetDataAt, sheetPrefix } from "./sheetBytes";
import { SheetScanner, type ParsedSheet } from "./sheetParser";
import { MAIN_NS, utf16Of } from "./xmlNormalize";

const NS = new TextEncoder().encode(MAIN_NS);
/** Bytes enough to read the root's prefix and the encoding (sheetPrefix reads 4 096). */
const HEAD_BYTES = 4096;
/** `<sheetData` not within the part's first bytes: the part is read whole. */
const MAX_HEAD_BYTES = 1 << 20;

/** Occurrences of `seq` in `d` starting at or after `from`. */
function count(d: Uint8Array, seq: Uint8Array, from: number): number {
  let n = 0;
  for (let at = indexOfBytes(d, seq, from); at >= 0; at = indexOfBytes(d, seq, at + 1)) n++;
  return n;
}

/** Whether `<!` starts at or after `from - 1`: found by its rare second byte. */
function hasMarkup(d: Uint8Array, from: number): boolean {
  for (let at = d.indexOf(33, from); at >= 0; at = d.indexOf(33, at + 1))
    if (at > 0 && d[at - 1] === 60) return true;
  return false;
}

/** Whether, after white space from `at`, the tag `tag` (`<c`, `</row`…) starts, its name ended. */
function tagAt(d: Uint8Array, at: number, tag: Uint8Array): boolean {
  while (isSpace(d[at])) at++;
  for (let k = 0; k < tag.length; k++) if (d[at + k] !== tag[k]) return false;
  const c = d[at + tag.length];
  return c === 62 || c === 47 || isSpace(c);
}

/**
 * Where the last `seq` of `d` ends (the index after it) that one of `next` follows, or -1: a
 * `</c>` followed by a cell or a row's end is a cell's end, not an element of another namespace
 * named `c` (a candidate at the very end of `d` is not taken: what follows is not known yet).
 */
function lastCut(d: Uint8Array, seq: Uint8Array, next: readonly Uint8Array[]): number {
  const n = seq.length;
  const last = seq[n - 1];
  for (let at = d.lastIndexOf(last); at >= n - 1; at = d.lastIndexOf(last, at - 1)) {
    let k = 1;
    while (k < n && d[at - k] === seq[n - 1 - k]) k++;
    if (k === n && next.some((t) => tagAt(d, at + 1, t))) return at + 1;
  }
  return -1;
}

/** Occurrences of `seq` starting in `tail` (the end of the piece before) and ending in `piece`. */
function across(tail: Uint8Array, piece: Uint8Array, seq: Uint8Array): number {
  if (tail.length === 0) return 0;
  const head = piece.subarray(0, seq.length - 1);
  const window = concatBytes([tail, head], tail.length + head.length);
  let n = 0;
  for (
    let at = indexOfBytes(window, seq, 0);
    at >= 0 && at < tail.length;
    at = indexOfBytes(window, seq, at + 1)
  )
    n++;
  return n;
}

/**
 * The state of one part's reading: the bytes held since the last complete row (in pieces, joined
 * once a row ends: a row of 20 MB is copied once, not once a piece), and the scanner once the
 * part's head (its root and `<sheetData`) has been seen.
 */
class Reading {
  private held: Uint8Array[] = [];
  private heldBytes = 0;
  /** The last bytes of the piece before, where a searched sequence may start. */
  private tail: Uint8Array = new Uint8Array(0);
  private scanner: SheetScanner | null = null;
  /**
   * `</row>` and `</c>` with the root's prefix (another prefix's row is no row): a piece is cut
   * after the last of them, the scanner carrying the open row. After a cell too, so that a row of
   * 20 MB or cells outside any row are not held whole until their end.
   */
  private rowEnd: Uint8Array = new Uint8Array(0);
  private cellEnd: Uint8Array = new Uint8Array(0);
  /** What may follow a row's end (a row, the end of sheetData) and a cell's (a cell, a row). */
  private afterRow: Uint8Array[] = [];
  private afterCell: Uint8Array[] = [];
  private start = -1;
  private namespaces = 0;
  /** The part cannot be read in pieces (see the file's comment). */
  refused = false;
  /** `<sheetData/>` or its end seen: the rest of the part is only inflated (its CRC checked). */
  private ended = false;

  constructor(
    private readonly sst: readonly string[],
    private readonly dateStyles: ReadonlySet<number> | null
  ) {}

  feed(piece: Uint8Array, last: boolean): void {
    if (this.refused || this.ended) return;
    this.namespaces += count(piece, NS, 0) + across(this.tail, piece, NS);
    const markup =
      hasMarkup(piece, 0) || (this.tail[this.tail.length - 1] === 60 && piece[0] === 33);
    if (this.namespaces > 1 || markup) {
      this.refused = true;
      return;
    }
    // Copies (a Node Buffer's slice is a view, which would keep the whole piece alive).
    this.tail = new Uint8Array(piece.subarray(Math.max(0, piece.length - NS.length + 1)));
    if (this.scanner === null) {
      const head = this.head(piece, last);
      if (head === null) return;
      piece = head;
    }
    let cut = last
      ? piece.length
      : Math.max(
          lastCut(piece, this.rowEnd, this.afterRow),
          lastCut(piece, this.cellEnd, this.afterCell)
        );
    // The first piece is scanned from `<sheetData`: an end before it is none of its rows.
    if (cut >= 0 && this.heldBytes === 0 && cut <= this.start) cut = -1;
    if (cut < 0) {
      this.hold(piece);
      return;
    }
    const rows = concatBytes([...this.held, piece.subarray(0, cut)], this.heldBytes + cut);
    this.held = [];
    this.heldBytes = 0;
    this.scanner!.scan(rows, this.start);
    this.start = -1;
    this.ended = this.scanner!.done;
    if (cut < piece.length) this.hold(new Uint8Array(piece.subarray(cut)));
  }

  private hold(piece: Uint8Array): void {
    this.held.push(piece);
    this.heldBytes += piece.length;
  }

  /**
   * Sets the scanner up once the part's head is there: the bytes held so far, joined, to be cut
   * after their last row; null while the head is not all there, or when there is nothing to scan.
   */
  private head(piece: Uint8Array, last: boolean): Uint8Array | null {
    this.hold(piece);
    if (this.heldBytes < HEAD_BYTES && !last) return null;
    const d = concatBytes(this.held, this.heldBytes);
    this.held = [d];
    if (utf16Of(d)) {
      this.refused = true;
      return null;
    }
    const prefix = sheetPrefix(d);
    const { at, empty, whole } = sheetDataAt(d, prefix);
    if ((at < 0 || !whole) && !last) {
      // Far from the start (a part Excel never writes): read whole rather than joined again.
      if (d.length >= MAX_HEAD_BYTES) this.refused = true;
      return null;
    }
    this.held = [];
    this.heldBytes = 0;
    this.scanner = new SheetScanner(prefix, this.sst, this.dateStyles);
    const bytes = (text: string) => new TextEncoder().encode(text);
    this.rowEnd = bytes(`</${prefix}row>`);
    this.cellEnd = bytes(`</${prefix}c>`);
    this.afterRow = [bytes(`<${prefix}row`), bytes(`</${prefix}sheetData`)];
    this.afterCell = [bytes(`<${prefix}c`), bytes(`</${prefix}row`), bytes(`<${prefix}row`)];
    this.start = at;
    this.ended = at < 0 || empty;
    return this.ended ? null : d;
  }

  result(): ParsedSheet | null {
    if (this.refused) return null;
    return (this.scanner ?? new SheetScanner("", this.sst)).result();
  }
}

/**
 * The sheet read from the pieces of its part as they come; null when the part must be read
 * whole. Every piece is consumed even once the cells are read: the reader of the pieces checks
 * the part's size and CRC at its end.
 */
export async function parseSheetPieces(
  pieces: AsyncIterable<Uint8Array>,
  sst: readonly string[],
  dateStyles: ReadonlySet<number> | null
): Promise<ParsedSheet | null> {
  const reading = new Reading(sst, dateStyles);
  let previous: Uint8Array | null = null;
  for await (const piece of pieces) {
    // One piece behind: the last one is known when the pieces end.
    if (previous) reading.feed(previous, false);
    if (reading.refused) return null;
    previous = piece;
  }
  reading.feed(previous ?? new Uint8Array(0), true);
  return reading.result();
}
