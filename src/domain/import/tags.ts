/**
 * Whether an amount is AE, CP or both, from the words around it: a label before it ("AE :",
 * "AE = CP ="), words after it ("en AE et en CP"), or the first cell of its table row ("CP").
 */
import { type Credit, creditMarkers } from "./lexicon";
import { fold } from "./normalize";

export type Tag = Credit | "both" | null;

/** Chorus codes, whose letters would read as acronyms and digits as years. */
const CODES =
  /\d{4}-[A-Z0-9]{4}-[A-Z0-9]{4}|\d{4}-\d{2}(?:-\d{2})?|\b\d{4}[A-Z0-9]{8}\b|\bP\d{3}\b/g;
export const stripCodes = (s: string): string => s.replace(CODES, " ");

/** Words before an amount that label it: "AE :", "AE = CP =", "Crédits de paiement :". */
export function labelBefore(before: string): Tag {
  const m =
    /((?:\bAE\b|\bCP\b|[Aa]utorisations? d'engagement|[Cc]r[ée]dits? de paiements?)(?:\s*(?:=|et|\/|,|\+)\s*(?:\bAE\b|\bCP\b|[Aa]utorisations? d'engagement|[Cc]r[ée]dits? de paiements?))*)\s*(?:\(?[A-Z]{2}\)?)?\s*[:=]\s*$/.exec(
      before
    );
  return m ? tagOf(creditMarkers(m[1]).map((k) => k.credit)) : null;
}

/** Markers right after an amount ("en AE et en CP"), except the label of the next amount ("CP :"). */
export function tagAfter(after: string): Tag {
  const head = after.slice(0, 90);
  const credits = creditMarkers(head)
    .filter((m) => !/^\s*\)?\s*[:=]/.test(head.slice(m.end)))
    .map((m) => m.credit);
  return tagOf(credits);
}

/** A row of a table whose first cell names the credit: "AE 100 000 € 50 000 €". */
export function rowLabel(label: string): Tag {
  const m = /^\W*(AE|CP|[Aa]utorisations? d'engagement|[Cc]r[ée]dits? de paiements?)\b[^\d]*$/.exec(
    label
  );
  return m ? tagOf(creditMarkers(m[1]).map((k) => k.credit)) : null;
}

function tagOf(credits: readonly Credit[]): Tag {
  const set = new Set(credits);
  return set.size === 2 ? "both" : set.size === 1 ? [...set][0] : null;
}

/** Rest of a sentence after an amount, cut where another figure's words begin. */
export function cutAfter(after: string): string {
  const m = /\b(?:dont|soit)\b|[;.](?:\s|$)/.exec(fold(after));
  return m ? after.slice(0, m.index) : after;
}
