/**
 * Open a convention: read its sheets from any host, tell whether it is a convention workbook (one
 * rule, one French message), and analyse it at a reporting date. Every entry calls this.
 */
import type { WorkbookSource, RawSheet } from "../grid";
import { analyse, type Analysis } from "../domain/analyse";
import type { ChorusOptions, ChorusOutcome } from "../domain/chorus";
import type { SheetKey } from "../domain/contract";
import type { IsoDate } from "../domain/date";
import { FATAL_CODES, type Issue } from "../domain/issues";
import type { ConventionData } from "../domain/model";
import {
  readConventionData,
  resolveSheetNames,
  type ReadMemo,
  type ReadResult,
} from "../domain/read";
import type { ReconcileOptions } from "../domain/reconcile";
import { readIssuesAt } from "../domain/reconcile/later";
import { notConventionMessage } from "./messages";

/** Plafond's own output ("Rapport", "Rapport (2)"): never an input. */
const REPORT_NAME = /^rapport( \(\d+\))?$/i;

export type Loaded = ReadResult & { readonly sheetNames: readonly string[] };
export type { ReadMemo };

/**
 * Reads the contract sheets and the others (where a Chorus extract or referential may be pasted)
 * in one request to the host; `options` adds extracts and a referential given as files; `reuse`
 * (a host that keeps its sheets between reads, patched copy-on-write) keeps the ledgers' memo and
 * takes the lines of unchanged rows from the last one.
 */
export async function loadConvention(
  source: WorkbookSource,
  options: ChorusOptions = {},
  reuse?: { readonly previous: ReadMemo | null }
): Promise<Loaded> {
  const sheetNames = source.sheetNames();
  const roles = resolveSheetNames(sheetNames);
  const keys = Object.keys(roles) as SheetKey[];
  const roleNames = keys.map((k) => roles[k]!);
  const others = sheetNames.filter((n) => !roleNames.includes(n) && !REPORT_NAME.test(n.trim()));
  const raw = await source.readSheets([...roleNames, ...others]);
  const byRole: Partial<Record<SheetKey, RawSheet>> = {};
  keys.forEach((k, i) => (byRole[k] = raw[i]));
  return { ...readConventionData(byRole, raw.slice(keys.length), options, reuse), sheetNames };
}

/** A convention read and analysed at its reporting date. */
export interface Convention {
  readonly ok: true;
  readonly data: ConventionData;
  readonly analysis: Analysis;
  readonly sheetNames: readonly string[];
  /** Chorus extracts and referential read (pasted on sheets or given as files), when any. */
  readonly chorus?: ChorusOutcome;
}

/** Not a convention workbook: the missing sheets or columns, and one sentence saying so. */
export interface NotAConvention {
  readonly ok: false;
  readonly problems: readonly Issue[];
  readonly message: string;
}

export type Opened = Convention | NotAConvention;

/** The one rule: a workbook is not a convention when a required sheet or column is missing. */
export function judgeLoaded(read: Loaded, asOf: IsoDate, options: ReconcileOptions = {}): Opened {
  const fatal = read.issues.filter((i) => FATAL_CODES.has(i.code));
  if (!read.data || fatal.length > 0) {
    const problems = fatal.length > 0 ? fatal : read.issues;
    return { ok: false, problems, message: notConventionMessage(problems) };
  }
  return {
    ok: true,
    data: read.data,
    analysis: analyse(
      read.data,
      readIssuesAt(read.data, read.issues, read.ledgerIssues, asOf),
      asOf,
      read.sheetNames,
      options
    ),
    sheetNames: read.sheetNames,
    ...(read.chorus ? { chorus: read.chorus } : {}),
  };
}

export interface OpenOptions extends ReconcileOptions {
  readonly asOf: IsoDate;
  /** Chorus extracts and a referential given beside the workbook. */
  readonly chorus?: ChorusOptions;
}

export async function openConvention(
  source: WorkbookSource,
  options: OpenOptions
): Promise<Opened> {
  return judgeLoaded(await loadConvention(source, options.chorus), options.asOf, options);
}
