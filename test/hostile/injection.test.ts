/**
 * Formula injection: text copied from the user's cells (suppliers, prestations, the convention's
 * parties) must reach the Rapport as text in both adapters — the .xlsx copy written by the command
 * line, and the Excel writer through a fake that, like Excel, turns "=…", "+…", "-…", "@…" typed
 * into a General cell into a formula.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { analyse } from "../../src/domain/analyse";
import { buildReport } from "../../src/domain/report/build";
import { loadConvention } from "../../src/app/open-convention";
import { writeReport } from "../../src/workbook/office/write";
import { openXlsx } from "../../src/workbook/xlsx";
import { tmpDir } from "../helpers/cli";
import { FakeExcel } from "../workbook/office/write-fake-excel";
import { enter, type FakeCell } from "../workbook/office/write-fake-range";
import { baseSheets, convention, CONVENTION_ROWS, ej } from "./base";
import { AS_OF, reportArgs, runCli } from "./harness";
import { readReport, rowOf, text } from "./report-check";
import { buildXlsx } from "./xlsx-builder";

/** As typed in the cells; the reader trims, so the tab- and CR-prefixed ones arrive as "=1+1", "=2+2". */
const PAYLOADS = [
  '=HYPERLINK("http://x";"clic")',
  "+1+1",
  "@SUM(A1)",
  "-2+3",
  "=cmd|' /C calc'!A0",
  "\t=1+1",
  "\r=2+2",
];
const AS_READ = PAYLOADS.map((p) => p.trim());
const PARTIES = { delegant: "+33 1 23 45 67 89", delegataire: "=1+1", intitule: "@Convention" };

function hostileWorkbook(): Uint8Array {
  const engagements = PAYLOADS.map((p, i) =>
    ej(`21000000${10 + i}`, { date: "2020-04-15" }, 1000 * (i + 1), { supplier: p, prestation: p })
  );
  const rows = CONVENTION_ROWS.map((r) =>
    r[0] === "Délégant"
      ? ["Délégant", PARTIES.delegant]
      : r[0] === "Délégataire"
        ? ["Délégataire", PARTIES.delegataire]
        : r
  );
  return buildXlsx(
    baseSheets({
      convention: convention([...rows, ["Intitulé", PARTIES.intitule]]),
      engagements,
      paiements: [],
    })
  );
}

/** Texts of column A from a section's first data row to its first empty cell. */
function sectionTexts(read: (row: number) => string | undefined, first: number): string[] {
  const out: string[] = [];
  for (let r = first; read(r) !== undefined && read(r) !== ""; r++) out.push(read(r)!);
  return out;
}

describe("text from the user's cells never becomes a formula", () => {
  const dir = tmpDir();
  const input = path.join(dir, "injection.xlsx");
  const out = path.join(dir, "copie.xlsx");
  fs.writeFileSync(input, hostileWorkbook());
  const run = runCli(reportArgs(input, out));

  test("the command line writes the report", () => {
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: "" });
  });

  test("the .xlsx copy: no formula anywhere in the Rapport, each payload an inline string with its exact text", () => {
    const report = readReport(new Uint8Array(fs.readFileSync(out)));
    expect(report.xml).not.toMatch(/<f[\s>]/);
    for (const [title, expected] of [
      ["Par fournisseur", AS_READ],
      ["Par prestation", AS_READ],
    ] as const) {
      const first = rowOf(report, title) + 2;
      const cells = sectionTexts((r) => text(report, r, 0), first).map((_, i) =>
        report.rows.get(first + i)!.get(0)!
      );
      expect(cells.map((c) => c.text).sort()).toEqual([...expected].sort());
      expect(cells.every((c) => c.kind === "inline" && !c.formula)).toBe(true);
    }
    for (const [label, value] of [
      ["Délégant", PARTIES.delegant],
      ["Délégataire", PARTIES.delegataire],
    ]) {
      expect(report.rows.get(rowOf(report, label))!.get(1)).toEqual({
        kind: "inline",
        text: value,
        formula: false,
      });
    }
  });

  test("the .xlsx copy read by another reader (exceljs): strings, not formulas", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet("Rapport")!;
    const found: string[] = [];
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
        if (
          typeof cell.value === "string" &&
          [...AS_READ, ...Object.values(PARTIES)].includes(cell.value)
        )
          found.push(cell.value);
      })
    );
    expect(new Set(found)).toEqual(new Set([...AS_READ, ...Object.values(PARTIES)]));
  });

  test("the Excel adapter: every payload lands as text in a cell formatted « @ », no formula", async () => {
    // The fake is Excel-like: the same payload typed into a General cell becomes a formula.
    for (const p of AS_READ) {
      const cell: FakeCell = {
        value: null,
        formula: null,
        numberFormat: "General",
        format: {},
        hyperlink: null,
      };
      enter(cell, p);
      expect({ p, formula: cell.formula !== null }).toEqual({ p, formula: true });
    }
    const book = openXlsx(new Uint8Array(fs.readFileSync(input)));
    const read = await loadConvention(book);
    if (!read.data) throw new Error("the injection workbook should be a convention");
    const model = buildReport(analyse(read.data, read.issues, AS_OF, read.sheetNames), read.data);
    const fake = new FakeExcel();
    for (const name of book.sheetNames()) fake.addSheet(name);
    const result = await writeReport(fake.context, model, { sheetNames: book.sheetNames() });
    const sheet = fake.sheet(result.sheetName)!;
    const cells = [...sheet.cells.values()];
    expect(cells.filter((c) => c.formula !== null)).toEqual([]);
    for (const value of [...AS_READ, ...Object.values(PARTIES)]) {
      const hits = cells.filter((c) => c.value === value);
      expect({
        value,
        hits: hits.length > 0,
        allText: hits.every((c) => c.numberFormat === "@"),
      }).toEqual({ value, hits: true, allText: true });
    }
  });
});
