/**
 * The head of a sheet's part: its first bytes inflated, cut after the last complete row, so that
 * the first rows of a large sheet can be looked at (is it a Chorus extract?) without inflating
 * the whole part. The part's declared size bounds what is inflated, as ZipArchive.read does.
 */
import { Inflate } from "fflate";
import { concatBytes } from "./byteScan";
import { INFLATE_CHUNK as CHUNK } from "./codec";
import { corruptPart, inflatedBeyondDeclared, XlsxReadError } from "./errors";
import type { ZipArchive, ZipEntry } from "./zipRead";

/** At least `want` inflated bytes of the entry (all of them when it is shorter). */
export function inflateHead(zip: ZipArchive, entry: ZipEntry, want: number): Uint8Array {
  if (entry.flags & 1) throw corruptPart(entry.name);
  const raw = zip.rawData(entry);
  if (entry.method === 0) return raw.subarray(0, Math.min(want, raw.length));
  if (entry.method !== 8) throw corruptPart(entry.name);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const inflater = new Inflate((chunk: Uint8Array) => {
    if (size + chunk.length > entry.size) throw inflatedBeyondDeclared(entry.name);
    chunks.push(chunk.slice());
    size += chunk.length;
  });
  try {
    for (let i = 0; i < raw.length && size < want; i += CHUNK) {
      const stop = Math.min(i + CHUNK, raw.length);
      inflater.push(raw.subarray(i, stop), stop === raw.length);
    }
  } catch (e) {
    if (e instanceof XlsxReadError) throw e;
    throw corruptPart(entry.name);
  }
  return concatBytes(chunks, size);
}

/** The bytes up to the last `</row>` (any prefix), so that no row is cut; null if none ends. */
export function completeRows(head: Uint8Array): Uint8Array | null {
  // "row>" preceded by "</" or "</prefix:".
  for (let i = head.length - 4; i >= 2; i--) {
    if (head[i] !== 0x72 || head[i + 1] !== 0x6f || head[i + 2] !== 0x77 || head[i + 3] !== 0x3e)
      continue;
    let j = i - 1;
    if (head[j] === 0x3a) {
      j--;
      while (j > 0 && head[j] !== 0x2f && head[j] !== 0x3c && head[j] !== 0x3e) j--;
    }
    if (head[j] === 0x2f && head[j - 1] === 0x3c) return head.subarray(0, i + 4);
  }
  return null;
}
