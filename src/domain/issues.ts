/**
 * Anomalies: the codes of the contract (`shared/spec/workbook.md`), each located on a sheet,
 * a row (1-based, as Excel shows it) and a column header, with a French message for the user.
 */
export type Severity = "error" | "warning";

export const ISSUE_SEVERITY = {
  SHEET_MISSING: "error",
  COLUMN_MISSING: "error",
  FIELD_MISSING: "error",
  AMOUNT_INVALID: "error",
  DATE_INVALID: "error",
  DF_FORMAT: "error",
  CF_FORMAT: "error",
  ACTIVITE_FORMAT: "error",
  CC_FORMAT: "error",
  EJ_FORMAT: "error",
  DP_FORMAT: "error",
  PROGRAMME_MISMATCH: "error",
  IMPUTATION_NOT_AUTHORISED: "error",
  UO_WITHOUT_CEILING: "error",
  EJ_UNKNOWN: "error",
  CP_EXCEEDS_EJ: "error",
  AE_CEILING_EXCEEDED: "error",
  CP_CEILING_EXCEEDED: "error",
  CEILING_NEGATIVE: "error",
  VALUE_INVALID: "error",
  AE_CEILING_NEAR: "warning",
  DATE_OUTSIDE_PERIOD: "warning",
  DUPLICATE_ROW: "warning",
  UNDER_CONSUMPTION: "warning",
  EJ_ONLY_IN_WORKBOOK: "warning",
  EJ_ONLY_IN_CHORUS: "warning",
  CHORUS_MISMATCH: "error",
  CODE_NOT_IN_REFERENTIAL: "warning",
  CHORUS_ROW_SKIPPED: "warning",
  // Time and the EJ lifecycle (workbook.md, "Extensions: time and the EJ lifecycle").
  CP_ABOVE_AVAILABLE: "error",
  CREDITS_INSUFFICIENT: "warning",
  CREDITS_LAPSED: "warning",
  EJ_CARRIED_OVER: "warning",
  DP_BEFORE_EJ: "warning",
  PAYMENT_IMPUTATION_AMBIGUOUS: "warning",
  TITRE_2: "error",
  DATE_MISSING: "warning",
} as const satisfies Record<string, Severity>;

export type IssueCode = keyof typeof ISSUE_SEVERITY;

export interface Issue {
  readonly severity: Severity;
  readonly code: IssueCode;
  readonly sheet: string;
  /** 1-based row as Excel shows it; null when the problem is about the whole sheet. */
  readonly row: number | null;
  /** The column header as the user wrote it (or the contract's name when absent). */
  readonly column: string | null;
  readonly message: string;
}

export function issue(
  code: IssueCode,
  sheet: string,
  row: number | null,
  column: string | null,
  message: string,
  severity: Severity = ISSUE_SEVERITY[code]
): Issue {
  return { severity, code, sheet, row, column, message };
}

/**
 * Codes whose severity depends on the case: EJ_UNKNOWN is a warning when the payment carries its
 * own centre financier and counts there, an error when it counts nowhere (workbook.md).
 */
export const SEVERITY_BY_CASE: ReadonlySet<IssueCode> = new Set<IssueCode>(["EJ_UNKNOWN"]);

/** Errors that make a workbook unreadable: the command line exits 2 on them. */
export const FATAL_CODES: ReadonlySet<IssueCode> = new Set<IssueCode>([
  "SHEET_MISSING",
  "COLUMN_MISSING",
]);
