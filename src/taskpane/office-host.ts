/** The pane's host inside Excel: every call is one Excel.run (a fresh request context). */
import type { IsoDate } from "../domain/date";
import type { ImportedSheet } from "../domain/import";
import type { CellLink } from "../domain/report/model";
import { createSheetsInExcel } from "../workbook/office/create-sheets";
import { analyseInExcel, generateInExcel, selectCellInExcel, selectedMessage } from "./excel";
import type { AnalyseOutcome, GenerateOutcome, PaneHost, Progress, SheetsOutcome } from "./host";
import { TARGET_EXCEL } from "./import/messages";

/** `Excel.run`, passed in so that tests give a fake context. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export class OfficeHost implements PaneHost {
  readonly sourceLabel = "Classeur ouvert dans Excel";
  readonly importTarget = TARGET_EXCEL;

  constructor(private readonly run: ExcelRun) {}

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

  async selectCell(cell: CellLink): Promise<string> {
    await this.run((context) => selectCellInExcel(context, cell));
    return selectedMessage(cell);
  }
}
