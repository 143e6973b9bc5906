import * as z from "zod/mini";
import Decimal from "decimal.js";
import type { Money } from "./money";

/**
 * The typed rows of the contract's sheets. The zod schemas are the single source of the
 * types. The readers (src/domain/read) validate the cells themselves, with located French
 * issues, and build these shapes; the schemas check what they build in tests
 * (test/domain/read/schemas.test.ts) and are not run by a report, which never loads zod.
 */
const money = z.custom<Money>((v) => Decimal.isDecimal(v), { message: "montant attendu" });
/** Ledger amounts: integer cents, or a Money when not whole cents (see tally.ts). */
const amount = z.union([z.int(), money]);
const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const located = { sheet: z.string(), row: z.int().check(z.positive()) };

export const ConventionInfoSchema = z.object({
  reference: z.nullable(z.string()),
  intitule: z.nullable(z.string()),
  delegant: z.nullable(z.string()),
  delegataire: z.nullable(z.string()),
  signature: z.nullable(isoDate),
  start: z.nullable(isoDate),
  end: z.nullable(isoDate),
  noticeMonths: z.int().check(z.minimum(0)),
  alertThreshold: money,
});
export type ConventionInfo = z.infer<typeof ConventionInfoSchema>;

export const CeilingLineSchema = z.object({
  ...located,
  centreFinancier: z.string(),
  year: z.int().check(z.minimum(1900), z.maximum(2200)),
  financeur: z.string(),
  nature: z.enum(["Mise à disposition", "À rétablir"]),
  acte: z.string(),
  ae: money,
  cp: money,
  /** `Disponible le`: from when the line is available (À rétablir: when it was received); null: from the start (À rétablir: awaited). */
  availableFrom: z.optional(z.nullable(isoDate)),
});
export type CeilingLine = z.infer<typeof CeilingLineSchema>;

export const AuthorisedImputationSchema = z.object({
  ...located,
  centreFinancier: z.string(),
  domaineFonctionnel: z.string(),
  activite: z.string(),
  centreDeCouts: z.string(),
  libelle: z.string(),
});
export type AuthorisedImputation = z.infer<typeof AuthorisedImputationSchema>;

export const EngagementLineSchema = z.object({
  ...located,
  ej: z.string(),
  date: z.nullable(isoDate),
  centreFinancier: z.string(),
  domaineFonctionnel: z.string(),
  activite: z.string(),
  centreDeCouts: z.string(),
  fournisseur: z.string(),
  prestation: z.string(),
  amount,
  /** `N° poste EJ`, "" when not given. */
  poste: z.optional(z.string()),
  /** `Compte budgétaire`, "" when not given (titre 2 starts with 2). */
  compteBudgetaire: z.optional(z.string()),
  /** An EJ carried over from an earlier convention (Chorus "Bascule des EJ non soldés"). */
  carriedOver: z.optional(z.boolean()),
});
export type EngagementLine = z.infer<typeof EngagementLineSchema>;

export const PaymentLineSchema = z.object({
  ...located,
  dp: z.string(),
  date: z.nullable(isoDate),
  ej: z.string(),
  amount,
  /** `N° poste EJ` the payment pays, "" when not given. */
  poste: z.optional(z.string()),
  /** `N° poste DP`, "" when not given. */
  posteDp: z.optional(z.string()),
  /** The payment's own centre financier (Chorus CP extracts carry it), "" when not given. */
  centreFinancier: z.optional(z.string()),
});
export type PaymentLine = z.infer<typeof PaymentLineSchema>;

export const ForecastLineSchema = z.object({
  ...located,
  centreFinancier: z.string(),
  month: z.string().check(z.regex(/^\d{4}-\d{2}$/)),
  ae: money,
  cp: money,
});
export type ForecastLine = z.infer<typeof ForecastLineSchema>;

/** Where each field of a sheet sits: its header as written and its 0-based column. */
export type ColumnMap = Readonly<
  Record<string, { readonly header: string; readonly index: number }>
>;

export interface ConventionData {
  readonly info: ConventionInfo;
  readonly ceilings: readonly CeilingLine[];
  readonly imputations: readonly AuthorisedImputation[];
  readonly engagements: readonly EngagementLine[];
  readonly payments: readonly PaymentLine[];
  readonly forecasts: readonly ForecastLine[];
  /** Column positions by sheet name, to locate issues and link report rows to cells. */
  readonly columns: Readonly<Record<string, ColumnMap>>;
}
