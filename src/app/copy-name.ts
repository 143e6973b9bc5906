/**
 * The name of the copy that holds the Rapport, the same for the command line and the preview:
 * "camino-2020.xlsx" → "camino-2020.rapport.xlsx". A macro-enabled package keeps its extension
 * (.xlsm), or Excel refuses to open it.
 */
const MACRO_EXTENSION = /\.(xlsm|xltm)$/i;
const WORKBOOK_EXTENSION = /\.(xlsx|xlsm|xltx|xltm)$/i;

export function isMacroEnabledName(fileName: string): boolean {
  return MACRO_EXTENSION.test(fileName);
}

export function reportCopyName(fileName: string): string {
  const base = fileName.replace(WORKBOOK_EXTENSION, "") || "classeur";
  return `${base}.rapport.${isMacroEnabledName(fileName) ? "xlsm" : "xlsx"}`;
}

export const MSG_MACRO_EXTENSION = (out: string) =>
  `attention : le classeur contient des macros ; Excel n'ouvrira la copie ${out} que sous l'extension .xlsm`;

/** The PDF's file name: the convention's reference, as the workbook copy is named after its file. */
export function reportPdfName(reference: string | null | undefined): string {
  const name = (reference ?? "").replace(/[\\/:*?"<>|]+/g, "-").trim();
  return `${name || "rapport"}.rapport.pdf`;
}
