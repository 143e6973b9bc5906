/**
 * What the CONV functions know of the open workbook after one read: the analysis the report
 * and the command line show, or why there is none.
 */
import { analyse, Analysis } from "../domain/analyse";
import type { Imputation } from "../domain/codes";
import type { IsoDate } from "../domain/date";
import { isFatal, ReadResult } from "../domain/read";
import { MSG_READ_FAILED, MSG_SHEETS_MISSING, MSG_UNREADABLE } from "./messages";

export type Snapshot =
  | {
      readonly kind: "ready";
      readonly analysis: Analysis;
      /** The convention's authorised imputations (sheet Imputations). */
      readonly imputations: readonly Imputation[];
    }
  | {
      readonly kind: "unavailable";
      /** Why: which sheets are missing, which column, or why Excel could not be read. */
      readonly message: string;
    };

/**
 * The analysis of a read workbook, as of `asOf` (the functions use today, as `plafond report`
 * does without --as-of). A missing sheet or column leaves no convention to answer about.
 */
export function snapshotOf(
  read: ReadResult & { readonly sheetNames: readonly string[] },
  asOf: IsoDate
): Snapshot {
  if (!read.data || isFatal(read.issues)) {
    const missing = read.issues.filter((i) => i.code === "SHEET_MISSING").map((i) => i.sheet);
    if (missing.length) return { kind: "unavailable", message: MSG_SHEETS_MISSING(missing) };
    return { kind: "unavailable", message: MSG_UNREADABLE(read.issues[0]?.message ?? "") };
  }
  return {
    kind: "ready",
    analysis: analyse(read.data, read.issues, asOf, read.sheetNames),
    imputations: read.data.imputations,
  };
}

/** Excel refused the read (a protected or busy workbook, a payload too large, …). */
export function failedSnapshot(error: unknown): Snapshot {
  const detail = error instanceof Error ? error.message : String(error);
  return { kind: "unavailable", message: MSG_READ_FAILED(detail) };
}
