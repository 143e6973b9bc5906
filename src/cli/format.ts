/** The human view of the summary, for a terminal. */
import { OPEN_EJ_HEADERS, type Summary } from "../app/report";
import { formatChorus } from "./chorus";
import { appendAll, maxOf } from "../app/arrays";
import { euros, pct, terminalLines } from "./numbers";

function table(rows: string[][]): string {
  const widths = rows[0].map((_, c) => maxOf(rows.map((r) => (r[c] ?? "").length)));
  return rows
    .map((r) =>
      r.map((cell, c) => (c < 2 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join("  ")
    )
    .join("\n");
}

/** "N lignes postérieures au JJ/MM/AAAA, non comptées" (engagements, payments, ceiling lines). */
export function laterLine(s: Summary): string | null {
  const n = s.later.engagements + s.later.payments + s.later.ceilings;
  if (n === 0) return null;
  const parts = [
    [s.later.engagements, "d'engagement"],
    [s.later.payments, "de paiement"],
    [s.later.ceilings, "de plafond"],
  ]
    .filter(([k]) => k)
    .map(([k, what]) => `${k} ${what}`);
  return `${n} ligne${n > 1 ? "s" : ""} postérieure${n > 1 ? "s" : ""} au ${frDate(s.asOf)}, non comptée${n > 1 ? "s" : ""} (${parts.join(", ")})`;
}

const frDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** Open EJs listed on the terminal; past this, a line says how many more the Rapport holds. */
export const MAX_OPEN_EJ_SHOWN = 100;
export const MSG_MORE_OPEN_EJ = (n: number) =>
  `  … et ${n} autres EJ non soldés (voir la feuille Rapport ou --json)`;

function openEjLines(s: Summary): string[] {
  if (!s.openEJ) return [];
  if (!s.openEJ.length) return ["EJ non soldés : aucun"];
  const rows = [[...OPEN_EJ_HEADERS]];
  // A terminal shows the first ones; the Rapport and --json hold them all.
  for (const o of s.openEJ.slice(0, MAX_OPEN_EJ_SHOWN))
    rows.push([
      o.ej,
      o.centreFinancier,
      String(o.year),
      o.fournisseur,
      euros(o.engagedAE),
      euros(o.paidCP),
      euros(o.outstanding),
    ]);
  const more = s.openEJ.length - MAX_OPEN_EJ_SHOWN;
  return [
    "",
    `EJ non soldés (${s.openEJ.length}) :`,
    table(rows),
    ...(more > 0 ? [MSG_MORE_OPEN_EJ(more)] : []),
  ];
}

export function formatSummary(s: Summary, written: { path: string; sheet: string } | null): string {
  const c = s.convention;
  const out: string[] = [];
  out.push(
    `Convention ${c.reference ?? "(sans référence)"} : ${c.delegant ?? "?"} → ${c.delegataire ?? "?"}`
  );
  out.push(`Période du ${c.start ?? "?"} au ${c.end ?? "?"} ; situation au ${s.asOf}`);
  out.push("");
  const rows = [
    [
      "Centre financier",
      "Exercice",
      "Plafond AE",
      "AE engagées",
      "AE dispo.",
      "Taux AE",
      "Plafond CP",
      "CP payés",
      "CP dispo.",
      "Taux CP",
      "Restes à payer",
    ],
  ];
  const line = (name: string, year: string, f: Summary["total"]) => [
    name,
    year,
    euros(f.ceilingAE),
    euros(f.engagedAE),
    euros(f.availableAE),
    pct(f.engagementRate),
    euros(f.ceilingCP),
    euros(f.paidCP),
    euros(f.availableCP),
    pct(f.cpConsumptionRate),
    euros(f.outstanding),
  ];
  for (const l of s.lines) rows.push(line(l.centreFinancier, String(l.year), l));
  rows.push(line("Total", "", s.total));
  out.push(table(rows));
  if (s.total.pendingReestablishment !== "0.00")
    out.push(`dont à rétablir (CP) : ${euros(s.total.pendingReestablishment)} €`);
  if (s.total.awaitedReestablishment !== "0.00")
    out.push(
      `dont rétablissements attendus, non disponibles (CP) : ${euros(s.total.awaitedReestablishment)} €`
    );
  const later = laterLine(s);
  if (later) out.push(later);
  out.push(...openEjLines(s));
  out.push("");
  const errors = s.issues.filter((i) => i.severity === "error").length;
  out.push(`Anomalies : ${errors} erreur(s), ${s.issues.length - errors} avertissement(s)`);
  for (const i of s.issues.slice(0, 30)) {
    const where = `${i.sheet}${i.row !== null ? ` ligne ${i.row}` : ""}${i.column ? `, ${i.column}` : ""}`;
    out.push(
      `  ${i.severity === "error" ? "ERREUR" : "alerte"} ${i.code} — ${where} : ${i.message}`
    );
  }
  if (s.issues.length > 30)
    out.push(`  … et ${s.issues.length - 30} autres (voir le rapport ou --json)`);
  appendAll(out, formatChorus(s));
  if (written) out.push("", `Rapport écrit dans ${written.path} (feuille « ${written.sheet} »)`);
  return terminalLines(out);
}
