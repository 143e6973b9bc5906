/**
 * Writes a zip archive whose entries are either copied from an input archive as they are
 * stored (compressed bytes untouched, so their content is byte-identical and costs no
 * re-compression) or new content deflated here.
 */
import { zipCodec } from "./codec";
import type { ZipEntry } from "./zipRead";

/**
 * The plain zip format (no zip64, which some readers still refuse) holds at most 65 535 entries
 * and 4 GB: a copy beyond is refused with its French line (the command line's exit 3).
 */
export class ZipLimitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ZipLimitError";
    Object.setPrototypeOf(this, ZipLimitError.prototype);
  }
}
export const MSG_TOO_MANY_PARTS = (n: number) =>
  `la copie compterait ${n} parties, au-delà des 65 535 qu'un fichier .xlsx peut contenir : elle ne peut pas être écrite`;
export const MSG_TOO_BIG =
  "la copie dépasserait 4 Go, la taille maximale d'un fichier .xlsx : elle ne peut pas être écrite";

export type ZipOutItem =
  | { readonly kind: "copy"; readonly entry: ZipEntry; readonly raw: Uint8Array }
  | { readonly kind: "new"; readonly name: string; readonly data: Uint8Array };

interface ZipRecord {
  nameBytes: Uint8Array;
  versionMadeBy: number;
  flags: number;
  method: number;
  time: number;
  date: number;
  crc: number;
  size: number;
  internalAttrs: number;
  externalAttrs: number;
  payload: Uint8Array;
  offset: number;
}

export { crc32 } from "./crc32";

const encoder = new TextEncoder();

function dosDateTime(d: Date): { time: number; date: number } {
  const year = Math.max(1980, d.getFullYear());
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((year - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

function toRecord(item: ZipOutItem, now: { time: number; date: number }): ZipRecord {
  if (item.kind === "copy") {
    const e = item.entry;
    return {
      nameBytes: e.nameBytes,
      versionMadeBy: e.versionMadeBy,
      flags: e.flags & ~0x0008, // sizes and CRC go in the headers: no data descriptor
      method: e.method,
      time: e.time,
      date: e.date,
      crc: e.crc,
      size: e.size,
      internalAttrs: e.internalAttrs,
      externalAttrs: e.externalAttrs,
      payload: item.raw,
      offset: 0,
    };
  }
  const nameBytes = encoder.encode(item.name);
  const ascii = nameBytes.length === item.name.length;
  const deflate = item.data.length > 64;
  return {
    nameBytes,
    versionMadeBy: 20,
    flags: ascii ? 0 : 0x0800,
    method: deflate ? 8 : 0,
    time: now.time,
    date: now.date,
    crc: zipCodec().crc32(item.data),
    size: item.data.length,
    internalAttrs: 0,
    externalAttrs: 0,
    payload: deflate ? zipCodec().deflate(item.data) : item.data,
    offset: 0,
  };
}

export function writeZip(items: readonly ZipOutItem[], date = new Date()): Uint8Array {
  const now = dosDateTime(date);
  const records = items.map((item) => toRecord(item, now));
  let total = 22;
  for (const r of records)
    total += 30 + r.nameBytes.length + r.payload.length + 46 + r.nameBytes.length;
  if (total > 0xffffffff || records.length > 0xffff || records.some((r) => r.size > 0xffffffff)) {
    throw new ZipLimitError(
      records.length > 0xffff ? MSG_TOO_MANY_PARTS(records.length) : MSG_TOO_BIG
    );
  }
  let out: Uint8Array;
  try {
    out = new Uint8Array(total);
  } catch {
    throw new ZipLimitError(MSG_TOO_BIG); // the machine cannot hold the copy in memory
  }
  const view = new DataView(out.buffer);
  let p = 0;
  for (const r of records) {
    r.offset = p;
    view.setUint32(p, 0x04034b50, true);
    view.setUint16(p + 4, 20, true);
    view.setUint16(p + 6, r.flags, true);
    view.setUint16(p + 8, r.method, true);
    view.setUint16(p + 10, r.time, true);
    view.setUint16(p + 12, r.date, true);
    view.setUint32(p + 14, r.crc, true);
    view.setUint32(p + 18, r.payload.length, true);
    view.setUint32(p + 22, r.size, true);
    view.setUint16(p + 26, r.nameBytes.length, true);
    view.setUint16(p + 28, 0, true);
    out.set(r.nameBytes, p + 30);
    p += 30 + r.nameBytes.length;
    out.set(r.payload, p);
    p += r.payload.length;
  }
  const cdStart = p;
  for (const r of records) {
    view.setUint32(p, 0x02014b50, true);
    view.setUint16(p + 4, r.versionMadeBy, true);
    view.setUint16(p + 6, 20, true);
    view.setUint16(p + 8, r.flags, true);
    view.setUint16(p + 10, r.method, true);
    view.setUint16(p + 12, r.time, true);
    view.setUint16(p + 14, r.date, true);
    view.setUint32(p + 16, r.crc, true);
    view.setUint32(p + 20, r.payload.length, true);
    view.setUint32(p + 24, r.size, true);
    view.setUint16(p + 28, r.nameBytes.length, true);
    // extra length, comment length, disk number: 0
    view.setUint16(p + 36, r.internalAttrs, true);
    view.setUint32(p + 38, r.externalAttrs, true);
    view.setUint32(p + 42, r.offset, true);
    out.set(r.nameBytes, p + 46);
    p += 46 + r.nameBytes.length;
  }
  view.setUint32(p, 0x06054b50, true);
  view.setUint16(p + 8, records.length, true);
  view.setUint16(p + 10, records.length, true);
  view.setUint32(p + 12, p - cdStart, true);
  view.setUint32(p + 16, cdStart, true);
  return out;
}
