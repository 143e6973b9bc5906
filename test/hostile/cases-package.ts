/**
 * Packages Excel and the other readers would not read as Plafond did (issue 12): two entries for
 * one part name, an entry whose CRC-32 does not match its bytes. Refused, exit 2, one French line.
 */
import * as fs from "fs";
import * as path from "path";
import { strFromU8, strToU8 } from "fflate";
import { crc32, inflateRawSync } from "zlib";
import { baseSheets } from "./base";
import { entriesOf, writeRawZip, type RawEntry } from "./crafted";
import { reportArgs, type HostileCase, type Refusal } from "./harness";
import { buildXlsx } from "./xlsx-builder";

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
  const xml = strFromU8(inflated(e)).replace(/<v>(\d+)<\/v>/g, (_m, n: string) => `<v>${Number(n) * 10}</v>`);
  const data = strToU8(xml);
  return { name, data, method: 0, crc: crc32(data), size: data.length };
}

function inflated(e: RawEntry): Uint8Array {
  return new Uint8Array(inflateRawSync(e.data));
}

const entries = () => entriesOf(buildXlsx(baseSheets()));

export const packageCases: HostileCase[] = [
  pkgCase("two entries for the Engagements part, the second in capitals with ten times the amounts", () => {
    const all = entries();
    const eng = all.find((e) => e.name === ENGAGEMENTS)!;
    return [...all, tenTimes(eng, ENGAGEMENTS.toUpperCase())];
  }, { exit: 2, stderr: /la partie XL\/WORKSHEETS\/SHEET4\.XML y figure deux fois/ }),
  pkgCase("two entries of exactly the same part name", () => {
    const all = entries();
    const eng = all.find((e) => e.name === ENGAGEMENTS)!;
    return [...all, tenTimes(eng, ENGAGEMENTS)];
  }, { exit: 2, stderr: /y figure deux fois/ }),
  pkgCase("an entry whose CRC-32 does not match its (deflated) bytes", () =>
    entries().map((e) => (e.name === ENGAGEMENTS ? { ...e, crc: (e.crc ^ 0x1) >>> 0 } : e)),
  { exit: 2, stderr: /la partie xl\/worksheets\/sheet4\.xml ne correspond pas à sa somme de contrôle/ }),
  pkgCase("a stored entry altered after its CRC-32 was computed (one digit changed)", () =>
    entries().map((e) => {
      if (e.name !== ENGAGEMENTS) return e;
      const good = inflated(e);
      const data = strToU8(strFromU8(good).replace("<v>30000</v>", "<v>90000</v>"));
      return { name: e.name, data, method: 0, crc: crc32(good), size: data.length };
    }),
  { exit: 2, stderr: /sheet4\.xml ne correspond pas à sa somme de contrôle/ }),
];
