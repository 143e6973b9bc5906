/**
 * The imported convention as the contract's sheets (workbook.md), in 2-D values any host can
 * write: the .xlsx writer of the command line, or Office.js in the task pane. Dates are Excel
 * serials and amounts numbers, as hosts hold them; `styles` says how each cell is shown.
 */
import type { CellValue } from "../../grid";
import {
  CONVENTION_FIELDS,
  ENGAGEMENT_COLUMNS,
  IMPUTATION_COLUMNS,
  PAIEMENT_COLUMNS,
  PLAFOND_COLUMNS,
  PREVISION_COLUMNS,
  SHEETS,
} from "../contract";
import { formatDateFr, type IsoDate, isoToExcelSerial } from "../date";
import { formatAmount, formatEuroFr, type Money } from "../money";
import * as M from "./messages";
import type { ImportResult } from "./result";

export type CellStyle = "header" | "label" | "text" | "wrap" | "date" | "amount" | "integer";

export interface ImportedSheet {
  readonly name: string;
  readonly values: CellValue[][];
  /** Same shape as `values`. */
  readonly styles: (CellStyle | null)[][];
  /** Style of cells the controller will type below the data (dates, amounts). */
  readonly columnStyles: readonly (CellStyle | null)[];
  /** Column widths in characters. */
  readonly widths: readonly number[];
  /** 1 when the first row is a header to keep in view. */
  readonly frozenRows: number;
}

const date = (iso: IsoDate | null): CellValue => (iso === null ? null : isoToExcelSerial(iso));
// An Excel cell holds a double: whole cents are exact in it up to 15 significant digits.
const euros = (m: Money | null): CellValue => (m === null ? null : Number(formatAmount(m)));

function table(
  name: string,
  headers: readonly string[],
  rows: CellValue[][],
  columnStyles: (CellStyle | null)[],
  widths: number[]
): ImportedSheet {
  return {
    name,
    values: [[...headers], ...rows],
    styles: [
      headers.map(() => "header" as const),
      ...rows.map((r) => r.map((_, c) => columnStyles[c] ?? null)),
    ],
    columnStyles,
    widths,
    frozenRows: 1,
  };
}

// Every column of the contract, the optional ones of its extensions included (an avenant's
// "Disponible le", the postes, the compte budgétaire): the controller sees where they go.
const headersOf = (cols: readonly { header: string }[]) => cols.map((c) => c.header);

function conventionSheet(r: ImportResult): ImportedSheet {
  const label = (field: string) =>
    CONVENTION_FIELDS.find((f) => f.field === field)?.header ?? field;
  const rows: [string, CellValue, CellStyle][] = [
    [label("reference"), r.reference, "text"],
    [label("intitule"), null, "wrap"],
    [label("delegant"), r.delegant, "wrap"],
    [label("delegataire"), r.delegataire, "wrap"],
    [label("signature"), date(r.signature), "date"],
    [label("start"), date(r.start), "date"],
    [label("end"), date(r.end), "date"],
    [label("notice"), r.noticeMonths, "integer"],
    // Not in conventions: left empty, the reader's default (90 %) applies.
    [label("threshold"), null, "text"],
  ];
  return {
    name: SHEETS.convention,
    values: rows.map(([l, v]) => [l, v]),
    styles: rows.map(([, , s]) => ["label", s]),
    columnStyles: [],
    widths: [20, 100],
    frozenRows: 0,
  };
}

/** Each figure with the sentence it comes from, then what is missing and the doubts. */
function sourcesSheet(r: ImportResult): ImportedSheet {
  const rows: CellValue[][] = [];
  for (const e of r.evidence)
    rows.push([
      describeField(r, e.field),
      shown(r, e.field),
      e.note ? `${e.text} (${e.note})` : e.text,
      e.field,
    ]);
  for (const u of r.unresolved) rows.push([describeField(r, u), M.NOT_FOUND, null, u]);
  for (const w of r.warnings) rows.push([M.WARNING_LABEL, null, w, null]);
  return table(
    M.SOURCES_SHEET,
    M.SOURCES_HEADERS,
    rows,
    ["wrap", "text", "wrap", "text"],
    [38, 24, 110, 28]
  );
}

const PATH = /^(ceilings|imputations)\[(\d+)\]\.(\w+)$/;

/** A field path in French words: "Plafond 2 (0113-PEBC-ELAB, 2020, ONF) : CP". */
export function describeField(r: ImportResult, path: string): string {
  const m = PATH.exec(path);
  if (!m) {
    const other = /^(ceilings|imputations)\[(.+)\]$/.exec(path);
    return other ? `${M.FIELD_LABELS[other[1]]} (${other[2]})` : (M.FIELD_LABELS[path] ?? path);
  }
  const i = Number(m[2]);
  const owner =
    m[1] === "ceilings"
      ? M.CEILING_LABEL(
          i + 1,
          r.ceilings[i].centreFinancier,
          r.ceilings[i].year,
          r.ceilings[i].financeur
        )
      : M.IMPUTATION_LABEL(i + 1, r.imputations[i].centreFinancier);
  return `${owner} : ${M.FIELD_LABELS[m[3]] ?? m[3]}`;
}

function shown(r: ImportResult, path: string): CellValue {
  const m = PATH.exec(path);
  if (m) {
    const row = m[1] === "ceilings" ? r.ceilings[Number(m[2])] : r.imputations[Number(m[2])];
    const v = (row as unknown as Record<string, unknown>)[m[3]];
    return v === null || v === undefined
      ? null
      : typeof v === "object"
        ? formatEuroFr(v as Money)
        : (v as CellValue);
  }
  const v = (r as unknown as Record<string, unknown>)[path];
  if (typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v)) return formatDateFr(v);
  return v === undefined ? null : (v as CellValue);
}

export function importedSheets(r: ImportResult): ImportedSheet[] {
  const ceilings = r.ceilings.map((c): CellValue[] => [
    c.centreFinancier,
    c.year,
    c.financeur,
    c.nature,
    "Convention",
    euros(c.ae),
    euros(c.cp),
  ]);
  const imputations = r.imputations.map((i): CellValue[] => [
    i.centreFinancier,
    i.domaineFonctionnel,
    i.activite,
    i.centreDeCouts,
    i.libelle || null,
  ]);
  return [
    conventionSheet(r),
    table(
      SHEETS.plafonds,
      headersOf(PLAFOND_COLUMNS),
      ceilings,
      ["text", "integer", "text", "text", "text", "amount", "amount", "date"],
      [18, 10, 14, 20, 14, 16, 16, 14]
    ),
    table(
      SHEETS.imputations,
      headersOf(IMPUTATION_COLUMNS),
      imputations,
      ["text", "text", "text", "text", "wrap"],
      [18, 20, 16, 16, 40]
    ),
    table(
      SHEETS.engagements,
      headersOf(ENGAGEMENT_COLUMNS),
      [],
      ["text", "date", "text", "text", "text", "text", "text", "text", "amount", "text", "text"],
      [13, 12, 18, 20, 15, 15, 30, 14, 15, 12, 16]
    ),
    table(
      SHEETS.paiements,
      headersOf(PAIEMENT_COLUMNS),
      [],
      ["text", "date", "text", "amount", "text", "text", "text"],
      [12, 12, 13, 15, 12, 12, 18]
    ),
    table(
      SHEETS.previsions,
      headersOf(PREVISION_COLUMNS),
      [],
      ["text", "text", "amount", "amount"],
      [18, 10, 15, 15]
    ),
    sourcesSheet(r),
  ];
}
