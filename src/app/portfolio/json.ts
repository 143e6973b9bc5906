/**
 * `plafond portfolio --json`: each convention's summary exactly as the contract gives it (what
 * `plafond report --json` prints for it), with its file, then the portfolio's extension: totals,
 * deadlines, files set aside, Chorus lines of no convention, the portfolio's own anomalies.
 */
import type { Portfolio } from "./run";

export function portfolioJson(p: Portfolio) {
  return {
    asOf: p.asOf,
    conventions: p.conventions.map((e) => ({ file: e.file, report: e.report, summary: e.summary })),
    skipped: p.skipped,
    totals: {
      byDelegant: p.totals.byDelegant.map((g) => ({
        delegant: g.key,
        conventions: g.conventions,
        ...g.amounts,
      })),
      byYear: p.totals.byYear.map((g) => ({
        year: Number(g.key),
        conventions: g.conventions,
        ...g.amounts,
      })),
      total: p.totals.total,
    },
    deadlines: p.deadlines.map((d) => ({
      file: p.conventions[d.convention].file,
      reference: p.conventions[d.convention].summary.convention.reference,
      kind: d.kind,
      date: d.date,
    })),
    ...(p.outside ? { horsConvention: p.outside } : {}),
    issues: p.issues,
  };
}
