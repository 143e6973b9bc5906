/**
 * `plafond report`: thin I/O glue over the app's use case — read the files, open the convention,
 * write the copy with the Rapport (never over an input), print the summary.
 */
import * as fs from "fs";
import * as path from "path";
import { readChorusFiles } from "../app/chorus-files";
import { isMacroEnabledName, MSG_MACRO_EXTENSION, reportCopyName } from "../app/copy-name";
import { isValidIso, todayIso } from "../app/format";
import { judgeLoaded, loadConvention } from "../app/open-convention";
import { reportModel, summaryOf, type Summary } from "../app/report";
import { csvInput } from "../workbook/text/csv";
import { textLooksLikeExtract } from "../workbook/text/sniff";
import { openXlsx, writeReportCopy } from "../workbook/xlsx";
import { ZipLimitError } from "../workbook/xlsx/zipWrite";
import { UsageError } from "./args";
import { CliError, openInputFile, readInputFile, unreadable } from "./files";
import { checkTarget, sameFile, withTempFile, writeFailure } from "./output";
import { MSG_PDF_SAME_FILE } from "./pdf-messages";
import { periodicCollector, usedHeap } from "./portfolio-memory";
import { terminalText } from "./terminal";

export { CliError, MSG_NOT_FOUND } from "./files";

export const MSG_IS_DIR = (p: string) => `${p} est un dossier, pas un classeur .xlsx`;
export const MSG_SAME_FILE =
  "la copie (--out) ne peut pas être le classeur d'origine : Plafond ne modifie jamais votre fichier";
export const MSG_AS_OF = (v: string) => `date --as-of invalide : « ${v} » (attendu AAAA-MM-JJ)`;
export const MSG_CANNOT_WRITE = (p: string, why: string) =>
  `impossible d'écrire la copie ${p} : ${why}`;

/**
 * Inputs from this size on are also collected once their extracts are read (see runReport); a
 * small workbook is not: full collections would double the command's time on the Camino example.
 */
export const COLLECT_FROM_BYTES = 16 * 1024 * 1024;
/**
 * From this size on, one collection once the workbook is read, before reconciling: what reading
 * left (the sheets' cells and XML) is freed before the ledgers' analysis grows the heap. On the
 * 13 MB bench workbook with text keys: 38 ms for a peak of 373 MB instead of 450 MB.
 */
export const COLLECT_LOADED_FROM_BYTES = 4 * 1024 * 1024;
/** A reconciliation that leaves this much heap or more is collected (see runReport). */
export const COLLECT_RECONCILED_FROM_HEAP = 256 * 1024 * 1024;

function inputBytes(files: readonly string[]): number {
  let total = 0;
  for (const f of files) {
    // Whatever the path's problem (missing, ENOTDIR, a loop, a name too long), the reader of that
    // file tells it in French later (exit 2): here it only counts for nothing.
    try {
      total += fs.statSync(f, { throwIfNoEntry: false })?.size ?? 0;
    } catch {
      /* counted as 0 */
    }
  }
  return total;
}

export function defaultOut(file: string): string {
  return path.join(path.dirname(file), reportCopyName(path.basename(file)));
}

const SYNC_WRITE_BYTES = 4 * 1024 * 1024;

/** Writes beside the target then renames, so a failure or an interruption never leaves half a file. */
async function writeAtomically(target: string, bytes: Uint8Array): Promise<void> {
  try {
    await withTempFile(target, async (tmp) => {
      // A small copy is written at once (fs.promises alone costs 2 ms to load); a large one
      // asynchronously, so that Ctrl-C is handled while it is written (output.ts).
      if (bytes.length < SYNC_WRITE_BYTES) fs.writeFileSync(tmp, bytes, { flag: "wx" });
      else await fs.promises.writeFile(tmp, bytes, { flag: "wx" });
      fs.renameSync(tmp, target);
    });
  } catch (e) {
    throw writeFailure(target, e, MSG_CANNOT_WRITE);
  }
}

export interface ReportOutcome {
  readonly summary: Summary;
  readonly outPath: string;
  readonly sheetName: string;
}

export interface ReportOptions {
  readonly out: string | null;
  readonly asOf: string | null;
  readonly chorus?: readonly string[];
  readonly referential?: string | null;
  /** List the EJs still open at any date (they are listed at term anyway). */
  readonly openEj?: boolean;
  /** Also write the Rapport as a PDF there. */
  readonly pdf?: string | null;
}

export async function runReport(
  file: string | undefined,
  options: ReportOptions
): Promise<ReportOutcome> {
  if (!file) throw new UsageError("indiquez le classeur : plafond report <classeur.xlsx>");
  const asOf = options.asOf ?? todayIso();
  if (!isValidIso(asOf)) throw new CliError(MSG_AS_OF(asOf), 2);
  const outPath = options.out ?? defaultOut(file);
  if (sameFile(outPath, file)) throw new CliError(MSG_SAME_FILE, 2);
  const inputs = [
    file,
    ...(options.chorus ?? []),
    ...(options.referential ? [options.referential] : []),
  ];
  checkTarget(outPath, inputs);
  if (options.pdf) {
    if (sameFile(options.pdf, file) || sameFile(options.pdf, outPath))
      throw new CliError(MSG_PDF_SAME_FILE, 2);
    checkTarget(options.pdf, inputs);
  }
  if (isMacroEnabledName(file) && !isMacroEnabledName(outPath))
    process.stderr.write(`plafond: ${terminalText(MSG_MACRO_EXTENSION(outPath))}\n`);

  const bytes = readInputFile(file, MSG_IS_DIR);
  // The workbook is already read: its bytes count; only the other inputs are looked at.
  const size = bytes.length + inputBytes(inputs.slice(1));
  const collector = size >= COLLECT_LOADED_FROM_BYTES ? periodicCollector(1) : null;
  const collectNow = size >= COLLECT_FROM_BYTES && collector ? collector : () => {};
  const source = await unreadable(file, () => openXlsx(bytes));
  // A Chorus file names itself in its message (exit 2 too, see main.ts).
  const chorus = readChorusFiles(
    options.chorus ?? [],
    options.referential ?? null,
    (f) => readInputFile(f, MSG_IS_DIR),
    { openWorkbook: openXlsx, textInput: csvInput, textLooksLikeExtract },
    (f) => openInputFile(f, MSG_IS_DIR)
  );
  const loaded = await unreadable(file, () =>
    loadConvention(source, { ...chorus, releaseAfterReading: true, afterReading: collectNow })
  );
  // The sheets' cells, and the extracts' lines turned into ledgers, are garbage now: collected
  // before reconciling.
  collector?.();
  const opened = await unreadable(file, () =>
    judgeLoaded(loaded, asOf, { openEJ: options.openEj ?? false })
  );
  if (!opened.ok) throw new CliError(`${file} : ${opened.message}`, 2);
  // What reconciling left is collected before the Rapport, the copy and the summary are built on
  // top of it only when the heap is large: the 1 000 000 open EJs of a 1 000 000-row extract
  // peak at 678 MiB with it, 843 without; the 300 000-row bench extract (145 MB of heap) has the
  // same peak either way, and the collection cost it 60 ms. Not after the Rapport and the copy:
  // they leave little (11 and 31 MB on the bench extract) for 100 ms a collection.
  if (collector && usedHeap() >= COLLECT_RECONCILED_FROM_HEAP) collector();
  const model = reportModel(opened);
  const written = await unreadable(file, () => {
    try {
      return writeReportCopy(bytes, model);
    } catch (e) {
      if (e instanceof ZipLimitError) throw new CliError(MSG_CANNOT_WRITE(outPath, e.message), 3);
      throw e;
    }
  });
  await writeAtomically(outPath, written.bytes);
  // pdf-lib and its fonts are loaded only when a PDF is asked for.
  if (options.pdf)
    await writeAtomically(options.pdf, await (await import("./pdf")).reportPdf(model));
  return { summary: summaryOf(opened), outPath, sheetName: written.sheetName };
}
