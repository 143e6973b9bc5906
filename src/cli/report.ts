import * as fs from "fs";
import * as path from "path";
import { analyse } from "../domain/analyse";
import { isValidIso, todayIso } from "../domain/date";
import { isFatal } from "../domain/read";
import { buildReport } from "../domain/report/build";
import { summarize, Summary } from "../domain/summary";
import { loadConvention } from "../workbook/load";
import { openXlsx, writeReportCopy, XlsxReadError } from "../workbook/xlsx";
import { UsageError } from "./args";
import { CliError, readInputFile } from "./files";

export { CliError, MSG_NOT_FOUND } from "./files";
import { readChorusOptions } from "./chorus";
import { MSG_PDF_SAME_FILE } from "./pdf-messages";

export const MSG_IS_DIR = (p: string) => `${p} est un dossier, pas un classeur .xlsx`;
export const MSG_SAME_FILE = "la copie (--out) ne peut pas être le classeur d'origine : Plafond ne modifie jamais votre fichier";
export const MSG_AS_OF = (v: string) => `date --as-of invalide : « ${v} » (attendu AAAA-MM-JJ)`;
export const MSG_CANNOT_WRITE = (p: string, why: string) => `impossible d'écrire la copie ${p} : ${why}`;


/** Macro-enabled packages must keep their extension, or Excel refuses to open them. */
const MACRO_EXTENSIONS = new Set([".xlsm", ".xltm"]);
export const MSG_MACRO_EXTENSION = (out: string) =>
  `attention : le classeur contient des macros ; Excel n'ouvrira la copie ${out} que sous l'extension .xlsm`;

export function defaultOut(file: string): string {
  const ext = path.extname(file);
  const outExt = MACRO_EXTENSIONS.has(ext.toLowerCase()) ? ".xlsm" : ".xlsx";
  return path.join(path.dirname(file), `${path.basename(file, ext)}.rapport${outExt}`);
}

/** The same file, even through a symbolic link or another spelling of its path. */
function sameFile(a: string, b: string): boolean {
  const real = (p: string) => {
    try {
      return fs.realpathSync(p);
    } catch {
      return path.resolve(p);
    }
  };
  return real(a) === real(b);
}

/** A read error, even one found after the workbook was opened (a broken part, a bomb), is exit 2. */
function asReadError(file: string, e: unknown): unknown {
  return e instanceof XlsxReadError ? new CliError(`${file} : ${e.message}`, 2) : e;
}

function readable<T>(file: string, step: () => T): T {
  try {
    return step();
  } catch (e) {
    throw asReadError(file, e);
  }
}

/** Writes beside the target then renames, so a failure never leaves half a file. */
export function writeAtomically(target: string, bytes: Uint8Array): void {
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(tmp, bytes);
    fs.renameSync(tmp, target);
  } catch (e) {
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
      /* nothing more to clean */
    }
    throw new CliError(MSG_CANNOT_WRITE(target, (e as NodeJS.ErrnoException).code ?? (e as Error).message), 3);
  }
}

export interface ReportOutcome {
  readonly summary: Summary;
  readonly outPath: string;
  readonly sheetName: string;
}

export async function runReport(
  file: string | undefined,
  options: { out: string | null; asOf: string | null; chorus?: readonly string[]; referential?: string | null; pdf?: string | null }
): Promise<ReportOutcome> {
  if (!file) throw new UsageError("indiquez le classeur : plafond report <classeur.xlsx>");
  const asOf = options.asOf ?? todayIso();
  if (!isValidIso(asOf)) throw new CliError(MSG_AS_OF(asOf), 2);
  const outPath = options.out ?? defaultOut(file);
  if (sameFile(outPath, file)) throw new CliError(MSG_SAME_FILE, 2);
  if (options.pdf && (sameFile(options.pdf, file) || sameFile(options.pdf, outPath))) throw new CliError(MSG_PDF_SAME_FILE, 2);
  if (MACRO_EXTENSIONS.has(path.extname(file).toLowerCase()) && !MACRO_EXTENSIONS.has(path.extname(outPath).toLowerCase())) {
    process.stderr.write(`plafond: ${MSG_MACRO_EXTENSION(outPath)}\n`);
  }

  const bytes = readInputFile(file, MSG_IS_DIR);
  const workbook = readable(file, () => openXlsx(bytes));
  const chorus = readChorusOptions(options.chorus ?? [], options.referential ?? null, (f) => readInputFile(f, MSG_IS_DIR), (m) => new CliError(m, 2));
  const read = await loadConvention(workbook, chorus).catch((e: unknown) => {
    throw asReadError(file, e);
  });
  if (!read.data || isFatal(read.issues)) {
    const first = read.issues[0];
    throw new CliError(`${file} : ${first ? first.message : "classeur illisible"}`, 2);
  }
  const analysis = analyse(read.data, read.issues, asOf, read.sheetNames);
  const summary = summarize(analysis.reconciliation, analysis.issues, read.chorus);
  const model = buildReport(analysis, read.data!, read.chorus);
  const written = readable(file, () => writeReportCopy(bytes, model));
  writeAtomically(outPath, written.bytes);
  if (options.pdf) writeAtomically(options.pdf, await (await import("./pdf")).reportPdf(model));
  return { summary, outPath, sheetName: written.sheetName };
}
