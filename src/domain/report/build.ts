import type { Analysis } from "../analyse";
import { formatDateFr } from "../date";
import type { ConventionData } from "../model";
import type { Money } from "../money";
import {
  INDICATOR_LABELS,
  TABLE_INDICATORS,
  indicatorStanding,
  type Standing,
} from "../indicators";
import type { Figures } from "../reconcile";
import { date, euro, headers, integer, percent, text } from "./cells";
import type { CellEmphasis, ReportCell, ReportChart, ReportModel } from "./model";
import { anomalies } from "./anomalies";
import type { ChorusOutcome } from "../chorus";
import { rapprochementSection } from "./rapprochement";
import { laterText, openEjRows, termSection, yearsSection } from "./lifecycle";
import { appendAll } from "../arrays";

/** Characters of an amount column of the Rapport (see its use). */
const AMOUNT_WIDTH = 16;

type Row = (ReportCell | null)[];

/** The per-UO table's header, shared with CONV.SUMMARY() so that both read the same. */
export const SUMMARY_HEADERS = ["Centre financier", "Exercice", ...INDICATOR_LABELS] as const;
export const SUMMARY_TOTAL = "Total";

const EMPHASIS: Record<Standing, CellEmphasis | undefined> = {
  exceeded: "alert",
  near: "warning",
  within: undefined,
};

/** One cell per indicator of the catalogue, coloured by where its credit stands (exact amounts). */
function figureCells(f: Figures, threshold: Money | null, total = false): ReportCell[] {
  const base = total ? "total" : undefined;
  return TABLE_INDICATORS.map((indicator) => {
    const emphasis = EMPHASIS[indicatorStanding(indicator, f, threshold)] ?? base;
    return indicator.kind === "rate"
      ? percent(f[indicator.key], emphasis)
      : euro(f[indicator.key], emphasis);
  });
}

/** The Rapport: header, one line per UO and year, breakdowns, months, Chorus (when read), anomalies. */
export function buildReport(
  analysis: Analysis,
  data: ConventionData,
  chorus?: ChorusOutcome
): ReportModel {
  const { reconciliation: r } = analysis;
  const { info } = r;
  const rows: Row[] = [];
  const blank = () => rows.push([]);

  rows.push([
    text(
      `Rapport d'exécution de la convention ${info.reference ?? "(référence non renseignée)"}`,
      "title"
    ),
  ]);
  if (info.intitule) rows.push([text(info.intitule, "subtitle")]);
  rows.push([text("Délégant", "bold"), text(info.delegant ?? "non renseigné")]);
  rows.push([text("Délégataire", "bold"), text(info.delegataire ?? "non renseigné")]);
  rows.push([text("Date de signature", "bold"), date(info.signature)]);
  rows.push([
    text("Période", "bold"),
    text(
      `du ${info.start ? formatDateFr(info.start) : "(début non renseigné)"} au ${info.end ? formatDateFr(info.end) : "(fin non renseignée)"}`
    ),
  ]);
  rows.push([text("Préavis de résiliation", "bold"), text(`${info.noticeMonths} mois`)]);
  rows.push([text("Seuil d'alerte", "bold"), percent(info.alertThreshold)]);
  rows.push([text("Situation arrêtée au", "bold"), date(r.asOf)]);
  const later = laterText(r);
  if (later) rows.push([text("Lignes non comptées", "bold"), text(later, "warning")]);
  if (!r.total.awaitedReestablishment.isZero()) {
    rows.push([
      text("Rétablissements attendus", "bold"),
      euro(r.total.awaitedReestablishment, "warning"),
      text("de CP à rétablir non encore reçus : comptés dans le plafond, non disponibles", "muted"),
    ]);
  }
  const errors = analysis.issues.filter((i) => i.severity === "error").length;
  const warnings = analysis.issues.length - errors;
  rows.push([
    text("Anomalies", "bold"),
    text(
      `${errors} erreur${errors > 1 ? "s" : ""}, ${warnings} avertissement${warnings > 1 ? "s" : ""}`,
      errors ? "alert" : warnings ? "warning" : undefined
    ),
  ]);
  blank();

  rows.push([text("Situation par unité opérationnelle et exercice", "subtitle")]);
  rows.push(headers(...SUMMARY_HEADERS));
  for (const l of r.lines)
    rows.push([text(l.centreFinancier), integer(l.year), ...figureCells(l, info.alertThreshold)]);
  if (r.years.length > 1) {
    // A total per year; the overall total sums no available CP across years (they are annual).
    for (const y of r.years)
      rows.push([
        text(`${SUMMARY_TOTAL} ${y.year}`, "total"),
        integer(y.year, "total"),
        ...figureCells(y, info.alertThreshold, true),
      ]);
    const cells = figureCells(r.total, info.alertThreshold, true);
    cells[5] = text("par exercice", "muted");
    cells[6] = text("par exercice", "muted");
    rows.push([text(SUMMARY_TOTAL, "total"), text("", "total"), ...cells]);
  } else
    rows.push([
      text(SUMMARY_TOTAL, "total"),
      text("", "total"),
      ...figureCells(r.total, info.alertThreshold, true),
    ]);
  blank();
  rows.push(...yearsSection(r));
  blank();

  for (const [title, list] of [
    ["Par prestation", r.byPrestation],
    ["Par fournisseur", r.bySupplier],
  ] as const) {
    rows.push([text(title, "subtitle")]);
    rows.push(
      headers(
        title === "Par prestation" ? "Prestation" : "Fournisseur",
        "Nombre d'EJ",
        "AE engagées",
        "CP payés",
        "Restes à payer"
      )
    );
    for (const b of list)
      rows.push([
        text(b.key),
        integer(b.ejCount),
        euro(b.engagedAE),
        euro(b.paidCP),
        euro(b.engagedAE.minus(b.paidCP)),
      ]);
    if (!list.length) rows.push([text("Aucun engagement compté.", "muted")]);
    blank();
  }

  const charts: ReportChart[] = [];
  rows.push([
    text("Exécution mois par mois (cumuls, prévisions de la feuille Prévisions)", "subtitle"),
  ]);
  const headerRow = rows.length;
  rows.push(
    headers(
      "Mois",
      "AE engagées",
      "CP payés",
      "AE cumulées",
      "CP cumulés",
      "AE prévues",
      "CP prévus",
      "AE cumulées + prévisions",
      "CP cumulés + prévisions",
      "Plafond AE",
      "Plafond CP"
    )
  );
  for (const m of r.monthly) {
    rows.push([
      text(m.month),
      euro(m.engagedAE),
      euro(m.paidCP),
      euro(m.cumulativeAE, m.cumulativeAE.gt(r.total.ceilingAE) ? "alert" : undefined),
      euro(m.cumulativeCP, m.cumulativeCP.gt(r.total.ceilingCP) ? "alert" : undefined),
      euro(m.forecastAE),
      euro(m.forecastCP),
      euro(m.projectedAE),
      euro(m.projectedCP),
      euro(r.total.ceilingAE),
      euro(r.total.ceilingCP),
    ]);
  }
  if (r.monthly.length) {
    charts.push({
      title: "AE et CP cumulés face aux plafonds",
      headerRow,
      firstRow: headerRow + 1,
      lastRow: rows.length - 1,
      categoryColumn: 0,
      seriesColumns: [3, 4, 7, 8, 9, 10],
      anchor: { row: headerRow, column: 13 },
    });
  } else rows.push([text("Aucune ligne datée.", "muted")]);
  blank();

  if (chorus && chorus.sources.length) {
    appendAll(rows, rapprochementSection(chorus, data.columns));
    rows.push([]);
  }
  if (r.atTerm) appendAll(rows, [...termSection(r), []]);
  else if (r.openEJ) appendAll(rows, [...openEjRows(r), []]);
  appendAll(rows, anomalies(analysis.issues, data, chorus?.external));

  // B also holds the anomaly codes (IMPUTATION_NOT_AUTHORISED): wide enough for them. Every
  // column a row uses gets the amounts' width: the year table's 13th column (restes à payer) had
  // none, shown ### in Excel and left out of the PDF. 16 characters hold "999 999 999,99 €" and
  // keep 13 columns printed one page wide at 60 % or more.
  const columns = rows.reduce((n, row) => Math.max(n, row.length), 12);
  return {
    columnWidths: [28, 28, ...new Array<number>(columns - 2).fill(AMOUNT_WIDTH)],
    rows,
    charts,
    frozenRows: 0,
    print: { reference: info.reference ?? null, asOf: r.asOf },
  };
}
