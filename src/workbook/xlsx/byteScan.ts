/**
 * Byte-level helpers of the sheet scanner: searching, Latin-1 slices, and stepping over the
 * markup that holds no cells (comments, CDATA sections).
 */
const LT = 60;
const GT = 62;

export const bytesOf = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

/** Bytes as Latin-1, by chunks: one `apply` over a huge <v> would overflow the stack. */
export function latin1(d: Uint8Array, s: number, e: number): string {
  if (e - s <= 8192)
    return String.fromCharCode.apply(null, d.subarray(s, e) as unknown as number[]);
  let out = "";
  for (let i = s; i < e; i += 8192)
    out += String.fromCharCode.apply(
      null,
      d.subarray(i, Math.min(e, i + 8192)) as unknown as number[]
    );
  return out;
}

/** `pieces` end to end (`bytes` in all), in one new array; one piece alone is itself. */
export function concatBytes(pieces: readonly Uint8Array[], bytes: number): Uint8Array {
  if (pieces.length === 1) return pieces[0];
  const out = new Uint8Array(bytes);
  let at = 0;
  for (const p of pieces) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Index of byte `b` at or after `p`, or -1 (a plain loop: cheaper than indexOf for short hops). */
export function find(d: Uint8Array, b: number, p: number): number {
  const n = d.length;
  while (p < n && d[p] !== b) p++;
  return p < n ? p : -1;
}

export function indexOfSeq(d: Uint8Array, seq: Uint8Array, from: number): number {
  const first = seq[0];
  const n = seq.length;
  let i = find(d, first, from);
  while (i >= 0) {
    let k = 1;
    while (k < n && d[i + k] === seq[k]) k++;
    if (k === n) return i;
    i = find(d, first, i + 1);
  }
  return -1;
}

/**
 * `indexOfSeq` for long hops (a declaration looked for through a whole part, a cut through a
 * piece of 1 MB): the first byte found by the native search, no Buffer (the browser build has
 * none). The parser's searches are short hops, where `find`'s loop is cheaper.
 */
export function indexOfBytes(b: Uint8Array, seq: Uint8Array, from: number): number {
  for (let at = b.indexOf(seq[0], from); at >= 0; at = b.indexOf(seq[0], at + 1)) {
    let k = 1;
    while (k < seq.length && b[at + k] === seq[k]) k++;
    if (k === seq.length) return at;
  }
  return -1;
}

const COMMENT_END = bytesOf("-->");
const CDATA_END = bytesOf("]]>");

/**
 * At a `<!`: the position of the last byte of the comment or CDATA section starting at `p`
 * (a row inside a comment is no row, as for every XML reader), or `p` for anything else.
 */
export function skipMarkup(d: Uint8Array, p: number): number {
  if (d[p + 2] === 45 && d[p + 3] === 45) {
    const end = indexOfSeq(d, COMMENT_END, p + 4);
    return end < 0 ? d.length - 1 : end + 2;
  }
  if (d[p + 2] === 91) {
    const end = indexOfSeq(d, CDATA_END, p + 3);
    return end < 0 ? d.length - 1 : end + 2;
  }
  return p;
}

/** A <v>'s content inside a CDATA section: its bounds, else those given. */
export let cdS = 0;
export let cdE = 0;
export function unwrapCdata(d: Uint8Array, s: number, e: number): void {
  cdS = s;
  cdE = e;
  if (
    e - s >= 12 &&
    d[s] === LT &&
    d[s + 1] === 33 &&
    d[s + 2] === 91 &&
    d[e - 1] === GT &&
    d[e - 2] === 93 &&
    d[e - 3] === 93
  ) {
    cdS = s + 9;
    cdE = e - 3;
  }
}
