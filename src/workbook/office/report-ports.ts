/**
 * The workbook as the report's source and target inside one Excel.run: reading takes 2 syncs
 * (OfficeWorkbookSource), the lookup of Plafond's sheet riding on the second; writing 1 (more
 * only past ~4.5 MB of cells). The pane and the ribbon command both pass these to
 * generateReport (app), with or without a progress bar.
 */
import type { ReportModel } from "../../domain/report/model";
import { OfficeWorkbookSource } from "./read";
import { queueSheetLookup, writeReport } from "./write";

/** `Excel.run`, passed in so that tests give a fake context. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export async function openReportPorts(context: Excel.RequestContext) {
  const source = await OfficeWorkbookSource.open(context);
  // Answered by the sync that reads the sheets: finding the Rapport costs no round trip.
  const lookup = queueSheetLookup(context, source.sheetNames());
  const target = {
    write: (
      model: ReportModel,
      _convention: unknown,
      onProgress: (done: number, total: number) => void
    ) => writeReport(context, model, { lookup, onProgress }),
  };
  return { source, target };
}
