/**
 * The Rapport's Chorus section: the extracts read, then the rapprochement with the workbook's
 * `Engagements` / `Paiements` (EJ on one side only, differences per EJ and per UO, totals).
 * Headers avoid the word "Montant": a pasted extract is recognised by it, never this sheet.
 */
import type { ChorusOutcome, Comparison, EjComparison } from "../chorus";
import type { ColumnMap } from "../model";
import { Money, ZERO } from "../money";
import { euro, headers, integer, text } from "./cells";
import type { CellLink, ReportCell } from "./model";

type Row = (ReportCell | null)[];

const COMPARISON_HEADERS = [
  "AE classeur",
  "AE Chorus",
  "Écart AE",
  "CP classeur",
  "CP Chorus",
  "Écart CP",
];
const FINDING = {
  workbook: "Absent de Chorus",
  chorus: "Absent du classeur",
  mismatch: "Écart",
} as const;

export const MSG_SUMMARY = (matched: number, onlyW: number, onlyC: number, gaps: number) =>
  `${matched} EJ rapproché${matched > 1 ? "s" : ""} ; ${onlyW} seulement dans le classeur, ${onlyC} seulement dans Chorus ; ${gaps} EJ en écart.`;
export const MSG_YEARS = (years: readonly number[]) =>
  years.length
    ? `Exercice${years.length > 1 ? "s" : ""} comparé${years.length > 1 ? "s" : ""} : ${years.join(", ")}.`
    : "Exercice non précisé par les extraits : toutes les années sont comparées.";

/** A difference cell: red when not zero; a dash when the measure is not compared. */
function gap(a: Money | null, b: Money | null, total = false): ReportCell {
  if (a === null || b === null) return text("—", "muted");
  const d = a.minus(b);
  return euro(d, !d.eq(ZERO) ? "alert" : total ? "total" : undefined);
}

const amountCell = (m: Money | null, emphasis?: "total") =>
  m === null ? text("—", "muted") : euro(m, emphasis);

function comparisonCells(c: Comparison, total = false): ReportCell[] {
  const e = total ? "total" : undefined;
  return [
    amountCell(c.workbookAE, e),
    amountCell(c.chorusAE, e),
    gap(c.workbookAE, c.chorusAE, total),
    amountCell(c.workbookCP, e),
    amountCell(c.chorusCP, e),
    gap(c.workbookCP, c.chorusCP, total),
  ];
}

/** Rows of the section; an EJ links to its first row, unless that row is in a file, not a sheet. */
export function rapprochementSection(
  chorus: ChorusOutcome,
  columns: Readonly<Record<string, ColumnMap>>
): Row[] {
  const rows: Row[] = [[text("Extraits Chorus", "subtitle")]];
  rows.push(headers("Source", "Feuille", "Lignes lues", "Lignes ignorées", "Exercice"));
  for (const s of chorus.sources) {
    rows.push([
      text(s.file),
      text(s.sheet ?? "—"),
      integer(s.rows),
      integer(s.skipped, s.skipped ? "warning" : undefined),
      s.exercice === null ? text("non précisé", "muted") : integer(s.exercice),
    ]);
  }
  if (chorus.referential.length)
    rows.push([text("Référentiel Chorus", "bold"), text(chorus.referential.join(", "))]);
  const r = chorus.rapprochement;
  if (!r) {
    rows.push([
      text(
        "Le classeur n'a ni « Engagements » ni « Paiements » : les chiffres de ce rapport viennent des extraits.",
        "muted"
      ),
    ]);
    return rows;
  }
  const link = (e: EjComparison): CellLink | undefined =>
    e.place && !chorus.external.has(e.place.sheet)
      ? { sheet: e.place.sheet, row: e.place.row, column: columns[e.place.sheet]?.ej?.index ?? 0 }
      : undefined;
  rows.push([]);
  rows.push([text("Rapprochement avec Chorus", "subtitle")]);
  const gaps = r.onlyInWorkbook.length + r.onlyInChorus.length + r.mismatches.length;
  rows.push([
    text(
      MSG_SUMMARY(r.matched, r.onlyInWorkbook.length, r.onlyInChorus.length, r.mismatches.length),
      gaps ? "warning" : undefined
    ),
  ]);
  rows.push([text(MSG_YEARS(r.exercices), "muted")]);
  rows.push(headers("N° EJ", "Constat", ...COMPARISON_HEADERS));
  const listed: [EjComparison, string][] = [
    ...r.mismatches.map((e) => [e, FINDING.mismatch] as [EjComparison, string]),
    ...r.onlyInWorkbook.map((e) => [e, FINDING.workbook] as [EjComparison, string]),
    ...r.onlyInChorus.map((e) => [e, FINDING.chorus] as [EjComparison, string]),
  ];
  for (const [e, finding] of listed)
    rows.push([
      text(e.ej, undefined, link(e)),
      text(finding, finding === FINDING.mismatch ? "alert" : "warning"),
      ...comparisonCells(e),
    ]);
  if (!listed.length)
    rows.push([
      text("Aucun écart : chaque EJ du classeur est dans Chorus, aux mêmes montants.", "muted"),
    ]);
  rows.push([]);
  rows.push([text("Rapprochement par unité opérationnelle", "subtitle")]);
  rows.push(headers("Centre financier", "", ...COMPARISON_HEADERS));
  for (const u of r.byUo) rows.push([text(u.centreFinancier), null, ...comparisonCells(u)]);
  rows.push([text("Total", "total"), text("", "total"), ...comparisonCells(r.total, true)]);
  return rows;
}
