/**
 * `plafond import <convention.pdf|.txt> [--out classeur.xlsx] [--json]`: reads the convention,
 * writes a new workbook of the contract's layout (never over an existing file) and says what it
 * found and what is left to fill in.
 */
import * as fs from "fs";
import * as path from "path";
import { formatDateFr, formatEuroFr } from "../app/format";
import {
  describeField,
  importFile,
  importResultJson,
  type ImportResult,
} from "../app/import-convention";
import { extractPdfText, PDFJS } from "../workbook/pdf";

/**
 * pdfjs is an ES module: bin/plafond.js runs the bundle from V8's code cache (vm.Script), where
 * import() has no loader, so it hands one over (bin/plafond.js); run as is, import() works.
 */
const HOST_IMPORT = Symbol.for("plafond.import");
function loadPdfjs(): Promise<unknown> {
  const host = (globalThis as Record<symbol, unknown>)[HOST_IMPORT];
  return typeof host === "function"
    ? (host as (s: string) => Promise<unknown>)(PDFJS)
    : import(PDFJS);
}
import { newWorkbook } from "../workbook/xlsx/newWorkbook";
import { UsageError } from "./args";
import { CliError, readInputFile } from "./files";
import { terminalSafe, terminalText } from "./terminal";
import { checkTarget, withTempFile, writeFailure } from "./output";

/** A dangling symbolic link is not absent: writing through it would create its target. */
function isLink(p: string): boolean {
  try {
    return fs.lstatSync(p).isSymbolicLink();
  } catch {
    return false;
  }
}

export const MSG_IMPORT_USAGE =
  "indiquez la convention : plafond import <convention.pdf|.txt> [--out <classeur.xlsx>] [--json]";
export const MSG_ONE_FILE = "une seule convention à la fois";
export const MSG_IS_DIR = (p: string) => `${p} est un dossier, pas une convention (.pdf ou .txt)`;
export const MSG_EXISTS = (p: string) =>
  `${p} existe déjà : Plafond n'écrase jamais un fichier, choisissez un autre nom avec --out`;
export const MSG_CANNOT_WRITE = (p: string, why: string) =>
  `impossible d'écrire le classeur ${p} : ${why}`;
export const MSG_WRITTEN = (p: string) => `Classeur écrit dans ${p}`;
export const MSG_TO_COMPLETE = (list: string) =>
  `à compléter dans le classeur (voir la feuille « Sources ») : ${list}`;
export const MSG_WARNING = (w: string) => `attention : ${w}`;

export interface ImportOutcome {
  readonly result: ImportResult;
  readonly outPath: string;
}

export function defaultImportOut(file: string): string {
  const ext = path.extname(file);
  return path.join(path.dirname(file), `${path.basename(file, ext)}.xlsx`);
}

/** Written beside the target, then linked to its name: an existing file is never replaced. */
async function writeNew(target: string, bytes: Uint8Array): Promise<void> {
  try {
    await withTempFile(target, async (tmp) => {
      await fs.promises.writeFile(tmp, bytes, { flag: "wx" });
      try {
        await fs.promises.link(tmp, target);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === "EEXIST" || fs.existsSync(target))
          throw new CliError(MSG_EXISTS(target), 2);
        if ((e as NodeJS.ErrnoException).code === "ENAMETOOLONG") throw e;
        // Some file systems have no hard links: the target was just checked absent.
        await fs.promises.rename(tmp, target);
      }
    });
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw writeFailure(target, e, MSG_CANNOT_WRITE);
  }
}

export async function runImport(
  file: string | undefined,
  options: { out: string | null }
): Promise<ImportOutcome> {
  if (!file) throw new UsageError(MSG_IMPORT_USAGE);
  const outPath = options.out ?? defaultImportOut(file);
  checkTarget(outPath, [file]);
  if (fs.existsSync(outPath) || isLink(outPath)) throw new CliError(MSG_EXISTS(outPath), 2);
  const bytes = readInputFile(file, MSG_IS_DIR);
  // An unreadable file names itself in its sentence ("x.txt est vide…"): exit 2 (main.ts).
  const { result, sheets } = await importFile(file, bytes, (pdf) => extractPdfText(pdf, loadPdfjs));
  await writeNew(outPath, newWorkbook(sheets));
  return { result, outPath };
}

/** The human summary: parties, period, ceilings and imputations found. */
export function formatImport(o: ImportOutcome): string {
  const r = o.result;
  const date = (d: string | null) => (d ? formatDateFr(d) : "?");
  const out = [
    `Convention ${r.reference ?? "(sans référence)"} : ${r.delegant ?? "?"} → ${r.delegataire ?? "?"}`,
    `Signature ${date(r.signature)} ; période du ${date(r.start)} au ${date(r.end)} ; préavis ${r.noticeMonths ?? "?"} mois`,
    `Plafonds (${r.ceilings.length}) :`,
    ...r.ceilings.map(
      (c) =>
        `  ${[c.centreFinancier, c.year ?? "?", c.financeur, c.nature].filter((x) => x !== null).join(" ")} : AE ${c.ae ? formatEuroFr(c.ae) : "?"}, CP ${c.cp ? formatEuroFr(c.cp) : "?"}`
    ),
    `Imputations (${r.imputations.length}) :`,
    ...r.imputations.map(
      (i) =>
        `  ${i.centreFinancier || "?"} ${i.domaineFonctionnel || "?"} ${i.activite || "?"} ${i.centreDeCouts || "?"}`
    ),
    MSG_WRITTEN(o.outPath),
  ];
  return out.join("\n").split("\u202f").join(" ").split("\u00a0").join(" ");
}

/** Runs the command and prints its outcome; the status is 0 once the workbook is written. */
export async function importCommand(
  files: readonly string[],
  options: { out: string | null; json: boolean }
): Promise<number> {
  if (files.length > 1) throw new UsageError(MSG_ONE_FILE);
  const outcome = await runImport(files[0], options);
  if (options.json) {
    process.stdout.write(`${JSON.stringify(importResultJson(outcome.result), null, 2)}\n`);
    return 0;
  }
  process.stdout.write(`${formatImport(terminalSafe(outcome))}\n`);
  const r = outcome.result;
  if (r.unresolved.length)
    process.stderr.write(
      `plafond: ${terminalText(MSG_TO_COMPLETE(r.unresolved.map((u) => describeField(r, u)).join(", ")))}\n`
    );
  for (const w of r.warnings) process.stderr.write(`plafond: ${terminalText(MSG_WARNING(w))}\n`);
  return 0;
}
