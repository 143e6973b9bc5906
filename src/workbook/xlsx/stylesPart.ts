/**
 * Appends the report's styles to xl/styles.xml without renumbering anything: new entries go
 * at the end of numFmts, fonts, fills, borders and cellXfs (count attributes updated); an entry
 * identical to an existing one is reused, so writing the report again adds nothing.
 */
import { decodeXml, findElement, findTag, findTags, rootPrefix } from "./xmlText";
import {
  EMPTY_BORDER,
  GRAY125_FILL,
  MINIMAL_STYLES,
  NO_FILL,
  borderXml,
  fillXml,
  fontXml,
  numFmtOf,
  styleKeyId,
  xfXml,
  type BaseFont,
  type StyleKey,
} from "./reportStyles";

/** CT_Stylesheet's element order. */
const ORDER = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
];

class StylesEditor {
  readonly p: string;
  private readonly added = new Map<string, string[]>();
  private readonly cache = new Map<string, string[]>();

  constructor(public xml: string) {
    this.p = rootPrefix(xml);
  }

  /** Makes sure the section exists with an open and a close tag. */
  private ensure(section: string): void {
    const p = this.p;
    const el = findElement(this.xml, p + section);
    if (el && !el.tag.selfClosing) return;
    if (el) {
      const open = this.xml.slice(el.tag.start, el.tag.end).replace(/\s*\/>$/, ">");
      this.xml =
        this.xml.slice(0, el.tag.start) + open + `</${p}${section}>` + this.xml.slice(el.end);
      return;
    }
    let at = -1;
    for (const next of ORDER.slice(ORDER.indexOf(section) + 1)) {
      const hit = findTag(this.xml, p + next);
      if (hit) {
        at = hit.start;
        break;
      }
    }
    if (at < 0) at = this.xml.lastIndexOf(`</${p}styleSheet`);
    this.xml =
      this.xml.slice(0, at) + `<${p}${section} count="0"></${p}${section}>` + this.xml.slice(at);
  }

  /** The section's children (raw XML), the ones appended by this editor included. */
  children(section: string, child: string): string[] {
    return [...this.existing(section, child), ...(this.added.get(section) ?? [])];
  }

  private existing(section: string, child: string): string[] {
    const cached = this.cache.get(section);
    if (cached) return cached;
    const el = findElement(this.xml, this.p + section);
    const list: string[] = [];
    if (el && !el.tag.selfClosing) {
      const q = this.p + child;
      for (const tag of findTags(this.xml, q, el.tag.end, el.innerEnd)) {
        if (tag.selfClosing) list.push(this.xml.slice(tag.start, tag.end));
        else {
          const close = this.xml.indexOf(`</${q}>`, tag.end);
          list.push(this.xml.slice(tag.start, close < 0 ? tag.end : close + q.length + 3));
        }
      }
    }
    this.cache.set(section, list);
    return list;
  }

  /** Index of `item` in the section, appending it when absent. */
  indexOf(section: string, child: string, item: string): number {
    const list = this.children(section, child);
    const found = list.indexOf(item);
    if (found >= 0) return found;
    this.push(section, item);
    return list.length;
  }

  push(section: string, item: string): void {
    const list = this.added.get(section) ?? [];
    list.push(item);
    this.added.set(section, list);
  }

  /** Writes the pending entries into the XML and updates the count attributes. */
  flush(childOf: Readonly<Record<string, string>>): string {
    const pending = [...this.added].filter(([, items]) => items.length > 0);
    if (pending.length === 0) return this.xml;
    for (const [section, items] of pending) {
      if (items.length === 0) continue;
      const total = this.children(section, childOf[section]).length;
      this.cache.delete(section);
      this.added.set(section, []);
      this.ensure(section);
      const el = findElement(this.xml, this.p + section)!;
      let open = this.xml.slice(el.tag.start, el.tag.end);
      open = /\scount="[^"]*"/.test(open)
        ? open.replace(/(\s)count="[^"]*"/, `$1count="${total}"`)
        : open.replace(/>$/, ` count="${total}">`);
      this.xml =
        this.xml.slice(0, el.tag.start) +
        open +
        this.xml.slice(el.tag.end, el.innerEnd) +
        items.join("") +
        this.xml.slice(el.innerEnd);
    }
    return this.xml;
  }
}

const CHILD_OF: Readonly<Record<string, string>> = {
  numFmts: "numFmt",
  fonts: "font",
  fills: "fill",
  borders: "border",
  cellStyleXfs: "xf",
  cellXfs: "xf",
};

function baseFont(fontXml: string | undefined, p: string): BaseFont {
  const val = (name: string) => {
    const m = fontXml ? new RegExp(`<${p}${name}\\s[^>]*val="([^"]*)"`).exec(fontXml) : null;
    return m ? decodeXml(m[1]) : undefined;
  };
  const size = Number(val("sz"));
  return { name: val("name") ?? "Calibri", size: size > 0 ? size : 11, family: val("family") };
}

export interface AppendedStyles {
  readonly xml: string;
  /** cellXfs index per styleKeyId. */
  readonly xf: ReadonlyMap<string, number>;
}

export function appendReportStyles(
  stylesXml: string | null,
  keys: readonly StyleKey[]
): AppendedStyles {
  const ed = new StylesEditor(stylesXml ?? MINIMAL_STYLES);
  const p = ed.p;
  if (ed.children("fonts", "font").length === 0)
    ed.push(
      "fonts",
      fontXml({ format: "text", link: false }, { name: "Calibri", size: 11, family: "2" }, p)
    );
  const fills = ed.children("fills", "fill").length;
  if (fills === 0) ed.push("fills", NO_FILL(p));
  if (fills < 2) ed.push("fills", GRAY125_FILL(p));
  if (ed.children("borders", "border").length === 0) ed.push("borders", EMPTY_BORDER(p));
  const defaultXf = `<${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>`;
  if (ed.children("cellStyleXfs", "xf").length === 0) ed.push("cellStyleXfs", defaultXf);
  if (ed.children("cellXfs", "xf").length === 0)
    ed.push("cellXfs", defaultXf.replace("/>", ' xfId="0"/>'));

  const base = baseFont(ed.children("fonts", "font")[0], p);
  const customIds = new Map<string, number>();
  let nextId = 164;
  for (const tag of ed.children("numFmts", "numFmt")) {
    const attrs = findTag(tag, p + "numFmt")?.attrs ?? {};
    const id = Number(attrs.numFmtId);
    if (!Number.isInteger(id)) continue;
    nextId = Math.max(nextId, id + 1);
    if (attrs.formatCode !== undefined && !customIds.has(attrs.formatCode))
      customIds.set(attrs.formatCode, id);
  }

  const xf = new Map<string, number>();
  for (const key of keys) {
    const id = styleKeyId(key);
    if (xf.has(id)) continue;
    const fmt = numFmtOf(key.format);
    let numFmtId: number;
    if ("builtin" in fmt) numFmtId = fmt.builtin;
    else {
      numFmtId = customIds.get(fmt.code) ?? nextId++;
      if (!customIds.has(fmt.code)) {
        customIds.set(fmt.code, numFmtId);
        const code = fmt.code.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
        ed.push("numFmts", `<${p}numFmt numFmtId="${numFmtId}" formatCode="${code}"/>`);
      }
    }
    const fontId = ed.indexOf("fonts", "font", fontXml(key, base, p));
    const fill = fillXml(key, p);
    const fillId = fill ? ed.indexOf("fills", "fill", fill) : 0;
    const border = borderXml(key, p);
    const borderId = border ? ed.indexOf("borders", "border", border) : 0;
    xf.set(id, ed.indexOf("cellXfs", "xf", xfXml(key, { numFmtId, fontId, fillId, borderId }, p)));
  }
  return { xml: ed.flush(CHILD_OF), xf };
}
