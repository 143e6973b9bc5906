/**
 * The byte-level reading a sheet part needs before and while its cells are scanned: tag tests,
 * numbers read from their bytes, where `<sheetData` starts (sheetParser.ts, sheetStream.ts).
 */
import { decodeCellText, rootPrefix } from "./xmlText";
import { bytesOf, find, indexOfSeq, latin1 } from "./byteScan";

export const LT = 60;
export const GT = 62;
export const SLASH = 47;
export const EQ = 61;

export const utf8 = new TextDecoder("utf-8");
const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** Whether `<name` (followed by a name end) starts at `p`. */
export function isTag(d: Uint8Array, p: number, name: Uint8Array): boolean {
  const n = name.length;
  for (let i = 0; i < n; i++) if (d[p + 1 + i] !== name[i]) return false;
  const c = d[p + 1 + n];
  return c === GT || c === SLASH || isSpace(c);
}

/** Whether `</name>` starts at `p`. */
export function isEndTag(d: Uint8Array, p: number, name: Uint8Array): boolean {
  if (d[p + 1] !== SLASH) return false;
  const n = name.length;
  for (let i = 0; i < n; i++) if (d[p + 2 + i] !== name[i]) return false;
  const c = d[p + 2 + n];
  return c === GT || isSpace(c);
}

/** Parses a number from bytes: exact fast path for up to 15 digits, else the JS parser. */
export function parseNumber(d: Uint8Array, s: number, e: number): number | string {
  let i = s;
  let neg = false;
  if (d[i] === 45) {
    neg = true;
    i++;
  }
  let mant = 0;
  let digits = 0;
  let scale = 0;
  let dot = false;
  for (; i < e; i++) {
    const c = d[i];
    if (c >= 48 && c <= 57) {
      if (++digits > 15) break;
      mant = mant * 10 + (c - 48);
      if (dot) scale++;
    } else if (c === 46 && !dot) dot = true;
    else break;
  }
  if (i === e && digits > 0) {
    const v = scale ? mant / POW10[scale] : mant;
    return neg ? -v : v;
  }
  const text = latin1(d, s, e).trim();
  const v = text === "" ? NaN : Number(text);
  return Number.isNaN(v) ? decodeCellText(utf8.decode(d.subarray(s, e))) : v;
}

/** The root's prefix ("x:" or "") of a sheet part, read from its first bytes. */
export function sheetPrefix(d: Uint8Array): string {
  return rootPrefix(latin1(d, 0, Math.min(d.length, 4096)));
}

/**
 * Where `<sheetData` starts, or -1; whether it is empty (`<sheetData/>`); whether its tag ends
 * within `d` (a piece may cut it).
 */
export function sheetDataAt(
  d: Uint8Array,
  prefix: string
): { at: number; empty: boolean; whole: boolean } {
  const at = indexOfSeq(d, bytesOf("<" + prefix + "sheetData"), 0);
  if (at < 0) return { at, empty: true, whole: false };
  const gt = find(d, GT, at);
  return { at, empty: gt >= 0 && d[gt - 1] === SLASH, whole: gt >= 0 };
}
