import type { Severity } from "../domain/issues";
import type { PaneIssue } from "./pipeline";

export interface SeverityGroup {
  readonly severity: Severity;
  readonly title: string;
  /** Sheets in the order their first anomaly comes (the analysis sorts them in workbook order). */
  readonly sheets: ReadonlyArray<{ readonly sheet: string; readonly issues: readonly PaneIssue[] }>;
  readonly count: number;
}

const SEVERITIES: ReadonlyArray<{ severity: Severity; title: string }> = [
  { severity: "error", title: "Erreurs" },
  { severity: "warning", title: "Avertissements" },
];

/** Errors first, then warnings; within each, by sheet. Empty severities are left out. */
export function groupIssues(issues: readonly PaneIssue[]): SeverityGroup[] {
  const groups: SeverityGroup[] = [];
  for (const { severity, title } of SEVERITIES) {
    const sheets = new Map<string, PaneIssue[]>();
    let count = 0;
    for (const i of issues) {
      if (i.severity !== severity) continue;
      count++;
      const list = sheets.get(i.sheet);
      if (list) list.push(i);
      else sheets.set(i.sheet, [i]);
    }
    if (count)
      groups.push({
        severity,
        title,
        count,
        sheets: [...sheets].map(([sheet, list]) => ({ sheet, issues: list })),
      });
  }
  return groups;
}
