import { formatDateFr } from "../date";
import type { Reconciliation } from "../reconcile";
import { toMoney } from "../tally";
import { euro, headers, integer, text } from "./cells";
import type { ReportCell } from "./model";

/** The columns of the open-EJ list, the Rapport's and the terminal's. */
export const OPEN_EJ_HEADERS: readonly string[] = [
  "N° EJ",
  "Centre financier",
  "Exercice",
  "Fournisseur",
  "AE engagées",
  "CP payés",
  "Restes à payer",
];

type Row = (ReportCell | null)[];

/** Past this many, the Rapport lists the first open EJs (by UO, year, EJ) and says how many more. */
export const MAX_LISTED_OPEN_EJ = 1000;

/** "N lignes postérieures au JJ/MM/AAAA, non comptées", or null when none was left out. */
export function laterText(r: Reconciliation): string | null {
  const { engagements, payments, ceilings } = r.later;
  const n = engagements + payments + ceilings;
  if (n === 0) return null;
  const s = n > 1 ? "s" : "";
  const parts = [
    [engagements, "d'engagement"],
    [payments, "de paiement"],
    [ceilings, "de plafond"],
  ]
    .filter(([k]) => k)
    .map(([k, what]) => `${k} ${what}`);
  return `${n} ligne${s} postérieure${s} au ${formatDateFr(r.asOf)}, non comptée${s} (${parts.join(", ")})`;
}

/**
 * Per year: what was consumed, what is still available (open years) or lapsed (closed years),
 * reprises and retraits on earlier EJs, and restes à payer at the year's end. Each year has its
 * own total: CP of different years are never summed into one "available".
 */
export function yearsSection(r: Reconciliation): Row[] {
  const rows: Row[] = [[text("Situation par exercice", "subtitle")]];
  rows.push(
    headers(
      "Exercice",
      "État",
      "Plafond AE",
      "Plafond CP",
      "AE engagées",
      "CP payés",
      "AE disponibles",
      "CP disponibles",
      "AE tombées",
      "CP tombés",
      "AE reprises (non imputées)",
      "Retraits sur EJ antérieurs",
      "Restes à payer"
    )
  );
  for (const y of r.years) {
    rows.push([
      integer(y.year),
      text(y.closed ? "clos" : "ouvert", y.closed ? "muted" : undefined),
      euro(y.ceilingAE),
      euro(y.ceilingCP),
      euro(y.engagedAE),
      euro(y.paidCP),
      y.closed ? text("—", "muted") : euro(y.availableAE),
      y.closed ? text("—", "muted") : euro(y.availableCP),
      euro(y.lapsedAE, y.lapsedAE.isZero() ? undefined : "warning"),
      euro(y.lapsedCP, y.lapsedCP.isZero() ? undefined : "warning"),
      euro(y.carriedOverAE),
      euro(y.priorYearWithdrawals),
      euro(y.outstanding),
    ]);
  }
  if (!r.years.length) rows.push([text("Aucun exercice.", "muted")]);
  return rows;
}

/** The EJs still open, with their supplier and restes à payer. */
export function openEjRows(r: Reconciliation): Row[] {
  const list = r.openEJ ?? [];
  const rows: Row[] = [
    [
      text(
        "EJ non soldés (restes à payer à reprendre par une convention suivante ou à solder)",
        "bold"
      ),
    ],
  ];
  if (!list.length) return [...rows, [text("Aucun EJ non soldé.", "muted")]];
  rows.push(headers(...OPEN_EJ_HEADERS));
  for (const o of list.slice(0, MAX_LISTED_OPEN_EJ)) {
    rows.push([
      text(o.ej),
      text(o.centreFinancier),
      integer(o.year),
      text(o.fournisseur),
      euro(toMoney(o.engagedAE)),
      euro(toMoney(o.paidCP)),
      euro(toMoney(o.outstanding)),
    ]);
  }
  if (list.length > MAX_LISTED_OPEN_EJ) {
    rows.push([
      text(
        `… et ${list.length - MAX_LISTED_OPEN_EJ} autres EJ non soldés (voir plafond report --json --open-ej).`,
        "muted"
      ),
    ]);
  }
  return rows;
}

/** At term: "rend compte … au terme de la convention" — consumed and lapsed per UO and year, open EJs. */
export function termSection(r: Reconciliation): Row[] {
  const rows: Row[] = [[text("Compte rendu de fin de convention", "subtitle")]];
  rows.push([
    text(
      `Convention échue${r.info.end ? ` le ${formatDateFr(r.info.end)}` : ""} ; situation au ${formatDateFr(r.asOf)}.`,
      "muted"
    ),
  ]);
  rows.push(
    headers(
      "Centre financier",
      "Exercice",
      "AE engagées",
      "CP payés",
      "AE non consommées",
      "CP non consommés",
      "Restes à payer"
    )
  );
  for (const l of r.lines) {
    // At term every year's unused credits lapse: the closed years' lapsed, the last year's available.
    const ae = l.closed ? l.lapsedAE : l.availableAE.isNegative() ? l.lapsedAE : l.availableAE;
    const cp = l.closed ? l.lapsedCP : l.availableCP.isNegative() ? l.lapsedCP : l.availableCP;
    rows.push([
      text(l.centreFinancier),
      integer(l.year),
      euro(l.engagedAE),
      euro(l.paidCP),
      euro(ae),
      euro(cp),
      euro(l.outstanding),
    ]);
  }
  rows.push([]);
  return [...rows, ...openEjRows(r)];
}
