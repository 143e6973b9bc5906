/**
 * Arguments of the CONV functions. Excel passes null for an omitted optional argument whatever
 * its declared type, so everything arrives here as `unknown`.
 */
import { cleanCode, codeMalformed, PATTERNS } from "../../domain/codes";
import { parseDate, type IsoDate } from "../../domain/date";
import { cellText } from "../../domain/text";
import type { CellValue } from "../../grid";
import { Failure, invalidValue } from "./result";
import {
  MSG_AS_OF_INVALID,
  MSG_CF_NOT_TEXT,
  MSG_CODE_NOT_TEXT,
  MSG_YEAR_INVALID,
} from "./messages";

/** What an amount function is asked about; null: no filter (the whole convention). */
export interface Filters {
  readonly centreFinancier: string | null;
  readonly year: number | null;
  /** The reporting date; null: today. */
  readonly asOf: IsoDate | null;
}

/** Omitted, or an empty cell (Excel may pass "" or 0 for it). */
function isBlank(value: unknown): boolean {
  return (
    value === null || value === undefined || (typeof value === "string" && value.trim() === "")
  );
}

/**
 * A centre financier loosely written: trimmed, upper-cased, management-area prefix stripped
 * ("bg00/0113-pebc-elab" is 0113-PEBC-ELAB). Only a malformed code is an error; a well-formed
 * one the convention does not know simply has no credits (the functions answer 0).
 */
export function parseCentreFinancier(value: unknown): string | null | Failure {
  if (isBlank(value)) return null;
  if (typeof value !== "string") return invalidValue(MSG_CF_NOT_TEXT);
  const code = cleanCode(value.trim().toUpperCase());
  return PATTERNS.centreFinancier.test(code)
    ? code
    : invalidValue(codeMalformed("centreFinancier", code));
}

export function parseYear(value: unknown): number | null | Failure {
  if (isBlank(value) || value === 0) return null;
  const year = typeof value === "string" && /^\s*\d{4}\s*$/.test(value) ? Number(value) : value;
  if (typeof year === "number" && Number.isInteger(year) && year >= 1900 && year <= 9999)
    return year;
  const shown =
    typeof value === "number" || typeof value === "boolean"
      ? cellText(value)
      : String(value).trim();
  return invalidValue(MSG_YEAR_INVALID(shown));
}

/**
 * A reporting date as a cell gives it: an Excel date (a serial), "2020-06-30" or "30/06/2020";
 * omitted or empty: today.
 */
export function parseAsOf(value: unknown): IsoDate | null | Failure {
  if (isBlank(value) || value === 0) return null;
  if (typeof value !== "string" && typeof value !== "number")
    return invalidValue(MSG_AS_OF_INVALID(cellText(value as CellValue)));
  const read = parseDate(value);
  return read.ok ? read.date : invalidValue(MSG_AS_OF_INVALID(cellText(value)));
}

export function parseFilters(
  centreFinancier: unknown,
  year: unknown,
  asOf: unknown = null
): Filters | Failure {
  const cf = parseCentreFinancier(centreFinancier);
  if (cf !== null && typeof cf === "object") return cf;
  const y = parseYear(year);
  if (y !== null && typeof y === "object") return y;
  const date = parseAsOf(asOf);
  if (date !== null && typeof date === "object") return date;
  return { centreFinancier: cf, year: y, asOf: date };
}

/**
 * An imputation code as the ledgers hold it (trimmed, "BG00/" stripped, "#" as empty); its case is
 * kept, so that a lowercase code gets the same message as in the report. A number (an activité
 * typed without quotes) is read as its digits.
 */
export function parseCode(value: unknown, field: string): string | Failure {
  if (isBlank(value)) return "";
  if (typeof value === "string" || typeof value === "number") return cleanCode(value);
  return invalidValue(MSG_CODE_NOT_TEXT(field));
}
