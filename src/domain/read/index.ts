import { REQUIRED_SHEETS, SheetKey, SHEETS } from "../contract";
import { FATAL_CODES, issue, Issue } from "../issues";
import type { ColumnMap, ConventionData, EngagementLine, PaymentLine } from "../model";
import { normalizeKey } from "../text";
import type { RawSheet } from "../../grid";
import { ChorusOptions, ChorusOutcome, withChorus } from "../chorus";
import { readConventionSheet } from "./convention-sheet";
import type { LedgerMemo } from "./ledger-memo";
import { readEngagements, readPayments } from "./ledgers";
import type { SheetReader } from "./sheet-reader";
import { readCeilings, readForecasts, readImputations } from "./small-sheets";
import { appendAll } from "../arrays";

export const MSG_SHEET_MISSING = (name: string) =>
  `La feuille « ${name} » est absente : ce classeur n'est pas un classeur de convention Plafond (voir l'exemple examples/camino-2020.xlsx).`;

/**
 * Which sheet of the workbook plays each role. Names are compared loosely; when two sheets
 * differ only by case or accents, the one spelled exactly as the contract wins, then the first.
 */
export function resolveSheetNames(names: readonly string[]): Partial<Record<SheetKey, string>> {
  const out: Partial<Record<SheetKey, string>> = {};
  for (const key of Object.keys(SHEETS) as SheetKey[]) {
    const wanted = SHEETS[key];
    const matches = names.filter((n) => normalizeKey(n) === normalizeKey(wanted));
    const chosen =
      matches.find((n) => n === wanted) ?? matches.find((n) => n.trim() === wanted) ?? matches[0];
    if (chosen !== undefined) out[key] = chosen;
  }
  return out;
}

/** What a reading keeps to read the ledgers again after an edit (see ledger-memo.ts). */
export interface ReadMemo {
  readonly engagements: LedgerMemo<EngagementLine> | null;
  readonly payments: LedgerMemo<PaymentLine> | null;
}

export interface ReadResult {
  /** Null when the workbook cannot be read as a convention (a fatal issue says why). */
  readonly data: ConventionData | null;
  readonly issues: readonly Issue[];
  /** Chorus extracts and referential read beside the contract sheets, when there are any. */
  readonly chorus?: ChorusOutcome;
  /** When asked for (`reuse`): what the next reading after an edit may take from this one. */
  readonly memo?: ReadMemo;
  /**
   * Where the issues of the workbook's own `Engagements` and `Paiements` readings lie in `issues`
   * (one line per row there): those of a line later than the reporting date are not said at it.
   */
  readonly ledgerIssues?: { readonly from: number; readonly to: number };
}

/**
 * `others`: the workbook's other sheets, where a Chorus extract or referential may be pasted;
 * `options`: extracts and referential given as files; `reuse`: keep a memo of the ledgers'
 * lines, and take those of unchanged rows from the last one (`previous`).
 */
export function readConventionData(
  sheets: Partial<Record<SheetKey, RawSheet>>,
  others: readonly RawSheet[] = [],
  options: ChorusOptions = {},
  reuse?: { readonly previous: ReadMemo | null }
): ReadResult {
  const issues: Issue[] = [];
  for (const key of REQUIRED_SHEETS) {
    if (!sheets[key])
      issues.push(issue("SHEET_MISSING", SHEETS[key], null, null, MSG_SHEET_MISSING(SHEETS[key])));
  }
  if (issues.length) return { data: null, issues };

  const columns: Record<string, ColumnMap> = {};
  const fatal: Issue[] = [];
  const convention = readConventionSheet(sheets.convention!);
  const ceilings = readCeilings(sheets.plafonds!, fatal);
  const imputations = readImputations(sheets.imputations!, fatal);
  const previous = reuse?.previous ?? null;
  const engagements = sheets.engagements
    ? readEngagements(
        sheets.engagements,
        fatal,
        reuse && { previous: previous?.engagements ?? null }
      )
    : null;
  const payments = sheets.paiements
    ? readPayments(sheets.paiements, fatal, reuse && { previous: previous?.payments ?? null })
    : null;
  const forecasts = sheets.previsions ? readForecasts(sheets.previsions, fatal) : null;
  if (fatal.length) return { data: null, issues: fatal };

  appendAll(issues, convention.issues);
  const add = (part: { readonly reader: SheetReader } | null) => {
    if (!part) return;
    appendAll(issues, part.reader.issues);
    columns[part.reader.sheet] = part.reader.columns;
  };
  add(ceilings);
  add(imputations);
  const from = issues.length;
  add(engagements);
  add(payments);
  const ledgerIssues = { from, to: issues.length };
  add(forecasts);
  const data: ConventionData = {
    info: convention.info,
    ceilings: ceilings!.lines,
    imputations: imputations!.lines,
    engagements: engagements?.lines ?? [],
    payments: payments?.lines ?? [],
    forecasts: forecasts?.lines ?? [],
    columns,
  };
  const chorus = withChorus(
    data,
    { engagements: !!engagements, paiements: !!payments },
    others,
    options
  );
  const memo: ReadMemo | undefined = reuse && {
    engagements: engagements?.memo ?? null,
    payments: payments?.memo ?? null,
  };
  const read = chorus
    ? {
        data: chorus.data,
        issues: [...issues, ...chorus.issues],
        chorus: chorus.outcome,
        ledgerIssues,
      }
    : { data, issues, ledgerIssues };
  return memo ? { ...read, memo } : read;
}

export function isFatal(issues: readonly Issue[]): boolean {
  return issues.some((i) => FATAL_CODES.has(i.code));
}
