import { ENGAGEMENT_COLUMNS, PAIEMENT_COLUMNS } from "../contract";
import { parseAmount } from "../amount";
import { checkFormat, cleanCode, isDp, isEj } from "../codes";
import { parseDate, IsoDate, type DateResult } from "../date";
import type { Issue } from "../issues";
import type { EngagementLine, PaymentLine } from "../model";
import { amountOf, Amount, centsOfNumber } from "../tally";
import { cellText } from "../text";
import type { CellValue } from "../../grid";
import type { RawSheet } from "../../grid";
import {
  MSG_AMOUNT,
  MSG_AMOUNT_MISSING,
  MSG_DATE,
  MSG_DATE_MISSING,
  MSG_DP_FORMAT,
  MSG_EJ_FORMAT,
} from "./messages";
import { LedgerMemo, readLines, Reuse } from "./ledger-memo";
import { SheetReader } from "./sheet-reader";

/**
 * Dates repeat a lot in a ledger: each distinct serial is parsed once. A date that cannot be read
 * is reported on every row that holds it, not only on the first (a row's issues depend on its
 * own cells alone: ledger-memo.ts relies on it).
 */
function dateReader(reader: SheetReader) {
  const cache = new Map<number, DateResult>();
  const column = reader.index("date");
  return (cells: readonly CellValue[], row: number): IsoDate | null => {
    const value = column < 0 ? null : (cells[column] ?? null);
    let result = typeof value === "number" ? cache.get(value) : undefined;
    if (result === undefined) {
      result = parseDate(value);
      if (typeof value === "number") cache.set(value, result);
    }
    if (result.ok) return result.date;
    if (!result.blank && !result.unknown) {
      reader.report("DATE_INVALID", row, "date", MSG_DATE(reader.header("date"), result.reason));
    } else {
      // Never left out by the as-of cut: it counts in the start year, and the user is told.
      reader.report(
        "DATE_MISSING",
        row,
        "date",
        MSG_DATE_MISSING(reader.header("date"), result.reason)
      );
    }
    return null;
  };
}

function amountReader(reader: SheetReader) {
  const column = reader.index("montant");
  return (cells: readonly CellValue[], row: number): Amount => {
    const value = column < 0 ? null : (cells[column] ?? null);
    if (typeof value === "number") {
      const cents = centsOfNumber(value);
      if (cents !== null) return cents;
    }
    const result = parseAmount(value);
    if (result.ok) return amountOf(result.value);
    const header = reader.header("montant");
    reader.report(
      "AMOUNT_INVALID",
      row,
      "montant",
      result.blank ? MSG_AMOUNT_MISSING(header) : MSG_AMOUNT(header, result.reason)
    );
    return 0;
  };
}

/** A ledger's reading: its reader, its lines, and with `reuse` the memo for the next reading. */
export interface LedgerRead<L> {
  readonly reader: SheetReader;
  readonly lines: L[];
  readonly memo?: LedgerMemo<L>;
}

export function readEngagements(
  sheet: RawSheet,
  fatal: Issue[],
  reuse?: Reuse<EngagementLine>
): LedgerRead<EngagementLine> | null {
  const reader = SheetReader.open(sheet, ENGAGEMENT_COLUMNS, fatal);
  if (!reader) return null;
  const readDate = dateReader(reader);
  const readAmount = amountReader(reader);
  // Column indices once, not a field lookup per cell: ledgers run to hundreds of thousands of rows.
  const [iEj, iCf, iDf, iAct, iCc, iSup, iPre, iPoste, iCompte] = [
    "ej",
    "centreFinancier",
    "domaineFonctionnel",
    "activite",
    "centreDeCouts",
    "fournisseur",
    "prestation",
    "poste",
    "compteBudgetaire",
  ].map((f) => reader.index(f));
  const at = (cells: readonly CellValue[], i: number) => (i < 0 ? null : (cells[i] ?? null));
  const readRow = (row: number, cells: readonly CellValue[]): EngagementLine => {
    const ej = cleanCode(at(cells, iEj));
    if (!isEj(ej)) reader.report("EJ_FORMAT", row, "ej", MSG_EJ_FORMAT(ej));
    return {
      sheet: reader.sheet,
      row,
      ej,
      date: readDate(cells, row),
      centreFinancier: cleanCode(at(cells, iCf)),
      domaineFonctionnel: cleanCode(at(cells, iDf)),
      activite: cleanCode(at(cells, iAct)),
      centreDeCouts: cleanCode(at(cells, iCc)),
      fournisseur: cellText(at(cells, iSup)),
      prestation: cellText(at(cells, iPre)),
      amount: readAmount(cells, row),
      poste: iPoste < 0 ? "" : cleanCode(at(cells, iPoste)),
      compteBudgetaire: iCompte < 0 ? "" : cleanCode(at(cells, iCompte)),
    };
  };
  return { reader, ...readLines(reader, readRow, reuse) };
}

export function readPayments(
  sheet: RawSheet,
  fatal: Issue[],
  reuse?: Reuse<PaymentLine>
): LedgerRead<PaymentLine> | null {
  const reader = SheetReader.open(sheet, PAIEMENT_COLUMNS, fatal);
  if (!reader) return null;
  const readDate = dateReader(reader);
  const readAmount = amountReader(reader);
  const [iDp, iEj, iPoste, iPosteDp, iCf] = ["dp", "ej", "poste", "posteDp", "centreFinancier"].map(
    (f) => reader.index(f)
  );
  const at = (cells: readonly CellValue[], i: number) => (i < 0 ? null : (cells[i] ?? null));
  const readRow = (row: number, cells: readonly CellValue[]): PaymentLine => {
    const dp = cleanCode(at(cells, iDp));
    if (!isDp(dp)) reader.report("DP_FORMAT", row, "dp", MSG_DP_FORMAT(dp));
    const ej = cleanCode(at(cells, iEj));
    const centreFinancier = iCf < 0 ? "" : cleanCode(at(cells, iCf));
    const problem = centreFinancier === "" ? null : checkFormat("centreFinancier", centreFinancier);
    if (problem) reader.report(problem.code, row, "centreFinancier", problem.message);
    return {
      sheet: reader.sheet,
      row,
      dp,
      date: readDate(cells, row),
      ej,
      amount: readAmount(cells, row),
      poste: iPoste < 0 ? "" : cleanCode(at(cells, iPoste)),
      posteDp: iPosteDp < 0 ? "" : cleanCode(at(cells, iPosteDp)),
      centreFinancier,
    };
  };
  return { reader, ...readLines(reader, readRow, reuse) };
}
