/** The pane's host inside Excel: every call is one Excel.run (a fresh request context). */
import type { ExcelRun } from "../workbook/office/report-ports";
import { reportPdfName } from "../app/copy-name";
import { browserUrls, DownloadSlot, PDF_TYPE } from "../ui/downloads";
import { conventionFileText } from "../app/convention-file";
import type { CellLink, IsoDate } from "../app/format";
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
import { TARGET_EXCEL } from "../ui/import-messages";
import { createSheetsInExcel } from "../workbook/office/create-sheets";
import { extractPdfText } from "../workbook/pdf";
import { loadPdfjs } from "../workbook/pdf-browser";
import { reportPdfInBrowser } from "../workbook/pdf-report/browser";
import { analyseInExcel, generateInExcel, selectCellInExcel, selectedMessage } from "./excel";

export class OfficeHost implements PaneHost {
  readonly sourceLabel = "Classeur ouvert dans Excel";
  readonly importTarget = TARGET_EXCEL;

  constructor(
    private readonly run: ExcelRun,
    /** Gives pdfjs: the pane's own chunk, fetched only when a PDF is opened (tests give Node's). */
    private readonly loadPdf: () => Promise<unknown> = loadPdfjs
  ) {}

  analyse(asOf: IsoDate): Promise<AnalyseOutcome> {
    return this.run((context) => analyseInExcel(context, asOf));
  }

  generate(asOf: IsoDate, onProgress: (progress: Progress) => void): Promise<GenerateOutcome> {
    return this.run((context) => generateInExcel(context, asOf, onProgress));
  }

  /** Into the open workbook, in 2 syncs; refused (nothing written) when a name is taken. */
  async createSheets(sheets: readonly ImportedSheet[]): Promise<SheetsOutcome> {
    const result = await this.run((context) => createSheetsInExcel(context, sheets));
    return result.kind === "created"
      ? { kind: "created", sheets: result.sheets }
      : { kind: "exists", existing: result.existing };
  }

  conventionText(name: string, bytes: Uint8Array): Promise<string> {
    return conventionFileText(name, bytes, (pdf) => extractPdfText(pdf, this.loadPdf));
  }

  private readonly pdf = new DownloadSlot(browserUrls);

  /** A Blob URL in the pane: Excel has no file to write the PDF to; the last one is freed. */
  async reportPdf(model: ReportModel): Promise<Download> {
    const bytes = await reportPdfInBrowser(model);
    return this.pdf.offer(bytes, reportPdfName(model.print?.reference), PDF_TYPE);
  }

  async selectCell(cell: CellLink): Promise<string> {
    await this.run((context) => selectCellInExcel(context, cell));
    return selectedMessage(cell);
  }
}
