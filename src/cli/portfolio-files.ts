/**
 * The files of `plafond portfolio`: the workbooks named or found in folders (recursively), and
 * the new files it writes, never over an existing one.
 */
import * as fs from "fs";
import * as path from "path";
import { CliError } from "./files";

const WORKBOOK = /\.(xlsx|xlsm)$/i;
/** Plafond's own copies (`<nom>.rapport.xlsx`) and Excel's lock files (`~$classeur.xlsx`). */
const REPORT_COPY = /\.rapport( \(\d+\))?\.(xlsx|xlsm)$/i;
const LOCK_FILE = /^~\$/;

export const MSG_OUT_EXISTS = (p: string) =>
  `${p} existe déjà : Plafond n'écrase jamais un fichier (choisissez un autre nom avec --out)`;
export const MSG_OUT_IS_INPUT = (p: string) =>
  `${p} est un des fichiers lus : Plafond ne modifie jamais vos fichiers`;
export const MSG_CANNOT_WRITE = (p: string, why: string) => `impossible d'écrire ${p} : ${why}`;
export const MSG_REPORTS_NOT_DIR = (p: string) => `--reports ${p} n'est pas un dossier`;
export const REASON_REPORT_COPY =
  "copie de rapport Plafond (<nom>.rapport.xlsx) : ce n'est pas un classeur de convention à lire";

/** A file found, or a path set aside with its reason (a report copy, a missing path). */
export interface Found {
  readonly file: string;
  readonly skip?: string;
}

function walk(dir: string, out: Found[]): void {
  const entries = fs
    .readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (WORKBOOK.test(e.name) && !LOCK_FILE.test(e.name))
      out.push(REPORT_COPY.test(e.name) ? { file: p, skip: REASON_REPORT_COPY } : { file: p });
  }
}

/** Workbooks named are read whatever their extension (a wrong one is then reported); folders give their .xlsx/.xlsm. */
export function collectWorkbooks(
  paths: readonly string[],
  notFound: (p: string) => string
): Found[] {
  const out: Found[] = [];
  for (const p of paths) {
    let stat: fs.Stats | null = null;
    try {
      stat = fs.statSync(p);
    } catch {
      out.push({ file: p, skip: notFound(p) });
      continue;
    }
    if (stat.isDirectory()) walk(p, out);
    else out.push({ file: p });
  }
  const seen = new Set<string>();
  return out.filter((f) => {
    const key = realPath(f.file);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function realPath(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}

/** A hard link where the file system has them, else an exclusive copy: both refuse an existing name. */
function linkOrCopy(from: string, to: string): void {
  try {
    fs.linkSync(from, to);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EXDEV" && code !== "ENOSYS") throw e;
    fs.copyFileSync(from, to, fs.constants.COPYFILE_EXCL);
  }
}

/** Writes a NEW file: beside it first, then linked in place, which fails if the name exists meanwhile. */
export function writeNew(target: string, bytes: Uint8Array): void {
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(tmp, bytes, { flag: "wx" });
    linkOrCopy(tmp, target);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EEXIST" && fs.existsSync(target)) throw new CliError(MSG_OUT_EXISTS(target), 2);
    throw new CliError(MSG_CANNOT_WRITE(target, code ?? (e as Error).message), 3);
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}

/** `dir/name.rapport.xlsx`, or `name.rapport (2).xlsx`… when taken (two conventions of one name, an earlier run). */
export function freeName(dir: string, name: string, taken: Set<string>): string {
  const ext = path.extname(name);
  const base = name.slice(0, -ext.length);
  for (let n = 1; ; n++) {
    const candidate = path.join(dir, n === 1 ? name : `${base} (${n})${ext}`);
    if (!taken.has(candidate) && !fs.existsSync(candidate)) {
      taken.add(candidate);
      return candidate;
    }
  }
}
