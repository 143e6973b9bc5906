/**
 * The twelve CONV functions by id: how their arguments are read and what they compute. A call's
 * key names the function and its normalised arguments: identical calls share one stream.
 */
import type { Imputation } from "../../domain/codes";
import { parseAsOf, parseCode, parseFilters } from "./args";
import {
  amount,
  AmountField,
  imputationCheck,
  issuesTable,
  RateField,
  rateOf,
  summaryTable,
} from "./compute";
import { Failure, isFailure, Value } from "./result";
import type { Snapshot } from "./snapshot";

const AMOUNTS = {
  CEILING_AE: "ceilingAE",
  CEILING_CP: "ceilingCP",
  ENGAGED_AE: "engagedAE",
  PAID_CP: "paidCP",
  REMAINING_AE: "availableAE",
  REMAINING_CP: "availableCP",
  OUTSTANDING: "outstanding",
} as const satisfies Record<string, AmountField>;

const RATES = {
  RATE_AE: "engagementRate",
  RATE_CP: "cpConsumptionRate",
} as const satisfies Record<string, RateField>;

export type FunctionId =
  keyof typeof AMOUNTS | keyof typeof RATES | "CHECK_IMPUTATION" | "SUMMARY" | "ISSUES";

export const FUNCTION_IDS: readonly FunctionId[] = [
  ...(Object.keys(AMOUNTS) as (keyof typeof AMOUNTS)[]),
  ...(Object.keys(RATES) as (keyof typeof RATES)[]),
  "CHECK_IMPUTATION",
  "SUMMARY",
  "ISSUES",
];

export interface Call {
  readonly key: string;
  readonly compute: (snapshot: Snapshot) => Value;
}

const CODE_LABELS = [
  "Domaine fonctionnel",
  "Centre financier",
  "Activité",
  "Centre de coûts",
] as const;

function imputationCall(args: readonly unknown[]): Call | Failure {
  const codes: string[] = [];
  for (let i = 0; i < CODE_LABELS.length; i++) {
    const code = parseCode(args[i], CODE_LABELS[i]);
    if (isFailure(code)) return code;
    codes.push(code);
  }
  const [domaineFonctionnel, centreFinancier, activite, centreDeCouts] = codes;
  const imp: Imputation = { centreFinancier, domaineFonctionnel, activite, centreDeCouts };
  return {
    key: `CHECK_IMPUTATION|${JSON.stringify(codes)}`,
    compute: (s) => imputationCheck(s, imp),
  };
}

/** The call for these arguments, or the #VALUE! they deserve. */
export function prepareCall(id: FunctionId, args: readonly unknown[]): Call | Failure {
  if (id === "SUMMARY" || id === "ISSUES") {
    const asOf = parseAsOf(args[0]);
    if (isFailure(asOf)) return asOf;
    const table = id === "SUMMARY" ? summaryTable : issuesTable;
    return { key: `${id}|${asOf ?? ""}`, compute: (s) => table(s, asOf) };
  }
  if (id === "CHECK_IMPUTATION") return imputationCall(args);
  const filters = parseFilters(args[0], args[1], args[2]);
  if (isFailure(filters)) return filters;
  const key = `${id}|${filters.centreFinancier ?? ""}|${filters.year ?? ""}|${filters.asOf ?? ""}`;
  if (id in AMOUNTS) {
    const field = AMOUNTS[id as keyof typeof AMOUNTS];
    return { key, compute: (s) => amount(s, field, filters) };
  }
  const field = RATES[id as keyof typeof RATES];
  return { key, compute: (s) => rateOf(s, field, filters) };
}
