/** fold() takes ASCII runs whole (issue 16): it must fold exactly as character by character did. */
import fc from "fast-check";
import { fold } from "../../src/domain/import/normalize";

function foldEachCharacter(text: string): string {
  let out = "";
  for (const ch of text) {
    const base = ch.normalize("NFD")[0].toLowerCase();
    out += base.length === ch.length ? base : ch;
  }
  return out;
}

const tricky = fc.constantFrom(
  "a",
  "Z",
  "É",
  "é",
  "İ",
  "ß",
  "ﬁ",
  "𝔸",
  "\ud800",
  "\udc00",
  " ",
  "Œ",
  "ǅ",
  "\u0301"
);

test("fold equals the character-by-character folding, and keeps the length", () => {
  fc.assert(
    fc.property(
      fc.oneof(
        fc.string({ unit: "binary", maxLength: 60 }),
        fc.string({ unit: tricky, maxLength: 40 })
      ),
      (s) => {
        expect(fold(s)).toBe(foldEachCharacter(s));
        expect(fold(s)).toHaveLength(s.length);
      }
    ),
    { numRuns: 3000 }
  );
});
