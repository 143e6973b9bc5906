/**
 * Where the command line writes: never over one of its inputs, never over something that is not a
 * regular file (a device, a FIFO, a folder), never silently over a read-only file; written to a
 * temporary file beside the target, removed on failure and on Ctrl-C / SIGTERM.
 */
import * as fs from "fs";
import * as path from "path";
import { CliError } from "./files";
import { why } from "./errno";

export const MSG_OUT_IS_INPUT = (out: string, input: string) =>
  `la copie (--out) ${out} est le fichier d'entrée ${input} : Plafond ne modifie jamais vos fichiers, choisissez un autre nom`;
export const MSG_OUT_NOT_REGULAR = (out: string) =>
  `${out} n'est pas un fichier ordinaire (dossier, périphérique ou tube) : Plafond n'écrit que dans un fichier, choisissez un autre nom avec --out`;
export const MSG_OUT_READ_ONLY = (out: string) =>
  `${out} existe et est en lecture seule : Plafond ne le remplace pas, choisissez un autre nom avec --out`;
export const MSG_NAME_TOO_LONG = (out: string) =>
  `impossible d'écrire ${out} : nom de fichier trop long pour ce système de fichiers, choisissez un nom plus court`;

function realOrResolved(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}

/** The same file: same real path (links, spellings), or the same inode (a hard link). */
export function sameFile(a: string, b: string): boolean {
  if (realOrResolved(a) === realOrResolved(b)) return true;
  try {
    const sa = fs.statSync(a);
    const sb = fs.statSync(b);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

/** Refuses (exit 2) a target that is an input, not a regular file, or a read-only file. */
export function checkTarget(out: string, inputs: readonly string[]): void {
  for (const input of inputs)
    if (sameFile(out, input)) throw new CliError(MSG_OUT_IS_INPUT(out, input), 2);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(out);
  } catch {
    return; // absent: to be created
  }
  if (!stat.isFile()) throw new CliError(MSG_OUT_NOT_REGULAR(out), 2);
  // The mode, not access(): root may write anywhere, yet a file made read-only says "keep me".
  if ((stat.mode & 0o222) === 0) throw new CliError(MSG_OUT_READ_ONLY(out), 2);
  try {
    fs.accessSync(out, fs.constants.W_OK);
  } catch {
    throw new CliError(MSG_OUT_READ_ONLY(out), 2);
  }
}

/** A short temporary name beside the target: its length does not depend on the target's. */
export function tempPathFor(target: string): string {
  const tag = `${process.pid.toString(36)}${Math.floor(Math.random() * 36 ** 4).toString(36)}`;
  return path.join(path.dirname(target), `.plafond-${tag}.tmp`);
}

const SIGNALS: readonly NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];
const EXIT_ON: Record<string, number> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };

/**
 * Runs `write(tmp)` with the temporary file removed if it fails or the process is interrupted.
 * The write is asynchronous so that a signal is handled while it runs (Node runs the handler
 * between I/O steps; without a handler the process would die with the file half written).
 */
export async function withTempFile<T>(
  target: string,
  write: (tmp: string) => Promise<T>
): Promise<T> {
  const tmp = tempPathFor(target);
  const remove = () => {
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
      /* nothing more to clean */
    }
  };
  const handlers = SIGNALS.map((signal) => {
    const handler = () => {
      remove();
      process.exit(EXIT_ON[signal]);
    };
    process.on(signal, handler);
    return [signal, handler] as const;
  });
  try {
    return await write(tmp);
  } finally {
    remove();
    for (const [signal, handler] of handlers) process.off(signal, handler);
  }
}

/** The French line of a failed write (exit 3): the plain reason, a name too long said as such. */
export function writeFailure(
  target: string,
  e: unknown,
  message: (p: string, why: string) => string
): CliError {
  if ((e as NodeJS.ErrnoException)?.code === "ENAMETOOLONG")
    return new CliError(MSG_NAME_TOO_LONG(target), 3);
  return new CliError(message(target, why(e)), 3);
}
