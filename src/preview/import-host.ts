/**
 * The preview's import: the convention's sheets in a new workbook offered for download (the
 * fflate writer of src/workbook/xlsx/newWorkbook.ts: exceljs stays out of the page).
 */
import type { ImportedSheet } from "../domain/import";
import type { ImportHost, SheetsOutcome } from "../taskpane/host";
import { TARGET_NEW_WORKBOOK } from "../taskpane/import/messages";
import { newWorkbook } from "../workbook/xlsx/newWorkbook";
import { browserUrls, DownloadSlot, type BlobUrls } from "./downloads";

export class NewWorkbookImport implements ImportHost {
  readonly importTarget = TARGET_NEW_WORKBOOK;
  private readonly slot: DownloadSlot;

  constructor(urls: BlobUrls = browserUrls) {
    this.slot = new DownloadSlot(urls);
  }

  async createSheets(sheets: readonly ImportedSheet[], baseName: string): Promise<SheetsOutcome> {
    const download = this.slot.offer(newWorkbook(sheets), `${baseName}.xlsx`);
    return { kind: "created", sheets: sheets.map((s) => s.name), download };
  }

  dispose(): void {
    this.slot.dispose();
  }
}
