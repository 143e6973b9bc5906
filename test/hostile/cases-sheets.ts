/** Hostile sheets and packages: look-alike names, the 1904 date system, reports, rich packages. */
import * as fs from "fs";
import * as path from "path";
import { unzipSync } from "fflate";
import {
  BASE_LINE_A,
  BASE_LINE_B,
  BASE_TOTAL,
  baseSheets,
  CF_B,
  ej,
  ENG_HEADER,
  ENG_ROWS,
} from "./base";
import { AS_OF, reportArgs, runCli, workbookCase, type HostileCase } from "./harness";
import { readReport, rowOf, text } from "./report-check";
import { expectPartsKept, richConventionPackage, VBA_BYTES } from "./rich-package";
import { buildXlsx, type SheetSpec } from "./xlsx-builder";
import { decodeXml } from "../../src/workbook/xlsx/xmlText";

const BASE = { lines: [BASE_LINE_A, BASE_LINE_B], total: BASE_TOTAL, issues: [] };
const B_UNREAD = {
  ...BASE_LINE_B,
  engagedAE: "0.00",
  availableAE: "50000.00",
  outstanding: "-10000.00",
  engagementRate: "0.0000",
};
const rename = (sheets: SheetSpec[], from: string, to: string) =>
  sheets.map((s) => (s.name === from ? { ...s, name: to } : s));
const BAD_B = [ENG_ROWS[0], ej("2100000002", { date: "2020-05-04" }, "illisible", { cf: CF_B })];
const decoy: SheetSpec = {
  name: "ENGAGEMENTS",
  rows: [ENG_HEADER, ej("2100000009", { date: "2020-04-15" }, 99999)],
};

export const sheetCases: HostileCase[] = [
  workbookCase(
    "Engagements and ENGAGEMENTS both present: the contract's exact spelling is read",
    (() => {
      const s = baseSheets();
      return [...s.slice(0, 3), decoy, ...s.slice(3)];
    })(),
    { exit: 0, ...BASE }
  ),
  workbookCase(
    "Engagéments (accent) placed before Engagements: the exact spelling is read",
    (() => {
      const s = baseSheets();
      return [...s.slice(0, 3), { ...decoy, name: "Engagéments" }, ...s.slice(3)];
    })(),
    { exit: 0, ...BASE }
  ),
  workbookCase(
    "only ENGAGEMENTS and paiements in other cases: read, and issues name the sheet as written",
    rename(
      rename(baseSheets({ engagements: BAD_B }), "Engagements", "ENGAGEMENTS"),
      "Paiements",
      "paiements"
    ),
    {
      exit: 0,
      lines: [BASE_LINE_A, B_UNREAD],
      issues: ["AMOUNT_INVALID ENGAGEMENTS!3 Montant AE", "CP_EXCEEDS_EJ paiements!3 Montant CP"],
    }
  ),
  workbookCase(
    "a sheet named Engagement's (apostrophe): read as Engagements, its links quoted",
    rename(baseSheets({ engagements: BAD_B }), "Engagements", "Engagement's"),
    {
      exit: 0,
      lines: [BASE_LINE_A, B_UNREAD],
      issues: ["AMOUNT_INVALID Engagement's!3 Montant AE", "CP_EXCEEDS_EJ Paiements!3 Montant CP"],
      check: (_s, { report }) => {
        const locations = [...report.xml.matchAll(/<hyperlink [^>]*location="([^"]*)"/g)].map((m) =>
          decodeXml(m[1])
        );
        expect(locations).toContain("'Engagement''s'!I3");
      },
    }
  ),
  workbookCase(
    "a sheet named Plafond (singular) is not Plafonds: refused, naming the sheet",
    rename(baseSheets(), "Plafonds", "Plafond"),
    {
      exit: 2,
      stderr: /classeur\.xlsx : La feuille « Plafonds » est absente/,
    }
  ),
  workbookCase(
    "no Engagements nor Paiements yet (nothing executed): ceilings only",
    baseSheets().slice(0, 3),
    {
      exit: 0,
      lines: [
        {
          ...BASE_LINE_A,
          engagedAE: "0.00",
          paidCP: "0.00",
          availableAE: "100000.00",
          availableCP: "100000.00",
          outstanding: "0.00",
          engagementRate: "0.0000",
          cpConsumptionRate: "0.0000",
        },
        {
          ...BASE_LINE_B,
          engagedAE: "0.00",
          paidCP: "0.00",
          availableAE: "50000.00",
          availableCP: "50000.00",
          engagementRate: "0.0000",
          cpConsumptionRate: "0.0000",
        },
      ],
      issues: [],
    }
  ),
  workbookCase(
    "a workbook in the 1904 date system: dates come out right, the report's dates too",
    baseSheets(),
    {
      exit: 0,
      ...BASE,
      check: (s, { report }) => {
        expect(s.convention).toMatchObject({
          signature: "2020-03-26",
          start: "2020-03-26",
          end: "2020-12-31",
        });
        // 31/12/2020 is 44196 in the 1900 system, 42734 in the 1904 system of this workbook.
        expect(text(report, rowOf(report, "Situation arrêtée au"), 1)).toBe("42734");
        expect(text(report, rowOf(report, "2020-04"), 1)).toBe("30000.00");
      },
    },
    { date1904: true }
  ),
  workbookCase(
    "user sheets named Rapport and Rapport (2) are kept; the report goes to Rapport (3)",
    baseSheets({
      extra: [
        { name: "Rapport", rows: [["mes notes"]] },
        { name: "Rapport (2)", rows: [["=SOMME(A1)", 12]] },
      ],
    }),
    {
      exit: 0,
      ...BASE,
      sheet: "Rapport (3)",
      check: (_s, { dir, out }) => {
        const added = expectPartsKept(
          new Uint8Array(fs.readFileSync(path.join(dir, "classeur.xlsx"))),
          new Uint8Array(fs.readFileSync(out))
        );
        expect(added).toEqual(["xl/worksheets/sheet8.xml"]);
      },
    }
  ),
  workbookCase(
    "a report of a report: Plafond's Rapport is replaced in place, not duplicated",
    (dir) => {
      const first = path.join(dir, "premier.xlsx");
      fs.writeFileSync(first, buildXlsx(baseSheets()));
      const r = runCli([
        "report",
        first,
        "--as-of",
        "2020-06-30",
        "--out",
        path.join(dir, "premier.rapport.xlsx"),
      ]);
      if (r.status !== 0) throw new Error(`first report failed: ${r.stderr}`);
      return new Uint8Array(fs.readFileSync(path.join(dir, "premier.rapport.xlsx")));
    },
    {
      exit: 0,
      ...BASE,
      check: (_s, { dir, out }) => {
        const input = new Uint8Array(fs.readFileSync(path.join(dir, "classeur.xlsx")));
        const output = new Uint8Array(fs.readFileSync(out));
        expect(readReport(input).name).toBe("Rapport");
        const before = readReport(input);
        const after = readReport(output);
        expect(text(before, rowOf(before, "Situation arrêtée au"), 1)).toBe("44012");
        expect(text(after, rowOf(after, "Situation arrêtée au"), 1)).toBe(String(44196));
        expect(Object.keys(unzipSync(output)).sort()).toEqual(Object.keys(unzipSync(input)).sort());
      },
    }
  ),
  {
    name: "a macro-enabled package with a chart, a pivot table and a VBA project: every part kept byte for byte",
    prepare: (dir) => {
      const file = path.join(dir, "classeur.xlsm");
      fs.writeFileSync(file, richConventionPackage());
      const out = path.join(dir, "copie.xlsm");
      return { args: reportArgs(file, out), untouched: [file], out };
    },
    expect: {
      exit: 0,
      ...BASE,
      check: (_s, { dir, out }) => {
        const input = new Uint8Array(fs.readFileSync(path.join(dir, "classeur.xlsm")));
        const output = new Uint8Array(fs.readFileSync(out));
        expect(expectPartsKept(input, output)).toEqual(["xl/worksheets/sheet7.xml"]);
        expect(
          Buffer.from(unzipSync(output)["xl/vbaProject.bin"]).equals(Buffer.from(VBA_BYTES))
        ).toBe(true);
      },
    },
  },
  {
    name: "a macro-enabled workbook (.xlsm): the default copy keeps the .xlsm extension Excel requires",
    prepare: (dir) => {
      const file = path.join(dir, "classeur.xlsm");
      fs.writeFileSync(file, richConventionPackage());
      return {
        args: ["report", file, "--json", "--as-of", AS_OF],
        untouched: [file],
        out: path.join(dir, "classeur.rapport.xlsm"),
      };
    },
    expect: { exit: 0, ...BASE },
  },
  workbookCase(
    "shared strings with rich-text runs and phonetic runs: the text is the runs, phonetics left out",
    baseSheets({
      sheets: {
        engagements: {
          rows: [
            [...ENG_HEADER.slice(0, 8), { runs: ["Montant ", "AE"], phonetic: "モンタン" }],
            ej("2100000001", { date: "2020-04-15" }, 30000, {
              supplier: { runs: ["Atelier ", "Numérique"], phonetic: "アトリエ" },
            }),
            ej("2100000002", { date: "2020-05-04" }, 10000, {
              cf: { runs: ["0181-", "CPRI-", "ELAB"] },
              df: "0181-11-03",
              act: "018111AM0303",
              supplier: "Coop Design",
              prestation: "Design",
            }),
          ],
        },
      },
    }),
    {
      exit: 0,
      ...BASE,
      check: (_s, { report }) => {
        const first = rowOf(report, "Par fournisseur") + 2;
        expect([text(report, first, 0), text(report, first + 1, 0)].sort()).toEqual([
          "Atelier Numérique",
          "Coop Design",
        ]);
        expect(report.xml).not.toContain("アトリエ");
      },
    }
  ),
];
