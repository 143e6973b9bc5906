/**
 * Text helpers shared by the readers: tolerant header keys and the text of any cell.
 */
import type { CellValue } from "../grid";

/**
 * A key for tolerant name matching (headers, sheet names): lowercase, no accents, letters and
 * digits only. "Centre financier", "CENTRE_FINANCIER" and " centre  financier " give one key.
 */
export function normalizeKey(s: string): string {
  return withoutAccents(s)
    .toLowerCase()
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .replace(/ß/g, "ss")
    .replace(/[^a-z0-9]/g, "");
}

const ASCII = /^[\x00-\x7f]*$/;

/**
 * The text without its combining marks ("é" → "e"). ASCII text is returned as is: Unicode
 * normalisation (and the \p{M} class) cost a few milliseconds on first use, the start of a
 * small report (issue 14).
 */
export function withoutAccents(s: string): string {
  return ASCII.test(s) ? s : s.normalize("NFD").replace(/\p{M}/gu, "");
}

export { excelError } from "../grid";

/** Reason given when a cell to read holds an Excel error value. */
export function excelErrorReason(literal: string): string {
  return `valeur d'erreur Excel ${literal}`;
}

/** French names Excel gives booleans (the users' Excel is in French). */
export const TRUE_FR = "VRAI";
export const FALSE_FR = "FAUX";

/**
 * The trimmed text of a cell. Integers print as plain digits (2103105755, not 2.1e9), other
 * numbers through 15 significant digits as Excel shows them (0.1 + 0.2 → "0.3").
 */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value.trim();
  if (typeof value === "boolean") return value ? TRUE_FR : FALSE_FR;
  if (typeof value === "number") {
    if (Number.isInteger(value) && Math.abs(value) < 1e21) return value === 0 ? "0" : String(value);
    return Number.isFinite(value) ? String(Number(value.toPrecision(15))) : String(value);
  }
  return value.error;
}
