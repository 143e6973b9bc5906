/**
 * TextInterner only saves memory (one copy per text; JavaScript cannot tell copies apart, the
 * Chorus bench's peak shows the saving): what it must never do is change a text.
 */
import fc from "fast-check";
import { TextInterner } from "../../src/domain/text-interner";

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
