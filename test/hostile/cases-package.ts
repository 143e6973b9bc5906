/**
 * Packages Excel and the other readers would not read as Plafond did (issue 12): two entries for
 * one part name, an entry whose CRC-32 does not match its bytes. Refused, exit 2, one French line.
 */
import * as fs from "fs";
import * as path from "path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { crc32, inflateRawSync } from "zlib";
import { BASE_LINE_A, BASE_LINE_B, BASE_TOTAL, baseSheets } from "./base";
import { entriesOf, writeRawZip, type RawEntry } from "./crafted";
import { reportArgs, workbookCase, type HostileCase, type Refusal } from "./harness";
import { buildXlsx, MAIN_NS } from "./xlsx-builder";

const ENGAGEMENTS = "xl/worksheets/sheet4.xml";

function pkgCase(name: string, entries: () => RawEntry[], expected: Refusal): HostileCase {
  return {
    name,
    expect: expected,
    prepare: (dir) => {
      const file = path.join(dir, "classeur.xlsx");
      fs.writeFileSync(file, writeRawZip(entries()));
      const out = path.join(dir, "copie.xlsx");
      return { args: reportArgs(file, out), untouched: [file], out };
    },
  };
}

/** The Engagements part with its amounts multiplied by ten, stored uncompressed. */
function tenTimes(e: RawEntry, name: string): RawEntry {
  const xml = strFromU8(inflated(e)).replace(
    /<v>(\d+)<\/v>/g,
    (_m, n: string) => `<v>${Number(n) * 10}</v>`
  );
  const data = strToU8(xml);
  return { name, data, method: 0, crc: crc32(data), size: data.length };
}

function inflated(e: RawEntry): Uint8Array {
  return new Uint8Array(inflateRawSync(e.data));
}

const entries = () => entriesOf(buildXlsx(baseSheets()));

/** The base package with some of its parts rewritten (text in, bytes out). */
function rewritten(changes: Record<string, (xml: string) => string | Uint8Array>): Uint8Array {
  const parts = unzipSync(buildXlsx(baseSheets()));
  for (const [name, change] of Object.entries(changes)) {
    const out = change(strFromU8(parts[name]));
    parts[name] = typeof out === "string" ? strToU8(out) : new Uint8Array(out);
  }
  return zipSync(parts);
}

/** A part in UTF-16 little-endian with its BOM and a declaration saying so, as OPC allows. */
const utf16 = (xml: string) =>
  Buffer.concat([
    Buffer.from([0xff, 0xfe]),
    Buffer.from(xml.replace(/encoding="UTF-8"/, 'encoding="UTF-16"'), "utf16le"),
  ]);

const BASE_OK = { exit: 0, lines: [BASE_LINE_A, BASE_LINE_B], total: BASE_TOTAL } as const;
/** The Engagements sheet's first data row, as the builder writes it (row 2 holds EJ 2100000001). */
const rowTwo = (xml: string) => /<row r="2"[\s\S]*?<\/row>/.exec(xml)![0];

export const packageCases: HostileCase[] = [
  workbookCase(
    "an engagement row inside an XML comment is not counted (Excel, LibreOffice, openpyxl skip it)",
    () =>
      rewritten({
        [ENGAGEMENTS]: (x) =>
          x.replace(
            "</sheetData>",
            `<!-- ${rowTwo(x)
              .replace('r="2"', 'r="9"')
              .replace(/r="([A-Z])2"/g, 'r="$19"')} --></sheetData>`
          ),
      }),
    BASE_OK
  ),
  workbookCase(
    "a comment inside a cell, after its value, and a number in CDATA",
    () =>
      rewritten({
        [ENGAGEMENTS]: (x) =>
          x.replace(/<v>30000<\/v>/, "<v><![CDATA[30000]]></v><!-- <v>999999</v> -->"),
      }),
    BASE_OK
  ),
  workbookCase(
    "a row whose elements use a prefix declared on the row itself (xmlns:x on <x:row>)",
    () =>
      rewritten({
        [ENGAGEMENTS]: (x) => {
          const row = rowTwo(x);
          const local = row
            .replace(/<(\/?)(row|c|v|is|t|f)([\s>/])/g, "<$1x:$2$3")
            .replace("<x:row ", `<x:row xmlns:x="${MAIN_NS}" `);
          return x.replace(row, local);
        },
      }),
    BASE_OK
  ),
  workbookCase(
    "sheet, shared strings and workbook parts in UTF-16 with a BOM and an encoding declaration",
    () =>
      rewritten({ [ENGAGEMENTS]: utf16, "xl/sharedStrings.xml": utf16, "xl/workbook.xml": utf16 }),
    BASE_OK
  ),
  workbookCase(
    "a shared string inside a comment is no string (the indices after it stay right)",
    () =>
      rewritten({
        "xl/sharedStrings.xml": (x) =>
          x.replace(/(<sst[^>]*>)/, "$1<!-- <si><t>décalage</t></si> -->"),
      }),
    BASE_OK
  ),

  pkgCase(
    "two entries for the Engagements part, the second in capitals with ten times the amounts",
    () => {
      const all = entries();
      const eng = all.find((e) => e.name === ENGAGEMENTS)!;
      return [...all, tenTimes(eng, ENGAGEMENTS.toUpperCase())];
    },
    { exit: 2, stderr: /la partie XL\/WORKSHEETS\/SHEET4\.XML y figure deux fois/ }
  ),
  pkgCase(
    "two entries of exactly the same part name",
    () => {
      const all = entries();
      const eng = all.find((e) => e.name === ENGAGEMENTS)!;
      return [...all, tenTimes(eng, ENGAGEMENTS)];
    },
    { exit: 2, stderr: /y figure deux fois/ }
  ),
  pkgCase(
    "an entry whose CRC-32 does not match its (deflated) bytes",
    () => entries().map((e) => (e.name === ENGAGEMENTS ? { ...e, crc: (e.crc ^ 0x1) >>> 0 } : e)),
    {
      exit: 2,
      stderr: /la partie xl\/worksheets\/sheet4\.xml ne correspond pas à sa somme de contrôle/,
    }
  ),
  pkgCase(
    "a stored entry altered after its CRC-32 was computed (one digit changed)",
    () =>
      entries().map((e) => {
        if (e.name !== ENGAGEMENTS) return e;
        const good = inflated(e);
        const data = strToU8(strFromU8(good).replace("<v>30000</v>", "<v>90000</v>"));
        return { name: e.name, data, method: 0, crc: crc32(good), size: data.length };
      }),
    { exit: 2, stderr: /sheet4\.xml ne correspond pas à sa somme de contrôle/ }
  ),
];
