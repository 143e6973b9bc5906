/** The pieces under the import: normalisation of PDF/OCR text, amounts, PDF lines. */
import { amountsWithUnit, splitMerged, bareAmounts } from "../../src/domain/import/amounts";
import { normalizeText } from "../../src/domain/import/normalize";
import { extractPdfText, pageLines, PdfReadError, type PdfTextItem } from "../../src/workbook/pdf";

describe("normalizeText", () => {
  test.each([
    ["16O OOO € en AE", "160 000 € en AE"],
    ["UO O113-PEBC-ELAB", "UO 0113-PEBC-ELAB"],
    ["le 3l décembre 2O2O", "le 31 décembre 2020"],
    ["ler avril 2021 et 1 er mars 2021", "1er avril 2021 et 1er mars 2021"],
    ["0113\u2010PEBC\u2011ELAB", "0113-PEBC-ELAB"],
    ["l\u2019UO 160\u202f000\u00a0€", "l'UO 160 000 €"],
    ["ﬁnancement", "financement"],
  ])("%s → %s", (raw, expected) => {
    expect(normalizeText(raw)).toBe(expected);
  });

  test("words are left as written: 'Il', 'Ourée', 'Premler', roman numerals", () => {
    const text = "Il est Ourée du Premler ministre, titre II, lOl";
    expect(normalizeText(text)).toBe(text);
  });
});

describe("amounts in running text", () => {
  const read = (s: string) => amountsWithUnit(s).map((t) => [t.raw, t.value.toFixed(2)]);

  test("the forms conventions use", () => {
    expect(read("0113-PEBC-ELAB 140 000 EUR")).toEqual([["140 000 EUR", "140000.00"]]);
    expect(read("l'UO 0105-CRES-CDSI 160 000€ en AE")).toEqual([["160 000€", "160000.00"]]);
    expect(read("140 k€, 1,2 M€, 50 000 euros, 45 000,50 €, 160.000 €")).toEqual([
      ["140 k€", "140000.00"],
      ["1,2 M€", "1200000.00"],
      ["50 000 euros", "50000.00"],
      ["45 000,50 €", "45000.50"],
      ["160.000 €", "160000.00"],
    ]);
  });

  test("numbers without a unit are no amounts: years, postcodes, decrees, addresses", () => {
    expect(
      read(
        "TSA 30 719 75 334 PARIS, décret n° 2004-1085 du 14 octobre 2004, 20 avenue de Ségur, 2020"
      )
    ).toEqual([]);
  });

  test("a year before an amount does not join it", () => {
    expect(read("2020 160 000 € pour le MAE")).toEqual([["160 000 €", "160000.00"]]);
  });

  test("bare amounts of a table row skip years and code parts", () => {
    expect(
      bareAmounts("0112-CANC-DPAR  2022  300 000  120 000", "").map((t) => t.value.toFixed(2))
    ).toEqual(["300000.00", "120000.00"]);
    expect(bareAmounts("AE  140  60", "k").map((t) => t.value.toFixed(2))).toEqual([
      "140000.00",
      "60000.00",
    ]);
  });

  test("cells merged by a single space are cut apart only when one cut fits", () => {
    const cut = (s: string, n: number) =>
      splitMerged(bareAmounts(s, ""), n, "").map((t) => t.value.toFixed(2));
    expect(cut("2022 300 000 120 000", 2)).toEqual(["300000.00", "120000.00"]);
    expect(cut("2023 0 150 000", 2)).toEqual(["0.00", "150000.00"]);
    // 100 | 100 100 or 100 100 | 100: two cuts fit, the row is left as read.
    expect(cut("100 100 100", 2)).toEqual(["100100100.00"]);
  });
});

describe("pageLines: lines of a PDF page from positioned fragments", () => {
  const item = (str: string, x: number, y: number, width = str.length * 5): PdfTextItem => ({
    str,
    x,
    y,
    width,
    height: 10,
  });

  test("fragments on one baseline (within jitter) make one line, in x order", () => {
    expect(
      pageLines([item("CP", 300, 700.6), item("0113-PEBC-ELAB", 50, 700), item("AE", 200, 699.5)])
    ).toEqual(["0113-PEBC-ELAB  AE  CP"]);
  });

  test("touching fragments join without a space, near ones with one", () => {
    expect(
      pageLines([item("Ouré", 50, 700, 20), item("e", 70, 700, 5), item("et", 78, 700, 10)])
    ).toEqual(["Ourée et"]);
  });

  test("a wide vertical gap becomes a blank line; order is top to bottom", () => {
    expect(
      pageLines([item("bas", 50, 600), item("haut", 50, 700), item("milieu", 50, 687)])
    ).toEqual(["haut", "milieu", "", "bas"]);
  });
});

describe("extractPdfText around pdfjs (a stand-in here; the real one runs in pdf.test.ts)", () => {
  const pdf = new TextEncoder().encode("%PDF-1.7\n");
  const fake = (pages: PdfTextItemRaw[][], fail?: string) => async () => ({
    getDocument: () => ({
      promise: fail
        ? Promise.reject(Object.assign(new Error("x"), { name: fail }))
        : Promise.resolve({
            numPages: pages.length,
            getPage: async (n: number) => ({
              getTextContent: async () => ({ items: pages[n - 1] }),
              cleanup: () => undefined,
            }),
            destroy: async () => undefined,
          }),
    }),
  });
  type PdfTextItemRaw = { str: string; transform: number[]; width: number; height: number };
  const at = (str: string, x: number, y: number): PdfTextItemRaw => ({
    str,
    transform: [10, 0, 0, 10, x, y],
    width: str.length * 5,
    height: 10,
  });

  test("pages rebuilt into lines, one after the other", async () => {
    const text = await extractPdfText(
      pdf,
      fake([[at("AE", 200, 700), at("0113-PEBC-ELAB", 50, 700)], [at("Article 2", 50, 800)]])
    );
    expect(text).toBe("0113-PEBC-ELAB  AE\n\nArticle 2");
  });

  test("refusals: not a PDF (pdfjs never loaded), a password, no text layer", async () => {
    const never = jest.fn();
    await expect(extractPdfText(new TextEncoder().encode("bonjour"), never)).rejects.toMatchObject({
      code: "NOT_PDF",
    });
    expect(never).not.toHaveBeenCalled();
    await expect(extractPdfText(pdf, fake([], "PasswordException"))).rejects.toMatchObject({
      code: "PASSWORD",
    });
    await expect(extractPdfText(pdf, fake([], "InvalidPDFException"))).rejects.toMatchObject({
      code: "NOT_PDF",
    });
    const blank = extractPdfText(pdf, fake([[at(" ", 50, 700)]]));
    await expect(blank).rejects.toBeInstanceOf(PdfReadError);
    await expect(blank).rejects.toMatchObject({ code: "NO_TEXT" });
  });
});
