/**
 * What each report cell looks like: the number format, font, fill, border and alignment of a
 * (format, emphasis, link) combination, as styles.xml fragments.
 */
import type { CellEmphasis, CellFormat } from "../../domain/report/model";
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
  return `${k.format}|${k.emphasis ?? ""}|${k.link ? "link" : ""}${k.wrap ? `|${k.wrap}` : ""}`;
}

export const EURO_FORMAT = '#,##0.00\\ "€";[Red]\\-#,##0.00\\ "€"';
export const DATE_FORMAT = "dd/mm/yyyy";

/** A number format: a built-in id, or a custom code that gets an id ≥ 164. */
export type NumFmt = { readonly builtin: number } | { readonly code: string };

export function numFmtOf(format: CellFormat): NumFmt {
  switch (format) {
    case "euro":
      return { code: EURO_FORMAT };
    case "percent":
      return { builtin: 10 }; // 0.00%
    case "date":
      return { code: DATE_FORMAT };
    case "integer":
      return { builtin: 1 }; // 0
    case "text":
      return { builtin: 0 };
  }
}

/** The workbook's default font, which report fonts derive from. */
export interface BaseFont {
  readonly name: string;
  readonly size: number;
  readonly family?: string;
}

const COLORS = {
  link: "FF0563C1",
  alert: "FF9C0006",
  alertFill: "FFFFC7CE",
  warning: "FF9C5700",
  warningFill: "FFFFEB9C",
  muted: "FF808080",
  headerFill: "FFD9D9D9",
};

export function fontXml(k: StyleKey, base: BaseFont, p: string): string {
  const e = k.emphasis;
  const bold =
    e === "title" ||
    e === "subtitle" ||
    e === "header" ||
    e === "bold" ||
    e === "total" ||
    e === "alert";
  const italic = e === "muted";
  const size = e === "title" ? 14 : e === "subtitle" ? 12 : base.size;
  const color = k.link
    ? COLORS.link
    : e === "alert"
      ? COLORS.alert
      : e === "warning"
        ? COLORS.warning
        : e === "muted"
          ? COLORS.muted
          : null;
  return (
    `<${p}font>` +
    (bold ? `<${p}b/>` : "") +
    (italic ? `<${p}i/>` : "") +
    (k.link ? `<${p}u/>` : "") +
    `<${p}sz val="${size}"/>` +
    (color ? `<${p}color rgb="${color}"/>` : "") +
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
  const rgb =
    k.emphasis === "header"
      ? COLORS.headerFill
      : k.emphasis === "alert"
        ? COLORS.alertFill
        : k.emphasis === "warning"
          ? COLORS.warningFill
          : null;
  if (!rgb) return null;
  return `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${rgb}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`;
}

export const EMPTY_BORDER = (p: string) =>
  `<${p}border><${p}left/><${p}right/><${p}top/><${p}bottom/><${p}diagonal/></${p}border>`;

/** The border of a combination, or null for none (border 0). */
export function borderXml(k: StyleKey, p: string): string | null {
  const side = k.emphasis === "header" ? "bottom" : k.emphasis === "total" ? "top" : null;
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
  const wrap = k.emphasis === "header" || k.wrap === "wrap";
  const attrs =
    `numFmtId="${ids.numFmtId}" fontId="${ids.fontId}" fillId="${ids.fillId}" borderId="${ids.borderId}" xfId="0"` +
    ` applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1"`;
  return wrap
    ? `<${p}xf ${attrs} applyAlignment="1"><${p}alignment vertical="top" wrapText="1"/></${p}xf>`
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
