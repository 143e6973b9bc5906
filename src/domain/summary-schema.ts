/**
 * The zod schemas of the JSON summary (`plafond report --json`, workbook.md): the one source of its
 * types. The writers (summary.ts, chorus/json.ts) import only the types, so that zod is not loaded
 * by a report; the tests and any consumer of the JSON validate with the schemas.
 */
import * as z from "zod/mini";

/** The Chorus keys (workbook.md, "Extensions"): sources read and rapprochement. */
const nullableAmount = z.nullable(z.string().check(z.regex(/^-?\d+\.\d{2}$/)));

const ComparisonJson = z.object({
  workbookAE: nullableAmount,
  chorusAE: nullableAmount,
  workbookCP: nullableAmount,
  chorusCP: nullableAmount,
});

export const ChorusSourcesJsonSchema = z.array(
  z.object({
    file: z.string(),
    /** Present for an extract read from a sheet (of the workbook, or of an .xlsx file). */
    sheet: z.optional(z.string()),
    rows: z.int(),
    skipped: z.int(),
    exercice: z.nullable(z.int()),
  })
);

export const ReconciliationJsonSchema = z.object({
  matched: z.int(),
  onlyInWorkbook: z.array(z.string()),
  onlyInChorus: z.array(z.string()),
  mismatches: z.array(z.extend(ComparisonJson, { ej: z.string() })),
  /** Exercices compared; empty when the extracts name none. */
  exercices: z.array(z.int()),
  byCentreFinancier: z.array(z.extend(ComparisonJson, { centreFinancier: z.string() })),
  total: ComparisonJson,
});

/** The machine-readable summary of the contract (`plafond report --json`). */
const amount = z.string().check(z.regex(/^-?\d+\.\d{2}$/));
const rateStr = z.nullable(z.string().check(z.regex(/^-?\d+\.\d{4}$/)));
const isoDate = z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)));

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
  year: z.int(),
  fournisseur: z.string(),
  engagedAE: amount,
  paidCP: amount,
  outstanding: amount,
});

export const IssueJsonSchema = z.object({
  severity: z.enum(["error", "warning"]),
  code: z.string(),
  sheet: z.string(),
  row: z.nullable(z.int()),
  column: z.nullable(z.string()),
  message: z.string(),
});

export const SummarySchema = z.object({
  convention: z.object({
    reference: z.nullable(z.string()),
    intitule: z.nullable(z.string()),
    delegant: z.nullable(z.string()),
    delegataire: z.nullable(z.string()),
    signature: isoDate,
    start: isoDate,
    end: isoDate,
    noticeMonths: z.number(),
    alertThreshold: rateStr,
  }),
  asOf: z.string(),
  lines: z.array(z.extend(FiguresJsonSchema, { centreFinancier: z.string(), year: z.int() })),
  years: z.array(z.extend(FiguresJsonSchema, { year: z.int() })),
  total: FiguresJsonSchema,
  /** Lines left out as dated after `asOf`. */
  later: z.object({
    engagements: z.int(),
    payments: z.int(),
    ceilings: z.int(),
  }),
  /** EJs still open: at or after the end date, or with `--open-ej`. */
  openEJ: z.optional(z.array(OpenEjJsonSchema)),
  issues: z.array(IssueJsonSchema),
  /** Chorus extracts read (`--chorus`, or pasted on a sheet), when any. */
  chorus: z.optional(ChorusSourcesJsonSchema),
  /** The rapprochement with Chorus, when the workbook has its own Engagements / Paiements. */
  reconciliation: z.optional(ReconciliationJsonSchema),
});
export type Summary = z.infer<typeof SummarySchema>;
export type ChorusSourcesJson = z.infer<typeof ChorusSourcesJsonSchema>;
export type ReconciliationJson = z.infer<typeof ReconciliationJsonSchema>;
export type FiguresJson = z.infer<typeof FiguresJsonSchema>;
