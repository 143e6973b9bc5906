/**
 * The rapprochement through the command line: a convention workbook whose `Engagements` and
 * `Paiements` hold the EJs of the bench's 300 000-row Chorus extract, reported with that extract
 * (`--chorus`), as a controller checks a workbook against Chorus. Every EJ is found on both sides
 * with the same sums. A figure beside issue 14's, not one of its targets.
 */
import * as fs from "fs";
import * as path from "path";
import type { CellValue, RawSheet } from "../src/grid";
import { isoToExcelSerial } from "../src/grid";
import { readConventionData } from "../src/domain/read";
import { ENGAGEMENT_COLUMNS, PAIEMENT_COLUMNS, type ColumnSpec } from "../src/domain/contract";
import { toMoney, type Amount } from "../src/domain/tally";
import { csvInput } from "../src/workbook/text/csv";
import { byRole } from "./engine";
import { generate as generateBook, sheet } from "./generate";
import { writeXlsx } from "./write-xlsx";
import { bestOfThree, centsOf } from "./report-runs";

type Rapprochement = {
  matched: number;
  onlyInWorkbook: unknown[];
  onlyInChorus: unknown[];
  mismatches: unknown[];
};
type Summary = { total: Record<string, string>; reconciliation: Rapprochement };

/** The contract's headers of these fields, in this order (the rows below follow it). */
const headers = (columns: readonly ColumnSpec[], fields: readonly string[]) =>
  fields.map((f) => columns.find((c) => c.field === f)!.header);
const ENGAGEMENT_HEADERS = headers(ENGAGEMENT_COLUMNS, [
  "ej",
  "date",
  "centreFinancier",
  "domaineFonctionnel",
  "activite",
  "centreDeCouts",
  "fournisseur",
  "prestation",
  "montant",
  "poste",
]);
const PAIEMENT_HEADERS = headers(PAIEMENT_COLUMNS, [
  "dp",
  "date",
  "ej",
  "montant",
  "poste",
  "centreFinancier",
]);
const number = (a: Amount): number => Number(toMoney(a).toFixed(2));
const serial = (iso: string | null): CellValue => (iso === null ? null : isoToExcelSerial(iso));

/** The ledgers the extract gives a convention without ledgers, as a workbook's two sheets. */
function ledgerSheets(book: readonly RawSheet[], csv: string) {
  const input = csvInput(new Uint8Array(fs.readFileSync(csv)), path.basename(csv));
  const data = readConventionData(byRole(book), [], { chorus: [input] }).data!;
  // Bascule lines (AE carried over) are not the year's AE the rapprochement compares.
  const engagements = data.engagements.filter((e) => !e.carriedOver);
  const engagementRows = engagements.map((e) => [
    e.ej,
    serial(e.date),
    e.centreFinancier,
    e.domaineFonctionnel,
    e.activite,
    e.centreDeCouts,
    e.fournisseur,
    e.prestation,
    number(e.amount),
    e.poste || null,
  ]);
  // The extract's CP lines have no DP number: the workbook gives each its own, as Chorus does.
  const paymentRows = data.payments.map((p, i) => [
    String(100_000_000 + i),
    serial(p.date),
    p.ej,
    number(p.amount),
    p.poste || null,
    p.centreFinancier || null,
  ]);
  return {
    ejs: new Set(engagements.map((e) => e.ej)).size,
    lines: engagementRows.length + paymentRows.length,
    sheets: [
      sheet("Engagements", [ENGAGEMENT_HEADERS, ...engagementRows]),
      sheet("Paiements", [PAIEMENT_HEADERS, ...paymentRows]),
    ],
  };
}

export function rapprochementBench(dir: string, csv: string): void {
  const book = generateBook({ uos: 20, ejLines: 0, payments: 0 }).sheets.filter(
    (s) => s.name !== "Engagements" && s.name !== "Paiements"
  );
  const ledgers = ledgerSheets(book, csv);
  const file = path.join(dir, "rapprochement-convention.xlsx");
  fs.writeFileSync(file, writeXlsx([...book, ...ledgers.sheets]));
  const out = path.join(dir, "rapprochement-convention.rapport.xlsx");
  const runs = bestOfThree<Summary>(
    ["report", file, "--chorus", csv, "--json", "--as-of", "2020-12-31", "--out", out],
    ({ total, reconciliation: r }) => {
      const apart = r.onlyInWorkbook.length + r.onlyInChorus.length + r.mismatches.length;
      if (r.matched !== ledgers.ejs || apart !== 0 || centsOf(total.engagedAE) <= 0n)
        throw new Error(
          `rapprochement: ${r.matched} EJs matched of ${ledgers.ejs}, ${apart} apart`
        );
    }
  );
  console.log(
    `rapprochement through the CLI: a workbook holding the extract's ${ledgers.ejs.toLocaleString("fr-FR")} EJs (${ledgers.lines.toLocaleString("fr-FR")} ledger lines) --chorus the same CSV, report written`
  );
  console.log(
    `  best of 3 ${(runs.bestMs / 1000).toFixed(2)} s (CPU ${(runs.cpuMs / 1000).toFixed(2)} s), peak RSS ${(runs.peakKb / 1024).toFixed(0)} Mo; every EJ matched, none apart (a figure, not a target)`
  );
}
