/**
 * The CONV functions as Excel runs them: office.js globals (Excel.run over a MockWorkbook,
 * CustomFunctions.Error), one fresh runtime per test, and cells that record what they are given.
 */
import * as fs from "fs";
import * as path from "path";
import { MockWorkbook } from "../workbook/office/excelMock";
import { openXlsx } from "../../src/workbook/xlsx";
import type { RawSheet } from "../../src/grid";
import type { Summary } from "../../src/domain/summary";
import { plafond, tmpDir } from "../helpers/cli";

export { MockWorkbook };

/** The CONV functions that give an amount or a rate of a centre financier (and year). */
export const AMOUNT_FUNCTIONS = [
  "ceilingAe",
  "ceilingCp",
  "engagedAe",
  "paidCp",
  "remainingAe",
  "remainingCp",
  "outstanding",
  "rateAe",
  "rateCp",
];

export const EXAMPLES = path.join(__dirname, "..", "..", "examples");
export const TODAY = "2020-12-31";

/** CustomFunctions.Error as the runtime has it (CustomFunctionsRuntime 1.3). */
export class ExcelError {
  constructor(
    readonly code: string,
    readonly message?: string
  ) {}
}

const globals = globalThis as Record<string, unknown>;

export function installOfficeGlobals(wb: MockWorkbook): void {
  globals.Excel = { run: wb.run };
  globals.CustomFunctions = {
    Error: ExcelError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!" },
  };
}

export function removeOfficeGlobals(): void {
  delete globals.Excel;
  delete globals.CustomFunctions;
}

/** A cell holding a streaming CONV formula: every result Excel was given, in order. */
export class Cell {
  readonly results: unknown[] = [];
  onCanceled?: () => void;
  readonly setResult = (value: unknown): void => {
    this.results.push(value);
  };
  get value(): unknown {
    return this.results[this.results.length - 1];
  }
  /** Excel cancels the invocation (formula deleted or edited). */
  cancel(): void {
    this.onCanceled?.();
  }
}

type Fn = (...args: unknown[]) => void;
export type Functions = Record<string, Fn>;

/** functions.ts in a fresh module registry: its store and hub start empty. */
export function loadFunctions(): Functions {
  let fns: Functions = {};
  jest.isolateModules(() => {
    fns = require("../../src/functions/functions") as Functions;
  });
  return fns;
}

/** Calls a function as Excel does (null for omitted optional arguments). */
export function invoke(fns: Functions, name: string, ...args: unknown[]): Cell {
  const cell = new Cell();
  const fn = fns[name];
  if (!fn) throw new Error(`no function ${name}`);
  // Excel passes every declared parameter (null when omitted), then the invocation.
  const padded = [...args, ...new Array(Math.max(0, fn.length - 1 - args.length)).fill(null)];
  fn(...padded, cell);
  return cell;
}

/** Lets every pending read finish: the mock does no I/O, so one macrotask flushes all promises. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 3; i++) await new Promise((resolve) => setImmediate(resolve));
}

export function exampleSheets(file: string): RawSheet[] {
  const xlsx = openXlsx(fs.readFileSync(path.join(EXAMPLES, file)));
  return xlsx.sheetNames().map((n) => xlsx.readSheet(n));
}

/** `plafond report <file> --json --as-of <asOf>`: the command line's figures for the same workbook. */
export function cliSummary(file: string, asOf = TODAY): Summary {
  const dir = tmpDir();
  const r = plafond([
    "report",
    path.join(EXAMPLES, file),
    "--json",
    "--as-of",
    asOf,
    "--out",
    path.join(dir, "copie.xlsx"),
  ]);
  fs.rmSync(dir, { recursive: true, force: true });
  if (r.status !== 0) throw new Error(`plafond report failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as Summary;
}

/** Fake timers for the debounce and today's date; promises and setImmediate stay real. */
export function useClock(today = TODAY): void {
  jest.useFakeTimers({ doNotFake: ["setImmediate", "nextTick", "queueMicrotask"] });
  jest.setSystemTime(new Date(`${today}T10:00:00`));
}
