import { cellText, excelError, normalizeKey, withoutAccents } from "../../src/domain/text";

describe("normalizeKey", () => {
  it("makes header variants equal", () => {
    const key = normalizeKey("Centre financier");
    expect(key).toBe("centrefinancier");
    for (const variant of [
      "CENTRE FINANCIER",
      "centre_financier",
      " Centre  Financier ",
      "Centre\u00a0financier",
      "Centre-Financier",
    ]) {
      expect(normalizeKey(variant)).toBe(key);
    }
  });

  it("drops accents and punctuation", () => {
    expect(normalizeKey("N\u00b0 EJ")).toBe("nej");
    expect(normalizeKey("Activit\u00e9")).toBe("activite");
    expect(normalizeKey("Activite\u0301")).toBe("activite"); // decomposed accent
    expect(normalizeKey("Pr\u00e9avis (mois)")).toBe("preavismois");
    expect(normalizeKey("Centre de co\u00fbts")).toBe("centredecouts");
    expect(normalizeKey("Derni\u00e8re M\u00e0J des donn\u00e9es :")).toBe("dernieremajdesdonnees");
    expect(normalizeKey("\u0152uvre")).toBe("oeuvre");
    expect(normalizeKey("Montant AE 2020")).toBe("montantae2020");
    expect(normalizeKey("")).toBe("");
  });
});

describe("withoutAccents", () => {
  // The short path (only the Latin marks' block removed) must give what removing every \p{M}
  // gives: every code point of the BMP and a sample of astral ones, alone and after a letter.
  const reference = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "");
  it("removes every combining mark, as \\p{M} does, for every code point", () => {
    const differ: string[] = [];
    for (let cp = 0; cp < 0x30000; cp += cp < 0x10000 ? 1 : 7) {
      if (cp >= 0xd800 && cp < 0xe000) continue;
      const c = String.fromCodePoint(cp);
      for (const s of [c, `e${c}`, `\u00e9${c}`])
        if (withoutAccents(s) !== reference(s)) differ.push(cp.toString(16));
    }
    expect(differ).toEqual([]);
  });

  it("keeps French typography and strips its accents", () => {
    expect(withoutAccents("Reste \u00e0 payer \u2019\u20ac \u00ab \u00bb")).toBe(
      "Reste a payer \u2019\u20ac \u00ab \u00bb"
    );
    expect(withoutAccents("\u0410\u0306")).toBe("\u0410"); // Cyrillic with breve: the long path
  });
});

describe("cellText", () => {
  it("gives the trimmed text of any cell", () => {
    expect(cellText("  0113-PEBC-ELAB\u00a0")).toBe("0113-PEBC-ELAB");
    expect(cellText(null)).toBe("");
    expect(cellText(true)).toBe("VRAI");
    expect(cellText(false)).toBe("FAUX");
    expect(cellText({ error: "#N/A" })).toBe("#N/A");
  });

  it("prints numbers without exponent or float noise", () => {
    expect(cellText(2103105755)).toBe("2103105755");
    expect(cellText(100053424)).toBe("100053424");
    expect(cellText(1e20)).toBe("100000000000000000000");
    expect(cellText(-0)).toBe("0");
    expect(cellText(105)).toBe("105");
    expect(cellText(0.1 + 0.2)).toBe("0.3");
    expect(cellText(22500.12)).toBe("22500.12");
  });
});

describe("excelError", () => {
  it("recognises error values in both hosts' forms", () => {
    expect(excelError({ error: "#N/A" })).toBe("#N/A");
    expect(excelError("#DIV/0!")).toBe("#DIV/0!");
    expect(excelError(" #NAME? ")).toBe("#NAME?");
    expect(excelError("#")).toBeNull();
    expect(excelError("# 12")).toBeNull();
    expect(excelError(42)).toBeNull();
    expect(excelError(null)).toBeNull();
  });
});
