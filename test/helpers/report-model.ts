/** The ReportModel of a workbook file, built in process as the command line builds it. */
import * as fs from "fs";
import { analyse } from "../../src/domain/analyse";
import { buildReport } from "../../src/domain/report/build";
import type { ReportModel } from "../../src/domain/report/model";
import { loadConvention } from "../../src/app/open-convention";
import { openXlsx } from "../../src/workbook/xlsx";

export async function reportModelOf(file: string, asOf: string): Promise<ReportModel> {
  const read = await loadConvention(openXlsx(new Uint8Array(fs.readFileSync(file))));
  if (!read.data) throw new Error(`${file}: not a convention`);
  const analysis = analyse(read.data, read.issues, asOf, read.sheetNames);
  return buildReport(analysis, read.data, read.chorus);
}
