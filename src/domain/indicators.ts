/**
 * The catalogue of indicators (domain.md, "Indicators"): key, French label, amount or rate, and
 * how "exceeded" and "near the threshold" are judged — on exact amounts, never on a rounded rate
 * (100 004 € engaged on 100 000 € is exceeded, though its rate prints as 100,00 %). The JSON
 * summary, the Rapport, CONV.SUMMARY() and the pane's gauges all read it.
 */
import type { Money } from "./money";
import type { Figures } from "./reconcile/figures";

export type AmountKey =
  | "ceilingAE"
  | "ceilingCP"
  | "pendingReestablishment"
  | "engagedAE"
  | "paidCP"
  | "availableAE"
  | "availableCP"
  | "outstanding"
  | "awaitedReestablishment"
  | "carriedOverAE"
  | "priorYearWithdrawals"
  | "lapsedAE"
  | "lapsedCP";
export type RateKey = "engagementRate" | "cpConsumptionRate";

/** Which credit an indicator is judged on: AE against their ceiling, CP against theirs. */
export type Credit = "AE" | "CP";

/** `table`: a column of the Rapport's per-UO table and of CONV.SUMMARY() (the others are in the JSON and their own sections). */
export type Indicator =
  | {
      readonly key: AmountKey;
      readonly label: string;
      readonly kind: "amount";
      readonly table: boolean;
      readonly judged?: Credit;
      readonly negativeIsAlert?: true;
    }
  | {
      readonly key: RateKey;
      readonly label: string;
      readonly kind: "rate";
      readonly table: true;
      readonly judged: Credit;
    };

export const INDICATORS: readonly Indicator[] = [
  { key: "ceilingAE", label: "Plafond AE", kind: "amount", table: true },
  { key: "ceilingCP", label: "Plafond CP", kind: "amount", table: true },
  { key: "pendingReestablishment", label: "dont à rétablir", kind: "amount", table: true },
  { key: "engagedAE", label: "AE engagées", kind: "amount", table: true, judged: "AE" },
  { key: "paidCP", label: "CP payés", kind: "amount", table: true, judged: "CP" },
  {
    key: "availableAE",
    label: "AE disponibles",
    kind: "amount",
    table: true,
    negativeIsAlert: true,
  },
  {
    key: "availableCP",
    label: "CP disponibles",
    kind: "amount",
    table: true,
    negativeIsAlert: true,
  },
  { key: "outstanding", label: "Restes à payer", kind: "amount", table: true },
  { key: "engagementRate", label: "Taux d'engagement", kind: "rate", table: true, judged: "AE" },
  {
    key: "cpConsumptionRate",
    label: "Taux de consommation CP",
    kind: "rate",
    table: true,
    judged: "CP",
  },
  {
    key: "awaitedReestablishment",
    label: "dont rétablissement attendu",
    kind: "amount",
    table: false,
  },
  { key: "carriedOverAE", label: "AE reprises (non imputées)", kind: "amount", table: false },
  {
    key: "priorYearWithdrawals",
    label: "Retraits sur EJ antérieurs",
    kind: "amount",
    table: false,
  },
  { key: "lapsedAE", label: "AE annulées (non consommées)", kind: "amount", table: false },
  { key: "lapsedCP", label: "CP annulés (non consommés)", kind: "amount", table: false },
];

/** The columns of the Rapport's per-UO table and of CONV.SUMMARY(). */
export const TABLE_INDICATORS: readonly Indicator[] = INDICATORS.filter((i) => i.table);
export const INDICATOR_LABELS: readonly string[] = TABLE_INDICATORS.map((i) => i.label);

/** Where a credit stands against its ceiling. */
export type Standing = "exceeded" | "near" | "within";

/**
 * AE: exceeded when engaged > ceiling (exactly); near when engaged ≥ threshold × ceiling (the
 * same comparison as the rate against the threshold, without dividing). CP: exceeded only.
 */
export function standing(f: Figures, credit: Credit, threshold: Money | null): Standing {
  const used = credit === "AE" ? f.engagedAE : f.paidCP;
  const ceiling = credit === "AE" ? f.ceilingAE : f.ceilingCP;
  if (used.gt(ceiling)) return "exceeded";
  if (credit === "AE" && threshold !== null && ceiling.gt(0) && used.gte(ceiling.times(threshold)))
    return "near";
  return "within";
}

/** The standing an indicator's cell shows: its credit's, or an alert for a negative availability. */
export function indicatorStanding(
  indicator: Indicator,
  f: Figures,
  threshold: Money | null
): Standing {
  if (indicator.kind === "amount" && indicator.negativeIsAlert)
    return f[indicator.key].isNegative() && !f[indicator.key].isZero() ? "exceeded" : "within";
  return indicator.judged ? standing(f, indicator.judged, threshold) : "within";
}

/** The value of an indicator: an exact amount, or a rate (null when its ceiling is zero). */
export function indicatorValue(indicator: Indicator, f: Figures): Money | null {
  return f[indicator.key];
}
