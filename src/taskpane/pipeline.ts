/**
 * The host-free part of what the pane and the ribbon do: read a workbook through the port,
 * analyse it, and shape the result for the pane (figures as the summary's strings, anomalies
 * with the cell each one points at).
 */
import { analyse, type Analysis } from "../domain/analyse";
import type { ChorusOutcome } from "../domain/chorus";
import type { IsoDate } from "../domain/date";
import { FATAL_CODES, type Issue } from "../domain/issues";
import type { ConventionData } from "../domain/model";
import { isFatal } from "../domain/read";
import type { CellLink } from "../domain/report/model";
import { summarize, type Summary } from "../domain/summary";
import { loadConvention } from "../workbook/load";
import type { WorkbookSource } from "../workbook/port";

export type Analysed =
  | {
      readonly ok: true;
      readonly data: ConventionData;
      readonly analysis: Analysis;
      readonly sheetNames: readonly string[];
      /** Chorus extracts pasted on sheets of the workbook, when there are any. */
      readonly chorus?: ChorusOutcome;
    }
  /** Not a convention workbook: the SHEET_MISSING / COLUMN_MISSING issues say what is missing. */
  | { readonly ok: false; readonly problems: readonly Issue[] };

export async function analyseSource(source: WorkbookSource, asOf: IsoDate): Promise<Analysed> {
  const read = await loadConvention(source);
  if (!read.data || isFatal(read.issues)) {
    const fatal = read.issues.filter((i) => FATAL_CODES.has(i.code));
    return { ok: false, problems: fatal.length ? fatal : read.issues };
  }
  return {
    ok: true,
    data: read.data,
    analysis: analyse(read.data, read.issues, asOf, read.sheetNames),
    sheetNames: read.sheetNames,
    chorus: read.chorus,
  };
}

/** An anomaly as the pane lists it: where it is, and the cell to select (null: the whole sheet). */
export interface PaneIssue extends Issue {
  readonly id: number;
  readonly cell: CellLink | null;
}

export interface PaneView {
  /** With `chorus` and `reconciliation` when the workbook holds a Chorus extract. */
  readonly summary: Summary;
  readonly issues: readonly PaneIssue[];
  /** Sheets read as Chorus extracts (their anomalies are grouped under them). */
  readonly extractSheets: readonly string[];
}

/** The column index of an issue's header in its sheet, as the reader found it. */
function cellOf(
  issue: Issue,
  data: ConventionData,
  external: ReadonlySet<string>
): CellLink | null {
  // A file given beside the workbook has no cell to select.
  if (issue.row === null || external.has(issue.sheet)) return null;
  const columns = data.columns[issue.sheet];
  const column = columns
    ? Object.values(columns).find((c) => c.header === issue.column)?.index
    : undefined;
  return { sheet: issue.sheet, row: issue.row, column: column ?? 0 };
}

export function paneView(analysed: Extract<Analysed, { ok: true }>): PaneView {
  const { analysis, data, chorus } = analysed;
  const external = chorus?.external ?? new Set<string>();
  return {
    summary: summarize(analysis.reconciliation, analysis.issues, chorus),
    issues: analysis.issues.map((issue, id) => ({
      ...issue,
      id,
      cell: cellOf(issue, data, external),
    })),
    extractSheets: (chorus?.sources ?? [])
      .map((s) => s.sheet)
      .filter((s): s is string => s !== null && !external.has(s)),
  };
}
