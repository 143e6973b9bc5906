import {
  IMPUTATION_COLUMNS,
  NATURE_MAD,
  NATURE_RETABLIR,
  PLAFOND_COLUMNS,
  PREVISION_COLUMNS,
} from "../contract";
import { parseAmount } from "../amount";
import { checkFormat, cleanCode } from "../codes";
import { parseDate, parseMonth, parseYear } from "../date";
import type { Issue } from "../issues";
// The readers are the validators (located French issues); the zod schemas of model.ts describe
// what they produce, checked by test/domain/read/schemas.test.ts, and are not run here: a report
// then never loads zod (issue 14, start-up).
import type { AuthorisedImputation, CeilingLine, ForecastLine } from "../model";
import { ZERO, Money } from "../money";
import { cellText, normalizeKey } from "../text";
import type { CellValue } from "../../grid";
import type { RawSheet } from "../../grid";
import {
  MSG_AMOUNT,
  MSG_AMOUNT_MISSING,
  MSG_DATE,
  MSG_MONTH,
  MSG_NATURE,
  MSG_YEAR,
} from "./messages";
import { SheetReader } from "./sheet-reader";

function amount(
  reader: SheetReader,
  cells: readonly CellValue[],
  row: number,
  field: string,
  optional = false
): Money {
  const result = parseAmount(reader.cell(cells, field));
  if (result.ok) return result.value;
  if (result.blank && optional) return ZERO;
  const header = reader.header(field);
  reader.report(
    "AMOUNT_INVALID",
    row,
    field,
    result.blank ? MSG_AMOUNT_MISSING(header) : MSG_AMOUNT(header, result.reason)
  );
  return ZERO;
}

/** `Disponible le`: empty means from the start (or, for an À rétablir line, still awaited). */
function availableFrom(
  reader: SheetReader,
  cells: readonly CellValue[],
  row: number
): string | null {
  if (reader.index("disponibleLe") < 0) return null;
  const result = parseDate(reader.cell(cells, "disponibleLe"));
  if (result.ok) return result.date;
  if (!result.blank)
    reader.report(
      "DATE_INVALID",
      row,
      "disponibleLe",
      MSG_DATE(reader.header("disponibleLe"), result.reason)
    );
  return null;
}

function nature(
  reader: SheetReader,
  cells: readonly CellValue[],
  row: number
): CeilingLine["nature"] {
  const text = cellText(reader.cell(cells, "nature"));
  const key = normalizeKey(text);
  if (key === "" || key === normalizeKey(NATURE_MAD) || key === "miseadisposition" || key === "mad")
    return NATURE_MAD;
  if (key.startsWith("aretablir") || key.startsWith("retablissement")) return NATURE_RETABLIR;
  reader.report("VALUE_INVALID", row, "nature", MSG_NATURE(text));
  return NATURE_MAD;
}

export function readCeilings(
  sheet: RawSheet,
  fatal: Issue[]
): { reader: SheetReader; lines: CeilingLine[] } | null {
  const reader = SheetReader.open(sheet, PLAFOND_COLUMNS, fatal);
  if (!reader) return null;
  const lines: CeilingLine[] = [];
  for (const { row, cells } of reader.table.rows) {
    const centreFinancier = cleanCode(reader.cell(cells, "centreFinancier"));
    const problem = checkFormat("centreFinancier", centreFinancier);
    if (problem) reader.report(problem.code, row, "centreFinancier", problem.message);
    const year = parseYear(reader.cell(cells, "exercice"));
    if (year === null)
      reader.report(
        "DATE_INVALID",
        row,
        "exercice",
        MSG_YEAR(cellText(reader.cell(cells, "exercice")))
      );
    const line: CeilingLine = {
      sheet: reader.sheet,
      row,
      centreFinancier,
      year: year ?? 0,
      financeur: cellText(reader.cell(cells, "financeur")),
      nature: nature(reader, cells, row),
      acte: cellText(reader.cell(cells, "acte")) || "Convention",
      ae: amount(reader, cells, row, "ae"),
      cp: amount(reader, cells, row, "cp"),
      availableFrom: availableFrom(reader, cells, row),
    };
    // A ceiling line without a valid UO or year cannot be attached to any credit line.
    if (!problem && year !== null) lines.push(line);
  }
  return { reader, lines };
}

export function readImputations(
  sheet: RawSheet,
  fatal: Issue[]
): { reader: SheetReader; lines: AuthorisedImputation[] } | null {
  const reader = SheetReader.open(sheet, IMPUTATION_COLUMNS, fatal);
  if (!reader) return null;
  const lines: AuthorisedImputation[] = [];
  for (const { row, cells } of reader.table.rows) {
    const line: AuthorisedImputation = {
      sheet: reader.sheet,
      row,
      centreFinancier: cleanCode(reader.cell(cells, "centreFinancier")),
      domaineFonctionnel: cleanCode(reader.cell(cells, "domaineFonctionnel")),
      activite: cleanCode(reader.cell(cells, "activite")),
      centreDeCouts: cleanCode(reader.cell(cells, "centreDeCouts")),
      libelle: cellText(reader.cell(cells, "libelle")),
    };
    let ok = true;
    for (const field of [
      "centreFinancier",
      "domaineFonctionnel",
      "activite",
      "centreDeCouts",
    ] as const) {
      // An empty authorised field is a wildcard; only a written code must be well formed.
      if (line[field] === "" && field !== "centreFinancier") continue;
      const problem = checkFormat(field, line[field]);
      if (problem) {
        reader.report(problem.code, row, field, problem.message);
        ok = false;
      }
    }
    if (ok) lines.push(line);
  }
  return { reader, lines };
}

export function readForecasts(
  sheet: RawSheet,
  fatal: Issue[]
): { reader: SheetReader; lines: ForecastLine[] } | null {
  const reader = SheetReader.open(sheet, PREVISION_COLUMNS, fatal);
  if (!reader) return null;
  const lines: ForecastLine[] = [];
  for (const { row, cells } of reader.table.rows) {
    const centreFinancier = cleanCode(reader.cell(cells, "centreFinancier"));
    const problem = checkFormat("centreFinancier", centreFinancier);
    if (problem) reader.report(problem.code, row, "centreFinancier", problem.message);
    const month = parseMonth(reader.cell(cells, "mois"));
    if (!month.ok)
      reader.report(
        "DATE_INVALID",
        row,
        "mois",
        MSG_MONTH(month.blank ? "cellule vide" : month.reason)
      );
    const ae = amount(reader, cells, row, "ae", true);
    const cp = amount(reader, cells, row, "cp", true);
    if (!problem && month.ok) {
      lines.push({ sheet: reader.sheet, row, centreFinancier, month: month.month, ae, cp });
    }
  }
  return { reader, lines };
}
