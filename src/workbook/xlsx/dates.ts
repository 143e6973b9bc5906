/**
 * ISO dates ↔ Excel serial numbers. The 1900 system keeps Excel's fictitious 29 February 1900
 * (serial 60), so dates from 1 March 1900 on match Excel; the 1904 system counts from
 * 1 January 1904 (serial 0).
 */
const DAY_MS = 86400000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * Serial number of an ISO date or date-time ("2020-03-26", "2020-03-26T12:30:00", a zone is
 * ignored: OOXML dates are local). Null when the text is not a valid date.
 */
export function isoToSerial(iso: string, date1904 = false): number | null {
  const m = ISO.exec(iso.trim());
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
