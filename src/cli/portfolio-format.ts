/** The human view of the portfolio, for a terminal: every value from a cell or a file name escaped. */
import { allIssues, type Portfolio } from "../app/portfolio";
import { terminalText as escapeLine } from "./terminal";
import { euros, pct, terminalLines } from "./numbers";

/** The portfolio's own errors shown in the terminal; all are in the workbook and --json. */
const SHOWN = 30;

/** A value for a table cell: escaped, and a long name (a délégant) shortened. */
const cell = (v: string, max = 48) => {
  const e = escapeLine(v);
  return e.length > max ? `${e.slice(0, max - 1)}…` : e;
};

function table(raw: string[][], left: number): string {
  const rows = raw.map((r) => r.map((v) => cell(v)));
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => (r[c] ?? "").length)));
  return rows
    .map((r) =>
      r.map((cell, c) => (c < left ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join("  ")
    )
    .join("\n");
}

type Figures = Pick<
  Portfolio["totals"]["total"],
  | "ceilingAE"
  | "engagedAE"
  | "engagementRate"
  | "ceilingCP"
  | "paidCP"
  | "cpConsumptionRate"
  | "outstanding"
>;
const FIGURES = [
  "Plafond AE",
  "AE engagées",
  "Taux AE",
  "Plafond CP",
  "CP payés",
  "Taux CP",
  "Restes à payer",
];
const figures = (f: Figures) => [
  euros(f.ceilingAE),
  euros(f.engagedAE),
  pct(f.engagementRate),
  euros(f.ceilingCP),
  euros(f.paidCP),
  pct(f.cpConsumptionRate),
  euros(f.outstanding),
];

export function formatPortfolio(p: Portfolio, outPath: string, reports: string | null): string {
  const out: string[] = [
    `Portefeuille au ${p.asOf} : ${p.conventions.length} convention(s) lue(s), ${p.skipped.length} fichier(s) écarté(s)`,
    "",
  ];
  const rows = [["Référence", "Délégant", ...FIGURES, "Erreurs", "Alertes"]];
  for (const e of p.conventions) {
    const s = e.summary;
    const errors = s.issues.filter((i) => i.severity === "error").length;
    rows.push([
      s.convention.reference ?? "(sans référence)",
      s.convention.delegant ?? "?",
      ...figures(s.total),
      String(errors),
      String(s.issues.length - errors),
    ]);
  }
  rows.push(["Total", "", ...figures(p.totals.total), "", ""]);
  out.push(table(rows, 2), "");
  const groups = [
    ["Délégant", "Conventions", ...FIGURES],
    ...p.totals.byDelegant.map((g) => [g.key, String(g.conventions), ...figures(g.amounts)]),
  ];
  out.push(table(groups, 1), "");
  const years = [
    ["Exercice", "Conventions", ...FIGURES],
    ...p.totals.byYear.map((g) => [g.key, String(g.conventions), ...figures(g.amounts)]),
  ];
  out.push(table(years, 1));
  if (p.deadlines.length > 0) {
    out.push("", "Échéances dans les trois mois :");
    for (const d of p.deadlines) {
      const c = p.conventions[d.convention].summary.convention;
      out.push(
        `  ${d.date} ${d.kind === "end" ? "fin" : `préavis (${c.noticeMonths} mois)`} — ${escapeLine(c.reference ?? p.conventions[d.convention].file)}`
      );
    }
  }
  if (p.outside) {
    const o = p.outside;
    out.push(
      "",
      `Hors convention : ${o.total.lines} ligne(s) de l'extrait, AE ${euros(o.total.ae)}, CP ${euros(o.total.cp)}`
    );
    for (const t of o.byCentreFinancier)
      out.push(
        `  ${escapeLine(t.centreFinancier)} : ${t.lines} ligne(s), AE ${euros(t.ae)}, CP ${euros(t.cp)}`
      );
  }
  const own = p.issues.filter((x) => x.severity === "error");
  for (const i of own.slice(0, SHOWN))
    out.push(
      `  ERREUR ${i.code} — ${escapeLine(`${i.sheet} ligne ${i.row ?? "?"} : ${i.message}`)}`
    );
  if (own.length > SHOWN)
    out.push(`  … et ${own.length - SHOWN} autres (feuille « Anomalies » ou --json)`);
  const all = allIssues(p);
  const errors = all.filter((i) => i.severity === "error").length;
  out.push(
    "",
    `Anomalies : ${errors} erreur(s), ${all.length - errors} avertissement(s) (feuille « Anomalies »)`
  );
  out.push(
    "",
    escapeLine(
      `Portefeuille écrit dans ${outPath}${reports !== null ? ` ; rapports dans ${reports}` : ""}`
    )
  );
  return terminalLines(out);
}
