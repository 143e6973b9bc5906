import fc from "fast-check";

/** Texts of up to `maxLength` pieces drawn from `pieces`: what a reader must tell apart. */
export const textOf = (pieces: readonly string[], maxLength: number): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom(...pieces), { maxLength }).map((a) => a.join(""));
