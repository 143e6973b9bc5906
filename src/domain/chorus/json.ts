/** The Chorus keys of the JSON summary (workbook.md, "Extensions"): sources read and rapprochement. */
import { z } from "zod";
import { formatAmount, Money } from "../money";
import type { ChorusOutcome } from "./index";
import type { Comparison } from "./rapprochement";

const amount = z
  .string()
  .regex(/^-?\d+\.\d{2}$/)
  .nullable();

const ComparisonJson = z.object({
  workbookAE: amount,
  chorusAE: amount,
  workbookCP: amount,
  chorusCP: amount,
});

export const ChorusSourcesJsonSchema = z.array(
  z.object({
    file: z.string(),
    /** Present for an extract read from a sheet (of the workbook, or of an .xlsx file). */
    sheet: z.string().optional(),
    rows: z.number().int(),
    skipped: z.number().int(),
    exercice: z.number().int().nullable(),
  })
);

export const ReconciliationJsonSchema = z.object({
  matched: z.number().int(),
  onlyInWorkbook: z.array(z.string()),
  onlyInChorus: z.array(z.string()),
  mismatches: z.array(ComparisonJson.extend({ ej: z.string() })),
  /** Exercices compared; empty when the extracts name none. */
  exercices: z.array(z.number().int()),
  byCentreFinancier: z.array(ComparisonJson.extend({ centreFinancier: z.string() })),
  total: ComparisonJson,
});

const fmt = (m: Money | null) => (m === null ? null : formatAmount(m));
const comparisonJson = (c: Comparison) => ({
  workbookAE: fmt(c.workbookAE),
  chorusAE: fmt(c.chorusAE),
  workbookCP: fmt(c.workbookCP),
  chorusCP: fmt(c.chorusCP),
});

/** The optional keys `chorus` and `reconciliation`; none when no extract was read. */
export function chorusSummary(outcome: ChorusOutcome | undefined): {
  chorus?: z.infer<typeof ChorusSourcesJsonSchema>;
  reconciliation?: z.infer<typeof ReconciliationJsonSchema>;
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
