/**
 * Bytes of a text file as controllers keep them: a BOM first (UTF-8, UTF-16 little- or big-endian),
 * then UTF-16 without BOM told by its zero bytes, then strict UTF-8, else Windows-1252 (Excel's "CSV (séparateur : point-virgule)", an older
 * Windows editor). Never fails: the caller decides what the text means.
 */
export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: decodeUtf16be(bytes.subarray(2)), encoding: "utf-16be" };
  const sniffed = sniffUtf16(bytes);
  if (sniffed === "utf-16le")
    return { text: new TextDecoder("utf-16le").decode(bytes), encoding: sniffed };
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

/** True when the bytes start with a UTF-16 byte order mark. */
export function hasUtf16Bom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
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
