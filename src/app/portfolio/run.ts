/**
 * The portfolio, written once for every entry: each convention workbook read, one at a time, at
 * the same date, on its own share of the Chorus extracts; the files that are no convention listed
 * with the reason; the extract's lines of no convention, or of several, listed apart.
 */
import { UnreadableInput, type WorkbookSource } from "../../grid";
import { appendAll } from "../../domain/arrays";
import { readChorusExtract, type ChorusInput } from "../../domain/chorus";
import type { IsoDate } from "../../domain/date";
import type { AuthorisedImputation } from "../../domain/model";
import { resolveSheetNames } from "../../domain/read";
import { readImputations } from "../../domain/read/small-sheets";
import { REQUIRED_SHEETS } from "../../domain/contract";
import {
  deadlines,
  portfolioTotals,
  type Deadline,
  type PortfolioTotals,
} from "../../domain/portfolio/aggregate";
import { internStrings } from "../../domain/portfolio/intern";
import { outsideLine, outsideOf, type Outside } from "../../domain/portfolio/outside";
import {
  ROW_AMBIGUOUS,
  ROW_OUTSIDE,
  rowsByMark,
  shareOf,
  shareOfRows,
  splitExtracts,
  type ExtractSplit,
} from "../../domain/portfolio/split";
import { openConvention, type Convention } from "../open-convention";
import { summaryOf, type Summary } from "../report";
import {
  MSG_AMBIGUOUS,
  MSG_NOT_CONVENTION_SHARE,
  MSG_UNEXPECTED,
  portfolioIssue,
  type PortfolioIssue,
} from "./messages";

export interface PortfolioEntry {
  readonly file: string;
  readonly summary: Summary;
  /** Where its Rapport copy was written (a path relative to the portfolio workbook), when it was. */
  readonly report: string | null;
}

export interface SkippedFile {
  readonly file: string;
  readonly reason: string;
}

export interface Portfolio {
  readonly asOf: IsoDate;
  readonly conventions: readonly PortfolioEntry[];
  readonly skipped: readonly SkippedFile[];
  readonly totals: PortfolioTotals;
  readonly deadlines: readonly Deadline[];
  /** Chorus lines of no convention; null without an extract. */
  readonly outside: Outside | null;
  /** The portfolio's own findings: ambiguous lines, unreadable rows of lines outside. */
  readonly issues: readonly PortfolioIssue[];
}

/** What the host does: open a file as a workbook; optionally keep each convention's Rapport. */
export interface PortfolioHost {
  /** Throws UnreadableInput (or any error) when the file cannot be read as a workbook. */
  open(file: string): Promise<WorkbookSource>;
  /** Called with each convention read; returns where its Rapport copy went, or null. */
  written?(file: string, convention: Convention): Promise<string | null>;
}

export interface PortfolioOptions {
  readonly asOf: IsoDate;
  /** The Chorus extracts given beside the workbooks, each split among the conventions. */
  readonly extracts?: readonly ChorusInput[];
}

const reasonOf = (e: unknown) =>
  e instanceof UnreadableInput ? e.message : MSG_UNEXPECTED((e as Error).message);

/** The authorised imputations of a workbook, read alone (the split needs every convention's first). */
async function imputationsOf(source: WorkbookSource): Promise<readonly AuthorisedImputation[]> {
  const roles = resolveSheetNames(source.sheetNames());
  if (REQUIRED_SHEETS.some((k) => roles[k] === undefined)) return [];
  const [sheet] = await source.readSheets([roles.imputations!]);
  return readImputations(sheet, [])?.lines ?? [];
}

async function probe(files: readonly string[], host: PortfolioHost, skipped: Map<string, string>) {
  const imputations: (readonly AuthorisedImputation[])[] = [];
  for (const file of files) {
    try {
      imputations.push(await imputationsOf(await host.open(file)));
    } catch (e) {
      skipped.set(file, reasonOf(e));
      imputations.push([]);
    }
  }
  return imputations;
}

type Entry = PortfolioEntry & { index: number };

/** Each convention read on its own share, one at a time; those that are none set aside. */
async function readEach(
  files: readonly string[],
  options: PortfolioOptions,
  host: PortfolioHost,
  splits: readonly ExtractSplit[],
  skipped: Map<string, string>
) {
  const marks = splits.map(rowsByMark);
  const entries: Entry[] = [];
  const failed = new Set<number>();
  for (let k = 0; k < files.length; k++) {
    const file = files[k];
    if (skipped.has(file)) continue;
    try {
      const chorus = splits.map((s, n) =>
        shareOfRows(s, [...marks[n].kept, ...(marks[n].byMark.get(k) ?? [])])
      );
      const opened = await openConvention(await host.open(file), {
        asOf: options.asOf,
        chorus: chorus.length ? { chorus } : {},
      });
      if (!opened.ok) {
        skipped.set(file, opened.message);
        failed.add(k);
        continue;
      }
      const report = host.written ? await host.written(file, opened) : null;
      entries.push({ index: k, file, summary: summaryOf(opened), report });
    } catch (e) {
      skipped.set(file, reasonOf(e));
      failed.add(k);
    }
  }
  return { entries, failed };
}

/** The lines of no convention (and those of a workbook that turned out to be none), and the portfolio's own findings. */
function extractFindings(
  splits: readonly ExtractSplit[],
  files: readonly string[],
  entries: readonly Entry[],
  failed: ReadonlySet<number>
) {
  const issues: PortfolioIssue[] = [];
  if (splits.length === 0) return { outside: null, issues };
  const extracts = splits.map((s) =>
    readChorusExtract(shareOf(s, (m) => m === ROW_OUTSIDE || failed.has(m)))!
  );
  for (const x of extracts)
    for (const i of x.issues) issues.push(portfolioIssue(i, x.file ?? x.name, null));
  appendAll(issues, ambiguities(splits, files, entries));
  if (failed.size > 0) appendAll(issues, notConventionShares(splits, files, failed));
  return { outside: outsideOf(extracts), issues };
}

export async function runPortfolio(
  files: readonly string[],
  options: PortfolioOptions,
  host: PortfolioHost
): Promise<Portfolio> {
  const skipped = new Map<string, string>();
  // The imputations only share an extract out: without one, each workbook is opened once (by
  // readEach, which sets a failing one aside with the same reason).
  const imputations = options.extracts?.length
    ? await probe(files, host, skipped)
    : files.map(() => []);
  // Shared copies of the extract's repeated strings: it stays in memory for the whole run. A
  // CSV's rows are read from its text at each access: there is nothing to share (and writing
  // into a row read so would be lost).
  for (const x of options.extracts ?? []) if (!x.lazyRows) internStrings(x.values);
  const splits = splitExtracts(options.extracts ?? [], imputations).filter(
    (s): s is ExtractSplit => s !== null
  );
  const { entries, failed } = await readEach(files, options, host, splits, skipped);
  const summaries = entries.map((e) => e.summary);
  const { outside, issues } = extractFindings(splits, files, entries, failed);
  return {
    asOf: options.asOf,
    conventions: entries.map(({ file, summary, report }) => ({ file, summary, report })),
    skipped: files
      .filter((f) => skipped.has(f))
      .map((file) => ({ file, reason: skipped.get(file)! })),
    totals: portfolioTotals(summaries),
    deadlines: deadlines(summaries, options.asOf),
    outside,
    issues,
  };
}

/** One error per line that several conventions authorise, naming them (reference and file). */
function ambiguities(
  splits: readonly ExtractSplit[],
  files: readonly string[],
  entries: readonly Entry[]
): PortfolioIssue[] {
  const name = (k: number) => {
    const e = entries.find((x) => x.index === k);
    return { reference: e?.summary.convention.reference ?? null, file: files[k] };
  };
  const out: PortfolioIssue[] = [];
  for (const split of splits) {
    if (split.ambiguous.size === 0) continue;
    const x = readChorusExtract(shareOf(split, (m) => m === ROW_AMBIGUOUS))!;
    const byRow = new Map(x.lines.map((l) => [l.row, l]));
    for (const [i, ks] of split.ambiguous) {
      const row = split.input.rowOf(i);
      const line = byRow.get(row);
      const message = MSG_AMBIGUOUS(ks.map(name), line ? outsideLine(x, line) : null);
      out.push({
        severity: "error",
        code: "CHORUS_LINE_AMBIGUOUS",
        file: split.input.file ?? split.input.name,
        reference: null,
        sheet: x.name,
        row,
        column: null,
        message,
      });
    }
  }
  return out;
}

function notConventionShares(
  splits: readonly ExtractSplit[],
  files: readonly string[],
  failed: ReadonlySet<number>
): PortfolioIssue[] {
  const out: PortfolioIssue[] = [];
  for (const k of failed) {
    const n = splits.reduce((acc, s) => acc + s.target.filter((m) => m === k).length, 0);
    if (n > 0)
      out.push({
        severity: "warning",
        code: "CHORUS_SHARE_OUTSIDE",
        file: files[k],
        reference: null,
        sheet: files[k],
        row: null,
        column: null,
        message: MSG_NOT_CONVENTION_SHARE(files[k], n),
      });
  }
  return out;
}
