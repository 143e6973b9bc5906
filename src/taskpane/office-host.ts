/** The pane's host inside Excel: every call is one Excel.run (a fresh request context). */
import type { IsoDate } from "../domain/date";
import type { CellLink } from "../domain/report/model";
import { analyseInExcel, generateInExcel, selectCellInExcel, selectedMessage } from "./excel";
import type { AnalyseOutcome, GenerateOutcome, PaneHost, Progress } from "./host";

/** `Excel.run`, passed in so that tests give a fake context. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export class OfficeHost implements PaneHost {
  readonly sourceLabel = "Classeur ouvert dans Excel";

  constructor(private readonly run: ExcelRun) {}

  analyse(asOf: IsoDate): Promise<AnalyseOutcome> {
    return this.run((context) => analyseInExcel(context, asOf));
  }

  generate(asOf: IsoDate, onProgress: (progress: Progress) => void): Promise<GenerateOutcome> {
    return this.run((context) => generateInExcel(context, asOf, onProgress));
  }

  async selectCell(cell: CellLink): Promise<string> {
    await this.run((context) => selectCellInExcel(context, cell));
    return selectedMessage(cell);
  }
}
