/**
 * What the pane shows of a convention, host-free: the summary's figures (strings of the contract),
 * where each credit stands (judged on exact amounts by the indicator catalogue), and the anomalies
 * with the cell each one points at.
 */
import type { CellLink } from "../grid";
import { standing, type Standing } from "../domain/indicators";
import type { Issue } from "../domain/issues";
import { linkOf } from "../domain/report/anomalies";
import { laterText } from "../domain/report/lifecycle";
import type { Summary } from "../domain/summary";
import type { Convention } from "./open-convention";
import { summaryOf } from "./report";

/** An anomaly as the pane lists it: where it is, and the cell to select (null: the whole sheet). */
export interface PaneIssue extends Issue {
  readonly id: number;
  readonly cell: CellLink | null;
}

/** A gauge: the rate as the summary prints it, and where its credit stands. */
export interface GaugeView {
  readonly rate: string | null;
  readonly standing: Standing;
}

export interface PaneView {
  /** With `chorus` and `reconciliation` when the workbook holds a Chorus extract. */
  readonly summary: Summary;
  /** The convention's total: AE against the alert threshold, CP against the ceiling. */
  readonly gauges: { readonly ae: GaugeView; readonly cp: GaugeView };
  readonly issues: readonly PaneIssue[];
  /** Sheets read as Chorus extracts (their anomalies are grouped under them). */
  readonly extractSheets: readonly string[];
  /** "N lignes postérieures au …, non comptées (…)", as the Rapport says it; null when none. */
  readonly later: string | null;
  /** The reporting date is on or after the end date: the compte rendu de fin de convention is due. */
  readonly atTerm: boolean;
}

export function paneView(c: Convention): PaneView {
  const { analysis, data, chorus } = c;
  const external = chorus?.external ?? new Set<string>();
  const summary = summaryOf(c);
  const { total, info } = analysis.reconciliation;
  return {
    summary,
    gauges: {
      ae: {
        rate: summary.total.engagementRate,
        standing: standing(total, "AE", info.alertThreshold),
      },
      cp: { rate: summary.total.cpConsumptionRate, standing: standing(total, "CP", null) },
    },
    issues: analysis.issues.map((issue, id) => ({
      ...issue,
      id,
      // A file given beside the workbook has no cell to select: the Rapport's rule (linkOf).
      cell: linkOf(issue, data, external) ?? null,
    })),
    extractSheets: (chorus?.sources ?? [])
      .map((s) => s.sheet)
      .filter((s): s is string => s !== null && !external.has(s)),
    later: laterText(analysis.reconciliation),
    atTerm: info.end !== null && analysis.reconciliation.asOf >= info.end,
  };
}
