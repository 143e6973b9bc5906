/**
 * Dates as ISO strings ("YYYY-MM-DD"): no time zone can shift a day. Cells hold Excel serials,
 * "31/12/2020", Chorus "03.02.2023 05:32:09", ISO, or French text "1er avril 2020".
 * A blank day ("__ mars 2020") is unknown, not an error of the reader (domain.md).
 */
import type { CellValue } from "../grid";
import { excelError, excelErrorReason, TRUE_FR, FALSE_FR, withoutAccents } from "./text";

export type IsoDate = string;

export type DateResult =
  { ok: true; date: IsoDate } | { ok: false; blank: boolean; unknown: boolean; reason: string };

export type MonthResult =
  { ok: true; month: string } | { ok: false; blank: boolean; reason: string };

export const DATE_MISSING = "date manquante";
export const MONTH_MISSING = "mois manquant";
export const DAY_UNKNOWN = "jour non renseigné";

export function dateUnreadable(text: string): string {
  return `"${text}" n'est pas une date lisible (ex. 31/12/2020)`;
}
export function dateDoesNotExist(day: number, month: number, year: number): string {
  return `la date ${pad(day)}/${pad(month)}/${year} n'existe pas`;
}
export function serialOutOfRange(n: number): string {
  return `le nombre ${n} n'est pas une date Excel (numéro de série entre 1 et 2958465)`;
}
export function yearOutOfRange(year: number): string {
  return `l'année ${year} est hors limites (1900 à 9999)`;
}
export function monthUnreadable(text: string): string {
  return `"${text}" n'est pas un mois lisible (ex. 2020-09 ou 09/2020)`;
}

/** Serials count days from 1899-12-30; the one conversion lives in src/grid. */
export { excelSerialToIso, isoToExcelSerial } from "../grid";
import { excelSerialToIso } from "../grid";
const MAX_SERIAL = 2958465; // 9999-12-31

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

function isoOf(y: number, m: number, d: number): IsoDate {
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

function exists(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return (
    y >= 1900 &&
    y <= 9999 &&
    t.getUTCFullYear() === y &&
    t.getUTCMonth() === m - 1 &&
    t.getUTCDate() === d
  );
}

export function isValidIso(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return m !== null && exists(+m[1], +m[2], +m[3]);
}

export const yearOf = (iso: IsoDate): number => Number(iso.slice(0, 4));
export const monthOf = (iso: IsoDate): string => iso.slice(0, 7);
export const endOfYear = (year: number): IsoDate => `${pad(year, 4)}-12-31`;
export const formatDateFr = (iso: IsoDate): string =>
  `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** Today in the user's local time zone (the day their Excel shows). */
export function todayIso(now: Date = new Date()): IsoDate {
  return isoOf(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** French month names and abbreviations, keyed without accents, case or trailing dot. */
const MONTHS: Record<string, number> = {};
[
  ["janvier", "janv", "jan"],
  ["fevrier", "fevr", "fev"],
  ["mars", "mar"],
  ["avril", "avr"],
  ["mai"],
  ["juin"],
  ["juillet", "juil"],
  ["aout"],
  ["septembre", "sept", "sep"],
  ["octobre", "oct"],
  ["novembre", "nov"],
  ["decembre", "dec"],
].forEach((names, i) => names.forEach((name) => (MONTHS[name] = i + 1)));

function monthNumber(word: string): number | null {
  const key = withoutAccents(word).toLowerCase().replace(/\.$/, "");
  return MONTHS[key] ?? null;
}

/** Excel's two-digit year rule: 00-29 → 2000s, 30-99 → 1900s. */
function fullYear(y: string): number {
  const n = Number(y);
  return y.length === 4 ? n : n < 30 ? 2000 + n : 1900 + n;
}

/** Markers of a day left blank in a template: "__", "xx", "…", "...", "??". */
const BLANK_DAY = "(?:_+|[xX]{1,2}|…|\\.{2,3}|\\?{1,2})";
const TIME = "(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?";
const ISO_RE = new RegExp(`^(\\d{4})-(\\d{1,2})-(\\d{1,2})${TIME}$`);
const DMY_RE = new RegExp(`^(\\d{1,2}|${BLANK_DAY})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})${TIME}$`);
const TEXT_RE = new RegExp(`^(1er|\\d{1,2}|${BLANK_DAY})\\s+(\\p{L}+\\.?)\\s+(\\d{4})$`, "iu");

/**
 * Year, month and day (null when left blank) of a text, or null when it is no date.
 * A time after the date, and an ISO time zone, are ignored: the day is the one written.
 */
function splitDateText(text: string): { y: number; m: number; d: number | null } | null {
  const iso = ISO_RE.exec(text);
  if (iso) return { y: +iso[1], m: +iso[2], d: +iso[3] };
  const dmy = DMY_RE.exec(text);
  if (dmy) return { y: fullYear(dmy[4]), m: +dmy[3], d: /^\d+$/.test(dmy[1]) ? +dmy[1] : null };
  const fr = TEXT_RE.exec(text);
  if (fr) {
    const m = monthNumber(fr[2]);
    if (m === null) return null;
    const d = /^1er$/i.test(fr[1]) ? 1 : /^\d+$/.test(fr[1]) ? +fr[1] : null;
    return { y: +fr[3], m, d };
  }
  return null;
}

function fromSerial(n: number): DateResult {
  if (!Number.isFinite(n) || n < 1 || n >= MAX_SERIAL + 1 || Math.floor(n) === 60) {
    return { ok: false, blank: false, unknown: false, reason: serialOutOfRange(n) };
  }
  return { ok: true, date: excelSerialToIso(n) };
}

/** Normalised text of a date cell: trimmed, every run of spaces (no-break ones too) as one. */
function squeeze(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

export function parseDate(value: CellValue | undefined): DateResult {
  const invalid = (reason: string): DateResult => ({
    ok: false,
    blank: false,
    unknown: false,
    reason,
  });
  if (value === null || value === undefined)
    return { ok: false, blank: true, unknown: false, reason: DATE_MISSING };
  const error = excelError(value);
  if (error !== null) return invalid(excelErrorReason(error));
  if (typeof value === "boolean") return invalid(dateUnreadable(value ? TRUE_FR : FALSE_FR));
  if (typeof value === "number") return fromSerial(value);
  if (typeof value !== "string") return invalid(dateUnreadable(String(value)));
  const text = squeeze(value);
  if (text === "") return { ok: false, blank: true, unknown: false, reason: DATE_MISSING };
  // A serial typed as text ("44196") is not taken for a date: it may be any number.
  const parts = splitDateText(text);
  if (parts === null) return invalid(dateUnreadable(text));
  if (parts.d === null) {
    if (parts.m < 1 || parts.m > 12) return invalid(dateUnreadable(text));
    return { ok: false, blank: false, unknown: true, reason: `${DAY_UNKNOWN} ("${text}")` };
  }
  if (parts.y < 1900) return invalid(yearOutOfRange(parts.y));
  if (!exists(parts.y, parts.m, parts.d))
    return invalid(dateDoesNotExist(parts.d, parts.m, parts.y));
  return { ok: true, date: isoOf(parts.y, parts.m, parts.d) };
}

/** A year from 2020, "2020" or 2020.0 (1900..2200), else null. */
export function parseYear(value: CellValue | undefined): number | null {
  const n =
    typeof value === "number"
      ? value
      : typeof value === "string" && /^\s*\d{4}\s*$/.test(value)
        ? Number(value)
        : NaN;
  return Number.isInteger(n) && n >= 1900 && n <= 2200 ? n : null;
}

const MONTH_YM = /^(\d{4})[-/](\d{1,2})$/;
const MONTH_MY = /^(\d{1,2})[-/.](\d{4})$/;
const MONTH_TEXT = /^(\p{L}+\.?)\s*(\d{4})$/u;

/** A month ("YYYY-MM") from "2020-09", "09/2020", "sept. 2020", a date or an Excel serial. */
export function parseMonth(value: CellValue | undefined): MonthResult {
  const invalid = (reason: string): MonthResult => ({ ok: false, blank: false, reason });
  if (value === null || value === undefined)
    return { ok: false, blank: true, reason: MONTH_MISSING };
  const error = excelError(value);
  if (error !== null) return invalid(excelErrorReason(error));
  if (typeof value === "number") {
    const d = fromSerial(value);
    return d.ok ? { ok: true, month: monthOf(d.date) } : invalid(d.reason);
  }
  if (typeof value === "boolean") return invalid(monthUnreadable(value ? TRUE_FR : FALSE_FR));
  if (typeof value !== "string") return invalid(monthUnreadable(String(value)));
  const text = squeeze(value);
  if (text === "") return { ok: false, blank: true, reason: MONTH_MISSING };
  let y: number | null = null;
  let m: number | null = null;
  // Tried in turn: the Unicode classes of the named forms are compiled only when needed.
  let found: RegExpExecArray | null;
  if ((found = MONTH_YM.exec(text))) [y, m] = [+found[1], +found[2]];
  else if ((found = MONTH_MY.exec(text))) [y, m] = [+found[2], +found[1]];
  else if ((found = MONTH_TEXT.exec(text)) && monthNumber(found[1]) !== null)
    [y, m] = [+found[2], monthNumber(found[1])];
  else {
    // A full date names its month, even when its day is left blank.
    const parts = splitDateText(text);
    if (parts && (parts.d === null || exists(parts.y, parts.m, parts.d)))
      [y, m] = [parts.y, parts.m];
  }
  if (y === null || m === null || m < 1 || m > 12 || y < 1900 || y > 9999)
    return invalid(monthUnreadable(text));
  return { ok: true, month: `${pad(y, 4)}-${pad(m)}` };
}
