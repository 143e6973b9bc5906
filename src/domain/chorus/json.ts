/** The Chorus keys of the JSON summary (workbook.md, "Extensions"): sources read and rapprochement. */
import type { ChorusSourcesJson, ReconciliationJson } from "../summary-schema";
import { formatAmount, Money } from "../money";
import type { ChorusOutcome } from "./index";
import type { Comparison } from "./rapprochement";

const fmt = (m: Money | null) => (m === null ? null : formatAmount(m));
const comparisonJson = (c: Comparison) => ({
  workbookAE: fmt(c.workbookAE),
  chorusAE: fmt(c.chorusAE),
  workbookCP: fmt(c.workbookCP),
  chorusCP: fmt(c.chorusCP),
});

/** The optional keys `chorus` and `reconciliation`; none when no extract was read. */
export function chorusSummary(outcome: ChorusOutcome | undefined): {
  chorus?: ChorusSourcesJson;
  reconciliation?: ReconciliationJson;
} {
  if (!outcome || outcome.sources.length === 0) return {};
  const chorus = outcome.sources.map((s) => ({
    file: s.file,
    ...(s.sheet === null ? {} : { sheet: s.sheet }),
    rows: s.rows,
    skipped: s.skipped,
    exercice: s.exercice,
  }));
  const r = outcome.rapprochement;
  if (!r) return { chorus };
  return {
    chorus,
    reconciliation: {
      matched: r.matched,
      onlyInWorkbook: r.onlyInWorkbook.map((e) => e.ej),
      onlyInChorus: r.onlyInChorus.map((e) => e.ej),
      mismatches: r.mismatches.map((e) => ({ ej: e.ej, ...comparisonJson(e) })),
      exercices: [...r.exercices],
      byCentreFinancier: r.byUo.map((u) => ({
        centreFinancier: u.centreFinancier,
        ...comparisonJson(u),
      })),
      total: comparisonJson(r.total),
    },
  };
}
