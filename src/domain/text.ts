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
// Combining marks of Latin text: the whole "Combining Diacritical Marks" block, and no mark lies
// below it. Every other mark is at or beyond U+0370 (outside General Punctuation, Letterlike
// Symbols, Arrows…, which hold none: "’" and "€" stay on the short path).
const LATIN_MARKS = /[\u0300-\u036f]/g;
const MAYBE_OTHER_MARKS = /[\u0370-\u1fff]|[\u20d0-\u20ff]|[\u2c00-\uffff]/;

/**
 * The text without its combining marks ("é" → "e"). ASCII text is returned as is, and French
 * text never compiles the \p{M} class (about half a millisecond on first use, at the start of
 * every small report: issue 14); the result is the same as removing every \p{M}.
 */
export function withoutAccents(s: string): string {
  if (ASCII.test(s)) return s;
  const d = s.normalize("NFD").replace(LATIN_MARKS, "");
  return MAYBE_OTHER_MARKS.test(d) ? d.replace(/\p{M}/gu, "") : d;
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
