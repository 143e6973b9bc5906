/**
 * Text of a convention as PDF extraction and OCR give it, made regular enough to read:
 * one kind of space, apostrophe and hyphen, no ligatures or invisible characters, and the
 * digit confusions of OCR ("2O2O", "16O OOO €", "3l décembre") repaired inside numbers only.
 * Words are left as written: keywords are matched tolerantly instead (see `fold`, `fuzzy`),
 * so that the evidence shown to the controller is the text they will find in the document.
 */

const LIGATURES: Record<string, string> = {
  ﬀ: "ff",
  ﬁ: "fi",
  ﬂ: "fl",
  ﬃ: "ffi",
  ﬄ: "ffl",
  ﬅ: "st",
  ﬆ: "st",
};

/** A run of digits and OCR look-alikes (O for 0, l or I for 1) that is mostly digits. */
const DIGITISH = /(?<![\p{L}\d])[\dOlI]{2,}(?![\p{L}\d])/gu;
/** A grouped amount whose groups hold O for 0, before a currency unit: "16O OOO €". */
const OCR_AMOUNT =
  /(?<![\p{L}\d])[\dO]{1,3}(?: [\dO]{3})+(?= ?(?:k ?|K ?|M ?)?(?:€|EUR|euros?)(?![\p{L}]))/gu;

/** French month names as written or OCR'd ("dècembre"): only before them is "ler" a "1er". */
const MONTH_WORD = "(?:janv|f[ée]v|mars|avr|mai|juin|juil|ao[uû]t|sept|oct|nov|d[ée]c)";

function fixDigits(run: string): string {
  return run.replace(/O/g, "0").replace(/[lI]/g, "1");
}

function repairDigits(token: string): string {
  const digits = token.replace(/\D/g, "").length;
  // "Il", "OO" have no digit: words, not numbers. Half digits at least, so "lOl" is left alone.
  return digits > 0 && digits * 2 >= token.length ? fixDigits(token) : token;
}

export function normalizeText(raw: string): string {
  return (
    raw
      .normalize("NFC")
      .replace(/\r\n?/g, "\n")
      .replace(/\f/g, "\n")
      .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, "")
      .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000\t\v]/g, " ")
      .replace(/[\u2018\u2019\u201a\u201b\u2032\u00b4`]/g, "'")
      .replace(/[\u2010\u2011\u2012]/g, "-")
      // An en or em dash between two code characters is a hyphen lost in typesetting.
      .replace(/(?<=[A-Z0-9])[\u2013\u2014](?=[A-Z0-9])/g, "-")
      .replace(/[\ufb00-\ufb06]/g, (l) => LIGATURES[l] ?? l)
      .replace(OCR_AMOUNT, (m) => m.replace(/O/g, "0"))
      .replace(DIGITISH, repairDigits)
      // "ler avril", "1 er avril" are OCR's "1er avril".
      .replace(new RegExp(`(?<![\\p{L}\\d])(?:[lI]|1 ) ?er(?= +${MONTH_WORD})`, "giu"), "1er")
  );
}

/**
 * A same-length folding for keyword search: lowercase, accents stripped character by character,
 * so that an index in the folded text is the index in the original.
 */
export function fold(text: string): string {
  // Runs of ASCII (most of a text) are lowercased whole; only other characters are decomposed,
  // each once: normalising every character on its own was most of an import's time.
  const parts: string[] = [];
  let run = 0;
  for (let i = 0; i < text.length;) {
    if (text.charCodeAt(i) < 0x80) {
      i++;
      continue;
    }
    if (run < i) parts.push(text.slice(run, i).toLowerCase());
    const ch = String.fromCodePoint(text.codePointAt(i)!);
    parts.push(foldChar(ch));
    i += ch.length;
    run = i;
  }
  if (run < text.length) parts.push(text.slice(run).toLowerCase());
  return parts.join("");
}

const FOLDED = new Map<string, string>();

function foldChar(ch: string): string {
  let out = FOLDED.get(ch);
  if (out === undefined) {
    const base = ch.normalize("NFD")[0].toLowerCase();
    // Keep the length in UTF-16 units: a character outside the BMP stays as it is.
    out = base.length === ch.length ? base : ch;
    if (FOLDED.size < 4096) FOLDED.set(ch, out);
  }
  return out;
}

/**
 * A regular expression source for a folded keyword that tolerates OCR confusions: i, l and 1
 * for one another, o and 0. Use on folded text.
 */
export function fuzzy(word: string): string {
  let src = "";
  for (const ch of fold(word)) {
    if (ch === "i" || ch === "l") src += "[il1|!]";
    else if (ch === "o") src += "[o0]";
    else if (ch === " ") src += "\\s+";
    else if (ch === "'") src += "['\\s]?";
    else src += ch.replace(/[.*+?^${}()|[\]\\-]/g, "\\$&");
  }
  return src;
}

/** Whitespace collapsed: how a sentence is shown as evidence. */
export function squeeze(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** At most `max` characters of a sentence, cut at a word. */
export function clip(text: string, max = 300): string {
  const s = squeeze(text);
  if (s.length <= max) return s;
  const cut = s.lastIndexOf(" ", max);
  return `${s.slice(0, cut > max / 2 ? cut : max)} …`;
}

const HEADING_WORD = "(?:ARTICLE|Artic[l1I]e|ANNEXE|Annexe)";
/**
 * Where sentences end: a full stop or semicolon, a line ending with a colon, a heading line,
 * a blank line before a capital. Other blank lines are no boundary: PDF extraction
 * double-spaces whole pages, in the middle of sentences.
 */
const BOUNDARY = new RegExp(
  `[.;!?](?=\\s)|:[ \\t]*\\n|\\n(?=[ \\t]*${HEADING_WORD}\\b)|(?<=^|\\n)[ \\t]*${HEADING_WORD}\\b[^\\n]*\\n|\\n[ \\t]*\\n(?=[ \\t]*\\p{Lu})`,
  "gu"
);

/** The sentence around `index`…`end`, at most `max` characters on each side. */
export function sentenceAt(text: string, index: number, end = index, max = 300): string {
  const from0 = Math.max(0, index - max);
  const stops = [...text.slice(from0, index).matchAll(BOUNDARY)];
  const last = stops[stops.length - 1];
  const from = last ? from0 + last.index + last[0].length : from0;
  const after = text.slice(end, end + max);
  const stop = new RegExp(BOUNDARY.source, "u").exec(after);
  const to = stop
    ? end + stop.index + (/^[.;!?:]/.test(stop[0]) ? 1 : 0)
    : Math.min(text.length, end + max);
  return clip(text.slice(from, to), 2 * max);
}
