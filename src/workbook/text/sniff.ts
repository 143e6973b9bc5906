/**
 * Is a text file a Chorus extract? Decided from its head alone: the header is looked for among
 * the first records only (SCAN_ROWS), so only a prefix of the bytes is decoded and only its
 * first records are split. A file of a million lines that is no extract is refused in
 * milliseconds, without reading it whole.
 */
import { locateExtract, SCAN_ROWS } from "../../domain/chorus";
import { decodeText, parseCsv } from "./csv";
import type { FileBytes } from "../../grid";

/** First look: enough for the title rows and header of any real extract. */
const HEAD_BYTES = 256 * 1024;
/** A head still without its first records at this size holds no extract (one huge line…). */
const MAX_HEAD_BYTES = 16 * 1024 * 1024;

const LF = 0x0a;

/**
 * The head cut after its last line break, so that no character and no record is cut in half
 * (a UTF-16LE line break is 0A 00: its 00 is kept). Null when the head holds no line break.
 */
function completeLines(head: Uint8Array): Uint8Array | null {
  const last = head.lastIndexOf(LF);
  if (last < 0) return null;
  const end = head[last + 1] === 0 ? last + 2 : last + 1;
  return head.subarray(0, Math.min(end, head.length));
}

/** The first records of a text file, read from its head: at least SCAN_ROWS of them, or all. */
export function headRecords(file: FileBytes): string[][] {
  for (let size = HEAD_BYTES; ; size *= 4) {
    const head = file.head(size);
    const whole = head.length >= file.size;
    const last = size >= MAX_HEAD_BYTES;
    const lines = whole ? head : completeLines(head);
    if (lines === null && !last) continue;
    // One more record than needed: the last complete line may still end inside a quoted field.
    const rows = parseCsv(decodeText(lines ?? head).text, undefined, SCAN_ROWS + 1).rows;
    if (whole || last || rows.length > SCAN_ROWS) return rows.slice(0, SCAN_ROWS);
  }
}

/** Whether the head of a text file holds an extract's header (else it is no extract at all). */
export function textLooksLikeExtract(file: FileBytes): boolean {
  return locateExtract(headRecords(file)) !== null;
}
