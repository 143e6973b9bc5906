/**
 * "Télécharger le PDF" in the pane: the Rapport as the command line's `--pdf` draws it, made in
 * the browser. pdf-lib and the renderer come in a chunk of their own and the DejaVu fonts are
 * files of the add-in's own server, all fetched the first time a PDF is asked for: the pane's
 * page stays light, and nothing is sent anywhere.
 */
import boldUrl from "dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf";
import regularUrl from "dejavu-fonts-ttf/ttf/DejaVuSans.ttf";
import type { ReportModel } from "../domain/report/model";
import type { Download } from "./host";

async function bytesOf(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`police introuvable sur le serveur du complément (${response.status})`);
  return new Uint8Array(await response.arrayBuffer());
}

/** The PDF's file name: the convention's reference, as the workbook copy is named after its file. */
export function pdfFileName(model: ReportModel): string {
  const reference = (model.print?.reference ?? "").replace(/[\\/:*?"<>|]+/g, "-").trim();
  return `${reference || "rapport"}.rapport.pdf`;
}

export async function reportPdfDownload(model: ReportModel): Promise<Download> {
  const [{ renderReportPdf }, regular, bold] = await Promise.all([
    import(/* webpackChunkName: "pdf-report" */ "../workbook/pdf-report/render"),
    bytesOf(regularUrl),
    bytesOf(boldUrl),
  ]);
  const bytes = await renderReportPdf(model, { regular, bold });
  const blob = new Blob([bytes as BlobPart], { type: "application/pdf" });
  return { url: URL.createObjectURL(blob), fileName: pdfFileName(model) };
}
