/**
 * Limits told, not crashed (issue 12): amounts beyond 10^15 € are AMOUNT_INVALID and not summed;
 * no Rapport cell passes Excel's 32 767 characters; a copy beyond 65 535 zip entries exits 3.
 */
import { strToU8 } from "fflate";
import { crc32 } from "zlib";
import {
  BASE_LINE_A,
  BASE_LINE_B,
  BASE_TOTAL,
  baseSheets,
  ceilingRow,
  CF_A,
  ENG_ROWS,
  ej,
} from "./base";
import { entriesOf, writeRawZip, type RawEntry } from "./crafted";
import { workbookCase, type HostileCase } from "./harness";
import { buildXlsx } from "./xlsx-builder";

const EXCEL_CELL_MAX = 32767;

/** Every cell text of the Rapport's XML within Excel's limit, and at least one cut with "…". */
function expectCellsWithinLimit(xml: string, cut: RegExp): void {
  let longest = 0;
  for (const m of xml.matchAll(/<t[^>]*>([^<]*)<\/t>/g))
    longest = Math.max(longest, m[1].replace(/&[a-z]+;/g, "x").length);
  expect(longest).toBeLessThanOrEqual(EXCEL_CELL_MAX);
  expect(xml).toMatch(cut);
}

export const limitCases: HostileCase[] = [
  workbookCase(
    "amounts beyond 10^15 € (1e308 as a number, a 400-digit text) are AMOUNT_INVALID, not summed",
    baseSheets({
      plafonds: [ceilingRow(CF_A, 100000, 1e308), ceilingRow("0181-CPRI-ELAB", 50000, 50000)],
      engagements: [
        ENG_ROWS[0],
        ENG_ROWS[1],
        ej("2100000003", { date: "2020-06-01" }, "9".repeat(400)),
      ],
    }),
    {
      exit: 0,
      lines: [
        { ...BASE_LINE_A, ceilingCP: "0.00", availableCP: "-20000.00", cpConsumptionRate: null },
        BASE_LINE_B,
      ],
      issues: [
        "AMOUNT_INVALID Plafonds!2 CP",
        "AMOUNT_INVALID Engagements!4 Montant AE",
        "CP_CEILING_EXCEEDED Plafonds!2 CP",
      ],
      check: (s) => {
        const msgs = s.issues.filter((i) => i.code === "AMOUNT_INVALID").map((i) => i.message);
        expect(msgs.every((m) => /dépasse 15 chiffres avant la virgule/.test(m))).toBe(true);
        expect(msgs.every((m) => m.length < 300)).toBe(true);
      },
    }
  ),
  workbookCase(
    "a supplier of 40 000 characters and an unreadable amount of 40 000 characters: Rapport cells cut at 32 767 with …",
    baseSheets({
      engagements: [
        ej("2100000001", { date: "2020-04-15" }, 30000, { supplier: "Société ".repeat(5000) }),
        ENG_ROWS[1],
        ej("2100000003", { date: "2020-06-01" }, "x".repeat(40000)),
      ],
    }),
    {
      exit: 0,
      lines: [BASE_LINE_A, BASE_LINE_B],
      total: BASE_TOTAL,
      check: (_s, { report }) => expectCellsWithinLimit(report.xml, /…<\/t>/),
    }
  ),
  workbookCase(
    "a workbook of 65 535 zip entries: the copy would pass the zip limit, exit 3 with its French line",
    () => {
      const entries: RawEntry[] = entriesOf(buildXlsx(baseSheets()));
      const empty = strToU8("<a/>");
      for (let i = entries.length; i < 65535; i++)
        entries.push({
          name: `customXml/n${i}.xml`,
          data: empty,
          method: 0,
          crc: crc32(empty),
          size: empty.length,
        });
      return writeRawZip(entries);
    },
    { exit: 3, stderr: /au-delà des 65 535 qu'un fichier \.xlsx peut contenir/ }
  ),
];
