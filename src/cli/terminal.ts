/**
 * Text from the user's cells (a supplier, a sheet name, a file name) reaches the terminal only
 * inert: an escape sequence (`_x001B_[2J` decoded from a cell) could clear the screen, retitle the
 * window or erase an anomaly line. Control characters (C0, DEL, C1) and the bidirectional
 * overrides are shown as visible escapes (`\x1B`); line breaks and tabs inside a value become a
 * space, so that a value cannot forge a line of its own. `--json` escapes them already.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;
const HAS_UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;
const BLANKS = new Set(["\t", "\n", "\r", "\u2028", "\u2029"]);

function visible(c: string): string {
  if (BLANKS.has(c)) return " ";
  const code = c.charCodeAt(0);
  return code <= 0xff
    ? `\\x${code.toString(16).toUpperCase().padStart(2, "0")}`
    : `\\u${code.toString(16).toUpperCase().padStart(4, "0")}`;
}

/** One value made safe for a terminal (a string without control characters is returned as is). */
export function terminalText(s: string): string {
  return HAS_UNSAFE.test(s) ? s.replace(UNSAFE, visible) : s;
}

/** Every string of a value (a summary, an import result) made safe; other values kept. */
export function terminalSafe<T>(value: T): T {
  if (typeof value === "string") return terminalText(value) as T;
  if (Array.isArray(value)) {
    let out: unknown[] | null = null;
    for (let i = 0; i < value.length; i++) {
      const v = terminalSafe(value[i]);
      if (v !== value[i]) (out ??= value.slice())[i] = v;
    }
    return (out ?? value) as T;
  }
  if (
    value !== null &&
    typeof value === "object" &&
    Object.getPrototypeOf(value) === Object.prototype
  ) {
    let out: Record<string, unknown> | null = null;
    for (const [k, v] of Object.entries(value)) {
      const safe = terminalSafe(v);
      if (safe !== v) (out ??= { ...(value as Record<string, unknown>) })[k] = safe;
    }
    return (out ?? value) as T;
  }
  return value;
}
