/** The JSON summary of a reconciliation (`plafond report --json`); its schema is summary-schema.ts. */
import type { Issue } from "./issues";
import { INDICATORS } from "./indicators";
import { formatAmount, formatRate } from "./money";
import { formatAmountOf } from "./tally";
import type { Figures, OpenEj, Reconciliation } from "./reconcile";
import type { ChorusOutcome } from "./chorus";
import { chorusSummary } from "./chorus/json";
import type { FiguresJson, Summary } from "./summary-schema";

export type { FiguresJson, Summary } from "./summary-schema";

/** The contract's strings of every indicator of the catalogue. */
export function figuresJson(f: Figures): FiguresJson {
  const out: Record<string, string | null> = {};
  for (const i of INDICATORS)
    out[i.key] = i.kind === "rate" ? formatRate(f[i.key]) : formatAmount(f[i.key]);
  return out as FiguresJson;
}

export function openEjJson(o: OpenEj) {
  return {
    ej: o.ej,
    centreFinancier: o.centreFinancier,
    year: o.year,
    fournisseur: o.fournisseur,
    engagedAE: formatAmountOf(o.engagedAE),
    paidCP: formatAmountOf(o.paidCP),
    outstanding: formatAmountOf(o.outstanding),
  };
}

export function issueJson(i: Issue) {
  return {
    severity: i.severity,
    code: i.code,
    sheet: i.sheet,
    row: i.row,
    column: i.column,
    message: i.message,
  };
}

export function summarize(
  r: Reconciliation,
  issues: readonly Issue[],
  chorus?: ChorusOutcome
): Summary {
  const { info } = r;
  return {
    convention: {
      reference: info.reference,
      intitule: info.intitule,
      delegant: info.delegant,
      delegataire: info.delegataire,
      signature: info.signature,
      start: info.start,
      end: info.end,
      noticeMonths: info.noticeMonths,
      alertThreshold: formatRate(info.alertThreshold),
    },
    asOf: r.asOf,
    lines: r.lines.map((l) => ({
      centreFinancier: l.centreFinancier,
      year: l.year,
      ...figuresJson(l),
    })),
    years: r.years.map((y) => ({ year: y.year, ...figuresJson(y) })),
    total: figuresJson(r.total),
    later: { ...r.later },
    ...(r.openEJ ? { openEJ: r.openEJ.map(openEjJson) } : {}),
    issues: issues.map(issueJson),
    ...chorusSummary(chorus),
  };
}
