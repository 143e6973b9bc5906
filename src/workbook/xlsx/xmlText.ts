/**
 * XML text helpers for the small parts (workbook, rels, content types, styles, tables) and
 * the escaping rules both ways: XML entities and OOXML's `_xHHHH_` escapes.
 */

const ENTITY = /&(#[xX][0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g;
const NAMED: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
};

function entity(_m: string, body: string): string {
  if (body.charCodeAt(0) !== 35) return NAMED[body];
  const code =
    body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
  return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "\uFFFD";
}

/** Decodes XML entities (the five named ones and numeric references). */
export function decodeXml(s: string): string {
  return s.indexOf("&") < 0 ? s : s.replace(ENTITY, entity);
}

const OOXML_ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/** Decodes OOXML `_xHHHH_` escapes (`_x005F_` stands for a literal underscore). */
export function decodeOoxml(s: string): string {
  return s.indexOf("_x") < 0
    ? s
    : s.replace(OOXML_ESCAPE, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Decodes entities outside CDATA sections and keeps CDATA content as it is. */
function decodeXmlWithCdata(s: string): string {
  let out = "";
  let i = 0;
  for (;;) {
    const open = s.indexOf("<![CDATA[", i);
    if (open < 0) return out + decodeXml(s.slice(i));
    const close = s.indexOf("]]>", open + 9);
    const end = close < 0 ? s.length : close;
    out += decodeXml(s.slice(i, open)) + s.slice(open + 9, end);
    i = close < 0 ? s.length : close + 3;
  }
}

/** A cell's text as stored in XML (entities or CDATA, then OOXML escapes). */
export function decodeCellText(s: string): string {
  return decodeOoxml(s.indexOf("<![CDATA[") < 0 ? decodeXml(s) : decodeXmlWithCdata(s));
}

// Characters XML 1.0 forbids (except tab, LF, CR), plus CR itself (normalised away by parsers)
// and lone surrogates; and literal `_xHHHH_` sequences, which Excel would decode.
const TEXT_SPECIAL =
  /[&<>\u0000-\u0008\u000B\u000C\u000D\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|_(?=x[0-9A-Fa-f]{4}_)/g;

function textSpecial(c: string): string {
  switch (c) {
    case "&":
      return "&amp;";
    case "<":
      return "&lt;";
    case ">":
      return "&gt;";
    case "_":
      return "_x005F_";
  }
  const code = c.charCodeAt(0);
  if (code >= 0xd800 && code <= 0xdfff) return "\uFFFD";
  return "_x" + code.toString(16).toUpperCase().padStart(4, "0") + "_";
}

/** Escapes text for a cell's `<t>`: never invalid XML, read back exactly by Excel. */
export function escapeCellText(s: string): string {
  return s.replace(TEXT_SPECIAL, textSpecial);
}

const ATTR_SPECIAL =
  /[&<>"\t\n\r]|[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes an attribute value (characters XML cannot hold become U+FFFD). */
export function escapeAttr(s: string): string {
  return s.replace(ATTR_SPECIAL, (c) => {
    switch (c) {
      case "&":
        return "&amp;";
      case "<":
        return "&lt;";
      case ">":
        return "&gt;";
      case '"':
        return "&quot;";
      case "\t":
        return "&#9;";
      case "\n":
        return "&#10;";
      case "\r":
        return "&#13;";
    }
    return "\uFFFD";
  });
}

/** A start tag found in an XML string. */
export interface TagHit {
  /** Index of `<`. */
  readonly start: number;
  /** Index just after `>`. */
  readonly end: number;
  readonly selfClosing: boolean;
  readonly attrs: Readonly<Record<string, string>>;
}

const ATTR = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

export function parseAttrs(tag: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  ATTR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ATTR.exec(tag)) !== null) attrs[m[1]] = decodeXml(m[2] ?? m[3] ?? "");
  return attrs;
}

function isNameEnd(code: number): boolean {
  return code === 32 || code === 62 || code === 47 || code === 9 || code === 10 || code === 13;
}

/** The first start tag `<qname …>` at or after `from`, or null. */
export function findTag(xml: string, qname: string, from = 0, to = xml.length): TagHit | null {
  const open = "<" + qname;
  let i = xml.indexOf(open, from);
  while (i >= 0 && i < to) {
    if (isNameEnd(xml.charCodeAt(i + open.length))) {
      const close = xml.indexOf(">", i);
      if (close < 0) return null;
      const selfClosing = xml.charCodeAt(close - 1) === 47;
      const body = xml.slice(i + open.length, selfClosing ? close - 1 : close);
      return { start: i, end: close + 1, selfClosing, attrs: parseAttrs(body) };
    }
    i = xml.indexOf(open, i + 1);
  }
  return null;
}

/** All start tags `<qname …>` between `from` and `to`. */
export function findTags(xml: string, qname: string, from = 0, to = xml.length): TagHit[] {
  const hits: TagHit[] = [];
  let hit = findTag(xml, qname, from, to);
  while (hit) {
    hits.push(hit);
    hit = findTag(xml, qname, hit.end, to);
  }
  return hits;
}

/** An element's extent: from its `<` to just after its end tag (or its `/>`). */
export interface ElementSpan {
  readonly tag: TagHit;
  /** Index of the end tag's `<` (equals tag.end when self-closing). */
  readonly innerEnd: number;
  readonly end: number;
}

/** The element `qname` starting at or after `from` (no nesting of the same name assumed). */
export function findElement(
  xml: string,
  qname: string,
  from = 0,
  to = xml.length
): ElementSpan | null {
  const tag = findTag(xml, qname, from, to);
  if (!tag) return null;
  if (tag.selfClosing) return { tag, innerEnd: tag.end, end: tag.end };
  const close = xml.indexOf("</" + qname, tag.end);
  if (close < 0) return null;
  const gt = xml.indexOf(">", close);
  return { tag, innerEnd: close, end: gt + 1 };
}

/** The namespace prefix ("x:" or "") of the document's root element. */
export function rootPrefix(xml: string): string {
  let i = 0;
  for (;;) {
    i = xml.indexOf("<", i);
    if (i < 0) return "";
    const c = xml.charCodeAt(i + 1);
    if (c !== 63 && c !== 33) break; // skip <?…?> and <!--…-->
    i++;
  }
  let j = i + 1;
  while (j < xml.length && !isNameEnd(xml.charCodeAt(j))) j++;
  const name = xml.slice(i + 1, j);
  const colon = name.indexOf(":");
  return colon < 0 ? "" : name.slice(0, colon + 1);
}

/** The value of the first attribute whose local name is `local` (any or no prefix). */
export function attrByLocalName(
  attrs: Readonly<Record<string, string>>,
  local: string,
  prefixed = false
): string | undefined {
  for (const key of Object.keys(attrs)) {
    const colon = key.indexOf(":");
    if (prefixed && colon < 0) continue;
    if (key.slice(colon + 1) === local && !key.startsWith("xmlns")) return attrs[key];
  }
  return undefined;
}
