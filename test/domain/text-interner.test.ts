/**
 * TextInterner only saves memory (one copy per text; JavaScript cannot tell copies apart, the
 * Chorus bench's peak shows the saving): what it must never do is change a text.
 */
import fc from "fast-check";
import { ownCopy, TextInterner } from "../../src/domain/text-interner";

test("gives back an equal text, whatever the texts and however often they repeat", () => {
  fc.assert(
    fc.property(
      fc.array(fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom("0113-BENC-U000", "")), {
        maxLength: 200,
      }),
      fc.integer({ min: 0, max: 50 }),
      (texts, limit) => {
        const interner = new TextInterner(limit);
        for (const t of texts) expect(interner.of(t)).toBe(t);
      }
    )
  );
});

test("a long text (no code) comes back equal, and so does its own copy", () => {
  const long = `${"Résultat ".repeat(5_000)}fin`;
  const inner = long.slice(9, 9 + 40_000);
  expect(new TextInterner().of(inner)).toBe(inner);
  expect(ownCopy(inner)).toBe(inner);
  expect(ownCopy("court")).toBe("court");
});
