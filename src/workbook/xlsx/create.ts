/**
 * A NEW workbook from host-free sheets (the imported convention): exceljs is enough here, as a
 * new file has no package to preserve (copies of users' workbooks go through writer.ts).
 */
import ExcelJS from "exceljs";
import type { CellStyle, ImportedSheet } from "../../domain/import";
import { excelSerialToIso } from "../../domain/date";
import type { CellValue } from "../cells";

const EURO_FORMAT = '#,##0.00 "€"';
const DATE_FORMAT = "dd/mm/yyyy";
const INTEGER_FORMAT = "0";
const HEADER_FILL: ExcelJS.Fill = {
  type: "pattern",
  pattern: "solid",
  fgColor: { argb: "FFDDEBF7" },
};

/** An Excel serial as the UTC date exceljs writes back as that very serial. */
function serialToDate(serial: number): Date {
  const [y, m, d] = excelSerialToIso(serial).split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

function cellValue(value: CellValue, style: CellStyle | null): ExcelJS.CellValue {
  if (value === null) return null;
  if (typeof value === "object") return { error: value.error as ExcelJS.CellErrorValue["error"] };
  if (style === "date" && typeof value === "number") return serialToDate(value);
  return value;
}

function styleCell(cell: ExcelJS.Cell, style: CellStyle | null): void {
  switch (style) {
    case "header":
      cell.font = { bold: true };
      cell.fill = HEADER_FILL;
      cell.alignment = { vertical: "middle" };
      break;
    case "label":
      cell.font = { bold: true };
      cell.alignment = { vertical: "top" };
      break;
    case "wrap":
      cell.alignment = { wrapText: true, vertical: "top" };
      break;
    case "date":
      cell.numFmt = DATE_FORMAT;
      cell.alignment = { horizontal: "left" };
      break;
    case "amount":
      cell.numFmt = EURO_FORMAT;
      break;
    case "integer":
      cell.numFmt = INTEGER_FORMAT;
      cell.alignment = { horizontal: "left" };
      break;
    default:
      break;
  }
}

function columnStyle(style: CellStyle | null): Partial<ExcelJS.Style> | undefined {
  if (style === "date") return { numFmt: DATE_FORMAT };
  if (style === "amount") return { numFmt: EURO_FORMAT };
  return undefined;
}

export async function createWorkbook(
  sheets: readonly ImportedSheet[],
  creator = "Plafond"
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = creator;
  wb.lastModifiedBy = creator;
  for (const sheet of sheets) {
    const ws = wb.addWorksheet(sheet.name, {
      views: sheet.frozenRows > 0 ? [{ state: "frozen", xSplit: 0, ySplit: sheet.frozenRows }] : [],
    });
    sheet.widths.forEach((width, c) => {
      const column = ws.getColumn(c + 1);
      column.width = width;
      // Dates and amounts typed later below the header take the column's format.
      const style = columnStyle(sheet.columnStyles[c] ?? null);
      if (style) column.style = style;
    });
    sheet.values.forEach((values, r) => {
      const row = ws.getRow(r + 1);
      values.forEach((value, c) => {
        const style = sheet.styles[r]?.[c] ?? null;
        const cell = row.getCell(c + 1);
        cell.value = cellValue(value, style);
        styleCell(cell, style);
      });
    });
  }
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
