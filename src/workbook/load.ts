import { resolveSheetNames, readConventionData, ReadResult } from "../domain/read";
import type { SheetKey } from "../domain/contract";
import type { ChorusOptions } from "../domain/chorus";
import type { RawSheet, WorkbookSource } from "./port";

/** Plafond's own output ("Rapport", "Rapport (2)"): never an input. */
const REPORT_NAME = /^rapport( \(\d+\))?$/i;

/**
 * Reads the contract sheets and the others (where a Chorus extract or referential may be pasted)
 * in one request to the host; `options` adds extracts and a referential given as files.
 */
export async function loadConvention(source: WorkbookSource, options: ChorusOptions = {}): Promise<ReadResult & { sheetNames: readonly string[] }> {
  const sheetNames = source.sheetNames();
  const roles = resolveSheetNames(sheetNames);
  const keys = Object.keys(roles) as SheetKey[];
  const roleNames = keys.map((k) => roles[k]!);
  const others = sheetNames.filter((n) => !roleNames.includes(n) && !REPORT_NAME.test(n.trim()));
  const raw = await source.readSheets([...roleNames, ...others]);
  const byRole: Partial<Record<SheetKey, RawSheet>> = {};
  keys.forEach((k, i) => (byRole[k] = raw[i]));
  return { ...readConventionData(byRole, raw.slice(keys.length), options), sheetNames };
}
