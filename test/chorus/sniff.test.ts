/**
 * A file given as an extract is recognised or refused from its head (issue 16): only a prefix of
 * its bytes is decoded and only its first 50 records are split; the answer is the one the whole
 * file would give.
 */
import { headRecords, textLooksLikeExtract } from "../../src/workbook/text/sniff";
import { chorusInputs } from "../../src/app/chorus-files";
import { fileReaders } from "../helpers/readers";
import { bytesInMemory, type FileBytes } from "../../src/grid";
import { ZipArchive } from "../../src/workbook/xlsx/zipRead";
import { buildXlsx } from "../hostile/xlsx-builder";

const HEADER = "N° EJ;Centre financier;Montant engagé";
const DATA = "2103104101;0113-PEBC-ELAB;1000,00";
const utf8 = (s: string) => new Uint8Array(Buffer.from(s, "utf8"));

/** A file that records how far it was read. */
function watched(
  bytes: Uint8Array
): FileBytes & { furthest: () => number; wholeRead: () => boolean } {
  let furthest = 0;
  let whole = false;
  return {
    size: bytes.length,
    head: (n) => ((furthest = Math.max(furthest, Math.min(n, bytes.length))), bytes.subarray(0, n)),
    all: () => ((whole = true), bytes),
    furthest: () => furthest,
    wholeRead: () => whole,
  };
}

describe("the head of a text file", () => {
  test("a large file that is no extract is refused from its first 256 KB, never read whole", () => {
    const file = watched(utf8("Titre,,,\n" + "a,b,c,,,\n".repeat(200_000)));
    expect(chorusInputs(file, "grand.csv", fileReaders)).toEqual([]);
    expect(file.wholeRead()).toBe(false);
    expect(file.furthest()).toBe(256 * 1024);
  });

  test("an extract is then read whole, every line of it", () => {
    const text = `Exercice comptable;2020\n${HEADER}\n${`${DATA}\n`.repeat(100_000)}`;
    const file = watched(utf8(text));
    const [input] = chorusInputs(file, "extrait.csv", fileReaders);
    expect(file.wholeRead()).toBe(true);
    expect(input.values).toHaveLength(100_002);
  });

  test("only the first 50 records are split, blank lines not counted, as the whole file is read", () => {
    const titles = (k: number) => Array.from({ length: k }, (_, i) => `Titre ${i}\n\n`).join("");
    expect(headRecords(bytesInMemory(utf8(titles(200)))).length).toBe(50);
    expect(textLooksLikeExtract(bytesInMemory(utf8(`${titles(49)}${HEADER}\n${DATA}\n`)))).toBe(
      true
    );
    expect(textLooksLikeExtract(bytesInMemory(utf8(`${titles(50)}${HEADER}\n${DATA}\n`)))).toBe(
      false
    );
  });

  test("title rows longer than the first look: the head grows until it holds its 50 records", () => {
    // (Separators among them: the separator is the one used most in the first 64 KB.)
    const long = `${"titre;".repeat(17_500)}\n`.repeat(10);
    const file = watched(utf8(`${long}${HEADER}\n${`${DATA}\n`.repeat(100_000)}`));
    expect(textLooksLikeExtract(file)).toBe(true);
    expect(file.furthest()).toBe(4 * 1024 * 1024);
    expect(file.wholeRead()).toBe(false);
  });

  test("a line break inside a quoted field, or a head cut in a UTF-16 or Windows-1252 file", () => {
    const quoted = `"Note sur\ndeux lignes";x\n${HEADER}\n${DATA}\n`;
    expect(textLooksLikeExtract(bytesInMemory(utf8(quoted)))).toBe(true);
    const body = `${HEADER}\n${`${DATA}\n`.repeat(30_000)}`;
    const utf16 = new Uint8Array(
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(body, "utf16le")])
    );
    expect(utf16.length).toBeGreaterThan(256 * 1024);
    expect(textLooksLikeExtract(bytesInMemory(utf16))).toBe(true);
    expect(chorusInputs(utf16, "utf16.csv", fileReaders)[0].values[0][2]).toBe("Montant engagé");
    const cp1252 = new Uint8Array(
      Buffer.from(body.replace(/°/g, "\u00b0").replace(/é/g, "\u00e9"), "latin1")
    );
    expect(chorusInputs(cp1252, "cp1252.csv", fileReaders)[0].values[0]).toEqual([
      "N° EJ",
      "Centre financier",
      "Montant engagé",
    ]);
  });
});

describe("the sheets of an .xlsx given as --chorus", () => {
  test("a sheet with a header in its first 50 rows is read whole; one without is left out", () => {
    const extract = [
      ["Exercice comptable", 2020],
      ["N° EJ", "Centre financier", "Montant engagé"],
      ...Array.from({ length: 200 }, () => ["2103104101", "0113-PEBC-ELAB", 1000]),
    ];
    const notes = [
      ...Array.from({ length: 60 }, (_, i) => [`note ${i}`]),
      ["N° EJ", "Centre financier", "Montant engagé"],
    ];
    const bytes = buildXlsx([
      { name: "Notes", rows: notes },
      { name: "Extrait", rows: extract },
    ]);
    const inputs = chorusInputs(bytes, "classeur.xlsx", fileReaders);
    expect(inputs.map((i) => i.name)).toEqual(["[classeur.xlsx]Extrait"]);
    expect(inputs[0].values).toHaveLength(202);
  });

  test("of a large sheet, only the head of its part is inflated when it holds no header", () => {
    const big = (first: (string | number)[][]) => [
      ...first,
      ...Array.from({ length: 30_000 }, (_, i) => [`ligne ${i}`, "0113-PEBC-ELAB", i]),
    ];
    const header = ["N° EJ", "Centre financier", "Montant engagé"];
    const bytes = buildXlsx([
      { name: "Grand livre", rows: big([["Grand livre"]]) },
      { name: "Extrait", rows: big([["Exercice comptable", 2020], header]) },
    ]);
    const read = jest.spyOn(ZipArchive.prototype, "read");
    try {
      const inputs = chorusInputs(bytes, "classeur.xlsx", fileReaders);
      expect(inputs.map((i) => [i.name, i.values.length])).toEqual([
        ["[classeur.xlsx]Extrait", 30_002],
      ]);
      const parts = read.mock.calls.map(([entry]) => entry.name);
      expect(parts).not.toContain("xl/worksheets/sheet1.xml");
      expect(parts).toContain("xl/worksheets/sheet2.xml");
    } finally {
      read.mockRestore();
    }
  });
});
