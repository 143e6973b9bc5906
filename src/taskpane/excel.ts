/**
 * Read → analyse → report → write inside one Excel.run, for the pane and the ribbon button.
 * Round trips: 2 to read the convention (OfficeWorkbookSource), the lookup of Plafond's sheet
 * riding on the second; then 1 to write the report (more only past ~4.5 MB of cells).
 */
import type { IsoDate } from "../domain/date";
import { buildReport } from "../domain/report/build";
import type { CellLink } from "../domain/report/model";
import { linkLocation } from "../workbook/xlsx/reportSheet";
import { OfficeWorkbookSource } from "../workbook/office/read";
import { queueSheetLookup, writeReport } from "../workbook/office/write";
import { STEPS, type AnalyseOutcome, type GenerateOutcome, type Progress } from "./host";
import { analyseSource, paneView } from "./pipeline";

export async function analyseInExcel(
  context: Excel.RequestContext,
  asOf: IsoDate
): Promise<AnalyseOutcome> {
  const source = await OfficeWorkbookSource.open(context);
  const analysed = await analyseSource(source, asOf);
  return analysed.ok
    ? { kind: "ok", view: paneView(analysed) }
    : { kind: "notConvention", problems: analysed.problems };
}

export async function generateInExcel(
  context: Excel.RequestContext,
  asOf: IsoDate,
  onProgress: (progress: Progress) => void = () => undefined
): Promise<GenerateOutcome> {
  onProgress(STEPS.read);
  const source = await OfficeWorkbookSource.open(context);
  // Answered by the sync that reads the sheets: finding the Rapport costs no round trip.
  const lookup = queueSheetLookup(context, source.sheetNames());
  const analysed = await analyseSource(source, asOf);
  if (!analysed.ok) return { kind: "notConvention", problems: analysed.problems };
  onProgress(STEPS.analyse);
  // The Chorus extracts pasted in the workbook give the Rapport its "Rapprochement avec Chorus".
  const model = buildReport(analysed.analysis, analysed.data, analysed.chorus);
  onProgress(STEPS.write);
  const written = await writeReport(context, model, {
    lookup,
    onProgress: (done, total) =>
      onProgress({
        value: STEPS.write.value + ((1 - STEPS.write.value) * done) / total,
        label: STEPS.write.label,
      }),
  });
  onProgress(STEPS.done);
  return {
    kind: "ok",
    sheetName: written.sheetName,
    replaced: written.replaced,
    rows: written.rows,
    charts: model.charts.length,
    view: paneView(analysed),
    model,
  };
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
