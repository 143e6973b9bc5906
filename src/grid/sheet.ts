/** The workbook-source port: what every host (Excel, an .xlsx file) gives to read a workbook. */
import type { CellValue } from "./cells";

/** A rectangle in 0-based sheet coordinates (inclusive). */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** An Excel table (ListObject) found on a sheet. */
export interface SheetTable {
  readonly name: string;
  /** Whole table, header row included when `hasHeader`. */
  readonly range: CellRange;
  readonly hasHeader: boolean;
  readonly totalsRows: number;
}

/**
 * One sheet as 2-D values. Dates are Excel serials of the 1900 date system, whatever the
 * workbook's own system (the xlsx reader shifts a 1904 workbook's date cells). `values[i][j]` is
 * the cell at row `origin.row + i`, column `origin.col + j` (0-based), so that rows are reported
 * as Excel numbers them. Rows may be shorter than others: a missing cell is empty.
 */
export interface RawSheet {
  readonly name: string;
  readonly values: CellValue[][];
  readonly origin: { readonly row: number; readonly col: number };
  readonly tables: readonly SheetTable[];
}

/** What every host (Excel, an .xlsx file) offers to read a workbook. */
export interface WorkbookSource {
  sheetNames(): readonly string[];
  /** All sheets the reader needs, read in one go (one round trip for Excel). */
  readSheets(names: readonly string[]): Promise<RawSheet[]>;
}
