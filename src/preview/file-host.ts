/**
 * The pane's host outside Excel: an .xlsx file opened from disk, read through the xlsx port,
 * the report written into a copy offered as a download (a Blob URL: nothing leaves the browser).
 */
import type { IsoDate } from "../domain/date";
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
} from "../taskpane/host";
import { analyseSource, paneView } from "../taskpane/pipeline";

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export interface BlobUrls {
  create(blob: Blob): string;
  revoke(url: string): void;
}

/** "camino-2020.xlsx" → "camino-2020.rapport.xlsx", as the command line names its copy. */
export function reportFileName(name: string): string {
  const base = name.replace(/\.xlsx$/i, "");
  return `${base || "classeur"}.rapport.xlsx`;
}

/** Lets the browser paint the progress before the next synchronous step. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export class FileHost implements PaneHost {
  private lastUrl: string | null = null;

  constructor(
    private readonly name: string,
    private readonly bytes: Uint8Array,
    private readonly urls: BlobUrls = {
      create: (b) => URL.createObjectURL(b),
      revoke: (u) => URL.revokeObjectURL(u),
    }
  ) {}

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
    const model = buildReport(analysed.analysis, analysed.data);
    onProgress(STEPS.write);
    await nextTask();
    const copy = writeReportCopy(this.bytes, model);
    if (this.lastUrl) this.urls.revoke(this.lastUrl);
    this.lastUrl = this.urls.create(new Blob([copy.bytes as BlobPart], { type: XLSX_TYPE }));
    onProgress(STEPS.done);
    return {
      kind: "ok",
      sheetName: copy.sheetName,
      replaced: copy.replaced,
      rows: model.rows.length,
      charts: 0, // the xlsx copy carries no chart (the Excel adapter draws it)
      view: paneView(analysed),
      download: { url: this.lastUrl, fileName: reportFileName(this.name) },
    };
  }

  async selectCell(cell: CellLink): Promise<string> {
    return `Aperçu hors d'Excel : dans Excel, la cellule ${linkLocation(cell)} serait sélectionnée.`;
  }

  /** Frees the last download's memory (when another file is opened). */
  dispose(): void {
    if (this.lastUrl) this.urls.revoke(this.lastUrl);
    this.lastUrl = null;
  }
}
