/**
 * The one conversion between ISO dates and Excel serial numbers. The 1900 system keeps Excel's
 * fictitious 29 February 1900 (serial 60): serials 1..59 count from 1899-12-31, so dates from
 * 1 March 1900 on match Excel. The 1904 system counts from 1 January 1904 (serial 0).
 */
const DAY_MS = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/** Days between the 1900 and the 1904 date systems' day zero. */
export const DAYS_1904 = 1462;

/** The ISO date of an Excel serial of the 1900 system (its fractional part, a time, is dropped). */
export function excelSerialToIso(n: number): string {
  const days = Math.floor(n);
  return new Date(EPOCH_1900 + (days < 61 ? days + 1 : days) * DAY_MS).toISOString().slice(0, 10);
}

/** The serial (1900 system) of an ISO date "YYYY-MM-DD". */
export function isoToExcelSerial(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  const days = Math.round((Date.UTC(y, m - 1, d) - EPOCH_1900) / DAY_MS);
  return days < 61 ? days - 1 : days;
}

const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * Serial number of an ISO date or date-time ("2020-03-26", "2020-03-26T12:30:00"; a zone is
 * ignored: OOXML dates are local), in either date system. Null when the text is not a valid date.
 */
export function isoToSerial(iso: string, date1904 = false): number | null {
  const m = ISO_DATE_TIME.exec(iso.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  const ms = Date.UTC(
    y,
    mo - 1,
    d,
    Number(m[4] ?? 0),
    Number(m[5] ?? 0),
    Number(m[6] ?? 0),
    m[7] ? Number(("0." + m[7]).slice(0, 5)) * 1000 : 0
  );
  const check = new Date(ms);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d)
    return null;
  if (date1904) return (ms - EPOCH_1904) / DAY_MS;
  const serial = (ms - EPOCH_1900) / DAY_MS;
  return serial < 61 ? serial - 1 : serial; // before 1 March 1900, Excel counts one day less
}
