/**
 * How zip entries are inflated and deflated: fflate (JavaScript) by default, which runs in the
 * browser; the command line installs Node's own zlib (codec-node.ts), several times faster.
 * Both bound what they inflate by the entry's declared size, so that a zip bomb stops early.
 */
import { deflateSync, Inflate } from "fflate";
import { crc32 } from "./crc32";

/** Thrown by a codec whose output would pass the declared size. */
export class InflatedBeyondDeclared extends Error {}

export interface ZipCodec {
  /** The raw deflate stream inflated; throws InflatedBeyondDeclared past `declared` bytes. */
  inflate(raw: Uint8Array, declared: number): Uint8Array;
  /** Raw deflate, level 6 (Excel's own default). */
  deflate(data: Uint8Array): Uint8Array;
  /** The zip CRC-32 of `data`, continuing from `crc` (that of the bytes before it). */
  crc32(data: Uint8Array, crc?: number): number;
  /**
   * The raw deflate stream inflated in pieces of about `pieceBytes`, produced while the caller
   * works on the previous one (Node's zlib on its thread pool); throws InflatedBeyondDeclared
   * past `declared` bytes. Absent where inflating cannot run beside the caller (fflate).
   */
  inflatePieces?(raw: Uint8Array, declared: number, pieceBytes: number): AsyncIterable<Uint8Array>;
}

// Compressed bytes fed to the inflater at a time: deflate expands at most ~1 032×, so one push of
// 16 KB yields at most ~16 MB before the size guard runs (256 KB let a bomb allocate ~260 MB).
export const INFLATE_CHUNK = 16 * 1024;

export const fflateCodec: ZipCodec = {
  inflate(raw, declared) {
    const out = new Uint8Array(declared);
    let pos = 0;
    const inflater = new Inflate((chunk: Uint8Array) => {
      if (pos + chunk.length > declared) throw new InflatedBeyondDeclared();
      out.set(chunk, pos);
      pos += chunk.length;
    });
    if (raw.length === 0) inflater.push(raw, true);
    for (let i = 0; i < raw.length; i += INFLATE_CHUNK) {
      const stop = Math.min(i + INFLATE_CHUNK, raw.length);
      inflater.push(raw.subarray(i, stop), stop === raw.length);
    }
    return pos === declared ? out : out.subarray(0, pos);
  },
  deflate: (data) => deflateSync(data, { level: 6 }),
  crc32: (data, crc) => crc32(data, crc),
};

let current: ZipCodec = fflateCodec;

/** Installed once by an entry (the command line); every reader and writer then uses it. */
export function useZipCodec(codec: ZipCodec): void {
  current = codec;
}

export function zipCodec(): ZipCodec {
  return current;
}
