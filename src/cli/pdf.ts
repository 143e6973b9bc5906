/** `plafond report --pdf`: the Rapport as a PDF, drawn by pdf-lib with the DejaVu fonts. */
import type { ReportModel } from "../app/report";
import { dejaVuFonts } from "../workbook/pdf-report/fonts-node";
import { renderReportPdf } from "../workbook/pdf-report/render";

export const MSG_PDF_SAME_FILE = "le PDF (--pdf) ne peut être ni le classeur d'origine ni sa copie (--out)";

export function reportPdf(model: ReportModel): Promise<Uint8Array> {
  return renderReportPdf(model, dejaVuFonts());
}
