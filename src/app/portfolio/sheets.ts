/**
 * The portfolio workbook as host-free sheets: `Portefeuille` (a row per convention × UO × year,
 * then the totals per délégant and per year, the deadlines ahead and the files set aside),
 * `Anomalies` (every convention's, with its file and reference, and the portfolio's own) and, with
 * an extract, `Hors convention`. The command line and the preview write these same sheets.
 */
import type { BookCell, BookSheet } from "../../domain/portfolio/book";
import {
  lineAmount,
  mostSerious,
  type Amounts,
  type Group,
} from "../../domain/portfolio/aggregate";
import { appendAll } from "../../domain/arrays";
import { formatDateFr } from "../../domain/date";
import type { Summary } from "../report";
import * as L from "./labels";
import type { Portfolio, PortfolioEntry } from "./run";
import { allIssues } from "./issues";

const text = (v: string | null | undefined): BookCell => ({ value: v ?? null, style: "text" });
const bold = (v: string): BookCell => ({ value: v, style: "bold" });
const int = (v: number | null): BookCell => ({ value: v, style: "integer" });
const date = (v: string | null): BookCell => ({ value: v, style: "date" });
const head = (vs: readonly string[]): BookCell[] =>
  vs.map((v) => ({ value: v || null, style: v ? "header" : undefined }));
const amount = (s: string, total = false): BookCell => ({
  value: Number(s),
  style: total ? "totalAmount" : "amount",
});
const rate = (s: string | null, total = false): BookCell => ({
  value: s === null ? null : Number(s),
  style: total ? "totalRate" : "rate",
});
const blank: BookCell = { value: null };

type Figures = Summary["lines"][number] | Summary["total"] | Amounts;
const KEYS = [
  "ceilingAE",
  "engagedAE",
  "availableAE",
  "engagementRate",
  "ceilingCP",
  "paidCP",
  "availableCP",
  "cpConsumptionRate",
  "outstanding",
  "lapsedAE",
  "lapsedCP",
] as const;

function figures(f: Figures, total = false): BookCell[] {
  return KEYS.map((k) => {
    if (k === "engagementRate" || k === "cpConsumptionRate") return rate(f[k], total);
    return amount(lineAmount(f as Summary["total"], k), total);
  });
}

function conventionRows(e: PortfolioEntry): BookCell[][] {
  const s = e.summary;
  const c = s.convention;
  const errors = s.issues.filter((i) => i.severity === "error").length;
  const worst = mostSerious(s.issues);
  const tail: BookCell[] = [
    int(errors),
    int(s.issues.length - errors),
    worst
      ? {
          value: `${worst.code} — ${worst.message}`,
          style: worst.severity === "error" ? "error" : "warning",
        }
      : blank,
    e.report ? { value: e.report, style: "link", link: e.report } : blank,
  ];
  const who = [text(e.file), text(c.reference), text(c.delegant), date(c.start), date(c.end)];
  if (s.lines.length === 0)
    return [[...who, text(L.NO_CEILING), blank, ...figures(s.total), ...tail]];
  return s.lines.map((l) => [...who, text(l.centreFinancier), int(l.year), ...figures(l), ...tail]);
}

function groupRows(title: string, what: string, groups: readonly Group[]): BookCell[][] {
  return [
    [bold(title)],
    [...head(L.GROUP_HEADERS(what)), ...head(L.FIGURE_HEADERS)],
    ...groups.map((g) => [
      text(g.key),
      int(g.conventions),
      blank,
      blank,
      blank,
      blank,
      blank,
      ...figures(g.amounts),
    ]),
  ];
}

function deadlineRows(p: Portfolio): BookCell[][] {
  const rows: BookCell[][] = [[bold(L.BLOCK_DEADLINES)]];
  if (p.deadlines.length === 0) return [...rows, [text(L.NO_DEADLINE)]];
  rows.push(head(L.DEADLINE_HEADERS));
  const day = (iso: string) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10));
  for (const d of p.deadlines) {
    const e = p.conventions[d.convention];
    const c = e.summary.convention;
    const kind = d.kind === "end" ? L.DEADLINE_KIND.end : L.DEADLINE_KIND.notice(c.noticeMonths);
    rows.push([
      text(e.file),
      text(c.reference),
      text(c.delegant),
      text(kind),
      date(d.date),
      int(Math.round((day(d.date) - day(p.asOf)) / 86_400_000)),
    ]);
  }
  return rows;
}

function portfolioSheet(p: Portfolio): BookSheet {
  const rows: BookCell[][] = [
    [{ value: L.TITLE(formatDateFr(p.asOf), p.conventions.length), style: "title" }],
    [],
    [...head(L.ROW_HEADERS), ...head(L.FIGURE_HEADERS), ...head(L.TAIL_HEADERS)],
  ];
  for (const e of p.conventions) appendAll(rows, conventionRows(e));
  rows.push([
    bold(L.TOTAL),
    blank,
    blank,
    blank,
    blank,
    blank,
    blank,
    ...figures(p.totals.total, true),
  ]);
  rows.push([], ...groupRows(L.BLOCK_BY_DELEGANT, "Délégant", p.totals.byDelegant));
  rows.push([], ...groupRows(L.BLOCK_BY_YEAR, "Exercice", p.totals.byYear));
  rows.push([], ...deadlineRows(p));
  if (p.skipped.length > 0)
    rows.push(
      [],
      [bold(L.BLOCK_SKIPPED)],
      head(L.SKIPPED_HEADERS),
      ...p.skipped.map((s) => [text(s.file), text(s.reason)])
    );
  const widths = [28, 20, 24, 11, 11, 17, 9, ...L.FIGURE_HEADERS.map(() => 15), 9, 9, 60, 30];
  return { name: L.SHEET_PORTFOLIO, rows, widths, frozenRows: 3 };
}

function anomaliesSheet(p: Portfolio): BookSheet {
  const rows: BookCell[][] = [head(L.ANOMALY_HEADERS)];
  for (const i of allIssues(p))
    rows.push([
      text(i.file),
      text(i.reference),
      { value: L.SEVERITY[i.severity], style: i.severity },
      text(i.code),
      text(i.sheet),
      int(i.row),
      text(i.column),
      text(i.message),
    ]);
  return { name: L.SHEET_ANOMALIES, rows, widths: [28, 20, 14, 28, 20, 8, 22, 100], frozenRows: 1 };
}

function outsideSheet(p: Portfolio): BookSheet | null {
  const o = p.outside;
  if (!o) return null;
  const rows: BookCell[][] = [head(L.OUTSIDE_HEADERS)];
  for (const l of o.lines)
    rows.push([
      text(l.extract),
      int(l.row),
      text(l.centreFinancier),
      text(l.domaineFonctionnel),
      text(l.activite),
      text(l.centreDeCouts),
      text(l.ej),
      text(l.fournisseur),
      amount(l.ae),
      amount(l.cp),
    ]);
  rows.push([], [bold(L.BLOCK_OUTSIDE_TOTALS)], head(L.OUTSIDE_TOTAL_HEADERS));
  for (const t of o.byCentreFinancier)
    rows.push([text(t.centreFinancier), int(t.lines), amount(t.ae), amount(t.cp)]);
  rows.push([
    bold(L.TOTAL),
    int(o.total.lines),
    amount(o.total.ae, true),
    amount(o.total.cp, true),
  ]);
  return {
    name: L.SHEET_OUTSIDE,
    rows,
    widths: [24, 8, 17, 17, 15, 15, 12, 30, 15, 15],
    frozenRows: 1,
  };
}

export function portfolioSheets(p: Portfolio): BookSheet[] {
  const outside = outsideSheet(p);
  return [portfolioSheet(p), anomaliesSheet(p), ...(outside ? [outside] : [])];
}
