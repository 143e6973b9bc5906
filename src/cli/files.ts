import * as fs from "fs";
import { UnreadableInput } from "../app/errors";
import type { FileBytes } from "../app/ports";
import { why } from "./errno";

/** An error the command line reports on one line, with its exit status. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly status: number
  ) {
    super(message);
  }
}

export const MSG_NOT_FOUND = (p: string) => `fichier introuvable : ${p}`;
export const MSG_UNREADABLE = (p: string, why: string) => `lecture impossible de ${p} : ${why}`;
export const MSG_NOT_REGULAR = (p: string) =>
  `${p} n'est pas un fichier ordinaire (périphérique, tube ou autre) : indiquez un fichier enregistré sur le disque`;
export const MSG_INPUT_TOO_LARGE = (p: string) =>
  `${p} : fichier trop volumineux (plus de 1,5 Go) : Plafond refuse de le lire`;

/** Beyond this an input is refused before it is read (the unzipped limit is the same 1,5 Go). */
export const MAX_INPUT_BYTES = 1.5 * 1024 ** 3;

/** An input's stat, or exit 2: missing, a folder, not a regular file, too large. */
function inputStat(file: string, isDirMessage: (p: string) => string): fs.Stats {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new CliError(MSG_NOT_FOUND(file), 2);
  }
  if (stat.isDirectory()) throw new CliError(isDirMessage(file), 2);
  // A FIFO would block without a writer (even to open it), /dev/zero never end: regular files only.
  if (!stat.isFile()) throw new CliError(MSG_NOT_REGULAR(file), 2);
  if (stat.size > MAX_INPUT_BYTES) throw new CliError(MSG_INPUT_TOO_LARGE(file), 2);
  return stat;
}

/** The bytes of an input file, or exit 2 with one French line (missing, a folder, unreadable). */
export function readInputFile(file: string, isDirMessage: (p: string) => string): Uint8Array {
  inputStat(file, isDirMessage);
  try {
    return fs.readFileSync(file);
  } catch (e) {
    throw new CliError(MSG_UNREADABLE(file, why(e)), 2);
  }
}

/**
 * Runs a step on the workbook; an unreadable workbook (a broken part, a bomb), even one found
 * late, exits 2 with its French sentence after the file's name.
 */
export async function unreadable<T>(file: string, step: () => T | Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (e) {
    if (e instanceof UnreadableInput) throw new CliError(`${file} : ${e.message}`, 2);
    throw e;
  }
}

/**
 * An input file read as far as asked: its head first, the whole only when needed (a file given
 * as a Chorus extract is refused from its head). Refused as readInputFile refuses (exit 2).
 */
export function openInputFile(file: string, isDirMessage: (p: string) => string): FileBytes {
  const stat = inputStat(file, isDirMessage);
  let whole: Uint8Array | null = null;
  return {
    size: stat.size,
    head: (n) => (whole ? whole.subarray(0, n) : readHead(file, n)),
    all: () => (whole ??= readInputFile(file, isDirMessage)),
  };
}

function readHead(file: string, n: number): Uint8Array {
  let fd: number | null = null;
  try {
    fd = fs.openSync(file, "r");
    const buffer = new Uint8Array(n);
    let got = 0;
    for (let k = 1; got < n && k > 0; got += k) k = fs.readSync(fd, buffer, got, n - got, got);
    return buffer.subarray(0, got);
  } catch (e) {
    throw new CliError(MSG_UNREADABLE(file, why(e)), 2);
  } finally {
    if (fd !== null) fs.closeSync(fd);
  }
}
