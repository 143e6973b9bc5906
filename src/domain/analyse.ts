import { SHEETS } from "./contract";
import type { IsoDate } from "./date";
import type { Issue } from "./issues";
import type { ConventionData } from "./model";
import { reconcile, ReconcileOptions, Reconciliation } from "./reconcile";

export interface Analysis {
  readonly reconciliation: Reconciliation;
  /** Every anomaly, reading and reconciliation alike, in the order a controller reads them. */
  readonly issues: readonly Issue[];
}

const SHEET_ORDER: readonly string[] = Object.values(SHEETS);

/** Sheet (contract order first), then row, then column: the order of the workbook. */
export function sortIssues(issues: readonly Issue[], sheetNames: readonly string[] = []): Issue[] {
  const rank = (sheet: string) => {
    const i = SHEET_ORDER.indexOf(sheet);
    if (i >= 0) return i;
    const j = sheetNames.indexOf(sheet);
    return SHEET_ORDER.length + (j >= 0 ? j : sheetNames.length);
  };
  return issues
    .map((issue, index) => ({ issue, index }))
    .sort((a, b) => {
      const s =
        rank(a.issue.sheet) - rank(b.issue.sheet) ||
        (a.issue.sheet < b.issue.sheet ? -1 : a.issue.sheet > b.issue.sheet ? 1 : 0);
      if (s) return s;
      const r = (a.issue.row ?? 0) - (b.issue.row ?? 0);
      return r || a.index - b.index;
    })
    .map((x) => x.issue);
}

export function analyse(
  data: ConventionData,
  readIssues: readonly Issue[],
  asOf: IsoDate,
  sheetNames: readonly string[] = [],
  options: ReconcileOptions = {}
): Analysis {
  const reconciliation = reconcile(data, asOf, options);
  return {
    reconciliation,
    issues: sortIssues([...readIssues, ...reconciliation.issues], sheetNames),
  };
}
