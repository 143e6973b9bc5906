import * as fs from "fs";
import { UnreadableInput } from "../app/errors";

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

/** The bytes of an input file, or exit 2 with one French line (missing, a folder, unreadable). */
export function readInputFile(file: string, isDirMessage: (p: string) => string): Uint8Array {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new CliError(MSG_NOT_FOUND(file), 2);
  }
  if (stat.isDirectory()) throw new CliError(isDirMessage(file), 2);
  try {
    return fs.readFileSync(file);
  } catch (e) {
    throw new CliError(MSG_UNREADABLE(file, (e as NodeJS.ErrnoException).code ?? (e as Error).message), 2);
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
