import * as fs from "fs";
import * as path from "path";
import fc from "fast-check";
import { textOf } from "../helpers/arbitraries";
import {
  csvInput,
  decodeText,
  detectSeparator,
  LazyCsv,
  lenientFields,
  normalizeLineEnds,
  parseCsv,
} from "../../src/workbook/text/csv";
import {
  isSimpleQuoted,
  newScan,
  readRecord,
  simpleFields,
} from "../../src/workbook/text/csv-record";

const FIXTURES = path.join(__dirname, "..", "fixtures", "chorus");
const fixture = (name: string) =>
  parseCsv(decodeText(fs.readFileSync(path.join(FIXTURES, name))).text);

describe("decoding", () => {
  test("UTF-8 with and without BOM, Windows-1252 when the bytes are not UTF-8, UTF-16 with its BOM", () => {
    const utf8 = Buffer.from("Centre de coûts;Montant payé\n", "utf8");
    expect(decodeText(utf8)).toEqual({ text: "Centre de coûts;Montant payé\n", encoding: "utf-8" });
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8])).text).toBe(
      "Centre de coûts;Montant payé\n"
    );
    // "Montant payé 12 €" as Excel saves it on French Windows: é = E9, € = 80.
    const cp1252 = new Uint8Array([
      ...Buffer.from("Montant pay", "latin1"),
      0xe9,
      0x20,
      0x31,
      0x32,
      0x20,
      0x80,
    ]);
    expect(decodeText(cp1252)).toEqual({ text: "Montant payé 12 €", encoding: "windows-1252" });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("N° EJ\tEUR", "utf16le")]);
    expect(decodeText(utf16)).toEqual({ text: "N° EJ\tEUR", encoding: "utf-16le" });
  });
});

describe("line ends", () => {
  test("a lone CR (old Mac export) becomes a line feed, a CRLF stays, whatever surrounds them", () => {
    fc.assert(
      fc.property(textOf(["\r", "\n", "\r\n", "a", ";", '"'], 40), (t) => {
        expect(normalizeLineEnds(t)).toBe(t.replace(/\r(?!\n)/g, "\n"));
      }),
      { numRuns: 2000 }
    );
    const crlf = "N° EJ;Montant\r\n2100000001;12\r\n";
    expect(normalizeLineEnds(crlf)).toBe(crlf);
    expect(normalizeLineEnds("a\rb\r\nc\r")).toBe("a\nb\r\nc\n");
  });
});

describe("separators and records", () => {
  test("the separator used most outside quotes wins", () => {
    expect(detectSeparator('"a,b";"c,d";e\n1;2;3')).toBe(";");
    expect(detectSeparator('a,b,c\n1,"2;3",4')).toBe(",");
    expect(detectSeparator("a\tb\tc")).toBe("\t");
    expect(detectSeparator("seul")).toBe(",");
  });

  test("quoted separators, doubled quotes, a quoted line break; records keep their first line number", () => {
    const t = parseCsv(
      'N° EJ;Libellé;EUR\r\n\r\n2103105755;"Atelier ""Numérique""; Libre";"1 234,56"\r\n2103105756;"sur deux\r\nlignes";3\r\n2103105757;fin;\r\n'
    );
    expect(t.rows).toEqual([
      ["N° EJ", "Libellé", "EUR"],
      ["2103105755", 'Atelier "Numérique"; Libre', "1 234,56"],
      ["2103105756", "sur deux\r\nlignes", "3"],
      ["2103105757", "fin", ""],
    ]);
    expect(t.lines).toEqual([1, 3, 4, 6]);
    expect(t.alternatives.size).toBe(0);
  });

  test("a quote never closed is read as its own line, and the following lines are still read", () => {
    const t = parseCsv('a;b;c\n1;"ouvert;3\n4;5;6\n');
    expect(t.rows).toEqual([
      ["a", "b", "c"],
      ["1", "ouvert;3"],
      ["4", "5", "6"],
    ]);
    expect(t.lines).toEqual([1, 2, 3]);
    expect(t.alternatives.get(1)).toEqual(["1", "ouvert;3"]);
  });

  test("a quote left open does not swallow the next line, even when a later quote could close it", () => {
    const t = parseCsv('a;b;c\n1;"300\n2;"1,5";"dit ""oui"""\n');
    expect(t.rows).toEqual([
      ["a", "b", "c"],
      ["1", "300"],
      ["2", "1,5", 'dit "oui"'],
    ]);
    expect(t.lines).toEqual([1, 2, 3]);
  });

  test("the other reading of a broken quoted field: a quote closes only before a quoted or empty field", () => {
    expect(lenientFields('"0354";"AGENCE; NATIONALE "DES TITRES"";"1300"', ";")).toEqual([
      "0354",
      'AGENCE; NATIONALE "DES TITRES"',
      "1300",
    ]);
    expect(lenientFields('"1000972118";"XXX ";P BBB"";"1300";', ";")).toEqual([
      "1000972118",
      'XXX ";P BBB"',
      "1300",
      "",
    ]);
    expect(lenientFields('"a";;"b"', ";")).toEqual(["a", "", "b"]);
  });
});

describe("the real extracts of ../shared/chorus", () => {
  test("aife_ae.csv: `;`, every field quoted, two records with broken quotes read both ways", () => {
    const t = fixture("aife_ae.csv");
    expect(t.separator).toBe(";");
    expect(t.rows.map((r) => r.length)).toEqual([24, 25, 23]);
    expect([...t.alternatives.keys()]).toEqual([1, 2]);
    expect(t.alternatives.get(1)!.length).toBe(24);
    expect(t.alternatives.get(1)![9]).toBe('XXX ";P BBB"');
    expect(t.alternatives.get(2)![9]).toBe('AGENCE; NATIONALE "DES TITRES"');
    expect(t.alternatives.get(2)![16]).toBe("9159575,18");
  });

  test("chorus_ae.csv and financial_cp.csv: `,`, title rows of their own widths, quoted French decimals", () => {
    const ae = fixture("chorus_ae.csv");
    expect(ae.separator).toBe(",");
    expect(ae.rows.map((r) => r.length)).toEqual([17, 1, 1, 17, 1, 17, 17, 18, 18, 18, 18]);
    expect(ae.rows[8][17]).toBe("22500,12");
    const cp = fixture("financial_cp.csv");
    expect(cp.rows).toHaveLength(13);
    expect(cp.rows[4][0]).toBe(
      "Pour ajuster la zone filtre, faites glisser les caractéristiques de l'espace de navigation vers cette zone."
    );
    expect(cp.rows[12][20]).toBe("807,28");
  });

  test("nation_ej_1.csv: a quoted label holding the separator", () => {
    const t = fixture("nation_ej_1.csv");
    expect(t.rows.map((r) => r.length)).toEqual([37, 37]);
    expect(t.rows[1][2]).toBe("Réglementation générale,");
    expect(t.rows[1][24]).toBe("12615940.52");
  });
});

describe("records read on access (LazyCsv, what csvInput gives the extract's reader)", () => {
  // Texts made of what breaks CSV readers: quotes, doubled quotes, separators, line breaks.
  const piece = fc.constantFrom(
    ";",
    ",",
    "\t",
    '"',
    '""',
    "\n",
    "\r\n",
    " ",
    "a",
    "1,5",
    "é",
    "x;y"
  );
  const text = fc.array(piece, { maxLength: 60 }).map((p) => p.join(""));

  test("give the same records, lines and alternatives as parseCsv", () => {
    fc.assert(
      fc.property(text, (t) => {
        const eager = parseCsv(t);
        const lazy = new LazyCsv(normalizeLineEnds(t));
        expect(lazy.separator).toBe(eager.separator);
        expect(lazy.length).toBe(eager.rows.length);
        expect([...lazy.rows()]).toEqual(eager.rows);
        expect(Array.from({ length: lazy.length }, (_, i) => lazy.line(i))).toEqual(eager.lines);
        expect([...lazy.alternatives]).toEqual([...eager.alternatives]);
      }),
      { numRuns: 500 }
    );
  });

  test("say a record may hold a word whenever one of its fields, or their other reading, holds it", () => {
    const words = fc.constantFrom("sultat", "SULTAT", "a;", '""', "x");
    const withWords = fc
      .array(fc.oneof(piece, fc.constantFrom("Résultat", "RÉSULTAT", "su", "ltat")), {
        maxLength: 60,
      })
      .map((p) => p.join(""));
    fc.assert(
      fc.property(withWords, fc.array(words, { minLength: 1, maxLength: 2 }), (t, needles) => {
        const lazy = new LazyCsv(normalizeLineEnds(t));
        const holds = lazy.holding(needles);
        for (let i = 0; i < lazy.length; i++) {
          const readings = [lazy.row(i), lazy.alternatives.get(i) ?? []];
          const inFields = readings.some((r) => r.some((f) => needles.some((n) => f.includes(n))));
          if (inFields) expect(holds(i)).toBe(true);
        }
      }),
      { numRuns: 1000 }
    );
    const lazy = new LazyCsv("a;b\nRésultat;1\nx;y\n");
    const holds = lazy.holding(["sultat"]);
    expect([0, 1, 2].map(holds)).toEqual([false, true, false]);
  });

  test("read through csvInput: indices, length, slice; nothing once released", () => {
    const input = csvInput(new TextEncoder().encode('a;b\n1;"x;y"\n\n2;3\n'), "/tmp/e.csv");
    expect(input.values.length).toBe(3);
    expect(input.values[1]).toEqual(["1", "x;y"]);
    expect(input.values.slice(1).map((r) => r[0])).toEqual(["1", "2"]);
    expect(input.rowOf(2)).toBe(4);
    input.release!();
    expect(input.values.length).toBe(0);
  });
});

describe("quoted lines read without a search per field (isSimpleQuoted, simpleFields)", () => {
  // Fields as extracts quote them, and what breaks the shortcut: a quote inside a field, a quote
  // never closed, a quoted field over two lines, a field alone.
  const field = fc.oneof(
    fc.constantFrom("", "a", " 1 ", "é", "x y"),
    fc.constantFrom('"a;b"', '"1,5"', '""', '""""', '"a""b"', '"x\ny"', '" "'),
    fc.constantFrom('a"b', '"a"b', '"a', 'a"', '"a""', '"')
  );
  const line = fc.tuple(fc.array(field, { minLength: 1, maxLength: 6 }), fc.constantFrom(";", ","));

  test("accept only lines that readRecord reads alone, without doubt, into the same fields", () => {
    let accepted = 0;
    fc.assert(
      fc.property(line, fc.constantFrom("\n", "\r\n", ""), ([fields, sep], eol) => {
        const text = fields.join(sep) + eol + "z" + sep + "z\n";
        const lineEnd = text.indexOf("\n");
        const end = text[lineEnd - 1] === "\r" ? lineEnd - 1 : lineEnd;
        const quote = text.indexOf('"');
        if (quote < 0 || quote >= end || !isSimpleQuoted(text, 0, end, sep, quote)) return;
        accepted++;
        const read = readRecord(text, 0, sep, lineEnd, newScan(text, sep))!;
        expect(read.doubtful).toBe(false);
        expect(read.contentEnd).toBe(end);
        expect(read.next).toBe(lineEnd + 1);
        expect(simpleFields(text, 0, end, sep)).toEqual(read.fields);
      }),
      { numRuns: 3000 }
    );
    expect(accepted).toBeGreaterThan(300); // the shortcut is taken, not only refused
  });

  test("leave a quote inside a field, a field over two lines or a lone quoted field to readRecord", () => {
    const simple = (t: string, sep = ";") => {
      const end = t.indexOf("\n") < 0 ? t.length : t.indexOf("\n");
      return isSimpleQuoted(t, 0, end, sep, t.indexOf('"'));
    };
    expect(simple('a;"b;c";"1,5"')).toBe(true);
    expect(simple('a;"b""c";d')).toBe(true);
    expect(simple('a;b"c";d')).toBe(false);
    expect(simple('a;"b"c;d')).toBe(false);
    expect(simple('a;"b\nc";d')).toBe(false);
    expect(simple('"a;b"')).toBe(false);
    expect(simple('a;"b')).toBe(false);
  });
});
