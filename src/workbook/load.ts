import { resolveSheetNames, readConventionData, ReadResult } from "../domain/read";
import type { SheetKey } from "../domain/contract";
import type { RawSheet, WorkbookSource } from "./port";

/** Reads every contract sheet of a workbook in one request to the host. */
export async function loadConvention(source: WorkbookSource): Promise<ReadResult & { sheetNames: readonly string[] }> {
  const sheetNames = source.sheetNames();
  const roles = resolveSheetNames(sheetNames);
  const keys = Object.keys(roles) as SheetKey[];
  const raw = await source.readSheets(keys.map((k) => roles[k]!));
  const byRole: Partial<Record<SheetKey, RawSheet>> = {};
  keys.forEach((k, i) => (byRole[k] = raw[i]));
  return { ...readConventionData(byRole), sheetNames };
}
