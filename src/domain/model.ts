import { z } from "zod";
import Decimal from "decimal.js";
import type { Money } from "./money";

/**
 * The typed rows of the contract's sheets. The zod schemas are the single source of the
 * types; small sheets are validated with them at run time, while the two ledgers (which may
 * hold hundreds of thousands of rows) are built by dedicated column parsers that produce the
 * same shape (checked against these schemas in tests).
 */
const money = z.custom<Money>((v) => Decimal.isDecimal(v), { message: "montant attendu" });
/** Ledger amounts: integer cents, or a Money when not whole cents (see tally.ts). */
const amount = z.union([z.number().int(), money]);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const located = { sheet: z.string(), row: z.number().int().positive() };

export const ConventionInfoSchema = z.object({
  reference: z.string().nullable(),
  intitule: z.string().nullable(),
  delegant: z.string().nullable(),
  delegataire: z.string().nullable(),
  signature: isoDate.nullable(),
  start: isoDate.nullable(),
  end: isoDate.nullable(),
  noticeMonths: z.number().int().min(0),
  alertThreshold: money,
});
export type ConventionInfo = z.infer<typeof ConventionInfoSchema>;

export const CeilingLineSchema = z.object({
  ...located,
  centreFinancier: z.string(),
  year: z.number().int().min(1900).max(2200),
  financeur: z.string(),
  nature: z.enum(["Mise à disposition", "À rétablir"]),
  acte: z.string(),
  ae: money,
  cp: money,
  /** `Disponible le`: from when the line is available (À rétablir: when it was received); null: from the start (À rétablir: awaited). */
  availableFrom: isoDate.nullable().optional(),
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
  date: isoDate.nullable(),
  centreFinancier: z.string(),
  domaineFonctionnel: z.string(),
  activite: z.string(),
  centreDeCouts: z.string(),
  fournisseur: z.string(),
  prestation: z.string(),
  amount,
  /** `N° poste EJ`, "" when not given. */
  poste: z.string().optional(),
  /** `Compte budgétaire`, "" when not given (titre 2 starts with 2). */
  compteBudgetaire: z.string().optional(),
  /** An EJ carried over from an earlier convention (Chorus "Bascule des EJ non soldés"). */
  carriedOver: z.boolean().optional(),
});
export type EngagementLine = z.infer<typeof EngagementLineSchema>;

export const PaymentLineSchema = z.object({
  ...located,
  dp: z.string(),
  date: isoDate.nullable(),
  ej: z.string(),
  amount,
  /** `N° poste EJ` the payment pays, "" when not given. */
  poste: z.string().optional(),
  /** `N° poste DP`, "" when not given. */
  posteDp: z.string().optional(),
  /** The payment's own centre financier (Chorus CP extracts carry it), "" when not given. */
  centreFinancier: z.string().optional(),
});
export type PaymentLine = z.infer<typeof PaymentLineSchema>;

export const ForecastLineSchema = z.object({
  ...located,
  centreFinancier: z.string(),
  month: z.string().regex(/^\d{4}-\d{2}$/),
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
