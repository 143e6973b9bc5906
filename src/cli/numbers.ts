/** The terminal's numbers: contract amounts ("1234.50") and rates ("0.8182") as French text. */

/** "1234567.50" → "1 234 567,50" (exact: the contract's string, never a float). */
export function euros(s: string): string {
  const [int, dec] = s.replace("-", "").split(".");
  return `${s.startsWith("-") ? "-" : ""}${int.replace(/\B(?=(\d{3})+(?!\d))/g, " ")},${dec}`;
}

/** "0.8182" → "81,82 %"; no rate (no ceiling) → "—". */
export const pct = (s: string | null): string =>
  s === null ? "—" : `${(Number(s) * 100).toFixed(2).replace(".", ",")} %`;

/**
 * The lines as one text, narrow no-break spaces (in messages' amounts) as plain spaces: a
 * terminal's fonts may not have them.
 */
export const terminalLines = (lines: readonly string[]): string =>
  lines.join("\n").split("\u202f").join(" ");
