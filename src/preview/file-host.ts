/**
 * The pane's host outside Excel: an .xlsx file opened from disk, read through the xlsx port,
 * the report written into a copy offered as a download (a Blob URL: nothing leaves the browser).
 */
import type { IsoDate } from "../domain/date";
import type { ImportedSheet } from "../domain/import";
import { buildReport } from "../domain/report/build";
import type { CellLink } from "../domain/report/model";
import { openXlsx, writeReportCopy } from "../workbook/xlsx";
import { linkLocation } from "../workbook/xlsx/reportSheet";
import {
  STEPS,
  type AnalyseOutcome,
  type GenerateOutcome,
  type PaneHost,
  type Progress,
  type SheetsOutcome,
} from "../taskpane/host";
import { analyseSource, paneView } from "../taskpane/pipeline";
import { browserUrls, DownloadSlot, type BlobUrls } from "./downloads";
import { NewWorkbookImport } from "./import-host";

export { XLSX_TYPE, type BlobUrls } from "./downloads";

/** "camino-2020.xlsx" → "camino-2020.rapport.xlsx", as the command line names its copy. */
export function reportFileName(name: string): string {
  const base = name.replace(/\.xlsx$/i, "");
  return `${base || "classeur"}.rapport.xlsx`;
}

/** Lets the browser paint the progress before the next synchronous step. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export class FileHost implements PaneHost {
  private readonly report: DownloadSlot;
  /** An imported convention goes to a new workbook: the opened file is never touched. */
  private readonly imports: NewWorkbookImport;

  constructor(
    private readonly name: string,
    private readonly bytes: Uint8Array,
    urls: BlobUrls = browserUrls
  ) {
    this.report = new DownloadSlot(urls);
    this.imports = new NewWorkbookImport(urls);
  }

  get importTarget(): string {
    return this.imports.importTarget;
  }

  createSheets(sheets: readonly ImportedSheet[], baseName: string): Promise<SheetsOutcome> {
    return this.imports.createSheets(sheets, baseName);
  }

  get sourceLabel(): string {
    return `Fichier ${this.name} (aperçu hors d'Excel)`;
  }

  async analyse(asOf: IsoDate): Promise<AnalyseOutcome> {
    const analysed = await analyseSource(openXlsx(this.bytes), asOf);
    return analysed.ok
      ? { kind: "ok", view: paneView(analysed) }
      : { kind: "notConvention", problems: analysed.problems };
  }

  async generate(
    asOf: IsoDate,
    onProgress: (progress: Progress) => void
  ): Promise<GenerateOutcome> {
    onProgress(STEPS.read);
    await nextTask();
    const analysed = await analyseSource(openXlsx(this.bytes), asOf);
    if (!analysed.ok) return { kind: "notConvention", problems: analysed.problems };
    onProgress(STEPS.analyse);
    await nextTask();
    const model = buildReport(analysed.analysis, analysed.data, analysed.chorus);
    onProgress(STEPS.write);
    await nextTask();
    const copy = writeReportCopy(this.bytes, model);
    const download = this.report.offer(copy.bytes, reportFileName(this.name));
    onProgress(STEPS.done);
    return {
      kind: "ok",
      sheetName: copy.sheetName,
      replaced: copy.replaced,
      rows: model.rows.length,
      charts: 0, // the xlsx copy carries no chart (the Excel adapter draws it)
      view: paneView(analysed),
      download,
      model,
    };
  }

  async selectCell(cell: CellLink): Promise<string> {
    return `Aperçu hors d'Excel : dans Excel, la cellule ${linkLocation(cell)} serait sélectionnée.`;
  }

  /** Frees the downloads' memory (when another file is opened). */
  dispose(): void {
    this.report.dispose();
    this.imports.dispose();
  }
}
