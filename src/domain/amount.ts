/**
 * Reading an amount from a cell, in every form French spreadsheets hold (domain.md, "What
 * spreadsheets hold"): Excel numbers, "160 000,00 €", "140 k€", "1,2 M€", "(1 234,56)"…
 * Anything doubtful is refused with a French reason rather than guessed.
 */
import type { CellValue } from "../grid";
import { type Money, money } from "./money";
import { excelError, excelErrorReason, TRUE_FR, FALSE_FR } from "./text";

export type AmountResult =
  { ok: true; value: Money } | { ok: false; blank: boolean; reason: string };

/** Reason for a text that is not an amount; `detail` says why when it helps. */
export function amountUnreadable(text: string, detail?: string): string {
  return `"${text}" n'est pas un montant lisible` + (detail ? ` (${detail})` : "");
}

export const DETAIL_NO_DIGIT = "aucun chiffre";
export const DETAIL_SEPARATORS = "séparateurs de milliers ou décimaux incohérents";
export const DETAIL_SIGN = "signe en double";

export function booleanNotAmount(b: boolean): string {
  return `la valeur ${b ? TRUE_FR : FALSE_FR} n'est pas un montant`;
}

/**
 * The largest amount read: 10^15 € (15 digits before the decimal point, the bound included).
 * Beyond, a double no longer holds the cents (Excel shows 15 significant digits) and no
 * convention is of that size: 1e308 or a 400-digit text is a typing or export accident.
 */
export const MAX_AMOUNT = 1e15;
export const MSG_AMOUNT_TOO_LARGE = (shown: string) =>
  `le montant ${shown} dépasse 15 chiffres avant la virgule (au-delà de 10^15 €) : il n'est pas compté`;

/** A long text shown by its start only (a 400-digit text would make an unreadable message). */
const shorten = (t: string) => (t.length > 24 ? `${t.slice(0, 24)}…` : t);

export function numberNotAmount(n: number): string {
  return `le nombre ${String(n)} n'est pas un montant`;
}

/** Spaces used as thousands separators: ordinary, no-break, narrow no-break, thin. */
const SPACES = " \u00a0\u202f\u2009";
const MINUS = "-\u2013\u2212"; // hyphen-minus, en dash, minus sign
/** Unit suffixes: the multiplier letter is optional; "m" (milli?) is refused as ambiguous. */
const UNIT = /([kKM]?)\s*(€|[Ee][Uu][Rr])$/;

const fail = (reason: string): AmountResult => ({ ok: false, blank: false, reason });

export function parseAmount(value: CellValue | undefined): AmountResult {
  if (value === null || value === undefined)
    return { ok: false, blank: true, reason: "montant manquant" };
  const error = excelError(value);
  if (error !== null) return fail(excelErrorReason(error));
  if (typeof value === "boolean") return fail(booleanNotAmount(value));
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return fail(numberNotAmount(value));
    if (Math.abs(value) > MAX_AMOUNT) return fail(MSG_AMOUNT_TOO_LARGE(shorten(String(value))));
    // An Excel cell holds a double shown with 15 significant digits: 0.1 + 0.2 is 0.3 there.
    return { ok: true, value: money(value.toPrecision(15)) };
  }
  if (typeof value !== "string") return fail(amountUnreadable(String(value)));
  const text = value.trim();
  if (text === "") return { ok: false, blank: true, reason: "montant manquant" };
  const parsed = parseAmountText(text);
  if (typeof parsed === "string") return fail(amountUnreadable(text, parsed || undefined));
  if (parsed.abs().gt(MAX_AMOUNT)) return fail(MSG_AMOUNT_TOO_LARGE(shorten(text)));
  return { ok: true, value: parsed };
}

/** The amount of a trimmed text, or a detail string ("" for no particular detail). */
function parseAmountText(text: string): Money | string {
  let s = text;
  let negative = false;
  const paren = /^\((.*)\)$/.exec(s);
  if (paren) {
    negative = true;
    s = paren[1].trim();
  }
  if (s !== "" && (MINUS.includes(s[0]) || s[0] === "+")) {
    if (paren) return DETAIL_SIGN;
    negative = MINUS.includes(s[0]);
    s = s.slice(1).trim();
  }
  let multiplier = "1";
  if (s.startsWith("€")) {
    s = s.slice(1).trim();
  } else {
    const unit = UNIT.exec(s);
    if (unit) {
      if (unit[1] === "k" || unit[1] === "K") multiplier = "1000";
      if (unit[1] === "M") multiplier = "1000000";
      s = s.slice(0, unit.index).trim();
    }
  }
  if (!new RegExp(`^[\\d.,${SPACES}]*$`).test(s)) return "";
  if (!/\d/.test(s)) return DETAIL_NO_DIGIT;
  const digits = normalizeNumber(s);
  if (digits === null) return DETAIL_SEPARATORS;
  const m = money(digits).times(multiplier);
  return negative && !m.isZero() ? m.negated() : m;
}

/**
 * Decides the decimal separator and returns a plain decimal string, or null when ambiguous.
 * Both "," and "." present: the last one is decimal ("1.234,56", "1,234.56"). Only commas:
 * a single comma is decimal. Only dots: several are thousands ("1.234.567"), one is decimal.
 * Thousands groups, whatever their separator (spaces included), must be of three digits.
 */
function normalizeNumber(s: string): string | null {
  const commas = count(s, ",");
  const dots = count(s, ".");
  let decimal: string | null = null;
  let thousands: string | null = null;
  if (commas > 0 && dots > 0) {
    decimal = s.lastIndexOf(",") > s.lastIndexOf(".") ? "," : ".";
    thousands = decimal === "," ? "." : ",";
    if (count(s, decimal) > 1) return null;
  } else if (commas > 0) {
    if (commas > 1) return null;
    decimal = ",";
  } else if (dots > 1) {
    thousands = ".";
  } else if (dots === 1) {
    decimal = ".";
  }
  const at = decimal === null ? -1 : s.indexOf(decimal);
  const intPart = at < 0 ? s : s.slice(0, at);
  const fracPart = at < 0 ? "" : s.slice(at + 1);
  if (at >= 0 && !/^\d+$/.test(fracPart)) return null;
  const sep = `[${SPACES}${thousands === null ? "" : "\\" + thousands}]`;
  if (!new RegExp(`^(\\d+|\\d{1,3}(${sep}\\d{3})+)$`).test(intPart)) return null;
  const int = intPart.replace(/\D/g, "");
  return fracPart === "" ? int : `${int}.${fracPart}`;
}

function count(s: string, ch: string): number {
  return s.split(ch).length - 1;
}
