import * as fs from "fs";
import * as path from "path";
import { judgeLoaded } from "../../src/app/open-convention";
import { ChorusExtract, ChorusOptions, readChorusExtract } from "../../src/domain/chorus";
import type { SheetKey } from "../../src/domain/contract";
import { readConventionData, resolveSheetNames } from "../../src/domain/read";
import { summarize } from "../../src/domain/summary";
import { formatAmount } from "../../src/domain/money";
import { Tally } from "../../src/domain/tally";
import type { CellValue } from "../../src/grid";
import { csvInput } from "../../src/workbook/text/csv";
import type { RawSheet } from "../../src/grid";
import { sheet } from "../helpers/book";

export const FIXTURES = path.join(__dirname, "..", "fixtures", "chorus");
export const fixturePath = (name: string) => path.join(FIXTURES, name);

/** A fixture file read as the command line reads it (`--chorus`). */
export function fixtureInput(name: string) {
  return csvInput(new Uint8Array(fs.readFileSync(fixturePath(name))), name);
}

export function readFixture(name: string): ChorusExtract {
  const extract = readChorusExtract(fixtureInput(name));
  if (!extract) throw new Error(`${name}: no extract found`);
  return extract;
}

/** The 2-D values of a fixture, as pasted on a sheet (every cell a text). */
export function fixtureSheet(name: string, sheetName: string): RawSheet {
  return sheet(sheetName, fixtureInput(name).values as CellValue[][]);
}

/** Sums of the extract's AE of the year and CP paid, as the contract prints amounts. */
export function totals(e: ChorusExtract) {
  const ae = new Tally();
  const cp = new Tally();
  for (const l of e.lines) {
    if (l.ae !== null) ae.add(l.ae);
    if (l.cp !== null) cp.add(l.cp);
  }
  return {
    ae: e.hasAE ? formatAmount(ae.value()) : null,
    cp: e.hasCP ? formatAmount(cp.value()) : null,
  };
}

/** Reads sheets (contract sheets by role, the others beside) and options, then reconciles. */
export function runWith(sheets: RawSheet[], options: ChorusOptions = {}, asOf = "2020-12-31") {
  const roles = resolveSheetNames(sheets.map((s) => s.name));
  const byRole: Partial<Record<SheetKey, RawSheet>> = {};
  const roleNames = new Set(Object.values(roles));
  for (const [key, name] of Object.entries(roles))
    byRole[key as SheetKey] = sheets.find((s) => s.name === name);
  const read = readConventionData(
    byRole,
    sheets.filter((s) => !roleNames.has(s.name)),
    options
  );
  if (!read.data) throw new Error(`unreadable: ${JSON.stringify(read.issues)}`);
  // as every entry opens a convention (app/open-convention.ts)
  const opened = judgeLoaded({ ...read, sheetNames: sheets.map((s) => s.name) }, asOf);
  if (!opened.ok) throw new Error(opened.message);
  const analysis = opened.analysis;
  return {
    read,
    analysis,
    summary: summarize(analysis.reconciliation, analysis.issues, read.chorus),
  };
}

export const located = (
  issues: readonly { code: string; sheet: string; row: number | null; column: string | null }[]
) => issues.map((i) => `${i.code}@${i.sheet}:${i.row}:${i.column}`);
