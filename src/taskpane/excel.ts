/**
 * The pane's use cases inside one Excel.run: reading takes 2 round trips (OfficeWorkbookSource),
 * the lookup of Plafond's sheet riding on the second; writing the report 1 (more only past
 * ~4.5 MB of cells).
 */
import {
  analyseWorkbook,
  generateReport,
  type AnalyseOutcome,
  type GenerateOutcome,
  type Progress,
} from "../app/generate";
import { linkLocation, type CellLink, type IsoDate } from "../app/format";
import { OfficeWorkbookSource } from "../workbook/office/read";
import { openReportPorts } from "../workbook/office/report-ports";

export async function analyseInExcel(
  context: Excel.RequestContext,
  asOf: IsoDate
): Promise<AnalyseOutcome> {
  return analyseWorkbook(await OfficeWorkbookSource.open(context), asOf);
}

export async function generateInExcel(
  context: Excel.RequestContext,
  asOf: IsoDate,
  onProgress: (progress: Progress) => void = () => undefined
): Promise<GenerateOutcome> {
  const { source, target } = await openReportPorts(context);
  return generateReport(source, target, asOf, onProgress);
}

/** Shows the sheet and selects the cell an anomaly points at. */
export async function selectCellInExcel(
  context: Excel.RequestContext,
  cell: CellLink
): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(cell.sheet);
  sheet.activate();
  sheet.getRangeByIndexes(cell.row - 1, cell.column, 1, 1).select();
  await context.sync();
}

export const selectedMessage = (cell: CellLink) =>
  `Cellule ${linkLocation(cell)} sélectionnée dans le classeur.`;
