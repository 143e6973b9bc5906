/**
 * Which cell styles show dates. Needed only for workbooks in the 1904 date system: their date
 * serials are 1462 days less than in the 1900 system every other host uses, so the reader shifts
 * the numbers of date-formatted cells and the domain always sees 1900-system serials.
 */

/** Built-in number formats that show a date or a time (ECMA-376 §18.8.30, plus the CJK ones). */
const BUILTIN_DATE_IDS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51,
  52, 53, 54, 55, 56, 57, 58,
]);

/** A format code shows a date when, outside quoted text, brackets and escapes, it has d, m, y, h or s. */
export function isDateFormatCode(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/\\./g, "")
    .replace(/_.|\*./g, "");
  // "General" has an e and an l but no date letter; a plain number format has none either.
  return /[dmyhs]/i.test(bare.replace(/general/gi, ""));
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** The indices of cellXfs entries that format dates, from styles.xml. */
export function dateStyleIndices(stylesXml: string): Set<number> {
  const custom = new Map<number, string>();
  for (const m of stylesXml.matchAll(/<(?:\w+:)?numFmt\b[^>]*>/g)) {
    const id = Number(attr(m[0], "numFmtId"));
    const code = attr(m[0], "formatCode");
    if (Number.isInteger(id) && code !== undefined)
      custom.set(id, code.replace(/&quot;/g, '"').replace(/&amp;/g, "&"));
  }
  const out = new Set<number>();
  const xfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(stylesXml)?.[1] ?? "";
  let index = 0;
  for (const m of xfs.matchAll(/<(?:\w+:)?xf\b[^>]*>/g)) {
    const id = Number(attr(m[0], "numFmtId") ?? "0");
    const code = custom.get(id);
    if (code !== undefined ? isDateFormatCode(code) : BUILTIN_DATE_IDS.has(id)) out.add(index);
    index++;
  }
  return out;
}

export { DAYS_1904 } from "../../grid";
