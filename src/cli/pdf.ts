/** `plafond report --pdf`: the Rapport as a PDF, drawn by pdf-lib with the DejaVu fonts. */
import type { ReportModel } from "../app/report";
import { dejaVuFonts } from "../workbook/pdf-report/fonts-node";
import { renderReportPdf } from "../workbook/pdf-report/render";

export function reportPdf(model: ReportModel): Promise<Uint8Array> {
  return renderReportPdf(model, dejaVuFonts());
}
