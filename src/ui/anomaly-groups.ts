import type { Severity } from "../app/format";
import type { PaneIssue } from "../app/pane-view";

export interface SeverityGroup {
  readonly severity: Severity;
  readonly title: string;
  /** Sheets in the order their first anomaly comes (the analysis sorts them in workbook order). */
  readonly sheets: ReadonlyArray<{
    readonly sheet: string;
    /** What the pane shows: the sheet's name, and what it is when it holds a Chorus extract. */
    readonly label: string;
    readonly issues: readonly PaneIssue[];
  }>;
  readonly count: number;
}

const SEVERITIES: ReadonlyArray<{ severity: Severity; title: string }> = [
  { severity: "error", title: "Erreurs" },
  { severity: "warning", title: "Avertissements" },
];

export const EXTRACT_LABEL = (sheet: string) => `${sheet} (extrait Chorus)`;

/**
 * Errors first, then warnings; within each, by sheet. Empty severities are left out. The
 * rapprochement's anomalies stay with the sheet they point at: an EJ missing from Chorus or
 * with a different amount under Engagements or Paiements (the row to correct), an EJ missing
 * from the workbook under the extract's sheet, named as such.
 */
export function groupIssues(
  issues: readonly PaneIssue[],
  extractSheets: readonly string[] = []
): SeverityGroup[] {
  const extracts = new Set(extractSheets);
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
        sheets: [...sheets].map(([sheet, list]) => ({
          sheet,
          label: extracts.has(sheet) ? EXTRACT_LABEL(sheet) : sheet,
          issues: list,
        })),
      });
  }
  return groups;
}
