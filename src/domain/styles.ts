/**
 * The one table of looks: for each emphasis of the Rapport and each style of an imported
 * workbook, its font, fill, border, alignment and number format. Both Rapport writers (xlsx copy,
 * Excel) and every imported-workbook writer render these; none chooses a colour or a format.
 */
import type { CellStyle } from "./import/sheets";
import type { CellEmphasis, CellFormat } from "./report/model";

/** RGB colours, without "#" (xlsx wants "FF" + rgb, Office.js "#" + rgb). */
export const COLORS = {
  link: "0563C1",
  alert: "9C0006",
  alertFill: "FFC7CE",
  warning: "9C5700",
  warningFill: "FFEB9C",
  muted: "808080",
  headerFill: "D9D9D9",
  importHeaderFill: "DDEBF7",
} as const;

/** Number format codes. The euro keeps Excel's fr-FR look: "220 000,00 €", negatives in red. */
export const NUMBER_FORMATS = {
  euro: '#,##0.00\\ "€";[Red]\\-#,##0.00\\ "€"',
  percent: "0.00%",
  date: "dd/mm/yyyy",
  integer: "0",
  /** Text: whatever is typed or written stays text (never a formula, never a date). */
  text: "@",
  general: "General",
} as const;

export type NumberFormat = (typeof NUMBER_FORMATS)[keyof typeof NUMBER_FORMATS];

export interface Look {
  readonly bold?: true;
  readonly italic?: true;
  readonly underline?: true;
  /** Points; the workbook's default size when absent. */
  readonly size?: number;
  readonly color?: string;
  readonly fill?: string;
  readonly border?: "top" | "bottom";
  readonly wrap?: true;
  readonly vertical?: "top" | "center";
  readonly horizontal?: "left";
}

export const EMPHASIS_LOOKS: Readonly<Record<CellEmphasis, Look>> = {
  title: { bold: true, size: 14 },
  subtitle: { bold: true, size: 12 },
  header: { bold: true, fill: COLORS.headerFill, border: "bottom", wrap: true, vertical: "top" },
  bold: { bold: true },
  alert: { bold: true, color: COLORS.alert, fill: COLORS.alertFill },
  warning: { color: COLORS.warning, fill: COLORS.warningFill },
  muted: { italic: true, color: COLORS.muted },
  total: { bold: true, border: "top" },
};

/** A link's look, over its emphasis (its colour wins). */
export const LINK_LOOK: Look = { color: COLORS.link, underline: true };

/** The look of a Rapport cell: its emphasis, and the link's colour when it is a link. */
export function reportLook(emphasis: CellEmphasis | undefined, link: boolean): Look {
  const base = emphasis ? EMPHASIS_LOOKS[emphasis] : {};
  return link ? { ...base, ...LINK_LOOK } : base;
}

/** The number format of a Rapport cell of each format. */
export const REPORT_FORMATS: Readonly<Record<CellFormat, NumberFormat>> = {
  euro: NUMBER_FORMATS.euro,
  percent: NUMBER_FORMATS.percent,
  date: NUMBER_FORMATS.date,
  integer: NUMBER_FORMATS.integer,
  text: NUMBER_FORMATS.text,
};

/** Imported workbooks: each style's look and number format (texts are "@", amounts in euros). */
export const IMPORT_LOOKS: Readonly<Record<CellStyle, Look & { readonly format: NumberFormat }>> = {
  header: {
    bold: true,
    fill: COLORS.importHeaderFill,
    vertical: "center",
    format: NUMBER_FORMATS.text,
  },
  label: { bold: true, vertical: "top", format: NUMBER_FORMATS.text },
  text: { format: NUMBER_FORMATS.text },
  wrap: { wrap: true, vertical: "top", format: NUMBER_FORMATS.text },
  date: { horizontal: "left", format: NUMBER_FORMATS.date },
  amount: { format: NUMBER_FORMATS.euro },
  integer: { horizontal: "left", format: NUMBER_FORMATS.integer },
};

/** Styles of imported cells that hold text: a number typed there keeps Excel's General look. */
export const TEXT_STYLES: ReadonlySet<CellStyle> = new Set(["header", "label", "text", "wrap"]);
