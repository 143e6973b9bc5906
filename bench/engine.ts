import { analyse } from "../src/domain/analyse";
import { readConventionData, resolveSheetNames } from "../src/domain/read";
import type { SheetKey } from "../src/domain/contract";
import type { RawSheet } from "../src/grid";
import { summarize } from "../src/domain/summary";

/** The sheets that play the contract's roles, by role. */
export function byRole(sheets: readonly RawSheet[]): Partial<Record<SheetKey, RawSheet>> {
  const roles = resolveSheetNames(sheets.map((s) => s.name));
  const out: Partial<Record<SheetKey, RawSheet>> = {};
  for (const [key, name] of Object.entries(roles))
    out[key as SheetKey] = sheets.find((s) => s.name === name);
  return out;
}

/** Reads and reconciles 2-D values as a host gives them; returns the summary. */
export function reconcileSheets(sheets: readonly RawSheet[], asOf: string) {
  const read = readConventionData(byRole(sheets));
  if (!read.data) throw new Error(read.issues.map((i) => i.message).join("; "));
  const analysis = analyse(read.data, read.issues, asOf);
  return summarize(analysis.reconciliation, analysis.issues);
}
