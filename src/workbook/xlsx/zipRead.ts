/**
 * A zip archive read from its central directory, inflating one entry at a time (only the
 * parts asked for). Guards against zip bombs: an entry's declared size, the running total of
 * declared sizes, and the size actually inflated are all checked against a limit.
 */
import { InflatedBeyondDeclared, zipCodec, type ZipCodec } from "./codec";
import { decodeXmlBytes } from "./xmlNormalize";
import {
  XlsxReadError,
  corruptPart,
  crcMismatch,
  duplicatePart,
  inflatedBeyondDeclared,
} from "./errors";

/** Total uncompressed bytes Plafond accepts to inflate from one file. */
export const MAX_INFLATED_BYTES = 1.5 * 1024 * 1024 * 1024;

export interface ZipEntry {
  readonly name: string;
  readonly nameBytes: Uint8Array;
  readonly versionMadeBy: number;
  readonly versionNeeded: number;
  readonly flags: number;
  readonly method: number;
  readonly time: number;
  readonly date: number;
  readonly crc: number;
  readonly compressedSize: number;
  /** Declared uncompressed size. */
  readonly size: number;
  readonly localOffset: number;
  readonly internalAttrs: number;
  readonly externalAttrs: number;
}

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const utf8 = new TextDecoder("utf-8");
const u16 = (b: Uint8Array, p: number) => b[p] | (b[p + 1] << 8);
const u32 = (b: Uint8Array, p: number) =>
  (b[p] | (b[p + 1] << 8) | (b[p + 2] << 16) | (b[p + 3] << 24)) >>> 0;
const u64 = (b: Uint8Array, p: number) => u32(b, p) + u32(b, p + 4) * 0x100000000;

/** Lookup key of a part name: OPC part names are case-insensitive. */
export function partKey(name: string): string {
  return name.replace(/\\/g, "/").replace(/^\/+/, "").toLowerCase();
}

export class ZipArchive {
  readonly entries: readonly ZipEntry[];
  private readonly byName = new Map<string, ZipEntry>();
  private inflatedTotal = 0;

  private constructor(
    readonly bytes: Uint8Array,
    entries: ZipEntry[],
    private readonly limit: number
  ) {
    this.entries = entries;
    for (const e of entries) {
      const key = partKey(e.name);
      // Plafond would read the first, others the last: an ambiguous package is refused.
      if (this.byName.has(key)) throw duplicatePart(e.name);
      this.byName.set(key, e);
    }
  }

  /** The archive, or null when `bytes` holds no zip directory. */
  static open(bytes: Uint8Array, limit = MAX_INFLATED_BYTES): ZipArchive | null {
    const end = findEocd(bytes);
    if (end < 0) return null;
    let count = u16(bytes, end + 10);
    let cdOffset = u32(bytes, end + 16);
    const loc = end - 20;
    if (loc >= 0 && u32(bytes, loc) === EOCD64_LOCATOR) {
      const z64 = u64(bytes, loc + 8);
      if (z64 + 56 <= bytes.length && u32(bytes, z64) === EOCD64) {
        count = u64(bytes, z64 + 32);
        cdOffset = u64(bytes, z64 + 48);
      }
    }
    const entries: ZipEntry[] = [];
    let p = cdOffset;
    for (let i = 0; i < count; i++) {
      if (p + 46 > bytes.length || u32(bytes, p) !== CENTRAL) throw new XlsxReadError("NOT_XLSX");
      const nameLen = u16(bytes, p + 28);
      const extraLen = u16(bytes, p + 30);
      const commentLen = u16(bytes, p + 32);
      const nameBytes = bytes.subarray(p + 46, p + 46 + nameLen);
      let compressedSize = u32(bytes, p + 20);
      let size = u32(bytes, p + 24);
      let localOffset = u32(bytes, p + 42);
      // Zip64 extra field: 64-bit values for the fields saturated at 0xFFFFFFFF, in this order.
      let x = p + 46 + nameLen;
      const xEnd = x + extraLen;
      while (x + 4 <= xEnd) {
        const id = u16(bytes, x);
        const len = u16(bytes, x + 2);
        if (id === 0x0001) {
          let q = x + 4;
          if (size === 0xffffffff) {
            size = u64(bytes, q);
            q += 8;
          }
          if (compressedSize === 0xffffffff) {
            compressedSize = u64(bytes, q);
            q += 8;
          }
          if (localOffset === 0xffffffff) localOffset = u64(bytes, q);
        }
        x += 4 + len;
      }
      entries.push({
        name: utf8.decode(nameBytes),
        nameBytes,
        versionMadeBy: u16(bytes, p + 4),
        versionNeeded: u16(bytes, p + 6),
        flags: u16(bytes, p + 8),
        method: u16(bytes, p + 10),
        time: u16(bytes, p + 12),
        date: u16(bytes, p + 14),
        crc: u32(bytes, p + 16),
        compressedSize,
        size,
        localOffset,
        internalAttrs: u16(bytes, p + 36),
        externalAttrs: u32(bytes, p + 38),
      });
      p += 46 + nameLen + extraLen + commentLen;
    }
    return new ZipArchive(bytes, entries, limit);
  }

  find(name: string): ZipEntry | undefined {
    return this.byName.get(partKey(name));
  }

  has(name: string): boolean {
    return this.byName.has(partKey(name));
  }

  /** The entry's data as stored in the archive (compressed when method is 8). */
  rawData(entry: ZipEntry): Uint8Array {
    const p = entry.localOffset;
    const b = this.bytes;
    if (p + 30 > b.length || u32(b, p) !== LOCAL) throw corruptPart(entry.name);
    const start = p + 30 + u16(b, p + 26) + u16(b, p + 28);
    const end = start + entry.compressedSize;
    if (end > b.length) throw corruptPart(entry.name);
    return b.subarray(start, end);
  }

  /** The entry's uncompressed bytes (a view into the input when stored uncompressed). */
  read(entry: ZipEntry): Uint8Array {
    this.admit(entry);
    const raw = this.rawData(entry);
    let data: Uint8Array;
    if (entry.method === 0) {
      if (raw.length !== entry.size) throw corruptPart(entry.name);
      data = raw;
    } else if (entry.method === 8) data = inflateGuarded(raw, entry.size, entry.name);
    else throw corruptPart(entry.name);
    if (zipCodec().crc32(data) !== entry.crc) throw crcMismatch(entry.name);
    return data;
  }

  /**
   * The entry's bytes in pieces of about `pieceBytes` as they are inflated (the codec's
   * inflatePieces), its CRC checked after the last; null when the codec or the entry (stored,
   * not deflated) gives it only whole. Its size counts against the limit as read()'s does; a
   * reading given up so that the part is read whole instead is `release`d.
   */
  pieces(entry: ZipEntry, pieceBytes: number): AsyncIterable<Uint8Array> | null {
    const codec = zipCodec();
    if (entry.method !== 8 || !codec.inflatePieces) return null;
    this.admit(entry);
    return this.inflatedPieces(entry, pieceBytes, codec as Required<ZipCodec>);
  }

  /** A reading of `pieces` given up: its part no longer counts against the limit. */
  release(entry: ZipEntry): void {
    this.inflatedTotal -= entry.size;
  }

  private async *inflatedPieces(
    entry: ZipEntry,
    pieceBytes: number,
    codec: Required<ZipCodec>
  ): AsyncGenerator<Uint8Array> {
    let crc = 0;
    // for await: a reading stopped early returns the codec's pieces too (its stream destroyed).
    try {
      for await (const piece of codec.inflatePieces(this.rawData(entry), entry.size, pieceBytes)) {
        crc = codec.crc32(piece, crc);
        yield piece;
      }
    } catch (e) {
      if (e instanceof XlsxReadError) throw e;
      if (e instanceof InflatedBeyondDeclared) throw inflatedBeyondDeclared(entry.name);
      throw corruptPart(entry.name);
    }
    if (crc !== entry.crc) throw crcMismatch(entry.name);
  }

  /** Refuses an encrypted entry or one past the limit; counts the others' declared sizes. */
  private admit(entry: ZipEntry): void {
    if (entry.flags & 1) throw corruptPart(entry.name); // zip encryption: never written by Excel
    if (entry.size > this.limit || this.inflatedTotal + entry.size > this.limit) {
      throw new XlsxReadError("TOO_LARGE");
    }
    this.inflatedTotal += entry.size;
  }

  /** An entry's text: UTF-16 (BOM or declaration) decoded, else UTF-8. */
  readText(entry: ZipEntry): string {
    return decodeXmlBytes(this.read(entry));
  }
}

/** Inflates `raw` (the installed codec, codec.ts), stopping as soon as it would overflow. */
function inflateGuarded(raw: Uint8Array, declared: number, name: string): Uint8Array {
  try {
    return zipCodec().inflate(raw, declared);
  } catch (e) {
    if (e instanceof InflatedBeyondDeclared) throw inflatedBeyondDeclared(name);
    throw corruptPart(name);
  }
}

function findEocd(b: Uint8Array): number {
  const stop = Math.max(0, b.length - 22 - 0xffff);
  for (let p = b.length - 22; p >= stop; p--) {
    if (b[p] === 0x50 && b[p + 1] === 0x4b && u32(b, p) === EOCD) return p;
  }
  return -1;
}
