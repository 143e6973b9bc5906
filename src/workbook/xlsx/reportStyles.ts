/**
 * What each report cell looks like: the number format, font, fill, border and alignment of a
 * (format, emphasis, link) combination, as styles.xml fragments.
 */
import type { CellEmphasis, CellFormat } from "../../domain/report/model";
import { NUMBER_FORMATS, REPORT_FORMATS, reportLook } from "../../domain/styles";
import { escapeAttr } from "./xmlText";

export interface StyleKey {
  readonly format: CellFormat;
  readonly emphasis?: CellEmphasis;
  readonly link: boolean;
  /**
   * A row holding a long text printed in a bounded width (domain/report/print.ts): "wrap" for
   * that text, "top" for the other cells of its row (aligned at the top with it, not wrapped).
   */
  readonly wrap?: "wrap" | "top";
}

export function styleKeyId(k: StyleKey): string {
  return styleIdOfParts(k.format, k.emphasis, k.link, k.wrap);
}

/** The id of the key these parts would make (the Rapport's cells are not made into keys). */
export const styleIdOfParts = (
  format: CellFormat,
  emphasis: CellEmphasis | undefined,
  link: boolean,
  wrap: StyleKey["wrap"]
): string => `${format}|${emphasis ?? ""}|${link ? "link" : ""}${wrap ? `|${wrap}` : ""}`;

export const EURO_FORMAT = NUMBER_FORMATS.euro;
export const DATE_FORMAT = NUMBER_FORMATS.date;

/** A number format: a built-in id, or a custom code that gets an id ≥ 164. */
export type NumFmt = { readonly builtin: number } | { readonly code: string };

/** Built-in ids of the table's codes that Excel knows without declaring them. */
const BUILTIN: Readonly<Record<string, number>> = { General: 0, "0": 1, "0.00%": 10, "@": 49 };

export function numFmtOfCode(code: string): NumFmt {
  const id = BUILTIN[code];
  return id === undefined ? { code } : { builtin: id };
}

export function numFmtOf(format: CellFormat): NumFmt {
  // The copy writes text as inline strings: General shows them as they are, as before.
  return format === "text" ? { builtin: 0 } : numFmtOfCode(REPORT_FORMATS[format]);
}

/** The workbook's default font, which report fonts derive from. */
export interface BaseFont {
  readonly name: string;
  readonly size: number;
  readonly family?: string;
}

const argb = (rgb: string) => `FF${rgb}`;

export function fontXml(k: StyleKey, base: BaseFont, p: string): string {
  const look = reportLook(k.emphasis, k.link);
  return (
    `<${p}font>` +
    (look.bold ? `<${p}b/>` : "") +
    (look.italic ? `<${p}i/>` : "") +
    (look.underline ? `<${p}u/>` : "") +
    `<${p}sz val="${look.size ?? base.size}"/>` +
    (look.color ? `<${p}color rgb="${argb(look.color)}"/>` : "") +
    `<${p}name val="${escapeAttr(base.name)}"/>` +
    (base.family ? `<${p}family val="${escapeAttr(base.family)}"/>` : "") +
    `</${p}font>`
  );
}

export const NO_FILL = (p: string) => `<${p}fill><${p}patternFill patternType="none"/></${p}fill>`;
export const GRAY125_FILL = (p: string) =>
  `<${p}fill><${p}patternFill patternType="gray125"/></${p}fill>`;

/** The fill of a combination, or null for none (fill 0). */
export function fillXml(k: StyleKey, p: string): string | null {
  const rgb = reportLook(k.emphasis, k.link).fill;
  if (!rgb) return null;
  return `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${argb(rgb)}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`;
}

export const EMPTY_BORDER = (p: string) =>
  `<${p}border><${p}left/><${p}right/><${p}top/><${p}bottom/><${p}diagonal/></${p}border>`;

/** The border of a combination, or null for none (border 0). */
export function borderXml(k: StyleKey, p: string): string | null {
  const side = reportLook(k.emphasis, k.link).border;
  if (!side) return null;
  const edge = (name: string) =>
    name === side
      ? `<${p}${name} style="thin"><${p}color auto="1"/></${p}${name}>`
      : `<${p}${name}/>`;
  return `<${p}border>${edge("left")}${edge("right")}${edge("top")}${edge("bottom")}<${p}diagonal/></${p}border>`;
}

export interface XfIds {
  readonly numFmtId: number;
  readonly fontId: number;
  readonly fillId: number;
  readonly borderId: number;
}

export function xfXml(k: StyleKey, ids: XfIds, p: string): string {
  const look = reportLook(k.emphasis, k.link);
  const wrap = look.wrap === true || k.wrap === "wrap";
  const attrs =
    `numFmtId="${ids.numFmtId}" fontId="${ids.fontId}" fillId="${ids.fillId}" borderId="${ids.borderId}" xfId="0"` +
    ` applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1"`;
  return wrap
    ? `<${p}xf ${attrs} applyAlignment="1"><${p}alignment vertical="${look.vertical ?? "top"}" wrapText="1"/></${p}xf>`
    : k.wrap === "top"
      ? `<${p}xf ${attrs} applyAlignment="1"><${p}alignment vertical="top"/></${p}xf>`
      : `<${p}xf ${attrs}/>`;
}

export const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
  "</styleSheet>";
