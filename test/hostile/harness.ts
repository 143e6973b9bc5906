/**
 * The hostile corpus's runner: each case builds its input in a fresh folder, runs the real
 * command line (bin/plafond.js, as `npx plafond` does) and states the outcome it expects —
 * figures and located issues for a report, or one French line, no stack trace, nothing written
 * and the input's bytes unchanged for an input that cannot be read or a copy that cannot be written.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { ISSUE_SEVERITY, IssueCode, SEVERITY_BY_CASE } from "../../src/domain/issues";
import { SummarySchema, type Summary } from "../../src/domain/summary-schema";
import { openXlsx } from "../../src/workbook/xlsx";
import { ROOT, sha256, tmpDir } from "../helpers/cli";
import { expectReportMatchesSummary, type ReportSheet } from "./report-check";
import { expectExceljsMatchesSummary } from "./report-exceljs";
import { buildXlsx, type BookOptions, type SheetSpec } from "./xlsx-builder";

export const AS_OF = "2020-12-31";
const PEAK_MEMORY_HOOK = path.join(__dirname, "peak-memory.js");
let runs = 0;

export interface Prepared {
  readonly args: readonly string[];
  readonly cwd?: string;
  /** Files whose bytes must be the same after the run (the input, a user's file…). */
  readonly untouched: readonly string[];
  /** Where the copy goes: it must exist after exit 0, and not after a failure. */
  readonly out: string | null;
  /** A folder whose listing a failure must leave unchanged (default: the copy's folder). */
  readonly watch?: string;
  /** Checks of what the run must have left as it was (a FIFO, a device, a read-only file…). */
  readonly after?: () => void;
}

export interface Report {
  readonly exit: 0;
  /** summary.lines, exactly. */
  readonly lines?: readonly object[];
  readonly total?: object;
  /** Every issue as "CODE Sheet!row Column" (row and column "-" when null), in any order. */
  readonly issues?: readonly string[];
  /** Codes left out of `issues` (default: UNDER_CONSUMPTION, which the base workbook always has). */
  readonly ignore?: readonly string[];
  /** Name of the sheet the report must be written to (default "Rapport"). */
  readonly sheet?: string;
  /** Bound on the command's peak memory (resident set, MB). */
  readonly maxPeakMB?: number;
  readonly check?: (
    s: Summary,
    ctx: { dir: string; out: string; report: ReportSheet }
  ) => void | Promise<void>;
}

export interface Refusal {
  readonly exit: 2 | 3;
  readonly stderr: RegExp;
  /** Bound on the command's peak memory (resident set, MB). */
  readonly maxPeakMB?: number;
}

export interface HostileCase {
  readonly name: string;
  readonly prepare: (dir: string) => Prepared | Promise<Prepared>;
  readonly expect: Report | Refusal;
}

export interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly peakMB: number | null;
}

/** Runs bin/plafond.js with its peak memory recorded. */
export function runCli(args: readonly string[], cwd = ROOT, env: NodeJS.ProcessEnv = {}): Run {
  const rssFile = path.join(os.tmpdir(), `plafond-rss-${process.pid}-${++runs}`);
  const r = spawnSync(process.execPath, [path.join(ROOT, "bin", "plafond.js"), ...args], {
    cwd,
    encoding: "utf8",
    maxBuffer: 1 << 28,
    env: {
      ...process.env,
      PLAFOND_DEBUG: "",
      NODE_OPTIONS: `--require "${PEAK_MEMORY_HOOK}"`,
      PLAFOND_TEST_RSS_FILE: rssFile,
      ...env,
    },
  });
  const peakMB = fs.existsSync(rssFile) ? Number(fs.readFileSync(rssFile, "utf8")) / 1024 : null;
  fs.rmSync(rssFile, { force: true });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, peakMB };
}

/** The usual case: a workbook written to `classeur.xlsx`, reported to `copie.xlsx`. */
export function workbookCase(
  name: string,
  input: readonly SheetSpec[] | ((dir: string) => Uint8Array | Promise<Uint8Array>),
  expected: Report | Refusal,
  options: BookOptions = {}
): HostileCase {
  return {
    name,
    expect: expected,
    prepare: async (dir) => {
      const file = path.join(dir, "classeur.xlsx");
      fs.writeFileSync(
        file,
        typeof input === "function" ? await input(dir) : buildXlsx(input, options)
      );
      const out = path.join(dir, "copie.xlsx");
      return { args: reportArgs(file, out), untouched: [file], out };
    },
  };
}

export const reportArgs = (input: string, out: string) => [
  "report",
  input,
  "--json",
  "--as-of",
  AS_OF,
  "--out",
  out,
];

const issueKey = (i: Summary["issues"][number]) =>
  `${i.code} ${i.sheet}!${i.row ?? "-"} ${i.column ?? "-"}`;

function listing(dir: string | null): string[] {
  return dir && fs.existsSync(dir) && fs.statSync(dir).isDirectory()
    ? fs.readdirSync(dir).sort()
    : [];
}

export async function runCase(c: HostileCase): Promise<void> {
  const dir = tmpDir();
  const prepared = await c.prepare(dir);
  const hashes = prepared.untouched.map((f) => [f, sha256(f)] as const);
  const outDir = prepared.watch ?? (prepared.out === null ? null : path.dirname(prepared.out));
  const before = listing(outDir);
  const run = runCli(prepared.args, prepared.cwd ?? ROOT);
  const context = `${c.name}\nexit ${run.status}\nstderr: ${run.stderr}\nstdout: ${run.stdout.slice(0, 2000)}`;

  // Never a stack trace, never an unexpected failure, whatever the input.
  expect({
    context,
    trace: /^\s+at\s|\n\s+at\s/.test(run.stderr),
    unexpected: run.stderr.includes("erreur inattendue"),
  }).toEqual({ context, trace: false, unexpected: false });
  for (const [file, hash] of hashes) expect({ file, hash: sha256(file) }).toEqual({ file, hash });
  prepared.after?.();

  if (c.expect.exit !== 0) {
    const e = c.expect;
    expect({ context, status: run.status }).toEqual({ context, status: e.exit });
    expect(run.stdout).toBe("");
    const lines = run.stderr.split("\n").filter((l) => l !== "");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^plafond: /);
    expect(lines[0]).toMatch(e.stderr);
    expect(lines[0]).not.toMatch(/undefined|\[object |NaN/);
    if (prepared.out) expect(fs.existsSync(prepared.out)).toBe(false);
    // Nothing left behind either (no temporary file beside the copy).
    expect(listing(outDir)).toEqual(before);
    if (e.maxPeakMB !== undefined) expect(run.peakMB ?? Infinity).toBeLessThan(e.maxPeakMB);
    fs.rmSync(dir, { recursive: true, force: true });
    return;
  }

  const e = c.expect;
  expect({ context, status: run.status, stderr: run.stderr }).toEqual({
    context,
    status: 0,
    stderr: "",
  });
  if (e.maxPeakMB !== undefined)
    expect({ context, peakMB: (run.peakMB ?? Infinity) < e.maxPeakMB }).toEqual({
      context,
      peakMB: true,
    });
  const summary = SummarySchema.parse(JSON.parse(run.stdout));
  const out = prepared.out!;
  expect({ out, written: fs.existsSync(out) }).toEqual({ out, written: true });
  const outBytes = new Uint8Array(fs.readFileSync(out));
  const inputSheets = openXlsx(new Uint8Array(fs.readFileSync(prepared.untouched[0]))).sheetNames();
  for (const i of summary.issues) {
    // Typed and located: a known code with its severity, a sheet of the workbook, a row ≥ 1.
    if (!SEVERITY_BY_CASE.has(i.code as IssueCode))
      expect(ISSUE_SEVERITY[i.code as keyof typeof ISSUE_SEVERITY]).toBe(i.severity);
    expect(inputSheets).toContain(i.sheet);
    if (i.row !== null) expect(i.row).toBeGreaterThanOrEqual(1);
    expect(i.message.trim()).not.toBe("");
    expect(i.message).not.toMatch(/undefined|\[object |NaN/);
  }
  if (e.lines) expect(summary.lines).toEqual(e.lines);
  if (e.total) expect(summary.total).toEqual(e.total);
  if (e.issues) {
    const ignore = new Set(e.ignore ?? ["UNDER_CONSUMPTION"]);
    expect(
      summary.issues
        .filter((i) => !ignore.has(i.code))
        .map(issueKey)
        .sort()
    ).toEqual([...e.issues].sort());
  }
  const sheets = openXlsx(outBytes).sheetNames();
  expect(sheets).toEqual(expect.arrayContaining([...inputSheets, e.sheet ?? "Rapport"]));
  expect(sheets).toHaveLength(new Set([...inputSheets, e.sheet ?? "Rapport"]).size);
  const report = expectReportMatchesSummary(outBytes, summary, e.sheet ?? "Rapport");
  await expectExceljsMatchesSummary(
    outBytes,
    summary,
    report.name,
    new Uint8Array(fs.readFileSync(prepared.untouched[0]))
  );
  await e.check?.(summary, { dir, out, report });
  fs.rmSync(dir, { recursive: true, force: true }); // kept when a case fails, to look at
}
