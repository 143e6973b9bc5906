/**
 * xl/sharedStrings.xml, decoded once: each item is the concatenated text of its `<t>` elements
 * (plain or rich-text runs), phonetic runs (`<rPh>`) left out.
 */
import { decodeCellText, rootPrefix } from "./xmlText";

export interface RichTextNames {
  readonly tOpen: string;
  readonly tClose: string;
  readonly rPhOpen: string;
  readonly rPhClose: string;
}

export function richTextNames(prefix: string): RichTextNames {
  return {
    tOpen: `<${prefix}t`,
    tClose: `</${prefix}t>`,
    rPhOpen: `<${prefix}rPh`,
    rPhClose: `</${prefix}rPh>`,
  };
}

function isNameEnd(code: number): boolean {
  return code === 62 || code === 32 || code === 47 || code === 9 || code === 10 || code === 13;
}

/**
 * Scans rich text: `next(from, end)` returns the decoded text of the item between `from` and
 * `end`. Keeps the position of the next `<rPh` so that scanning stays linear.
 */
export class RichTextScanner {
  private rph = -2;

  constructor(
    private readonly xml: string,
    private readonly names: RichTextNames
  ) {}

  private nextRph(from: number): number {
    if (this.rph === -1) return -1;
    if (this.rph < from) this.rph = this.xml.indexOf(this.names.rPhOpen, from);
    return this.rph;
  }

  text(from: number, end: number): string {
    const { xml, names } = this;
    let text = "";
    let j = from;
    for (;;) {
      const t = xml.indexOf(names.tOpen, j);
      if (t < 0 || t >= end) break;
      const r = this.nextRph(j);
      if (r >= 0 && r < t) {
        const close = xml.indexOf(names.rPhClose, r);
        if (close < 0) break;
        j = close + names.rPhClose.length;
        continue;
      }
      if (!isNameEnd(xml.charCodeAt(t + names.tOpen.length))) {
        j = t + 1;
        continue;
      }
      const gt = xml.indexOf(">", t);
      if (xml.charCodeAt(gt - 1) === 47) {
        j = gt + 1;
        continue;
      }
      const close = xml.indexOf(names.tClose, gt);
      if (close < 0) break;
      text += xml.slice(gt + 1, close);
      j = close + names.tClose.length;
    }
    return decodeCellText(text);
  }
}

export function parseSharedStrings(xml: string): string[] {
  const p = rootPrefix(xml);
  const siOpen = `<${p}si`;
  const siClose = `</${p}si>`;
  const scanner = new RichTextScanner(xml, richTextNames(p));
  const out: string[] = [];
  let i = xml.indexOf(siOpen);
  while (i >= 0) {
    if (!isNameEnd(xml.charCodeAt(i + siOpen.length))) {
      i = xml.indexOf(siOpen, i + 1);
      continue;
    }
    const gt = xml.indexOf(">", i);
    if (gt < 0) break;
    if (xml.charCodeAt(gt - 1) === 47) {
      out.push("");
      i = xml.indexOf(siOpen, gt);
      continue;
    }
    let end = xml.indexOf(siClose, gt);
    if (end < 0) end = xml.length;
    out.push(scanner.text(gt + 1, end));
    i = xml.indexOf(siOpen, end);
  }
  return out;
}
