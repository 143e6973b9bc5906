/** The zip layer: entries copied as stored, data descriptors dropped, CRCs right. */
import { Zip, ZipDeflate, ZipPassThrough, strToU8, unzipSync } from "fflate";
import * as zlib from "zlib";
import { openXlsx, writeReportCopy } from "../../../src/workbook/xlsx";
import { ZipArchive } from "../../../src/workbook/xlsx/zipRead";
import { crc32, writeZip } from "../../../src/workbook/xlsx/zipWrite";
import { richPackage } from "./fixtures";
import { miniWorkbook, sheetXml, unzipAll } from "./helpers";

/** Re-zips `bytes` with fflate's streaming Zip: data descriptors, some entries stored. */
function streamed(bytes: Uint8Array): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((err, chunk) => {
    if (err) throw err;
    chunks.push(chunk);
  });
  for (const [name, data] of unzipAll(bytes)) {
    const file = name.endsWith(".rels")
      ? new ZipPassThrough(name)
      : new ZipDeflate(name, { level: 9 });
    zip.add(file);
    file.push(data, true);
  }
  zip.end();
  return Buffer.concat(chunks);
}

function expectSound(bytes: Uint8Array): void {
  const zip = ZipArchive.open(bytes)!;
  for (const e of zip.entries) {
    const data = zip.read(e);
    expect({ name: e.name, crc: crc32(data), size: data.length }).toEqual({
      name: e.name,
      crc: e.crc,
      size: e.size,
    });
  }
  // An independent reader agrees.
  const other = unzipSync(bytes);
  expect(Object.keys(other)).toEqual(zip.entries.map((e) => e.name));
}

describe("zip layer", () => {
  it("computes CRC-32 as zlib does", () => {
    const data = strToU8("Plafond — conventions de délégation de gestion ".repeat(50));
    const zcrc = (zlib as unknown as { crc32?: (d: Uint8Array) => number }).crc32;
    expect(crc32(data)).toBe(zcrc ? zcrc(data) : 0x4ad1c7a9 /* unreachable on Node 20.15+ */);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });

  it("writes a sound archive from the rich package", () => {
    expectSound(
      writeReportCopy(richPackage(), {
        columnWidths: [],
        rows: [[{ value: "x", format: "text" }]],
        charts: [],
        frozenRows: 0,
      }).bytes
    );
  });

  it("copies entries written with data descriptors and stored entries", async () => {
    const input = streamed(
      miniWorkbook([{ name: "S", xml: sheetXml(`<row r="1"><c r="A1"><v>7</v></c></row>`) }])
    );
    const flags = ZipArchive.open(input)!.entries.map((e) => e.flags & 8);
    expect(flags.some((f) => f !== 0)).toBe(true);
    expect((await openXlsx(input).readSheets(["S"]))[0].values).toEqual([[7]]);
    const out = writeReportCopy(input, {
      columnWidths: [],
      rows: [[{ value: 1, format: "integer" }]],
      charts: [],
      frozenRows: 0,
    });
    expectSound(out.bytes);
    const inParts = unzipAll(input);
    const outParts = unzipAll(out.bytes);
    expect(
      Buffer.from(outParts.get("xl/worksheets/sheet1.xml")!).equals(
        Buffer.from(inParts.get("xl/worksheets/sheet1.xml")!)
      )
    ).toBe(true);
    expect((await openXlsx(out.bytes).readSheets(["Rapport"]))[0].values).toEqual([[1]]);
  });

  it("keeps non-ASCII entry names", () => {
    const zip = ZipArchive.open(
      writeZip([{ kind: "new", name: "xl/média/é.xml", data: strToU8("<a/>") }])
    )!;
    expect(zip.entries.map((e) => e.name)).toEqual(["xl/média/é.xml"]);
    expect(zip.find("XL/MÉDIA/É.XML")?.name).toBe("xl/média/é.xml"); // part names ignore case
    expect(zip.find("/xl/média/é.xml")?.name).toBe("xl/média/é.xml");
  });
});
