/**
 * The pane's host outside Excel: an .xlsx file opened from disk, read through the xlsx adapter,
 * the report written into a copy offered as a download (a Blob URL: nothing leaves the browser).
 */
import { reportCopyName, reportPdfName } from "../app/copy-name";
import { linkLocation, type CellLink, type IsoDate } from "../app/format";
import { analyseWorkbook, generateReport } from "../app/generate";
import type { ImportedSheet } from "../app/import-convention";
import type { ReportModel } from "../app/report";
import type {
  AnalyseOutcome,
  Download,
  GenerateOutcome,
  PaneHost,
  Progress,
  SheetsOutcome,
} from "../ui/host";
import { reportPdfInBrowser } from "../workbook/pdf-report/browser";
import { openXlsx, writeReportCopy } from "../workbook/xlsx";
import { browserUrls, DownloadSlot, PDF_TYPE, type BlobUrls } from "../ui/downloads";
import { NewWorkbookImport } from "./import-host";

export { XLSX_TYPE, type BlobUrls } from "../ui/downloads";

/** Lets the browser paint the progress before the next synchronous step. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export class FileHost implements PaneHost {
  private readonly report: DownloadSlot;
  private readonly pdf: DownloadSlot;
  /** An imported convention goes to a new workbook: the opened file is never touched. */
  private readonly imports: NewWorkbookImport;

  constructor(
    private readonly name: string,
    private readonly bytes: Uint8Array,
    urls: BlobUrls = browserUrls,
    loadPdf?: () => Promise<unknown>
  ) {
    this.report = new DownloadSlot(urls);
    this.pdf = new DownloadSlot(urls);
    this.imports = new NewWorkbookImport(urls, loadPdf);
  }

  get importTarget(): string {
    return this.imports.importTarget;
  }

  createSheets(sheets: readonly ImportedSheet[], baseName: string): Promise<SheetsOutcome> {
    return this.imports.createSheets(sheets, baseName);
  }

  conventionText(name: string, bytes: Uint8Array): Promise<string> {
    return this.imports.conventionText(name, bytes);
  }

  get sourceLabel(): string {
    return `Fichier ${this.name} (aperçu hors d'Excel)`;
  }

  async analyse(asOf: IsoDate): Promise<AnalyseOutcome> {
    return analyseWorkbook(openXlsx(this.bytes), asOf);
  }

  async generate(
    asOf: IsoDate,
    onProgress: (progress: Progress) => void
  ): Promise<GenerateOutcome> {
    const target = {
      write: async (model: Parameters<typeof writeReportCopy>[1]) => {
        const copy = writeReportCopy(this.bytes, model);
        const download = this.report.offer(copy.bytes, reportCopyName(this.name));
        // The xlsx copy carries no chart (the Excel adapter draws it).
        return { sheetName: copy.sheetName, replaced: copy.replaced, charts: 0, download };
      },
    };
    return generateReport(openXlsx(this.bytes), target, asOf, onProgress, nextTask);
  }

  async selectCell(cell: CellLink): Promise<string> {
    return `Aperçu hors d'Excel : dans Excel, la cellule ${linkLocation(cell)} serait sélectionnée.`;
  }

  async reportPdf(model: ReportModel): Promise<Download> {
    return this.pdf.offer(
      await reportPdfInBrowser(model),
      reportPdfName(model.print?.reference),
      PDF_TYPE
    );
  }

  /** Frees the downloads' memory (when another file is opened). */
  dispose(): void {
    this.report.dispose();
    this.pdf.dispose();
    this.imports.dispose();
  }
}
