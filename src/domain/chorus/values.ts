/**
 * Cell readers tuned for extracts of several hundred thousand rows: the common shapes
 * ("22500,12", "15000", "12615940.52", an Excel number) take a fast path to integer cents;
 * anything else goes through the general readers. Dates repeat: each text is parsed once.
 */
import type { CellValue } from "../../grid";
import { parseAmount } from "../amount";
import { IsoDate, parseDate, parseYear } from "../date";
import { amountOf, Amount, centsOfNumber } from "../tally";
import { cellText } from "../text";

export type AmountRead = { ok: true; amount: Amount | null } | { ok: false; reason: string };

/**
 * The cents of a plain amount, as PLAIN = /^(-?)(\d{1,13})(?:[.,](\d{1,2}))?$/ reads it
 * ("1234,5" → 123450), or null for anything else: read by hand, 300 000 rows' amounts without a
 * regular expression and its match arrays (issue 14).
 */
export function plainCents(s: string): number | null {
  const n = s.length;
  let i = n > 0 && s.charCodeAt(0) === 45 ? 1 : 0;
  const first = i;
  let units = 0;
  for (; i < n; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) break;
    units = units * 10 + d;
  }
  if (i === first || i - first > 13) return null;
  let frac = 0;
  if (i < n) {
    const c = s.charCodeAt(i);
    const digits = n - i - 1;
    if ((c !== 46 && c !== 44) || digits < 1 || digits > 2) return null;
    for (let k = i + 1; k < n; k++) {
      const d = s.charCodeAt(k) - 48;
      if (d < 0 || d > 9) return null;
      frac = frac * 10 + d;
    }
    if (digits === 1) frac *= 10;
  }
  const cents = units * 100 + frac;
  return first === 1 && cents !== 0 ? -cents : cents;
}

/** An amount, null for a blank or Chorus's "#" (nothing to count). */
export function readAmount(value: CellValue | undefined): AmountRead {
  if (value === null || value === undefined) return { ok: true, amount: null };
  if (typeof value === "number") {
    const cents = centsOfNumber(value);
    if (cents !== null) return { ok: true, amount: cents };
  } else if (typeof value === "string") {
    const cents = plainCents(value);
    if (cents !== null) return { ok: true, amount: cents };
    const t = value.trim();
    if (t === "" || t === "#") return { ok: true, amount: null };
  }
  const r = parseAmount(value);
  if (r.ok) return { ok: true, amount: amountOf(r.value) };
  return r.blank ? { ok: true, amount: null } : { ok: false, reason: r.reason };
}

export type DateRead = { ok: true; date: IsoDate | null } | { ok: false; reason: string };

/**
 * A date reader with a cache: an extract holds few distinct dates. One per column: it tries the
 * column's previous date first (the postes of an EJ repeat its dates row after row, no hashing).
 */
export function dateReader(): (value: CellValue | undefined) => DateRead {
  const cache = new Map<CellValue, DateRead>();
  let last: CellValue | undefined;
  let lastRead: DateRead | undefined;
  return (value) => {
    if (value === null || value === undefined) return { ok: true, date: null };
    if (value === last && lastRead) return lastRead;
    const hit = cache.get(value as CellValue);
    last = value;
    if (hit) return (lastRead = hit);
    let read: DateRead;
    const text = typeof value === "string" ? value.trim() : null;
    if (text === "" || text === "#") read = { ok: true, date: null };
    else if (text !== null && /^\d{5}$/.test(text)) {
      // A sheet saved as CSV keeps dates as serial numbers.
      const r = parseDate(Number(text));
      read = r.ok ? { ok: true, date: r.date } : { ok: false, reason: r.reason };
    } else {
      const r = parseDate(value);
      read = r.ok
        ? { ok: true, date: r.date }
        : r.blank || r.unknown
          ? { ok: true, date: null }
          : { ok: false, reason: r.reason };
    }
    if (cache.size < 100_000) cache.set(value as CellValue, read);
    return (lastRead = read);
  };
}

/** A year from 2023, "2023" or "2023.0"; null otherwise. */
export function yearReader(): (value: CellValue | undefined) => number | null {
  const cache = new Map<CellValue, number | null>();
  return (value) => {
    if (value === null || value === undefined) return null;
    let y = cache.get(value as CellValue);
    if (y === undefined) {
      y = parseYear(value) ?? parseYear(cellText(value).replace(/\.0+$/, ""));
      cache.set(value as CellValue, y);
    }
    return y;
  };
}
