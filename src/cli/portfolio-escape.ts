/**
 * Text from the users' cells and file names, made safe for a terminal: control characters (C0,
 * DEL, C1: escape sequences could move the cursor, retitle the window or hide text) and the bidi
 * overrides are shown as \u{…}. Local to the portfolio: the command line has no shared escaper yet.
 */
// The point of this pattern is to match control characters.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function escapeTerminal(s: string): string {
  return s.replace(UNSAFE, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);
}

/** One line of output: a newline or tab inside a value is escaped too. */
export function escapeLine(s: string): string {
  return escapeTerminal(s).replace(/[\n\t]/g, (c) => (c === "\n" ? "\\n" : "\\t"));
}
