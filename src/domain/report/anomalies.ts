import type { Issue } from "../issues";
import type { ConventionData } from "../model";
import { headers, integer, text } from "./cells";
import type { CellLink, ReportCell } from "./model";

/** Past this many, the Rapport lists the first ones and says how many more the summary holds. */
export const MAX_LISTED_ISSUES = 5000;

export const SEVERITY_FR = { error: "Erreur", warning: "Avertissement" } as const;

/** The cell an issue points at, in its sheet's columns as the reader found them. */
export function linkOf(
  i: Issue,
  data: ConventionData,
  external: ReadonlySet<string>
): CellLink | undefined {
  // A row of a file given beside the workbook (a Chorus extract) is no cell to link to.
  if (i.row === null || external.has(i.sheet)) return undefined;
  const columns = data.columns[i.sheet];
  const column = columns
    ? Object.values(columns).find((c) => c.header === i.column)?.index
    : undefined;
  return { sheet: i.sheet, row: i.row, column: column ?? 0 };
}

/** The anomalies table; each row number links to the cell it is about. */
export function anomalies(
  issues: readonly Issue[],
  data: ConventionData,
  external: ReadonlySet<string> = new Set()
): (ReportCell | null)[][] {
  const rows: (ReportCell | null)[][] = [[text("Anomalies", "subtitle")]];
  if (!issues.length) {
    rows.push([text("Aucune anomalie.", "muted")]);
    return rows;
  }
  rows.push(headers("Gravité", "Code", "Feuille", "Ligne", "Colonne", "Message"));
  for (const i of issues.slice(0, MAX_LISTED_ISSUES)) {
    const emphasis = i.severity === "error" ? "alert" : "warning";
    rows.push([
      text(SEVERITY_FR[i.severity], emphasis),
      text(i.code),
      text(i.sheet),
      integer(i.row, undefined, linkOf(i, data, external)),
      text(i.column),
      text(i.message),
    ]);
  }
  if (issues.length > MAX_LISTED_ISSUES) {
    rows.push([
      text(
        `… et ${issues.length - MAX_LISTED_ISSUES} autres anomalies (voir le résumé JSON : plafond report --json).`,
        "muted"
      ),
    ]);
  }
  return rows;
}
