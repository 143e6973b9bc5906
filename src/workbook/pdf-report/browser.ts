/**
 * The Rapport as a PDF, made in the browser (the pane's "Télécharger le PDF"): the renderer and
 * pdf-lib come in a chunk of their own and the DejaVu fonts are files of the add-in's own server,
 * all fetched the first time a PDF is asked for: the pane's page stays light, nothing is sent.
 */
import boldUrl from "dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf";
import regularUrl from "dejavu-fonts-ttf/ttf/DejaVuSans.ttf";
import type { ReportModel } from "../../domain/report/model";

export const MSG_FONT_MISSING = (status: number) =>
  `police introuvable sur le serveur du complément (${status})`;

async function bytesOf(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(MSG_FONT_MISSING(response.status));
  return new Uint8Array(await response.arrayBuffer());
}

export async function reportPdfInBrowser(model: ReportModel): Promise<Uint8Array> {
  const [{ renderReportPdf }, regular, bold] = await Promise.all([
    import(/* webpackChunkName: "pdf-report" */ "./render"),
    bytesOf(regularUrl),
    bytesOf(boldUrl),
  ]);
  return renderReportPdf(model, { regular, bold });
}
