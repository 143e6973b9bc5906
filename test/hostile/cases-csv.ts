/**
 * Chorus CSV edge cases (issue 12): a header ending with empty separators, lone-CR line ends,
 * UTF-16 without BOM or big-endian. Each must be read — both EJs of the base workbook matched —
 * never "0 ligne lue" with false EJ_ONLY_IN_WORKBOOK.
 */
import * as fs from "fs";
import * as path from "path";
import { buildXlsx } from "./xlsx-builder";
import { baseSheets, CF_A, CF_B } from "./base";
import { reportArgs, type HostileCase } from "./harness";

const HEADER =
  "N° EJ;Date;Centre financier;Domaine fonctionnel;Activité;Centre de coûts;Montant engagé";
const LINES = [
  `2100000001;15/04/2020;${CF_A};0113-07-16;011301MB0601;DININCUB75;30 000,00`,
  `2100000002;04/05/2020;${CF_B};0181-11-03;018111AM0303;DININCUB75;10 000,00`,
];

const utf16be = (s: string) => {
  const le = Buffer.from(s, "utf16le");
  for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  return le;
};

function csvCase(name: string, bytes: () => Uint8Array): HostileCase {
  return {
    name: `Chorus CSV: ${name}`,
    expect: {
      exit: 0,
      check: (s) => {
        expect(s.chorus?.map((c) => [c.rows, c.skipped])).toEqual([[2, 0]]);
        expect(s.reconciliation?.matched).toBe(2);
        expect(s.reconciliation?.onlyInWorkbook).toEqual([]);
        expect(s.issues.filter((i) => i.code === "EJ_ONLY_IN_WORKBOOK")).toEqual([]);
      },
    },
    prepare: (dir) => {
      const file = path.join(dir, "classeur.xlsx");
      const csv = path.join(dir, "extrait.csv");
      fs.writeFileSync(file, buildXlsx(baseSheets()));
      fs.writeFileSync(csv, bytes());
      const out = path.join(dir, "copie.xlsx");
      return { args: [...reportArgs(file, out), "--chorus", csv], untouched: [file, csv], out };
    },
  };
}

export const csvCases: HostileCase[] = [
  csvCase("a header row ending with empty separators", () =>
    Buffer.from(`${HEADER};;;\r\n${LINES.join("\r\n")}\r\n`)
  ),
  csvCase("lone-CR line endings (old Mac export)", () =>
    Buffer.from(`${HEADER}\r${LINES.join("\r")}\r`)
  ),
  csvCase("UTF-16 little-endian without BOM", () =>
    Buffer.from(`${HEADER}\r\n${LINES.join("\r\n")}\r\n`, "utf16le")
  ),
  csvCase("UTF-16 big-endian without BOM", () => utf16be(`${HEADER}\r\n${LINES.join("\r\n")}\r\n`)),
  csvCase("UTF-16 big-endian with its BOM", () =>
    Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(`${HEADER}\r\n${LINES.join("\r\n")}\r\n`)])
  ),
];
