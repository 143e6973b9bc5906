/**
 * Parts read as Excel reads them, before the fast scanners see them: UTF-16 parts (allowed by
 * OPC, with a BOM or an encoding declaration) decoded; comments removed (a row inside a comment
 * is no row); elements whose prefix is declared locally for the main namespace
 * (`<x:row xmlns:x="…/main">`) renamed with the root's prefix, the one the scanners look for.
 * A part needing none of this (every part Excel writes) is returned as it is, after one search.
 */
import { indexOfBytes } from "./byteScan";
import { rootPrefix } from "./xmlText";

export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const NS_BYTES = new TextEncoder().encode(MAIN_NS);
const utf8 = new TextDecoder("utf-8");

type Utf16 = "utf-16le" | "utf-16be" | null;

/** UTF-16 told by its BOM, or by `<?` written on two bytes each (a declaration without BOM). */
export function utf16Of(b: Uint8Array): Utf16 {
  if (b[0] === 0xff && b[1] === 0xfe) return "utf-16le";
  if (b[0] === 0xfe && b[1] === 0xff) return "utf-16be";
  if (b[0] === 0x3c && b[1] === 0 && b[2] === 0x3f && b[3] === 0) return "utf-16le";
  if (b[0] === 0 && b[1] === 0x3c && b[2] === 0 && b[3] === 0x3f) return "utf-16be";
  return null;
}

function decodeUtf16(b: Uint8Array, kind: "utf-16le" | "utf-16be"): string {
  let bytes = b;
  if (kind === "utf-16be") {
    bytes = new Uint8Array(b.length & ~1);
    for (let i = 0; i + 1 < b.length; i += 2) {
      bytes[i] = b[i + 1];
      bytes[i + 1] = b[i];
    }
  }
  const text = new TextDecoder("utf-16le").decode(bytes);
  // Now a string, re-encoded as UTF-8 when written back: the declaration must say so.
  return text
    .replace(/^\uFEFF?(<\?xml[^>]*?encoding\s*=\s*["'])[^"']*(["'])/, "$1UTF-8$2")
    .replace(/^\uFEFF/, "");
}

/** A part's text: UTF-16 decoded, else UTF-8 (a UTF-8 BOM left out). */
export function decodeXmlBytes(b: Uint8Array): string {
  const kind = utf16Of(b);
  if (kind) return decodeUtf16(b, kind);
  const text = utf8.decode(b);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Comments removed, CDATA sections kept as they are (a `<!--` inside one is text). */
function stripComments(xml: string): string {
  if (xml.indexOf("<!--") < 0) return xml;
  let out = "";
  let i = 0;
  for (;;) {
    const open = xml.indexOf("<!", i);
    if (open < 0) return out + xml.slice(i);
    if (xml.startsWith("<!--", open)) {
      const close = xml.indexOf("-->", open + 4);
      out += xml.slice(i, open);
      i = close < 0 ? xml.length : close + 3;
    } else if (xml.startsWith("<![CDATA[", open)) {
      const close = xml.indexOf("]]>", open + 9);
      const end = close < 0 ? xml.length : close + 3;
      out += xml.slice(i, end);
      i = end;
    } else {
      out += xml.slice(i, open + 2);
      i = open + 2;
    }
  }
}

/** Prefixes ("x:") other than the root's bound to the main namespace somewhere in the part. */
function localPrefixes(xml: string, root: string): string[] {
  const found = new Set<string>();
  const decl = /xmlns:([\w.-]+)\s*=\s*["']([^"']*)["']/g;
  for (let at = xml.indexOf(MAIN_NS); at >= 0; at = xml.indexOf(MAIN_NS, at + 1)) {
    const window = xml.slice(Math.max(0, at - 80), at + MAIN_NS.length + 1);
    for (const m of window.matchAll(decl))
      if (m[2] === MAIN_NS && `${m[1]}:` !== root) found.add(`${m[1]}:`);
  }
  return [...found];
}

/** Elements of locally declared main-namespace prefixes renamed with the root's prefix. */
function unifyPrefixes(xml: string): string {
  const root = rootPrefix(xml);
  const locals = localPrefixes(xml, root);
  let out = xml;
  for (const p of locals)
    out = out.split(`<${p}`).join(`<${root}`).split(`</${p}`).join(`</${root}`);
  return out;
}

/** A small part's text as the parsers expect it (comments out, prefixes unified). */
export function normalizeXmlText(xml: string): string {
  return unifyPrefixes(stripComments(xml));
}

/** Whether the main namespace is named at least twice (a local declaration beside the root's). */
function namedTwice(b: Uint8Array): boolean {
  const first = indexOfBytes(b, NS_BYTES, 0);
  return first >= 0 && indexOfBytes(b, NS_BYTES, first + 1) >= 0;
}

/**
 * A sheet part for the byte scanner, which skips comments itself: UTF-16 re-encoded as UTF-8,
 * locally declared prefixes unified. The common part (UTF-8, the namespace named once, on the
 * root) comes back untouched.
 */
export function normalizeSheetBytes(b: Uint8Array): Uint8Array {
  if (!utf16Of(b) && !namedTwice(b)) return b;
  const xml = decodeXmlBytes(b);
  const unified = unifyPrefixes(xml);
  return unified === xml && !utf16Of(b) ? b : new TextEncoder().encode(unified);
}
