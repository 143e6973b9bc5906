/**
 * Reads the Rapport of a written copy back from its raw sheet XML (what Excel will load), so
 * that figures are compared as the exact decimal strings written, not as rounded doubles.
 */
import { unzipSync } from "fflate";
import type { Summary } from "../../src/domain/summary";
import { openXlsx } from "../../src/workbook/xlsx";
import { decodeCellText } from "../../src/workbook/xlsx/xmlText";

export interface RawCell {
  /** "n": a number in <v>; "inline": an inline string; "shared"; "formula": the cell has <f>. */
  readonly kind: "n" | "inline" | "shared" | "other";
  readonly text: string;
  readonly formula: boolean;
}

export interface ReportSheet {
  readonly name: string;
  readonly xml: string;
  /** Cells by 1-based row, then 0-based column. */
  readonly rows: Map<number, Map<number, RawCell>>;
}

const colIndex = (letters: string) =>
  [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;

export function parseCells(xml: string): Map<number, Map<number, RawCell>> {
  const rows = new Map<number, Map<number, RawCell>>();
  const cell = /<c r="([A-Z]+)(\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
  for (const m of xml.matchAll(cell)) {
    const [, letters, row, attrs, body = ""] = m;
    const t = /\bt="([^"]+)"/.exec(attrs)?.[1] ?? "n";
    const inline = /<is>([\s\S]*?)<\/is>/.exec(body);
    const v = /<v>([\s\S]*?)<\/v>/.exec(body);
    const text = inline
      ? [...inline[1].matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)]
          .map((x) => decodeCellText(x[1]))
          .join("")
      : v
        ? decodeCellText(v[1])
        : "";
    const kind = t === "inlineStr" ? "inline" : t === "s" ? "shared" : t === "n" ? "n" : "other";
    const r = Number(row);
    if (!rows.has(r)) rows.set(r, new Map());
    rows.get(r)!.set(colIndex(letters), { kind, text, formula: /<f[\s>]/.test(body) });
  }
  return rows;
}

/** The report sheet of a written copy: the sheet named `name`, or the one Plafond marked. */
export function readReport(bytes: Uint8Array, name?: string): ReportSheet {
  const book = openXlsx(bytes);
  const marked = book
    .definedNames()
    .find((n) => n.name === "PLAFOND_RAPPORT" && n.localSheetId !== undefined);
  const sheetName = name ?? (marked ? book.sheetNames()[marked.localSheetId!] : "Rapport");
  const path = book.sheetPath(sheetName);
  if (!path) throw new Error(`no sheet ${sheetName} in the copy`);
  const xml = new TextDecoder().decode(unzipSync(bytes, { filter: (f) => f.name === path })[path]);
  return { name: sheetName, xml, rows: parseCells(xml) };
}

export const text = (r: ReportSheet, row: number, col: number): string | undefined =>
  r.rows.get(row)?.get(col)?.text;

/** 1-based row whose column A reads `label` (the first one after `from`). */
export function rowOf(r: ReportSheet, label: string, from = 0): number {
  const rows = [...r.rows.keys()].sort((a, b) => a - b);
  const found = rows.find((n) => n > from && text(r, n, 0) === label);
  if (found === undefined) throw new Error(`no row « ${label} » in ${r.name}`);
  return found;
}

/** The title of the Rapport's situation table. */
export const SITUATION_TITLE = "Situation par unité opérationnelle et exercice";

/** The situation table's figure columns, in order (both readers of the copy walk them). */
export const FIGURES = [
  "ceilingAE",
  "ceilingCP",
  "pendingReestablishment",
  "engagedAE",
  "paidCP",
  "availableAE",
  "availableCP",
  "outstanding",
  "engagementRate",
  "cpConsumptionRate",
] as const;

/**
 * What the "Situation par unité opérationnelle et exercice" table says, as the summary's strings:
 * the UO-year lines, then (several years) one "Total <year>" row per year, then the Total row.
 */
export function situationTable(r: ReportSheet): {
  lines: Array<Record<string, string | number | null>>;
  years: Array<Record<string, string | number | null>>;
} {
  const title = rowOf(r, SITUATION_TITLE);
  const lines: Array<Record<string, string | number | null>> = [];
  const years: Array<Record<string, string | number | null>> = [];
  for (let row = title + 2; ; row++) {
    const first = text(r, row, 0);
    if (first === undefined) throw new Error(`the situation table of ${r.name} has no Total row`);
    const yearTotal = /^Total \d{4}$/.test(first);
    const line: Record<string, string | number | null> =
      first === "Total"
        ? {}
        : { ...(yearTotal ? {} : { centreFinancier: first }), year: Number(text(r, row, 1)) };
    FIGURES.forEach((key, i) => {
      const c = r.rows.get(row)?.get(2 + i);
      // A rate of a zero ceiling is written as the text "—" (null in the summary).
      line[key] =
        c === undefined
          ? "(absent)"
          : c.kind === "inline" && c.text === "—"
            ? null
            : c.kind === "n"
              ? c.text
              : `(${c.kind}) ${c.text}`;
    });
    (yearTotal ? years : lines).push(line);
    if (first === "Total") return { lines, years };
  }
}

/** The Rapport's situation table equals the summary's lines, years and total, figure by figure. */
export function expectReportMatchesSummary(
  bytes: Uint8Array,
  summary: Summary,
  name?: string
): ReportSheet {
  const report = readReport(bytes, name);
  const pick = (f: Record<string, unknown>) => Object.fromEntries(FIGURES.map((k) => [k, f[k]]));
  const several = summary.years.length > 1;
  // Several years: CP of different years are never summed into one "available" (issue 11).
  const total = several
    ? {
        ...pick(summary.total),
        availableAE: "(inline) par exercice",
        availableCP: "(inline) par exercice",
      }
    : pick(summary.total);
  const table = situationTable(report);
  expect(table.lines).toEqual([
    ...summary.lines.map((l) => ({ centreFinancier: l.centreFinancier, year: l.year, ...pick(l) })),
    total,
  ]);
  expect(table.years).toEqual(
    several ? summary.years.map((y) => ({ year: y.year, ...pick(y) })) : []
  );
  return report;
}
