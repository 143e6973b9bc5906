/** What the reader says, in French, when the input is not a readable .xlsx workbook. */
import { strToU8 } from "fflate";
import {
  XLSX_MESSAGES,
  XlsxReadError,
  openXlsx,
  writeReportCopy,
} from "../../../src/workbook/xlsx";
import { MAIN_NS, XML_HEAD, miniWorkbook, sheetXml, zipParts } from "./helpers";
import { fflateCodec, useZipCodec } from "../../../src/workbook/xlsx/codec";
import { nodeZipCodec } from "../../../src/workbook/xlsx/codec-node";

function readError(bytes: Uint8Array, options?: Parameters<typeof openXlsx>[1]): XlsxReadError {
  try {
    openXlsx(bytes, options);
  } catch (e) {
    expect(e).toBeInstanceOf(XlsxReadError);
    expect((e as Error).message).not.toMatch(/\n/);
    return e as XlsxReadError;
  }
  throw new Error("no error");
}

/** Sets the uncompressed size the central directory declares for `name`. */
function patchDeclaredSize(bytes: Uint8Array, name: string, size: number): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  const nameBytes = strToU8(name);
  for (let p = 0; p + 46 < out.length; p++) {
    if (view.getUint32(p, true) !== 0x02014b50) continue;
    const len = view.getUint16(p + 28, true);
    if (len === nameBytes.length && nameBytes.every((b, i) => out[p + 46 + i] === b)) {
      view.setUint32(p + 24, size, true);
      return out;
    }
  }
  throw new Error("entry not found");
}

const rows = (n: number) =>
  Array.from(
    { length: n },
    (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`
  ).join("");

describe("XlsxReadError", () => {
  it("an empty file", () => {
    expect(readError(new Uint8Array(0)).code).toBe("EMPTY");
  });

  it("a file that is not a zip", () => {
    const e = readError(Uint8Array.from({ length: 300 }, (_, i) => (i * 7919) % 256));
    expect(e.code).toBe("NOT_XLSX");
    expect(e.message).toBe("Le fichier n'est pas un classeur Excel (.xlsx) lisible.");
  });

  it("a truncated zip", () => {
    const bytes = miniWorkbook([{ name: "S", xml: sheetXml(rows(50)) }]);
    expect(readError(bytes.subarray(0, bytes.length - 30)).code).toBe("NOT_XLSX");
  });

  it("an OLE file: password-protected workbook or .xls", () => {
    const bytes = new Uint8Array(1024);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(readError(bytes).message).toBe(
      "Le fichier est un classeur protégé par mot de passe ou au format Excel 97-2003 (.xls) : enregistrez-le au format .xlsx sans mot de passe."
    );
  });

  it("an OpenDocument spreadsheet", () => {
    const bytes = zipParts(
      {
        mimetype: "application/vnd.oasis.opendocument.spreadsheet",
        "content.xml": "<office:document-content/>",
      },
      0
    );
    const e = readError(bytes);
    expect(e.code).toBe("ODS");
    expect(e.message).toMatch(/OpenDocument.*\.xlsx/);
  });

  it("a CSV text file", () => {
    const e = readError(
      strToU8("Centre financier;Exercice;AE;CP\n0113-PEBC-ELAB;2020;220 000,00;220 000,00\n")
    );
    expect(e.code).toBe("TEXT");
    expect(e.message).toBe(XLSX_MESSAGES.TEXT);
    expect(e.message).toMatch(/fichier texte/);
  });

  it("a zip that holds no workbook", () => {
    const e = readError(zipParts({ "word/document.xml": "<w:document/>", "notes.txt": "bonjour" }));
    expect(e.code).toBe("NO_WORKBOOK");
    expect(e.message).toMatch(/xl\/workbook\.xml/);
  });

  it("a binary workbook (.xlsb)", () => {
    expect(
      readError(
        zipParts({ "[Content_Types].xml": "<Types/>", "xl/workbook.bin": new Uint8Array(10) })
      ).code
    ).toBe("XLSB");
  });

  it("a Strict Open XML workbook", () => {
    const strict = zipParts({
      "xl/workbook.xml": `${XML_HEAD}<workbook xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main"><sheets/></workbook>`,
    });
    const e = readError(strict);
    expect(e.code).toBe("STRICT");
    expect(e.message).toBe(
      "Le classeur est au format « Strict Open XML », que Plafond ne lit pas : enregistrez-le au format « Classeur Excel (.xlsx) » standard."
    );
  });

  it("the writer gives the same errors", () => {
    expect(() =>
      writeReportCopy(new Uint8Array(0), { columnWidths: [], rows: [], charts: [], frozenRows: 0 })
    ).toThrow(XlsxReadError);
  });
});

// Both codecs: fflate (the browser's, the default) and Node's zlib (the command line's).
describe.each([
  ["fflate", fflateCodec],
  ["zlib", nodeZipCodec],
])("zip-bomb guard (%s)", (_name, codec) => {
  beforeAll(() => useZipCodec(codec));
  afterAll(() => useZipCodec(fflateCodec));
  const bytes = miniWorkbook([{ name: "S", xml: sheetXml(rows(2000)) }]);

  it("reads the file when nothing is amiss", async () => {
    const [s] = await openXlsx(bytes).readSheets(["S"]);
    expect(s.values).toHaveLength(2000);
  });

  it("refuses, before inflating, a part declared larger than 1.5 GB", async () => {
    const bomb = patchDeclaredSize(bytes, "xl/worksheets/sheet1.xml", 0xf0000000);
    const wb = openXlsx(bomb);
    await expect(wb.readSheets(["S"])).rejects.toMatchObject({
      code: "TOO_LARGE",
      message: XLSX_MESSAGES.TOO_LARGE,
    });
  });

  it("refuses a part that inflates beyond its declared size", async () => {
    const lying = patchDeclaredSize(bytes, "xl/worksheets/sheet1.xml", 1000);
    await expect(openXlsx(lying).readSheets(["S"])).rejects.toMatchObject({
      code: "TOO_LARGE",
      message:
        "Le fichier est endommagé ou malveillant : la partie xl/worksheets/sheet1.xml se décompresse au-delà de la taille annoncée.",
    });
  });

  it("counts every part inflated against the total", async () => {
    const wb = openXlsx(bytes, { maxInflatedBytes: 20000 });
    await expect(wb.readSheets(["S"])).rejects.toMatchObject({ code: "TOO_LARGE" });
  });

  it("reads a part deflated to no byte at all as empty, as fflate does", () => {
    expect(codec.inflate(new Uint8Array(0), 0)).toEqual(new Uint8Array(0));
  });

  it("reports a damaged part", async () => {
    const broken = miniWorkbook([{ name: "S", xml: sheetXml(rows(200)) }]);
    const zipStart = broken.indexOf(0x50, 0);
    expect(zipStart).toBe(0);
    // Corrupt the compressed data of the sheet (found by its local header name).
    const name = strToU8("xl/worksheets/sheet1.xml");
    let p = 0;
    for (; p < broken.length; p++) if (name.every((b, i) => broken[p + i] === b)) break;
    const damaged = broken.slice();
    for (let i = p + name.length + 5; i < p + name.length + 60; i++) damaged[i] = 0xff;
    await expect(openXlsx(damaged).readSheets(["S"])).rejects.toMatchObject({
      code: expect.stringMatching(/CORRUPT|TOO_LARGE/),
    });
  });
});

describe("sheet content", () => {
  it("reads a 20 000-row sheet of numbers", async () => {
    const bytes = miniWorkbook([
      {
        name: "S",
        xml: `${XML_HEAD}<worksheet xmlns="${MAIN_NS}"><sheetData>${rows(20000)}</sheetData></worksheet>`,
      },
    ]);
    const [s] = await openXlsx(bytes).readSheets(["S"]);
    expect(s.values[19999]).toEqual([19999]);
  });
});
