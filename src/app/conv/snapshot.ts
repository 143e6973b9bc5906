/**
 * What the CONV functions know of the open workbook after one read: the analysis the report
 * and the command line show, or why there is none.
 */
import type { Analysis } from "../../domain/analyse";
import type { Imputation } from "../../domain/codes";
import type { IsoDate } from "../../domain/date";
import { judgeLoaded, type Loaded } from "../open-convention";
import { MSG_READ_FAILED } from "./messages";

export type Snapshot =
  | {
      readonly kind: "ready";
      /** The analysis as of today (the default reporting date). */
      readonly analysis: Analysis;
      /** The analysis as of another reporting date (computed once per date asked). */
      at(asOf: IsoDate): Analysis;
      /** The convention's authorised imputations (sheet Imputations). */
      readonly imputations: readonly Imputation[];
    }
  | {
      readonly kind: "unavailable";
      /** Why: which sheets are missing, which column, or why Excel could not be read. */
      readonly message: string;
    };

/** Reporting dates kept per read: a sheet may compare a few months, not hundreds. */
const MAX_DATES = 24;

/**
 * The analysis of a read workbook, as of `asOf` (the functions use today, as `plafond report`
 * does without --as-of). A missing sheet or column leaves no convention to answer about.
 */
export function snapshotOf(read: Loaded, asOf: IsoDate): Snapshot {
  const opened = judgeLoaded(read, asOf);
  if (!opened.ok) return { kind: "unavailable", message: opened.message };
  const dated = new Map<IsoDate, Analysis>([[asOf, opened.analysis]]);
  const at = (date: IsoDate): Analysis => {
    let analysis = dated.get(date);
    if (!analysis) {
      // Whether the workbook is a convention does not depend on the date: this one is.
      const again = judgeLoaded(read, date);
      if (!again.ok) return opened.analysis;
      if (dated.size >= MAX_DATES) dated.delete(dated.keys().next().value as IsoDate);
      dated.set(date, (analysis = again.analysis));
    }
    return analysis;
  };
  return { kind: "ready", analysis: opened.analysis, at, imputations: opened.data.imputations };
}

/** Excel refused the read (a protected or busy workbook, a payload too large, …). */
export function failedSnapshot(error: unknown): Snapshot {
  const detail = error instanceof Error ? error.message : String(error);
  return { kind: "unavailable", message: MSG_READ_FAILED(detail) };
}
