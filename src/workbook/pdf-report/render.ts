/**
 * The Rapport as a PDF, without Excel or LibreOffice: the ReportModel's cells drawn with
 * pdf-lib on A4 landscape pages (paginate.ts), with a TrueType font embedded (a subset of it),
 * which covers French and the narrow no-break spaces of amounts. Every page has the
 * convention's reference and the reporting date at the top and "page n / N" at the bottom.
 * The same function serves the command line and the task pane: the caller gives the fonts.
 */
import fontkit from "@pdf-lib/fontkit";
import { PDFDocument, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import { formatDateFr } from "../../domain/date";
import type { ReportCell, ReportModel } from "../../domain/report/model";
import { printLayout } from "../../domain/report/print";
import { columnWidths, isBold, PAGE, paginate, type PlacedRow } from "./paginate";

/** A regular and a bold TrueType font (DejaVu Sans by default: see fonts-node.ts). */
export interface PdfFonts {
  readonly regular: Uint8Array;
  readonly bold: Uint8Array;
}

const COLORS = {
  text: rgb(0, 0, 0),
  muted: rgb(0.5, 0.5, 0.5),
  alert: rgb(0.61, 0, 0.02),
  alertFill: rgb(1, 0.78, 0.81),
  warning: rgb(0.61, 0.34, 0),
  warningFill: rgb(1, 0.92, 0.61),
  headerFill: rgb(0.85, 0.85, 0.85),
  link: rgb(0.02, 0.39, 0.76),
  rule: rgb(0.3, 0.3, 0.3),
};
const PADDING = 2;
const LINE = 1.3;

interface Fonts {
  readonly regular: PDFFont;
  readonly bold: PDFFont;
}

function fillOf(cell: ReportCell) {
  return cell.emphasis === "header"
    ? COLORS.headerFill
    : cell.emphasis === "alert"
      ? COLORS.alertFill
      : cell.emphasis === "warning"
        ? COLORS.warningFill
        : null;
}

function colorOf(cell: ReportCell) {
  if (cell.link) return COLORS.link;
  return cell.emphasis === "alert"
    ? COLORS.alert
    : cell.emphasis === "warning"
      ? COLORS.warning
      : cell.emphasis === "muted"
        ? COLORS.muted
        : COLORS.text;
}

/** Figures are right-aligned, as Excel shows numbers; text left. */
const alignsRight = (cell: ReportCell) => cell.format !== "text";

function drawRow(
  page: PDFPage,
  row: PlacedRow,
  top: number,
  xs: number[],
  widths: number[],
  fonts: Fonts
): void {
  for (const placed of row.cells) {
    const { cell, column, span, lines, size } = placed;
    let width = 0;
    for (let k = column; k < column + span; k++) width += widths[k];
    const x = xs[column];
    const fill = fillOf(cell);
    // A text running over empty cells is coloured over its own cell only, as in Excel.
    const filled = span > 1 ? widths[column] : width;
    if (fill)
      page.drawRectangle({
        x,
        y: top - row.height,
        width: filled,
        height: row.height,
        color: fill,
      });
    if (cell.emphasis === "total")
      page.drawLine({
        start: { x, y: top },
        end: { x: x + width, y: top },
        thickness: 0.5,
        color: COLORS.rule,
      });
    if (cell.emphasis === "header")
      page.drawLine({
        start: { x, y: top - row.height },
        end: { x: x + width, y: top - row.height },
        thickness: 0.5,
        color: COLORS.rule,
      });
    const font = isBold(cell) ? fonts.bold : fonts.regular;
    lines.forEach((line, i) => {
      const baseline = top - PADDING - size * LINE * (i + 1) + size * 0.3;
      const textWidth = font.widthOfTextAtSize(line, size);
      const lx = alignsRight(cell) ? x + width - PADDING - textWidth : x + PADDING;
      page.drawText(line, { x: lx, y: baseline, size, font, color: colorOf(cell) });
    });
  }
}

function drawFurniture(
  page: PDFPage,
  model: ReportModel,
  n: number,
  count: number,
  fonts: Fonts
): void {
  const size = 7;
  const top = PAGE.height - PAGE.margin;
  const reference = model.print?.reference ?? "Convention (référence non renseignée)";
  page.drawText(reference, {
    x: PAGE.margin,
    y: top - size,
    size,
    font: fonts.regular,
    color: COLORS.muted,
  });
  if (model.print?.asOf) {
    const asOf = `Situation au ${formatDateFr(model.print.asOf)}`;
    const w = fonts.regular.widthOfTextAtSize(asOf, size);
    page.drawText(asOf, {
      x: PAGE.width - PAGE.margin - w,
      y: top - size,
      size,
      font: fonts.regular,
      color: COLORS.muted,
    });
  }
  const footer = `page ${n} / ${count}`;
  const w = fonts.regular.widthOfTextAtSize(footer, size);
  page.drawText(footer, {
    x: (PAGE.width - w) / 2,
    y: PAGE.margin,
    size,
    font: fonts.regular,
    color: COLORS.muted,
  });
}

export async function renderReportPdf(
  model: ReportModel,
  fontFiles: PdfFonts
): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const fonts: Fonts = {
    regular: await doc.embedFont(fontFiles.regular, { subset: true }),
    bold: await doc.embedFont(fontFiles.bold, { subset: true }),
  };
  const reference = model.print?.reference;
  doc.setTitle(`Rapport d'exécution de la convention ${reference ?? ""}`.trim());
  doc.setLanguage("fr-FR");
  doc.setCreator("Plafond");
  doc.setProducer("Plafond");
  // Fixed dates: the same report gives the same bytes (pdf-lib would stamp the current time).
  const asOf = model.print?.asOf ? new Date(`${model.print.asOf}T00:00:00Z`) : new Date(0);
  doc.setCreationDate(asOf);
  doc.setModificationDate(asOf);

  const measure = (text: string, size: number, bold: boolean) =>
    (bold ? fonts.bold : fonts.regular).widthOfTextAtSize(text, size);
  const pages = paginate(model, printLayout(model), measure);
  const widths = columnWidths(model);
  const xs: number[] = [];
  widths.forEach((_, i) => xs.push(i === 0 ? PAGE.margin : xs[i - 1] + widths[i - 1]));
  pages.forEach((content, i) => {
    const page = doc.addPage([PAGE.width, PAGE.height]);
    drawFurniture(page, model, i + 1, pages.length, fonts);
    let top = PAGE.height - PAGE.margin - PAGE.header;
    for (const row of content.rows) {
      drawRow(page, row, top, xs, widths, fonts);
      top -= row.height;
    }
  });
  return doc.save({ useObjectStreams: true });
}
