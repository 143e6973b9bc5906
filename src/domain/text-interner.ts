/**
 * One copy of each text a column repeats (a centre financier, a domaine fonctionnel, a supplier):
 * a 300 000-row extract held 300 000 copies of each, and every copy of 13 characters or more was
 * a slice of the file's whole text, which they kept alive (56 MB) until the report was written
 * (issue 14). The kept copy is made anew, so that it holds nothing but itself. Bounded: past
 * `limit` distinct texts a value is returned as it is (a column of unique values gains nothing).
 */
export class TextInterner {
  private readonly kept = new Map<string, string>();
  // The previous text: a column of an extract repeats it row after row (no hashing then).
  private last = "";
  private lastKept = "";

  constructor(private readonly limit = 65_536) {}

  of(text: string): string {
    if (text.length < 2) return text; // V8 keeps one copy of "" and of each one-letter text
    // A code or a label is short: a long text is no repeated code, and holding it as a key would
    // make the interner's memory follow its length (a cell of 20 000 000 characters).
    if (text.length > MAX_INTERNED) return ownCopy(text);
    if (text === this.last) return this.lastKept;
    this.last = text;
    return (this.lastKept = this.find(text));
  }

  private find(text: string): string {
    const hit = this.kept.get(text);
    if (hit !== undefined) return hit;
    if (this.kept.size >= this.limit) return text;
    const copy = ownCopy(text);
    this.kept.set(copy, copy);
    return copy;
  }
}

const MAX_INTERNED = 256;

/**
 * A copy of `text` that is no slice of a larger text (which it would keep alive): the text after
 * one more character is a new string, of the text's length (V8 flattens it before slicing). Not
 * split("") and join, whose array of one-letter strings grew to 160 MB for a cell of 20 000 000
 * characters. Below 13 characters V8 copies slices anyway.
 */
export const ownCopy = (text: string): string => (text.length >= 13 ? ` ${text}`.slice(1) : text);
