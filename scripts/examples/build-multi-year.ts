import ExcelJS from "exceljs";
import { multiYear } from "./camino-multi-year";

/** The multi-year Camino workbook (examples/camino-2020-2021.xlsx), as plain ranges. */
const EURO = '#,##0.00 "€"';
const DATE = "dd/mm/yyyy";
const FIXED = new Date(Date.UTC(2021, 11, 31, 12, 0, 0));
const day = (iso: string | null) => (iso === null ? null : new Date(`${iso}T00:00:00Z`));

function sheet(wb: ExcelJS.Workbook, name: string, header: readonly string[], rows: readonly (readonly unknown[])[], dates: number[], euros: number[]): void {
  const ws = wb.addWorksheet(name);
  ws.addRow([...header]).font = { bold: true };
  for (const r of rows) {
    const row = ws.addRow(r.map((v, i) => (dates.includes(i + 1) && typeof v === "string" ? day(v) : v)));
    for (const c of dates) row.getCell(c).numFmt = DATE;
    for (const c of euros) row.getCell(c).numFmt = EURO;
  }
  header.forEach((_, i) => (ws.getColumn(i + 1).width = i === 6 ? 36 : 18));
}

export function buildMultiYear(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = wb.lastModifiedBy = "Plafond (scripts/make-examples.ts)";
  wb.created = wb.modified = FIXED;
  const wsC = wb.addWorksheet("Convention");
  for (const [label, value] of multiYear.convention) {
    const row = wsC.addRow([label, typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value) ? day(value) : value]);
    row.getCell(1).font = { bold: true };
    if (row.getCell(2).value instanceof Date) row.getCell(2).numFmt = DATE;
  }
  wsC.getColumn(1).width = 20;
  wsC.getColumn(2).width = 70;
  sheet(wb, "Plafonds", ["Centre financier", "Exercice", "Financeur", "Nature", "Acte", "AE", "CP", "Disponible le"], multiYear.ceilings, [8], [6, 7]);
  sheet(wb, "Imputations", ["Centre financier", "Domaine fonctionnel", "Activité", "Centre de coûts", "Libellé"], multiYear.imputations, [], []);
  const ejs = multiYear.engagements.map((e) => [e.ej, e.date, e.centreFinancier, e.domaineFonctionnel, e.activite, e.centreDeCouts, e.fournisseur, e.prestation, e.montantAE]);
  sheet(wb, "Engagements", ["N° EJ", "Date", "Centre financier", "Domaine fonctionnel", "Activité", "Centre de coûts", "Fournisseur", "Prestation", "Montant AE"], ejs, [2], [9]);
  sheet(wb, "Paiements", ["N° DP", "Date", "N° EJ", "Montant CP", "Centre financier"], multiYear.payments, [2], [4]);
  return wb;
}
