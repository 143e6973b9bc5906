/**
 * `plafond portfolio`: thin I/O glue over the app's portfolio — find the workbooks, read the
 * extracts, open each workbook when the use case asks for it (one at a time), write the Rapport
 * copies and the portfolio workbook as new files, print the summary.
 */
import * as fs from "fs";
import * as path from "path";
import { readChorusFiles } from "../app/chorus-files";
import { reportCopyName } from "../app/copy-name";
import { UnreadableInput } from "../app/errors";
import { isValidIso, todayIso } from "../app/format";
import type { Convention } from "../app/open-convention";
import {
  MSG_NONE_READ,
  MSG_NO_INPUT,
  portfolioJson,
  portfolioSheets,
  runPortfolio,
  type Portfolio,
  type PortfolioHost,
} from "../app/portfolio";
import { reportModel } from "../app/report";
import { csvInput } from "../workbook/text/csv";
import { openXlsx, writeReportCopy } from "../workbook/xlsx";
import { writeBook } from "../workbook/xlsx/bookWriter";
import { UsageError } from "./args";
import { CliError, MSG_NOT_FOUND, readInputFile } from "./files";
import { terminalText as escapeLine } from "./terminal";
import {
  collectWorkbooks,
  freeName,
  MSG_OUT_EXISTS,
  MSG_OUT_IS_INPUT,
  MSG_REPORTS_NOT_DIR,
  realPath,
  writeNew,
} from "./portfolio-files";
import { formatPortfolio } from "./portfolio-format";
import { periodicCollector } from "./portfolio-memory";

export const DEFAULT_OUT = "portefeuille.xlsx";
export const MSG_AS_OF = (v: string) => `date --as-of invalide : « ${v} » (attendu AAAA-MM-JJ)`;
export const MSG_IS_DIR = (p: string) => `${p} est un dossier, pas un extrait Chorus`;
export const MSG_SKIPPED = (file: string, why: string) => `${file} écarté : ${why}`;
export const MSG_NO_REFERENTIAL =
  "--referential ne s'applique qu'à plafond report (un classeur à la fois)";
const MSG_READ = (why: string) => `lecture impossible : ${why}`;

export interface PortfolioArgs {
  readonly positional: readonly string[];
  readonly out: string | null;
  readonly asOf: string | null;
  readonly json: boolean;
  readonly chorus: readonly string[];
  readonly reports: string | null;
  /** Not for the portfolio: refused rather than silently ignored. */
  readonly referential?: string | null;
}

/** Opens each workbook from disk when asked, and keeps the last one's bytes for its Rapport copy. */
function fileHost(outPath: string, reports: string | null): PortfolioHost {
  let current: { file: string; bytes: Uint8Array } | null = null;
  const collect = periodicCollector();
  const taken = new Set<string>();
  const open: PortfolioHost["open"] = async (file) => {
    let bytes: Uint8Array;
    try {
      bytes = fs.readFileSync(file);
    } catch (e) {
      throw new UnreadableInput(
        MSG_READ((e as NodeJS.ErrnoException).code ?? (e as Error).message)
      );
    }
    collect();
    current = { file, bytes };
    return openXlsx(bytes);
  };
  if (reports === null) return { open };
  const written = async (file: string, convention: Convention) => {
    const bytes = current?.file === file ? current.bytes : fs.readFileSync(file);
    const copy = writeReportCopy(bytes, reportModel(convention));
    const target = freeName(reports, reportCopyName(path.basename(file)), taken);
    writeNew(target, copy.bytes);
    return path
      .relative(path.dirname(path.resolve(outPath)), path.resolve(target))
      .split(path.sep)
      .join("/");
  };
  return { open, written };
}

function checkOutputs(outPath: string, reports: string | null, inputs: readonly string[]): void {
  const out = realPath(outPath);
  if (inputs.some((f) => realPath(f) === out)) throw new CliError(MSG_OUT_IS_INPUT(outPath), 2);
  if (fs.existsSync(outPath)) throw new CliError(MSG_OUT_EXISTS(outPath), 2);
  if (reports !== null) {
    if (fs.existsSync(reports) && !fs.statSync(reports).isDirectory())
      throw new CliError(MSG_REPORTS_NOT_DIR(reports), 2);
    fs.mkdirSync(reports, { recursive: true });
  }
}

/** Runs the portfolio; exit 0 when at least one convention was read, 2 when none could be, 3 when nothing can be written. */
export async function portfolioCommand(args: PortfolioArgs): Promise<number> {
  if (args.positional.length === 0) throw new UsageError(MSG_NO_INPUT);
  if (args.referential) throw new UsageError(MSG_NO_REFERENTIAL);
  const asOf = args.asOf ?? todayIso();
  if (!isValidIso(asOf)) throw new CliError(MSG_AS_OF(asOf), 2);
  const outPath = args.out ?? DEFAULT_OUT;
  const found = collectWorkbooks(args.positional, MSG_NOT_FOUND);
  checkOutputs(outPath, args.reports, [...found.map((f) => f.file), ...args.chorus]);
  const chorus = readChorusFiles(args.chorus, null, (f) => readInputFile(f, MSG_IS_DIR), {
    openWorkbook: openXlsx,
    textInput: csvInput,
  });

  const files = found.filter((f) => !f.skip).map((f) => f.file);
  const run = await runPortfolio(
    files,
    { asOf, extracts: chorus.chorus },
    fileHost(outPath, args.reports)
  );
  const portfolio: Portfolio = {
    ...run,
    skipped: [
      ...found.filter((f) => f.skip).map((f) => ({ file: f.file, reason: f.skip! })),
      ...run.skipped,
    ],
  };
  for (const s of portfolio.skipped)
    process.stderr.write(`plafond: ${escapeLine(MSG_SKIPPED(s.file, s.reason))}\n`);
  if (portfolio.conventions.length === 0) throw new CliError(MSG_NONE_READ, 2);

  writeNew(outPath, writeBook(portfolioSheets(portfolio)));
  process.stdout.write(
    args.json
      ? `${JSON.stringify(portfolioJson(portfolio), null, 2)}\n`
      : `${formatPortfolio(portfolio, outPath, args.reports)}\n`
  );
  return 0;
}
