/** The name of the Rapport sheet, the same in both writers (the xlsx copy and Excel). */
import { REPORT_SHEET } from "./model";

/** A valid sheet name from `base`: no []:*?/\, no apostrophe at either end, 31 characters at most. */
function cleanSheetName(base: string): string {
  const name = base
    .replace(/[[\]:*?/\\\u0000-\u001f]/g, " ")
    .replace(/^'+|'+$/g, "")
    .trim();
  return name === "" ? REPORT_SHEET : name;
}

/** `base`, or `base (2)`, `base (3)`… : the first not taken, compared as Excel does (ignoring case). */
export function uniqueSheetName(base: string, taken: readonly string[]): string {
  const used = new Set(taken.map((n) => n.toUpperCase()));
  const clean = cleanSheetName(base);
  if (!used.has(clean.slice(0, 31).toUpperCase())) return clean.slice(0, 31);
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = clean.slice(0, 31 - suffix.length) + suffix;
    if (!used.has(name.toUpperCase())) return name;
  }
}
