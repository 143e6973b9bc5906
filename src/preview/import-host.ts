/**
 * The preview's import: the convention's sheets in a new workbook offered for download (the
 * fflate writer of src/workbook/xlsx/newWorkbook.ts: exceljs stays out of the page).
 */
import { conventionFileText } from "../app/convention-file";
import type { ImportedSheet } from "../app/import-convention";
import type { ImportHost, SheetsOutcome } from "../ui/host";
import { TARGET_NEW_WORKBOOK } from "../ui/import-messages";
import { extractPdfText } from "../workbook/pdf";
import { loadPdfjs } from "../workbook/pdf-browser";
import { newWorkbook } from "../workbook/xlsx/newWorkbook";
import { browserUrls, DownloadSlot, type BlobUrls } from "../ui/downloads";

export class NewWorkbookImport implements ImportHost {
  readonly importTarget = TARGET_NEW_WORKBOOK;
  private readonly slot: DownloadSlot;

  constructor(
    urls: BlobUrls = browserUrls,
    /** Gives pdfjs: the page's own chunk, fetched only when a PDF is opened (tests give Node's). */
    private readonly loadPdf: () => Promise<unknown> = loadPdfjs
  ) {
    this.slot = new DownloadSlot(urls);
  }

  async createSheets(sheets: readonly ImportedSheet[], baseName: string): Promise<SheetsOutcome> {
    const download = this.slot.offer(newWorkbook(sheets), `${baseName}.xlsx`);
    return { kind: "created", sheets: sheets.map((s) => s.name), download };
  }

  conventionText(name: string, bytes: Uint8Array): Promise<string> {
    return conventionFileText(name, bytes, (pdf) => extractPdfText(pdf, this.loadPdf));
  }

  dispose(): void {
    this.slot.dispose();
  }
}
