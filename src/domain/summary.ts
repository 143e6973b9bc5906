import { z } from "zod";
import type { Issue } from "./issues";
import { INDICATORS } from "./indicators";
import { formatAmount, formatRate } from "./money";
import { formatAmountOf } from "./tally";
import type { Figures, OpenEj, Reconciliation } from "./reconcile";
import type { ChorusOutcome } from "./chorus";
import { ChorusSourcesJsonSchema, chorusSummary, ReconciliationJsonSchema } from "./chorus/json";

/** The machine-readable summary of the contract (`plafond report --json`). */
const amount = z.string().regex(/^-?\d+\.\d{2}$/);
const rateStr = z
  .string()
  .regex(/^-?\d+\.\d{4}$/)
  .nullable();
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .nullable();

export const FiguresJsonSchema = z.object({
  ceilingAE: amount,
  ceilingCP: amount,
  pendingReestablishment: amount,
  engagedAE: amount,
  paidCP: amount,
  availableAE: amount,
  availableCP: amount,
  outstanding: amount,
  engagementRate: rateStr,
  cpConsumptionRate: rateStr,
  // Time and the EJ lifecycle (workbook.md, extensions).
  awaitedReestablishment: amount,
  carriedOverAE: amount,
  priorYearWithdrawals: amount,
  lapsedAE: amount,
  lapsedCP: amount,
});

export const OpenEjJsonSchema = z.object({
  ej: z.string(),
  centreFinancier: z.string(),
  year: z.number().int(),
  fournisseur: z.string(),
  engagedAE: amount,
  paidCP: amount,
  outstanding: amount,
});

export const IssueJsonSchema = z.object({
  severity: z.enum(["error", "warning"]),
  code: z.string(),
  sheet: z.string(),
  row: z.number().int().nullable(),
  column: z.string().nullable(),
  message: z.string(),
});

export const SummarySchema = z.object({
  convention: z.object({
    reference: z.string().nullable(),
    intitule: z.string().nullable(),
    delegant: z.string().nullable(),
    delegataire: z.string().nullable(),
    signature: isoDate,
    start: isoDate,
    end: isoDate,
    noticeMonths: z.number(),
    alertThreshold: rateStr,
  }),
  asOf: z.string(),
  lines: z.array(FiguresJsonSchema.extend({ centreFinancier: z.string(), year: z.number().int() })),
  years: z.array(FiguresJsonSchema.extend({ year: z.number().int() })),
  total: FiguresJsonSchema,
  /** Lines left out as dated after `asOf`. */
  later: z.object({
    engagements: z.number().int(),
    payments: z.number().int(),
    ceilings: z.number().int(),
  }),
  /** EJs still open: at or after the end date, or with `--open-ej`. */
  openEJ: z.array(OpenEjJsonSchema).optional(),
  issues: z.array(IssueJsonSchema),
  /** Chorus extracts read (`--chorus`, or pasted on a sheet), when any. */
  chorus: ChorusSourcesJsonSchema.optional(),
  /** The rapprochement with Chorus, when the workbook has its own Engagements / Paiements. */
  reconciliation: ReconciliationJsonSchema.optional(),
});
export type Summary = z.infer<typeof SummarySchema>;
export type FiguresJson = z.infer<typeof FiguresJsonSchema>;

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
