/**
 * Amounts written in a convention's text: "160 000€", "140 k€", "80 000 EUR", "1,2 M€",
 * "50 000 euros". Only a number with a currency unit is an amount: a bare number may be a year,
 * a postcode or a decree. Under a table header that states the unit ("en k€"), bare grouped
 * numbers of that table's rows count too (see ceilings-scan.ts).
 */
import { parseAmount } from "../amount";
import type { Money } from "../money";

export interface AmountToken {
  /** Index in the text where the number starts, and just after its unit. */
  readonly start: number;
  readonly end: number;
  readonly value: Money;
  readonly raw: string;
}

const NUMBER = String.raw`(?<![\d,.\p{L}])(\d{1,3}(?:[ .]\d{3})+|\d+)(?:,(\d{1,2}))?(?![\d])`;
const UNIT = String.raw` ?(?:([kK]|M) ?)?(€|EUR(?![\p{L}])|[Ee]uros?(?![\p{L}])|KEUR(?![\p{L}]))|(?: (millions?|milliers) d'euros)`;
const WITH_UNIT = new RegExp(NUMBER + `(?:${UNIT})`, "gu");
const BARE = new RegExp(String.raw`(?<![-/°])` + NUMBER + String.raw`(?![\p{L}\d\-/%°])`, "gu");

/** A year standing alone in a table row is a heading, never an amount. */
const YEAR = /^(19[5-9]\d|2[01]\d\d)$/;

function toMoney(int: string, frac: string | undefined, multiplier: "" | "k" | "M"): Money | null {
  // "160.000" written with a dot between groups of three is a French thousands separator.
  const digits = int.replace(/[ .]/g, " ");
  const text = `${digits}${frac ? `,${frac}` : ""} ${multiplier}€`;
  const parsed = parseAmount(text);
  return parsed.ok ? parsed.value : null;
}

function multiplierOf(
  letter: string | undefined,
  words: string | undefined,
  unit: string | undefined
): "" | "k" | "M" {
  if (
    unit === "KEUR" ||
    letter === "k" ||
    letter === "K" ||
    (words !== undefined && words.startsWith("millier"))
  )
    return "k";
  if (letter === "M" || (words !== undefined && words.startsWith("million"))) return "M";
  return "";
}

/** Amounts with a unit in `text`, from `offset` on (indices are `offset`-based). */
export function amountsWithUnit(text: string, offset = 0): AmountToken[] {
  const out: AmountToken[] = [];
  for (const m of text.matchAll(WITH_UNIT)) {
    const value = toMoney(m[1], m[2], multiplierOf(m[3], m[5], m[4]));
    if (value === null) continue;
    out.push({ start: offset + m.index, end: offset + m.index + m[0].length, value, raw: m[0] });
  }
  return out;
}

/** Bare numbers of a table row whose header gave the unit; years and code parts are skipped. */
export function bareAmounts(text: string, multiplier: "" | "k" | "M", offset = 0): AmountToken[] {
  const out: AmountToken[] = [];
  for (const m of text.matchAll(BARE)) {
    if (YEAR.test(m[0])) continue;
    const value = toMoney(m[1], m[2], multiplier);
    if (value === null) continue;
    out.push({ start: offset + m.index, end: offset + m.index + m[0].length, value, raw: m[0] });
  }
  return out;
}

/** The ways to cut a run of digit groups into numbers written in groups of three. */
function cuts(groups: readonly string[]): string[][][] {
  if (groups.length === 0) return [[]];
  const out: string[][][] = [];
  for (let n = 1; n <= groups.length; n++) {
    const head = groups.slice(0, n);
    // A number starts with 1 to 3 digits, not with a zero (unless it is 0), and goes on by threes.
    const valid =
      /^(?:0|[1-9]\d{0,2})$/.test(head[0]) &&
      head.slice(1).every((g) => /^\d{3}$/.test(g)) &&
      !(head[0] === "0" && n > 1);
    if (valid) for (const rest of cuts(groups.slice(n))) out.push([head, ...rest]);
  }
  return out;
}

/**
 * Table cells read back with a single space between them ("300 000 120 000") merge into one
 * number: when a row must hold `expected` amounts and fewer were read, the only way to cut the
 * digit groups into `expected` numbers is taken; several ways, and the row is left as read.
 */
export function splitMerged(
  tokens: readonly AmountToken[],
  expected: number,
  multiplier: "" | "k" | "M"
): AmountToken[] {
  if (tokens.length >= expected || tokens.length === 0) return [...tokens];
  const perToken = tokens.map((t) => cuts(t.raw.split(/[ .]/)));
  let ways: string[][][][] = [[]];
  for (const options of perToken) ways = ways.flatMap((w) => options.map((o) => [...w, o]));
  const fitting = ways.filter((w) => w.reduce((n, pieces) => n + pieces.length, 0) === expected);
  if (fitting.length !== 1) return [...tokens];
  const out: AmountToken[] = [];
  fitting[0].forEach((pieces, i) => {
    let at = tokens[i].start;
    for (const piece of pieces) {
      const raw = piece.join(" ");
      const value = toMoney(raw, undefined, multiplier);
      if (value !== null) out.push({ start: at, end: at + raw.length, value, raw });
      at += raw.length + 1;
    }
  });
  return out.length === expected ? out : [...tokens];
}
