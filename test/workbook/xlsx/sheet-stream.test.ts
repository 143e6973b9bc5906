/**
 * A large sheet part read in pieces while it is inflated (sheetStream.ts) gives the cells the
 * whole part gives, wherever the pieces are cut; a part the scanner needs whole (a comment, a
 * second namespace declaration, UTF-16) is left to the whole-part reader, which the workbook
 * reader then uses: same cells, same French errors.
 */
import * as fs from "fs";
import * as path from "path";
import fc from "fast-check";
import { openXlsx } from "../../../src/workbook/xlsx";
import { useZipCodec, fflateCodec } from "../../../src/workbook/xlsx/codec";
import { nodeZipCodec } from "../../../src/workbook/xlsx/codec-node";
import { parseSheetXml } from "../../../src/workbook/xlsx/sheetParser";
import { parseSheetPieces } from "../../../src/workbook/xlsx/sheetStream";
import { ZipArchive } from "../../../src/workbook/xlsx/zipRead";
import { fixturePath } from "../../chorus/helpers";
import { bombStream, replaceEntry, entriesOf } from "../../hostile/crafted";
import { MAIN_NS, miniWorkbook, sheetXml, XML_HEAD } from "./helpers";

const SST = ["texte", "2100000001", "é à ç", ""];
const enc = (s: string) => new TextEncoder().encode(s);

async function* piecesOf(bytes: Uint8Array, cuts: readonly number[]): AsyncGenerator<Uint8Array> {
  let at = 0;
  for (const c of [...cuts].sort((a, b) => a - b)) {
    const stop = Math.min(bytes.length, c);
    if (stop > at) yield bytes.slice(at, stop);
    at = Math.max(at, stop);
  }
  if (at < bytes.length) yield bytes.slice(at);
}

const cellValue = fc.oneof(
  fc.constant(`<v>1</v>`).map((v) => ({ t: "s", v: v.replace("1", String(1)) })),
  fc.integer({ min: 0, max: 3 }).map((i) => ({ t: "s", v: `<v>${i}</v>` })),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => ({ t: "", v: `<v>${n}</v>` })),
  fc.integer({ min: -1e6, max: 1e6 }).map((n) => ({ t: "n", v: `<v>${n / 100}</v>` })),
  fc.constantFrom("0", "1").map((b) => ({ t: "b", v: `<v>${b}</v>` })),
  fc.constant({ t: "e", v: "<v>#DIV/0!</v>" }),
  fc.constant({ t: "str", v: "<f>A1&amp;B1</f><v>a &lt;b&gt;</v>" }),
  fc.constant({ t: "inlineStr", v: "<is><t>en ligne &amp; &#233;</t></is>" }),
  fc.constant({ t: "d", v: "<v>2020-03-26</v>" }),
  fc.constant({ t: "", v: "" })
);

const cell = fc.record({
  ref: fc.boolean(),
  col: fc.integer({ min: 0, max: 30 }),
  value: cellValue,
});
const row = fc.record({
  ref: fc.boolean(),
  gap: fc.integer({ min: 1, max: 3 }),
  selfClosing: fc.boolean(),
  outside: fc.integer({ min: 0, max: 19 }).map((k) => k === 0),
  cells: fc.array(cell, { maxLength: 8 }),
});

/** Rows as producers write them: with or without r, self-closing, sparse, every cell form. */
/** Rows and cells with r as written, all without (rows then numbered by their order), or all with. */
const refs = fc.constantFrom("mixed", "none", "all");
const sheetData = (prefix: string) =>
  fc.tuple(fc.array(row, { minLength: 40, maxLength: 200 }), refs).map(([written, mode]) => {
    const rows = written.map((x) => ({
      ...x,
      ref: mode === "mixed" ? x.ref : mode === "all",
      cells: x.cells.map((c) => ({ ...c, ref: mode === "mixed" ? c.ref : mode === "all" })),
    }));
    let r = 0;
    return rows
      .map((x) => {
        r += x.gap;
        const attr = x.ref ? ` r="${r}"` : "";
        if (x.selfClosing || x.cells.length === 0) return `<${prefix}row${attr}/>`;
        const cells = x.cells
          .map((c) => {
            const ref = c.ref ? ` r="${String.fromCharCode(65 + (c.col % 26))}${r}"` : "";
            const t = c.value.t ? ` t="${c.value.t}"` : "";
            const inner = c.value.v.replace(/<(\/?)([a-z])/g, `<$1${prefix}$2`);
            return inner
              ? `<${prefix}c${ref}${t}>${inner}</${prefix}c>`
              : `<${prefix}c${ref}${t}/>`;
          })
          .join("");
        // Some producers write cells outside any row: the scanner opens a row for them.
        return x.outside ? cells : `<${prefix}row${attr}>${cells}</${prefix}row>`;
      })
      .join("");
  });

const part = fc
  .constantFrom("", "x")
  .chain((p) =>
    fc.tuple(
      sheetData(p ? p + ":" : ""),
      fc.constant(p),
      fc.constantFrom("", `<cols><col min="1" max="2" width="12"/></cols>`)
    )
  )
  .map(([data, prefix, extra]) => {
    const p = prefix ? prefix + ":" : "";
    const ns = prefix ? `xmlns:${prefix}="${MAIN_NS}"` : `xmlns="${MAIN_NS}"`;
    return `${XML_HEAD}<${p}worksheet ${ns}>${extra.replace(/<(\/?)c/g, `<$1${p}c`)}<${p}sheetData>${data}</${p}sheetData></${p}worksheet>`;
  });

describe("a sheet part read in pieces", () => {
  it("gives the cells of the whole part, wherever its pieces are cut", async () => {
    await fc.assert(
      fc.asyncProperty(
        part,
        fc.array(fc.integer({ min: 0, max: 1000 }), { maxLength: 12 }),
        async (xml, at) => {
          const bytes = enc(xml);
          const cuts = at.map((x) => Math.floor((x / 1000) * bytes.length));
          const whole = parseSheetXml(bytes, SST);
          expect(await parseSheetPieces(piecesOf(bytes, cuts), SST, null)).toEqual(whole);
        }
      ),
      { numRuns: 300 }
    );
  });

  it("cuts neither before sheetData nor after an element of another namespace named c", async () => {
    const long = "x".repeat(6000);
    const head = `${XML_HEAD}<worksheet xmlns="${MAIN_NS}"><foo xmlns="urn:autre"><c></c><row r="7"><c r="B7"><v>42</v></c><row r="8"/></row></foo>`;
    const before = `${head}<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${long}</t></is></c></row></sheetData></worksheet>`;
    const bytes = enc(before);
    expect(await parseSheetPieces(piecesOf(bytes, [5000]), SST, null)).toEqual(
      parseSheetXml(bytes, SST)
    );
    const inside = sheetXml(
      `<row r="1"><c r="A1" t="inlineStr"><is><t>${long}</t></is></c></row>` +
        `<row r="2"><c r="A2" t="inlineStr"><is><t>x</t><foo xmlns="urn:autre"><c>z</c></foo><t>hello</t></is></c></row>`
    );
    const at = inside.indexOf("<c>z</c>") + "<c>z</c>".length;
    const read = await parseSheetPieces(piecesOf(enc(inside), [at]), SST, null);
    expect(read).toEqual(parseSheetXml(enc(inside), SST));
    expect(read!.values[1]).toEqual(["xhello"]);
  });

  it("reads a row longer than its pieces cell by cell, as the whole part gives it", async () => {
    const cells = Array.from({ length: 3000 }, (_, i) => `<c><v>${i}</v></c>`).join("");
    const bytes = enc(sheetXml(`<row r="1">${cells}</row><row r="2"><c><v>1</v></c></row>`));
    const cuts = Array.from({ length: 20 }, (_, i) => 4200 + i * 2000);
    const read = await parseSheetPieces(piecesOf(bytes, cuts), SST, null);
    expect(read).toEqual(parseSheetXml(bytes, SST));
    expect(read!.values[0].length).toBe(3000);
  });

  it("leaves to the whole-part reader a part holding a comment, a second namespace or UTF-16", async () => {
    const rows = `<row r="1"><c r="A1"><v>1</v></c></row>`;
    const parts = [
      sheetXml(`${rows}<!-- <row r="2"><c r="A2"><v>2</v></c></row> -->`),
      sheetXml(`<row r="1" xmlns:y="${MAIN_NS}"><y:c r="A1"><v>1</v></y:c></row>`),
      `${XML_HEAD}<!DOCTYPE worksheet><worksheet xmlns="${MAIN_NS}"><sheetData>${rows}</sheetData></worksheet>`,
    ].map(enc);
    parts.push(new Uint8Array(Buffer.from("\ufeff" + sheetXml(rows), "utf16le")));
    for (const bytes of parts)
      for (const cuts of [[], [10], [bytes.length - 20, 30]])
        expect(await parseSheetPieces(piecesOf(bytes, cuts), SST, null)).toBeNull();
  });

  it("reads no rows from a part without sheetData, or with an empty one", async () => {
    for (const xml of [
      `${XML_HEAD}<worksheet xmlns="${MAIN_NS}"/>`,
      sheetXml("").replace("<sheetData></sheetData>", "<sheetData/>"),
    ])
      expect(await parseSheetPieces(piecesOf(enc(xml), [5]), SST, null)).toEqual({
        values: [],
        origin: { row: 0, col: 0 },
      });
  });

  it("cuts only after a row of the sheet's own prefix, and waits for a sheetData tag cut in two", async () => {
    const pad = `<cols>${'<col min="1" max="1" width="9"/>'.repeat(150)}</cols>`;
    const foreign = `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:y="urn:autre">${pad}<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><y:row></y:row><v>2</v></c><c r="B2"><v>3</v></c></row><row r="3"><c r="A3"><v>4</v></c></row></sheetData></worksheet>`;
    const bytes = enc(foreign);
    const cut = foreign.indexOf("</y:row>") + "</y:row>".length;
    expect(await parseSheetPieces(piecesOf(bytes, [cut]), SST, null)).toEqual(
      parseSheetXml(bytes, SST)
    );
    expect(parseSheetXml(bytes, SST).values).toEqual([[1], [2, 3], [4]]);
    const empty = `${XML_HEAD}<worksheet xmlns="${MAIN_NS}">${pad}<sheetData/><row r="9"><c r="A9"><v>9</v></c></row></worksheet>`;
    const at = empty.indexOf("<sheetData/") + "<sheetData/".length;
    expect((await parseSheetPieces(piecesOf(enc(empty), [at]), SST, null))!.values).toEqual([]);
  });
});

describe("the workbook reader with Node's zlib, large parts read in pieces", () => {
  beforeAll(() => useZipCodec(nodeZipCodec));
  afterAll(() => useZipCodec(fflateCodec));

  const examples = path.join(__dirname, "../../../examples");
  const readAll = async (bytes: Uint8Array, streamFrom: number) => {
    const wb = openXlsx(bytes, { streamFrom });
    return wb.readSheets(wb.sheetNames());
  };

  it("gives every sheet of the example workbooks and of a real Chorus workbook as the whole-part reading does", async () => {
    const files = ["camino-2020.xlsx", "camino-2020-2021.xlsx", "meae-disinfo-2020.xlsx"]
      .map((f) => path.join(examples, f))
      .concat(fixturePath("Calculette_Chorus_test.xlsx"));
    for (const f of files) {
      const bytes = new Uint8Array(fs.readFileSync(f));
      // Their parts are read in pieces, not left to the whole-part reader.
      const zip = ZipArchive.open(bytes)!;
      for (const e of zip.entries.filter((x) => x.name.startsWith("xl/worksheets/sheet"))) {
        const pieces = await parseSheetPieces(piecesOf(zip.read(e), [4100, 5000]), [], null);
        expect(pieces).toEqual(parseSheetXml(zip.read(e), []));
      }
      const whole = await readAll(bytes, Infinity);
      expect(whole.some((s) => s.values.length > 3)).toBe(true);
      expect(await readAll(bytes, 0)).toEqual(whole);
    }
  });

  it("reads a part holding a comment whole, with the same cells", async () => {
    const xml = sheetXml(
      `<row r="1"><c r="A1"><v>1</v></c></row><!-- <row r="2"><c r="A2"><v>9</v></c></row> --><row r="3"><c r="A3"><v>3</v></c></row>`
    );
    const [sheet] = await readAll(miniWorkbook([{ name: "S", xml }]), 0);
    expect(sheet.values).toEqual([[1], [], [3]]);
  });

  it("does not count twice against the file's limit a part it leaves to the whole-part reader", async () => {
    const rows = Array.from(
      { length: 40_000 },
      (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`
    );
    // The comment in the last piece: the part is read in pieces to its end, then whole.
    const xml = sheetXml(rows.join("") + "<!-- fin -->");
    const limit = Math.floor(enc(xml).length * 1.5) + 64 * 1024;
    const bytes = miniWorkbook([{ name: "S", xml }]);
    const wb = openXlsx(bytes, { streamFrom: 0, maxInflatedBytes: limit });
    const [sheet] = await wb.readSheets(["S"]);
    expect(sheet.values.length).toBe(40_000);
  });

  it("stops inflating when the reading stops early", async () => {
    let closed = 0;
    useZipCodec({
      ...nodeZipCodec,
      async *inflatePieces(raw, declared, pieceBytes) {
        try {
          yield* nodeZipCodec.inflatePieces!(raw, declared, pieceBytes);
        } finally {
          closed++;
        }
      },
    });
    try {
      const rows = Array.from(
        { length: 40_000 },
        (_, i) => `<row r="${i + 1}"><c><v>${i}</v></c></row>`
      );
      const xml = sheetXml(
        rows.slice(0, 20_000).join("") + "<!-- x -->" + rows.slice(20_000).join("")
      );
      const [sheet] = await readAll(miniWorkbook([{ name: "S", xml }]), 0);
      expect(sheet.values.length).toBe(40_000);
      expect(closed).toBe(1);
    } finally {
      useZipCodec(nodeZipCodec);
    }
  });

  it("refuses a damaged large part with the whole-part reader's French message", async () => {
    const xml = sheetXml(`<row r="1"><c r="A1"><v>1</v></c></row>`);
    const pkg = miniWorkbook([{ name: "S", xml }]);
    const sheetEntry = entriesOf(pkg).find((e) => e.name === "xl/worksheets/sheet1.xml")!;
    const { name: _name, ...entry } = sheetEntry;
    const damaged = replaceEntry(pkg, sheetEntry.name, { ...entry, crc: entry.crc ^ 1 });
    const messages = async (streamFrom: number) =>
      readAll(damaged, streamFrom).then(
        () => "lu",
        (e: Error) => e.message
      );
    expect(await messages(0)).toMatch(/sheet1\.xml ne correspond pas à sa somme de contrôle/);
    expect(await messages(0)).toBe(await messages(Infinity));
  });

  it("stops a part that inflates beyond its declared size, with the whole-part reader's message", async () => {
    const head = `${XML_HEAD}<worksheet xmlns="${MAIN_NS}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>`;
    const bomb = await bombStream(head, 64, "</t></is></c></row></sheetData></worksheet>");
    const pkg = miniWorkbook([{ name: "S", xml: sheetXml("") }]);
    const name = "xl/worksheets/sheet1.xml";
    const bytes = replaceEntry(pkg, name, {
      data: bomb.data,
      method: 8,
      crc: bomb.crc,
      size: 8 << 20,
    });
    await expect(readAll(bytes, 0)).rejects.toThrow(/sheet1\.xml se décompresse au-delà/);
  });
});
