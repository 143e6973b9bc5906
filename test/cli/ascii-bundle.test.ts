/**
 * scripts/ascii-bundle.js rewrites the bundle's regular expressions and String.raw templates in
 * ASCII: each must keep its exact value (a template) or its exact matches (a regular expression).
 */
import fc from "fast-check";
const { asciiBundle } = require("../../scripts/ascii-bundle.js") as {
  asciiBundle: (code: string) => string;
};

const evaluate = <T>(code: string): T => new Function(`return ${code};`)() as T;
const ALPHABET = ["a", "e", "é", "è", "œ", "€", "«", "»", "°", "–", "—", " ", "E", "1", "-"];
const text = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 12 }).map((a) => a.join(""));

test("String.raw templates keep their value, backslashes and all", () => {
  const raw = fc
    .array(
      fc.constantFrom(...ALPHABET, "\\d", "\\p{L}", "(?![", "])", "\\u00e9", "$", "{", "\\é"),
      { maxLength: 10 }
    )
    .map((a) => a.join(""))
    .filter((s) => !s.includes("${") && !s.endsWith("\\"));
  fc.assert(
    fc.property(raw, (body) => {
      const code = `String.raw\`${body}\` + "|"`;
      const out = asciiBundle(code);
      // A backslash before a letter such as é: that template stays as written (read as UTF-8).
      expect(/[^\x20-\x7e]/.test(out)).toBe(/\\[^\x20-\x7e]/.test(body));
      expect(evaluate<string>(out)).toBe(evaluate<string>(code));
    }),
    { numRuns: 300 }
  );
});

test("regular expressions match what they matched, with and without the u and i flags", () => {
  const piece = fc.constantFrom(
    ...ALPHABET,
    "[ée]",
    "[^«»]",
    "[–—-]+",
    "\\s?",
    "(?:€|EUR)",
    "r[ée]tabli",
    "[\\d€]",
    "\\é", // an identity escape: é itself (not allowed with the u flag)
    "[^\\é]"
  );
  const source = fc.array(piece, { minLength: 1, maxLength: 5 }).map((a) => a.join(""));
  fc.assert(
    fc.property(
      source,
      fc.constantFrom("", "u", "i", "gu"),
      fc.array(text, { maxLength: 8 }),
      (src, flags, inputs) => {
        fc.pre(!(flags.includes("u") && src.includes("\\é")));
        const code = `/${src}/${flags}`;
        const out = asciiBundle(code);
        expect(/[^\x20-\x7e]/.test(out)).toBe(false);
        const before = evaluate<RegExp>(code);
        const after = evaluate<RegExp>(out);
        for (const s of inputs) expect(s.replace(after, "#")).toBe(s.replace(before, "#"));
      }
    ),
    { numRuns: 300 }
  );
});

test("plain strings, comments and ASCII code are left alone", () => {
  const code = 'const a = "é"; // « commentaire »\nconst b = /abc/g;';
  expect(asciiBundle(code)).toBe(code);
});
